#include "wsk.h"

/*
 * WSK_SET_STATIC_EVENT_CALLBACKS in a helper that reads the client through a field of its NPI
 * parameter (`Npi->Client`), called after the caller created a socket on that client: too late, at
 * the helper's call (the client is the caller's Npi->Client).
 */

extern const WSK_CLIENT_CONNECTION_DISPATCH g_Events;

NTSTATUS
SetStatic(PWSK_PROVIDER_NPI Npi, PWSK_EVENT_CALLBACK_CONTROL Control)
{
    return Npi->Dispatch->WskControlClient(Npi->Client, WSK_SET_STATIC_EVENT_CALLBACKS, sizeof(WSK_EVENT_CALLBACK_CONTROL), Control, 0, NULL, NULL, NULL);
}

NTSTATUS
OpenThenStatic(PWSK_PROVIDER_NPI Npi, PIRP Irp, PKEVENT Done, PWSK_SOCKET *Out)
{
    WSK_EVENT_CALLBACK_CONTROL control = { &NPI_WSK_INTERFACE_ID, WSK_EVENT_RECEIVE };
    NTSTATUS status;

    status = Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET,
                                      NULL, &g_Events, NULL, NULL, NULL, Irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(Done, Executive, KernelMode, FALSE, NULL);
        status = Irp->IoStatus.Status;
    }
    if (!NT_SUCCESS(status)) {
        return status;
    }
    *Out = (PWSK_SOCKET)Irp->IoStatus.Information;
    return SetStatic(Npi, &control);
//         ^^^^^^^^^ WSK021 WSK_SET_STATIC_EVENT_CALLBACKS comes after a socket was created on the same client
//         no fix: the call must move
}
