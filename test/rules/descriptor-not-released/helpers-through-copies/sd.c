#include "sd.h"

/*
 * Helpers that work on a typed copy of what they are handed (`PSECURITY_DESCRIPTOR *slot = Cached;`,
 * `PLISTENER listener = (PLISTENER)Context;`): the copy is the parameter, so what they cache and
 * release through it is their caller's.
 */

WSK_PROVIDER_NPI g_Npi;

NTSTATUS
SdCacheInto(PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Cached)
{
    PSECURITY_DESCRIPTOR *slot = Cached;

    return g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &Sd,
                                            sizeof(PSECURITY_DESCRIPTOR), slot, NULL, NULL);
}

VOID
SdReleaseFrom(PSECURITY_DESCRIPTOR *Cached)
{
    PSECURITY_DESCRIPTOR *slot = Cached;

    if (*slot != NULL) {
        g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), slot,
                                         0, NULL, NULL, NULL);
        *slot = NULL;
    }
}

VOID
ListenerRelease(PVOID Context)
{
    PLISTENER listener = (PLISTENER)Context;

    SdReleaseFrom(&listener->CachedSd);
}
