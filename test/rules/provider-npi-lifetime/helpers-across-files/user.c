#include "npi.h"

NTSTATUS
LeaksWhatTheHelperCaptured(PVOID List, SIZE_T Size)
{
    WSK_PROVIDER_NPI npi;
    NTSTATUS status;

    status = NpiAcquire(&npi);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    status = npi.Dispatch->WskControlClient(npi.Client, WSK_TRANSPORT_LIST_QUERY, 0, NULL, Size, List, NULL, NULL);
    if (status == STATUS_NOT_SUPPORTED) {
        return STATUS_SUCCESS;
//      ^^^^^^^^^^^^^^^^^^^^^^ WSK018 captured in npi
//      preferred fix: Release the provider NPI with WskReleaseProviderNPI(&g_Registration) before leaving
//        if (status == STATUS_NOT_SUPPORTED) {
//      +     WskReleaseProviderNPI(&g_Registration);
//            return STATUS_SUCCESS;
    }
    NpiDrop();
    return status;
}

VOID
HelperDeregistersWhileCaptured(VOID)
{
    WSK_PROVIDER_NPI npi;

    if (!NT_SUCCESS(NpiAcquire(&npi))) {
        return;
    }
    Use(npi.Client);
    ClientStop();
//  ^^^^^^^^^^ WSK018 ClientStop deregisters while the provider NPI captured at line 31 is still held.
//  no fix: the release would go inside the helper's caller before it, on paths the helper does not show
    NpiDrop();
}

VOID
HelperReleasesThenDeregisters(VOID)
{
    WSK_PROVIDER_NPI npi;

    if (!NT_SUCCESS(NpiAcquire(&npi))) {
        return;
    }
    Use(npi.Client);
    ClientStopCleanly();
}
