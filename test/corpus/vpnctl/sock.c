/*++

Module Name:

    sock.c

Abstract:

    Socket helpers of the VPN control channel. Each helper does one WSK
    request on the tunnel's socket and waits for it.

--*/

#include "vpnctl.h"

static IO_COMPLETION_ROUTINE VtIrpDone;

static
NTSTATUS
VtIrpDone(
    _In_ PDEVICE_OBJECT DeviceObject,
    _In_ PIRP Irp,
    _In_ PVOID Context
    )
{
    UNREFERENCED_PARAMETER(DeviceObject);
    UNREFERENCED_PARAMETER(Irp);

    KeSetEvent((PKEVENT)Context, IO_NO_INCREMENT, FALSE);
    return STATUS_MORE_PROCESSING_REQUIRED;
}

_Use_decl_annotations_
VOID
VtRearmIrp(
    PVT_TUNNEL Tunnel
    )
{
    IoReuseIrp(Tunnel->Irp, STATUS_UNSUCCESSFUL);
    KeClearEvent(&Tunnel->Event);
    IoSetCompletionRoutine(Tunnel->Irp, VtIrpDone, &Tunnel->Event, TRUE, TRUE, TRUE);
}

//
// Waits for a request the provider returned STATUS_PENDING for, then
// re-arms the tunnel's IRP for the next request.
//
_Use_decl_annotations_
NTSTATUS
VtWaitIrp(
    PVT_TUNNEL Tunnel,
    NTSTATUS Status
    )
{
    if (Status == STATUS_PENDING) {
        KeWaitForSingleObject(&Tunnel->Event, Executive, KernelMode, FALSE, NULL);
        Status = Tunnel->Irp->IoStatus.Status;
    }

    VtRearmIrp(Tunnel);
    return Status;
}

_Use_decl_annotations_
NTSTATUS
VtCreateTunnelSocket(
    PVT_TUNNEL Tunnel
    )
{
    NTSTATUS status;

    if (Tunnel->Irp == NULL) {
        Tunnel->Irp = IoAllocateIrp(1, FALSE);
        if (Tunnel->Irp == NULL) {
            return STATUS_INSUFFICIENT_RESOURCES;
        }
        KeInitializeEvent(&Tunnel->Event, SynchronizationEvent, FALSE);
        VtRearmIrp(Tunnel);
    }

    status = g_Vt.Npi.Dispatch->WskSocket(g_Vt.Npi.Client,
                                          AF_INET,
                                          SOCK_STREAM,
                                          IPPROTO_TCP,
                                          WSK_FLAG_CONNECTION_SOCKET,
                                          Tunnel,
                                          NULL,
                                          NULL,
                                          NULL,
                                          NULL,
                                          Tunnel->Irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(&Tunnel->Event, Executive, KernelMode, FALSE, NULL);
        status = Tunnel->Irp->IoStatus.Status;
    }
    if (NT_SUCCESS(status)) {
        Tunnel->Socket = (PWSK_SOCKET)Tunnel->Irp->IoStatus.Information;
    }

    VtRearmIrp(Tunnel);
    return status;
}

//
// Must run before VtBindTunnel: WSK ignores the descriptor of a bound
// socket.
//
_Use_decl_annotations_
NTSTATUS
VtApplySecurity(
    PVT_TUNNEL Tunnel
    )
{
    NTSTATUS status;

    status = VT_CONN(Tunnel->Socket)->WskControlSocket(Tunnel->Socket,
                                                       WskSetOption,
                                                       SO_WSK_SECURITY,
                                                       SOL_SOCKET,
                                                       VT_SD_PTR_SIZE,
                                                       &Tunnel->SessionSd,
                                                       0,
                                                       NULL,
                                                       NULL,
                                                       Tunnel->Irp);
    return VtWaitIrp(Tunnel, status);
}

_Use_decl_annotations_
NTSTATUS
VtBindTunnel(
    PVT_TUNNEL Tunnel
    )
{
    NTSTATUS status;

    status = VT_CONN(Tunnel->Socket)->WskBind(Tunnel->Socket,
                                              (PSOCKADDR)&Tunnel->Local,
                                              0,
                                              Tunnel->Irp);
    return VtWaitIrp(Tunnel, status);
}

_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
VtConnectTunnel(
    _In_ PVT_TUNNEL Tunnel
    )
{
    NTSTATUS status;

    status = VT_CONN(Tunnel->Socket)->WskConnect(Tunnel->Socket,
                                                 (PSOCKADDR)&Tunnel->Remote,
                                                 0,
                                                 Tunnel->Irp);
    return VtWaitIrp(Tunnel, status);
}
