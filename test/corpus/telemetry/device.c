/*++

Module Name:

    device.c

Abstract:

    Driver and device callbacks of the telemetry exporter. WSK is attached
    in EvtDevicePrepareHardware and detached in EvtDeviceReleaseHardware.

Environment:

    Kernel-mode Driver Framework

--*/

#include "tlm.h"

static const WSK_CLIENT_DISPATCH TlmWskClientDispatch = { MAKE_WSK_VERSION(1, 0), 0, NULL };

_Use_decl_annotations_
NTSTATUS
DriverEntry(
    PDRIVER_OBJECT DriverObject,
    PUNICODE_STRING RegistryPath
    )
{
    WDF_DRIVER_CONFIG config;

    WDF_DRIVER_CONFIG_INIT(&config, TlmEvtDeviceAdd);
    return WdfDriverCreate(DriverObject, RegistryPath, WDF_NO_OBJECT_ATTRIBUTES, &config, WDF_NO_HANDLE);
}

_Use_decl_annotations_
NTSTATUS
TlmEvtDeviceAdd(
    WDFDRIVER Driver,
    PWDFDEVICE_INIT DeviceInit
    )
{
    NTSTATUS status;
    WDF_PNPPOWER_EVENT_CALLBACKS pnpCallbacks;
    WDF_OBJECT_ATTRIBUTES attributes;
    WDF_IO_QUEUE_CONFIG queueConfig;
    WDFDEVICE device;
    WDFQUEUE queue;
    PTLM_DEVICE_CONTEXT devCtx;
    PTLM_QUEUE_CONTEXT queueCtx;

    UNREFERENCED_PARAMETER(Driver);

    WDF_PNPPOWER_EVENT_CALLBACKS_INIT(&pnpCallbacks);
    pnpCallbacks.EvtDevicePrepareHardware = TlmEvtDevicePrepareHardware;
    pnpCallbacks.EvtDeviceReleaseHardware = TlmEvtDeviceReleaseHardware;
    WdfDeviceInitSetPnpPowerEventCallbacks(DeviceInit, &pnpCallbacks);

    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, TLM_DEVICE_CONTEXT);
    status = WdfDeviceCreate(&DeviceInit, &attributes, &device);
    if (!NT_SUCCESS(status)) {
        return status;
    }

    devCtx = TlmGetDeviceContext(device);
    devCtx->Device = device;
    devCtx->CollectorSd = NULL;
    devCtx->ExportSocket = NULL;
    KeInitializeEvent(&devCtx->IoEvent, SynchronizationEvent, FALSE);

    status = WdfWaitLockCreate(WDF_NO_OBJECT_ATTRIBUTES, &devCtx->PolicyLock);
    if (!NT_SUCCESS(status)) {
        return status;
    }

    WDF_OBJECT_ATTRIBUTES_INIT(&attributes);
    attributes.ParentObject = device;
    status = WdfRequestCreate(&attributes, WdfDeviceGetIoTarget(device), &devCtx->WskRequest);
    if (!NT_SUCCESS(status)) {
        return status;
    }

    WDF_IO_QUEUE_CONFIG_INIT_DEFAULT_QUEUE(&queueConfig, WdfIoQueueDispatchSequential);
    queueConfig.EvtIoDeviceControl = TlmEvtIoDeviceControl;
    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, TLM_QUEUE_CONTEXT);
    status = WdfIoQueueCreate(device, &queueConfig, &attributes, &queue);
    if (!NT_SUCCESS(status)) {
        return status;
    }

    queueCtx = WdfObjectGet_TLM_QUEUE_CONTEXT(queue);
    queueCtx->DeviceContext = devCtx;
    queueCtx->Rotations = 0;
    devCtx->ControlQueue = queue;

    return WdfDeviceCreateDeviceInterface(device, &GUID_DEVINTERFACE_TLM_EXPORTER, NULL);
}

