#include "client.h"

VOID
DriverUnload(PDRIVER_OBJECT DriverObject)
{
    ClientStop();
}

NTSTATUS
DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    NTSTATUS status;

    status = ClientStart();
    if (!NT_SUCCESS(status)) {
        return status;
//      ^^^^^^^^^^^^^^ WSK019 DriverEntry returns the failure of ClientStart, which leaves g_Registration registered.
//      no fix: ClientStart also fails before registering
    }
    DriverObject->DriverUnload = DriverUnload;
    return STATUS_SUCCESS;
}

NTSTATUS
DriverEntryTwo(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath);

NTSTATUS
DriverEntryClean(PDRIVER_OBJECT DriverObject)
{
    NTSTATUS status;

    status = ClientStartClean();
    if (!NT_SUCCESS(status)) {
        return status;
    }
    DriverObject->DriverUnload = DriverUnload;
    return STATUS_SUCCESS;
}
