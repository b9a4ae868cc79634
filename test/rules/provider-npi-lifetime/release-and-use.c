#include "wsk-registration.h"

WSK_REGISTRATION g_Registration;

VOID
ReleaseAfterFailedCapture(VOID)
{
    WSK_PROVIDER_NPI npi;
    NTSTATUS status;

    status = WskCaptureProviderNPI(&g_Registration, WSK_NO_WAIT, &npi);
    if (NT_SUCCESS(status)) {
        Use(npi.Client);
    }
    WskReleaseProviderNPI(&g_Registration);
//                        ^^^^^^^^^^^^^^^ WSK018 after the capture at line 11 failed on this path
//                        no fix: the release belongs on the success path only
}

VOID
ReleasedTwice(BOOLEAN Again)
{
    WSK_PROVIDER_NPI npi;

    if (!NT_SUCCESS(WskCaptureProviderNPI(&g_Registration, WSK_NO_WAIT, &npi))) {
        return;
    }
    Use(npi.Client);
    WskReleaseProviderNPI(&g_Registration);
    if (Again) {
        WskReleaseProviderNPI(&g_Registration);
//                            ^^^^^^^^^^^^^^^ WSK018 already released at line 29
//                            no fix: only a leak or a WskDeregister gets one
    }
}

NTSTATUS
ClientCallAfterRelease(PVOID List, SIZE_T Size)
{
    WSK_PROVIDER_NPI npi;
    NTSTATUS status;

    status = WskCaptureProviderNPI(&g_Registration, WSK_NO_WAIT, &npi);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    WskReleaseProviderNPI(&g_Registration);
    status = npi.Dispatch->WskControlClient(npi.Client, WSK_TRANSPORT_LIST_QUERY, 0, NULL, Size, List, &Size, NULL);
//                         ^^^^^^^^^^^^^^^^ WSK018 WskControlClient is called through npi after its release at line 47
//                         no fix: the call must move before the release
    return status;
}

NTSTATUS
SocketThroughPointerAfterRelease(PWSK_PROVIDER_NPI Npi, PIRP Irp)
{
    NTSTATUS status;

    status = WskCaptureProviderNPI(&g_Registration, WSK_NO_WAIT, Npi);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    WskReleaseProviderNPI(&g_Registration);
    return Npi->Dispatch->WskSocket(Npi->Client, 2, 1, 6, 0, NULL, NULL, NULL, NULL, NULL, Irp);
//                        ^^^^^^^^^ WSK018 through *Npi after its release
//                        no fix: the call must move before the release
}
