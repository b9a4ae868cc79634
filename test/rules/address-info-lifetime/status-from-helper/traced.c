#include "lookup.h"

/* As ConnectWithCleanup, with the helper's call wrapped in a tracing macro: the same call, the same status. */
#define TRACE_CALL(_call) (_call)

NTSTATUS
ConnectTracedWithCleanup(PLOOKUP Lookup, PUNICODE_STRING Host, PVOID Remote)
{
    PADDRINFOEXW result = NULL;
    NTSTATUS status;

    status = TRACE_CALL(LookupStart(Lookup, Host, &result));
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
