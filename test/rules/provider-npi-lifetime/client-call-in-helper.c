#include "wsk.h"

/*
 * A client call through the NPI moved into a helper, after the caller released the NPI (WSK018, at
 * the NPI the caller passes). Inlined, it is reported at the callee; through the helper at the NPI
 * passed: the helper calls through it on every path.
 */

WSK_REGISTRATION g_Registration;

NTSTATUS
QueryTransports(PWSK_PROVIDER_NPI Npi, SIZE_T Size, PVOID List)
{
    return Npi->Dispatch->WskControlClient(Npi->Client, WSK_TRANSPORT_LIST_QUERY, 0, NULL, Size, List, &Size, NULL);
}

NTSTATUS
QueryAfterRelease(SIZE_T Size, PVOID List)
{
    WSK_PROVIDER_NPI npi;
    NTSTATUS status;

    status = WskCaptureProviderNPI(&g_Registration, WSK_NO_WAIT, &npi);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    WskReleaseProviderNPI(&g_Registration);
    return QueryTransports(&npi, Size, List);
//                         ^^^^ WSK018 QueryTransports calls WskControlClient through npi after its release
//                         no fix
}
