#include "wsk.h"

/* Sockets followed from their creation: casts of their Dispatch, and the events they enable. */

NTSTATUS WSKAPI OnAccept(PVOID SocketContext, ULONG Flags, PSOCKADDR LocalAddress, PSOCKADDR RemoteAddress,
                         PWSK_SOCKET AcceptSocket, PVOID *AcceptSocketContext,
                         const WSK_CLIENT_CONNECTION_DISPATCH **AcceptSocketDispatch);
NTSTATUS WSKAPI OnDisconnect(PVOID SocketContext, ULONG Flags);
NTSTATUS WSKAPI OnReceive(PVOID SocketContext, ULONG Flags, PWSK_DATA_INDICATION DataIndication,
                          SIZE_T BytesIndicated, SIZE_T *BytesAccepted);

const WSK_CLIENT_LISTEN_DISPATCH g_Listen = { OnAccept, NULL, NULL };
const WSK_CLIENT_CONNECTION_DISPATCH g_DisconnectOnly = { NULL, OnDisconnect, NULL };
const WSK_CLIENT_STREAM_DISPATCH g_Stream = { &g_Listen, &g_DisconnectOnly };
const WSK_CLIENT_LISTEN_DISPATCH g_NoAccept = { NULL, NULL, NULL };

static NTSTATUS
Done(PDEVICE_OBJECT DeviceObject, PIRP Irp, PVOID Context)
{
    KeSetEvent((PKEVENT)Context, IO_NO_INCREMENT, FALSE);
    return STATUS_MORE_PROCESSING_REQUIRED;
}

#define CREATE(flags, table)                                                                       \
    KeInitializeEvent(&done, NotificationEvent, FALSE);                                           \
    IoSetCompletionRoutine(Irp, Done, &done, TRUE, TRUE, TRUE);                                    \
    status = Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, flags, Context, \
                                      table, NULL, NULL, NULL, Irp);                             \
    if (status == STATUS_PENDING) {                                                                \
        KeWaitForSingleObject(&done, Executive, KernelMode, FALSE, NULL);                          \
        status = Irp->IoStatus.Status;                                                             \
    }

NTSTATUS
ListenAndBind(PWSK_PROVIDER_NPI Npi, PVOID Context, PSOCKADDR Local, PIRP Irp, PWSK_SOCKET *Result)
{
    KEVENT done;
    NTSTATUS status;
    PWSK_SOCKET socket;

    KeInitializeEvent(&done, NotificationEvent, FALSE);
    IoSetCompletionRoutine(Irp, Done, &done, TRUE, TRUE, TRUE);
    status = Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_LISTEN_SOCKET,
                                      Context, &g_Listen, NULL, NULL, NULL, Irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(&done, Executive, KernelMode, FALSE, NULL);
        status = Irp->IoStatus.Status;
    }
    if (!NT_SUCCESS(status)) {
        return status;
    }
    socket = (PWSK_SOCKET)Irp->IoStatus.Information;
    IoReuseIrp(Irp, STATUS_UNSUCCESSFUL);
    IoSetCompletionRoutine(Irp, Done, &done, TRUE, TRUE, TRUE);
    status = ((PWSK_PROVIDER_CONNECTION_DISPATCH)socket->Dispatch)->WskBind(socket, Local, 0, Irp);
//            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ WSK024 is cast to WSK_PROVIDER_CONNECTION_DISPATCH, but the socket is a listen socket
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(&done, Executive, KernelMode, FALSE, NULL);
        status = Irp->IoStatus.Status;
    }
    *Result = socket;
    return status;
}

