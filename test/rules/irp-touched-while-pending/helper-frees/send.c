#include "wsk.h"

VOID DropIrp(PIRP Irp);

NTSTATUS
SendAndDrop(PWSK_SOCKET Socket, PWSK_BUF Buffer, PKEVENT Done)
{
    NTSTATUS status;
    PIRP irp = IoAllocateIrp(1, FALSE);

    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    IoSetCompletionRoutine(irp, SendDone, Done, TRUE, TRUE, TRUE);
    status = ((PWSK_PROVIDER_CONNECTION_DISPATCH)Socket->Dispatch)->WskSend(Socket, Buffer, 0, irp);
    DropIrp(irp);
//          ^^^ WSK015 DropIrp frees the IRP while WskSend at line 15 may still be pending
//          fix: Wait for the IRP (Done) first
//            status = ((PWSK_PROVIDER_CONNECTION_DISPATCH)Socket->Dispatch)->WskSend(Socket, Buffer, 0, irp);
//          + KeWaitForSingleObject(Done, Executive, KernelMode, FALSE, NULL);
//            DropIrp(irp);
    return status;
}
