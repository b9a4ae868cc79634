/* valid: no findings */
#include "wsk-registration.h"

static const WSK_CLIENT_DISPATCH g_ClientDispatch = { MAKE_WSK_VERSION(1, 0), 0, NULL };

typedef struct _APP_DEVICE {
    WSK_REGISTRATION Registration;
    WSK_PROVIDER_NPI Npi;
    BOOLEAN Registered;
} APP_DEVICE, *PAPP_DEVICE;

static PAPP_DEVICE g_Device;

/* The unload routine reaches the registration through the global device pointer. */
VOID
AppUnload(PDRIVER_OBJECT DriverObject)
{
    PAPP_DEVICE device = g_Device;

    if (device == NULL || !device->Registered) {
        return;
    }
    WskDeregister(&device->Registration);
    device->Registered = FALSE;
}

/* DriverEntry fails through the unload routine, which deregisters what it finds. */
NTSTATUS
DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    WSK_CLIENT_NPI clientNpi = { NULL, &g_ClientDispatch };
    PAPP_DEVICE device = AllocateDevice(DriverObject);
    NTSTATUS status;

    if (device == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    g_Device = device;
    status = WskRegister(&clientNpi, &device->Registration);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    device->Registered = TRUE;
    status = StartWorker(DriverObject);
    if (!NT_SUCCESS(status)) {
        AppUnload(DriverObject);
        return status;
    }
    DriverObject->DriverUnload = AppUnload;
    return STATUS_SUCCESS;
}
