/*
 * Context and helpers of the driver the editor tests open (test/editors/run.mjs).
 * A header: VS Code opens it as C++, and wsk-lint must check it all the same.
 */
#pragma once

#include <ntddk.h>
#include <wsk.h>

#define WSK_BASIC(_s_)  ((PWSK_PROVIDER_BASIC_DISPATCH)(_s_)->Dispatch)

/* The driver's own release macro: its argument is WskControlClient's InputBuffer. */
#define DRIVER_RELEASE_SD(_psd_)                                                    \
    g_ProviderNpi.Dispatch->WskControlClient(g_ProviderNpi.Client, WSK_RELEASE_SD,  \
                                             sizeof(PSECURITY_DESCRIPTOR), (_psd_), \
                                             0, NULL, NULL, NULL)

typedef struct _DRIVER_CONTEXT {
    PWSK_SOCKET             Socket;
    PSECURITY_DESCRIPTOR    CachedSd;
} DRIVER_CONTEXT, *PDRIVER_CONTEXT;

extern WSK_PROVIDER_NPI g_ProviderNpi;

FORCEINLINE
NTSTATUS
DriverCacheDescriptor(
    _In_ PSECURITY_DESCRIPTOR Descriptor,
    _Out_ PSECURITY_DESCRIPTOR *Cached
    )
{
    return g_ProviderNpi.Dispatch->WskControlClient(
        g_ProviderNpi.Client,
        WSK_CACHE_SD,
        sizeof(PSECURITY_DESCRIPTOR),
        Descriptor,
        sizeof(PSECURITY_DESCRIPTOR),
        Cached,
        NULL,
        NULL);
}
