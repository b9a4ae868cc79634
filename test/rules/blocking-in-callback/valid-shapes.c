/* valid: no findings */
#include "wsk-registration.h"

/* Correct look-alikes: the blocking work in a work item or a system thread, a capture that does not
   wait, a blocking call after the release, releases on every way out, a tested IRQL. */

typedef struct _CONN {
    PWSK_SOCKET Socket;
    WSK_PROVIDER_NPI Npi;
    WSK_REGISTRATION Registration;
    PADDRINFOEXW Addresses;
    PIO_WORKITEM WorkItem;
    PIRP Irp;
    KEVENT Done;
    KSPIN_LOCK Lock;
    ULONG Count;
    BOOLEAN Locked;
} CONN, *PCONN;

static WSK_REGISTRATION g_Registration;
static WSK_PROVIDER_NPI g_Npi;
static HANDLE g_Thread;

/* The work item runs at PASSIVE_LEVEL: it may close and wait. */
VOID
CloseWorker(PDEVICE_OBJECT DeviceObject, PVOID Context)
{
    PCONN conn = (PCONN)Context;
    NTSTATUS status;

    status = ((PWSK_PROVIDER_BASIC_DISPATCH)conn->Socket->Dispatch)->WskCloseSocket(conn->Socket, conn->Irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(&conn->Done, Executive, KernelMode, FALSE, NULL);
    }
    conn->Npi.Dispatch->WskFreeAddressInfo(conn->Npi.Client, conn->Addresses);
}

NTSTATUS WSKAPI
ConnDisconnectEvent(PVOID SocketContext, ULONG Flags)
{
    PCONN conn = (PCONN)SocketContext;

    IoQueueWorkItem(conn->WorkItem, CloseWorker, DelayedWorkQueue, conn);
    return STATUS_SUCCESS;
}

/* A capture that does not wait may run at DISPATCH_LEVEL. */
NTSTATUS WSKAPI
ConnReceiveEvent(PVOID SocketContext, ULONG Flags, PVOID DataIndication, SIZE_T BytesIndicated, SIZE_T *BytesAccepted)
{
    PCONN conn = (PCONN)SocketContext;

    if (NT_SUCCESS(WskCaptureProviderNPI(&conn->Registration, WSK_NO_WAIT, &conn->Npi))) {
        WskReleaseProviderNPI(&conn->Registration);
    }
    return STATUS_SUCCESS;
}

/* A completion routine that goes on asynchronously: it re-posts a receive, and waits for nothing. */
NTSTATUS
ReceiveDone(PDEVICE_OBJECT DeviceObject, PIRP Irp, PVOID Context)
{
    PCONN conn = (PCONN)Context;

    IoReuseIrp(Irp, STATUS_UNSUCCESSFUL);
    IoSetCompletionRoutine(Irp, ReceiveDone, conn, TRUE, TRUE, TRUE);
    ((PWSK_PROVIDER_CONNECTION_DISPATCH)conn->Socket->Dispatch)->WskReceive(conn->Socket, NULL, 0, Irp);
    return STATUS_MORE_PROCESSING_REQUIRED;
}

NTSTATUS
StartReceive(PCONN conn)
{
    IoSetCompletionRoutine(conn->Irp, ReceiveDone, conn, TRUE, TRUE, TRUE);
    return ((PWSK_PROVIDER_CONNECTION_DISPATCH)conn->Socket->Dispatch)->WskReceive(conn->Socket, NULL, 0, conn->Irp);
}

/* A PASSIVE-only call under a test of the IRQL, in a callback. */
NTSTATUS WSKAPI
ConnSendBacklogEvent(PVOID SocketContext, SIZE_T IdealBacklogSize)
{
    PCONN conn = (PCONN)SocketContext;

    if (KeGetCurrentIrql() == PASSIVE_LEVEL) {
        conn->Npi.Dispatch->WskFreeAddressInfo(conn->Npi.Client, conn->Addresses);
        conn->Addresses = NULL;
    }
    return STATUS_SUCCESS;
}

