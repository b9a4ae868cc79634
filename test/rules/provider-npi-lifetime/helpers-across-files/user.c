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
    status = npi.Dispatch->WskControlClient(npi.Client, WSK_TRANSPORT_LIST_QUERY, 0, NULL, Size, List, &Size, NULL);
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

VOID
HelperReleasesAfterRelease(VOID)
{
    WSK_PROVIDER_NPI npi;

    if (!NT_SUCCESS(NpiAcquire(&npi))) {
        return;
    }
    Use(npi.Client);
    WskReleaseProviderNPI(&g_Registration);
    NpiDrop();
//  ^^^^^^^ WSK018 NpiDrop releases a provider NPI already released at line 62.
//  no fix: only a leak or a WskDeregister gets one
}

VOID
ReleaseAfterHelperReleased(VOID)
{
    WSK_PROVIDER_NPI npi;

    if (!NT_SUCCESS(NpiAcquire(&npi))) {
        return;
    }
    NpiDrop();
    WskReleaseProviderNPI(&g_Registration);
//                        ^^^^^^^^^^^^^^^ WSK018 already released
//                        no fix: only a leak or a WskDeregister gets one
}

VOID
HelperReleasesWhatFailed(VOID)
{
    WSK_PROVIDER_NPI npi;

    if (NT_SUCCESS(NpiAcquire(&npi))) {
        Use(npi.Client);
    }
    NpiDrop();
//  ^^^^^^^ WSK018 NpiDrop releases the provider NPI after the capture at line 87 failed.
//  no fix: the release belongs on the success path only
}
