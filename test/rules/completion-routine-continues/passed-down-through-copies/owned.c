/* valid: no findings */
#include "wsk.h"

NTSTATUS ForwardOrSignal(PDEVICE_OBJECT DeviceObject, PIRP Irp, PVOID Context);

NTSTATUS
Listen(PWSK_SOCKET Socket, PKEVENT Done)
{
    PIRP irp = IoAllocateIrp(1, FALSE);
    NTSTATUS status;

    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    IoSetCompletionRoutine(irp, ForwardOrSignal, Done, TRUE, TRUE, TRUE);
    status = ((PWSK_PROVIDER_LISTEN_DISPATCH)Socket->Dispatch)->WskListen(Socket, irp);
    KeWaitForSingleObject(Done, Executive, KernelMode, FALSE, NULL);
    IoFreeIrp(irp);
    return status;
}
