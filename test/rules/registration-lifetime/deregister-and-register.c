#include "wsk-registration.h"

static const WSK_CLIENT_DISPATCH g_ClientDispatch = { MAKE_WSK_VERSION(1, 0), 0, NULL };
static WSK_REGISTRATION g_Registration;
static WSK_PROVIDER_NPI g_Npi;

NTSTATUS
CleanupDeregistersAlways(VOID)
{
    WSK_CLIENT_NPI clientNpi = { NULL, &g_ClientDispatch };
    NTSTATUS status;

    status = WskRegister(&clientNpi, &g_Registration);
    if (!NT_SUCCESS(status)) {
        goto Fail;
    }
    status = WskCaptureProviderNPI(&g_Registration, WSK_NO_WAIT, &g_Npi);
    if (NT_SUCCESS(status)) {
        return status;
    }
Fail:
    WskDeregister(&g_Registration);
//                ^^^^^^^^^^^^^^^ WSK019 WskDeregister after the registration at line 13 failed on this path.
//                no fix: the deregister belongs on the success path only
    return status;
}

NTSTATUS
RegisteredTwice(VOID)
{
    WSK_CLIENT_NPI clientNpi = { NULL, &g_ClientDispatch };
    NTSTATUS status;

    status = WskRegister(&clientNpi, &g_Registration);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    status = WskRegister(&clientNpi, &g_Registration);
//                                   ^^^^^^^^^^^^^^^ WSK019 &g_Registration is registered again
//                                   no fix: the second registration must go
    return status;
}
