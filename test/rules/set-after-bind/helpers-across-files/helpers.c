#include "endpoint.h"

static NTSTATUS
EpWait(PENDPOINT Endpoint, NTSTATUS Status)
{
    if (Status == STATUS_PENDING) {
        KeWaitForSingleObject(&Endpoint->Done, Executive, KernelMode, FALSE, NULL);
        Status = Endpoint->Irp->IoStatus.Status;
    }
    return Status;
}

NTSTATUS
EpBind(PENDPOINT Endpoint)
{
    NTSTATUS status;

    IoReuseIrp(Endpoint->Irp, STATUS_UNSUCCESSFUL); IoSetCompletionRoutine(Endpoint->Irp, SyncDone, NULL, TRUE, TRUE, TRUE);
    status = EP_CONNECTION(Endpoint)->WskBind(Endpoint->Socket, Endpoint->LocalAddress, 0, Endpoint->Irp);
    return EpWait(Endpoint, status);
}

NTSTATUS
EpSecure(PENDPOINT Endpoint)
{
    NTSTATUS status;

    IoReuseIrp(Endpoint->Irp, STATUS_UNSUCCESSFUL); IoSetCompletionRoutine(Endpoint->Irp, SyncDone, NULL, TRUE, TRUE, TRUE);
    status = EP_CONNECTION(Endpoint)->Basic.WskControlSocket(Endpoint->Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET,
                                                             sizeof(PSECURITY_DESCRIPTOR), &Endpoint->CachedSd, 0, NULL, NULL,
                                                             Endpoint->Irp);
    return EpWait(Endpoint, status);
}
