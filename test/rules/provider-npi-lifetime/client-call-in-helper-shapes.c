#include "wsk.h"

/*
 * A helper's provider call through the NPI its caller passes is a use of the caller's capture when
 * the helper makes it on every path (through a helper of a helper, after a goto). Silent: a helper
 * that may not call, a call before the release.
 */

WSK_REGISTRATION g_Registration;

static NTSTATUS
OpenSocketOn(PWSK_PROVIDER_NPI Npi, PVOID Context, PIRP Irp)
{
    return Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, Context, NULL, NULL, NULL, NULL, Irp);
}

static NTSTATUS
OpenThrough(PWSK_PROVIDER_NPI Npi, PVOID Context, PIRP Irp)
{
    NTSTATUS status;

    status = OpenSocketOn(Npi, Context, Irp);
    return status;
}

static NTSTATUS
OpenIfContext(PWSK_PROVIDER_NPI Npi, PVOID Context, PIRP Irp)
{
    if (Context == NULL) {
        return STATUS_INVALID_PARAMETER;
    }
    return Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, Context, NULL, NULL, NULL, NULL, Irp);
}

NTSTATUS
GotoOpenAfterRelease(PVOID Context, PIRP Irp, BOOLEAN Now)
{
    WSK_PROVIDER_NPI npi;
    NTSTATUS status;

    status = WskCaptureProviderNPI(&g_Registration, WSK_NO_WAIT, &npi);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    WskReleaseProviderNPI(&g_Registration);
    if (Now) {
        goto open;
    }
    return STATUS_SUCCESS;

open:
    return OpenThrough(&npi, Context, Irp);
//                     ^^^^ WSK018 OpenThrough calls WskSocket through npi after its release
//                     no fix
}

NTSTATUS
HelperMayNotCall(PVOID Context, PIRP Irp)
{
    WSK_PROVIDER_NPI npi;
    NTSTATUS status;

    status = WskCaptureProviderNPI(&g_Registration, WSK_NO_WAIT, &npi);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    WskReleaseProviderNPI(&g_Registration);
    /* OpenIfContext tests its Context first: no sure call through npi. */
    return OpenIfContext(&npi, Context, Irp);
}

NTSTATUS
CallBeforeRelease(PVOID Context, PIRP Irp)
{
    WSK_PROVIDER_NPI npi;
    NTSTATUS status;

    status = WskCaptureProviderNPI(&g_Registration, WSK_NO_WAIT, &npi);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    status = OpenSocketOn(&npi, Context, Irp);
    WskReleaseProviderNPI(&g_Registration);
    return status;
}
