//
// axsock.c - master listening socket and peer connections.
//
// Copyright (c) Litware Networks. All rights reserved.
//

#include "agentx.h"
#include "axmacros.h"

VOID
AxCloseSocket(
    _In_ PAX_AGENT Agent,
    _In_ PWSK_SOCKET Socket,
    _In_ PIRP Irp
    )
{
    NTSTATUS status;

    AX_REARM(Agent, Irp);
    status = AX_BASIC(Socket)->WskCloseSocket(Socket, Irp);
    AX_WAIT(Agent, Irp, status);
}

//
// Listening socket: restricted with the master descriptor, then bound.
//
NTSTATUS
AxOpenMasterSocket(
    _In_ PAX_AGENT Agent
    )
{
    NTSTATUS status;
    PIRP irp;
    PWSK_SOCKET socket = NULL;

    irp = IoAllocateIrp(1, FALSE);
    AX_CHECK_ALLOC(irp, status);

    AX_REARM(Agent, irp);
    status = Agent->Provider.Dispatch->WskSocket(Agent->Provider.Client, AF_INET, SOCK_STREAM, IPPROTO_TCP,
                                                 WSK_FLAG_LISTEN_SOCKET, Agent, NULL, NULL, NULL, NULL, irp);
    AX_WAIT(Agent, irp, status);
    AX_CHECK(status, "WskSocket");
    socket = (PWSK_SOCKET)irp->IoStatus.Information;

    AX_REARM(Agent, irp);
    status = AX_SET_SD(socket, &Agent->MasterSd, irp);
    AX_WAIT(Agent, irp, status);
    AX_CHECK(status, "SO_WSK_SECURITY");

    AX_REARM(Agent, irp);
    status = AX_LISTEN(socket)->WskBind(socket, (PSOCKADDR)&Agent->LocalAddress, 0, irp);
    AX_WAIT(Agent, irp, status);
    AX_CHECK(status, "WskBind");

    Agent->MasterSocket = socket;
    socket = NULL;

Cleanup:
    if (socket != NULL) {
        AxCloseSocket(Agent, socket, irp);
    }
    if (irp != NULL) {
        IoFreeIrp(irp);
    }
    return status;
}

//
// Outbound session to a remote subagent host: Nagle off, restricted, bound
// to the agent's address, connected.
//
NTSTATUS
AxConnectPeer(
    _In_ PAX_AGENT Agent,
    _Inout_ PAX_PEER Peer
    )
{
    NTSTATUS status;
    PIRP irp;
    PWSK_SOCKET socket = NULL;
    ULONG noDelay = 1;
    SOCKADDR_IN local = Agent->LocalAddress;

    irp = IoAllocateIrp(1, FALSE);
    AX_CHECK_ALLOC(irp, status);

    AX_REARM(Agent, irp);
    status = Agent->Provider.Dispatch->WskSocket(Agent->Provider.Client, AF_INET, SOCK_STREAM, IPPROTO_TCP,
                                                 WSK_FLAG_CONNECTION_SOCKET, Peer, NULL, NULL, NULL, NULL, irp);
    AX_WAIT(Agent, irp, status);
    AX_CHECK(status, "WskSocket");
    socket = (PWSK_SOCKET)irp->IoStatus.Information;

    AX_REARM(Agent, irp);
    status = AX_SET_OPTION(socket, AX_LEVEL_TRANSPORT, TCP_NODELAY, sizeof(ULONG), &noDelay, irp);
    AX_WAIT(Agent, irp, status);
    AX_CHECK(status, "TCP_NODELAY");

    AX_REARM(Agent, irp);
    status = AX_SET_OPTION(socket, AX_LEVEL_TRANSPORT, SO_WSK_SECURITY, AX_SD_SIZE, &Agent->MasterSd, irp);   /* BUG WSK003: Level AX_LEVEL_TRANSPORT expands to IPPROTO_TCP */
    AX_WAIT(Agent, irp, status);
    AX_CHECK(status, "SO_WSK_SECURITY");

    local.sin_port = 0;
    AX_REARM(Agent, irp);
    status = AX_CONN(socket)->WskBind(socket, (PSOCKADDR)&local, 0, irp);
    AX_WAIT(Agent, irp, status);
    AX_CHECK(status, "WskBind");

    AX_REARM(Agent, irp);
    status = AX_CONN(socket)->WskConnect(socket, (PSOCKADDR)&Peer->Address, 0, irp);
    AX_WAIT(Agent, irp, status);
    AX_CHECK(status, "WskConnect");

    Peer->Socket = socket;
    socket = NULL;

Cleanup:
    if (socket != NULL) {
        AxCloseSocket(Agent, socket, irp);
    }
    if (irp != NULL) {
        IoFreeIrp(irp);
    }
    return status;
}

