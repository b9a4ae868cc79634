/*++

Copyright (c) 2009-2014 Northwind Traders

Module Name:

    bridge.c

Abstract:

    Descriptor handling and socket creation of the TDI-to-WSK bridge.

--*/

#include "bridge.h"

#ifdef ALLOC_PRAGMA
#pragma alloc_text(PAGE, TbInitDescriptors)
#pragma alloc_text(PAGE, TbCreateBridgeSocket)
#endif

WSK_REGISTRATION        TbRegistration;
WSK_PROVIDER_NPI        TbProvider;

PSECURITY_DESCRIPTOR    g_TbBridgeSd = NULL;        // cached, released in TbUnload
PSECURITY_DESCRIPTOR    g_TbLegacySd = NULL;        // cached for the TDX compatibility path

NTSTATUS
NTAPI
TbComplete(
    IN PDEVICE_OBJECT DeviceObject,
    IN PIRP Irp,
    IN PVOID Context
    )
{
    UNREFERENCED_PARAMETER(DeviceObject);
    UNREFERENCED_PARAMETER(Irp);
    KeSetEvent((PKEVENT)Context, IO_NO_INCREMENT, FALSE);
    return STATUS_MORE_PROCESSING_REQUIRED;
}

NTSTATUS
NTAPI
TbInitDescriptors(
    VOID
    )
{
    NTSTATUS status;
    PSECURITY_DESCRIPTOR sd;
    SIZE_T bytes = 0;

    PAGED_CODE();

    sd = ExAllocatePoolWithTag(NonPagedPoolNx, SECURITY_DESCRIPTOR_MIN_LENGTH, TB_TAG);
    if (sd == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }

    status = RtlCreateSecurityDescriptor(sd, SECURITY_DESCRIPTOR_REVISION);
    if (!NT_SUCCESS(status)) {
        TbProvider.Dispatch->WskControlClient(TbProvider.Client,
                                              WSK_RELEASE_SD,
                                              sizeof(PSECURITY_DESCRIPTOR),
                                              &sd,          /* BUG WSK009: pool descriptor, never cached */
                                              0,
                                              NULL,
                                              NULL,
                                              NULL);
        return status;
    }

    status = TbProvider.Dispatch->WskControlClient(TbProvider.Client,
                                                   WSK_CACHE_SD,
                                                   sizeof(PSECURITY_DESCRIPTOR),
                                                   &sd,
                                                   sizeof(PSECURITY_DESCRIPTOR),
                                                   &g_TbBridgeSd,
                                                   &bytes,          /* BUG WSK012: OutputSizeReturned must be NULL */
                                                   NULL);
    if (NT_SUCCESS(status)) {
        status = TbProvider.Dispatch->WskControlClient(TbProvider.Client,
                                                       WSK_CACHE_SD,
                                                       sizeof(PSECURITY_DESCRIPTOR),
                                                       &sd,
                                                       sizeof(PSECURITY_DESCRIPTOR),
                                                       &g_TbLegacySd,   /* BUG WSK008: g_TbLegacySd is released nowhere */
                                                       NULL,
                                                       NULL);
    }

    ExFreePoolWithTag(sd, TB_TAG);
    return status;
}

//
// Re-caches a caller-supplied descriptor into the bridge slot. Called by
// the TDX compatibility layer with the IRP of the request being served.
//
NTSTATUS
NTAPI
TbRecacheDescriptor(
    IN PSECURITY_DESCRIPTOR Raw,
    IN PIRP Irp
    )
{
    NTSTATUS status;
    PSECURITY_DESCRIPTOR cached = NULL;

    status = TbProvider.Dispatch->WskControlClient(TbProvider.Client,
                                                   WSK_CACHE_SD,
                                                   sizeof(PSECURITY_DESCRIPTOR),
                                                   &Raw,
                                                   sizeof(PSECURITY_DESCRIPTOR),
                                                   &cached,
                                                   NULL,
                                                   Irp);        /* BUG WSK012: WSK_CACHE_SD takes no IRP */
    if (!NT_SUCCESS(status)) {
        return status;
    }

    if (g_TbBridgeSd != NULL) {
        TbProvider.Dispatch->WskControlClient(TbProvider.Client,
                                              WSK_RELEASE_SD,
                                              sizeof(PSECURITY_DESCRIPTOR),
                                              &g_TbBridgeSd,
                                              0,
                                              NULL,
                                              NULL,
                                              NULL);
    }
    g_TbBridgeSd = cached;

    return STATUS_SUCCESS;
}

