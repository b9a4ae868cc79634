/* valid: no findings */
#include "wsk-registration.h"

static NTSTATUS
SetDone(PDEVICE_OBJECT DeviceObject, PIRP Irp, PVOID Context)
{
    KeSetEvent((PKEVENT)Context, IO_NO_INCREMENT, FALSE);
    return STATUS_MORE_PROCESSING_REQUIRED;
}

/* Wait, test, walk the list, free its head once. */
NTSTATUS
ResolveFirst(PWSK_PROVIDER_NPI Npi, PUNICODE_STRING Host, PVOID Remote, PIRP Irp)
{
    PADDRINFOEXW result = NULL;
    PADDRINFOEXW entry;
    KEVENT done;
    NTSTATUS status;

    KeInitializeEvent(&done, NotificationEvent, FALSE);
    IoSetCompletionRoutine(Irp, SetDone, &done, TRUE, TRUE, TRUE);
    status = Npi->Dispatch->WskGetAddressInfo(Npi->Client, Host, NULL, NS_ALL, NULL, NULL, &result, NULL, NULL, Irp);
    KeWaitForSingleObject(&done, Executive, KernelMode, FALSE, NULL);
    status = Irp->IoStatus.Status;
    if (!NT_SUCCESS(status)) {
        return status;
    }
    for (entry = result; entry != NULL; entry = entry->ai_next) {
        if (entry->ai_family == 2) {
            RtlCopyMemory(Remote, entry->ai_addr, 16);
            break;
        }
    }
    Npi->Dispatch->WskFreeAddressInfo(Npi->Client, result);
    return STATUS_SUCCESS;
}

/* Returned to the caller, or stored into a context: handed off. */
NTSTATUS
ResolveInto(PWSK_PROVIDER_NPI Npi, PUNICODE_STRING Host, PADDRINFOEXW *Out)
{
    return Npi->Dispatch->WskGetAddressInfo(Npi->Client, Host, NULL, NS_ALL, NULL, NULL, Out, NULL, NULL, NULL);
}

PADDRINFOEXW
ResolveAndReturn(PWSK_PROVIDER_NPI Npi, PUNICODE_STRING Host)
{
    PADDRINFOEXW result = NULL;

    if (!NT_SUCCESS(Npi->Dispatch->WskGetAddressInfo(Npi->Client, Host, NULL, NS_ALL, NULL, NULL, &result, NULL, NULL, NULL))) {
        return NULL;
    }
    return result;
}

/* Asynchronous: the completion routine's context owns the result. */
NTSTATUS
ResolveAsync(PWSK_PROVIDER_NPI Npi, PUNICODE_STRING Host, PADDRINFOEXW *Slot, PIRP Irp)
{
    return Npi->Dispatch->WskGetAddressInfo(Npi->Client, Host, NULL, NS_ALL, NULL, NULL, Slot, NULL, NULL, Irp);
}

/* The failure path frees nothing; the pool frees only what the driver allocated. */
NTSTATUS
FailurePathFreesNothing(PWSK_PROVIDER_NPI Npi, PUNICODE_STRING Host, PVOID Scratch)
{
    PADDRINFOEXW result = NULL;
    NTSTATUS status;

    status = Npi->Dispatch->WskGetAddressInfo(Npi->Client, Host, NULL, NS_ALL, NULL, NULL, &result, NULL, NULL, NULL);
    ExFreePool(Scratch);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    Npi->Dispatch->WskFreeAddressInfo(Npi->Client, result);
    return STATUS_SUCCESS;
}
