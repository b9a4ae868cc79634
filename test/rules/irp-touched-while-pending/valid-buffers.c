/* valid: no findings */
#include "wsk.h"

/* MDLs, buffers and addresses that live until the WSK call that uses them has completed, or that are handed to whoever completes it. */

#define CONNECTION(_s_) ((PWSK_PROVIDER_CONNECTION_DISPATCH)(_s_)->Dispatch)
#define DATAGRAM(_s_) ((PWSK_PROVIDER_DATAGRAM_DISPATCH)(_s_)->Dispatch)

NTSTATUS
WaitThenFree(PWSK_SOCKET Socket, ULONG Length)
{
    KEVENT done;
    WSK_BUF buf;
    NTSTATUS status = STATUS_INSUFFICIENT_RESOURCES;
    PMDL mdl = NULL;
    PIRP irp = NULL;
    PVOID data = ExAllocatePoolWithTag(NonPagedPoolNx, Length, 'tksW');

    if (data == NULL) {
        goto cleanup;
    }
    mdl = IoAllocateMdl(data, Length, FALSE, FALSE, NULL);
    irp = IoAllocateIrp(1, FALSE);
    if (mdl == NULL || irp == NULL) {
        goto cleanup;
    }
    MmBuildMdlForNonPagedPool(mdl);
    buf.Mdl = mdl;
    buf.Offset = 0;
    buf.Length = Length;
    KeInitializeEvent(&done, SynchronizationEvent, FALSE);
    IoSetCompletionRoutine(irp, SendDone, &done, TRUE, TRUE, TRUE);
    status = CONNECTION(Socket)->WskSend(Socket, &buf, 0, irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(&done, Executive, KernelMode, FALSE, NULL);
        status = irp->IoStatus.Status;
    }
cleanup:
    if (irp != NULL) {
        IoFreeIrp(irp);
    }
    if (mdl != NULL) {
        IoFreeMdl(mdl);
    }
    if (data != NULL) {
        ExFreePoolWithTag(data, 'tksW');
    }
    return status;
}

NTSTATUS
TimeoutCancelAndWaitAgain(PWSK_SOCKET Socket, PMDL Mdl, ULONG Length)
{
    LARGE_INTEGER timeout;
    KEVENT done;
    WSK_BUF buf;
    NTSTATUS status;
    PIRP irp = IoAllocateIrp(1, FALSE);

    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    buf.Mdl = Mdl;
    buf.Offset = 0;
    buf.Length = Length;
    timeout.QuadPart = -10000000;
    KeInitializeEvent(&done, SynchronizationEvent, FALSE);
    IoSetCompletionRoutine(irp, ReceiveDone, &done, TRUE, TRUE, TRUE);
    status = CONNECTION(Socket)->WskReceive(Socket, &buf, 0, irp);
    if (status == STATUS_PENDING) {
        if (KeWaitForSingleObject(&done, Executive, KernelMode, FALSE, &timeout) == STATUS_TIMEOUT) {
            IoCancelIrp(irp);
            KeWaitForSingleObject(&done, Executive, KernelMode, FALSE, NULL);
        }
        status = irp->IoStatus.Status;
    }
    MmUnlockPages(Mdl);
    IoFreeMdl(Mdl);
    IoFreeIrp(irp);
    return status;
}