NTSTATUS
NTAPI
TbCreateBridgeSocket(
    IN OUT PTB_BRIDGE Bridge
    )
{
    NTSTATUS status;
    PSECURITY_DESCRIPTOR rawSd;
    PIRP irp;

    PAGED_CODE();

    rawSd = ExAllocatePoolWithTag(PagedPool, SECURITY_DESCRIPTOR_MIN_LENGTH, TB_TAG);
    if (rawSd == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    RtlCreateSecurityDescriptor(rawSd, SECURITY_DESCRIPTOR_REVISION);

    irp = IoAllocateIrp(1, FALSE);
    if (irp == NULL) {
        ExFreePoolWithTag(rawSd, TB_TAG);
        return STATUS_INSUFFICIENT_RESOURCES;
    }

    KeInitializeEvent(&Bridge->Event, SynchronizationEvent, FALSE);
    IoSetCompletionRoutine(irp, TbComplete, &Bridge->Event, TRUE, TRUE, TRUE);

    status = TbProvider.Dispatch->WskSocket(TbProvider.Client,
                                            (ADDRESS_FAMILY)Bridge->AddressFamily,
                                            SOCK_STREAM,
                                            IPPROTO_TCP,
                                            WSK_FLAG_CONNECTION_SOCKET,
                                            Bridge,
                                            NULL,
                                            NULL,
                                            NULL,
                                            rawSd,      /* BUG WSK011: pool descriptor, not a cached copy */
                                            irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(&Bridge->Event, Executive, KernelMode, FALSE, NULL);
        status = irp->IoStatus.Status;
    }

    if (NT_SUCCESS(status)) {
        Bridge->Socket = (PWSK_SOCKET)irp->IoStatus.Information;
    }

    IoFreeIrp(irp);
    ExFreePoolWithTag(rawSd, TB_TAG);
    return status;
}

//
// Applies a freshly built descriptor to a socket that is not bound yet.
//
NTSTATUS
NTAPI
TbSecureSocket(
    IN PTB_BRIDGE Bridge,
    IN PWSK_SOCKET Socket
    )
{
    NTSTATUS status;
    PSECURITY_DESCRIPTOR sd;
    PIRP irp;

    sd = ExAllocatePoolWithTag(NonPagedPoolNx, SECURITY_DESCRIPTOR_MIN_LENGTH, TB_TAG);
    if (sd == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }

    irp = IoAllocateIrp(1, FALSE);
    if (irp == NULL) {
        ExFreePoolWithTag(sd, TB_TAG);
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    IoSetCompletionRoutine(irp, TbComplete, &Bridge->Event, TRUE, TRUE, TRUE);

    status = ((PWSK_PROVIDER_CONNECTION_DISPATCH)Socket->Dispatch)->WskControlSocket(
                 Socket,
                 WskSetOption,
                 SO_WSK_SECURITY,
                 SOL_SOCKET,
                 sizeof(PSECURITY_DESCRIPTOR),
                 &sd,           /* BUG WSK011: pool descriptor handed to the set without WSK_CACHE_SD */
                 0,
                 NULL,
                 NULL,
                 irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(&Bridge->Event, Executive, KernelMode, FALSE, NULL);
        status = irp->IoStatus.Status;
    }

    IoFreeIrp(irp);
    ExFreePoolWithTag(sd, TB_TAG);
    return status;
}

//
// The control socket gets an owner-only descriptor built on the stack.
//
NTSTATUS
NTAPI
TbSecureControlSocket(
    IN PTB_BRIDGE Bridge
    )
{
    NTSTATUS status;
    SECURITY_DESCRIPTOR sdObject;
    PSECURITY_DESCRIPTOR sd;
    PIRP irp;

    status = RtlCreateSecurityDescriptor(&sdObject, SECURITY_DESCRIPTOR_REVISION);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    sd = &sdObject;

    irp = IoAllocateIrp(1, FALSE);
    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    IoSetCompletionRoutine(irp, TbComplete, &Bridge->Event, TRUE, TRUE, TRUE);

    status = ((PWSK_PROVIDER_BASIC_DISPATCH)Bridge->ControlSocket->Dispatch)->WskControlSocket(
                 Bridge->ControlSocket,
                 WskSetOption,
                 SO_WSK_SECURITY,
                 SOL_SOCKET,
                 sizeof(sd),
                 &sd,           /* BUG WSK011: address of a stack SECURITY_DESCRIPTOR, not cached */
                 0,
                 NULL,
                 NULL,
                 irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(&Bridge->Event, Executive, KernelMode, FALSE, NULL);
        status = irp->IoStatus.Status;
    }

    IoFreeIrp(irp);
    return status;
}

//
// TDX compatibility: the TDX layer passes the descriptor of the address
// object it is replacing. It is already a cached copy (see TbRecacheDescriptor).
//
NTSTATUS
NTAPI
TbApplyCallerDescriptor(
    IN PTB_BRIDGE Bridge,
    IN PSECURITY_DESCRIPTOR CallerSd,
    IN PIRP Irp
    )
{
    NTSTATUS status;

    KeClearEvent(&Bridge->Event);
    IoSetCompletionRoutine(Irp, TbComplete, &Bridge->Event, TRUE, TRUE, TRUE);

    status = ((PWSK_PROVIDER_CONNECTION_DISPATCH)Bridge->Socket->Dispatch)->WskControlSocket(
                 Bridge->Socket,
                 WskSetOption,
                 SO_WSK_SECURITY,
                 SOL_SOCKET,
                 sizeof(PSECURITY_DESCRIPTOR),
                 &CallerSd,
                 0,
                 NULL,
                 NULL,
                 Irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(&Bridge->Event, Executive, KernelMode, FALSE, NULL);
        status = Irp->IoStatus.Status;
    }
    return status;
}

NTSTATUS
NTAPI
TbSecureLegacySocket(
    IN PTB_BRIDGE Bridge,
    IN PWSK_SOCKET Socket
    )
{
    NTSTATUS status;
    SECURITY_DESCRIPTOR legacySd;
    PIRP irp;

    RtlCreateSecurityDescriptor(&legacySd, SECURITY_DESCRIPTOR_REVISION);

    irp = IoAllocateIrp(1, FALSE);
    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    IoSetCompletionRoutine(irp, TbComplete, &Bridge->Event, TRUE, TRUE, TRUE);

    status = ((PWSK_PROVIDER_CONNECTION_DISPATCH)Socket->Dispatch)->WskControlSocket(
                 Socket,
                 WskSetOption,
                 SO_WSK_SECURITY,
                 SOL_SOCKET,
                 sizeof(PSECURITY_DESCRIPTOR),
                 &legacySd,     /* BUG WSK002: address of the SECURITY_DESCRIPTOR object itself */
                 0,
                 NULL,
                 NULL,
                 irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(&Bridge->Event, Executive, KernelMode, FALSE, NULL);
        status = irp->IoStatus.Status;
    }

    IoFreeIrp(irp);
    return status;
}
