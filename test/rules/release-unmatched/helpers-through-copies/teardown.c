#include "wsk.h"

/*
 * Release helpers that work on a typed copy of what they are handed: the copy is the parameter, so the
 * field they release and clear through it is their caller's.
 */

WSK_PROVIDER_NPI g_Npi;

typedef struct _LISTENER {
    PSECURITY_DESCRIPTOR CachedSd;
} LISTENER, *PLISTENER;

/* Releases without a NULL test, then clears the field: a second call releases NULL. */
VOID
ReleaseAndClear(PVOID Context)
{
    PLISTENER listener = (PLISTENER)Context;

    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &listener->CachedSd,
                                     0, NULL, NULL, NULL);
    listener->CachedSd = NULL;
}

/* Tests for NULL first, through another copy: calling it twice is fine. */
VOID
ReleaseIfCached(PLISTENER Listener)
{
    PLISTENER listener = Listener;

    if (listener->CachedSd != NULL) {
        g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &listener->CachedSd,
                                         0, NULL, NULL, NULL);
        listener->CachedSd = NULL;
    }
}
