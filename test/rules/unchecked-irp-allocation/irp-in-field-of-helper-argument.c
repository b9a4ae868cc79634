#include "wsk.h"

/*
 * A helper that reads the IRP from a field of what its caller passes (`Conn->Irp` inside
 * `ApplyPolicy(Conn)`) and makes its WSK call on every path: the caller's unchecked allocation of that
 * field reaches the call, as it would inlined (reported at the argument the helper reads it through).
 */

WSK_PROVIDER_NPI g_Npi;
PSECURITY_DESCRIPTOR g_PolicySd;

typedef struct _CONNECTION {
    PWSK_SOCKET Socket;
    PIRP Irp;
} CONNECTION, *PCONNECTION;

NTSTATUS
ApplyPolicy(PCONNECTION Conn)
{
    return ((PWSK_PROVIDER_BASIC_DISPATCH)Conn->Socket->Dispatch)->WskControlSocket(Conn->Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET,
                                                                                   sizeof(PSECURITY_DESCRIPTOR), &g_PolicySd, 0, NULL, NULL, Conn->Irp);
}

/* Through a second helper that passes its parameter on. */
NTSTATUS
ApplyPolicyTwice(PCONNECTION Conn)
{
    return ApplyPolicy(Conn);
}

NTSTATUS
AttachPolicy(PCONNECTION Conn)
{
    Conn->Irp = IoAllocateIrp(1, FALSE);
    return ApplyPolicy(Conn);
//                     ^^^^ WSK006 Irp may be NULL here
//                     preferred fix: Check Conn->Irp for NULL after the allocation
//                       Conn->Irp = IoAllocateIrp(1, FALSE);
//                     + if (Conn->Irp == NULL) {
//                     +     return STATUS_INSUFFICIENT_RESOURCES;
//                     + }
//                       return ApplyPolicy(Conn);
}

NTSTATUS
AttachPolicyThroughTwo(PCONNECTION Conn)
{
    Conn->Irp = IoAllocateIrp(1, FALSE);
    return ApplyPolicyTwice(Conn);
//                          ^^^^ WSK006 Irp may be NULL here
//                          preferred fix: Check Conn->Irp for NULL after the allocation
//                            Conn->Irp = IoAllocateIrp(1, FALSE);
//                          + if (Conn->Irp == NULL) {
//                          +     return STATUS_INSUFFICIENT_RESOURCES;
//                          + }
//                            return ApplyPolicyTwice(Conn);
}

/* A local connection, passed by address: its field is the IRP. */
NTSTATUS
AttachPolicyToLocal(PWSK_SOCKET Socket)
{
    CONNECTION conn;
    NTSTATUS status;

    conn.Socket = Socket;
    conn.Irp = IoAllocateIrp(1, FALSE);
    status = ApplyPolicy(&conn);
//                       ^^^^^ WSK006 Irp may be NULL here
//                       preferred fix: Check conn.Irp for NULL after the allocation
//                         conn.Irp = IoAllocateIrp(1, FALSE);
//                       + if (conn.Irp == NULL) {
//                       +     return STATUS_INSUFFICIENT_RESOURCES;
//                       + }
//                         status = ApplyPolicy(&conn);
    return status;
}

/* Checked: no finding. */
NTSTATUS
AttachPolicyChecked(PCONNECTION Conn)
{
    Conn->Irp = IoAllocateIrp(1, FALSE);
    if (Conn->Irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    return ApplyPolicy(Conn);
}

/* A helper that may return before its call: what the caller passes is not surely used, not judged. */
NTSTATUS
MaybeApplyPolicy(PCONNECTION Conn)
{
    if (Conn->Socket == NULL) {
        return STATUS_INVALID_PARAMETER;
    }
    return ((PWSK_PROVIDER_BASIC_DISPATCH)Conn->Socket->Dispatch)->WskControlSocket(Conn->Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET,
                                                                                   sizeof(PSECURITY_DESCRIPTOR), &g_PolicySd, 0, NULL, NULL, Conn->Irp);
}

NTSTATUS
AttachPolicyMaybe(PCONNECTION Conn)
{
    Conn->Irp = IoAllocateIrp(1, FALSE);
    return MaybeApplyPolicy(Conn);
}

VOID
ReleasePolicy(VOID)
{
    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &g_PolicySd, 0, NULL, NULL, NULL);
}
