/* valid: no findings */
#include "wsk.h"

/* Completion routines that stop completion, and routines that may let it go on. */

#define CONNECTION(_s_) ((PWSK_PROVIDER_CONNECTION_DISPATCH)(_s_)->Dispatch)
#define STOP_HERE STATUS_MORE_PROCESSING_REQUIRED

typedef struct _CONN {
    PWSK_SOCKET Socket;
    WSK_BUF Buffer;
} CONN, *PCONN;

NTSTATUS
Stops(PDEVICE_OBJECT DeviceObject, PIRP Irp, PVOID Context)
{
    KeSetEvent((PKEVENT)Context, IO_NO_INCREMENT, FALSE);
    return STATUS_MORE_PROCESSING_REQUIRED;
}

IO_COMPLETION_ROUTINE_RESULT
StopsByResult(PDEVICE_OBJECT DeviceObject, PIRP Irp, PVOID Context)
{
    KeSetEvent((PKEVENT)Context, IO_NO_INCREMENT, FALSE);
    return StopCompletion;
}

NTSTATUS
StopsThroughAVariable(PDEVICE_OBJECT DeviceObject, PIRP Irp, PVOID Context)
{
    NTSTATUS result = STATUS_MORE_PROCESSING_REQUIRED;

    if (Context != NULL) {
        KeSetEvent((PKEVENT)Context, IO_NO_INCREMENT, FALSE);
        result = STOP_HERE;
    }
    return result;
}

NTSTATUS
FreesItsIrp(PDEVICE_OBJECT DeviceObject, PIRP Irp, PVOID Context)
{
    /* Fire and forget: the routine frees the IRP itself, and stops completion. */
    ExFreePool(Context);
    IoFreeIrp(Irp);
    return STATUS_MORE_PROCESSING_REQUIRED;
}

NTSTATUS
UnknownResult(PDEVICE_OBJECT DeviceObject, PIRP Irp, PVOID Context)
{
    return ResultFor(Irp, Context);
}

NTSTATUS
ReceiveDone(PDEVICE_OBJECT DeviceObject, PIRP Irp, PVOID Context)
{
    PCONN conn = (PCONN)Context;

    /* WskReceive re-posted from its own completion routine: allowed. */
    if (NT_SUCCESS(Irp->IoStatus.Status)) {
        IoReuseIrp(Irp, STATUS_UNSUCCESSFUL);
        IoSetCompletionRoutine(Irp, ReceiveDone, conn, TRUE, TRUE, TRUE);
        CONNECTION(conn->Socket)->WskReceive(conn->Socket, &conn->Buffer, 0, Irp);
    }
    return STATUS_MORE_PROCESSING_REQUIRED;
}

NTSTATUS
PassedDownOnly(PDEVICE_OBJECT DeviceObject, PIRP Irp, PVOID Context)
{
    /* Only ever set on IRPs another driver sent down: letting them complete is right. */
    if (Irp->PendingReturned) {
        IoMarkIrpPending(Irp);
    }
    return STATUS_SUCCESS;
}

NTSTATUS
Shared(PDEVICE_OBJECT DeviceObject, PIRP Irp, PVOID Context)
{
    /* Set on owned IRPs and on passed-down ones: not flagged. */
    KeSetEvent((PKEVENT)Context, IO_NO_INCREMENT, FALSE);
    return STATUS_SUCCESS;
}

NTSTATUS
NeverReachesWsk(PDEVICE_OBJECT DeviceObject, PIRP Irp, PVOID Context)
{
    KeSetEvent((PKEVENT)Context, IO_NO_INCREMENT, FALSE);
    return STATUS_SUCCESS;
}

NTSTATUS
DispatchRead(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    IoCopyCurrentIrpStackLocationToNext(Irp);
    IoSetCompletionRoutine(Irp, PassedDownOnly, NULL, TRUE, TRUE, TRUE);
    IoSetCompletionRoutine(Irp, Shared, NULL, TRUE, TRUE, TRUE);
    return IoCallDriver(((PDEVICE_EXTENSION)DeviceObject->DeviceExtension)->Lower, Irp);
}

NTSTATUS
DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    DriverObject->MajorFunction[IRP_MJ_READ] = DispatchRead;
    return STATUS_SUCCESS;
}

NTSTATUS
Issue(PWSK_SOCKET Socket, PVOID Local, PKEVENT Done, PCONN Conn, PDEVICE_OBJECT Lower, ULONG Which)
{
    PIRP irp = IoAllocateIrp(1, FALSE);
    NTSTATUS status;

    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    switch (Which) {
    case 0: IoSetCompletionRoutine(irp, Stops, Done, TRUE, TRUE, TRUE); break;
    case 1: IoSetCompletionRoutine(irp, StopsByResult, Done, TRUE, TRUE, TRUE); break;
    case 2: IoSetCompletionRoutine(irp, StopsThroughAVariable, Done, TRUE, TRUE, TRUE); break;
    case 3: IoSetCompletionRoutine(irp, UnknownResult, Done, TRUE, TRUE, TRUE); break;
    case 4: IoSetCompletionRoutine(irp, ReceiveDone, Conn, TRUE, TRUE, TRUE); break;
    case 5: IoSetCompletionRoutine(irp, Shared, Done, TRUE, TRUE, TRUE); break;
    default:
        IoSetCompletionRoutine(irp, NeverReachesWsk, Done, TRUE, TRUE, TRUE);
        IoCallDriver(Lower, irp);
        return STATUS_PENDING;
    }
    status = CONNECTION(Socket)->WskBind(Socket, Local, 0, irp);
    KeWaitForSingleObject(Done, Executive, KernelMode, FALSE, NULL);
    IoFreeIrp(irp);
    return status;
}

NTSTATUS
FireAndForget(PWSK_SOCKET Socket, PWSK_BUF Buffer)
{
    PIRP irp = IoAllocateIrp(1, FALSE);
    PVOID context = ExAllocatePoolWithTag(NonPagedPool, 16, 'xtcW');

    if (irp == NULL || context == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    IoSetCompletionRoutine(irp, FreesItsIrp, context, TRUE, TRUE, TRUE);
    CONNECTION(Socket)->WskSend(Socket, Buffer, 0, irp);
    return STATUS_PENDING;
}
