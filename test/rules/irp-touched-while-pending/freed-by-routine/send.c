#include "wsk.h"

/* Whatever WskSend returned, the IRP is gone once it completed: FreeWhenSent (routines.c) frees it. */

NTSTATUS FreeWhenSent(PDEVICE_OBJECT DeviceObject, PIRP Irp, PVOID Context);
NTSTATUS SignalWhenSent(PDEVICE_OBJECT DeviceObject, PIRP Irp, PVOID Context);

#define CONNECTION(_s_) ((PWSK_PROVIDER_CONNECTION_DISPATCH)(_s_)->Dispatch)

NTSTATUS
ReadsTheFreedIrp(PWSK_SOCKET Socket, PWSK_BUF Buffer)
{
    KEVENT done;
    NTSTATUS status;
    PIRP irp = IoAllocateIrp(1, FALSE);

    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    KeInitializeEvent(&done, SynchronizationEvent, FALSE);
    IoSetCompletionRoutine(irp, FreeWhenSent, &done, TRUE, TRUE, TRUE);
    status = CONNECTION(Socket)->WskSend(Socket, Buffer, 0, irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(&done, Executive, KernelMode, FALSE, NULL);
        status = irp->IoStatus.Status;
//               ^^^^^^^^^^^^^ WSK015 irp->IoStatus is read after WskSend at line 22, whose completion routine FreeWhenSent frees the IRP
//               no fix: a wait does not bring a freed IRP back
    }
    return status;
}

NTSTATUS
FreesItTwice(PWSK_SOCKET Socket, PWSK_BUF Buffer)
{
    KEVENT done;
    NTSTATUS status;
    PIRP irp = IoAllocateIrp(1, FALSE);

    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    KeInitializeEvent(&done, SynchronizationEvent, FALSE);
    IoSetCompletionRoutine(irp, FreeWhenSent, &done, TRUE, TRUE, TRUE);
    status = CONNECTION(Socket)->WskSend(Socket, Buffer, 0, irp);
    if (!NT_SUCCESS(status)) {
        /* Failed, so complete: and already freed by FreeWhenSent. */
        IoFreeIrp(irp);
//                ^^^ WSK015 The IRP is freed after WskSend at line 44, whose completion routine FreeWhenSent frees the IRP
//                no fix: a wait does not bring a freed IRP back
        return status;
    }
    KeWaitForSingleObject(&done, Executive, KernelMode, FALSE, NULL);
    return STATUS_SUCCESS;
}

NTSTATUS
ReusesItForTheNextSend(PWSK_SOCKET Socket, PWSK_BUF First, PWSK_BUF Second)
{
    KEVENT done;
    NTSTATUS status;
    PIRP irp = IoAllocateIrp(1, FALSE);

    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    KeInitializeEvent(&done, SynchronizationEvent, FALSE);
    IoSetCompletionRoutine(irp, FreeWhenSent, &done, TRUE, TRUE, TRUE);
    status = CONNECTION(Socket)->WskSend(Socket, First, 0, irp);
    KeWaitForSingleObject(&done, Executive, KernelMode, FALSE, NULL);
    IoReuseIrp(irp, STATUS_UNSUCCESSFUL);
//             ^^^ WSK015 The IRP is reused after WskSend at line 68, whose completion routine FreeWhenSent frees the IRP
//             no fix: a wait does not bring a freed IRP back
    IoSetCompletionRoutine(irp, SignalWhenSent, &done, TRUE, TRUE, TRUE);
    status = CONNECTION(Socket)->WskSend(Socket, Second, 0, irp);
    KeWaitForSingleObject(&done, Executive, KernelMode, FALSE, NULL);
    IoFreeIrp(irp);
    return status;
}

NTSTATUS
SendsAgainOnTheFreedIrp(PWSK_SOCKET Socket, PWSK_BUF First, PWSK_BUF Second)
{
    KEVENT done;
    NTSTATUS status;
    PIRP irp = IoAllocateIrp(1, FALSE);

    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    KeInitializeEvent(&done, SynchronizationEvent, FALSE);
    IoSetCompletionRoutine(irp, FreeWhenSent, &done, TRUE, TRUE, TRUE);
    status = CONNECTION(Socket)->WskSend(Socket, First, 0, irp);
    KeWaitForSingleObject(&done, Executive, KernelMode, FALSE, NULL);
    status = CONNECTION(Socket)->WskSend(Socket, Second, 0, irp);
//                                                          ^^^ WSK015 The IRP is given to WskSend after WskSend at line 92, whose completion routine frees the IRP
//                                                          no fix: a wait does not bring a freed IRP back
//                                                          ^^^ WSK017
//                                                          no fix
    KeWaitForSingleObject(&done, Executive, KernelMode, FALSE, NULL);
    return status;
}

NTSTATUS
SignalledOnlyIsFine(PWSK_SOCKET Socket, PWSK_BUF Buffer)
{
    KEVENT done;
    NTSTATUS status;
    PIRP irp = IoAllocateIrp(1, FALSE);

    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    KeInitializeEvent(&done, SynchronizationEvent, FALSE);
    IoSetCompletionRoutine(irp, SignalWhenSent, &done, TRUE, TRUE, TRUE);
    status = CONNECTION(Socket)->WskSend(Socket, Buffer, 0, irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(&done, Executive, KernelMode, FALSE, NULL);
        status = irp->IoStatus.Status;
    }
    IoFreeIrp(irp);
    return status;
}
