#include "server.h"

extern const WSK_CLIENT_LISTEN_DISPATCH g_Listen;

/* The category is the caller's choice: unknown to the analysis. */
NTSTATUS
ServerCreate(PSERVER Server, ULONG Flags)
{
    return Server->Npi->Dispatch->WskSocket(Server->Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, Flags, Server, NULL, NULL, NULL, NULL,
                                            Server->Irp);
}

NTSTATUS
ServerCreateListener(PSERVER Server)
{
    NTSTATUS status;

    if (Server->Irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    status = Server->Npi->Dispatch->WskSocket(Server->Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_LISTEN_SOCKET, Server,
                                              &g_Listen, NULL, NULL, NULL, Server->Irp);
    return status;
}

/* A datagram socket with no client table. */
NTSTATUS
ServerCreateDatagram(PSERVER Server)
{
    return Server->Npi->Dispatch->WskSocket(Server->Npi->Client, AF_INET, SOCK_DGRAM, IPPROTO_UDP, WSK_FLAG_DATAGRAM_SOCKET, Server, NULL,
                                            NULL, NULL, NULL, Server->Irp);
}

NTSTATUS
ServerWait(PSERVER Server, NTSTATUS Status)
{
    if (Status == STATUS_PENDING) {
        KeWaitForSingleObject(&Server->Done, Executive, KernelMode, FALSE, NULL);
        Status = Server->Irp->IoStatus.Status;
    }
    return Status;
}
