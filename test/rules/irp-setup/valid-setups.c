/* valid: no findings */
#include "wsk.h"

/* IRPs set up as WSK needs, and IRPs whose setup the analysis cannot know. */

#define CONNECTION(_s_) ((PWSK_PROVIDER_CONNECTION_DISPATCH)(_s_)->Dispatch)

typedef struct _CONN {
    PWSK_SOCKET Socket;
    PIRP Irp;
    KEVENT Done;
} CONN, *PCONN;

NTSTATUS
ReusedAndSetAgain(PWSK_SOCKET Socket, PVOID Local, PVOID Remote, PKEVENT Done)
{
    PIRP irp = IoAllocateIrp(1, FALSE);
    NTSTATUS status;

    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    IoSetCompletionRoutine(irp, SyncDone, Done, TRUE, TRUE, TRUE);
    status = CONNECTION(Socket)->WskBind(Socket, Local, 0, irp);
    KeWaitForSingleObject(Done, Executive, KernelMode, FALSE, NULL);
    IoReuseIrp(irp, STATUS_UNSUCCESSFUL);
    IoSetCompletionRoutine(irp, SyncDone, Done, TRUE, TRUE, TRUE);
    status = CONNECTION(Socket)->WskConnect(Socket, Remote, 0, irp);
    KeWaitForSingleObject(Done, Executive, KernelMode, FALSE, NULL);
    IoFreeIrp(irp);
    return status;
}

VOID
FreshIrpPerCall(PWSK_SOCKET Socket, PWSK_BUF Buffers, ULONG Count, PKEVENT Done)
{
    ULONG i;

    for (i = 0; i < Count; i++) {
        PIRP irp = IoAllocateIrp(1, FALSE);
        if (irp == NULL) {
            break;
        }
        IoSetCompletionRoutine(irp, SyncDone, Done, TRUE, TRUE, TRUE);
        CONNECTION(Socket)->WskSend(Socket, &Buffers[i], 0, irp);
        KeWaitForSingleObject(Done, Executive, KernelMode, FALSE, NULL);
        IoFreeIrp(irp);
    }
}

VOID
ReceiveLoopWithReuse(PWSK_SOCKET Socket, PWSK_BUF Buffer, PKEVENT Done, PVOID Packet, USHORT Size)
{
    PIRP irp = (PIRP)ExAllocatePoolWithTag(NonPagedPool, Size, 'prIW');
    ULONG round;

    if (irp == NULL) {
        return;
    }
    for (round = 0; round < 4; round++) {
        IoInitializeIrp(irp, Size, 1);
        IoSetCompletionRoutine(irp, SyncDone, Done, TRUE, TRUE, TRUE);
        CONNECTION(Socket)->WskReceive(Socket, Buffer, 0, irp);
        KeWaitForSingleObject(Done, Executive, KernelMode, FALSE, NULL);
    }
    ExFreePool(irp);
}

NTSTATUS
FlagsInVariables(PWSK_SOCKET Socket, PVOID Local, PKEVENT Done, BOOLEAN OnError)
{
    PIRP irp = IoAllocateIrp(Socket == NULL ? 0 : 1, FALSE);
    NTSTATUS status;

    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    IoSetCompletionRoutine(irp, SyncDone, Done, TRUE, OnError, TRUE);
    status = CONNECTION(Socket)->WskBind(Socket, Local, 0, irp);
    KeWaitForSingleObject(Done, Executive, KernelMode, FALSE, NULL);
    IoFreeIrp(irp);
    return status;
}

NTSTATUS
IrpHandedIn(PCONN Conn, PWSK_BUF Buffer, PIRP Irp)
{
    /* Set up by whoever allocated them: unknown here. */
    CONNECTION(Conn->Socket)->WskSend(Conn->Socket, Buffer, 0, Irp);
    return CONNECTION(Conn->Socket)->WskSend(Conn->Socket, Buffer, 0, Conn->Irp);
}

