/*++

Module Name:

    irp.c

Abstract:

    Synchronous IRP helpers of the socket security monitor.

--*/

#include "secmon.h"

static IO_COMPLETION_ROUTINE SmIrpCompletion;

static
NTSTATUS
SmIrpCompletion(
    _In_ PDEVICE_OBJECT DeviceObject,
    _In_ PIRP Irp,
    _In_reads_opt_(_Inexpressible_("varies")) PVOID Context
    )
{
    UNREFERENCED_PARAMETER(DeviceObject);
    UNREFERENCED_PARAMETER(Irp);

    if (Context != NULL) {
        KeSetEvent((PKEVENT)Context, IO_NO_INCREMENT, FALSE);
    }
    return STATUS_MORE_PROCESSING_REQUIRED;
}

_Use_decl_annotations_
PIRP
SmAllocateSyncIrp(
    PKEVENT Event
    )
{
    PIRP irp;

    irp = IoAllocateIrp(1, FALSE);
    if (irp != NULL) {
        KeClearEvent(Event);
        IoSetCompletionRoutine(irp, SmIrpCompletion, Event, TRUE, TRUE, TRUE);
    }
    return irp;
}

//
// Waits for an IRP that the provider returned STATUS_PENDING for, and
// returns its final status. The IRP can be reused or freed afterwards.
//
_Use_decl_annotations_
NTSTATUS
SmWaitForIrp(
    PIRP Irp,
    PKEVENT Event,
    NTSTATUS Status
    )
{
    if (Status == STATUS_PENDING) {
        (VOID)KeWaitForSingleObject(Event, Executive, KernelMode, FALSE, NULL);
        Status = Irp->IoStatus.Status;
    }
    return Status;
}
