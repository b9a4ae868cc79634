#include "wsk.h"

/*
 * An IRP an init helper allocates into its caller's storage (`Ctx->Irp = IoAllocateIrp(…)`, checked,
 * with or without its completion routine) is the caller's own IRP from the call on, with the setup the
 * helper left: the caller's WSK calls on it are checked as if it had allocated it.
 */

#define CONNECTION(_s_) ((PWSK_PROVIDER_CONNECTION_DISPATCH)(_s_)->Dispatch)

typedef struct _SYNC {
    KEVENT Done;
    PIRP Irp;
} SYNC, *PSYNC;

static IO_COMPLETION_ROUTINE SyncDone;

static NTSTATUS
SyncDone(PDEVICE_OBJECT DeviceObject, PIRP Irp, PVOID Context)
{
    UNREFERENCED_PARAMETER(DeviceObject);
    UNREFERENCED_PARAMETER(Irp);
    KeSetEvent(&((PSYNC)Context)->Done, IO_NO_INCREMENT, FALSE);
    return STATUS_MORE_PROCESSING_REQUIRED;
}

static NTSTATUS
SyncInit(PSYNC Sync)
{
    KeInitializeEvent(&Sync->Done, SynchronizationEvent, FALSE);
    Sync->Irp = IoAllocateIrp(1, FALSE);
    if (Sync->Irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    IoSetCompletionRoutine(Sync->Irp, SyncDone, Sync, TRUE, TRUE, TRUE);
    return STATUS_SUCCESS;
}

static NTSTATUS
SyncAllocate(PSYNC Sync)
{
    KeInitializeEvent(&Sync->Done, SynchronizationEvent, FALSE);
    Sync->Irp = IoAllocateIrp(1, FALSE);
    if (!Sync->Irp) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    return STATUS_SUCCESS;
}

/* Whether it is NULL is the caller's to test (its result is not a status): not followed. */
static BOOLEAN
SyncAllocateUnchecked(PSYNC Sync)
{
    Sync->Irp = IoAllocateIrp(1, FALSE);
    return Sync->Irp != NULL;
}

static VOID
SyncReset(PSYNC Sync)
{
    IoReuseIrp(Sync->Irp, STATUS_UNSUCCESSFUL);
    KeClearEvent(&Sync->Done);
    IoSetCompletionRoutine(Sync->Irp, SyncDone, Sync, TRUE, TRUE, TRUE);
}

static NTSTATUS
SyncWait(PSYNC Sync, NTSTATUS Status)
{
    if (Status == STATUS_PENDING) {
        KeWaitForSingleObject(&Sync->Done, Executive, KernelMode, FALSE, NULL);
        Status = Sync->Irp->IoStatus.Status;
    }
    return Status;
}

NTSTATUS
SendInLoopWithoutReuse(PWSK_SOCKET Socket, PWSK_BUF Buffer, ULONG Count)
{
    SYNC sync;
    NTSTATUS status;
    ULONG i;

    status = SyncInit(&sync);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    for (i = 0; i < Count; i++) {
        status = CONNECTION(Socket)->WskSend(Socket, Buffer, 0, sync.Irp);
//                                                              ^^^^^^^^ WSK017 sync.Irp was given to WskSend
//                                                              no fix
        status = SyncWait(&sync, status);
        if (!NT_SUCCESS(status)) {
            break;
        }
    }
    IoFreeIrp(sync.Irp);
    return status;
}

NTSTATUS
SendInLoopWithReuse(PWSK_SOCKET Socket, PWSK_BUF Buffer, ULONG Count)
{
    SYNC sync;
    NTSTATUS status;
    ULONG i;

    status = SyncInit(&sync);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    for (i = 0; i < Count; i++) {
        status = CONNECTION(Socket)->WskSend(Socket, Buffer, 0, sync.Irp);
        status = SyncWait(&sync, status);
        if (!NT_SUCCESS(status)) {
            break;
        }
        SyncReset(&sync);
    }
    IoFreeIrp(sync.Irp);
    return status;
}

NTSTATUS
SendWithoutRoutine(PWSK_SOCKET Socket, PWSK_BUF Buffer)
{
    SYNC sync;
    NTSTATUS status;

    status = SyncAllocate(&sync);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    status = CONNECTION(Socket)->WskSend(Socket, Buffer, 0, sync.Irp);
//                                                          ^^^^^^^^ WSK017 sync.Irp reaches WskSend with no completion routine set
//                                                          no fix
    status = SyncWait(&sync, status);
    IoFreeIrp(sync.Irp);
    return status;
}

NTSTATUS
SendWithRoutineSetHere(PWSK_SOCKET Socket, PWSK_BUF Buffer)
{
    SYNC sync;
    NTSTATUS status;

    status = SyncAllocate(&sync);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    IoSetCompletionRoutine(sync.Irp, SyncDone, &sync, TRUE, TRUE, TRUE);
    status = CONNECTION(Socket)->WskSend(Socket, Buffer, 0, sync.Irp);
    status = SyncWait(&sync, status);
    IoFreeIrp(sync.Irp);
    return status;
}

NTSTATUS
SendTwiceReusedHere(PWSK_SOCKET Socket, PWSK_BUF Buffer)
{
    SYNC sync;
    NTSTATUS status;

    status = SyncInit(&sync);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    status = CONNECTION(Socket)->WskSend(Socket, Buffer, 0, sync.Irp);
    status = SyncWait(&sync, status);
    if (NT_SUCCESS(status)) {
        IoReuseIrp(sync.Irp, STATUS_UNSUCCESSFUL);
        IoSetCompletionRoutine(sync.Irp, SyncDone, &sync, TRUE, TRUE, TRUE);
        status = CONNECTION(Socket)->WskSend(Socket, Buffer, 0, sync.Irp);
        status = SyncWait(&sync, status);
    }
    IoFreeIrp(sync.Irp);
    return status;
}

NTSTATUS
SendOnAnUncheckedHelperIrp(PWSK_SOCKET Socket, PWSK_BUF Buffer)
{
    SYNC sync;
    NTSTATUS status;

    if (!SyncAllocateUnchecked(&sync)) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    KeInitializeEvent(&sync.Done, SynchronizationEvent, FALSE);
    IoSetCompletionRoutine(sync.Irp, SyncDone, &sync, TRUE, TRUE, TRUE);
    status = CONNECTION(Socket)->WskSend(Socket, Buffer, 0, sync.Irp);
    status = SyncWait(&sync, status);
    IoFreeIrp(sync.Irp);
    return status;
}

/* An IRP a helper returns, NULL when its allocation failed, with the routine the helper set. */
static PIRP
MakeIrp(PSYNC Sync)
{
    PIRP irp = IoAllocateIrp(1, FALSE);

    if (irp != NULL) {
        IoSetCompletionRoutine(irp, SyncDone, Sync, TRUE, TRUE, TRUE);
    }
    return irp;
}

NTSTATUS
SendTwiceOnAReturnedIrp(PWSK_SOCKET Socket, PWSK_BUF Buffer)
{
    SYNC sync;
    NTSTATUS status;

    KeInitializeEvent(&sync.Done, SynchronizationEvent, FALSE);
    sync.Irp = MakeIrp(&sync);
    if (sync.Irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    status = CONNECTION(Socket)->WskSend(Socket, Buffer, 0, sync.Irp);
    status = SyncWait(&sync, status);
    if (NT_SUCCESS(status)) {
        status = CONNECTION(Socket)->WskSend(Socket, Buffer, 0, sync.Irp);
//                                                              ^^^^^^^^ WSK017 sync.Irp was given to WskSend
//                                                              no fix
        status = SyncWait(&sync, status);
    }
    IoFreeIrp(sync.Irp);
    return status;
}

NTSTATUS
SendOnAReturnedIrpUnchecked(PWSK_SOCKET Socket, PWSK_BUF Buffer)
{
    SYNC sync;
    NTSTATUS status;

    KeInitializeEvent(&sync.Done, SynchronizationEvent, FALSE);
    sync.Irp = MakeIrp(&sync);
    status = CONNECTION(Socket)->WskSend(Socket, Buffer, 0, sync.Irp);
//                                                          ^^^^^^^^ WSK006
//                                                          preferred fix: Check sync.Irp for NULL after the allocation
//                                                            sync.Irp = MakeIrp(&sync);
//                                                          + if (sync.Irp == NULL) {
//                                                          +     return STATUS_INSUFFICIENT_RESOURCES;
//                                                          + }
//                                                            status = CONNECTION(Socket)->WskSend(Socket, Buffer, 0, sync.Irp);
    status = SyncWait(&sync, status);
    IoFreeIrp(sync.Irp);
    return status;
}

NTSTATUS
SendOnceOnAReturnedIrp(PWSK_SOCKET Socket, PWSK_BUF Buffer)
{
    SYNC sync;
    NTSTATUS status;

    KeInitializeEvent(&sync.Done, SynchronizationEvent, FALSE);
    sync.Irp = MakeIrp(&sync);
    if (!sync.Irp) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    status = CONNECTION(Socket)->WskSend(Socket, Buffer, 0, sync.Irp);
    status = SyncWait(&sync, status);
    IoFreeIrp(sync.Irp);
    return status;
}
