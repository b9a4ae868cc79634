#include "wsk.h"

/* An IRP touched, or a frame left, while the WSK call given the IRP may still be pending. */

#define CONNECTION(_s_) ((PWSK_PROVIDER_CONNECTION_DISPATCH)(_s_)->Dispatch)

NTSTATUS
NoWait(PWSK_SOCKET Socket, PWSK_BUF Buffer, PVOID Done)
{
    NTSTATUS status;
    PIRP irp = IoAllocateIrp(1, FALSE);

    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    IoSetCompletionRoutine(irp, SendDone, Done, TRUE, TRUE, TRUE);
    status = CONNECTION(Socket)->WskSend(Socket, Buffer, 0, irp);
    status = irp->IoStatus.Status;
//           ^^^^^^^^^^^^^ WSK015 irp->IoStatus is read while WskSend at line 17 may still be pending
//           no fix
    IoFreeIrp(irp);
//            ^^^ WSK015 The IRP is freed while WskSend at line 17 may still be pending
//            no fix
    return status;
}

NTSTATUS
SuccessIsNotCompletion(PWSK_SOCKET Socket, PWSK_BUF Buffer, PVOID Done)
{
    NTSTATUS status;
    PIRP irp = IoAllocateIrp(1, FALSE);

    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    IoSetCompletionRoutine(irp, SendDone, Done, TRUE, TRUE, TRUE);
    status = CONNECTION(Socket)->WskSend(Socket, Buffer, 0, irp);
    if (NT_SUCCESS(status)) {
        /* STATUS_PENDING is a success code. */
        IoReuseIrp(irp, STATUS_UNSUCCESSFUL);
//                 ^^^ WSK015 The IRP is reused while WskSend
//                 no fix
    }
    IoFreeIrp(irp);
//            ^^^ WSK015 freed
//            no fix
    return status;
}

NTSTATUS
WaitOnlyOnSomePaths(PWSK_SOCKET Socket, PVOID Remote, PKEVENT Done, BOOLEAN Patient)
{
    NTSTATUS status;
    PIRP irp = IoAllocateIrp(1, FALSE);

    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    IoSetCompletionRoutine(irp, ConnectDone, Done, TRUE, TRUE, TRUE);
    status = CONNECTION(Socket)->WskConnect(Socket, Remote, 0, irp);
    if (Patient) {
        KeWaitForSingleObject(Done, Executive, KernelMode, FALSE, NULL);
    }
    IoFreeIrp(irp);
//            ^^^ WSK015 WskConnect at line 60
//            fix: Wait for the IRP (Done) first
//              }
//            + KeWaitForSingleObject(Done, Executive, KernelMode, FALSE, NULL);
//              IoFreeIrp(irp);
    return status;
}

NTSTATUS
LocalEventEarlyReturn(PWSK_SOCKET Socket, PVOID Remote)
{
    KEVENT done;
    NTSTATUS status;
    PIRP irp = IoAllocateIrp(1, FALSE);

    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    KeInitializeEvent(&done, SynchronizationEvent, FALSE);
    IoSetCompletionRoutine(irp, ConnectDone, &done, TRUE, TRUE, TRUE);
    status = CONNECTION(Socket)->WskConnect(Socket, Remote, 0, irp);
    if (status != STATUS_SUCCESS) {
        /* STATUS_PENDING too: the routine signals 'done' after this frame is gone. */
        return status;
//      ^^^^^^^^^^^^^^ WSK015 The function returns while WskConnect at line 85 may still be pending
//      fix: Wait for the IRP (&done) first
//        /* STATUS_PENDING too: the routine signals 'done' after this frame is gone. */
//      + KeWaitForSingleObject(&done, Executive, KernelMode, FALSE, NULL);
//        return status;
    }
    IoFreeIrp(irp);
    return status;
}

typedef struct _SYNC {
    KEVENT Event;
    NTSTATUS Status;
} SYNC;

