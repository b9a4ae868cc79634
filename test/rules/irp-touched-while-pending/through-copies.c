#include "wsk.h"

/*
 * Helpers that send on a copy of the IRP they are handed, or through a typed copy of a context that
 * holds it: the request is still the caller's, on the caller's IRP. Freeing that IRP with no wait
 * while the send may be pending is WSK015, as if the caller had sent.
 */

typedef struct _SEND_CONTEXT {
    PWSK_SOCKET Socket;
    PIRP Irp;
    KEVENT Done;
} SEND_CONTEXT, *PSEND_CONTEXT;

NTSTATUS
SendOnCopy(PWSK_SOCKET Socket, PWSK_BUF Buffer, PIRP Irp)
{
    PIRP irp = Irp;

    return ((PWSK_PROVIDER_CONNECTION_DISPATCH)Socket->Dispatch)->WskSend(Socket, Buffer, 0, irp);
}

NTSTATUS
SendOnContext(PVOID Context, PWSK_BUF Buffer)
{
    PSEND_CONTEXT send = (PSEND_CONTEXT)Context;

    return ((PWSK_PROVIDER_CONNECTION_DISPATCH)send->Socket->Dispatch)->WskSend(send->Socket, Buffer, 0, send->Irp);
}

NTSTATUS
FreesTheCopiedRequest(PWSK_SOCKET Socket, PWSK_BUF Buffer, PVOID Context)
{
    NTSTATUS status;
    PIRP irp = IoAllocateIrp(1, FALSE);

    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    IoSetCompletionRoutine(irp, SendDone, Context, TRUE, TRUE, TRUE);
    status = SendOnCopy(Socket, Buffer, irp);
    IoFreeIrp(irp);
//            ^^^ WSK015 The IRP is freed while WskSend (in SendOnCopy) at line 41 may still be pending
//            no fix
    return status;
}

NTSTATUS
FreesTheContextsRequest(PSEND_CONTEXT Send, PWSK_BUF Buffer)
{
    NTSTATUS status;

    Send->Irp = IoAllocateIrp(1, FALSE);
    if (Send->Irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    IoSetCompletionRoutine(Send->Irp, SendDone, &Send->Done, TRUE, TRUE, TRUE);
    status = SendOnContext(Send, Buffer);
    IoFreeIrp(Send->Irp);
//            ^^^^^^^^^ WSK015 The IRP is freed while WskSend (in SendOnContext) at line 58 may still be pending
//            no fix
    Send->Irp = NULL;
    return status;
}

NTSTATUS
WaitsForTheCopiedRequest(PSEND_CONTEXT Send, PWSK_BUF Buffer)
{
    NTSTATUS status;
    PSEND_CONTEXT copy = Send;

    Send->Irp = IoAllocateIrp(1, FALSE);
    if (Send->Irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    IoSetCompletionRoutine(Send->Irp, SendDone, &Send->Done, TRUE, TRUE, TRUE);
    status = SendOnContext(copy, Buffer);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(&copy->Done, Executive, KernelMode, FALSE, NULL);
        status = Send->Irp->IoStatus.Status;
    }
    IoFreeIrp(copy->Irp);
    Send->Irp = NULL;
    return status;
}
