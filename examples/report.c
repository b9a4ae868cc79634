/*++

Module Name:

    report.c

Abstract:

    Connects to a collector and sends it the listener's status, with an IRP of its own for each
    request.

Environment:

    Kernel mode only.

--*/

#include "listener.h"

IO_COMPLETION_ROUTINE ReportIrpCompletion;

_Use_decl_annotations_
NTSTATUS
ReportIrpCompletion(
    PDEVICE_OBJECT Reserved,
    PIRP Irp,
    PVOID Context
    )
{
    UNREFERENCED_PARAMETER(Reserved);
    UNREFERENCED_PARAMETER(Irp);

    KeSetEvent((PKEVENT)Context, IO_NO_INCREMENT, FALSE);
    return STATUS_MORE_PROCESSING_REQUIRED;
}

_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
ReportSendStatus(
    _In_ PWSK_SOCKET Socket,
    _In_ ULONG Status,
    _In_ BOOLEAN Urgent
    )
{
    KEVENT done;
    WSK_BUF buffer;
    ULONG report = Status;
    NTSTATUS status;
    PIRP irp;

    irp = IoAllocateIrp(1, FALSE);
    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    buffer.Mdl = IoAllocateMdl(&report, sizeof(report), FALSE, FALSE, NULL);
    if (buffer.Mdl == NULL) {
        IoFreeIrp(irp);
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    MmBuildMdlForNonPagedPool(buffer.Mdl);
    buffer.Offset = 0;
    buffer.Length = sizeof(report);

    KeInitializeEvent(&done, NotificationEvent, FALSE);
    IoSetCompletionRoutine(irp, ReportIrpCompletion, &done, TRUE, TRUE, TRUE);
    status = WSK_CONNECTION(Socket)->WskSend(Socket, &buffer, 0, irp);
    if (status == STATUS_PENDING) {
        if (Urgent) {
            //
            // Do not hold the caller up: the send completes on its own.
            //
            return STATUS_PENDING;
        }
        KeWaitForSingleObject(&done, Executive, KernelMode, FALSE, NULL);
        status = irp->IoStatus.Status;
    }

    IoFreeMdl(buffer.Mdl);
    IoFreeIrp(irp);
    return status;
}

_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
ReportConnect(
    _In_ PSOCKADDR LocalAddress,
    _In_ PSOCKADDR Collector,
    _Out_ PWSK_SOCKET *Socket
    )
{
    KEVENT done;
    PWSK_SOCKET socket;
    NTSTATUS status;
    PIRP irp;

    irp = IoAllocateIrp(1, FALSE);
    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    KeInitializeEvent(&done, NotificationEvent, FALSE);
    IoSetCompletionRoutine(irp, ReportIrpCompletion, &done, TRUE, TRUE, TRUE);
    status = g_ProviderNpi.Dispatch->WskSocketConnect(
        g_ProviderNpi.Client,
        SOCK_STREAM,
        IPPROTO_TCP,
        LocalAddress,
        Collector,
        0,
        NULL,
        NULL,
        NULL,
        NULL,
        NULL,
        irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(&done, Executive, KernelMode, FALSE, NULL);
        status = irp->IoStatus.Status;
    }
    if (!NT_SUCCESS(status)) {
        IoFreeIrp(irp);
        return status;
    }
    socket = (PWSK_SOCKET)irp->IoStatus.Information;
    IoFreeIrp(irp);

    //
    // Say hello first: a collector that does not take it is no use.
    //
    status = ReportSendStatus(socket, 0, FALSE);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    *Socket = socket;
    return STATUS_SUCCESS;
}

_IRQL_requires_max_(PASSIVE_LEVEL)
VOID
ReportDisconnect(
    _In_ PWSK_SOCKET Socket
    )
{
    KEVENT done;
    PIRP irp;

    irp = IoAllocateIrp(1, FALSE);
    if (irp == NULL) {
        return;
    }
    KeInitializeEvent(&done, NotificationEvent, FALSE);
    IoSetCompletionRoutine(irp, ReportIrpCompletion, &done, TRUE, TRUE, TRUE);
    WSK_BASIC(Socket)->WskCloseSocket(Socket, irp);
    KeWaitForSingleObject(&done, Executive, KernelMode, FALSE, NULL);

    //
    // Drop whatever the collector has not read yet.
    //
    KeClearEvent(&done);
    IoReuseIrp(irp, STATUS_UNSUCCESSFUL);
    IoSetCompletionRoutine(irp, ReportIrpCompletion, &done, TRUE, TRUE, TRUE);
    WSK_CONNECTION(Socket)->WskDisconnect(Socket, NULL, WSK_FLAG_ABORTIVE, irp);
    KeWaitForSingleObject(&done, Executive, KernelMode, FALSE, NULL);
    IoFreeIrp(irp);
}
