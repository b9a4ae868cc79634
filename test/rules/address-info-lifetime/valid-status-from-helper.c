/* valid: no findings */
#include "wsk.h"

/*
 * WskGetAddressInfo moved into a helper that takes the caller's IRP: the caller waits and tests the
 * IRP's status, and returns on failure, where no list was made. Inlined: no findings; through the
 * helper neither: the helper's status is its WskGetAddressInfo's (it returns it, on every path), so the
 * IRP's final status tells that call failed.
 */

NTSTATUS
Resolve(PWSK_PROVIDER_NPI Npi, PUNICODE_STRING Host, PADDRINFOEXW *Result, PIRP Irp)
{
    return Npi->Dispatch->WskGetAddressInfo(Npi->Client, Host, NULL, NS_ALL, NULL, NULL, Result, NULL, NULL, Irp);
}

NTSTATUS
ResolveFirst(PWSK_PROVIDER_NPI Npi, PUNICODE_STRING Host, PIRP Irp, PVOID Remote)
{
    PADDRINFOEXW result = NULL;
    KEVENT done;
    NTSTATUS status;

    KeInitializeEvent(&done, NotificationEvent, FALSE);
    IoSetCompletionRoutine(Irp, SetDone, &done, TRUE, TRUE, TRUE);
    status = Resolve(Npi, Host, &result, Irp);
    KeWaitForSingleObject(&done, Executive, KernelMode, FALSE, NULL);
    status = Irp->IoStatus.Status;
    if (!NT_SUCCESS(status)) {
        return status;
    }
    RtlCopyMemory(Remote, result->ai_addr, 16);
    Npi->Dispatch->WskFreeAddressInfo(Npi->Client, result);
    return STATUS_SUCCESS;
}
