#include "wsk.h"

/* A routine set on an owned IRP that reaches WSK, and also on an IRP of unknown origin: the fix is offered for review. */

NTSTATUS
Finished(PDEVICE_OBJECT DeviceObject, PIRP Irp, PVOID Context)
{
    KeSetEvent((PKEVENT)Context, IO_NO_INCREMENT, FALSE);
    return STATUS_SUCCESS;
//         ^^^^^^^^^^^^^^ WSK016 Finished returns STATUS_SUCCESS
//         fix: Return STATUS_MORE_PROCESSING_REQUIRED
//         = STATUS_MORE_PROCESSING_REQUIRED
}

NTSTATUS
Owned(PWSK_SOCKET Socket, PVOID Remote, PKEVENT Done)
{
    PIRP irp = IoAllocateIrp(1, FALSE);
    NTSTATUS status;

    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    IoSetCompletionRoutine(irp, Finished, Done, TRUE, TRUE, TRUE);
    status = ((PWSK_PROVIDER_CONNECTION_DISPATCH)Socket->Dispatch)->WskConnect(Socket, Remote, 0, irp);
    KeWaitForSingleObject(Done, Executive, KernelMode, FALSE, NULL);
    IoFreeIrp(irp);
    return status;
}

NTSTATUS
Forward(PDEVICE_OBJECT Lower, PIRP Irp, PKEVENT Done)
{
    IoCopyCurrentIrpStackLocationToNext(Irp);
    IoSetCompletionRoutine(Irp, Finished, Done, TRUE, TRUE, TRUE);
    return IoCallDriver(Lower, Irp);
}