//
// Builds the default collector policy (owner-only) in paged pool and caches
// it: the cache makes WSK's own copy, so the pool block is freed right away.
//
static
NTSTATUS
TlmCacheDefaultPolicy(
    _In_ PTLM_DEVICE_CONTEXT DevCtx
    )
{
    NTSTATUS status;
    PSECURITY_DESCRIPTOR templateSd;

    templateSd = ExAllocatePool2(POOL_FLAG_PAGED, SECURITY_DESCRIPTOR_MIN_LENGTH, TLM_POOL_TAG);
    if (templateSd == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }

    status = RtlCreateSecurityDescriptor(templateSd, SECURITY_DESCRIPTOR_REVISION);
    if (NT_SUCCESS(status)) {
        status = DevCtx->Provider.Dispatch->WskControlClient(DevCtx->Provider.Client,
                                                             WSK_CACHE_SD,
                                                             sizeof(PSECURITY_DESCRIPTOR),
                                                             &templateSd,
                                                             sizeof(PSECURITY_DESCRIPTOR),
                                                             &DevCtx->CollectorSd,
                                                             NULL,
                                                             NULL);
    }

    ExFreePoolWithTag(templateSd, TLM_POOL_TAG);
    return status;
}

_Use_decl_annotations_
NTSTATUS
TlmEvtDevicePrepareHardware(
    WDFDEVICE Device,
    WDFCMRESLIST ResourcesRaw,
    WDFCMRESLIST ResourcesTranslated
    )
{
    NTSTATUS status;
    PTLM_DEVICE_CONTEXT devCtx = TlmGetDeviceContext(Device);
    WSK_CLIENT_NPI clientNpi;

    UNREFERENCED_PARAMETER(ResourcesRaw);
    UNREFERENCED_PARAMETER(ResourcesTranslated);

    clientNpi.ClientContext = devCtx;
    clientNpi.Dispatch = &TlmWskClientDispatch;
    status = WskRegister(&clientNpi, &devCtx->Registration);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    devCtx->Registered = TRUE;

    status = WskCaptureProviderNPI(&devCtx->Registration, WSK_INFINITE_WAIT, &devCtx->Provider);
    if (!NT_SUCCESS(status)) {
        return status;      // EvtDeviceReleaseHardware deregisters
    }
    devCtx->ProviderCaptured = TRUE;

    status = TlmCacheDefaultPolicy(devCtx);
    if (!NT_SUCCESS(status)) {
        return status;
    }

    //
    // The cached policy goes to WskSocket by value: the socket is born with
    // it, so no SO_WSK_SECURITY set is needed before the bind.
    //
    return TlmOpenExportSocket(devCtx, devCtx->CollectorSd, &devCtx->ExportSocket);
}

_Use_decl_annotations_
NTSTATUS
TlmEvtDeviceReleaseHardware(
    WDFDEVICE Device,
    WDFCMRESLIST ResourcesTranslated
    )
{
    PTLM_DEVICE_CONTEXT devCtx = TlmGetDeviceContext(Device);

    UNREFERENCED_PARAMETER(ResourcesTranslated);

    if (devCtx->ExportSocket != NULL) {
        TlmCloseSocket(devCtx, devCtx->ExportSocket);
        devCtx->ExportSocket = NULL;
    }

    //
    // The socket is closed (and its close waited for), so nothing can
    // still reference the policy.
    //
    if (devCtx->CollectorSd != NULL) {
        devCtx->Provider.Dispatch->WskControlClient(devCtx->Provider.Client,
                                                    WSK_RELEASE_SD,
                                                    sizeof(PSECURITY_DESCRIPTOR),
                                                    &devCtx->CollectorSd,
                                                    0,
                                                    NULL,
                                                    NULL,
                                                    NULL);
        devCtx->CollectorSd = NULL;
    }

    if (devCtx->ProviderCaptured) {
        WskReleaseProviderNPI(&devCtx->Registration);
        devCtx->ProviderCaptured = FALSE;
    }
    if (devCtx->Registered) {
        WskDeregister(&devCtx->Registration);
        devCtx->Registered = FALSE;
    }
    return STATUS_SUCCESS;
}