NTSTATUS
FailedOrDoneFreesAtOnce(PWSK_SOCKET Socket, PVOID Remote, PVOID Context)
{
    NTSTATUS status;
    PCMSGHDR control = ExAllocatePoolWithTag(NonPagedPoolNx, 64, 'tksW');
    PWSK_BUF buffer = ExAllocatePoolWithTag(NonPagedPoolNx, sizeof(WSK_BUF), 'tksW');
    PIRP irp = IoAllocateIrp(1, FALSE);

    if (control == NULL || buffer == NULL || irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    IoSetCompletionRoutine(irp, SendDone, Context, TRUE, TRUE, TRUE);
    status = DATAGRAM(Socket)->WskSendTo(Socket, buffer, 0, Remote, 64, control, irp);
    if (status != STATUS_PENDING) {
        /* Failed or done at once: WSK is finished with the control data. */
        ExFreePoolWithTag(control, 'tksW');
        IoFreeMdl(buffer->Mdl);
        ExFreePoolWithTag(buffer, 'tksW');
        IoFreeIrp(irp);
    }
    return status;
}

typedef struct _RECEIVE_CONTEXT {
    PWSK_SOCKET Socket;
    PIRP Irp;
    PVOID Data;
    WSK_BUF Buffer;
    SOCKADDR_IN Remote;
} RECEIVE_CONTEXT, *PRECEIVE_CONTEXT;

NTSTATUS
ReceiveAgain(PDEVICE_OBJECT DeviceObject, PIRP Irp, PVOID Context)
{
    PRECEIVE_CONTEXT receive = (PRECEIVE_CONTEXT)Context;

    UNREFERENCED_PARAMETER(DeviceObject);
    if (!NT_SUCCESS(Irp->IoStatus.Status)) {
        /* The socket is going away: the context, its buffers and the IRP end here. */
        IoFreeMdl(receive->Buffer.Mdl);
        ExFreePoolWithTag(receive->Data, 'tksW');
        IoFreeIrp(Irp);
        ExFreePoolWithTag(receive, 'tksW');
        return STATUS_MORE_PROCESSING_REQUIRED;
    }
    /* Re-posted from its own completion routine: the buffers live in the context. */
    IoReuseIrp(Irp, STATUS_UNSUCCESSFUL);
    IoSetCompletionRoutine(Irp, ReceiveAgain, receive, TRUE, TRUE, TRUE);
    CONNECTION(receive->Socket)->WskReceive(receive->Socket, &receive->Buffer, 0, Irp);
    return STATUS_MORE_PROCESSING_REQUIRED;
}

NTSTATUS
StartReceiving(PRECEIVE_CONTEXT Receive, ULONG Length)
{
    PIRP irp = IoAllocateIrp(1, FALSE);
    PMDL mdl;

    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    mdl = IoAllocateMdl(Receive->Data, Length, FALSE, FALSE, NULL);
    if (mdl == NULL) {
        IoFreeIrp(irp);
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    MmBuildMdlForNonPagedPool(mdl);
    Receive->Irp = irp;
    Receive->Buffer.Mdl = mdl;
    Receive->Buffer.Offset = 0;
    Receive->Buffer.Length = Length;
    /* Handed off: the context and its buffers belong to ReceiveAgain, which frees them. */
    IoSetCompletionRoutine(irp, ReceiveAgain, Receive, TRUE, TRUE, TRUE);
    return CONNECTION(Receive->Socket)->WskReceive(Receive->Socket, &Receive->Buffer, 0, irp);
}

NTSTATUS
StackBufferHeapMdl(PWSK_SOCKET Socket, PRECEIVE_CONTEXT Context, ULONG Length)
{
    WSK_BUF buf;
    PIRP irp = IoAllocateIrp(1, FALSE);

    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    /* The WSK_BUF is copied by WSK: only the MDL it names (heap) must outlive the call. */
    buf.Mdl = Context->Buffer.Mdl;
    buf.Offset = 0;
    buf.Length = Length;
    Context->Irp = irp;
    IoSetCompletionRoutine(irp, ReceiveAgain, Context, TRUE, TRUE, TRUE);
    return CONNECTION(Socket)->WskReceive(Socket, &buf, 0, irp);
}

NTSTATUS
StackAddressWaited(PWSK_SOCKET Socket, PSOCKADDR_IN Out)
{
    KEVENT done;
    SOCKADDR_IN local;
    ULONG controlLength = 0;
    NTSTATUS status;
    PIRP irp = IoAllocateIrp(1, FALSE);

    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    KeInitializeEvent(&done, SynchronizationEvent, FALSE);
    IoSetCompletionRoutine(irp, AddressDone, &done, TRUE, TRUE, TRUE);
    status = CONNECTION(Socket)->WskGetLocalAddress(Socket, (PSOCKADDR)&local, irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(&done, Executive, KernelMode, FALSE, NULL);
        status = irp->IoStatus.Status;
    }
    if (NT_SUCCESS(status)) {
        *Out = local;
    }
    IoReuseIrp(irp, STATUS_UNSUCCESSFUL);
    IoSetCompletionRoutine(irp, ReceiveDone, &done, TRUE, TRUE, TRUE);
    status = DATAGRAM(Socket)->WskReceiveFrom(Socket, NULL, 0, NULL, &controlLength, NULL, NULL, irp);
    KeWaitForSingleObject(&done, Executive, KernelMode, FALSE, NULL);
    IoFreeIrp(irp);
    return status;
}

NTSTATUS
HandedInIrpIsTheCallersToWaitFor(PWSK_SOCKET Socket, PIRP Irp)
{
    ULONG enable = 1;

    /* The IRP is the caller's, set up there: whether its request is one this function must wait for is not known here. */
    return ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskSetOption, SO_REUSEADDR, SOL_SOCKET,
                                                                              sizeof(enable), &enable, 0, NULL, NULL, Irp);
}
