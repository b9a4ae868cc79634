#include "wsk-registration.h"

/* Blocking while a spin lock is held (or the IRQL raised), in the lock routines' several forms. */

typedef struct _SERVER {
    KSPIN_LOCK Lock;
    EX_SPIN_LOCK ExLock;
    WDFSPINLOCK WdfLock;
    WSK_REGISTRATION Registration;
    WSK_PROVIDER_NPI Npi;
    PADDRINFOEXW Addresses;
    PWSK_SOCKET Socket;
    PIRP Irp;
    KEVENT Done;
    ULONG Count;
} SERVER, *PSERVER;

VOID
FreeUnderLock(PSERVER server)
{
    KIRQL irql;

    KeAcquireSpinLock(&server->Lock, &irql);
    server->Npi.Dispatch->WskFreeAddressInfo(server->Npi.Client, server->Addresses);
//                        ^^^^^^^^^^^^^^^^^^ WSK025 WskFreeAddressInfo needs PASSIVE_LEVEL while a spin lock is held (KeAcquireSpinLock, line 23).
    server->Addresses = NULL;
    KeReleaseSpinLock(&server->Lock, irql);
}

/* goto cleanup: the lock is held at the label on one way in. */
NTSTATUS
CleanupUnderLock(PSERVER server)
{
    KLOCK_QUEUE_HANDLE handle;
    NTSTATUS status = STATUS_SUCCESS;

    KeAcquireInStackQueuedSpinLock(&server->Lock, &handle);
    if (server->Count == 0) {
        status = STATUS_INVALID_DEVICE_STATE;
        goto Cleanup;
    }
    server->Count--;
    KeReleaseInStackQueuedSpinLock(&handle);
    return STATUS_SUCCESS;

Cleanup:
    WskDeregister(&server->Registration);
//  ^^^^^^^^^^^^^ WSK025 WskDeregister blocks while a spin lock is held (line 37).
    KeReleaseInStackQueuedSpinLock(&handle);
    return status;
}

/* A release on the early-return path only: the path that goes on still holds the lock. */
VOID
EarlyReturn(PSERVER server)
{
    KIRQL irql = ExAcquireSpinLockExclusive(&server->ExLock);

    if (server->Addresses == NULL) {
        ExReleaseSpinLockExclusive(&server->ExLock, irql);
        return;
    }
    server->Npi.Dispatch->WskFreeAddressInfo(server->Npi.Client, server->Addresses);
//                        ^^^^^^^^^^^^^^^^^^ WSK025 WskFreeAddressInfo blocks while a spin lock is held (line 57).
    ExReleaseSpinLockExclusive(&server->ExLock, irql);
}

/* The WDF form, and a wait for a WSK request under it. */
VOID
CloseUnderWdfLock(PSERVER server)
{
    NTSTATUS status;

    WdfSpinLockAcquire(server->WdfLock);
    status = ((PWSK_PROVIDER_BASIC_DISPATCH)server->Socket->Dispatch)->WskCloseSocket(server->Socket, server->Irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(&server->Done, Executive, KernelMode, FALSE, NULL);
//      ^^^^^^^^^^^^^^^^^^^^^ WSK025 KeWaitForSingleObject blocks while a spin lock is held (line 74).
    }
    WdfSpinLockRelease(server->WdfLock);
}

/* KeRaiseIrql to DISPATCH_LEVEL, and a capture that waits. */
VOID
CaptureRaised(PSERVER server)
{
    KIRQL old;

    KeRaiseIrql(DISPATCH_LEVEL, &old);
    if (NT_SUCCESS(WskCaptureProviderNPI(&server->Registration, 100, &server->Npi))) {
//                 ^^^^^^^^^^^^^^^^^^^^^ WSK025 WskCaptureProviderNPI blocks while a spin lock is held (line 89).
        WskReleaseProviderNPI(&server->Registration);
    }
    KeLowerIrql(old);
}

/* The DPC-level form, nested in another lock: still held after the inner release. */
VOID
Nested(PSERVER server, PKSPIN_LOCK inner)
{
    KIRQL irql;

    KeAcquireSpinLock(&server->Lock, &irql);
    KeAcquireSpinLockAtDpcLevel(inner);
    server->Count++;
    KeReleaseSpinLockFromDpcLevel(inner);
    WskDeregister(&server->Registration);
//  ^^^^^^^^^^^^^ WSK025 WskDeregister needs PASSIVE_LEVEL while a spin lock is held (KeAcquireSpinLock, line 103).
    KeReleaseSpinLock(&server->Lock, irql);
}

/* A helper that takes and gives back a lock of its own releases none of its caller's. */
VOID
CountUnderOwnLock(PSERVER server)
{
    KIRQL irql;

    KeAcquireSpinLock(&server->Lock, &irql);
    server->Count++;
    KeReleaseSpinLock(&server->Lock, irql);
}

VOID
HelperWithOwnLock(PSERVER server)
{
    KIRQL irql;

    KeAcquireSpinLock(&server->Lock, &irql);
    CountUnderOwnLock(server);
    WskDeregister(&server->Registration);
//  ^^^^^^^^^^^^^ WSK025 WskDeregister needs PASSIVE_LEVEL while a spin lock is held (KeAcquireSpinLock, line 128).
    KeReleaseSpinLock(&server->Lock, irql);
}
