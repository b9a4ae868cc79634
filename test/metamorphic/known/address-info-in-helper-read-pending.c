#include "wsk.h"

/*
 * WskGetAddressInfo moved into a helper that takes the caller's IRP and returns without waiting: the
 * caller reads the list while the lookup may still be pending. Inlined: WSK020 at the read. Through the
 * helper, the read is not seen as before completion, and the return counts the list as leaked.
 */

NTSTATUS
Resolve(PWSK_PROVIDER_NPI Npi, PUNICODE_STRING Host, PADDRINFOEXW *Result, PIRP Irp)
{
    return Npi->Dispatch->WskGetAddressInfo(Npi->Client, Host, NULL, NS_ALL, NULL, NULL, Result, NULL, NULL, Irp);
}

NTSTATUS
CopiedBeforeCompletion(PWSK_PROVIDER_NPI Npi, PUNICODE_STRING Host, PVOID Remote, PIRP Irp)
{
    PADDRINFOEXW result = NULL;
    NTSTATUS status;

    status = Resolve(Npi, Host, &result, Irp);
    RtlCopyMemory(Remote, result->ai_addr, 16);
//                        ^^^^^^^^^^^^^^^ WSK020 may still be pending
    return status;
}
