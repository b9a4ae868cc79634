#include "server.h"

/* The listener the helper created, cast to the connection table: wrong. */
NTSTATUS
BindListenerAsConnection(PSERVER Server, PSOCKADDR Local, PIRP BindIrp, PWSK_SOCKET *Out)
{
    PWSK_SOCKET socket;
    NTSTATUS status = ServerWait(Server, ServerCreateListener(Server));

    if (!NT_SUCCESS(status)) {
        goto out;
    }
    socket = (PWSK_SOCKET)Server->Irp->IoStatus.Information;
    *Out = socket;
    status = ((PWSK_PROVIDER_CONNECTION_DISPATCH)socket->Dispatch)->WskBind(socket, Local, 0, BindIrp);
//            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ WSK024 but the socket is a listen socket
out:
    return status;
}

/* Cast to the listen table: right. */
NTSTATUS
BindListener(PSERVER Server, PSOCKADDR Local, PIRP BindIrp, PWSK_SOCKET *Out)
{
    PWSK_SOCKET socket;
    NTSTATUS status = ServerWait(Server, ServerCreateListener(Server));

    if (!NT_SUCCESS(status)) {
        return status;
    }
    socket = (PWSK_SOCKET)Server->Irp->IoStatus.Information;
    *Out = socket;
    return ((PWSK_PROVIDER_LISTEN_DISPATCH)socket->Dispatch)->WskBind(socket, Local, 0, BindIrp);
}

/* A category the caller chose in a variable: not judged. */
NTSTATUS
BindChosen(PSERVER Server, ULONG Flags, PSOCKADDR Local, PIRP BindIrp, PWSK_SOCKET *Out)
{
    PWSK_SOCKET socket;
    NTSTATUS status = ServerWait(Server, ServerCreate(Server, Flags));

    if (!NT_SUCCESS(status)) {
        return status;
    }
    socket = (PWSK_SOCKET)Server->Irp->IoStatus.Information;
    *Out = socket;
    return ((PWSK_PROVIDER_CONNECTION_DISPATCH)socket->Dispatch)->WskBind(socket, Local, 0, BindIrp);
}

/* Receive events enabled on a datagram socket the helper created with no client table. */
NTSTATUS
EnableWithoutTable(PSERVER Server, PWSK_SOCKET *Out)
{
    PWSK_SOCKET socket;
    NTSTATUS status = ServerWait(Server, ServerCreateDatagram(Server));
    WSK_EVENT_CALLBACK_CONTROL control = { &NPI_WSK_INTERFACE_ID, WSK_EVENT_RECEIVE_FROM };

    if (!NT_SUCCESS(status)) {
        return status;
    }
    socket = (PWSK_SOCKET)Server->Irp->IoStatus.Information;
    *Out = socket;
    return ((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskControlSocket(socket, WskSetOption, SO_WSK_EVENT_CALLBACK, SOL_SOCKET,
                                                                              sizeof(control), &control, 0, NULL, NULL, NULL);
//                                                                                             ^^^^^^^^ WSK024 the socket was created with a NULL Dispatch
}
