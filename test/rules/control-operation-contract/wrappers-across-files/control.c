#include "control.h"

NTSTATUS
ControlSocket(PWSK_SOCKET Socket, WSK_CONTROL_SOCKET_TYPE Type, ULONG Code, ULONG Level,
              SIZE_T InputSize, PVOID Input, SIZE_T OutputSize, PVOID Output, SIZE_T *Returned)
{
    KEVENT done;
    NTSTATUS status;
    PIRP irp = IoAllocateIrp(1, FALSE);

    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    KeInitializeEvent(&done, SynchronizationEvent, FALSE);
    IoSetCompletionRoutine(irp, SyncDone, &done, TRUE, TRUE, TRUE);
    status = ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, Type, Code, Level,
                                                                                InputSize, Input, OutputSize, Output,
                                                                                Returned, irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(&done, Executive, KernelMode, FALSE, NULL);
        status = irp->IoStatus.Status;
    }
    IoFreeIrp(irp);
    return status;
}
