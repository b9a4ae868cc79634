#include "wsk.h"

/* The routine: set in setup.c, on an IRP send.c allocates and gives to WskSend. */

NTSTATUS
SendComplete(PDEVICE_OBJECT DeviceObject, PIRP Irp, PVOID Context)
{
    PKEVENT done = (PKEVENT)Context;

    if (!NT_SUCCESS(Irp->IoStatus.Status)) {
        KeSetEvent(done, IO_NO_INCREMENT, FALSE);
        return STATUS_SUCCESS;
//             ^^^^^^^^^^^^^^ WSK016 SendComplete returns STATUS_SUCCESS instead of STATUS_MORE_PROCESSING_REQUIRED
//             preferred fix: Return STATUS_MORE_PROCESSING_REQUIRED
//             = STATUS_MORE_PROCESSING_REQUIRED
    }
    KeSetEvent(done, IO_NO_INCREMENT, FALSE);
    return STATUS_MORE_PROCESSING_REQUIRED;
}
