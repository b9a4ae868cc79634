/*++

Copyright (c) Proseware, Inc.

Module Name:

    isi.h

Abstract:

    Software iSCSI initiator transport: portal, discovery and session
    sockets. The socket helpers are layered:

        isiinit.c   entry/unload and the portal          (callers)
        isisess.c   sessions, discovery, socket helpers  (helpers)
        isisd.c     bind/connect/apply/cache/release     (inner helpers)

--*/

#pragma once

#include <ntddk.h>
#include <wsk.h>

#define ISI_TAG                 'iIsI'
#define ISI_MAX_SESSIONS        8
#define ISI_PORTAL_PORT         3260

#define ISI_CONN(s)             ((PWSK_PROVIDER_CONNECTION_DISPATCH)((s)->Dispatch))
#define ISI_DGRAM(s)            ((PWSK_PROVIDER_DATAGRAM_DISPATCH)((s)->Dispatch))

typedef struct _ISI_SESSION {
    BOOLEAN                 InUse;
    BOOLEAN                 Reconnect;
    PWSK_SOCKET             Socket;
    PSECURITY_DESCRIPTOR    Template;       // per-target template, not cached
    PSECURITY_DESCRIPTOR    SessionSd;      // cached at login, released at logout / reconnect
    SOCKADDR_IN             Local;
    SOCKADDR_IN             Target;
} ISI_SESSION, *PISI_SESSION;

typedef struct _ISI_DEVICE {
    PDEVICE_OBJECT          DeviceObject;
    WSK_REGISTRATION        Registration;
    WSK_PROVIDER_NPI        Provider;
    KEVENT                  Event;

    SECURITY_DESCRIPTOR     AdminSdBuffer;  // absolute template built in DriverEntry
    PSECURITY_DESCRIPTOR    PortalTemplate;
    PSECURITY_DESCRIPTOR    DiscoveryTemplate;

    PWSK_SOCKET             PortalSocket;
    SOCKADDR_IN             PortalAddress;
    PSECURITY_DESCRIPTOR    PortalSd;       // cached in DriverEntry
    BOOLEAN                 PortalStarted;

    PWSK_SOCKET             DiscoverySocket;
    SOCKADDR_IN             DiscoveryAddress;
    PSECURITY_DESCRIPTOR    DiscoverySd;    // cached in IsiOpenDiscoverySocket

    PWSK_SOCKET             AdminSocket;

    ISI_SESSION             Sessions[ISI_MAX_SESSIONS];
} ISI_DEVICE, *PISI_DEVICE;

extern PISI_DEVICE g_IsiDev;
extern const WSK_CLIENT_CONNECTION_DISPATCH IsiSessionDispatch;

//
// isisd.c - inner helpers
//
IO_COMPLETION_ROUTINE IsiIrpComplete;
NTSTATUS IsiWait(_In_ PISI_DEVICE Dev, _In_ PIRP Irp, _In_ NTSTATUS Status);
NTSTATUS IsiBindLocal(_In_ PISI_DEVICE Dev, _In_ PWSK_SOCKET Socket, _In_ PSOCKADDR Local);
NTSTATUS IsiConnectTarget(_In_ PISI_DEVICE Dev, _In_ PWSK_SOCKET Socket, _In_ PSOCKADDR Remote);
NTSTATUS IsiApplyDescriptor(_In_ PISI_DEVICE Dev, _In_ PWSK_SOCKET Socket, _In_ PSECURITY_DESCRIPTOR *Sd);
NTSTATUS IsiCacheDescriptor(_In_ PISI_DEVICE Dev, _In_ PSECURITY_DESCRIPTOR Template, _Out_ PSECURITY_DESCRIPTOR *Cached);
VOID IsiReleaseDescriptor(_In_ PISI_DEVICE Dev, _In_ PSECURITY_DESCRIPTOR *Sd);
VOID IsiCloseSocket(_In_ PISI_DEVICE Dev, _In_ PWSK_SOCKET Socket);

//
// isisess.c - helpers and sessions
//
NTSTATUS IsiCreateSocket(_In_ PISI_DEVICE Dev, _In_ USHORT Type, _Out_ PWSK_SOCKET *Socket);
NTSTATUS IsiPrepareSocket(_In_ PISI_DEVICE Dev, _In_ PWSK_SOCKET Socket, _In_ PSOCKADDR Local);
NTSTATUS IsiSecureSocket(_In_ PISI_DEVICE Dev, _In_ PWSK_SOCKET Socket, _In_ PSECURITY_DESCRIPTOR *Sd);
NTSTATUS IsiLoginSession(_In_ PISI_DEVICE Dev, _Inout_ PISI_SESSION Sess);
NTSTATUS IsiReconnectSession(_In_ PISI_DEVICE Dev, _Inout_ PISI_SESSION Sess);
VOID IsiLogoutSession(_In_ PISI_DEVICE Dev, _Inout_ PISI_SESSION Sess);
NTSTATUS IsiOpenDiscoverySocket(_In_ PISI_DEVICE Dev);
VOID IsiTeardownPortal(_In_ PISI_DEVICE Dev);
