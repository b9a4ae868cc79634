#include "wsk-registration.h"

static const WSK_CLIENT_DISPATCH g_ClientDispatch = { MAKE_WSK_VERSION(1, 0), 0, NULL };
static WSK_REGISTRATION g_Registration;
static WSK_PROVIDER_NPI g_Npi;

VOID ClientUnload(PDRIVER_OBJECT DriverObject);

NTSTATUS
DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    WSK_CLIENT_NPI clientNpi;
    NTSTATUS status;
    ULONG attempt;

    clientNpi.ClientContext = NULL;
    clientNpi.Dispatch = &g_ClientDispatch;
    status = WskRegister(&clientNpi, &g_Registration);
    if (!NT_SUCCESS(status)) {
        goto Cleanup;
    }
    for (attempt = 0; attempt < 3; attempt++) {
        status = WskCaptureProviderNPI(&g_Registration, WSK_NO_WAIT, &g_Npi);
        if (NT_SUCCESS(status)) {
            break;
        }
    }
    if (!NT_SUCCESS(status)) {
        goto Cleanup;
    }
    __try {
        status = StartWorker(DriverObject);
    } __finally {
        Trace(status);
    }
    if (!NT_SUCCESS(status)) {
        WskReleaseProviderNPI(&g_Registration);
        WskDeregister(&g_Registration);
        goto Cleanup;
    }
    DriverObject->DriverUnload = ClientUnload;
Cleanup:
    return status;
//  ^^^^^^^^^^^^^^ WSK019 is registered
//  no fix: on other paths through this return the client is not registered
}
