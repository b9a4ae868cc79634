#include "wsk.h"

/*
 * The bind moved into a helper that takes the IRP the caller allocated: the caller never set a
 * completion routine on it (WSK017, at the helper's IRP argument). Inlined, it is reported at the
 * bind's Irp; through the helper, not: the helper's WSK call sees an IRP handed in, whose setup is
 * unknown, and the caller's helper call is no WSK call.
 */

NTSTATUS
BindOn(PWSK_SOCKET Socket, PSOCKADDR Local, PIRP Irp)
{
    return ((PWSK_PROVIDER_CONNECTION_DISPATCH)Socket->Dispatch)->WskBind(Socket, Local, 0, Irp);
}

NTSTATUS
BindWithoutRoutine(PWSK_SOCKET Socket, PSOCKADDR Local, PKEVENT Done)
{
    NTSTATUS status;
    PIRP irp = IoAllocateIrp(1, FALSE);

    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    status = BindOn(Socket, Local, irp);
//                                 ^^^ WSK017
    KeWaitForSingleObject(Done, Executive, KernelMode, FALSE, NULL);
    IoFreeIrp(irp);
    return status;
}