NTSTATUS
EnableOnConnection(PWSK_PROVIDER_NPI Npi, PVOID Context, PIRP Irp, PWSK_SOCKET *Result)
{
    KEVENT done;
    NTSTATUS status;
    PWSK_SOCKET socket;
    WSK_EVENT_CALLBACK_CONTROL control;

    CREATE(WSK_FLAG_CONNECTION_SOCKET, &g_DisconnectOnly)
    if (!NT_SUCCESS(status)) {
        return status;
    }
    socket = (PWSK_SOCKET)Irp->IoStatus.Information;
    *Result = socket;
    RtlZeroMemory(&control, sizeof(control));
    control.NpiId = &NPI_WSK_INTERFACE_ID;
    control.EventMask = WSK_EVENT_DISCONNECT | WSK_EVENT_RECEIVE;
    status = ((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskControlSocket(
        socket, WskSetOption, SO_WSK_EVENT_CALLBACK, SOL_SOCKET, sizeof(control), &control, 0, NULL, NULL, NULL);
//                                                                                ^^^^^^^^ WSK024 WSK_EVENT_RECEIVE is enabled, but g_DisconnectOnly has no WskReceiveEvent
    return status;
}

NTSTATUS
EnableWithoutTable(PWSK_PROVIDER_NPI Npi, PVOID Context, PIRP Irp, PWSK_SOCKET *Result)
{
    KEVENT done;
    NTSTATUS status;
    PWSK_SOCKET socket;
    WSK_EVENT_CALLBACK_CONTROL control = { &NPI_WSK_INTERFACE_ID, WSK_EVENT_RECEIVE_FROM };

    KeInitializeEvent(&done, NotificationEvent, FALSE);
    IoSetCompletionRoutine(Irp, Done, &done, TRUE, TRUE, TRUE);
    status = Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_DGRAM, IPPROTO_UDP, WSK_FLAG_DATAGRAM_SOCKET,
                                      Context, NULL, NULL, NULL, NULL, Irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(&done, Executive, KernelMode, FALSE, NULL);
        status = Irp->IoStatus.Status;
    }
    if (!NT_SUCCESS(status)) {
        return status;
    }
    socket = (PWSK_SOCKET)Irp->IoStatus.Information;
    *Result = socket;
    status = ((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskControlSocket(
        socket, WskSetOption, SO_WSK_EVENT_CALLBACK, SOL_SOCKET, sizeof(control), &control, 0, NULL, NULL, NULL);
//                                                                                ^^^^^^^^ WSK024 WSK_EVENT_RECEIVE_FROM is enabled, but the socket was created with a NULL Dispatch
    return status;
}

NTSTATUS
ListenThroughStream(PWSK_PROVIDER_NPI Npi, PVOID Context, PIRP Irp, PWSK_SOCKET *Result)
{
    KEVENT done;
    NTSTATUS status;
    PWSK_SOCKET socket;
    ULONG on = 1;
    WSK_EVENT_CALLBACK_CONTROL control = { .NpiId = &NPI_WSK_INTERFACE_ID, .EventMask = WSK_EVENT_RECEIVE };

    CREATE(WSK_FLAG_STREAM_SOCKET, &g_Stream)
    if (!NT_SUCCESS(status)) {
        return status;
    }
    socket = (PWSK_SOCKET)Irp->IoStatus.Information;
    *Result = socket;
    status = ((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskControlSocket(
        socket, WskSetOption, SO_CONDITIONAL_ACCEPT, SOL_SOCKET, sizeof(on), &on, 0, NULL, NULL, Irp);
//                                                                           ^^^ WSK024 Conditional accept is turned on, but g_Listen has no WskInspectEvent and no WskAbortEvent
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(&done, Executive, KernelMode, FALSE, NULL);
    }
    status = ((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskControlSocket(
        socket, WskSetOption, SO_WSK_EVENT_CALLBACK, SOL_SOCKET, sizeof(control), &control, 0, NULL, NULL, NULL);
//                                                                                ^^^^^^^^ WSK024 WSK_EVENT_RECEIVE is enabled, but g_DisconnectOnly has no WskReceiveEvent
    return status;
}

NTSTATUS
ListenerEnables(PWSK_PROVIDER_NPI Npi, PVOID Context, PIRP Irp, PWSK_SOCKET *Result)
{
    KEVENT done;
    NTSTATUS status;
    PWSK_SOCKET socket;
    WSK_EVENT_CALLBACK_CONTROL accept = { &NPI_WSK_INTERFACE_ID, WSK_EVENT_ACCEPT };
    WSK_EVENT_CALLBACK_CONTROL inherited = { &NPI_WSK_INTERFACE_ID, WSK_EVENT_RECEIVE | WSK_EVENT_DISCONNECT };

    CREATE(WSK_FLAG_LISTEN_SOCKET, &g_NoAccept)
    if (!NT_SUCCESS(status)) {
        return status;
    }
    socket = (PWSK_SOCKET)Irp->IoStatus.Information;
    *Result = socket;
    /* For the sockets it accepts: not the listener's table's business. */
    ((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskControlSocket(
        socket, WskSetOption, SO_WSK_EVENT_CALLBACK, SOL_SOCKET, sizeof(inherited), &inherited, 0, NULL, NULL, NULL);
    status = ((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskControlSocket(
        socket, WskSetOption, SO_WSK_EVENT_CALLBACK, SOL_SOCKET, sizeof(accept), &accept, 0, NULL, NULL, NULL);
//                                                                               ^^^^^^^ WSK024 WSK_EVENT_ACCEPT is enabled, but g_NoAccept has no WskAcceptEvent
    return status;
}

NTSTATUS WSKAPI
OnAccept(PVOID SocketContext, ULONG Flags, PSOCKADDR LocalAddress, PSOCKADDR RemoteAddress,
         PWSK_SOCKET AcceptSocket, PVOID *AcceptSocketContext,
         const WSK_CLIENT_CONNECTION_DISPATCH **AcceptSocketDispatch)
{
    WSK_EVENT_CALLBACK_CONTROL off = { &NPI_WSK_INTERFACE_ID, WSK_EVENT_DISABLE | WSK_EVENT_RECEIVE };

    if (AcceptSocket == NULL) {
        return STATUS_REQUEST_NOT_ACCEPTED;
    }
    /* Every provider table starts with WskControlSocket: any cast reaches it. */
    ((PWSK_PROVIDER_LISTEN_DISPATCH)AcceptSocket->Dispatch)->WskControlSocket(
        AcceptSocket, WskSetOption, SO_WSK_EVENT_CALLBACK, SOL_SOCKET, sizeof(off), &off, 0, NULL, NULL, NULL);
    ((PWSK_PROVIDER_DATAGRAM_DISPATCH)AcceptSocket->Dispatch)->WskRelease(AcceptSocket, NULL);
//   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ WSK024 is cast to another category's provider table
    *AcceptSocketContext = SocketContext;
    *AcceptSocketDispatch = NULL;
    StoreAccepted(SocketContext, AcceptSocket);
    return STATUS_SUCCESS;
}

/* Fields set inside `do { } while (0)` are set once: the mask is known. */
NTSTATUS
EnableOnConnectionOnce(PWSK_PROVIDER_NPI Npi, PVOID Context, PIRP Irp, PWSK_SOCKET *Result)
{
    KEVENT done;
    NTSTATUS status;
    PWSK_SOCKET socket;
    WSK_EVENT_CALLBACK_CONTROL control;

    CREATE(WSK_FLAG_CONNECTION_SOCKET, &g_DisconnectOnly)
    if (!NT_SUCCESS(status)) {
        return status;
    }
    socket = (PWSK_SOCKET)Irp->IoStatus.Information;
    *Result = socket;
    RtlZeroMemory(&control, sizeof(control));
    do {
        control.NpiId = &NPI_WSK_INTERFACE_ID;
        control.EventMask = WSK_EVENT_DISCONNECT | WSK_EVENT_RECEIVE;
    } while (0);
    status = ((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskControlSocket(
        socket, WskSetOption, SO_WSK_EVENT_CALLBACK, SOL_SOCKET, sizeof(control), &control, 0, NULL, NULL, NULL);
//                                                                                ^^^^^^^^ WSK024 WSK_EVENT_RECEIVE is enabled, but g_DisconnectOnly has no WskReceiveEvent
    return status;
}

/* The value set on every path is the same (TRUE on one, 1 on the other): conditional accept is on. */
NTSTATUS
ConditionalOnEitherPath(PWSK_PROVIDER_NPI Npi, PVOID Context, PIRP Irp, BOOLEAN Fast, PWSK_SOCKET *Result)
{
    KEVENT done;
    NTSTATUS status;
    PWSK_SOCKET socket;
    ULONG on;

    if (Fast) {
        on = TRUE;
    } else {
        on = 1;
    }
    CREATE(WSK_FLAG_LISTEN_SOCKET, &g_Listen)
    if (!NT_SUCCESS(status)) {
        return status;
    }
    socket = (PWSK_SOCKET)Irp->IoStatus.Information;
    *Result = socket;
    IoReuseIrp(Irp, STATUS_UNSUCCESSFUL);
    IoSetCompletionRoutine(Irp, Done, &done, TRUE, TRUE, TRUE);
    status = ((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskControlSocket(
        socket, WskSetOption, SO_CONDITIONAL_ACCEPT, SOL_SOCKET, sizeof(on), &on, 0, NULL, NULL, Irp);
//                                                                           ^^^ WSK024 Conditional accept is turned on, but g_Listen has no WskInspectEvent and no WskAbortEvent
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(&done, Executive, KernelMode, FALSE, NULL);
        status = Irp->IoStatus.Status;
    }
    return status;
}

/* The accepted socket reached through a copy of the parameter is the same connection socket. */
NTSTATUS WSKAPI
OnAcceptThroughCopy(PVOID SocketContext, ULONG Flags, PSOCKADDR LocalAddress, PSOCKADDR RemoteAddress,
                    PWSK_SOCKET AcceptSocket, PVOID *AcceptSocketContext,
                    const WSK_CLIENT_CONNECTION_DISPATCH **AcceptSocketDispatch)
{
    PWSK_SOCKET accepted = AcceptSocket;

    if (accepted == NULL) {
        return STATUS_REQUEST_NOT_ACCEPTED;
    }
    ((PWSK_PROVIDER_DATAGRAM_DISPATCH)accepted->Dispatch)->WskRelease(accepted, NULL);
//   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ WSK024 accepted->Dispatch is cast to WSK_PROVIDER_DATAGRAM_DISPATCH, but the socket is a connection socket
    *AcceptSocketContext = SocketContext;
    *AcceptSocketDispatch = NULL;
    StoreAccepted(SocketContext, AcceptSocket);
    return STATUS_SUCCESS;
}

const WSK_CLIENT_LISTEN_DISPATCH g_ListenThroughCopy = { OnAcceptThroughCopy, NULL, NULL };
