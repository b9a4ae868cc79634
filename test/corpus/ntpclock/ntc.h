//
// ntc.h - kernel NTP responder: answers time requests on UDP 123 and
// polls a few upstream peers. Every socket is restricted with a cached
// security descriptor.
//
// Copyright (c) Tailspin Toys Time Services.
//

#ifndef NTC_H
#define NTC_H

#include <ntddk.h>
#include <wsk.h>

#define NTC_TAG                 'kCtN'
#define NTC_PORT                123
#define NTC_MAX_PEERS           4
#define NTC_BIND_ATTEMPTS       5

#define NTC_LEVEL               SOL_SOCKET
#define NTC_DGRAM(s)            ((PWSK_PROVIDER_DATAGRAM_DISPATCH)((s)->Dispatch))

typedef struct _NTC_PEER {
    SOCKADDR_IN             Address;
    PSECURITY_DESCRIPTOR    Template;       // configured, not cached
    PWSK_SOCKET             Socket;
    ULONG                   SdLength;       // last audit
} NTC_PEER, *PNTC_PEER;

typedef struct _NTC_CLOCK {
    WSK_REGISTRATION        Registration;
    WSK_PROVIDER_NPI        Provider;
    BOOLEAN                 Registered;
    BOOLEAN                 ProviderCaptured;
    KEVENT                  Event;
    PWSK_SOCKET             ServerSocket;
    NTC_PEER                Peers[NTC_MAX_PEERS];
    ULONG                   PeerCount;
} NTC_CLOCK, *PNTC_CLOCK;

extern NTC_CLOCK g_NtcClock;
extern PSECURITY_DESCRIPTOR g_NtcServerSd;     // cached once in DriverEntry, released in NtcUnload

IO_COMPLETION_ROUTINE NtcIrpComplete;

NTSTATUS NtcWaitIrp(_In_ PNTC_CLOCK Clock, _In_ PIRP Irp, _In_ NTSTATUS Status);
VOID NtcCloseSocket(_In_ PNTC_CLOCK Clock, _In_ PWSK_SOCKET Socket);
NTSTATUS NtcOpenServerSocket(_Inout_ PNTC_CLOCK Clock);
NTSTATUS NtcOpenPeerSocket(_In_ PNTC_CLOCK Clock, _Inout_ PNTC_PEER Peer);
NTSTATUS NtcQueryPeerSd(_In_ PNTC_CLOCK Clock, _In_ PWSK_SOCKET Socket, _Outptr_result_maybenull_ PSECURITY_DESCRIPTOR *PeerSd);
NTSTATUS NtcAuditPeers(_Inout_ PNTC_CLOCK Clock);
VOID NtcStopPeers(_Inout_ PNTC_CLOCK Clock);

#endif // NTC_H
