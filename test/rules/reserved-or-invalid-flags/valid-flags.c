/* valid: no findings */
#include "wsk.h"

#define NO_FLAGS 0

NTSTATUS
Open(PWSK_PROVIDER_NPI Npi, ULONG Category, PIRP Irp)
{
    ULONG flags;

    switch (Category) {
    case 1:
        flags = WSK_FLAG_LISTEN_SOCKET;
        break;
    default:
        flags = WSK_FLAG_DATAGRAM_SOCKET;
        break;
    }
    /* Flags in a variable, a category chosen by a switch: unknown. */
    return Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, flags,
                                    NULL, NULL, NULL, NULL, NULL, Irp);
}

NTSTATUS
OpenStream(PWSK_PROVIDER_NPI Npi, PIRP Irp)
{
    return Npi->Dispatch->WskSocket(Npi->Client, AF_INET6, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_STREAM_SOCKET,
                                    NULL, NULL, NULL, NULL, NULL, Irp);
}

NTSTATUS
BindAny(PWSK_SOCKET Socket, PSOCKADDR Local, ULONG Flags, PIRP Irp)
{
    PWSK_PROVIDER_CONNECTION_DISPATCH dispatch = (PWSK_PROVIDER_CONNECTION_DISPATCH)Socket->Dispatch;
    NTSTATUS status = dispatch->WskBind(Socket, Local, NO_FLAGS, Irp);

    if (!NT_SUCCESS(status)) {
        return status;
    }
    /* A parameter: whatever the caller passes is not known here. */
    return dispatch->WskConnect(Socket, Local, Flags, Irp);
}

NTSTATUS
Exchange(PWSK_SOCKET Socket, PWSK_BUF Buffer, PMDL Mdl, PIRP Irp)
{
    PWSK_PROVIDER_CONNECTION_DISPATCH dispatch = (PWSK_PROVIDER_CONNECTION_DISPATCH)Socket->Dispatch;
    WSK_BUF empty;
    NTSTATUS status;

    status = dispatch->WskSend(Socket, Buffer, WSK_FLAG_NODELAY, Irp);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    status = dispatch->WskReceive(Socket, Buffer, WSK_FLAG_WAITALL, Irp);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    empty.Mdl = Mdl;
    empty.Offset = 0;
    empty.Length = 0;
    status = dispatch->WskReceive(Socket, &empty, WSK_FLAG_DRAIN, Irp);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    status = dispatch->WskDisconnect(Socket, Buffer, 0, Irp);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    return dispatch->WskDisconnect(Socket, NULL, WSK_FLAG_ABORTIVE, Irp);
}

NTSTATUS
Decide(PWSK_SOCKET Listener, PWSK_INSPECT_ID Id, BOOLEAN Allow, WSK_INSPECT_ACTION Action, PIRP Irp)
{
    PWSK_PROVIDER_LISTEN_DISPATCH dispatch = (PWSK_PROVIDER_LISTEN_DISPATCH)Listener->Dispatch;

    if (Allow) {
        return dispatch->WskInspectComplete(Listener, Id, WskInspectAccept, Irp);
    }
    if (Action != WskInspectPend) {
        return dispatch->WskInspectComplete(Listener, Id, Action, Irp);
    }
    return dispatch->WskInspectComplete(Listener, Id, WskInspectReject, Irp);
}

NTSTATUS
SendWithControl(PWSK_SOCKET Socket, PWSK_BUF Buffer, PSOCKADDR Remote, PCMSGHDR Control, ULONG ControlLength, PIRP Irp)
{
    PWSK_PROVIDER_DATAGRAM_DISPATCH dispatch = (PWSK_PROVIDER_DATAGRAM_DISPATCH)Socket->Dispatch;
    NTSTATUS status = dispatch->WskSendTo(Socket, Buffer, 0, Remote, 0, NULL, Irp);

    if (!NT_SUCCESS(status)) {
        return status;
    }
    return dispatch->WskSendTo(Socket, Buffer, 0, Remote, ControlLength, Control, Irp);
}

NTSTATUS
DrainEmpty(PWSK_SOCKET Socket, PMDL Mdl, ULONG Length, PIRP Irp)
{
    PWSK_PROVIDER_CONNECTION_DISPATCH dispatch = (PWSK_PROVIDER_CONNECTION_DISPATCH)Socket->Dispatch;
    WSK_BUF empty = { Mdl };
    WSK_BUF given = { Mdl, 0, Length };
    NTSTATUS status;

    /* Length zero-filled by the initialiser, or not known. */
    status = dispatch->WskReceive(Socket, &empty, WSK_FLAG_DRAIN, Irp);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    return dispatch->WskReceive(Socket, &given, WSK_FLAG_DRAIN, Irp);
}
