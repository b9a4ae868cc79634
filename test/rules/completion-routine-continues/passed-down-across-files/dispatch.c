/* valid: no findings */
#include "wsk.h"

NTSTATUS ForwardOrSignal(PDEVICE_OBJECT DeviceObject, PIRP Irp, PVOID Context);

static VOID
PassOn(PIRP Irp)
{
    IoCopyCurrentIrpStackLocationToNext(Irp);
    IoSetCompletionRoutine(Irp, ForwardOrSignal, NULL, TRUE, TRUE, TRUE);
}

NTSTATUS
DispatchDeviceControl(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PassOn(Irp);
    return IoCallDriver(((PDEVICE_EXTENSION)DeviceObject->DeviceExtension)->Lower, Irp);
}
