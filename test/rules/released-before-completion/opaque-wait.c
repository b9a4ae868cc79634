#include "wsk.h"

/* A release after the IRP's status went through a function the analysis cannot read: complete. */

NTSTATUS WaitForIrp(PKEVENT Event, PIRP Irp, NTSTATUS Status);

WSK_PROVIDER_NPI g_Npi;

VOID
ReleaseAfterOpaqueWait(PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Cached, PKEVENT Done, PIRP Irp)
{
    NTSTATUS status;

    status = ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(
        Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &Cached, 0, NULL, NULL, Irp);
    status = WaitForIrp(Done, Irp, status);
    if (NT_SUCCESS(status)) {
        Log(status);
    }
    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &Cached, 0, NULL, NULL, NULL);
}

VOID
ReleaseBeforeTheWait(PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Cached, PKEVENT Done, PIRP Irp)
{
    NTSTATUS status;

    status = ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(
        Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &Cached, 0, NULL, NULL, Irp);
    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &Cached, 0, NULL, NULL, NULL);
//                                                                                               ^^^^^^^ WSK010
    status = WaitForIrp(Done, Irp, status);
}
