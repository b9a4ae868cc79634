/*
 * rmxinit.c - entry, unload, per-tier descriptors and IOCTL dispatch.
 *
 * Copyright (c) Adventure Works Cycles.
 */

#include "rmx.h"

#define IOCTL_RMX_ACCEPT_ADMIN      CTL_CODE(FILE_DEVICE_NETWORK, 0xA01, METHOD_NEITHER, FILE_ANY_ACCESS)
#define IOCTL_RMX_SET_SPARE_POLICY  CTL_CODE(FILE_DEVICE_NETWORK, 0xA02, METHOD_NEITHER, FILE_WRITE_ACCESS)

RMX_CONTEXT g_Rmx;
PSECURITY_DESCRIPTOR g_RmxTierSd[RMX_TIER_COUNT];
static PACL g_RmxTierAcl[RMX_TIER_COUNT];

static const WSK_CLIENT_DISPATCH RmxClientDispatch = { MAKE_WSK_VERSION(1, 0), 0, NULL };

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD RmxUnload;
_Dispatch_type_(IRP_MJ_DEVICE_CONTROL) DRIVER_DISPATCH RmxDispatchDeviceControl;

NTSTATUS
RmxIrpDone(
    _In_ PDEVICE_OBJECT DeviceObject,
    _In_ PIRP Irp,
    _In_reads_opt_(_Inexpressible_("varies")) PVOID Context
    )
{
    UNREFERENCED_PARAMETER(DeviceObject);
    UNREFERENCED_PARAMETER(Irp);
    KeSetEvent((PKEVENT)Context, IO_NO_INCREMENT, FALSE);
    return STATUS_MORE_PROCESSING_REQUIRED;
}

NTSTATUS
RmxWait(
    _In_ PKEVENT Event,
    _In_ PIRP Irp,
    _In_ NTSTATUS Status
    )
{
    if (Status == STATUS_PENDING) {
        KeWaitForSingleObject(Event, Executive, KernelMode, FALSE, NULL);
        Status = Irp->IoStatus.Status;
    }
    return Status;
}

VOID
RmxCloseSocket(
    _In_ PRMX_CONTEXT Ctx,
    _In_ PWSK_SOCKET Socket
    )
{
    PIRP irp = IoAllocateIrp(1, FALSE);

    if (irp == NULL) {
        return;
    }
    IoSetCompletionRoutine(irp, RmxIrpDone, &Ctx->Event, TRUE, TRUE, TRUE);
    (VOID)RmxWait(&Ctx->Event, irp, RMX_CONN(Socket)->WskCloseSocket(Socket, irp));
    IoFreeIrp(irp);
}

//
// One ACL per tier: SYSTEM always, Administrators for the admin tier,
// LocalService for the workers.
//
static
NTSTATUS
RmxBuildTierAcl(
    _In_ ULONG Tier,
    _Outptr_ PACL *Acl
    )
{
    NTSTATUS status;
    ULONG length = sizeof(ACL) + 2 * (sizeof(ACCESS_ALLOWED_ACE) + SECURITY_MAX_SID_SIZE);
    PACL acl;

    acl = ExAllocatePool2(POOL_FLAG_PAGED, length, RMX_TAG);
    if (acl == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }

    status = RtlCreateAcl(acl, length, ACL_REVISION);
    if (NT_SUCCESS(status)) {
        status = RtlAddAccessAllowedAce(acl, ACL_REVISION, GENERIC_ALL, SeExports->SeLocalSystemSid);
    }
    if (NT_SUCCESS(status) && Tier == RMX_TIER_ADMIN) {
        status = RtlAddAccessAllowedAce(acl, ACL_REVISION, GENERIC_ALL, SeExports->SeAliasAdminsSid);
    }
    if (NT_SUCCESS(status) && Tier == RMX_TIER_WORKER) {
        status = RtlAddAccessAllowedAce(acl, ACL_REVISION, GENERIC_ALL, SeExports->SeLocalServiceSid);
    }
    if (!NT_SUCCESS(status)) {
        ExFreePoolWithTag(acl, RMX_TAG);
        return status;
    }

    *Acl = acl;
    return STATUS_SUCCESS;
}

//
// Caches one descriptor per tier into g_RmxTierSd[]. On failure the tiers
// cached so far are released again, newest first.
//
static
NTSTATUS
RmxCacheTiers(
    _In_ PRMX_CONTEXT Ctx
    )
{
    NTSTATUS status;
    SECURITY_DESCRIPTOR body;
    PSECURITY_DESCRIPTOR tmpl = &body;
    ULONG i;

    for (i = 0; i < RMX_TIER_COUNT; i++) {
        status = RmxBuildTierAcl(i, &g_RmxTierAcl[i]);
        if (NT_SUCCESS(status)) {
            status = RtlCreateSecurityDescriptor(&body, SECURITY_DESCRIPTOR_REVISION);
        }
        if (NT_SUCCESS(status)) {
            status = RtlSetDaclSecurityDescriptor(&body, TRUE, g_RmxTierAcl[i], FALSE);
        }
        if (NT_SUCCESS(status)) {
            status = Ctx->Provider.Dispatch->WskControlClient(Ctx->Provider.Client,
                                                              WSK_CACHE_SD,
                                                              sizeof(PSECURITY_DESCRIPTOR),
                                                              &tmpl,
                                                              sizeof(PSECURITY_DESCRIPTOR),
                                                              &g_RmxTierSd[i],
                                                              NULL,
                                                              NULL);
        }
        if (!NT_SUCCESS(status)) {
            while (i > 0) {
                i--;
                Ctx->Provider.Dispatch->WskControlClient(Ctx->Provider.Client,
                                                         WSK_RELEASE_SD,
                                                         sizeof(PSECURITY_DESCRIPTOR),
                                                         &g_RmxTierSd[i],
                                                         0,
                                                         NULL,
                                                         NULL,
                                                         NULL);
                g_RmxTierSd[i] = NULL;
            }
            return status;
        }
    }
    return STATUS_SUCCESS;
}