NTSTATUS
SetUpElsewhere(PWSK_SOCKET Socket, PVOID Local, PKEVENT Done)
{
    PIRP irp = IoAllocateIrp(1, FALSE);
    NTSTATUS status;

    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    PrepareIrp(irp, Done); /* no body in the workspace: it may set the routine */
    status = CONNECTION(Socket)->WskBind(Socket, Local, 0, irp);
    KeWaitForSingleObject(Done, Executive, KernelMode, FALSE, NULL);
    IoFreeIrp(irp);
    return status;
}

NTSTATUS
BuiltByTheIoManager(PDEVICE_OBJECT Target, PWSK_SOCKET Socket, PVOID Local, PKEVENT Done, PIO_STATUS_BLOCK Iosb)
{
    PIRP irp = IoBuildDeviceIoControlRequest(0, Target, NULL, 0, NULL, 0, FALSE, Done, Iosb);

    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    return CONNECTION(Socket)->WskBind(Socket, Local, 0, irp);
}

NTSTATUS
ControlWithoutIrp(PWSK_SOCKET Socket, PWSK_PROVIDER_NPI Npi)
{
    ULONG on = 1;
    SIZE_T returned = 0;

    /* The control calls and name resolution may take a NULL Irp (their codes decide: not this rule's). */
    ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskIoctl, SIO_ADDRESS_LIST_QUERY, 0,
                                                                       0, NULL, sizeof(on), &on, &returned, NULL);
    return Npi->Dispatch->WskGetNameInfo(Npi->Client, NULL, 0, NULL, NULL, 0, NULL, NULL, NULL);
}

NTSTATUS
ReceiveDone(PDEVICE_OBJECT Device, PIRP Irp, PVOID Context)
{
    PCONN conn = (PCONN)Context;

    /* Re-posted from its completion routine, reused first: allowed. */
    if (NT_SUCCESS(Irp->IoStatus.Status)) {
        IoReuseIrp(Irp, STATUS_UNSUCCESSFUL);
        IoSetCompletionRoutine(Irp, ReceiveDone, conn, TRUE, TRUE, TRUE);
        CONNECTION(conn->Socket)->WskReceive(conn->Socket, NULL, 0, Irp);
    }
    return STATUS_MORE_PROCESSING_REQUIRED;
}

NTSTATUS
ManyObjects(PWSK_SOCKET Socket, PVOID Local, PVOID Remote, PKEVENT Done)
{
    /* More paths meet than the budget follows together: the IRPs are followed one at a time, each reused. */
    PIRP irp = IoAllocateIrp(1, FALSE);
    PIRP spare1 = IoAllocateIrp(1, FALSE);
    PIRP spare2 = IoAllocateIrp(1, FALSE);
    PIRP spare3 = IoAllocateIrp(1, FALSE);
    PIRP spare4 = IoAllocateIrp(1, FALSE);
    PIRP spare5 = IoAllocateIrp(1, FALSE);
    PIRP spare6 = IoAllocateIrp(1, FALSE);
    PIRP spare7 = IoAllocateIrp(1, FALSE);
    NTSTATUS status = STATUS_INSUFFICIENT_RESOURCES;

    if (irp != NULL) {
        IoSetCompletionRoutine(irp, SyncDone, Done, TRUE, TRUE, TRUE);
        status = CONNECTION(Socket)->WskBind(Socket, Local, 0, irp);
        KeWaitForSingleObject(Done, Executive, KernelMode, FALSE, NULL);
    }
    if (spare1 != NULL) IoFreeIrp(spare1);
    if (spare2 != NULL) IoFreeIrp(spare2);
    if (spare3 != NULL) IoFreeIrp(spare3);
    if (spare4 != NULL) IoFreeIrp(spare4);
    if (spare5 != NULL) IoFreeIrp(spare5);
    if (spare6 != NULL) IoFreeIrp(spare6);
    if (spare7 != NULL) IoFreeIrp(spare7);
    if (irp != NULL) {
        IoReuseIrp(irp, STATUS_UNSUCCESSFUL);
        IoSetCompletionRoutine(irp, SyncDone, Done, TRUE, TRUE, TRUE);
        status = CONNECTION(Socket)->WskConnect(Socket, Remote, 0, irp);
        KeWaitForSingleObject(Done, Executive, KernelMode, FALSE, NULL);
        IoFreeIrp(irp);
    }
    return status;
}
