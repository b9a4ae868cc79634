#include "wsk-registration.h"

/* The lock is taken here; the blocking call is in a helper of another file. */

typedef struct _TABLE {
    KSPIN_LOCK Lock;
    PVOID Entry;
} TABLE, *PTABLE;

VOID DropEntry(PVOID Entry);
VOID ResolveEntry(PVOID Entry);

VOID
TableRemove(PTABLE table)
{
    KLOCK_QUEUE_HANDLE handle;

    KeAcquireInStackQueuedSpinLock(&table->Lock, &handle);
    DropEntry(table->Entry);
//  ^^^^^^^^^ WSK025 DropEntry makes a call that needs PASSIVE_LEVEL
    table->Entry = NULL;
    KeReleaseInStackQueuedSpinLock(&handle);
}

VOID
TableRefresh(PTABLE table)
{
    KIRQL irql;

    KeAcquireSpinLock(&table->Lock, &irql);
    ResolveEntry(table->Entry);
//  ^^^^^^^^^^^^ WSK025 ResolveEntry blocks while a spin lock is held (line 30).
    KeReleaseSpinLock(&table->Lock, irql);
}
