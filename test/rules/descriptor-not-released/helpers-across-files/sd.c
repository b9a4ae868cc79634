#include "sd.h"

WSK_PROVIDER_NPI g_Npi;

NTSTATUS
SdCache(PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Cached)
{
    return g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &Sd,
                                            sizeof(PSECURITY_DESCRIPTOR), Cached, NULL, NULL);
}

VOID
SdRelease(PSECURITY_DESCRIPTOR *Cached)
{
    if (*Cached != NULL) {
        g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), Cached,
                                         0, NULL, NULL, NULL);
        *Cached = NULL;
    }
}
