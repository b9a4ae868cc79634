/* valid: no findings */
#include "wsk.h"

/*
 * A get of SO_WSK_SECURITY moved into a helper: the copy arrives in *Sd only when the get succeeds.
 * Inlined in CheckPeer, the same code yields nothing; through the helper too: the helper returns its
 * get's status on every path, so the failing return knows no copy was made (it once was a WSK008).
 */

WSK_PROVIDER_NPI g_Npi;

NTSTATUS
ReadPeerSd(PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR *Sd, PIRP Irp)
{
    return ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET,
                                                                             0, NULL, sizeof(PSECURITY_DESCRIPTOR), Sd, NULL, Irp);
}

NTSTATUS
CheckPeer(PWSK_SOCKET Socket, PIRP Irp, PKEVENT Event)
{
    NTSTATUS status;
    PSECURITY_DESCRIPTOR sd = NULL;

    status = ReadPeerSd(Socket, &sd, Irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(Event, Executive, KernelMode, FALSE, NULL);
        status = Irp->IoStatus.Status;
    }
    if (!NT_SUCCESS(status)) {
        return status;
    }
    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, 0, NULL, NULL, NULL);
    return STATUS_SUCCESS;
}
