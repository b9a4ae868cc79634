/* valid: no findings */
#include "wsk-registration.h"

#define APP_WSK_VERSION MAKE_WSK_VERSION(1, 0)

static const WSK_CLIENT_DISPATCH g_ClientDispatch = { MAKE_WSK_VERSION(1, 0), 0, NULL };
const WSK_CLIENT_DISPATCH g_Hex = { 0x0100, 0, NULL };
WSK_CLIENT_DISPATCH g_Named = { .Version = APP_WSK_VERSION, .Reserved = 0 };
static WSK_REGISTRATION g_Registration;
static WSK_PROVIDER_NPI g_Npi;

VOID
ClientUnload(PDRIVER_OBJECT DriverObject)
{
    WskReleaseProviderNPI(&g_Registration);
    WskDeregister(&g_Registration);
}

/* Registered in DriverEntry with a static block, deregistered on the failure path and in unload. */
NTSTATUS
DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    WSK_CLIENT_NPI clientNpi = { NULL, &g_ClientDispatch };
    NTSTATUS status;

    status = WskRegister(&clientNpi, &g_Registration);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    status = WskCaptureProviderNPI(&g_Registration, WSK_NO_WAIT, &g_Npi);
    if (!NT_SUCCESS(status)) {
        goto Deregister;
    }
    status = StartWorker(DriverObject);
    if (!NT_SUCCESS(status)) {
        WskReleaseProviderNPI(&g_Registration);
        goto Deregister;
    }
    DriverObject->DriverUnload = ClientUnload;
    return STATUS_SUCCESS;

Deregister:
    WskDeregister(&g_Registration);
    return status;
}

/* A start routine (not DriverEntry) may leave a global registration to its stop routine. */
NTSTATUS
ClientStart(VOID)
{
    WSK_CLIENT_NPI clientNpi = { NULL, &g_ClientDispatch };
    NTSTATUS status;

    status = WskRegister(&clientNpi, &g_Registration);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    return WskCaptureProviderNPI(&g_Registration, WSK_NO_WAIT, &g_Npi);
}

/* A local block registered and deregistered within the function (odd, but legal). */
NTSTATUS
ProbeWsk(VOID)
{
    static const WSK_CLIENT_DISPATCH dispatch = { MAKE_WSK_VERSION(1, 0), 0, NULL };
    WSK_CLIENT_NPI clientNpi = { NULL, &dispatch };
    WSK_REGISTRATION registration;
    NTSTATUS status;

    status = WskRegister(&clientNpi, &registration);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    WskDeregister(&registration);
    return STATUS_SUCCESS;
}

/* A static local block lives as long as the driver. */
NTSTATUS
StaticLocalBlock(VOID)
{
    static WSK_REGISTRATION registration;
    WSK_CLIENT_NPI clientNpi = { NULL, &g_ClientDispatch };

    return WskRegister(&clientNpi, &registration);
}

/* Retried until it succeeds: a failed WskRegister is no registration. */
NTSTATUS
RegisterWithRetry(ULONG Attempts)
{
    WSK_CLIENT_NPI clientNpi = { NULL, &g_ClientDispatch };
    NTSTATUS status = STATUS_UNSUCCESSFUL;
    ULONG i;

    for (i = 0; i < Attempts; i++) {
        status = WskRegister(&clientNpi, &g_Registration);
        if (NT_SUCCESS(status)) {
            break;
        }
    }
    return status;
}

/* Unload deregisters without knowing any status: fine. */
VOID
StopOnly(VOID)
{
    WskDeregister(&g_Registration);
}