NTSTATUS
GotoCleanup(PWSK_SOCKET Socket, PVOID Local)
{
    SYNC sync;
    NTSTATUS status;
    PIRP irp = IoAllocateIrp(1, FALSE);

    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    KeInitializeEvent(&sync.Event, SynchronizationEvent, FALSE);
    IoSetCompletionRoutine(irp, BindDone, &sync, TRUE, TRUE, TRUE);
    status = CONNECTION(Socket)->WskBind(Socket, Local, 0, irp);
    if (status == STATUS_PENDING) {
        goto cleanup;
    }
    KeWaitForSingleObject(&sync.Event, Executive, KernelMode, FALSE, NULL);
cleanup:
    IoFreeIrp(irp);
//            ^^^ WSK015 WskBind
//            no fix
    return status;
//  ^^^^^^^^^^^^^^ WSK015 The function returns while WskBind at line 116 may still be pending
//  no fix
}

NTSTATUS
InALoop(PWSK_SOCKET Socket, PWSK_BUF Buffers, ULONG Count, PKEVENT Done)
{
    NTSTATUS status = STATUS_SUCCESS;
    PIRP irp = IoAllocateIrp(1, FALSE);
    ULONG i;

    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    for (i = 0; i < Count; i++) {
        IoReuseIrp(irp, STATUS_UNSUCCESSFUL);
//                 ^^^ WSK015 reused while WskSend at line 148
//                 fix: Wait for the IRP (Done) first
//                   for (i = 0; i < Count; i++) {
//                 +     KeWaitForSingleObject(Done, Executive, KernelMode, FALSE, NULL);
//                       IoReuseIrp(irp, STATUS_UNSUCCESSFUL);
        IoSetCompletionRoutine(irp, SendDone, Done, TRUE, TRUE, TRUE);
        status = CONNECTION(Socket)->WskSend(Socket, &Buffers[i], 0, irp);
        if (!NT_SUCCESS(status)) {
            break;
        }
    }
    IoFreeIrp(irp);
//            ^^^ WSK015 freed while WskSend at line 148
//            fix: Wait for the IRP (Done) first
//              }
//            + KeWaitForSingleObject(Done, Executive, KernelMode, FALSE, NULL);
//              IoFreeIrp(irp);
    return status;
}

NTSTATUS
SwitchFreesPending(PWSK_SOCKET Socket, PWSK_BUF Buffer, PKEVENT Done)
{
    NTSTATUS status;
    PIRP irp = IoAllocateIrp(1, FALSE);

    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    IoSetCompletionRoutine(irp, SendDone, Done, TRUE, TRUE, TRUE);
    status = CONNECTION(Socket)->WskSend(Socket, Buffer, 0, irp);
    switch (status) {
    case STATUS_SUCCESS:
        IoFreeIrp(irp);
        break;
    case STATUS_PENDING:
        IoFreeIrp(irp);
//                ^^^ WSK015 freed while WskSend at line 172
//                fix: Wait for the IRP (Done) first
//                  case STATUS_PENDING:
//                +     KeWaitForSingleObject(Done, Executive, KernelMode, FALSE, NULL);
//                      IoFreeIrp(irp);
        break;
    default:
        IoFreeIrp(irp);
        break;
    }
    return status;
}

NTSTATUS
ClearingIsNoWait(PWSK_SOCKET Socket, PWSK_BUF Buffer, PKEVENT Done)
{
    NTSTATUS status;
    PIRP irp = IoAllocateIrp(1, FALSE);

    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    IoSetCompletionRoutine(irp, SendDone, Done, TRUE, TRUE, TRUE);
    status = CONNECTION(Socket)->WskSend(Socket, Buffer, 0, irp);
    KeClearEvent(Done);
    IoFreeIrp(irp);
//            ^^^ WSK015 freed while WskSend at line 202
//            fix: Wait for the IRP (Done) first
//              KeClearEvent(Done);
//            + KeWaitForSingleObject(Done, Executive, KernelMode, FALSE, NULL);
//              IoFreeIrp(irp);
    return status;
}
