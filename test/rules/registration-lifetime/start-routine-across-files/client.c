#include "client.h"

static const WSK_CLIENT_DISPATCH g_ClientDispatch = { MAKE_WSK_VERSION(1, 0), 0, NULL };
WSK_REGISTRATION g_Registration;
static WSK_PROVIDER_NPI g_Npi;

NTSTATUS
ClientStart(VOID)
{
    WSK_CLIENT_NPI clientNpi = { NULL, &g_ClientDispatch };
    NTSTATUS status;

    status = WskRegister(&clientNpi, &g_Registration);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    return WskCaptureProviderNPI(&g_Registration, WSK_INFINITE_WAIT, &g_Npi);
//                                                ^^^^^^^^^^^^^^^^^ WSK025 WskCaptureProviderNPI waits forever (WSK_INFINITE_WAIT) on a path from DriverEntry.
}

NTSTATUS
ClientStartClean(VOID)
{
    WSK_CLIENT_NPI clientNpi = { NULL, &g_ClientDispatch };
    NTSTATUS status;

    status = WskRegister(&clientNpi, &g_Registration);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    status = WskCaptureProviderNPI(&g_Registration, WSK_INFINITE_WAIT, &g_Npi);
//                                                  ^^^^^^^^^^^^^^^^^ WSK025 WskCaptureProviderNPI waits forever (WSK_INFINITE_WAIT) on a path from DriverEntry.
    if (!NT_SUCCESS(status)) {
        WskDeregister(&g_Registration);
    }
    return status;
}

NTSTATUS
ClientStartAlwaysRegistered(VOID)
{
    WSK_CLIENT_NPI clientNpi = { NULL, &g_ClientDispatch };
    NTSTATUS status;

    status = WskRegister(&clientNpi, &g_Registration);
    if (!NT_SUCCESS(status)) {
        return STATUS_SUCCESS;
    }
    return WskCaptureProviderNPI(&g_Registration, WSK_INFINITE_WAIT, &g_Npi);
//                                                ^^^^^^^^^^^^^^^^^ WSK025 WskCaptureProviderNPI waits forever (WSK_INFINITE_WAIT) on a path from DriverEntry.
}

VOID
ClientStop(VOID)
{
    WskReleaseProviderNPI(&g_Registration);
    WskDeregister(&g_Registration);
}
