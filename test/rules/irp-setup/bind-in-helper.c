#include "wsk.h"

/*
 * The bind moved into a helper that takes the IRP the caller allocated: the caller never set a
 * completion routine on it (WSK017, at the helper's IRP argument). Inlined, it is reported at the
 * bind's Irp; through the helper, at the IRP the caller passes: the helper binds on every path and
 * sets nothing up itself.
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
//                                 ^^^ WSK017 irp reaches WskBind (in BindOn) with no completion routine set
//                                 no fix
    KeWaitForSingleObject(Done, Executive, KernelMode, FALSE, NULL);
    IoFreeIrp(irp);
    return status;
}
