#include "wsk.h"

/*
 * The send moved into a helper that takes the IRP the caller allocated and set up: the caller frees
 * the IRP with no wait, while the send may still be pending (WSK015, at IoFreeIrp). Inlined, it is
 * reported; through the helper too: its send, on every path and not waited for, is the caller's request.
 */

NTSTATUS
SendOn(PWSK_SOCKET Socket, PWSK_BUF Buffer, PIRP Irp)
{
    return ((PWSK_PROVIDER_CONNECTION_DISPATCH)Socket->Dispatch)->WskSend(Socket, Buffer, 0, Irp);
}

NTSTATUS
SendNoWait(PWSK_SOCKET Socket, PWSK_BUF Buffer, PVOID Context)
{
    NTSTATUS status;
    PIRP irp = IoAllocateIrp(1, FALSE);

    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    IoSetCompletionRoutine(irp, SendDone, Context, TRUE, TRUE, TRUE);
    status = SendOn(Socket, Buffer, irp);
    IoFreeIrp(irp);
//            ^^^ WSK015 The IRP is freed while WskSend (in SendOn) at line 25 may still be pending
//            no fix
    return status;
}
