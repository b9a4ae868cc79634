#include "wsk-registration.h"

static const WSK_CLIENT_DISPATCH g_ClientDispatch = { MAKE_WSK_VERSION(1, 0), 0, NULL };

typedef struct _SESSION {
    WSK_PROVIDER_NPI Npi;
} SESSION, *PSESSION;

NTSTATUS
StackRegistration(PSESSION Session)
{
    WSK_CLIENT_NPI clientNpi = { NULL, &g_ClientDispatch };
    WSK_REGISTRATION registration;
    NTSTATUS status;

    status = WskRegister(&clientNpi, &registration);
//                                   ^^^^^^^^^^^^^ WSK019 The registration block registration is a local that stays registered
//                                   no fix: the block must move out of the frame
    if (!NT_SUCCESS(status)) {
        return status;
    }
    status = WskCaptureProviderNPI(&registration, WSK_NO_WAIT, &Session->Npi);
    if (!NT_SUCCESS(status)) {
        return status;
//      ^^^^^^^^^^^^^^ WSK019 The block registration is a local whose frame dies
//      preferred fix: Deregister with WskDeregister(&registration) before returning the failure
//        if (!NT_SUCCESS(status)) {
//      +     WskDeregister(&registration);
//            return status;
    }
    return STATUS_SUCCESS;
}

static WSK_REGISTRATION g_Registration;

NTSTATUS
StackClientDispatch(VOID)
{
    WSK_CLIENT_DISPATCH dispatch = { MAKE_WSK_VERSION(1, 0), 0, NULL };
    WSK_CLIENT_NPI clientNpi;

    clientNpi.ClientContext = NULL;
    clientNpi.Dispatch = &dispatch;
    return WskRegister(&clientNpi, &g_Registration);
//                     ^^^^^^^^^^ WSK019 The client dispatch dispatch is a local that stays registered
//                     no fix: the dispatch must move out of the frame
}

NTSTATUS
StackDispatchThroughParameter(PWSK_PROVIDER_NPI ProviderNpi, PWSK_REGISTRATION Registration)
{
    WSK_CLIENT_NPI clientNpi;
    WSK_CLIENT_DISPATCH dispatch = { MAKE_WSK_VERSION(1, 0), 0, NULL };
    NTSTATUS status;

    clientNpi.ClientContext = NULL;
    clientNpi.Dispatch = &dispatch;
    status = WskRegister(&clientNpi, Registration);
//                       ^^^^^^^^^^ WSK019 The client dispatch dispatch is a local that stays registered
//                       no fix: the dispatch must move out of the frame
    if (!NT_SUCCESS(status)) {
        return status;
    }
    status = WskCaptureProviderNPI(Registration, WSK_INFINITE_WAIT, ProviderNpi);
    if (!NT_SUCCESS(status)) {
        WskDeregister(Registration);
        return status;
    }
    return STATUS_SUCCESS;
}
