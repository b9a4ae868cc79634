#include "wsk.h"

/* Completion routines set with a constant FALSE Invoke flag, and IRPs with no stack location. */

#define CONNECTION(_s_) ((PWSK_PROVIDER_CONNECTION_DISPATCH)(_s_)->Dispatch)

NTSTATUS
SkippedOnError(PWSK_SOCKET Socket, PVOID Local, PKEVENT Done)
{
    PIRP irp = IoAllocateIrp(1, FALSE);
    NTSTATUS status;

    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    IoSetCompletionRoutine(irp, SyncDone, Done, TRUE, FALSE, FALSE);
//                                                    ^^^^^ WSK017 InvokeOnError is FALSE: the completion routine is skipped when the request fails
//                                                    preferred fix: Replace FALSE with TRUE (InvokeOnError)
//                                                    = TRUE
//                                                           ^^^^^ WSK017 InvokeOnCancel is FALSE
//                                                           preferred fix: Replace FALSE with TRUE (InvokeOnCancel)
//                                                           = TRUE
    status = CONNECTION(Socket)->WskBind(Socket, Local, 0, irp);
    KeWaitForSingleObject(Done, Executive, KernelMode, FALSE, NULL);
    IoFreeIrp(irp);
    return status;
}

NTSTATUS
ExForm(PDEVICE_OBJECT Device, PWSK_SOCKET Socket, PVOID Local, PKEVENT Done)
{
    PIRP irp = IoAllocateIrp(1, FALSE);
    NTSTATUS status;

    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    status = IoSetCompletionRoutineEx(Device, irp, SyncDone, Done, 0, TRUE, TRUE);
//                                                                 ^ WSK017 InvokeOnSuccess is FALSE
//                                                                 preferred fix: Replace FALSE with TRUE (InvokeOnSuccess)
//                                                                 = TRUE
    if (!NT_SUCCESS(status)) {
        IoFreeIrp(irp);
        return status;
    }
    status = CONNECTION(Socket)->WskBind(Socket, Local, 0, irp);
    KeWaitForSingleObject(Done, Executive, KernelMode, FALSE, NULL);
    IoFreeIrp(irp);
    return status;
}

NTSTATUS
NoStackLocation(PWSK_SOCKET Socket, PVOID Local, PKEVENT Done)
{
    PIRP irp = IoAllocateIrp(0, FALSE);
//                           ^ WSK017 StackSize must be at least 1 for an IRP given to WskBind, not 0
//                           preferred fix: Allocate the IRP with one stack location
//                           = 1
    NTSTATUS status;

    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    IoSetCompletionRoutine(irp, SyncDone, Done, TRUE, TRUE, TRUE);
    status = CONNECTION(Socket)->WskBind(Socket, Local, 0, irp);
    KeWaitForSingleObject(Done, Executive, KernelMode, FALSE, NULL);
    IoFreeIrp(irp);
    return status;
}
