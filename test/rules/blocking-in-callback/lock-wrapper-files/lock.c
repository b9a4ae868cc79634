/* valid: no findings */
#include "wsk-registration.h"

/* The lock wrappers, in a file of their own. */

typedef struct _QUEUE {
    KSPIN_LOCK Lock;
    KIRQL OldIrql;
} QUEUE, *PQUEUE;

VOID
QueueLock(PQUEUE queue)
{
    KeAcquireSpinLock(&queue->Lock, &queue->OldIrql);
}

VOID
QueueUnlock(PQUEUE queue)
{
    KeReleaseSpinLock(&queue->Lock, queue->OldIrql);
}
