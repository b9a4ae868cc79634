#include "wsk.h"

WSK_PROVIDER_NPI g_Npi;

VOID
SdRelease(PSECURITY_DESCRIPTOR *Cached)
{
    if (*Cached != NULL) {
        g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), Cached,
                                         0, NULL, NULL, NULL);
    }
}
