#include "wsk.h"

/*
 * WskGetAddressInfo moved into a helper that takes the caller's IRP: the caller frees the list when the
 * status is a success, STATUS_PENDING included, so the list may not exist yet (WSK020, at the free).
 * Inlined, it is reported; through the helper, not: the list a helper makes is judged by the helper's
 * summary, which does not say that it may still be pending on the caller's IRP.
 */

NTSTATUS
Resolve(PWSK_PROVIDER_NPI Npi, PUNICODE_STRING Host, PADDRINFOEXW *Result, PIRP Irp)
{
    return Npi->Dispatch->WskGetAddressInfo(Npi->Client, Host, NULL, NS_ALL, NULL, NULL, Result, NULL, NULL, Irp);
}

NTSTATUS
FreeBeforeCompletion(PWSK_PROVIDER_NPI Npi, PUNICODE_STRING Host, PIRP Irp)
{
    PADDRINFOEXW result = NULL;
    NTSTATUS status;

    status = Resolve(Npi, Host, &result, Irp);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    Npi->Dispatch->WskFreeAddressInfo(Npi->Client, result);
//                                                 ^^^^^^ WSK020
    return status;
}