static
VOID
RmxReleaseTiers(
    _In_ PRMX_CONTEXT Ctx
    )
{
    ULONG i;

    for (i = 0; i < RMX_TIER_COUNT; i++) {
        if (g_RmxTierSd[i] != NULL) {
            Ctx->Provider.Dispatch->WskControlClient(Ctx->Provider.Client,
                                                     WSK_RELEASE_SD,
                                                     sizeof(PSECURITY_DESCRIPTOR),
                                                     &g_RmxTierSd[i],
                                                     0,
                                                     NULL,
                                                     NULL,
                                                     NULL);
            g_RmxTierSd[i] = NULL;
        }
        if (g_RmxTierAcl[i] != NULL) {
            ExFreePoolWithTag(g_RmxTierAcl[i], RMX_TAG);
            g_RmxTierAcl[i] = NULL;
        }
    }
}

NTSTATUS
RmxDispatchDeviceControl(
    _In_ PDEVICE_OBJECT DeviceObject,
    _Inout_ PIRP Irp
    )
{
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    NTSTATUS status;

    UNREFERENCED_PARAMETER(DeviceObject);

    switch (stack->Parameters.DeviceIoControl.IoControlCode) {
    case IOCTL_RMX_ACCEPT_ADMIN:
        status = RmxIoctlAcceptAdmin(&g_Rmx,
                                     (PRMX_ADMIN_REPLY)Irp->UserBuffer,
                                     stack->Parameters.DeviceIoControl.OutputBufferLength);
        Irp->IoStatus.Information = NT_SUCCESS(status) ? sizeof(RMX_ADMIN_REPLY) : 0;
        break;

    case IOCTL_RMX_SET_SPARE_POLICY:
        status = RmxIoctlSetSparePolicy(&g_Rmx,
                                        stack->Parameters.DeviceIoControl.Type3InputBuffer,
                                        stack->Parameters.DeviceIoControl.InputBufferLength);
        Irp->IoStatus.Information = 0;
        break;

    default:
        status = STATUS_INVALID_DEVICE_REQUEST;
        Irp->IoStatus.Information = 0;
        break;
    }

    Irp->IoStatus.Status = status;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return status;
}

VOID
RmxUnload(
    _In_ PDRIVER_OBJECT DriverObject
    )
{
    UNREFERENCED_PARAMETER(DriverObject);

    RmxStopAll(&g_Rmx);
    RmxReleaseTiers(&g_Rmx);
    WskReleaseProviderNPI(&g_Rmx.Registration);
    WskDeregister(&g_Rmx.Registration);
    if (g_Rmx.DeviceObject != NULL) {
        IoDeleteDevice(g_Rmx.DeviceObject);
    }
}

NTSTATUS
DriverEntry(
    _In_ PDRIVER_OBJECT DriverObject,
    _In_ PUNICODE_STRING RegistryPath
    )
{
    NTSTATUS status;
    UNICODE_STRING name;
    WSK_CLIENT_NPI clientNpi;

    UNREFERENCED_PARAMETER(RegistryPath);

    RtlZeroMemory(&g_Rmx, sizeof(g_Rmx));
    KeInitializeEvent(&g_Rmx.Event, SynchronizationEvent, FALSE);

    RtlInitUnicodeString(&name, L"\\Device\\RpcMux");
    status = IoCreateDevice(DriverObject, 0, &name, FILE_DEVICE_NETWORK, FILE_DEVICE_SECURE_OPEN, FALSE, &g_Rmx.DeviceObject);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    DriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL] = RmxDispatchDeviceControl;
    DriverObject->DriverUnload = RmxUnload;

    clientNpi.ClientContext = &g_Rmx;
    clientNpi.Dispatch = &RmxClientDispatch;
    status = WskRegister(&clientNpi, &g_Rmx.Registration);
    if (!NT_SUCCESS(status)) {
        IoDeleteDevice(g_Rmx.DeviceObject);
        return status;
    }
    status = WskCaptureProviderNPI(&g_Rmx.Registration, WSK_INFINITE_WAIT, &g_Rmx.Provider);  /* BUG WSK025: WSK_INFINITE_WAIT on a path from DriverEntry */
    if (!NT_SUCCESS(status)) {
        WskDeregister(&g_Rmx.Registration);
        IoDeleteDevice(g_Rmx.DeviceObject);
        return status;
    }

    status = RmxCacheTiers(&g_Rmx);
    if (NT_SUCCESS(status)) {
        status = RmxOpenListeners(&g_Rmx);
    }
    if (NT_SUCCESS(status)) {
        status = RmxStartAdmin(&g_Rmx);
    }
    if (NT_SUCCESS(status)) {
        status = RmxStartWorkers(&g_Rmx, RMX_MAX_WORKERS);
    }
    if (NT_SUCCESS(status)) {
        status = RmxOpenMonitors(&g_Rmx);
    }
    if (!NT_SUCCESS(status)) {
        RmxUnload(DriverObject);
    }
    return status;
}
