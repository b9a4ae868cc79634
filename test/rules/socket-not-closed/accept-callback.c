#include "wsk.h"

typedef struct _SERVER {
    PWSK_SOCKET Client;
    ULONG Accepted;
} SERVER, *PSERVER;

NTSTATUS WSKAPI DropsTheSocket(PVOID SocketContext, ULONG Flags, PSOCKADDR LocalAddress, PSOCKADDR RemoteAddress,
                               PWSK_SOCKET AcceptSocket, PVOID *AcceptSocketContext,
                               const WSK_CLIENT_CONNECTION_DISPATCH **AcceptSocketDispatch);
NTSTATUS WSKAPI KeepsTheSocket(PVOID SocketContext, ULONG Flags, PSOCKADDR LocalAddress, PSOCKADDR RemoteAddress,
                               PWSK_SOCKET AcceptSocket, PVOID *AcceptSocketContext,
                               const WSK_CLIENT_CONNECTION_DISPATCH **AcceptSocketDispatch);

const WSK_CLIENT_LISTEN_DISPATCH g_Dropping = { DropsTheSocket, NULL, NULL };
const WSK_CLIENT_LISTEN_DISPATCH g_Keeping = { .WskAcceptEvent = KeepsTheSocket };

NTSTATUS WSKAPI
DropsTheSocket(PVOID SocketContext, ULONG Flags, PSOCKADDR LocalAddress, PSOCKADDR RemoteAddress,
               PWSK_SOCKET AcceptSocket, PVOID *AcceptSocketContext,
               const WSK_CLIENT_CONNECTION_DISPATCH **AcceptSocketDispatch)
{
    PSERVER server = (PSERVER)SocketContext;

    if (AcceptSocket == NULL) {
        return STATUS_REQUEST_NOT_ACCEPTED;
    }
    if (server->Client != NULL) {
        /* Busy: says yes, but keeps nothing. */
        return STATUS_SUCCESS;
//      ^^^^^^^^^^^^^^^^^^^^^^ WSK013 The accepted socket is neither stored nor handed off before this return
    }
    server->Client = AcceptSocket;
    *AcceptSocketContext = server;
    *AcceptSocketDispatch = NULL;
    return STATUS_SUCCESS;
}

NTSTATUS WSKAPI
KeepsTheSocket(PVOID SocketContext, ULONG Flags, PSOCKADDR LocalAddress, PSOCKADDR RemoteAddress,
               PWSK_SOCKET AcceptSocket, PVOID *AcceptSocketContext,
               const WSK_CLIENT_CONNECTION_DISPATCH **AcceptSocketDispatch)
{
    PSERVER server = (PSERVER)SocketContext;

    if (AcceptSocket == NULL) {
        return STATUS_SUCCESS;
    }
    if (server->Client != NULL) {
        /* Declined: WSK closes it. */
        return STATUS_REQUEST_NOT_ACCEPTED;
    }
    server->Client = AcceptSocket;
    server->Accepted++;
    *AcceptSocketContext = server;
    *AcceptSocketDispatch = NULL;
    return STATUS_SUCCESS;
}

NTSTATUS
NotRegistered(PVOID SocketContext, PWSK_SOCKET AcceptSocket)
{
    /* Same parameter name, but registered nowhere: the socket is not this function's. */
    UNREFERENCED_PARAMETER(SocketContext);
    UNREFERENCED_PARAMETER(AcceptSocket);
    return STATUS_SUCCESS;
}

NTSTATUS WSKAPI
FilledAtRunTime(PVOID SocketContext, ULONG Flags, PSOCKADDR LocalAddress, PSOCKADDR RemoteAddress,
                PWSK_SOCKET AcceptSocket, PVOID *AcceptSocketContext,
                const WSK_CLIENT_CONNECTION_DISPATCH **AcceptSocketDispatch)
{
    if (Flags == 0) {
        return STATUS_SUCCESS;
//      ^^^^^^^^^^^^^^^^^^^^^^ WSK013 The accepted socket is neither stored nor handed off before this return
    }
    ((PSERVER)SocketContext)->Client = AcceptSocket;
    return STATUS_SUCCESS;
}

VOID
FillListenTable(WSK_CLIENT_LISTEN_DISPATCH *Table)
{
    Table->WskAcceptEvent = (PFN_WSK_ACCEPT_EVENT)FilledAtRunTime;
    Table->WskInspectEvent = NULL;
    Table->WskAbortEvent = NULL;
}
