//
// agentx.h - kernel AgentX (RFC 2741) master agent: shared types.
//
// Copyright (c) Litware Networks. All rights reserved.
//

#ifndef AGENTX_H
#define AGENTX_H

#include <ntddk.h>
#include <wsk.h>

#define AX_TAG                  'xAgA'
#define AX_MASTER_PORT          705
#define AX_MAX_PEERS            16

typedef struct _AX_PEER {
    SOCKADDR_IN             Address;
    PWSK_SOCKET             Socket;
    ULONG                   SessionId;
    BOOLEAN                 Loopback;
} AX_PEER, *PAX_PEER;

typedef struct _AX_TRAP_TARGET {
    SOCKADDR_IN             Address;
    PSECURITY_DESCRIPTOR    Template;       // captured from the registry, not cached
    PWSK_SOCKET             Socket;
    ULONG                   Version;
} AX_TRAP_TARGET, *PAX_TRAP_TARGET;

typedef struct _AX_AGENT {
    WSK_REGISTRATION        Registration;
    WSK_PROVIDER_NPI        Provider;
    PSECURITY_DESCRIPTOR    MasterSd;       // cached in AxCacheMasterSd, released in AxUnload
    PWSK_SOCKET             MasterSocket;
    KEVENT                  Event;
    SOCKADDR_IN             LocalAddress;
    AX_PEER                 Peers[AX_MAX_PEERS];
    ULONG                   PeerCount;
} AX_AGENT, *PAX_AGENT;

extern AX_AGENT g_AxAgent;

IO_COMPLETION_ROUTINE AxIrpDone;

NTSTATUS AxCacheMasterSd(_In_ PAX_AGENT Agent, _In_ PSECURITY_DESCRIPTOR Template);
NTSTATUS AxOpenMasterSocket(_In_ PAX_AGENT Agent);
NTSTATUS AxConnectPeer(_In_ PAX_AGENT Agent, _Inout_ PAX_PEER Peer);
NTSTATUS AxOpenLoopbackPeer(_In_ PAX_AGENT Agent, _Inout_ PAX_PEER Peer);
NTSTATUS AxQueryPeerSd(_In_ PAX_AGENT Agent, _In_ PAX_PEER Peer, _Out_ PULONG Length);
NTSTATUS AxOpenTrapSocket(_In_ PAX_AGENT Agent, _Inout_ PAX_TRAP_TARGET Target);
NTSTATUS AxResolveTarget(_In_ PAX_AGENT Agent, _Inout_ PAX_TRAP_TARGET Target);
VOID AxCloseSocket(_In_ PAX_AGENT Agent, _In_ PWSK_SOCKET Socket, _In_ PIRP Irp);

#endif // AGENTX_H
