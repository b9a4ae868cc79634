#include "wsk-registration.h"

static const WSK_CLIENT_DISPATCH g_ClientDispatch = { MAKE_WSK_VERSION(1, 0), 0, NULL };
static WSK_REGISTRATION g_Registration;

#define RETURN_ON_FAILURE(_s_) do { if (!NT_SUCCESS(_s_)) { return (_s_); } } while (0)

VOID ClientUnload(PDRIVER_OBJECT DriverObject);

NTSTATUS
DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    WSK_CLIENT_NPI clientNpi = { NULL, &g_ClientDispatch };
    NTSTATUS status;

    status = WskRegister(&clientNpi, &g_Registration);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    status = StartWorker(DriverObject);
    if (!NT_SUCCESS(status)) {
        return status;
//      ^^^^^^^^^^^^^^ WSK019 This return fails while g_Registration is registered (line 16).
//      preferred fix: Deregister with WskDeregister(&g_Registration) before returning the failure
//        if (!NT_SUCCESS(status)) {
//      +     WskDeregister(&g_Registration);
//            return status;
    }
    if (RegistryPath == NULL) {
        return STATUS_INVALID_PARAMETER;
//      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ WSK019 DriverEntry fails, so the image unloads
//      preferred fix: Deregister with WskDeregister(&g_Registration) before returning the failure
//        if (RegistryPath == NULL) {
//      +     WskDeregister(&g_Registration);
//            return STATUS_INVALID_PARAMETER;
    }
    switch (ReadMode(RegistryPath)) {
    case 0:
        break;
    default:
        return STATUS_NOT_SUPPORTED;
//      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ WSK019 is registered
//      preferred fix: Deregister with WskDeregister(&g_Registration) before returning the failure
//        default:
//      -     return STATUS_NOT_SUPPORTED;
//      +     {
//      +         WskDeregister(&g_Registration);
//      +         return STATUS_NOT_SUPPORTED;
//      +     }
//        }
    }
    status = StartTimer(DriverObject);
    RETURN_ON_FAILURE(status);
//  ^^^^^^^^^^^^^^^^^ WSK019 is registered
//  no fix: the return is inside the macro
    DriverObject->DriverUnload = ClientUnload;
    return STATUS_SUCCESS;
}
