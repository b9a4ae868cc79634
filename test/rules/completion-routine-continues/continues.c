#include "wsk.h"

/* Completion routines set on IRPs the driver allocated, which reach WSK calls, that let completion go on. */

#define CONNECTION(_s_) ((PWSK_PROVIDER_CONNECTION_DISPATCH)(_s_)->Dispatch)
#define SIGNAL_AND_CONTINUE(_ev_) \
    KeSetEvent((_ev_), IO_NO_INCREMENT, FALSE); \
    return STATUS_SUCCESS

NTSTATUS
ReturnsSuccess(PDEVICE_OBJECT DeviceObject, PIRP Irp, PVOID Context)
{
    KeSetEvent((PKEVENT)Context, IO_NO_INCREMENT, FALSE);
    return STATUS_SUCCESS;
//         ^^^^^^^^^^^^^^ WSK016 ReturnsSuccess returns STATUS_SUCCESS instead of STATUS_MORE_PROCESSING_REQUIRED
//         preferred fix: Return STATUS_MORE_PROCESSING_REQUIRED
//         = STATUS_MORE_PROCESSING_REQUIRED
}

NTSTATUS
ReturnsTheIrpStatus(PDEVICE_OBJECT DeviceObject, PIRP Irp, PVOID Context)
{
    if (Irp->PendingReturned) {
        KeSetEvent((PKEVENT)Context, IO_NO_INCREMENT, FALSE);
    }
    return Irp->IoStatus.Status;
//         ^^^^^^^^^^^^^^^^^^^^ WSK016 returns Irp->IoStatus.Status
//         preferred fix: Return STATUS_MORE_PROCESSING_REQUIRED
//         = STATUS_MORE_PROCESSING_REQUIRED
}

NTSTATUS
ContinuesOnAnErrorPath(PDEVICE_OBJECT DeviceObject, PIRP Irp, PVOID Context)
{
    NTSTATUS result = STATUS_MORE_PROCESSING_REQUIRED;

    if (Context == NULL) {
        result = STATUS_CONTINUE_COMPLETION;
        goto Done;
    }
    switch (Irp->IoStatus.Status) {
    case STATUS_CANCELLED:
        return ContinueCompletion;
//             ^^^^^^^^^^^^^^^^^^ WSK016 returns ContinueCompletion
//             preferred fix: Return STATUS_MORE_PROCESSING_REQUIRED
//             = STATUS_MORE_PROCESSING_REQUIRED
    default:
        KeSetEvent((PKEVENT)Context, IO_NO_INCREMENT, FALSE);
        break;
    }
Done:
    return result;
//         ^^^^^^ WSK016 returns STATUS_CONTINUE_COMPLETION
//         preferred fix: Return STATUS_MORE_PROCESSING_REQUIRED
//         = STATUS_MORE_PROCESSING_REQUIRED
}

NTSTATUS
FallsOffItsEnd(PDEVICE_OBJECT DeviceObject, PIRP Irp, PVOID Context)
{
    __try {
        KeSetEvent((PKEVENT)Context, IO_NO_INCREMENT, FALSE);
    } __finally {
        IoFreeIrp(Irp);
    }
}
// @col 1-2 WSK016 FallsOffItsEnd falls off its end without returning STATUS_MORE_PROCESSING_REQUIRED
// preferred fix: Return STATUS_MORE_PROCESSING_REQUIRED at the end of FallsOffItsEnd
//       }
// +     return STATUS_MORE_PROCESSING_REQUIRED;
//   }

NTSTATUS
ByAMacro(PDEVICE_OBJECT DeviceObject, PIRP Irp, PVOID Context)
{
    SIGNAL_AND_CONTINUE((PKEVENT)Context);
//  ^^^^^^^^^^^^^^^^^^^ WSK016 returns STATUS_SUCCESS
//  no fix: the return is written by a macro
}

NTSTATUS
Issue(PWSK_SOCKET Socket, PWSK_BUF Buffer, PVOID Local, PKEVENT Done, ULONG Which)
{
    PIRP irp = IoAllocateIrp(1, FALSE);
    NTSTATUS status;

    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    switch (Which) {
    case 0:
        IoSetCompletionRoutine(irp, ReturnsSuccess, Done, TRUE, TRUE, TRUE);
        break;
    case 1:
        IoSetCompletionRoutine(irp, ReturnsTheIrpStatus, Done, TRUE, TRUE, TRUE);
        break;
    case 2:
        IoSetCompletionRoutine(irp, (PIO_COMPLETION_ROUTINE)ContinuesOnAnErrorPath, Done, TRUE, TRUE, TRUE);
        break;
    case 3:
        IoSetCompletionRoutine(irp, &ByAMacro, Done, TRUE, TRUE, TRUE);
        break;
    default:
        IoSetCompletionRoutine(irp, FallsOffItsEnd, Done, TRUE, TRUE, TRUE);
        return CONNECTION(Socket)->WskSend(Socket, Buffer, 0, irp);
    }
    status = CONNECTION(Socket)->WskBind(Socket, Local, 0, irp);
    KeWaitForSingleObject(Done, Executive, KernelMode, FALSE, NULL);
    IoFreeIrp(irp);
    return status;
}
