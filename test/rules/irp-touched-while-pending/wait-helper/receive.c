/* valid: no findings */
#include "wsk.h"

NTSTATUS WaitForRequest(PKEVENT Event, PIRP Irp, NTSTATUS Status);

NTSTATUS
ReceiveSync(PWSK_SOCKET Socket, PWSK_BUF Buffer, PULONG Received)
{
    KEVENT done;
    NTSTATUS status;
    PIRP irp = IoAllocateIrp(1, FALSE);

    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    KeInitializeEvent(&done, SynchronizationEvent, FALSE);
    IoSetCompletionRoutine(irp, ReceiveDone, &done, TRUE, TRUE, TRUE);
    status = ((PWSK_PROVIDER_CONNECTION_DISPATCH)Socket->Dispatch)->WskReceive(Socket, Buffer, 0, irp);
    status = WaitForRequest(&done, irp, status);
    if (NT_SUCCESS(status)) {
        *Received = (ULONG)irp->IoStatus.Information;
    }
    IoFreeIrp(irp);
    return status;
}
