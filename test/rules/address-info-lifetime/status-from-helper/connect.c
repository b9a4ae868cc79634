#include "lookup.h"

/* The IRP's failed status says no list was made: cleanup has nothing to free. */
NTSTATUS
ConnectWithCleanup(PLOOKUP Lookup, PUNICODE_STRING Host, PVOID Remote)
{
    PADDRINFOEXW result = NULL;
    NTSTATUS status;

    status = LookupStart(Lookup, Host, &result);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(&Lookup->Done, Executive, KernelMode, FALSE, NULL);
        status = Lookup->Irp->IoStatus.Status;
    }
    if (!NT_SUCCESS(status)) {
        goto out;
    }
    RtlCopyMemory(Remote, result->ai_addr, 16);
    Lookup->Npi->Dispatch->WskFreeAddressInfo(Lookup->Npi->Client, result);
out:
    return status;
}

/* A list the lookup made must still be freed on every way out. */
NTSTATUS
LeaksOnEmptyAddress(PLOOKUP Lookup, PUNICODE_STRING Host, PVOID Remote)
{
    PADDRINFOEXW result = NULL;
    NTSTATUS status;

    status = LookupStart(Lookup, Host, &result);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(&Lookup->Done, Executive, KernelMode, FALSE, NULL);
        status = Lookup->Irp->IoStatus.Status;
    }
    if (!NT_SUCCESS(status)) {
        return status;
    }
    if (result->ai_addr == NULL) {
        return STATUS_NOT_FOUND;
//      ^^^^^^^^^^^^^^^^^^^^^^^^ WSK020 is not freed before this return
//      no fix: only ExFreePool* gets one
    }
    RtlCopyMemory(Remote, result->ai_addr, 16);
    Lookup->Npi->Dispatch->WskFreeAddressInfo(Lookup->Npi->Client, result);
    return STATUS_SUCCESS;
}
