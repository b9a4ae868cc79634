/*++

Module Name:

    echosrv.h

Abstract:

    Shared definitions of the kernel-mode TCP echo server. The server
    listens on ECHO_PORT, echoes what each client sends and audits the
    security descriptor of every accepted connection.

Environment:

    Kernel mode only.

--*/

#pragma once

#include <ntddk.h>
#include <wsk.h>

#define ECHO_POOL_TAG           'ohcE'
#define ECHO_PORT               7007
#define ECHO_MAX_CONNECTIONS    64
#define ECHO_RECV_BUFFER_SIZE   2048

//
// Size of the option buffer of SO_WSK_SECURITY: the address of a cached
// descriptor, never the descriptor itself.
//
#define ECHO_SD_OPTION_SIZE     sizeof(PSECURITY_DESCRIPTOR)

#if DBG
#define EchoTrace(_Level, _Fmt, ...) \
    DbgPrintEx(DPFLTR_IHVNETWORK_ID, (_Level), "echosrv: " _Fmt "\n", __VA_ARGS__)
#else
#define EchoTrace(_Level, _Fmt, ...)
#endif

#define CHECK_STATUS(_s)        if (!NT_SUCCESS(_s)) { goto Exit; }

typedef struct _ECHO_GLOBALS {
    WSK_REGISTRATION        Registration;
    WSK_PROVIDER_NPI        ProviderNpi;
    BOOLEAN                 ProviderCaptured;

    //
    // Cached copy (WSK_CACHE_SD) of the descriptor applied to the listening
    // socket. Released by EchoUnload.
    //
    PSECURITY_DESCRIPTOR    ListenSd;

    PWSK_SOCKET             ListenSocket;
    KSPIN_LOCK              Lock;
    LIST_ENTRY              Connections;
    LONG                    ConnectionCount;
} ECHO_GLOBALS, *PECHO_GLOBALS;

typedef struct _ECHO_CONNECTION {
    LIST_ENTRY              Link;
    PWSK_SOCKET             Socket;
    SOCKADDR_IN             Remote;
    WORK_QUEUE_ITEM         AuditItem;
    UCHAR                   Buffer[ECHO_RECV_BUFFER_SIZE];
} ECHO_CONNECTION, *PECHO_CONNECTION;

extern ECHO_GLOBALS g_EchoGlobals;
extern const WSK_CLIENT_LISTEN_DISPATCH EchoListenDispatch;

IO_COMPLETION_ROUTINE EchoSyncIrpCompletion;

_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
EchoInitSecurity(
    VOID
    );

_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
EchoStartListener(
    VOID
    );

_IRQL_requires_max_(PASSIVE_LEVEL)
VOID
EchoStopListener(
    VOID
    );

WORKER_THREAD_ROUTINE EchoAuditWorker;
