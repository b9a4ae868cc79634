#include "io.h"

/* Helpers in another file that issue the caller's request: some leave it pending, some do not. */

NTSTATUS
SendBuffer(PWSK_SOCKET Socket, PWSK_BUF Buffer, PIRP Irp)
{
    NTSTATUS status;

    status = ((PWSK_PROVIDER_CONNECTION_DISPATCH)Socket->Dispatch)->WskSend(Socket, Buffer, 0, Irp);
    return status;
}

NTSTATUS
SendAndWait(PWSK_SOCKET Socket, PWSK_BUF Buffer, PIRP Irp, PKEVENT Done)
{
    NTSTATUS status;

    status = ((PWSK_PROVIDER_CONNECTION_DISPATCH)Socket->Dispatch)->WskSend(Socket, Buffer, 0, Irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(Done, Executive, KernelMode, FALSE, NULL);
        status = Irp->IoStatus.Status;
    }
    return status;
}

NTSTATUS
SendIfAny(PWSK_SOCKET Socket, PWSK_BUF Buffer, PIRP Irp)
{
    if (Buffer->Length == 0) {
        return STATUS_SUCCESS;
    }
    return ((PWSK_PROVIDER_CONNECTION_DISPATCH)Socket->Dispatch)->WskSend(Socket, Buffer, 0, Irp);
}

NTSTATUS
SendQuietly(PWSK_SOCKET Socket, PWSK_BUF Buffer, PIRP Irp)
{
    ((PWSK_PROVIDER_CONNECTION_DISPATCH)Socket->Dispatch)->WskSend(Socket, Buffer, 0, Irp);
    return STATUS_SUCCESS;
}

NTSTATUS
SendThroughTwo(PWSK_SOCKET Socket, PWSK_BUF Buffer, PIRP Irp)
{
    return SendBuffer(Socket, Buffer, Irp);
}

NTSTATUS
SetReuseOn(PSERVER Server, PULONG Value)
{
    return ((PWSK_PROVIDER_BASIC_DISPATCH)Server->Socket->Dispatch)->WskControlSocket(Server->Socket, WskSetOption, SO_REUSEADDR, SOL_SOCKET,
                                                                                     sizeof(ULONG), Value, 0, NULL, NULL, Server->Irp);
}
