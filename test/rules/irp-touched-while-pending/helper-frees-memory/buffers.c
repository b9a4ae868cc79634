#include "wsk.h"

/* Helpers in another file that free or unlock the memory a request uses. */

VOID
UnlockAndFree(PMDL Mdl)
{
    MmUnlockPages(Mdl);
    IoFreeMdl(Mdl);
}

VOID
ReleaseRequestMemory(PMDL Mdl, PVOID Data)
{
    UnlockAndFree(Mdl);
    if (Data != NULL) {
        ExFreePoolWithTag(Data, 'tksW');
    }
}
