#include "sock.h"

NTSTATUS
SockOpen(PPEER Peer, PWSK_SOCKET *Socket)
{
    NTSTATUS status;

    IoReuseIrp(Peer->Irp, STATUS_UNSUCCESSFUL);
    IoSetCompletionRoutine(Peer->Irp, OnRequestDone, NULL, TRUE, TRUE, TRUE);
    status = Peer->Npi->Dispatch->WskSocket(Peer->Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP,
                                            WSK_FLAG_CONNECTION_SOCKET, NULL, NULL, NULL, NULL, NULL, Peer->Irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(&Peer->Done, Executive, KernelMode, FALSE, NULL);
        status = Peer->Irp->IoStatus.Status;
    }
    if (NT_SUCCESS(status)) {
        *Socket = (PWSK_SOCKET)Peer->Irp->IoStatus.Information;
    }
    return status;
}

VOID
SockClose(PPEER Peer, PWSK_SOCKET Socket)
{
    if (Socket == NULL) {
        return;
    }
    IoReuseIrp(Peer->Irp, STATUS_UNSUCCESSFUL);
    IoSetCompletionRoutine(Peer->Irp, OnRequestDone, NULL, TRUE, TRUE, TRUE);
    ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskCloseSocket(Socket, Peer->Irp);
    KeWaitForSingleObject(&Peer->Done, Executive, KernelMode, FALSE, NULL);
}
