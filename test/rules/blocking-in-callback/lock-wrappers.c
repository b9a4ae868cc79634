#include "wsk-registration.h"

/* Functions of the driver that return holding a spin lock they take open the region at their calls; their release wrappers close it. */

typedef struct _PEER {
    KSPIN_LOCK Lock;
    KIRQL OldIrql;
    EX_SPIN_LOCK ExLock;
    WDFSPINLOCK WdfLock;
    WSK_REGISTRATION Registration;
    WSK_PROVIDER_NPI Npi;
    PADDRINFOEXW Addresses;
    ULONG Count;
} PEER, *PPEER;

VOID
LockPeer(PPEER peer)
{
    KeAcquireSpinLock(&peer->Lock, &peer->OldIrql);
}

VOID
UnlockPeer(PPEER peer)
{
    KeReleaseSpinLock(&peer->Lock, peer->OldIrql);
}

VOID
LockPeerQueued(PPEER peer, PKLOCK_QUEUE_HANDLE Handle)
{
    KeAcquireInStackQueuedSpinLock(&peer->Lock, Handle);
}

KIRQL
LockPeerExclusive(PPEER peer)
{
    return ExAcquireSpinLockExclusive(&peer->ExLock);
}

VOID
LockPeerWdf(PPEER peer)
{
    WdfSpinLockAcquire(peer->WdfLock);
}

/* A wrapper of a wrapper: it returns holding the lock LockPeer takes. */
VOID
LockPeerCounted(PPEER peer)
{
    LockPeer(peer);
    peer->Count++;
}

VOID
FreeUnderWrapper(PPEER peer)
{
    LockPeer(peer);
    peer->Npi.Dispatch->WskFreeAddressInfo(peer->Npi.Client, peer->Addresses);
//                      ^^^^^^^^^^^^^^^^^^ WSK025 WskFreeAddressInfo needs PASSIVE_LEVEL while a spin lock is held (LockPeer, line 57).
    peer->Addresses = NULL;
    UnlockPeer(peer);
}

NTSTATUS
DeregisterInQueuedRegion(PPEER peer)
{
    KLOCK_QUEUE_HANDLE handle;
    NTSTATUS status = STATUS_SUCCESS;

    LockPeerQueued(peer, &handle);
    if (peer->Count != 0) {
        status = STATUS_DEVICE_BUSY;
        goto Cleanup;
    }
    KeReleaseInStackQueuedSpinLock(&handle);
    return STATUS_SUCCESS;

Cleanup:
    WskDeregister(&peer->Registration);
//  ^^^^^^^^^^^^^ WSK025 WskDeregister needs PASSIVE_LEVEL while a spin lock is held (LockPeerQueued, line 70).
    KeReleaseInStackQueuedSpinLock(&handle);
    return status;
}

VOID
SwitchUnderExclusive(PPEER peer, ULONG Action)
{
    KIRQL irql = LockPeerExclusive(peer);

    switch (Action) {
    case 1:
        WskDeregister(&peer->Registration);
//      ^^^^^^^^^^^^^ WSK025 WskDeregister needs PASSIVE_LEVEL while a spin lock is held (LockPeerExclusive, line 88).
        break;
    default:
        break;
    }
    ExReleaseSpinLockExclusive(&peer->ExLock, irql);
}

VOID
LoopUnderWdfWrapper(PPEER peer, ULONG Rounds)
{
    ULONG i;

    for (i = 0; i < Rounds; i++) {
        LockPeerWdf(peer);
        peer->Npi.Dispatch->WskFreeAddressInfo(peer->Npi.Client, peer->Addresses);
//                          ^^^^^^^^^^^^^^^^^^ WSK025 while a spin lock is held (LockPeerWdf, line 107).
        peer->Addresses = NULL;
        WdfSpinLockRelease(peer->WdfLock);
    }
}

VOID
NestedWrapper(PPEER peer)
{
    LockPeerCounted(peer);
    WskDeregister(&peer->Registration);
//  ^^^^^^^^^^^^^ WSK025 WskDeregister needs PASSIVE_LEVEL while a spin lock is held (LockPeerCounted, line 118).
    UnlockPeer(peer);
}
