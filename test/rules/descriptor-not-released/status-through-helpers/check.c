#include "peer.h"

/* Waits itself and tests the IRP's status: a failed get left no copy, and cleanup has none to release. */
NTSTATUS
CheckWithCleanup(PPEER Peer)
{
    PSECURITY_DESCRIPTOR sd = NULL;
    NTSTATUS status;

    status = PeerGetSd(Peer, &sd);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(&Peer->Done, Executive, KernelMode, FALSE, NULL);
        status = Peer->Irp->IoStatus.Status;
    }
    if (!NT_SUCCESS(status)) {
        goto cleanup;
    }
    status = PeerValidate(sd);
    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, 0, NULL, NULL, NULL);
cleanup:
    return status;
}

/* Waits through a wrapper that waits through another: the same. */
NTSTATUS
CheckThroughWrappers(PPEER Peer)
{
    PSECURITY_DESCRIPTOR sd = NULL;
    NTSTATUS status;

    status = PeerFinish(Peer, PeerGetSd(Peer, &sd));
    if (!NT_SUCCESS(status)) {
        return status;
    }
    status = PeerValidate(sd);
    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, 0, NULL, NULL, NULL);
    return status;
}

/* A get that succeeded still leaves a copy to release on every way out. */
NTSTATUS
LeaksAfterSuccess(PPEER Peer)
{
    PSECURITY_DESCRIPTOR sd = NULL;
    NTSTATUS status;

    status = PeerFinish(Peer, PeerGetSd(Peer, &sd));
    if (!NT_SUCCESS(status)) {
        return status;
    }
    if (KeGetCurrentIrql() > PASSIVE_LEVEL) {
        return STATUS_ACCESS_DENIED;
//      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ WSK008 PeerGetSd leaves a cached copy in sd
//      fix: Release sd with WSK_RELEASE_SD before leaving
//        if (KeGetCurrentIrql() > PASSIVE_LEVEL) {
//      +     g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, 0, NULL, NULL, NULL);
//            return STATUS_ACCESS_DENIED;
    }
    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, 0, NULL, NULL, NULL);
    return STATUS_SUCCESS;
}
