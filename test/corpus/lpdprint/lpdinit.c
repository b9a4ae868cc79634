/*++

Copyright (c) 2009  Northwind Printing Systems

Module Name:

    lpdinit.c

Abstract:

    Driver entry, unload and WSK registration of the LPD print gateway.

Environment:

    Kernel mode only, PASSIVE_LEVEL.

--*/

#include "lpd.h"

const WSK_CLIENT_DISPATCH LpdWskDispatch = {
    MAKE_WSK_VERSION(1, 0),
    0,
    NULL
};

PDEVICE_OBJECT LpdDeviceObject = NULL;

NTSTATUS
LpdInitSecurity(
    IN PLPD_DEVICE_EXTENSION Extension,
    IN PSECURITY_DESCRIPTOR Template OPTIONAL
    );

NTSTATUS
LpdDispatchCreateClose(
    __in PDEVICE_OBJECT DeviceObject,
    __inout PIRP Irp
    );

#ifdef ALLOC_PRAGMA
#pragma alloc_text(INIT, DriverEntry)
#pragma alloc_text(PAGE, LpdUnload)
#pragma alloc_text(PAGE, LpdInitSecurity)
#pragma alloc_text(PAGE, LpdDispatchCreateClose)
#endif

NTSTATUS NTAPI
LpdCompletionRoutine(
    __in PDEVICE_OBJECT DeviceObject,
    __in PIRP Irp,
    __in_opt PVOID Context
    )
{
    UNREFERENCED_PARAMETER(DeviceObject);
    UNREFERENCED_PARAMETER(Irp);

    if (Context != NULL) {
        KeSetEvent((PKEVENT)Context, IO_NO_INCREMENT, FALSE);
    }
    return STATUS_MORE_PROCESSING_REQUIRED;
}

NTSTATUS
LpdWaitForIrp(
    IN PLPD_DEVICE_EXTENSION Extension,
    IN PIRP Irp,
    IN NTSTATUS Status
    )
{
    if (Status == STATUS_PENDING) {
        KeWaitForSingleObject((PVOID)&Extension->CompletionEvent,
                              Executive,
                              KernelMode,
                              FALSE,
                              NULL);
        Status = Irp->IoStatus.Status;
    }
    return Status;
}

/*++

Routine Description:

    Caches the descriptor that restricts the listening socket. When no
    template is configured, an owner-only descriptor is built on the stack;
    WSK_CACHE_SD copies it, so the stack object need not outlive the call.

--*/
NTSTATUS
LpdInitSecurity(
    IN PLPD_DEVICE_EXTENSION Extension,
    IN PSECURITY_DESCRIPTOR Template OPTIONAL
    )
{
    NTSTATUS Status;
    SECURITY_DESCRIPTOR DefaultSd;

    PAGED_CODE();

    if (Template == NULL) {
        Status = RtlCreateSecurityDescriptor(&DefaultSd, SECURITY_DESCRIPTOR_REVISION);
        if (!NT_SUCCESS(Status)) {
            return Status;
        }
        Template = &DefaultSd;
    }

    Status = Extension->WskProvider.Dispatch->WskControlClient(
                 Extension->WskProvider.Client,
                 WSK_CACHE_SD,
                 sizeof(PSECURITY_DESCRIPTOR),
                 &Template,
                 sizeof(PSECURITY_DESCRIPTOR),
                 &Extension->SpoolerSd,
                 NULL,
                 NULL);
    return Status;
}

NTSTATUS
LpdDispatchCreateClose(
    __in PDEVICE_OBJECT DeviceObject,
    __inout PIRP Irp
    )
{
    UNREFERENCED_PARAMETER(DeviceObject);

    PAGED_CODE();

    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}

