#include "wsk.h"

NTSTATUS WSKAPI ClosesThenDeclines(PVOID SocketContext, ULONG Flags, PSOCKADDR LocalAddress, PSOCKADDR RemoteAddress,
                                   PWSK_SOCKET AcceptSocket, PVOID *AcceptSocketContext,
                                   const WSK_CLIENT_CONNECTION_DISPATCH **AcceptSocketDispatch);

const WSK_CLIENT_LISTEN_DISPATCH g_Listen = { ClosesThenDeclines, NULL, NULL };

NTSTATUS WSKAPI
ClosesThenDeclines(PVOID SocketContext, ULONG Flags, PSOCKADDR LocalAddress, PSOCKADDR RemoteAddress,
                   PWSK_SOCKET AcceptSocket, PVOID *AcceptSocketContext,
                   const WSK_CLIENT_CONNECTION_DISPATCH **AcceptSocketDispatch)
{
    PIRP irp;

    if (AcceptSocket == NULL) {
        return STATUS_REQUEST_NOT_ACCEPTED;
    }
    irp = (PIRP)SocketContext;
    if (Flags != 0) {
        ((PWSK_PROVIDER_BASIC_DISPATCH)AcceptSocket->Dispatch)->WskCloseSocket(AcceptSocket, irp);
        return STATUS_REQUEST_NOT_ACCEPTED;
//      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ WSK014 The accept callback returns STATUS_REQUEST_NOT_ACCEPTED after the socket was closed at line 21
    }
    *AcceptSocketContext = NULL;
    *AcceptSocketDispatch = NULL;
    return StoreAccepted(SocketContext, AcceptSocket);
}
