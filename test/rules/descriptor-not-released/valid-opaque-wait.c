/* valid: no findings */
#include "wsk.h"

/*
 * A status that goes through a function whose body is not in the workspace, together with the IRP or
 * the status of the call, is that call's final status: a failed get leaves nothing to release.
 */

NTSTATUS WaitForIrp(PKEVENT Event, PIRP Irp, NTSTATUS Status);
NTSTATUS SyncWait(PIRP Irp);

WSK_PROVIDER_NPI g_Npi;

#define WAIT_IRP(_irp_, _status_) WaitForIrp(NULL, (_irp_), (_status_))
#define RELEASE_SD(_cached_) \
    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &(_cached_), \
                                     0, NULL, NULL, NULL)

NTSTATUS
StatusAndIrp(PWSK_SOCKET Socket, PKEVENT Done, PIRP Irp)
{
    PSECURITY_DESCRIPTOR copy = NULL;
    NTSTATUS status;

    status = ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(
        Socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &copy, NULL, Irp);
    status = WaitForIrp(Done, Irp, status);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    Use(copy);
    RELEASE_SD(copy);
    return STATUS_SUCCESS;
}

NTSTATUS
IrpOnly(PWSK_SOCKET Socket, PIRP Irp)
{
    PSECURITY_DESCRIPTOR copy = NULL;
    NTSTATUS status;

    ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(
        Socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &copy, NULL, Irp);
    status = SyncWait(Irp);
    if (NT_SUCCESS(status)) {
        Use(copy);
        RELEASE_SD(copy);
    }
    return status;
}

NTSTATUS
ThroughAMacro(PWSK_SOCKET Socket, PIRP Irp)
{
    PSECURITY_DESCRIPTOR copy = NULL;
    NTSTATUS status;

    status = ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(
        Socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &copy, NULL, Irp);
    status = WAIT_IRP(Irp, status);
    if (!NT_SUCCESS(status)) goto Exit;
    Use(copy);
    RELEASE_SD(copy);
Exit:
    return status;
}
