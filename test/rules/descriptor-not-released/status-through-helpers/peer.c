#include "peer.h"

WSK_PROVIDER_NPI g_Npi;

/* The get goes out on the peer's IRP; its status comes back as the helper's. */
NTSTATUS
PeerGetSd(PPEER Peer, PSECURITY_DESCRIPTOR *Sd)
{
    PWSK_PROVIDER_BASIC_DISPATCH dispatch = (PWSK_PROVIDER_BASIC_DISPATCH)Peer->Socket->Dispatch;

    if (Peer->Irp == NULL) {
        return STATUS_INVALID_PARAMETER;
    }
    return dispatch->WskControlSocket(Peer->Socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL,
                                      sizeof(PSECURITY_DESCRIPTOR), Sd, NULL, Peer->Irp);
}

static NTSTATUS
WaitOn(PIRP Irp, PKEVENT Done, NTSTATUS Status)
{
    if (Status != STATUS_PENDING) {
        return Status;
    }
    KeWaitForSingleObject(Done, Executive, KernelMode, FALSE, NULL);
    return Irp->IoStatus.Status;
}

/* Waits through WaitOn: what it returns is the final status of the call on the peer's IRP. */
NTSTATUS
PeerFinish(PPEER Peer, NTSTATUS Status)
{
    NTSTATUS status = WaitOn(Peer->Irp, &Peer->Done, Status);

    return status;
}
