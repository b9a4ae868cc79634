#include "wsk.h"

typedef struct _LISTENER {
    PSECURITY_DESCRIPTOR CachedSd;
} LISTENER, *PLISTENER;

VOID ReleaseAndClear(PVOID Context);
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
StopTwiceThroughACopy(PLISTENER Listener)
{
    PLISTENER first = Listener;

    ReleaseAndClear(first);
    ReleaseAndClear(Listener);
//  ^^^^^^^^^^^^^^^ WSK009 ReleaseAndClear sets Listener->CachedSd to NULL (line 26)
//  no fix: the second release is a call of a helper
}

VOID
StopTwiceSafely(PLISTENER Listener)
{
    PLISTENER again = Listener;

    ReleaseIfCached(Listener);
    ReleaseIfCached(again);
}
