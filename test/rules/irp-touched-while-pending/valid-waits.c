/* valid: no findings */
#include "wsk.h"

/* The IRP touched only once the WSK call completed, and IRPs that are not this function's to touch. */

#define CONNECTION(_s_) ((PWSK_PROVIDER_CONNECTION_DISPATCH)(_s_)->Dispatch)

NTSTATUS WaitForIrp(PKEVENT Event, PIRP Irp, NTSTATUS Status);
VOID WaitForEvent(PKEVENT Event);

NTSTATUS
WaitWhenPending(PWSK_SOCKET Socket, PWSK_BUF Buffer)
{
    KEVENT done;
    NTSTATUS status;
    PIRP irp = IoAllocateIrp(1, FALSE);

    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    KeInitializeEvent(&done, SynchronizationEvent, FALSE);
    IoSetCompletionRoutine(irp, SendDone, &done, TRUE, TRUE, TRUE);
    status = CONNECTION(Socket)->WskSend(Socket, Buffer, 0, irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(&done, Executive, KernelMode, FALSE, NULL);
        status = irp->IoStatus.Status;
    }
    IoFreeIrp(irp);
    return status;
}

NTSTATUS
UnconditionalWait(PWSK_SOCKET Socket, PVOID Remote, PKEVENT Done)
{
    NTSTATUS status;
    PIRP irp = IoAllocateIrp(1, FALSE);

    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    IoSetCompletionRoutine(irp, ConnectDone, Done, TRUE, TRUE, TRUE);
    CONNECTION(Socket)->WskConnect(Socket, Remote, 0, irp);
    KeWaitForSingleObject(Done, Executive, KernelMode, FALSE, NULL);
    status = irp->IoStatus.Status;
    IoFreeIrp(irp);
    return status;
}

NTSTATUS
FailureIsCompletion(PWSK_SOCKET Socket, PVOID Local)
{
    KEVENT done;
    NTSTATUS status;
    PIRP irp = IoAllocateIrp(1, FALSE);

    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    KeInitializeEvent(&done, SynchronizationEvent, FALSE);
    IoSetCompletionRoutine(irp, BindDone, &done, TRUE, TRUE, TRUE);
    status = CONNECTION(Socket)->WskBind(Socket, Local, 0, irp);
    if (!NT_SUCCESS(status)) {
        /* STATUS_PENDING is a success: a failure has completed. */
        IoFreeIrp(irp);
        return status;
    }
    if (status != STATUS_PENDING) {
        IoFreeIrp(irp);
        return status;
    }
    KeWaitForSingleObject(&done, Executive, KernelMode, FALSE, NULL);
    status = irp->IoStatus.Status;
    IoFreeIrp(irp);
    return status;
}

NTSTATUS
StatusToUnknownWait(PWSK_SOCKET Socket, PWSK_BUF Buffer)
{
    KEVENT done;
    NTSTATUS status;
    PIRP irp = IoAllocateIrp(1, FALSE);

    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    KeInitializeEvent(&done, SynchronizationEvent, FALSE);
    IoSetCompletionRoutine(irp, SendDone, &done, TRUE, TRUE, TRUE);
    status = CONNECTION(Socket)->WskSend(Socket, Buffer, 0, irp);
    status = WaitForIrp(&done, irp, status);
    IoFreeIrp(irp);
    return status;
}

NTSTATUS
EventToUnknownWait(PWSK_PROVIDER_NPI Npi, PIRP Irp)
{
    KEVENT done;
    NTSTATUS status;

    KeInitializeEvent(&done, SynchronizationEvent, FALSE);
    IoInitializeIrp(Irp, IoSizeOfIrp(1), 1);
    IoSetCompletionRoutine(Irp, SocketDone, &done, TRUE, TRUE, TRUE);
    status = Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_DGRAM, IPPROTO_UDP, WSK_FLAG_DATAGRAM_SOCKET,
                                      NULL, NULL, NULL, NULL, NULL, Irp);
    if (status == STATUS_PENDING) {
        /* Given the event the completion routine signals: it may wait for it. */
        WaitForEvent(&done);
    } else if (!NT_SUCCESS(status)) {
        return status;
    }
    return Irp->IoStatus.Status;
}

