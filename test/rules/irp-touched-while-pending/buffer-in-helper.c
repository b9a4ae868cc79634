#include "wsk.h"

/*
 * The set moved into a helper that takes the address of the caller's local: the caller returns with
 * the request possibly pending (no wait when NoWait), while WSK still reads `value` in its dead frame
 * (WSK015, at the return). Inlined, it is reported; through the helper too: it makes the set on every
 * path, never waits and returns its status, so its request is the caller's, with the memory it uses.
 */

NTSTATUS
SetReuse(PWSK_SOCKET Socket, PULONG Value, PIRP Irp)
{
    return ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskSetOption, SO_REUSEADDR, SOL_SOCKET,
                                                                             sizeof(ULONG), Value, 0, NULL, NULL, Irp);
}

NTSTATUS
ReuseAddress(PWSK_SOCKET Socket, PIRP Irp, PKEVENT Done, BOOLEAN NoWait)
{
    ULONG value = 1;
    NTSTATUS status;

    IoReuseIrp(Irp, STATUS_UNSUCCESSFUL);
    IoSetCompletionRoutine(Irp, OptionDone, Done, TRUE, TRUE, TRUE);
    status = SetReuse(Socket, &value, Irp);
    if (status == STATUS_PENDING && !NoWait) {
        KeWaitForSingleObject(Done, Executive, KernelMode, FALSE, NULL);
        status = Irp->IoStatus.Status;
    }
    return status;
//  ^^^^^^^^^^^^^^ WSK015 The function returns while WskControlSocket (in SetReuse) at line 25 may still be pending
//  fix: Wait for the IRP (Done) first
//    }
//  + KeWaitForSingleObject(Done, Executive, KernelMode, FALSE, NULL);
//    return status;
}
