#include "wsk.h"

PIRP
AllocateWskIrp(PKEVENT Done)
{
    PIRP irp = IoAllocateIrp(1, FALSE);

    if (irp == NULL) {
        return NULL;
    }
    IoSetCompletionRoutine(irp, CompletionRoutine, Done, TRUE, TRUE, TRUE);
    return irp;
}
