/* valid: no findings */
#include "wsk-registration.h"

/* Functions that take a lock and give it back, or return holding it only on some ways out, open no region at their calls. */

typedef struct _ITEM {
    KSPIN_LOCK Lock;
    KIRQL OldIrql;
    WSK_REGISTRATION Registration;
    WSK_PROVIDER_NPI Npi;
    PADDRINFOEXW Addresses;
    ULONG Count;
    BOOLEAN Busy;
} ITEM, *PITEM;

/* Acquires and releases: its net effect is none. */
VOID
BumpItem(PITEM item)
{
    KIRQL irql;

    KeAcquireSpinLock(&item->Lock, &irql);
    item->Count++;
    KeReleaseSpinLock(&item->Lock, irql);
}

/* A try-lock: it returns holding the lock on one way out only. */
BOOLEAN
TryLockItem(PITEM item)
{
    KeAcquireSpinLock(&item->Lock, &item->OldIrql);
    if (item->Busy) {
        KeReleaseSpinLock(&item->Lock, item->OldIrql);
        return FALSE;
    }
    item->Busy = TRUE;
    return TRUE;
}

VOID
LockItem(PITEM item)
{
    KeAcquireSpinLock(&item->Lock, &item->OldIrql);
}

VOID
UnlockItem(PITEM item)
{
    KeReleaseSpinLock(&item->Lock, item->OldIrql);
}

VOID
BumpThenDeregister(PITEM item)
{
    BumpItem(item);
    WskDeregister(&item->Registration);
}

VOID
TryThenFree(PITEM item)
{
    if (!TryLockItem(item)) {
        return;
    }
    item->Busy = FALSE;
    KeReleaseSpinLock(&item->Lock, item->OldIrql);
    item->Npi.Dispatch->WskFreeAddressInfo(item->Npi.Client, item->Addresses);
}

VOID
UnlockedBeforeFree(PITEM item)
{
    LockItem(item);
    item->Count--;
    UnlockItem(item);
    item->Npi.Dispatch->WskFreeAddressInfo(item->Npi.Client, item->Addresses);
}

VOID
EarlyUnlockOnEveryPath(PITEM item)
{
    LockItem(item);
    if (item->Count == 0) {
        UnlockItem(item);
        WskDeregister(&item->Registration);
        return;
    }
    item->Count--;
    UnlockItem(item);
}
