#include "wsk.h"

WSK_PROVIDER_NPI g_Npi;

typedef struct _LISTENER {
    PSECURITY_DESCRIPTOR CachedSd;
} LISTENER, *PLISTENER;

/* Releases without a NULL test, then clears the field: a second call releases NULL. */
VOID
ReleaseAndClear(PLISTENER Listener)
{
    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &Listener->CachedSd,
                                     0, NULL, NULL, NULL);
    Listener->CachedSd = NULL;
}

/* Tests for NULL first: calling it twice is fine. */
VOID
ReleaseIfCached(PLISTENER Listener)
{
    if (Listener->CachedSd != NULL) {
        g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &Listener->CachedSd,
                                         0, NULL, NULL, NULL);
        Listener->CachedSd = NULL;
    }
}
