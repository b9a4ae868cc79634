/*++

Module Name:

    tunnel.c

Abstract:

    Opening and closing of VPN control tunnels.

--*/

#include "vpnctl.h"

static const WSK_CLIENT_CONNECTION_DISPATCH VtTunnelDispatch = { NULL, NULL, NULL };

_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
VtConnectTunnel(
    _In_ PVT_TUNNEL Tunnel
    );

//
// Creates the tunnel socket, applies the session descriptor, binds and
// connects - in that order.
//
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
VtOpenTunnel(
    _Inout_ PVT_TUNNEL Tunnel,
    _In_ PSECURITY_DESCRIPTOR Raw
    )
{
    NTSTATUS status;

    status = VtCreateTunnelSocket(Tunnel);
    VT_CHECK(status);

    Tunnel->SessionSd = VtCacheSessionSd(Raw);
    if (Tunnel->SessionSd == NULL) {
        status = STATUS_INSUFFICIENT_RESOURCES;
        goto Cleanup;
    }

    status = VtApplySecurity(Tunnel);
    VT_CHECK(status);

    status = VtBindTunnel(Tunnel);
    VT_CHECK(status);

    status = VtConnectTunnel(Tunnel);

Cleanup:
    return status;
}

//
// Variant for peers behind NAT that require a local port from a small
// range: the descriptor is applied before each bind attempt, and a bind
// that failed leaves the socket unbound for the next attempt.
//
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
VtOpenTunnelInRange(
    _Inout_ PVT_TUNNEL Tunnel,
    _In_ USHORT FirstPort
    )
{
    NTSTATUS status;
    PWSK_SOCKET socket;
    PIRP irp;
    ULONG attempt;

    status = VtCreateTunnelSocket(Tunnel);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    socket = Tunnel->Socket;
    irp = Tunnel->Irp;

    for (attempt = 0; attempt < VT_MAX_BIND_ATTEMPTS; attempt++) {
        status = VT_CONN(socket)->WskControlSocket(socket,
                                                   WskSetOption,
                                                   SO_WSK_SECURITY,
                                                   SOL_SOCKET,
                                                   VT_SD_PTR_SIZE,
                                                   &Tunnel->SessionSd,
                                                   0,
                                                   NULL,
                                                   NULL,
                                                   irp);
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&Tunnel->Event, Executive, KernelMode, FALSE, NULL);
            status = irp->IoStatus.Status;
        }
        if (!NT_SUCCESS(status)) {
            break;
        }

        VtRearmIrp(Tunnel);

        Tunnel->Local.sin_port = RtlUshortByteSwap((USHORT)(FirstPort + attempt));
        status = VT_CONN(socket)->WskBind(socket, (PSOCKADDR)&Tunnel->Local, 0, irp);
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&Tunnel->Event, Executive, KernelMode, FALSE, NULL);
            status = irp->IoStatus.Status;
        }
        if (NT_SUCCESS(status)) {
            break;
        }
        if (status != STATUS_ADDRESS_ALREADY_EXISTS) {
            break;
        }

        VtRearmIrp(Tunnel);
    }

    return status;
}

