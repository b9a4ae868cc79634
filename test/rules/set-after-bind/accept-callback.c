#include "wsk.h"

typedef struct _SERVER {
    PSECURITY_DESCRIPTOR CachedSd;
    PIRP Irp;
} SERVER, *PSERVER;

NTSTATUS WSKAPI ServerAccept(PVOID SocketContext, ULONG Flags, PSOCKADDR LocalAddress, PSOCKADDR RemoteAddress,
                             PWSK_SOCKET AcceptSocket, PVOID *AcceptSocketContext,
                             const WSK_CLIENT_CONNECTION_DISPATCH **AcceptSocketDispatch);

const WSK_CLIENT_LISTEN_DISPATCH g_ListenDispatch = {
    ServerAccept,
    NULL,
    NULL,
};

_Use_decl_annotations_
NTSTATUS WSKAPI
ServerAccept(
    PVOID SocketContext,
    ULONG Flags,
    PSOCKADDR LocalAddress,
    PSOCKADDR RemoteAddress,
    PWSK_SOCKET AcceptSocket,
    PVOID *AcceptSocketContext,
    const WSK_CLIENT_CONNECTION_DISPATCH **AcceptSocketDispatch
    )
{
    PSERVER server = (PSERVER)SocketContext;

    if (AcceptSocket == NULL) {
        return STATUS_REQUEST_NOT_ACCEPTED;
    }
    /* Too late: an accepted socket inherits the listening socket's binding. */
    ((PWSK_PROVIDER_BASIC_DISPATCH)AcceptSocket->Dispatch)->WskControlSocket(
//                                                          ^^^^^^^^^^^^^^^^ WSK007 inherits the listening socket's binding
//                                                          no fix: the socket arrives bound, as a parameter of the callback
        AcceptSocket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET,
        sizeof(PSECURITY_DESCRIPTOR), &server->CachedSd, 0, NULL, NULL, server->Irp);
    *AcceptSocketContext = NULL;
    *AcceptSocketDispatch = NULL;
    return STATUS_SUCCESS;
//  ^^^^^^^^^^^^^^^^^^^^^^ WSK013 The accepted socket is neither stored nor handed off
}

NTSTATUS
NotACallback(PWSK_SOCKET AcceptSocket, PSECURITY_DESCRIPTOR CachedSd, PIRP Irp)
{
    /* Same parameter name, but this function is registered nowhere: its socket may be unbound. */
    return ((PWSK_PROVIDER_BASIC_DISPATCH)AcceptSocket->Dispatch)->WskControlSocket(
        AcceptSocket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET,
        sizeof(PSECURITY_DESCRIPTOR), &CachedSd, 0, NULL, NULL, Irp);
}
