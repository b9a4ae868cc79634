/* valid: no findings */
#include "wsk.h"

/* Tables that match, categories chosen at run time, NULL tables, casts to the basic table. */

NTSTATUS WSKAPI OnAccept(PVOID SocketContext, ULONG Flags, PSOCKADDR LocalAddress, PSOCKADDR RemoteAddress,
                         PWSK_SOCKET AcceptSocket, PVOID *AcceptSocketContext,
                         const WSK_CLIENT_CONNECTION_DISPATCH **AcceptSocketDispatch);
NTSTATUS WSKAPI OnReceive(PVOID SocketContext, ULONG Flags, PWSK_DATA_INDICATION DataIndication,
                          SIZE_T BytesIndicated, SIZE_T *BytesAccepted);

const WSK_CLIENT_LISTEN_DISPATCH g_Listen = { OnAccept, NULL, NULL };
const WSK_CLIENT_CONNECTION_DISPATCH g_Connection = { OnReceive, NULL, NULL };
const WSK_CLIENT_STREAM_DISPATCH g_Stream = { &g_Listen, &g_Connection };

NTSTATUS
OpenAny(PWSK_PROVIDER_NPI Npi, ULONG Kind, PVOID Context, PIRP Irp)
{
    ULONG flags;
    const VOID *dispatch;

    switch (Kind) {
    case 1:
        flags = WSK_FLAG_LISTEN_SOCKET;
        dispatch = &g_Listen;
        break;
    case 2:
        flags = WSK_FLAG_CONNECTION_SOCKET;
        dispatch = &g_Connection;
        break;
    default:
        flags = WSK_FLAG_BASIC_SOCKET;
        dispatch = NULL;
        break;
    }
    return Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, flags,
                                    Context, dispatch, NULL, NULL, NULL, Irp);
}

NTSTATUS
OpenMatching(PWSK_PROVIDER_NPI Npi, PVOID Context, PIRP Irp)
{
    NTSTATUS status;

    status = Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_LISTEN_SOCKET,
                                      Context, &g_Listen, NULL, NULL, NULL, Irp);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    status = Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_STREAM_SOCKET,
                                      Context, &g_Stream, NULL, NULL, NULL, Irp);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    return Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_DGRAM, IPPROTO_UDP, WSK_FLAG_DATAGRAM_SOCKET,
                                    NULL, NULL, NULL, NULL, NULL, Irp);
}

VOID
CloseAny(PWSK_SOCKET Socket, PIRP Irp)
{
    ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskCloseSocket(Socket, Irp);
}

NTSTATUS
AcceptOne(PWSK_SOCKET Listener, PIRP Irp, PKEVENT Done, PWSK_SOCKET *Result)
{
    NTSTATUS status;
    PWSK_SOCKET accepted;
    ULONG blocking = 0;

    status = ((PWSK_PROVIDER_LISTEN_DISPATCH)Listener->Dispatch)->WskAccept(Listener, 0, NULL, NULL, NULL, NULL, Irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(Done, Executive, KernelMode, FALSE, NULL);
        status = Irp->IoStatus.Status;
    }
    if (!NT_SUCCESS(status)) {
        return status;
    }
    accepted = (PWSK_SOCKET)Irp->IoStatus.Information;
    *Result = accepted;
    /* The listener's table type, but WskControlSocket is at the start of every provider table. */
    return ((PWSK_PROVIDER_LISTEN_DISPATCH)accepted->Dispatch)->WskControlSocket(
        accepted, WskIoctl, FIONBIO, 0, sizeof(blocking), &blocking, 0, NULL, NULL, Irp);
}