NTSTATUS
TimeoutThenCancel(PWSK_SOCKET Socket, PVOID Remote)
{
    LARGE_INTEGER timeout;
    KEVENT done;
    NTSTATUS status;
    PIRP irp = IoAllocateIrp(1, FALSE);

    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    timeout.QuadPart = -10000000;
    KeInitializeEvent(&done, SynchronizationEvent, FALSE);
    IoSetCompletionRoutine(irp, ConnectDone, &done, TRUE, TRUE, TRUE);
    status = CONNECTION(Socket)->WskConnect(Socket, Remote, 0, irp);
    if (status == STATUS_PENDING) {
        if (KeWaitForSingleObject(&done, Executive, KernelMode, FALSE, &timeout) == STATUS_TIMEOUT) {
            IoCancelIrp(irp);
            KeWaitForSingleObject(&done, Executive, KernelMode, FALSE, NULL);
        }
        status = irp->IoStatus.Status;
    }
    IoFreeIrp(irp);
    return status;
}

typedef struct _SEND_CONTEXT {
    PIRP Irp;
    WSK_BUF Buffer;
} SEND_CONTEXT, *PSEND_CONTEXT;

NTSTATUS
AsyncSendDone(PDEVICE_OBJECT DeviceObject, PIRP Irp, PVOID Context)
{
    PSEND_CONTEXT send = (PSEND_CONTEXT)Context;

    UNREFERENCED_PARAMETER(DeviceObject);
    /* Complete here: the status is final, and the IRP is this routine's to free. */
    DbgPrint("sent: %x\n", Irp->IoStatus.Status);
    IoFreeIrp(Irp);
    ExFreePool(send);
    return STATUS_MORE_PROCESSING_REQUIRED;
}

NTSTATUS
AsyncSend(PWSK_SOCKET Socket, PSEND_CONTEXT Send)
{
    PIRP irp = IoAllocateIrp(1, FALSE);

    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    Send->Irp = irp;
    IoSetCompletionRoutine(irp, AsyncSendDone, Send, TRUE, TRUE, TRUE);
    return CONNECTION(Socket)->WskSend(Socket, &Send->Buffer, 0, irp);
}

NTSTATUS
NoIrpCompletesAtOnce(PWSK_PROVIDER_NPI Npi, PIRP Irp)
{
    NTSTATUS status;
    ULONG value = 0;
    SIZE_T returned = 0;

    status = Npi->Dispatch->WskControlClient(Npi->Client, WSK_TRANSPORT_LIST_QUERY, 0, NULL, sizeof(value), &value, &returned, NULL);
    IoFreeIrp(Irp);
    return status;
}

LONG
SwitchOnStatus(PWSK_SOCKET Socket, PWSK_BUF Buffer, PIRP Irp)
{
    NTSTATUS status;

    IoSetCompletionRoutine(Irp, QueuedSendDone, NULL, TRUE, TRUE, TRUE);
    status = ((PWSK_PROVIDER_CONNECTION_DISPATCH)Socket->Dispatch)->WskSend(Socket, Buffer, 0, Irp);
    switch (status) {
    case STATUS_PENDING:
        /* Queued: the completion routine reports errors later. */
        return 0;
    case STATUS_SUCCESS:
        return (LONG)Irp->IoStatus.Information;
    }
    return -1;
}

/* A call wrapped in a macro (as tracing wraps calls) is the same call: the wait on its status completes it. */
#define TRACE_CALL(_call) (_call)

NTSTATUS
WaitsForATracedCall(PWSK_SOCKET Socket, PSOCKADDR Local, PKEVENT Done)
{
    NTSTATUS status;
    PIRP irp = IoAllocateIrp(1, FALSE);

    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    IoSetCompletionRoutine(irp, SendDone, Done, TRUE, TRUE, TRUE);
    status = TRACE_CALL(((PWSK_PROVIDER_CONNECTION_DISPATCH)Socket->Dispatch)->WskBind(Socket, Local, 0, irp));
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(Done, Executive, KernelMode, FALSE, NULL);
        status = irp->IoStatus.Status;
    }
    IoFreeIrp(irp);
    return status;
}
