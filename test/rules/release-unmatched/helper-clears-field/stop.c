#include "wsk.h"

typedef struct _LISTENER {
    PSECURITY_DESCRIPTOR CachedSd;
} LISTENER, *PLISTENER;

VOID ReleaseAndClear(PLISTENER Listener);
VOID ReleaseIfCached(PLISTENER Listener);

VOID
StopTwice(PLISTENER Listener, BOOLEAN Failed)
{
    ReleaseAndClear(Listener);
    if (Failed) {
        ReleaseAndClear(Listener);
//      ^^^^^^^^^^^^^^^ WSK009 which holds NULL here
//      no fix: the second release is a call of a helper
    }
}

VOID
StopTwiceSafely(PLISTENER Listener)
{
    ReleaseIfCached(Listener);
    ReleaseIfCached(Listener);
}
