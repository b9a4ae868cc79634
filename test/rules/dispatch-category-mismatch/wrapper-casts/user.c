#include "helpers.h"

const WSK_CLIENT_LISTEN_DISPATCH g_Listen = { OnAccept, NULL, NULL };
const WSK_CLIENT_CONNECTION_DISPATCH g_DisconnectOnly = { NULL, OnDisconnect, NULL };

NTSTATUS
ListenThenBindAsConnection(PWSK_PROVIDER_NPI Npi, PSOCKADDR Local, PIRP Irp, PIRP BindIrp, PKEVENT Done, PWSK_SOCKET *Out)
{
    PWSK_SOCKET socket;
    NTSTATUS status;

    status = Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_LISTEN_SOCKET,
                                      NULL, &g_Listen, NULL, NULL, NULL, Irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(Done, Executive, KernelMode, FALSE, NULL);
        status = Irp->IoStatus.Status;
    }
    if (!NT_SUCCESS(status)) {
        return status;
    }
    socket = (PWSK_SOCKET)Irp->IoStatus.Information;
    status = BindConnection(socket, Local, BindIrp);
//                          ^^^^^^ WSK024 BindConnection casts the Dispatch of a listen socket to WSK_PROVIDER_CONNECTION_DISPATCH
    *Out = socket;
    return status;
}

NTSTATUS
ListenThenBindAsListener(PWSK_PROVIDER_NPI Npi, PSOCKADDR Local, PIRP Irp, PIRP BindIrp, PKEVENT Done, PWSK_SOCKET *Out)
{
    PWSK_SOCKET socket;
    NTSTATUS status;

    status = Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_LISTEN_SOCKET,
                                      NULL, &g_Listen, NULL, NULL, NULL, Irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(Done, Executive, KernelMode, FALSE, NULL);
        status = Irp->IoStatus.Status;
    }
    if (!NT_SUCCESS(status)) {
        return status;
    }
    socket = (PWSK_SOCKET)Irp->IoStatus.Information;
    status = BindListener(socket, Local, BindIrp);
    *Out = socket;
    return status;
}

NTSTATUS
ReceiveWithoutCallback(PWSK_PROVIDER_NPI Npi, PIRP Irp, PKEVENT Done, PWSK_SOCKET *Out)
{
    WSK_EVENT_CALLBACK_CONTROL control = { &NPI_WSK_INTERFACE_ID, WSK_EVENT_RECEIVE };
    PWSK_SOCKET socket;
    NTSTATUS status;

    status = Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET,
                                      NULL, &g_DisconnectOnly, NULL, NULL, NULL, Irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(Done, Executive, KernelMode, FALSE, NULL);
        status = Irp->IoStatus.Status;
    }
    if (!NT_SUCCESS(status)) {
        return status;
    }
    socket = (PWSK_SOCKET)Irp->IoStatus.Information;
    *Out = socket;
    return EnableEvents(socket, &control);
//                              ^^^^^^^^ WSK024 WSK_EVENT_RECEIVE is enabled, but g_DisconnectOnly has no WskReceiveEvent
}

NTSTATUS
DisconnectWithCallback(PWSK_PROVIDER_NPI Npi, PIRP Irp, PKEVENT Done, PWSK_SOCKET *Out)
{
    WSK_EVENT_CALLBACK_CONTROL control = { &NPI_WSK_INTERFACE_ID, WSK_EVENT_DISCONNECT };
    PWSK_SOCKET socket;
    NTSTATUS status;

    status = Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET,
                                      NULL, &g_DisconnectOnly, NULL, NULL, NULL, Irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(Done, Executive, KernelMode, FALSE, NULL);
        status = Irp->IoStatus.Status;
    }
    if (!NT_SUCCESS(status)) {
        return status;
    }
    socket = (PWSK_SOCKET)Irp->IoStatus.Information;
    *Out = socket;
    return EnableEvents(socket, &control);
}
