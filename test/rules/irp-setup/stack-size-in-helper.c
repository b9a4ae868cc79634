#include "wsk.h"

/*
 * An IRP a helper allocates with no stack location (a constant StackSize below 1 in the helper) and that
 * reaches a WSK call in the caller: reported at the helper's call, the allocation related. A helper that
 * takes the size from its caller, or allocates with one location, is not.
 */

#define CONNECTION(_s_) ((PWSK_PROVIDER_CONNECTION_DISPATCH)(_s_)->Dispatch)

static IO_COMPLETION_ROUTINE BindDone;

static NTSTATUS
BindDone(PDEVICE_OBJECT DeviceObject, PIRP Irp, PVOID Context)
{
    UNREFERENCED_PARAMETER(DeviceObject);
    UNREFERENCED_PARAMETER(Irp);
    KeSetEvent((PKEVENT)Context, IO_NO_INCREMENT, FALSE);
    return STATUS_MORE_PROCESSING_REQUIRED;
}

static PIRP
NewIrpNoStack(VOID)
{
    return IoAllocateIrp(0, FALSE);
}

static NTSTATUS
InitIrpNoStack(PIRP *Irp)
{
    *Irp = IoAllocateIrp((CCHAR)0, FALSE);
    if (*Irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    return STATUS_SUCCESS;
}

static PIRP
NewIrpSized(CCHAR StackSize)
{
    return IoAllocateIrp(StackSize, FALSE);
}

static PIRP
NewIrp(VOID)
{
    return IoAllocateIrp(1, FALSE);
}

NTSTATUS
BindReturned(PWSK_SOCKET Socket, PSOCKADDR Local, PKEVENT Done)
{
    NTSTATUS status;
    PIRP irp = NewIrpNoStack();
//             ^^^^^^^^^^^^^ WSK017 StackSize must be at least 1 for an IRP given to WskBind: NewIrpNoStack allocates it with
//             no fix

    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    IoSetCompletionRoutine(irp, BindDone, Done, TRUE, TRUE, TRUE);
    status = CONNECTION(Socket)->WskBind(Socket, Local, 0, irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(Done, Executive, KernelMode, FALSE, NULL);
        status = irp->IoStatus.Status;
    }
    IoFreeIrp(irp);
    return status;
}

NTSTATUS
BindInitialised(PWSK_SOCKET Socket, PSOCKADDR Local, PKEVENT Done)
{
    NTSTATUS status;
    PIRP irp;

    status = InitIrpNoStack(&irp);
//           ^^^^^^^^^^^^^^ WSK017 StackSize must be at least 1 for an IRP given to WskBind: InitIrpNoStack allocates it with
//           no fix
    if (!NT_SUCCESS(status)) {
        return status;
    }
    IoSetCompletionRoutine(irp, BindDone, Done, TRUE, TRUE, TRUE);
    status = CONNECTION(Socket)->WskBind(Socket, Local, 0, irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(Done, Executive, KernelMode, FALSE, NULL);
        status = irp->IoStatus.Status;
    }
    IoFreeIrp(irp);
    return status;
}

NTSTATUS
BindSized(PWSK_SOCKET Socket, PSOCKADDR Local, PKEVENT Done)
{
    NTSTATUS status;
    PIRP irp = NewIrpSized(1);

    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    IoSetCompletionRoutine(irp, BindDone, Done, TRUE, TRUE, TRUE);
    status = CONNECTION(Socket)->WskBind(Socket, Local, 0, irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(Done, Executive, KernelMode, FALSE, NULL);
        status = irp->IoStatus.Status;
    }
    IoFreeIrp(irp);
    return status;
}

NTSTATUS
BindOneLocation(PWSK_SOCKET Socket, PSOCKADDR Local, PKEVENT Done)
{
    NTSTATUS status;
    PIRP irp = NewIrp();

    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    IoSetCompletionRoutine(irp, BindDone, Done, TRUE, TRUE, TRUE);
    status = CONNECTION(Socket)->WskBind(Socket, Local, 0, irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(Done, Executive, KernelMode, FALSE, NULL);
        status = irp->IoStatus.Status;
    }
    IoFreeIrp(irp);
    return status;
}
