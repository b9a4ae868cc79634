#include "wsk.h"

typedef struct _PEER {
    PWSK_SOCKET Socket;
    PIRP Irp;
    SOCKADDR_IN Local;
    SOCKADDR_IN Remote;
} PEER, *PPEER;

#define PEER_CONNECTION(_p_) ((PWSK_PROVIDER_CONNECTION_DISPATCH)(_p_)->Socket->Dispatch)
#define BIND_FLAGS WSK_FLAG_NODELAY

NTSTATUS
ConnectPeer(PPEER Peer)
{
    NTSTATUS status;

    status = PEER_CONNECTION(Peer)->WskBind(Peer->Socket, (PSOCKADDR)&Peer->Local, BIND_FLAGS, Peer->Irp);
//                                                                                 ^^^^^^^^^^ WSK022 Flags of WskBind is reserved
//                                                                                 preferred fix: Replace BIND_FLAGS with 0
//                                                                                 = 0
    if (!NT_SUCCESS(status)) {
        goto Cleanup;
    }
    status = PEER_CONNECTION(Peer)->WskConnect(Peer->Socket, (PSOCKADDR)&Peer->Remote, 1, Peer->Irp);
//                                                                                     ^ WSK022 Flags of WskConnect is reserved
//                                                                                     preferred fix: Replace 1 with 0
//                                                                                     = 0
    if (!NT_SUCCESS(status)) {
        goto Cleanup;
    }
    status = PEER_CONNECTION(Peer)->WskConnectEx(Peer->Socket, (PSOCKADDR)&Peer->Remote, NULL, WSK_FLAG_CONNECTION_SOCKET, Peer->Irp);
//                                                                                             ^^^^^^^^^^^^^^^^^^^^^^^^^^ WSK022 Flags of WskConnectEx is reserved
//                                                                                             preferred fix: Replace WSK_FLAG_CONNECTION_SOCKET with 0
//                                                                                             = 0
Cleanup:
    return status;
}

NTSTATUS
AcceptOne(PWSK_SOCKET Listener, PIRP Irp, int Kind)
{
    PWSK_PROVIDER_LISTEN_DISPATCH dispatch = (PWSK_PROVIDER_LISTEN_DISPATCH)Listener->Dispatch;

    switch (Kind) {
    case 0:
        return dispatch->WskAccept(Listener, WSK_FLAG_AT_DISPATCH_LEVEL, NULL, NULL, NULL, NULL, Irp);
//                                           ^^^^^^^^^^^^^^^^^^^^^^^^^^ WSK022 Flags of WskAccept is reserved
//                                           preferred fix: Replace WSK_FLAG_AT_DISPATCH_LEVEL with 0
//                                           = 0
    case 1:
        return dispatch->WskAccept(Listener, 0, NULL, NULL, NULL, NULL, Irp);
    default:
        break;
    }
    return STATUS_INVALID_PARAMETER;
}

NTSTATUS
SendDatagrams(PWSK_SOCKET Socket, PWSK_BUF Buffer, PWSK_BUF_LIST List, PSOCKADDR Remote, PIRP Irp)
{
    PWSK_PROVIDER_DATAGRAM_DISPATCH dispatch = (PWSK_PROVIDER_DATAGRAM_DISPATCH)Socket->Dispatch;
    NTSTATUS status;
    int i;

    for (i = 0; i < 2; i++) {
        status = dispatch->WskSendTo(Socket, Buffer, 0x2, Remote, 0, NULL, Irp);
//                                                   ^^^ WSK022 Flags of WskSendTo is reserved
//                                                   preferred fix: Replace 0x2 with 0
//                                                   = 0
        if (!NT_SUCCESS(status)) {
            return status;
        }
    }
    status = dispatch->WskSendMessages(Socket, List, WSK_FLAG_NODELAY, Remote, 0, NULL, Irp);
//                                                   ^^^^^^^^^^^^^^^^ WSK022 Flags of WskSendMessages is reserved
//                                                   preferred fix: Replace WSK_FLAG_NODELAY with 0
//                                                   = 0
    if (!NT_SUCCESS(status)) {
        return status;
    }
    return dispatch->WskReceiveFrom(Socket, Buffer, WSK_FLAG_DRAIN, NULL, NULL, NULL, NULL, Irp);
//                                                  ^^^^^^^^^^^^^^ WSK022 Flags of WskReceiveFrom is reserved
//                                                  preferred fix: Replace WSK_FLAG_DRAIN with 0
//                                                  = 0
}

NTSTATUS
OpenConnected(PWSK_PROVIDER_NPI Npi, PSOCKADDR Local, PSOCKADDR Remote, PIRP Irp)
{
    return Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, Local, Remote,
                                           WSK_FLAG_CONNECTION_SOCKET, NULL, NULL, NULL, NULL, NULL, Irp);
//                                         ^^^^^^^^^^^^^^^^^^^^^^^^^^ WSK022 Flags of WskSocketConnect is reserved
//                                         preferred fix: Replace WSK_FLAG_CONNECTION_SOCKET with 0
//                                         = 0
}
