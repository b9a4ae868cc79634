/*++

Module Name:

    listener.h

Abstract:

    Context and helpers of the example WSK listener.

--*/

#pragma once

#include <ntddk.h>
#include <wsk.h>

#define LISTENER_TAG            'nsLW'
#define WSK_BASIC(_s_)          ((PWSK_PROVIDER_BASIC_DISPATCH)(_s_)->Dispatch)
#define WSK_LISTEN(_s_)         ((PWSK_PROVIDER_LISTEN_DISPATCH)(_s_)->Dispatch)
#define WSK_CONNECTION(_s_)     ((PWSK_PROVIDER_CONNECTION_DISPATCH)(_s_)->Dispatch)
#define EXIT_IF_FAILED(_st_)    do { if (!NT_SUCCESS(_st_)) { goto Exit; } } while (0)

typedef struct _LISTENER_CONTEXT {
    PWSK_SOCKET             Socket;
    PSECURITY_DESCRIPTOR    CachedSd;
    KEVENT                  CompletionEvent;
    SOCKADDR_IN             LocalAddress;
} LISTENER_CONTEXT, *PLISTENER_CONTEXT;

extern WSK_PROVIDER_NPI g_ProviderNpi;

_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
ListenerStart(
    _Inout_ PLISTENER_CONTEXT Context,
    _In_ PSECURITY_DESCRIPTOR Descriptor
    );
