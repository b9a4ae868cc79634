#include "wsk.h"

VOID PrepareSend(PIRP Irp, PKEVENT Done);

NTSTATUS
SendAll(PWSK_SOCKET Socket, PWSK_BUF Buffer, ULONG Count, PKEVENT Done)
{
    PIRP irp = IoAllocateIrp(1, FALSE);
    NTSTATUS status = STATUS_SUCCESS;
    ULONG i;

    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    for (i = 0; i < Count && NT_SUCCESS(status); i++) {
        PrepareSend(irp, Done);
        status = ((PWSK_PROVIDER_CONNECTION_DISPATCH)Socket->Dispatch)->WskSend(Socket, &Buffer[i], 0, irp);
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(Done, Executive, KernelMode, FALSE, NULL);
            status = irp->IoStatus.Status;
        }
    }
    IoFreeIrp(irp);
    return status;
}
