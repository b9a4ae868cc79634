/*++

Copyright (c) Proseware, Inc.

Module Name:

    isiinit.c

Abstract:

    Driver entry and unload of the iSCSI initiator transport; the target
    portal socket and the local administration socket.

--*/

#include "isi.h"

PISI_DEVICE g_IsiDev = NULL;

static const WSK_CLIENT_DISPATCH IsiClientDispatch = { MAKE_WSK_VERSION(1, 0), 0, NULL };

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD IsiUnload;

//
// Portal socket: created, prepared (options + bind), restricted.
//
static
NTSTATUS
IsiStartPortal(
    _Inout_ PISI_DEVICE Dev
    )
{
    NTSTATUS status;

    Dev->PortalAddress.sin_family = AF_INET;
    Dev->PortalAddress.sin_port = RtlUshortByteSwap(ISI_PORTAL_PORT);
    Dev->PortalAddress.sin_addr.s_addr = INADDR_ANY;

    status = IsiCreateSocket(Dev, SOCK_STREAM, &Dev->PortalSocket);
    if (!NT_SUCCESS(status)) {
        return status;
    }

    status = IsiPrepareSocket(Dev, Dev->PortalSocket, (PSOCKADDR)&Dev->PortalAddress);
    if (!NT_SUCCESS(status)) {
        goto CloseSocket;
    }

    status = IsiSecureSocket(Dev, Dev->PortalSocket, &Dev->PortalSd);     /* BUG WSK007: IsiPrepareSocket bound the portal socket (via IsiBindLocal) */
    if (!NT_SUCCESS(status)) {
        goto CloseSocket;
    }

    Dev->PortalStarted = TRUE;
    return STATUS_SUCCESS;

CloseSocket:
    IsiCloseSocket(Dev, Dev->PortalSocket);
    Dev->PortalSocket = NULL;
    return status;
}

//
// Local administration socket (loopback datagrams from the service).
//
static
NTSTATUS
IsiOpenAdminSocket(
    _Inout_ PISI_DEVICE Dev
    )
{
    NTSTATUS status;
    PIRP irp;
    SOCKADDR_IN local;

    irp = IoAllocateIrp(1, FALSE);
    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }

    IoSetCompletionRoutine(irp, IsiIrpComplete, &Dev->Event, TRUE, TRUE, TRUE);
    status = Dev->Provider.Dispatch->WskSocket(Dev->Provider.Client,
                                               AF_INET,
                                               SOCK_DGRAM,
                                               IPPROTO_UDP,
                                               WSK_FLAG_DATAGRAM_SOCKET,
                                               Dev,
                                               NULL,
                                               NULL,
                                               NULL,
                                               &Dev->AdminSdBuffer,    /* BUG WSK011: the absolute template itself, never cached */
                                               irp);
    status = IsiWait(Dev, irp, status);
    if (!NT_SUCCESS(status)) {
        IoFreeIrp(irp);
        return status;
    }
    Dev->AdminSocket = (PWSK_SOCKET)irp->IoStatus.Information;
    IoFreeIrp(irp);

    RtlZeroMemory(&local, sizeof(local));
    local.sin_family = AF_INET;
    local.sin_addr.s_addr = RtlUlongByteSwap(INADDR_LOOPBACK);
    return IsiBindLocal(Dev, Dev->AdminSocket, (PSOCKADDR)&local);
}

