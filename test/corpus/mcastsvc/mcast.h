/*++

Module Name:

    mcast.h

Abstract:

    Peer discovery service: a TCP control endpoint plus one UDP socket per
    multicast group. Shared definitions.

--*/

#pragma once

#include <ntddk.h>
#include <wsk.h>

#define MC_TAG              'tsaM'
#define MC_MAX_GROUPS       4
#define MC_MAX_PEERS        16

//
// Caches a descriptor for the service. Output is the address of the
// PSECURITY_DESCRIPTOR that receives the cached copy.
//
#define MC_CACHE_SD(_ppRaw, _ppCached)                                          \
    g_McNpi.Dispatch->WskControlClient(g_McNpi.Client, WSK_CACHE_SD,            \
                                       sizeof(PSECURITY_DESCRIPTOR), (_ppRaw),  \
                                       sizeof(SECURITY_DESCRIPTOR), (_ppCached),\
                                       NULL, NULL)

#define MC_RELEASE_SD(_ppCached)                                                \
    g_McNpi.Dispatch->WskControlClient(g_McNpi.Client, WSK_RELEASE_SD,          \
                                       sizeof(PSECURITY_DESCRIPTOR), (_ppCached), \
                                       0, NULL, NULL, NULL)

#define MC_CONN(_s)         ((PWSK_PROVIDER_CONNECTION_DISPATCH)((_s)->Dispatch))
#define MC_DGRAM(_s)        ((PWSK_PROVIDER_DATAGRAM_DISPATCH)((_s)->Dispatch))

typedef struct _MC_CONTROL {
    PWSK_SOCKET             Listener;
    PWSK_SOCKET             Uplink;
    PWSK_SOCKET             Groups[MC_MAX_GROUPS];
    SOCKADDR_IN             GroupAddress[MC_MAX_GROUPS];
    PWSK_SOCKET             Peers[MC_MAX_PEERS];
    ULONG                   PeerCount;
    PSECURITY_DESCRIPTOR    ServiceSd;          // cached, released in McShutdown
    PSECURITY_DESCRIPTOR    GroupSd;            // cached, released in McShutdown
    KEVENT                  Event;
    BOOLEAN                 AuditMismatch;
} MC_CONTROL, *PMC_CONTROL;

extern WSK_PROVIDER_NPI g_McNpi;
extern SECURITY_DESCRIPTOR g_McDefaultSd;

IO_COMPLETION_ROUTINE McComplete;

#define MC_ARM(_ctl, _irp)                                                      \
    IoReuseIrp((_irp), STATUS_UNSUCCESSFUL);                                    \
    KeClearEvent(&(_ctl)->Event);                                               \
    IoSetCompletionRoutine((_irp), McComplete, &(_ctl)->Event, TRUE, TRUE, TRUE)

#define MC_WAIT(_ctl, _irp, _status)                                            \
    if ((_status) == STATUS_PENDING) {                                          \
        KeWaitForSingleObject(&(_ctl)->Event, Executive, KernelMode, FALSE, NULL); \
        (_status) = (_irp)->IoStatus.Status;                                    \
    }
