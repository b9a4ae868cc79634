/* valid: no findings */
#include "wsk.h"

/* Helpers that free or unlock the memory a request uses, called once the request has completed, or that wait for it first. */

#define CONNECTION(_s_) ((PWSK_PROVIDER_CONNECTION_DISPATCH)(_s_)->Dispatch)

VOID
FreeMdlChain(PMDL Mdl)
{
    PMDL next;

    while (Mdl != NULL) {
        next = Mdl->Next;
        MmUnlockPages(Mdl);
        IoFreeMdl(Mdl);
        Mdl = next;
    }
}

VOID
WaitThenFreeMdl(PKEVENT Done, PMDL Mdl)
{
    /* The free comes after the wait: the request has completed by then. */
    KeWaitForSingleObject(Done, Executive, KernelMode, FALSE, NULL);
    IoFreeMdl(Mdl);
}

VOID
FreeAfterUnknownWait(PKEVENT Done, PMDL Mdl)
{
    /* A routine whose body is not here may wait: what follows it is not judged. */
    WaitForEvent(Done);
    IoFreeMdl(Mdl);
}

VOID
FreeUnlessPending(PMDL Mdl, NTSTATUS Status)
{
    if (Status != STATUS_PENDING) {
        IoFreeMdl(Mdl);
    }
}

NTSTATUS
FreeAfterTheWait(PWSK_SOCKET Socket, PMDL Mdl, ULONG Length)
{
    KEVENT done;
    WSK_BUF buf;
    NTSTATUS status;
    PIRP irp = IoAllocateIrp(1, FALSE);

    if (irp == NULL) {
        FreeMdlChain(Mdl);
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    buf.Mdl = Mdl;
    buf.Offset = 0;
    buf.Length = Length;
    KeInitializeEvent(&done, SynchronizationEvent, FALSE);
    IoSetCompletionRoutine(irp, SendDone, &done, TRUE, TRUE, TRUE);
    status = CONNECTION(Socket)->WskSend(Socket, &buf, 0, irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(&done, Executive, KernelMode, FALSE, NULL);
        status = irp->IoStatus.Status;
    }
    FreeMdlChain(Mdl);
    IoFreeIrp(irp);
    return status;
}

NTSTATUS
FreeWhenNotPending(PWSK_SOCKET Socket, PMDL Mdl, ULONG Length, PVOID Context)
{
    WSK_BUF buf;
    NTSTATUS status;
    PIRP irp = IoAllocateIrp(1, FALSE);

    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    buf.Mdl = Mdl;
    buf.Offset = 0;
    buf.Length = Length;
    IoSetCompletionRoutine(irp, SendDone, Context, TRUE, TRUE, TRUE);
    status = CONNECTION(Socket)->WskSend(Socket, &buf, 0, irp);
    if (status != STATUS_PENDING) {
        /* Completed at once (or failed): the MDL is ours again. */
        FreeMdlChain(Mdl);
        IoFreeIrp(irp);
    }
    return status;
}

NTSTATUS
HelperWaitsFirst(PWSK_SOCKET Socket, PMDL Mdl, ULONG Length)
{
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
    KeInitializeEvent(&done, SynchronizationEvent, FALSE);
    IoSetCompletionRoutine(irp, SendDone, &done, TRUE, TRUE, TRUE);
    status = CONNECTION(Socket)->WskSend(Socket, &buf, 0, irp);
    WaitThenFreeMdl(&done, Mdl);
    IoFreeIrp(irp);
    return status;
}

NTSTATUS
HelperMayWaitFirst(PWSK_SOCKET Socket, PMDL Mdl, ULONG Length)
{
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
    KeInitializeEvent(&done, SynchronizationEvent, FALSE);
    IoSetCompletionRoutine(irp, SendDone, &done, TRUE, TRUE, TRUE);
    status = CONNECTION(Socket)->WskSend(Socket, &buf, 0, irp);
    FreeAfterUnknownWait(&done, Mdl);
    IoFreeIrp(irp);
    return status;
}

NTSTATUS
HelperTestsTheStatus(PWSK_SOCKET Socket, PMDL Mdl, ULONG Length, PVOID Context)
{
    WSK_BUF buf;
    NTSTATUS status;
    PIRP irp = IoAllocateIrp(1, FALSE);

    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    buf.Mdl = Mdl;
    buf.Offset = 0;
    buf.Length = Length;
    IoSetCompletionRoutine(irp, SendDone, Context, TRUE, TRUE, TRUE);
    status = CONNECTION(Socket)->WskSend(Socket, &buf, 0, irp);
    /* Handed the call's status, the helper decides: not judged here. */
    FreeUnlessPending(Mdl, status);
    return status;
}

NTSTATUS
FreesAnotherMdl(PWSK_SOCKET Socket, PMDL Mdl, PMDL Spare, ULONG Length, PVOID Context)
{
    WSK_BUF buf;
    NTSTATUS status;
    PIRP irp = IoAllocateIrp(1, FALSE);

    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    buf.Mdl = Mdl;
    buf.Offset = 0;
    buf.Length = Length;
    IoSetCompletionRoutine(irp, SendDone, Context, TRUE, TRUE, TRUE);
    status = CONNECTION(Socket)->WskSend(Socket, &buf, 0, irp);
    /* Not the MDL the send uses. */
    FreeMdlChain(Spare);
    return status;
}
