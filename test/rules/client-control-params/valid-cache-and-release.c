/* valid: no findings */
#include "wsk.h"

WSK_PROVIDER_NPI g_ProviderNpi;

NTSTATUS
CacheAndRelease(PSECURITY_DESCRIPTOR Sd)
{
    PSECURITY_DESCRIPTOR cached = NULL;
    NTSTATUS status;

    status = g_ProviderNpi.Dispatch->WskControlClient(g_ProviderNpi.Client, WSK_CACHE_SD,
                                                      sizeof(PSECURITY_DESCRIPTOR), &Sd,
                                                      sizeof(PSECURITY_DESCRIPTOR), &cached, NULL, NULL);
    if (status < 0) {
        return status;
    }
    return g_ProviderNpi.Dispatch->WskControlClient(g_ProviderNpi.Client, WSK_RELEASE_SD,
                                                    sizeof(cached), &cached, 0, NULL, NULL, NULL);
}
