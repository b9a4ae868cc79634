#include "wsk-registration.h"

/* The region opens at the call of a lock wrapper defined in another file, and closes at its release wrapper. */

typedef struct _QUEUE QUEUE, *PQUEUE;

typedef struct _CLIENT {
    PQUEUE Queue;
    WSK_REGISTRATION Registration;
} CLIENT, *PCLIENT;

VOID QueueLock(PQUEUE queue);
VOID QueueUnlock(PQUEUE queue);

VOID
DrainQueue(PCLIENT client, BOOLEAN Last)
{
    QueueLock(client->Queue);
    if (Last) {
        WskDeregister(&client->Registration);
//      ^^^^^^^^^^^^^ WSK025 WskDeregister needs PASSIVE_LEVEL while a spin lock is held (QueueLock, line 18).
    }
    QueueUnlock(client->Queue);
}

VOID
DeregisterAfterUnlock(PCLIENT client)
{
    QueueLock(client->Queue);
    QueueUnlock(client->Queue);
    WskDeregister(&client->Registration);
}
