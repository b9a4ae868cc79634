/*++

Module Name:

    vpnctl.h

Abstract:

    Control channel of the site-to-site VPN miniport: one TCP tunnel per
    peer, each with its own session descriptor.

Environment:

    Kernel mode, PASSIVE_LEVEL.

--*/

#pragma once

#include <ntddk.h>
#include <wsk.h>

#define VT_TAG                  'lCtV'
#define VT_MAX_BIND_ATTEMPTS    4
#define VT_CONTROL_PORT         1701

#define VT_SD_PTR_SIZE          sizeof(PSECURITY_DESCRIPTOR)
#define VT_CONN(_s)             ((PWSK_PROVIDER_CONNECTION_DISPATCH)((_s)->Dispatch))

#define VT_CHECK(_status)       if (!NT_SUCCESS(_status)) goto Cleanup

typedef struct _VT_GLOBALS {
    WSK_REGISTRATION        Registration;
    WSK_PROVIDER_NPI        Npi;
    PSECURITY_DESCRIPTOR    PolicySd;       // cached; released by VtShutdownPolicy
} VT_GLOBALS;

typedef struct _VT_TUNNEL {
    LIST_ENTRY              Link;
    PWSK_SOCKET             Socket;
    PSECURITY_DESCRIPTOR    SessionSd;      // cached; released by VtCloseTunnel
    PIRP                    Irp;
    KEVENT                  Event;
    SOCKADDR_IN             Local;
    SOCKADDR_IN             Remote;
} VT_TUNNEL, *PVT_TUNNEL;

extern VT_GLOBALS g_Vt;

_IRQL_requires_max_(PASSIVE_LEVEL)
VOID
VtRearmIrp(
    _In_ PVT_TUNNEL Tunnel
    );

_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
VtWaitIrp(
    _In_ PVT_TUNNEL Tunnel,
    _In_ NTSTATUS Status
    );

_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
VtCreateTunnelSocket(
    _Inout_ PVT_TUNNEL Tunnel
    );

_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
VtApplySecurity(
    _In_ PVT_TUNNEL Tunnel
    );

_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
VtBindTunnel(
    _In_ PVT_TUNNEL Tunnel
    );

_IRQL_requires_max_(PASSIVE_LEVEL)
PSECURITY_DESCRIPTOR
VtCacheSessionSd(
    _In_ PSECURITY_DESCRIPTOR Raw
    );

_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
VtCloneSd(
    _In_ PSECURITY_DESCRIPTOR Raw,
    _Outptr_ PSECURITY_DESCRIPTOR *Clone
    );

_IRQL_requires_max_(PASSIVE_LEVEL)
VOID
VtAdoptSd(
    _Inout_ PVT_TUNNEL Tunnel,
    _In_ PSECURITY_DESCRIPTOR CachedSd
    );