//
// Loopback subagents are trusted more: their socket is restricted with a
// "synchronous" set before the connect.
//
NTSTATUS
AxOpenLoopbackPeer(
    _In_ PAX_AGENT Agent,
    _Inout_ PAX_PEER Peer
    )
{
    NTSTATUS status;
    PIRP irp;
    PWSK_SOCKET socket = NULL;
    SOCKADDR_IN local = Agent->LocalAddress;

    local.sin_port = 0;
    irp = IoAllocateIrp(1, FALSE);
    AX_CHECK_ALLOC(irp, status);

    AX_REARM(Agent, irp);
    status = Agent->Provider.Dispatch->WskSocket(Agent->Provider.Client, AF_INET, SOCK_STREAM, IPPROTO_TCP,
                                                 WSK_FLAG_CONNECTION_SOCKET, Peer, NULL, NULL, NULL, NULL, irp);
    AX_WAIT(Agent, irp, status);
    AX_CHECK(status, "WskSocket");
    socket = (PWSK_SOCKET)irp->IoStatus.Information;

    status = AX_SET_SD_SYNC(socket, &Agent->MasterSd);     /* BUG WSK005: the macro passes a NULL Irp */
    AX_CHECK(status, "SO_WSK_SECURITY");

    AX_REARM(Agent, irp);
    status = AX_CONN(socket)->WskBind(socket, (PSOCKADDR)&local, 0, irp);
    AX_WAIT(Agent, irp, status);
    AX_CHECK(status, "WskBind");

    AX_REARM(Agent, irp);
    status = AX_CONN(socket)->WskConnect(socket, (PSOCKADDR)&Peer->Address, 0, irp);
    AX_WAIT(Agent, irp, status);
    AX_CHECK(status, "WskConnect");

    Peer->Socket = socket;
    Peer->Loopback = TRUE;
    socket = NULL;

Cleanup:
    if (socket != NULL) {
        AxCloseSocket(Agent, socket, irp);
    }
    if (irp != NULL) {
        IoFreeIrp(irp);
    }
    return status;
}

//
// Reports the length of the descriptor a peer connection carries.
//
NTSTATUS
AxQueryPeerSd(
    _In_ PAX_AGENT Agent,
    _In_ PAX_PEER Peer,
    _Out_ PULONG Length
    )
{
    NTSTATUS status;
    PIRP irp;
    PSECURITY_DESCRIPTOR peerSd = NULL;

    *Length = 0;

    irp = IoAllocateIrp(1, FALSE);
    AX_CHECK_ALLOC(irp, status);

    AX_REARM(Agent, irp);
    status = AX_GET_SD(Peer->Socket, peerSd, irp);     /* BUG WSK002: OutputBuffer is the pointer, not &peerSd */
    AX_WAIT(Agent, irp, status);
    AX_CHECK(status, "SO_WSK_SECURITY get");

    if (peerSd != NULL) {
        *Length = RtlLengthSecurityDescriptor(peerSd);
    }

Cleanup:
    if (peerSd != NULL) {
        AX_RELEASE_SD(Agent, &peerSd);
    }
    if (irp != NULL) {
        IoFreeIrp(irp);
    }
    return status;
}
