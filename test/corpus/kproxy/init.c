//
// init.c - driver entry, policy descriptors and unload of kproxy.
//
// Copyright (c) Fabrikam, Inc.
//

#include "kproxy.h"

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD KpUnload;

static PDEVICE_OBJECT KpDeviceObject;

static const WSK_CLIENT_DISPATCH KpClientDispatch = {
    MAKE_WSK_VERSION(1, 0),
    0,
    NULL
};

//
// Builds an absolute descriptor in paged pool whose DACL grants Access to
// LocalSystem only. The caller frees it with ExFreePoolWithTag.
//
static
NTSTATUS
KpBuildDescriptor(
    _Outptr_ PSECURITY_DESCRIPTOR *Descriptor,
    _In_ ACCESS_MASK Access
    )
{
    NTSTATUS status;
    PSECURITY_DESCRIPTOR sd;
    PACL acl;
    ULONG aclSize;

    *Descriptor = NULL;

    aclSize = sizeof(ACL) + FIELD_OFFSET(ACCESS_ALLOWED_ACE, SidStart) +
              RtlLengthSid(SeExports->SeLocalSystemSid);

    sd = ExAllocatePool2(POOL_FLAG_PAGED, SECURITY_DESCRIPTOR_MIN_LENGTH + aclSize, KP_POOL_TAG);
    if (sd == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }

    acl = (PACL)((PUCHAR)sd + SECURITY_DESCRIPTOR_MIN_LENGTH);

    status = RtlCreateSecurityDescriptor(sd, SECURITY_DESCRIPTOR_REVISION);
    if (NT_SUCCESS(status)) {
        status = RtlCreateAcl(acl, aclSize, ACL_REVISION);
    }
    if (NT_SUCCESS(status)) {
        status = RtlAddAccessAllowedAce(acl, ACL_REVISION, Access, SeExports->SeLocalSystemSid);
    }
    if (NT_SUCCESS(status)) {
        status = RtlSetDaclSecurityDescriptor(sd, TRUE, acl, FALSE);
    }

    if (!NT_SUCCESS(status)) {
        ExFreePoolWithTag(sd, KP_POOL_TAG);
        return status;
    }

    *Descriptor = sd;
    return STATUS_SUCCESS;
}

_Use_decl_annotations_
NTSTATUS
KpInitPolicy(
    PKP_DEVICE_EXTENSION DevExt
    )
{
    NTSTATUS status;
    PSECURITY_DESCRIPTOR raw = NULL;

    PAGED_CODE();

    status = KpBuildDescriptor(&raw, FILE_ALL_ACCESS);
    if (!NT_SUCCESS(status)) {
        return status;
    }

    status = DevExt->Provider.Dispatch->WskControlClient(DevExt->Provider.Client,
                                                         WSK_CACHE_SD,
                                                         sizeof(PSECURITY_DESCRIPTOR),
                                                         &raw,
                                                         sizeof(PSECURITY_DESCRIPTOR),
                                                         &DevExt->PolicySd,   /* BUG WSK008: PolicySd is released nowhere */
                                                         NULL,
                                                         NULL);
    if (NT_SUCCESS(status)) {
        status = DevExt->Provider.Dispatch->WskControlClient(DevExt->Provider.Client,
                                                             WSK_CACHE_SD,
                                                             sizeof(SECURITY_DESCRIPTOR),     /* BUG WSK012: InputSize is the pointer size */
                                                             &raw,
                                                             sizeof(PSECURITY_DESCRIPTOR),
                                                             &DevExt->UpstreamSd,
                                                             NULL,
                                                             NULL);
    }

    ExFreePoolWithTag(raw, KP_POOL_TAG);
    return status;
}

_Use_decl_annotations_
VOID
KpUnload(
    PDRIVER_OBJECT DriverObject
    )
{
    PKP_DEVICE_EXTENSION devExt;

    UNREFERENCED_PARAMETER(DriverObject);

    PAGED_CODE();

    if (KpDeviceObject == NULL) {
        return;
    }

    devExt = (PKP_DEVICE_EXTENSION)KpDeviceObject->DeviceExtension;

    if (devExt->UpstreamSd != NULL) {
        devExt->Provider.Dispatch->WskControlClient(devExt->Provider.Client,
                                                    WSK_RELEASE_SD,
                                                    sizeof(PSECURITY_DESCRIPTOR),
                                                    &devExt->UpstreamSd,
                                                    0,
                                                    NULL,
                                                    NULL,
                                                    NULL);
        devExt->UpstreamSd = NULL;
    }

    if (devExt->ProviderReady) {
        WskReleaseProviderNPI(&devExt->Registration);
    }
    WskDeregister(&devExt->Registration);

    IoDeleteDevice(KpDeviceObject);
    KpDeviceObject = NULL;
}

_Use_decl_annotations_
NTSTATUS
DriverEntry(
    PDRIVER_OBJECT DriverObject,
    PUNICODE_STRING RegistryPath
    )
{
    NTSTATUS status;
    PKP_DEVICE_EXTENSION devExt;
    WSK_CLIENT_NPI clientNpi;
    UNICODE_STRING name;

    UNREFERENCED_PARAMETER(RegistryPath);

    RtlInitUnicodeString(&name, L"\\Device\\KProxy");
    status = IoCreateDevice(DriverObject, sizeof(KP_DEVICE_EXTENSION), &name,
                            FILE_DEVICE_NETWORK, FILE_DEVICE_SECURE_OPEN, FALSE,
                            &KpDeviceObject);
    if (!NT_SUCCESS(status)) {
        return status;
    }

    devExt = (PKP_DEVICE_EXTENSION)KpDeviceObject->DeviceExtension;
    RtlZeroMemory(devExt, sizeof(*devExt));
    devExt->DeviceObject = KpDeviceObject;
    KeInitializeSpinLock(&devExt->ConnectionLock);
    InitializeListHead(&devExt->Connections);

    devExt->UpstreamAddress.sin_family = AF_INET;
    devExt->UpstreamAddress.sin_port = RtlUshortByteSwap(KP_LISTEN_PORT);
    devExt->UpstreamAddress.sin_addr.s_addr = RtlUlongByteSwap(0x7F000001);

    DriverObject->DriverUnload = KpUnload;

    clientNpi.ClientContext = devExt;
    clientNpi.Dispatch = &KpClientDispatch;
    status = WskRegister(&clientNpi, &devExt->Registration);
    if (!NT_SUCCESS(status)) {
        IoDeleteDevice(KpDeviceObject);
        KpDeviceObject = NULL;
        return status;
    }

    status = WskCaptureProviderNPI(&devExt->Registration, WSK_INFINITE_WAIT, &devExt->Provider);  /* BUG WSK025: WSK_INFINITE_WAIT on a path from DriverEntry */
    if (NT_SUCCESS(status)) {
        devExt->ProviderReady = TRUE;
        status = KpInitPolicy(devExt);
    }

    if (!NT_SUCCESS(status)) {
        KpUnload(DriverObject);
    }
    return status;
}
