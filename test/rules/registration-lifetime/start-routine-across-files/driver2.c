#include "client.h"

VOID DriverUnload(PDRIVER_OBJECT DriverObject);

NTSTATUS
DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    NTSTATUS status = ClientStartAlwaysRegistered();

    if (!NT_SUCCESS(status)) {
        return status;
//      ^^^^^^^^^^^^^^ WSK019 that leaves the client registered
//      preferred fix: Deregister with WskDeregister(&g_Registration) before returning the failure
//        if (!NT_SUCCESS(status)) {
//      +     WskDeregister(&g_Registration);
//            return status;
    }
    status = ClientStartClean();
    if (!NT_SUCCESS(status)) {
        ClientStop();
//      ^^^^^^^^^^ WSK019 ClientStop deregisters after the registration at line 18 failed on this path.
//      no fix: the deregister belongs on the success path only
        return status;
    }
    DriverObject->DriverUnload = DriverUnload;
    return STATUS_SUCCESS;
}
