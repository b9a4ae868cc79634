/* valid: no findings */
#include "wsk.h"

#define BASIC(_s_) ((PWSK_PROVIDER_BASIC_DISPATCH)(_s_)->Dispatch)
#define CONNECTION(_s_) ((PWSK_PROVIDER_CONNECTION_DISPATCH)(_s_)->Dispatch)

extern const WSK_CLIENT_LISTEN_DISPATCH g_ListenEvents;
extern const WSK_CLIENT_CONNECTION_DISPATCH g_ConnectionEvents;

static NTSTATUS
Wait(NTSTATUS Status, PIRP Irp, PKEVENT Done)
{
    if (Status == STATUS_PENDING) {
        KeWaitForSingleObject(Done, Executive, KernelMode, FALSE, NULL);
        Status = Irp->IoStatus.Status;
    }
    return Status;
}

/* Options before bind, events after it, reads of options any time. */
NTSTATUS
Listen(PWSK_PROVIDER_NPI Npi, PSOCKADDR Local, PIRP Irp, PKEVENT Done, PWSK_SOCKET *Out)
{
    WSK_EVENT_CALLBACK_CONTROL control = { &NPI_WSK_INTERFACE_ID, WSK_EVENT_ACCEPT };
    ULONG on = 1;
    ULONG value = 0;
    PWSK_SOCKET socket;
    NTSTATUS status;

    status = Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_LISTEN_SOCKET,
                                      NULL, &g_ListenEvents, NULL, NULL, NULL, Irp);
    status = Wait(status, Irp, Done);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    socket = (PWSK_SOCKET)Irp->IoStatus.Information;
    status = BASIC(socket)->WskControlSocket(socket, WskSetOption, SO_EXCLUSIVEADDRUSE, SOL_SOCKET,
                                             sizeof(on), &on, 0, NULL, NULL, Irp);
    status = Wait(status, Irp, Done);
    if (NT_SUCCESS(status)) {
        status = Wait(CONNECTION(socket)->WskBind(socket, Local, 0, Irp), Irp, Done);
    }
    if (NT_SUCCESS(status)) {
        status = BASIC(socket)->WskControlSocket(socket, WskSetOption, SO_WSK_EVENT_CALLBACK, SOL_SOCKET,
                                                 sizeof(control), &control, 0, NULL, NULL, NULL);
    }
    if (NT_SUCCESS(status)) {
        status = BASIC(socket)->WskControlSocket(socket, WskGetOption, SO_EXCLUSIVEADDRUSE, SOL_SOCKET,
                                                 0, NULL, sizeof(value), &value, NULL, Irp);
    }
    *Out = socket;
    return status;
}

/* A socket handed in: whether it is bound is not known here. */
NTSTATUS
EnableOnGiven(PWSK_SOCKET Socket, PIRP Irp)
{
    WSK_EVENT_CALLBACK_CONTROL control = { &NPI_WSK_INTERFACE_ID, WSK_EVENT_RECEIVE };
    ULONG on = 1;
    NTSTATUS status;

    status = BASIC(Socket)->WskControlSocket(Socket, WskSetOption, SO_WSK_EVENT_CALLBACK, SOL_SOCKET,
                                             sizeof(control), &control, 0, NULL, NULL, NULL);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    return BASIC(Socket)->WskControlSocket(Socket, WskSetOption, SO_REUSEADDR, SOL_SOCKET,
                                           sizeof(on), &on, 0, NULL, NULL, Irp);
}

/* A connection socket: events once connected (a connect that may still be pending counts). */
NTSTATUS
Connect(PWSK_PROVIDER_NPI Npi, PSOCKADDR Local, PSOCKADDR Remote, PIRP Irp, PKEVENT Done, PWSK_SOCKET *Out)
{
    WSK_EVENT_CALLBACK_CONTROL control = { &NPI_WSK_INTERFACE_ID, WSK_EVENT_RECEIVE | WSK_EVENT_DISCONNECT };
    PWSK_SOCKET socket;
    NTSTATUS status;

    status = Wait(Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET,
                                           NULL, &g_ConnectionEvents, NULL, NULL, NULL, Irp), Irp, Done);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    socket = (PWSK_SOCKET)Irp->IoStatus.Information;
    status = Wait(CONNECTION(socket)->WskBind(socket, Local, 0, Irp), Irp, Done);
    if (NT_SUCCESS(status)) {
        status = CONNECTION(socket)->WskConnect(socket, Remote, 0, Irp);
        if (NT_SUCCESS(status)) {
            status = BASIC(socket)->WskControlSocket(socket, WskSetOption, SO_WSK_EVENT_CALLBACK, SOL_SOCKET,
                                                     sizeof(control), &control, 0, NULL, NULL, NULL);
        }
    }
    *Out = socket;
    return status;
}

/* Static callbacks on one client, sockets on another. */
NTSTATUS
TwoClients(PWSK_PROVIDER_NPI First, PWSK_PROVIDER_NPI Second, PIRP Irp)
{
    WSK_EVENT_CALLBACK_CONTROL control = { &NPI_WSK_INTERFACE_ID, WSK_EVENT_RECEIVE };
    NTSTATUS status;

    status = First->Dispatch->WskSocket(First->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET,
                                        NULL, NULL, NULL, NULL, NULL, Irp);
    if (status != STATUS_PENDING && !NT_SUCCESS(status)) {
        return status;
    }
    return Second->Dispatch->WskControlClient(Second->Client, WSK_SET_STATIC_EVENT_CALLBACKS,
                                              sizeof(control), &control, 0, NULL, NULL, NULL);
}