//
// Outbound tunnel in one request. WskSocketConnect takes the cached copy
// by value; the copy is released once the request has completed.
//
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
VtConnectWithPolicy(
    _Inout_ PVT_TUNNEL Tunnel,
    _In_ PSECURITY_DESCRIPTOR Raw
    )
{
    NTSTATUS status;
    PSECURITY_DESCRIPTOR sessionSd = NULL;
    PSECURITY_DESCRIPTOR effective = NULL;
    PIRP irp = NULL;

    status = VtCloneSd(Raw, &sessionSd);
    VT_CHECK(status);

    irp = IoAllocateIrp(1, FALSE);
    if (irp == NULL) {
        status = STATUS_INSUFFICIENT_RESOURCES;
        goto Cleanup;
    }
    KeInitializeEvent(&Tunnel->Event, SynchronizationEvent, FALSE);
    Tunnel->Irp = irp;
    VtRearmIrp(Tunnel);

    status = g_Vt.Npi.Dispatch->WskSocketConnect(g_Vt.Npi.Client,
                                                 SOCK_STREAM,
                                                 IPPROTO_TCP,
                                                 (PSOCKADDR)&Tunnel->Local,
                                                 (PSOCKADDR)&Tunnel->Remote,
                                                 0,
                                                 Tunnel,
                                                 &VtTunnelDispatch,
                                                 NULL,
                                                 NULL,
                                                 sessionSd,
                                                 irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(&Tunnel->Event, Executive, KernelMode, FALSE, NULL);
        status = irp->IoStatus.Status;
    }
    VT_CHECK(status);

    Tunnel->Socket = (PWSK_SOCKET)irp->IoStatus.Information;
    VtRearmIrp(Tunnel);

    //
    // Reading the descriptor of a connected socket is fine; only setting
    // it is restricted to unbound sockets.
    //
    status = VT_CONN(Tunnel->Socket)->WskControlSocket(Tunnel->Socket,
                                                       WskGetOption,
                                                       SO_WSK_SECURITY,
                                                       SOL_SOCKET,
                                                       0,
                                                       NULL,
                                                       VT_SD_PTR_SIZE,
                                                       &effective,
                                                       NULL,
                                                       irp);
    status = VtWaitIrp(Tunnel, status);
    if (effective != NULL) {
        NT_ASSERT(effective == sessionSd);
        g_Vt.Npi.Dispatch->WskControlClient(g_Vt.Npi.Client, WSK_RELEASE_SD,
                                            VT_SD_PTR_SIZE, &effective,
                                            0, NULL, NULL, NULL);
    }

Cleanup:
    if (sessionSd != NULL) {
        g_Vt.Npi.Dispatch->WskControlClient(g_Vt.Npi.Client, WSK_RELEASE_SD,
                                            VT_SD_PTR_SIZE, &sessionSd,
                                            0, NULL, NULL, NULL);
    }
    return status;
}

//
// New session descriptor for the next connection of the tunnel.
//
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
VtRekeyTunnel(
    _Inout_ PVT_TUNNEL Tunnel,
    _In_ PSECURITY_DESCRIPTOR Raw
    )
{
    NTSTATUS status;
    PSECURITY_DESCRIPTOR fresh = NULL;

    status = g_Vt.Npi.Dispatch->WskControlClient(g_Vt.Npi.Client,
                                                 WSK_CACHE_SD,
                                                 VT_SD_PTR_SIZE,
                                                 &Raw,
                                                 VT_SD_PTR_SIZE,
                                                 &fresh,
                                                 NULL,
                                                 NULL);
    if (!NT_SUCCESS(status)) {
        return status;
    }

    VtAdoptSd(Tunnel, fresh);
    return STATUS_SUCCESS;
}

_IRQL_requires_max_(PASSIVE_LEVEL)
VOID
VtCloseTunnel(
    _Inout_ PVT_TUNNEL Tunnel
    )
{
    if (Tunnel->Socket != NULL) {
        (VOID)VtWaitIrp(Tunnel, VT_CONN(Tunnel->Socket)->WskCloseSocket(Tunnel->Socket, Tunnel->Irp));
        Tunnel->Socket = NULL;
    }

    if (Tunnel->SessionSd != NULL) {
        g_Vt.Npi.Dispatch->WskControlClient(g_Vt.Npi.Client,
                                            WSK_RELEASE_SD,
                                            VT_SD_PTR_SIZE,
                                            &Tunnel->SessionSd,
                                            0,
                                            NULL,
                                            NULL,
                                            NULL);
        Tunnel->SessionSd = NULL;
    }

    if (Tunnel->Irp != NULL) {
        IoFreeIrp(Tunnel->Irp);
        Tunnel->Irp = NULL;
    }
}
