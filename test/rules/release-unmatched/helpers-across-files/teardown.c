#include "wsk.h"

VOID SdRelease(PSECURITY_DESCRIPTOR *Cached);

typedef struct _LISTENER {
    PSECURITY_DESCRIPTOR CachedSd;
    BOOLEAN Failed;
} LISTENER, *PLISTENER;

VOID
TeardownTwice(PLISTENER Listener)
{
    SdRelease(&Listener->CachedSd);
    if (Listener->Failed) {
        SdRelease(&Listener->CachedSd);
//      ^^^^^^^^^ WSK009 SdRelease releases Listener->CachedSd, which was already released
//      no fix: the release is in a helper
    }
}

VOID
TeardownOnce(PLISTENER Listener)
{
    SdRelease(&Listener->CachedSd);
    Listener->CachedSd = NULL;
    SdRelease(&Listener->CachedSd);
}