/* The blocking call after the release. */
VOID
FreeAfterRelease(PCONN conn)
{
    KIRQL irql;
    PADDRINFOEXW addresses;

    KeAcquireSpinLock(&conn->Lock, &irql);
    addresses = conn->Addresses;
    conn->Addresses = NULL;
    KeReleaseSpinLock(&conn->Lock, irql);
    if (addresses != NULL) {
        conn->Npi.Dispatch->WskFreeAddressInfo(conn->Npi.Client, addresses);
    }
}

/* Released on every way out before the goto target. */
NTSTATUS
ReleasedBeforeCleanup(PCONN conn)
{
    KLOCK_QUEUE_HANDLE handle;
    NTSTATUS status = STATUS_SUCCESS;

    KeAcquireInStackQueuedSpinLock(&conn->Lock, &handle);
    if (conn->Count == 0) {
        KeReleaseInStackQueuedSpinLock(&handle);
        status = STATUS_INVALID_DEVICE_STATE;
        goto Cleanup;
    }
    conn->Count--;
    KeReleaseInStackQueuedSpinLock(&handle);
    return STATUS_SUCCESS;

Cleanup:
    WskDeregister(&conn->Registration);
    return status;
}

/* A lock taken and released under the same test. */
VOID
MaybeLocked(PCONN conn)
{
    KIRQL irql;

    if (conn->Locked) {
        KeAcquireSpinLock(&conn->Lock, &irql);
    }
    conn->Count++;
    if (conn->Locked) {
        KeReleaseSpinLock(&conn->Lock, irql);
    }
    WskDeregister(&conn->Registration);
}

/* The same, the lock and the test reached through a copy of the pointer for one of the two. */
VOID
MaybeLockedThroughACopy(PCONN conn)
{
    PCONN locked = conn;
    KIRQL irql;

    if (locked->Locked) {
        KeAcquireSpinLock(&locked->Lock, &irql);
    }
    conn->Count++;
    if (conn->Locked) {
        KeReleaseSpinLock(&conn->Lock, irql);
    }
    WskDeregister(&conn->Registration);
}

/* The lock released by a helper of the driver's, or by a routine without a body that says it unlocks. */
VOID
ConnUnlock(PCONN conn, KIRQL irql)
{
    KeReleaseSpinLock(&conn->Lock, irql);
}

VOID
ReleasedByHelper(PCONN conn)
{
    KIRQL irql;

    KeAcquireSpinLock(&conn->Lock, &irql);
    conn->Count++;
    ConnUnlock(conn, irql);
    WskDeregister(&conn->Registration);
    KeAcquireSpinLock(&conn->Lock, &irql);
    conn->Count--;
    TableUnlock(conn, irql);
    WskDeregister(&conn->Registration);
}

/* KeRaiseIrql to APC_LEVEL is not DISPATCH_LEVEL. */
VOID
RaisedToApc(PCONN conn)
{
    KIRQL old;

    KeRaiseIrql(APC_LEVEL, &old);
    conn->Npi.Dispatch->WskFreeAddressInfo(conn->Npi.Client, conn->Addresses);
    KeLowerIrql(old);
}

/* WSK_INFINITE_WAIT in a system thread started from DriverEntry, and in a work item. */
VOID
CaptureThread(PVOID Context)
{
    if (NT_SUCCESS(WskCaptureProviderNPI(&g_Registration, WSK_INFINITE_WAIT, &g_Npi))) {
        WskReleaseProviderNPI(&g_Registration);
    }
    PsTerminateSystemThread(STATUS_SUCCESS);
}

VOID
CaptureWorker(PDEVICE_OBJECT DeviceObject, PVOID Context)
{
    if (NT_SUCCESS(WskCaptureProviderNPI(&g_Registration, WSK_INFINITE_WAIT, &g_Npi))) {
        WskReleaseProviderNPI(&g_Registration);
    }
}

NTSTATUS
DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    PIO_WORKITEM item = IoAllocateWorkItem(NULL);

    if (item != NULL) {
        IoQueueWorkItem(item, CaptureWorker, DelayedWorkQueue, NULL);
    }
    return PsCreateSystemThread(&g_Thread, THREAD_ALL_ACCESS, NULL, NULL, NULL, CaptureThread, NULL);
}

const WSK_CLIENT_CONNECTION_DISPATCH ConnDispatch = { ConnReceiveEvent, ConnDisconnectEvent, ConnSendBacklogEvent };
