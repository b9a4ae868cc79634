#include "npi.h"

WSK_REGISTRATION g_Registration;

NTSTATUS
NpiAcquire(PWSK_PROVIDER_NPI Npi)
{
    return WskCaptureProviderNPI(&g_Registration, WSK_NO_WAIT, Npi);
}

VOID
NpiDrop(VOID)
{
    WskReleaseProviderNPI(&g_Registration);
}

VOID
ClientStop(VOID)
{
    WskDeregister(&g_Registration);
}

VOID
ClientStopCleanly(VOID)
{
    WskReleaseProviderNPI(&g_Registration);
    WskDeregister(&g_Registration);
}
