#include "wsk.h"

/*
 * WskSocket moved into a helper that reads the NPI and the IRP from the peer its caller passes: the
 * caller takes the new socket from the IRP's Information and drops it on the early return (WSK013).
 * Inlined, it is reported; through the helper, not: the helper takes nothing of the caller's but
 * fields, and IoStatus.Information yields a socket only after a WSK call of the function's own.
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