_Use_decl_annotations_
VOID
IsiUnload(
    PDRIVER_OBJECT DriverObject
    )
{
    PISI_DEVICE dev = g_IsiDev;
    ULONG i;

    UNREFERENCED_PARAMETER(DriverObject);

    if (dev == NULL) {
        return;
    }

    for (i = 0; i < ISI_MAX_SESSIONS; i++) {
        if (dev->Sessions[i].InUse) {
            IsiLogoutSession(dev, &dev->Sessions[i]);
        }
    }

    if (dev->PortalStarted) {
        IsiTeardownPortal(dev);
        dev->PortalStarted = FALSE;
    }

    if (dev->DiscoverySocket != NULL) {
        IsiCloseSocket(dev, dev->DiscoverySocket);
        dev->DiscoverySocket = NULL;
    }
    if (dev->DiscoverySd != NULL) {
        IsiReleaseDescriptor(dev, &dev->DiscoverySd);
        dev->DiscoverySd = NULL;
    }

    if (dev->AdminSocket != NULL) {
        IsiCloseSocket(dev, dev->AdminSocket);
        dev->AdminSocket = NULL;
    }

    //
    // The portal descriptor is cached even when the portal never started.
    //
    if (dev->PortalSd != NULL) {
        IsiReleaseDescriptor(dev, &dev->PortalSd);     /* BUG WSK009: IsiTeardownPortal released it already when the portal ran */
        dev->PortalSd = NULL;
    }

    WskReleaseProviderNPI(&dev->Registration);
    WskDeregister(&dev->Registration);
    IoDeleteDevice(dev->DeviceObject);
    g_IsiDev = NULL;
}

_Use_decl_annotations_
NTSTATUS
DriverEntry(
    PDRIVER_OBJECT DriverObject,
    PUNICODE_STRING RegistryPath
    )
{
    NTSTATUS status;
    PDEVICE_OBJECT deviceObject;
    PISI_DEVICE dev;
    UNICODE_STRING name;
    WSK_CLIENT_NPI clientNpi;

    UNREFERENCED_PARAMETER(RegistryPath);

    RtlInitUnicodeString(&name, L"\\Device\\IsiTransport");
    status = IoCreateDevice(DriverObject, sizeof(ISI_DEVICE), &name, FILE_DEVICE_NETWORK,
                            FILE_DEVICE_SECURE_OPEN, FALSE, &deviceObject);
    if (!NT_SUCCESS(status)) {
        return status;
    }

    dev = (PISI_DEVICE)deviceObject->DeviceExtension;
    RtlZeroMemory(dev, sizeof(ISI_DEVICE));
    dev->DeviceObject = deviceObject;
    KeInitializeEvent(&dev->Event, SynchronizationEvent, FALSE);

    status = RtlCreateSecurityDescriptor(&dev->AdminSdBuffer, SECURITY_DESCRIPTOR_REVISION);
    if (!NT_SUCCESS(status)) {
        IoDeleteDevice(deviceObject);
        return status;
    }
    dev->PortalTemplate = &dev->AdminSdBuffer;
    dev->DiscoveryTemplate = &dev->AdminSdBuffer;

    clientNpi.ClientContext = dev;
    clientNpi.Dispatch = &IsiClientDispatch;
    status = WskRegister(&clientNpi, &dev->Registration);
    if (!NT_SUCCESS(status)) {
        IoDeleteDevice(deviceObject);
        return status;
    }
    status = WskCaptureProviderNPI(&dev->Registration, WSK_INFINITE_WAIT, &dev->Provider);  /* BUG WSK025: WSK_INFINITE_WAIT on a path from DriverEntry */
    if (!NT_SUCCESS(status)) {
        WskDeregister(&dev->Registration);
        IoDeleteDevice(deviceObject);
        return status;
    }

    g_IsiDev = dev;
    DriverObject->DriverUnload = IsiUnload;

    status = IsiCacheDescriptor(dev, dev->PortalTemplate, &dev->PortalSd);
    if (NT_SUCCESS(status)) {
        status = IsiStartPortal(dev);
    }
    if (NT_SUCCESS(status)) {
        status = IsiOpenDiscoverySocket(dev);
    }
    if (NT_SUCCESS(status)) {
        status = IsiOpenAdminSocket(dev);
    }
    if (!NT_SUCCESS(status)) {
        IsiUnload(DriverObject);
    }
    return status;
}
