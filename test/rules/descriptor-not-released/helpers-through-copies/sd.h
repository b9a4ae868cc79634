#pragma once
#include "wsk.h"

extern WSK_PROVIDER_NPI g_Npi;

typedef struct _LISTENER {
    PWSK_SOCKET Socket;
    PSECURITY_DESCRIPTOR CachedSd;
} LISTENER, *PLISTENER;

NTSTATUS SdCacheInto(PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Cached);
VOID SdReleaseFrom(PSECURITY_DESCRIPTOR *Cached);
VOID ListenerRelease(PVOID Context);
NTSTATUS Validate(PSECURITY_DESCRIPTOR Sd);
