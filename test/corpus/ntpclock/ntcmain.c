//
// ntcmain.c - DriverEntry / DriverUnload. The server descriptor is cached
// here once and released at unload.
//
// Copyright (c) Tailspin Toys Time Services.
//

#include "ntc.h"

NTC_CLOCK g_NtcClock;
PSECURITY_DESCRIPTOR g_NtcServerSd = NULL;

static const WSK_CLIENT_DISPATCH NtcClientDispatch = { MAKE_WSK_VERSION(1, 0), 0, NULL };

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD NtcUnload;

_Use_decl_annotations_
NTSTATUS
NtcIrpComplete(
    PDEVICE_OBJECT DeviceObject,
    PIRP Irp,
    PVOID Context
    )
{
    UNREFERENCED_PARAMETER(DeviceObject);
    UNREFERENCED_PARAMETER(Irp);
    KeSetEvent((PKEVENT)Context, IO_NO_INCREMENT, FALSE);
    return STATUS_MORE_PROCESSING_REQUIRED;
}

//
// Every WSK call of the driver waits here; callers rely on the IRP having
// completed when this returns.
//
_Use_decl_annotations_
NTSTATUS
NtcWaitIrp(
    PNTC_CLOCK Clock,
    PIRP Irp,
    NTSTATUS Status
    )
{
    if (Status == STATUS_PENDING) {
        KeWaitForSingleObject(&Clock->Event, Executive, KernelMode, FALSE, NULL);
        Status = Irp->IoStatus.Status;
    }
    return Status;
}

_Use_decl_annotations_
VOID
NtcCloseSocket(
    PNTC_CLOCK Clock,
    PWSK_SOCKET Socket
    )
{
    PIRP irp = IoAllocateIrp(1, FALSE);

    if (irp != NULL) {
        IoSetCompletionRoutine(irp, NtcIrpComplete, &Clock->Event, TRUE, TRUE, TRUE);
        (VOID)NtcWaitIrp(Clock, irp, NTC_DGRAM(Socket)->WskCloseSocket(Socket, irp));
        IoFreeIrp(irp);
    }
}

//
// Server policy: owned by LocalService. The descriptor is built on the
// stack; WSK_CACHE_SD makes the copy every server socket will use.
//
static
NTSTATUS
NtcCacheServerSd(
    _In_ PNTC_CLOCK Clock
    )
{
    NTSTATUS status;
    SECURITY_DESCRIPTOR sdBody;
    PSECURITY_DESCRIPTOR tmpl;

    status = RtlCreateSecurityDescriptor(&sdBody, SECURITY_DESCRIPTOR_REVISION);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    status = RtlSetOwnerSecurityDescriptor(&sdBody, SeExports->SeLocalServiceSid, FALSE);
    if (!NT_SUCCESS(status)) {
        return status;
    }

    tmpl = &sdBody;
    return Clock->Provider.Dispatch->WskControlClient(Clock->Provider.Client,
                                                      WSK_CACHE_SD,
                                                      sizeof(tmpl),
                                                      &tmpl,
                                                      sizeof(g_NtcServerSd),
                                                      &g_NtcServerSd,
                                                      NULL,
                                                      NULL);
}

_Use_decl_annotations_
VOID
NtcUnload(
    PDRIVER_OBJECT DriverObject
    )
{
    UNREFERENCED_PARAMETER(DriverObject);

    NtcStopPeers(&g_NtcClock);

    if (g_NtcClock.ServerSocket != NULL) {
        NtcCloseSocket(&g_NtcClock, g_NtcClock.ServerSocket);
        g_NtcClock.ServerSocket = NULL;
    }

    //
    // No socket is left that could still be applying the descriptor.
    //
    if (g_NtcServerSd != NULL) {
        g_NtcClock.Provider.Dispatch->WskControlClient(g_NtcClock.Provider.Client,
                                                       WSK_RELEASE_SD,
                                                       sizeof(PSECURITY_DESCRIPTOR),
                                                       &g_NtcServerSd,
                                                       0,
                                                       NULL,
                                                       NULL,
                                                       NULL);
        g_NtcServerSd = NULL;
    }

    if (g_NtcClock.ProviderCaptured) {
        WskReleaseProviderNPI(&g_NtcClock.Registration);
        g_NtcClock.ProviderCaptured = FALSE;
    }
    if (g_NtcClock.Registered) {
        WskDeregister(&g_NtcClock.Registration);
        g_NtcClock.Registered = FALSE;
    }
}

_Use_decl_annotations_
NTSTATUS
DriverEntry(
    PDRIVER_OBJECT DriverObject,
    PUNICODE_STRING RegistryPath
    )
{
    NTSTATUS status;
    WSK_CLIENT_NPI clientNpi;
    ULONG i;

    UNREFERENCED_PARAMETER(RegistryPath);

    RtlZeroMemory(&g_NtcClock, sizeof(g_NtcClock));
    KeInitializeEvent(&g_NtcClock.Event, SynchronizationEvent, FALSE);
    DriverObject->DriverUnload = NtcUnload;

    clientNpi.ClientContext = &g_NtcClock;
    clientNpi.Dispatch = &NtcClientDispatch;
    status = WskRegister(&clientNpi, &g_NtcClock.Registration);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    g_NtcClock.Registered = TRUE;

    status = WskCaptureProviderNPI(&g_NtcClock.Registration, WSK_INFINITE_WAIT, &g_NtcClock.Provider);  /* BUG WSK025: WSK_INFINITE_WAIT on a path from DriverEntry */
    if (!NT_SUCCESS(status)) {
        goto Failed;
    }
    g_NtcClock.ProviderCaptured = TRUE;

    status = NtcCacheServerSd(&g_NtcClock);
    if (!NT_SUCCESS(status)) {
        goto Failed;
    }

    status = NtcOpenServerSocket(&g_NtcClock);
    if (!NT_SUCCESS(status)) {
        goto Failed;
    }

    for (i = 0; i < g_NtcClock.PeerCount; i++) {
        status = NtcOpenPeerSocket(&g_NtcClock, &g_NtcClock.Peers[i]);
        if (!NT_SUCCESS(status)) {
            goto Failed;
        }
    }
    return STATUS_SUCCESS;

Failed:
    NtcUnload(DriverObject);
    return status;
}