NTSTATUS
DriverEntry(
    __in PDRIVER_OBJECT DriverObject,
    __in PUNICODE_STRING RegistryPath
    )
{
    NTSTATUS Status;
    UNICODE_STRING DeviceName;
    PLPD_DEVICE_EXTENSION Extension;
    WSK_CLIENT_NPI ClientNpi;
    SOCKADDR_IN LocalAddress;

    UNREFERENCED_PARAMETER(RegistryPath);

    RtlInitUnicodeString(&DeviceName, LPD_DEVICE_NAME);
    Status = IoCreateDevice(DriverObject,
                            sizeof(LPD_DEVICE_EXTENSION),
                            &DeviceName,
                            FILE_DEVICE_NETWORK,
                            FILE_DEVICE_SECURE_OPEN,
                            FALSE,
                            &LpdDeviceObject);
    if (!NT_SUCCESS(Status)) {
        return Status;
    }

    Extension = (PLPD_DEVICE_EXTENSION)LpdDeviceObject->DeviceExtension;
    RtlZeroMemory(Extension, sizeof(LPD_DEVICE_EXTENSION));
    Extension->DeviceObject = LpdDeviceObject;
    KeInitializeEvent(&Extension->CompletionEvent, SynchronizationEvent, FALSE);

    DriverObject->MajorFunction[IRP_MJ_CREATE] = LpdDispatchCreateClose;
    DriverObject->MajorFunction[IRP_MJ_CLOSE] = LpdDispatchCreateClose;
    DriverObject->DriverUnload = LpdUnload;

    ClientNpi.ClientContext = Extension;
    ClientNpi.Dispatch = &LpdWskDispatch;
    Status = WskRegister(&ClientNpi, &Extension->WskRegistration);
    if (!NT_SUCCESS(Status)) {
        goto Failed;
    }
    Extension->WskRegistered = TRUE;

    Status = WskCaptureProviderNPI(&Extension->WskRegistration,
                                   WSK_INFINITE_WAIT,  /* BUG WSK025: WSK_INFINITE_WAIT on a path from DriverEntry */
                                   &Extension->WskProvider);
    if (!NT_SUCCESS(Status)) {
        goto Failed;
    }
    Extension->ProviderCaptured = TRUE;

    Status = LpdInitSecurity(Extension, NULL);
    if (!NT_SUCCESS(Status)) {
        goto Failed;
    }

    RtlZeroMemory(&LocalAddress, sizeof(LocalAddress));
    LocalAddress.sin_family = AF_INET;
    LocalAddress.sin_port = RtlUshortByteSwap(LPD_PORT);
    LocalAddress.sin_addr.s_addr = INADDR_ANY;

    Status = LpdCreateListener(Extension, &LocalAddress);
    if (!NT_SUCCESS(Status)) {
        goto Failed;
    }

    return STATUS_SUCCESS;

Failed:
    //
    // LpdUnload copes with a partially initialised extension.
    //
    LpdUnload(DriverObject);
    return Status;
}

VOID
LpdUnload(
    __in PDRIVER_OBJECT DriverObject
    )
{
    PLPD_DEVICE_EXTENSION Extension;

    UNREFERENCED_PARAMETER(DriverObject);

    PAGED_CODE();

    if (LpdDeviceObject == NULL) {
        return;
    }
    Extension = (PLPD_DEVICE_EXTENSION)LpdDeviceObject->DeviceExtension;

    if (Extension->ListenSocket != NULL) {
        LpdCloseSocket(Extension, Extension->ListenSocket);
        Extension->ListenSocket = NULL;
    }

    if (Extension->SpoolerSd != NULL) {
        Extension->WskProvider.Dispatch->WskControlClient(
            Extension->WskProvider.Client,
            WSK_RELEASE_SD,
            sizeof(PSECURITY_DESCRIPTOR),
            &Extension->SpoolerSd,
            0,
            NULL,
            NULL,
            NULL);
        Extension->SpoolerSd = NULL;
    }

    if (Extension->ProviderCaptured) {
        WskReleaseProviderNPI(&Extension->WskRegistration);
        Extension->ProviderCaptured = FALSE;
    }
    if (Extension->WskRegistered) {
        WskDeregister(&Extension->WskRegistration);
        Extension->WskRegistered = FALSE;
    }

    IoDeleteDevice(LpdDeviceObject);
    LpdDeviceObject = NULL;
}
