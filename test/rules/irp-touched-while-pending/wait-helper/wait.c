/* valid: no findings */
#include "wsk.h"

/* A wait helper in another file: its summary waits. */

NTSTATUS
WaitForRequest(PKEVENT Event, PIRP Irp, NTSTATUS Status)
{
    if (Status == STATUS_PENDING) {
        KeWaitForSingleObject(Event, Executive, KernelMode, FALSE, NULL);
        Status = Irp->IoStatus.Status;
    }
    return Status;
}
