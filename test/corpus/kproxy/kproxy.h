//
// kproxy.h - kernel TCP relay ("kproxy"): one downstream socket per client,
// one upstream socket per connection to the configured server.
//
// Copyright (c) Fabrikam, Inc.
//

#pragma once

#include <ntifs.h>
#include <wsk.h>

#define KP_POOL_TAG         'yxPK'
#define KP_LISTEN_PORT      8443

#define KP_CONN_DISPATCH(_s)    ((PWSK_PROVIDER_CONNECTION_DISPATCH)((_s)->Dispatch))

#define CHECK_STATUS(_status)           \
    do {                                \
        if (!NT_SUCCESS(_status)) {     \
            goto Exit;                  \
        }                               \
    } while (0)

#ifdef KP_TRACING
#define KpTrace(_fmt, ...)  DbgPrintEx(DPFLTR_IHVNETWORK_ID, DPFLTR_TRACE_LEVEL, "kproxy!" __FUNCTION__ ": " _fmt "\n", __VA_ARGS__)
#else
#define KpTrace(_fmt, ...)  ((void)0)
#endif

typedef struct _KP_DEVICE_EXTENSION {
    PDEVICE_OBJECT          DeviceObject;
    WSK_REGISTRATION        Registration;
    WSK_PROVIDER_NPI        Provider;
    BOOLEAN                 ProviderReady;

    PSECURITY_DESCRIPTOR    PolicySd;           // cached: applied to every relay socket
    PSECURITY_DESCRIPTOR    UpstreamSd;         // cached: template for upstream sockets

    SOCKADDR_IN             UpstreamAddress;
    KSPIN_LOCK              ConnectionLock;
    LIST_ENTRY              Connections;
} KP_DEVICE_EXTENSION, *PKP_DEVICE_EXTENSION;

typedef struct _KP_CONNECTION {
    LIST_ENTRY              Link;
    PKP_DEVICE_EXTENSION    DevExt;
    PWSK_SOCKET             Socket;             // client-facing
    PWSK_SOCKET             UpstreamSocket;     // server-facing
    PSECURITY_DESCRIPTOR    SessionSd;          // cached copy read from Socket
    PIRP                    Irp;
    KEVENT                  Event;
    SOCKADDR_IN             LocalAddress;
    SOCKADDR_IN             RemoteAddress;
} KP_CONNECTION, *PKP_CONNECTION;

extern const WSK_CLIENT_CONNECTION_DISPATCH KpUpstreamDispatch;

IO_COMPLETION_ROUTINE KpIrpCompletion;

_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
KpWaitIrp(
    _In_ PKP_CONNECTION Conn,
    _In_ NTSTATUS Status
    );

_IRQL_requires_max_(PASSIVE_LEVEL)
VOID
KpReleaseSd(
    _In_ PKP_DEVICE_EXTENSION DevExt,
    _Inout_ PSECURITY_DESCRIPTOR *Sd
    );

_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
KpBindLocal(
    _In_ PKP_CONNECTION Conn
    );

_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
KpSecureSocket(
    _In_ PKP_CONNECTION Conn
    );

_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
KpInitPolicy(
    _Inout_ PKP_DEVICE_EXTENSION DevExt
    );
