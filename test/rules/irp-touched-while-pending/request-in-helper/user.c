#include "io.h"

NTSTATUS
GotoCleanupFreesTheIrp(PWSK_SOCKET Socket, PWSK_BUF Buffer, PVOID Context, BOOLEAN Abort)
{
    NTSTATUS status;
    PIRP irp = IoAllocateIrp(1, FALSE);

    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    IoSetCompletionRoutine(irp, SendDone, Context, TRUE, TRUE, TRUE);
    status = SendBuffer(Socket, Buffer, irp);
    if (Abort) {
        goto cleanup;
    }
    return status;

cleanup:
    IoFreeIrp(irp);
//            ^^^ WSK015 The IRP is freed while WskSend (in SendBuffer) at line 13 may still be pending
//            no fix
    return status;
}

NTSTATUS
FreesTheMdlEarly(PWSK_SOCKET Socket, PVOID Data, ULONG Length, PIRP Irp, PVOID Context)
{
    WSK_BUF wskBuf;
    NTSTATUS status;

    wskBuf.Mdl = IoAllocateMdl(Data, Length, FALSE, FALSE, NULL);
    if (wskBuf.Mdl == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    MmBuildMdlForNonPagedPool(wskBuf.Mdl);
    wskBuf.Offset = 0;
    wskBuf.Length = Length;
    IoReuseIrp(Irp, STATUS_UNSUCCESSFUL);
    IoSetCompletionRoutine(Irp, SendDone, Context, TRUE, TRUE, TRUE);
    status = SendThroughTwo(Socket, &wskBuf, Irp);
    IoFreeMdl(wskBuf.Mdl);
//            ^^^^^^^^^^ WSK015 The MDL wskBuf.Mdl is freed while WskSend (in SendThroughTwo) at line 41 may still be pending
//            no fix
    return status;
}

NTSTATUS
WaitsWhenPending(PWSK_SOCKET Socket, PWSK_BUF Buffer, PKEVENT Done)
{
    NTSTATUS status;
    PIRP irp = IoAllocateIrp(1, FALSE);

    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    IoSetCompletionRoutine(irp, SendDone, Done, TRUE, TRUE, TRUE);
    status = SendBuffer(Socket, Buffer, irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(Done, Executive, KernelMode, FALSE, NULL);
        status = irp->IoStatus.Status;
    }
    IoFreeIrp(irp);
    return status;
}

NTSTATUS
HelperWaits(PWSK_SOCKET Socket, PWSK_BUF Buffer, PKEVENT Done)
{
    NTSTATUS status;
    PIRP irp = IoAllocateIrp(1, FALSE);

    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    IoSetCompletionRoutine(irp, SendDone, Done, TRUE, TRUE, TRUE);
    status = SendAndWait(Socket, Buffer, irp, Done);
    IoFreeIrp(irp);
    return status;
}

NTSTATUS
HelperMayNotSend(PWSK_SOCKET Socket, PWSK_BUF Buffer, PVOID Context)
{
    NTSTATUS status;
    PIRP irp = IoAllocateIrp(1, FALSE);

    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    IoSetCompletionRoutine(irp, SendDone, Context, TRUE, TRUE, TRUE);
    /* SendIfAny may return before sending: no sure request (not judged). */
    status = SendIfAny(Socket, Buffer, irp);
    IoFreeIrp(irp);
    return status;
}

NTSTATUS
HelperHidesTheStatus(PWSK_SOCKET Socket, PWSK_BUF Buffer, PVOID Context)
{
    NTSTATUS status;
    PIRP irp = IoAllocateIrp(1, FALSE);

    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    IoSetCompletionRoutine(irp, SendDone, Context, TRUE, TRUE, TRUE);
    /* SendQuietly does not return the send's status: the caller cannot tell, and it is not judged. */
    status = SendQuietly(Socket, Buffer, irp);
    IoFreeIrp(irp);
    return status;
}

NTSTATUS
FieldIrpMayNotWait(PSERVER Server, BOOLEAN NoWait)
{
    ULONG on = 1;
    NTSTATUS status;

    IoReuseIrp(Server->Irp, STATUS_UNSUCCESSFUL);
    IoSetCompletionRoutine(Server->Irp, OptionDone, &Server->Event, TRUE, TRUE, TRUE);
    status = SetReuseOn(Server, &on);
    if (status == STATUS_PENDING && !NoWait) {
        KeWaitForSingleObject(&Server->Event, Executive, KernelMode, FALSE, NULL);
        status = Server->Irp->IoStatus.Status;
    }
    return status;
//  ^^^^^^^^^^^^^^ WSK015 The function returns while WskControlSocket (in SetReuseOn) at line 122 may still be pending
//  no fix
}

NTSTATUS
FieldIrpWaited(PSERVER Server)
{
    ULONG on = 1;
    NTSTATUS status;

    IoReuseIrp(Server->Irp, STATUS_UNSUCCESSFUL);
    IoSetCompletionRoutine(Server->Irp, OptionDone, &Server->Event, TRUE, TRUE, TRUE);
    status = SetReuseOn(Server, &on);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(&Server->Event, Executive, KernelMode, FALSE, NULL);
        status = Server->Irp->IoStatus.Status;
    }
    return status;
}
