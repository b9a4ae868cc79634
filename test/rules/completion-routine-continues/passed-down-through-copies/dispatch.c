/* valid: no findings */
#include "wsk.h"

/*
 * As passed-down-across-files, with the IRP the dispatch routine was handed reaching the setter through
 * copies (and a cast): the routine is still set on an IRP the driver does not own, so it must let completion go on.
 */

NTSTATUS ForwardOrSignal(PDEVICE_OBJECT DeviceObject, PIRP Irp, PVOID Context);

static VOID
PassOn(PIRP Irp)
{
    PIRP next = Irp;

    IoCopyCurrentIrpStackLocationToNext(next);
    IoSetCompletionRoutine((PIRP)next, ForwardOrSignal, NULL, TRUE, TRUE, TRUE);
}

NTSTATUS
DispatchDeviceControl(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PIRP request = Irp;

    PassOn(request);
    return IoCallDriver(((PDEVICE_EXTENSION)DeviceObject->DeviceExtension)->Lower, Irp);
}
