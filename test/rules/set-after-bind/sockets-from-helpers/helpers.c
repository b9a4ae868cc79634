#include "net.h"

/* Each helper starts a creation on the net's IRP and passes its status back: the socket arrives in the IRP. */
NTSTATUS
NetOpenDatagram(PNET Net)
{
    return Net->Npi->Dispatch->WskSocket(Net->Npi->Client, AF_INET, SOCK_DGRAM, IPPROTO_UDP, WSK_FLAG_DATAGRAM_SOCKET, Net, NULL, NULL,
                                         NULL, NULL, Net->Irp);
}

NTSTATUS
NetConnect(PNET Net)
{
    NTSTATUS status;

    if (Net->Irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    status = Net->Npi->Dispatch->WskSocketConnect(Net->Npi->Client, SOCK_STREAM, IPPROTO_TCP, NULL, (PSOCKADDR)&Net->Address, 0, Net, NULL,
                                                  NULL, NULL, NULL, Net->Irp);
    return status;
}

NTSTATUS
NetAccept(PNET Net, PWSK_SOCKET Listener)
{
    return ((PWSK_PROVIDER_LISTEN_DISPATCH)Listener->Dispatch)->WskAccept(Listener, 0, NULL, NULL, NULL, NULL, Net->Irp);
}

NTSTATUS
NetWait(PNET Net, NTSTATUS Status)
{
    if (Status == STATUS_PENDING) {
        KeWaitForSingleObject(&Net->Done, Executive, KernelMode, FALSE, NULL);
        Status = Net->Irp->IoStatus.Status;
    }
    return Status;
}
