#include "wsk.h"

#define BASIC(_s_) ((PWSK_PROVIDER_BASIC_DISPATCH)(_s_)->Dispatch)
#define CONNECTION(_s_) ((PWSK_PROVIDER_CONNECTION_DISPATCH)(_s_)->Dispatch)

extern const WSK_CLIENT_LISTEN_DISPATCH g_ListenEvents;
extern const WSK_CLIENT_CONNECTION_DISPATCH g_ConnectionEvents;

/* Creates a socket and waits for it; the socket arrives in the IRP. */
#define CREATE_AND_WAIT(_npi_, _flags_, _dispatch_, _irp_, _done_, _status_)                          \
    do {                                                                                              \
        (_status_) = (_npi_)->Dispatch->WskSocket((_npi_)->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, \
                                                  (_flags_), NULL, (_dispatch_), NULL, NULL, NULL,    \
                                                  (_irp_));                                           \
        if ((_status_) == STATUS_PENDING) {                                                           \
            KeWaitForSingleObject((_done_), Executive, KernelMode, FALSE, NULL);                      \
            (_status_) = (_irp_)->IoStatus.Status;                                                    \
        }                                                                                             \
    } while (0)

NTSTATUS
ListenTooEarly(PWSK_PROVIDER_NPI Npi, PSOCKADDR Local, PIRP Irp, PKEVENT Done, PWSK_SOCKET *Out)
{
    WSK_EVENT_CALLBACK_CONTROL control = { &NPI_WSK_INTERFACE_ID, WSK_EVENT_ACCEPT };
    ULONG on = 1;
    PWSK_SOCKET socket;
    NTSTATUS status;

    CREATE_AND_WAIT(Npi, WSK_FLAG_LISTEN_SOCKET, &g_ListenEvents, Irp, Done, status);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    socket = (PWSK_SOCKET)Irp->IoStatus.Information;
    status = BASIC(socket)->WskControlSocket(socket, WskSetOption, SO_WSK_EVENT_CALLBACK, SOL_SOCKET,
//                          ^^^^^^^^^^^^^^^^ WSK021 An SO_WSK_EVENT_CALLBACK set comes before
//                          no fix: the call must move
                                             sizeof(control), &control, 0, NULL, NULL, NULL);
    if (!NT_SUCCESS(status)) {
        goto Exit;
    }
    status = CONNECTION(socket)->WskBind(socket, Local, 0, Irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(Done, Executive, KernelMode, FALSE, NULL);
        status = Irp->IoStatus.Status;
    }
    if (!NT_SUCCESS(status)) {
        goto Exit;
    }
    status = BASIC(socket)->WskControlSocket(socket, WskSetOption, SO_EXCLUSIVEADDRUSE, SOL_SOCKET,
//                          ^^^^^^^^^^^^^^^^ WSK021 An SO_EXCLUSIVEADDRUSE set comes too
//                          no fix: the call must move
                                             sizeof(on), &on, 0, NULL, NULL, Irp);
Exit:
    *Out = socket;
    return status;
}

NTSTATUS
ConnectionEventsBeforeConnect(PWSK_PROVIDER_NPI Npi, PSOCKADDR Local, PSOCKADDR Remote, PIRP Irp, PKEVENT Done, PWSK_SOCKET *Out)
{
    WSK_EVENT_CALLBACK_CONTROL control;
    SIZE_T backlog = 0;
    PWSK_SOCKET socket;
    NTSTATUS status;

    control.NpiId = &NPI_WSK_INTERFACE_ID;
    control.EventMask = WSK_EVENT_RECEIVE | WSK_EVENT_DISCONNECT;
    CREATE_AND_WAIT(Npi, WSK_FLAG_CONNECTION_SOCKET, &g_ConnectionEvents, Irp, Done, status);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    socket = (PWSK_SOCKET)Irp->IoStatus.Information;
    status = CONNECTION(socket)->WskBind(socket, Local, 0, Irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(Done, Executive, KernelMode, FALSE, NULL);
        status = Irp->IoStatus.Status;
    }
    if (NT_SUCCESS(status)) {
        status = BASIC(socket)->WskControlSocket(socket, WskSetOption, SO_WSK_EVENT_CALLBACK, SOL_SOCKET,
//                              ^^^^^^^^^^^^^^^^ WSK021 An SO_WSK_EVENT_CALLBACK set comes before
//                              no fix: the call must move
                                                 sizeof(control), &control, 0, NULL, NULL, NULL);
    }
    if (NT_SUCCESS(status)) {
        status = BASIC(socket)->WskControlSocket(socket, WskIoctl, SIO_WSK_QUERY_IDEAL_SEND_BACKLOG, 0,
//                              ^^^^^^^^^^^^^^^^ WSK021 SIO_WSK_QUERY_IDEAL_SEND_BACKLOG comes before the
//                              no fix: the call must move
                                                 0, NULL, sizeof(backlog), &backlog, NULL, Irp);
    }
    if (NT_SUCCESS(status)) {
        status = CONNECTION(socket)->WskConnect(socket, Remote, 0, Irp);
    }
    *Out = socket;
    return status;
}

