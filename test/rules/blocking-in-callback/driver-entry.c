#include "wsk-registration.h"

/* WskCaptureProviderNPI that waits forever, on a path from DriverEntry through direct calls. */

static WSK_REGISTRATION g_Registration;
static WSK_PROVIDER_NPI g_Npi;
static WSK_CLIENT_DISPATCH g_Dispatch = { MAKE_WSK_VERSION(1, 0), 0, NULL };

static NTSTATUS
CaptureNow(VOID)
{
    return WskCaptureProviderNPI(&g_Registration, WSK_INFINITE_WAIT, &g_Npi);
//                                                ^^^^^^^^^^^^^^^^^ WSK025 WskCaptureProviderNPI waits forever (WSK_INFINITE_WAIT) on a path from DriverEntry.
}

static NTSTATUS
StartClient(VOID)
{
    WSK_CLIENT_NPI npi;

    npi.ClientContext = NULL;
    npi.Dispatch = &g_Dispatch;
    return WskRegister(&npi, &g_Registration);
}

NTSTATUS
DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    NTSTATUS status = StartClient();

    if (!NT_SUCCESS(status)) {
        return status;
    }
    status = CaptureNow();
    if (!NT_SUCCESS(status)) {
        WskDeregister(&g_Registration);
    }
    return status;
}
