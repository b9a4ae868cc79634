#include "wsk.h"

/* A helper in another file that frees the IRP it is given. */

VOID
DropIrp(PIRP Irp)
{
    IoFreeIrp(Irp);
}