NTSTATUS
RemoteBeforeBind(PWSK_PROVIDER_NPI Npi, PSOCKADDR Remote, PIRP Irp, PKEVENT Done, PWSK_SOCKET *Out)
{
    PWSK_SOCKET socket;
    NTSTATUS status;

    CREATE_AND_WAIT(Npi, WSK_FLAG_DATAGRAM_SOCKET, NULL, Irp, Done, status);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    socket = (PWSK_SOCKET)Irp->IoStatus.Information;
    status = BASIC(socket)->WskControlSocket(socket, WskIoctl, SIO_WSK_SET_REMOTE_ADDRESS, 0,
//                          ^^^^^^^^^^^^^^^^ WSK021 SIO_WSK_SET_REMOTE_ADDRESS comes before the
//                          no fix: the call must move
                                             sizeof(SOCKADDR_IN), Remote, 0, NULL, NULL, Irp);
    *Out = socket;
    return status;
}

NTSTATUS
OptionOnConnectedSocket(PWSK_PROVIDER_NPI Npi, PSOCKADDR Local, PSOCKADDR Remote, PIRP Irp, PKEVENT Done, PWSK_SOCKET *Out)
{
    ULONG on = 1;
    PWSK_SOCKET socket;
    NTSTATUS status;

    status = Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, Local, Remote, 0,
                                             NULL, NULL, NULL, NULL, NULL, Irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(Done, Executive, KernelMode, FALSE, NULL);
        status = Irp->IoStatus.Status;
    }
    if (!NT_SUCCESS(status)) {
        return status;
    }
    socket = (PWSK_SOCKET)Irp->IoStatus.Information;
    status = BASIC(socket)->WskControlSocket(socket, WskSetOption, SO_REUSEADDR, SOL_SOCKET,
//                          ^^^^^^^^^^^^^^^^ WSK021 An SO_REUSEADDR set comes too
//                          no fix: the call must move
                                             sizeof(on), &on, 0, NULL, NULL, Irp);
    *Out = socket;
    return status;
}

NTSTATUS
StaticAfterSocket(PWSK_PROVIDER_NPI Npi, PIRP Irp, PKEVENT Done, PWSK_SOCKET *Sockets, int Count)
{
    WSK_EVENT_CALLBACK_CONTROL control = { &NPI_WSK_INTERFACE_ID, WSK_EVENT_RECEIVE };
    NTSTATUS status = STATUS_SUCCESS;
    int i;

    for (i = 0; i < Count; i++) {
        CREATE_AND_WAIT(Npi, WSK_FLAG_CONNECTION_SOCKET, &g_ConnectionEvents, Irp, Done, status);
        if (!NT_SUCCESS(status)) {
            break;
        }
        Sockets[i] = (PWSK_SOCKET)Irp->IoStatus.Information;
    }
    if (NT_SUCCESS(status)) {
        status = Npi->Dispatch->WskControlClient(Npi->Client, WSK_SET_STATIC_EVENT_CALLBACKS,
//                              ^^^^^^^^^^^^^^^^ WSK021 WSK_SET_STATIC_EVENT_CALLBACKS comes after a socket
//                              no fix: the call must move
                                                 sizeof(control), &control, 0, NULL, NULL, NULL);
    }
    return status;
}

/* Sockets on two clients: each control is judged against the sockets of its own client only. */
NTSTATUS
StaticPerClient(PWSK_PROVIDER_NPI First, PWSK_PROVIDER_NPI Second, PIRP Irp, PKEVENT Done)
{
    WSK_EVENT_CALLBACK_CONTROL control = { &NPI_WSK_INTERFACE_ID, WSK_EVENT_RECEIVE };
    NTSTATUS status;

    status = Second->Dispatch->WskControlClient(Second->Client, WSK_SET_STATIC_EVENT_CALLBACKS,
                                                sizeof(control), &control, 0, NULL, NULL, NULL);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    CREATE_AND_WAIT(First, WSK_FLAG_CONNECTION_SOCKET, &g_ConnectionEvents, Irp, Done, status);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    CREATE_AND_WAIT(Second, WSK_FLAG_CONNECTION_SOCKET, &g_ConnectionEvents, Irp, Done, status);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    return First->Dispatch->WskControlClient(First->Client, WSK_SET_STATIC_EVENT_CALLBACKS,
//                          ^^^^^^^^^^^^^^^^ WSK021 WSK_SET_STATIC_EVENT_CALLBACKS comes after a socket was created on the same client (line 176)
//                         no fix: the call must move
                                             sizeof(control), &control, 0, NULL, NULL, NULL);
}
