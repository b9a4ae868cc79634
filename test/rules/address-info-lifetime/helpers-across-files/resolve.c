#include "resolve.h"

NTSTATUS
ResolveHost(PWSK_PROVIDER_NPI Npi, PUNICODE_STRING Host, PADDRINFOEXW *Result)
{
    return Npi->Dispatch->WskGetAddressInfo(Npi->Client, Host, NULL, NS_ALL, NULL, NULL, Result, NULL, NULL, NULL);
}

VOID
ReleaseHost(PWSK_PROVIDER_NPI Npi, PADDRINFOEXW Result)
{
    Npi->Dispatch->WskFreeAddressInfo(Npi->Client, Result);
}
