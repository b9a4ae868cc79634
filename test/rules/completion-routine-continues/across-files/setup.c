#include "wsk.h"

NTSTATUS SendComplete(PDEVICE_OBJECT DeviceObject, PIRP Irp, PVOID Context);

VOID
PrepareSend(PIRP Irp, PKEVENT Done)
{
    IoReuseIrp(Irp, STATUS_UNSUCCESSFUL);
    IoSetCompletionRoutine(Irp, SendComplete, Done, TRUE, TRUE, TRUE);
}
