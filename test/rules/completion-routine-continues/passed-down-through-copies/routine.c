/* valid: no findings */
#include "wsk.h"

/* Set on IRPs the driver owns (owned.c) and on IRPs a dispatch routine was handed (dispatch.c): it may let completion go on. */

NTSTATUS
ForwardOrSignal(PDEVICE_OBJECT DeviceObject, PIRP Irp, PVOID Context)
{
    if (Context != NULL) {
        KeSetEvent((PKEVENT)Context, IO_NO_INCREMENT, FALSE);
    }
    return STATUS_CONTINUE_COMPLETION;
}
