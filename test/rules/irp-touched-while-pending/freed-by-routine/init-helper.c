#include "wsk.h"

/*
 * An init helper that allocates the IRP into the caller's context and sets FreeWhenSent (routines.c)
 * on it: the caller's IRP is gone once the request completed, as when it set the routine itself.
 */

NTSTATUS FreeWhenSent(PDEVICE_OBJECT DeviceObject, PIRP Irp, PVOID Context);
NTSTATUS SignalWhenSent(PDEVICE_OBJECT DeviceObject, PIRP Irp, PVOID Context);

typedef struct _SEND_CONTEXT {
    PIRP Irp;
    KEVENT Done;
} SEND_CONTEXT, *PSEND_CONTEXT;

static NTSTATUS
InitFreeing(PSEND_CONTEXT Context)
{
    KeInitializeEvent(&Context->Done, SynchronizationEvent, FALSE);
    Context->Irp = IoAllocateIrp(1, FALSE);
    if (Context->Irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    IoSetCompletionRoutine(Context->Irp, FreeWhenSent, &Context->Done, TRUE, TRUE, TRUE);
    return STATUS_SUCCESS;
}

static NTSTATUS
InitSignalling(PSEND_CONTEXT Context)
{
    KeInitializeEvent(&Context->Done, SynchronizationEvent, FALSE);
    Context->Irp = IoAllocateIrp(1, FALSE);
    if (Context->Irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    IoSetCompletionRoutine(Context->Irp, SignalWhenSent, &Context->Done, TRUE, TRUE, TRUE);
    return STATUS_SUCCESS;
}

NTSTATUS
FreesTheHelpersIrpAgain(PWSK_SOCKET Socket, PWSK_BUF Buffer, PSEND_CONTEXT Context)
{
    NTSTATUS status = InitFreeing(Context);

    if (!NT_SUCCESS(status)) {
        return status;
    }
    status = ((PWSK_PROVIDER_CONNECTION_DISPATCH)Socket->Dispatch)->WskSend(Socket, Buffer, 0, Context->Irp);
    if (!NT_SUCCESS(status)) {
        IoFreeIrp(Context->Irp);
//                ^^^^^^^^^^^^ WSK015 The IRP is freed after WskSend at line 48, whose completion routine FreeWhenSent frees the IRP
//                no fix: a wait does not bring a freed IRP back
    }
    return status;
}

NTSTATUS
FreesTheSignalledIrp(PWSK_SOCKET Socket, PWSK_BUF Buffer, PSEND_CONTEXT Context)
{
    NTSTATUS status = InitSignalling(Context);

    if (!NT_SUCCESS(status)) {
        return status;
    }
    status = ((PWSK_PROVIDER_CONNECTION_DISPATCH)Socket->Dispatch)->WskSend(Socket, Buffer, 0, Context->Irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(&Context->Done, Executive, KernelMode, FALSE, NULL);
        status = Context->Irp->IoStatus.Status;
    }
    IoFreeIrp(Context->Irp);
    return status;
}
