#include "wsk.h"

/*
 * The set moved into a helper that reads the IRP from the connection its caller passes: the caller
 * allocated that IRP without checking it (WSK006, at the helper's call). Inlined, it is reported;
 * through the helper, not.
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

NTSTATUS
AttachPolicy(PCONNECTION Conn)
{
    Conn->Irp = IoAllocateIrp(1, FALSE);
    return ApplyPolicy(Conn);
//         ^^^^^^^^^^^^^^^^^ WSK006
}

VOID
ReleasePolicy(VOID)
{
    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &g_PolicySd, 0, NULL, NULL, NULL);
}
