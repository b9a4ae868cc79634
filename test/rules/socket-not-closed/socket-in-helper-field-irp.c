#include "wsk.h"

/*
 * WskSocket in a helper that reads the NPI and the IRP from the peer its caller passes: the socket it
 * leaves in that IRP's IoStatus.Information is the caller's, as it would be inlined.
 */

typedef struct _PEER {
    PWSK_PROVIDER_NPI Npi;
    KEVENT Done;
    PIRP Irp;
} PEER, *PPEER;

NTSTATUS
OpenOn(PPEER Peer)
{
    return Peer->Npi->Dispatch->WskSocket(Peer->Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP,
                                          WSK_FLAG_CONNECTION_SOCKET, NULL, NULL, NULL, NULL, NULL, Peer->Irp);
}

/* Taken from the IRP, then dropped on an early return. */
NTSTATUS
LeakOpened(PPEER Peer, PSOCKADDR Remote, PWSK_SOCKET *Out)
{
    PWSK_SOCKET socket;
    NTSTATUS status;

    IoReuseIrp(Peer->Irp, STATUS_UNSUCCESSFUL);
    IoSetCompletionRoutine(Peer->Irp, OpenDone, &Peer->Done, TRUE, TRUE, TRUE);
    status = OpenOn(Peer);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(&Peer->Done, Executive, KernelMode, FALSE, NULL);
        status = Peer->Irp->IoStatus.Status;
    }
    if (!NT_SUCCESS(status)) {
        return status;
    }
    socket = (PWSK_SOCKET)Peer->Irp->IoStatus.Information;
    if (Remote == NULL) {
        return STATUS_INVALID_PARAMETER;
//      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ WSK013
    }
    *Out = socket;
    return STATUS_SUCCESS;
}

/* A local peer, passed by address. */
NTSTATUS
LeakOpenedLocal(PWSK_PROVIDER_NPI Npi, PIRP Irp, PSOCKADDR Remote, PWSK_SOCKET *Out)
{
    PEER peer;
    PWSK_SOCKET socket;
    NTSTATUS status;

    peer.Npi = Npi;
    peer.Irp = Irp;
    KeInitializeEvent(&peer.Done, SynchronizationEvent, FALSE);
    IoReuseIrp(peer.Irp, STATUS_UNSUCCESSFUL);
    IoSetCompletionRoutine(peer.Irp, OpenDone, &peer.Done, TRUE, TRUE, TRUE);
    status = OpenOn(&peer);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(&peer.Done, Executive, KernelMode, FALSE, NULL);
        status = peer.Irp->IoStatus.Status;
    }
    if (!NT_SUCCESS(status)) {
        return status;
    }
    socket = (PWSK_SOCKET)peer.Irp->IoStatus.Information;
    if (Remote == NULL) {
        return STATUS_INVALID_PARAMETER;
//      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ WSK013
    }
    *Out = socket;
    return STATUS_SUCCESS;
}

/* Closed before the early return, handed off after: no finding. */
NTSTATUS
KeepOpened(PPEER Peer, PSOCKADDR Remote, PWSK_SOCKET *Out)
{
    PWSK_SOCKET socket;
    NTSTATUS status;

    IoReuseIrp(Peer->Irp, STATUS_UNSUCCESSFUL);
    IoSetCompletionRoutine(Peer->Irp, OpenDone, &Peer->Done, TRUE, TRUE, TRUE);
    status = OpenOn(Peer);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(&Peer->Done, Executive, KernelMode, FALSE, NULL);
        status = Peer->Irp->IoStatus.Status;
    }
    if (!NT_SUCCESS(status)) {
        return status;
    }
    socket = (PWSK_SOCKET)Peer->Irp->IoStatus.Information;
    if (Remote == NULL) {
        IoReuseIrp(Peer->Irp, STATUS_UNSUCCESSFUL);
        IoSetCompletionRoutine(Peer->Irp, OpenDone, &Peer->Done, TRUE, TRUE, TRUE);
        status = ((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskCloseSocket(socket, Peer->Irp);
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&Peer->Done, Executive, KernelMode, FALSE, NULL);
        }
        return STATUS_INVALID_PARAMETER;
    }
    *Out = socket;
    return STATUS_SUCCESS;
}
