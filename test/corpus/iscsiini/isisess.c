/*++

Copyright (c) Proseware, Inc.

Module Name:

    isisess.c

Abstract:

    Socket helpers built on isisd.c, iSCSI sessions (login, reconnect,
    logout), the SendTargets discovery socket and portal teardown.

--*/

#include "isi.h"

const WSK_CLIENT_CONNECTION_DISPATCH IsiSessionDispatch = { NULL, NULL, NULL };

_Use_decl_annotations_
NTSTATUS
IsiCreateSocket(
    PISI_DEVICE Dev,
    USHORT Type,
    PWSK_SOCKET *Socket
    )
{
    NTSTATUS status;
    PIRP irp;

    *Socket = NULL;
    irp = IoAllocateIrp(1, FALSE);
    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    IoSetCompletionRoutine(irp, IsiIrpComplete, &Dev->Event, TRUE, TRUE, TRUE);
    status = Dev->Provider.Dispatch->WskSocket(Dev->Provider.Client,
                                               AF_INET,
                                               Type,
                                               Type == SOCK_DGRAM ? IPPROTO_UDP : IPPROTO_TCP,
                                               Type == SOCK_DGRAM ? WSK_FLAG_DATAGRAM_SOCKET : WSK_FLAG_CONNECTION_SOCKET,
                                               Dev,
                                               Type == SOCK_DGRAM ? NULL : &IsiSessionDispatch,
                                               NULL,
                                               NULL,
                                               NULL,
                                               irp);
    status = IsiWait(Dev, irp, status);
    if (NT_SUCCESS(status)) {
        *Socket = (PWSK_SOCKET)irp->IoStatus.Information;
    }
    IoFreeIrp(irp);
    return status;
}

static
NTSTATUS
IsiSetKeepAlive(
    _In_ PISI_DEVICE Dev,
    _In_ PWSK_SOCKET Socket
    )
{
    NTSTATUS status;
    ULONG on = 1;
    PIRP irp;

    irp = IoAllocateIrp(1, FALSE);
    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    IoSetCompletionRoutine(irp, IsiIrpComplete, &Dev->Event, TRUE, TRUE, TRUE);
    status = ISI_CONN(Socket)->WskControlSocket(Socket,
                                                WskSetOption,
                                                SO_KEEPALIVE,
                                                SOL_SOCKET,
                                                sizeof(on),
                                                &on,
                                                0,
                                                NULL,
                                                NULL,
                                                irp);
    status = IsiWait(Dev, irp, status);
    IoFreeIrp(irp);
    return status;
}

//
// Socket options, then the bind (IsiBindLocal).
//
_Use_decl_annotations_
NTSTATUS
IsiPrepareSocket(
    PISI_DEVICE Dev,
    PWSK_SOCKET Socket,
    PSOCKADDR Local
    )
{
    NTSTATUS status;

    status = IsiSetKeepAlive(Dev, Socket);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    return IsiBindLocal(Dev, Socket, Local);
}

//
// Restricts the socket (IsiApplyDescriptor). Sd is the caller's cached copy.
//
_Use_decl_annotations_
NTSTATUS
IsiSecureSocket(
    PISI_DEVICE Dev,
    PWSK_SOCKET Socket,
    PSECURITY_DESCRIPTOR *Sd
    )
{
    NTSTATUS status;

    status = IsiApplyDescriptor(Dev, Socket, Sd);
    if (!NT_SUCCESS(status)) {
        DbgPrintEx(DPFLTR_IHVNETWORK_ID, DPFLTR_ERROR_LEVEL, "isi: SO_WSK_SECURITY failed 0x%08X\n", status);
    }
    return status;
}

//
// Login: the session gets its own cached copy of the target's template;
// the socket is restricted, bound and connected, in that order.
//
_Use_decl_annotations_
NTSTATUS
IsiLoginSession(
    PISI_DEVICE Dev,
    PISI_SESSION Sess
    )
{
    NTSTATUS status;
    PSECURITY_DESCRIPTOR sessionSd = NULL;

    status = Dev->Provider.Dispatch->WskControlClient(Dev->Provider.Client,
                                                      WSK_CACHE_SD,
                                                      sizeof(PSECURITY_DESCRIPTOR),
                                                      &Sess->Template,
                                                      sizeof(PSECURITY_DESCRIPTOR),
                                                      &sessionSd,
                                                      NULL,
                                                      NULL);
    if (!NT_SUCCESS(status)) {
        return status;
    }

    status = IsiCreateSocket(Dev, SOCK_STREAM, &Sess->Socket);
    if (!NT_SUCCESS(status)) {
        return status;      /* BUG WSK008: sessionSd, cached above, is neither released nor stored on this path */
    }

    status = IsiSecureSocket(Dev, Sess->Socket, &sessionSd);
    if (NT_SUCCESS(status)) {
        status = IsiPrepareSocket(Dev, Sess->Socket, (PSOCKADDR)&Sess->Local);
    }
    if (NT_SUCCESS(status)) {
        status = IsiConnectTarget(Dev, Sess->Socket, (PSOCKADDR)&Sess->Target);
    }
    if (!NT_SUCCESS(status)) {
        IsiCloseSocket(Dev, Sess->Socket);
        Sess->Socket = NULL;
        IsiReleaseDescriptor(Dev, &sessionSd);
        return status;
    }

    Sess->SessionSd = sessionSd;    // kept for reconnects
    Sess->InUse = TRUE;
    return STATUS_SUCCESS;
}

//
// Reconnect after a connection loss: new socket, created connected.
//
_Use_decl_annotations_
NTSTATUS
IsiReconnectSession(
    PISI_DEVICE Dev,
    PISI_SESSION Sess
    )
{
    NTSTATUS status;
    PIRP irp;

    if (Sess->Socket != NULL) {
        IsiCloseSocket(Dev, Sess->Socket);
        Sess->Socket = NULL;
    }

    //
    // The old connection's descriptor goes with it.
    //
    if (Sess->SessionSd != NULL) {
        IsiReleaseDescriptor(Dev, &Sess->SessionSd);
    }

    irp = IoAllocateIrp(1, FALSE);
    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }

    IoSetCompletionRoutine(irp, IsiIrpComplete, &Dev->Event, TRUE, TRUE, TRUE);
    status = Dev->Provider.Dispatch->WskSocketConnect(Dev->Provider.Client,
                                                      SOCK_STREAM,
                                                      IPPROTO_TCP,
                                                      (PSOCKADDR)&Sess->Local,
                                                      (PSOCKADDR)&Sess->Target,
                                                      0,
                                                      Sess,
                                                      &IsiSessionDispatch,
                                                      NULL,
                                                      NULL,
                                                      Sess->SessionSd,  /* BUG WSK009: released through IsiReleaseDescriptor just above */
                                                      irp);
    status = IsiWait(Dev, irp, status);
    if (NT_SUCCESS(status)) {
        Sess->Socket = (PWSK_SOCKET)irp->IoStatus.Information;
    }
    IoFreeIrp(irp);
    return status;
}

_Use_decl_annotations_
VOID
IsiLogoutSession(
    PISI_DEVICE Dev,
    PISI_SESSION Sess
    )
{
    if (Sess->Socket != NULL) {
        IsiCloseSocket(Dev, Sess->Socket);
        Sess->Socket = NULL;
    }
    if (Sess->SessionSd != NULL) {
        IsiReleaseDescriptor(Dev, &Sess->SessionSd);
        Sess->SessionSd = NULL;
    }
    Sess->InUse = FALSE;
}

//
// SendTargets discovery socket (datagram, iSNS-style probes). The set is
// expected to complete inline.
//
_Use_decl_annotations_
NTSTATUS
IsiOpenDiscoverySocket(
    PISI_DEVICE Dev
    )
{
    NTSTATUS status;
    PSECURITY_DESCRIPTOR discoverySd = NULL;
    PWSK_SOCKET socket;
    PIRP irp;

    status = IsiCreateSocket(Dev, SOCK_DGRAM, &socket);
    if (!NT_SUCCESS(status)) {
        return status;
    }

    status = IsiCacheDescriptor(Dev, Dev->DiscoveryTemplate, &discoverySd);
    if (!NT_SUCCESS(status)) {
        IsiCloseSocket(Dev, socket);
        return status;
    }

    irp = IoAllocateIrp(1, FALSE);
    if (irp == NULL) {
        IsiReleaseDescriptor(Dev, &discoverySd);
        IsiCloseSocket(Dev, socket);
        return STATUS_INSUFFICIENT_RESOURCES;
    }

    IoSetCompletionRoutine(irp, IsiIrpComplete, &Dev->Event, TRUE, TRUE, TRUE);
    status = ISI_DGRAM(socket)->WskControlSocket(socket,
                                                 WskSetOption,
                                                 SO_WSK_SECURITY,
                                                 SOL_SOCKET,
                                                 sizeof(PSECURITY_DESCRIPTOR),
                                                 &discoverySd,
                                                 0,
                                                 NULL,
                                                 NULL,
                                                 irp);
    if (status != STATUS_SUCCESS) {
        Dev->Provider.Dispatch->WskControlClient(Dev->Provider.Client,
                                                 WSK_RELEASE_SD,
                                                 sizeof(PSECURITY_DESCRIPTOR),
                                                 &discoverySd,      /* BUG WSK010: STATUS_PENDING lands here too, the set may still be in flight */
                                                 0,
                                                 NULL,
                                                 NULL,
                                                 NULL);
        IsiCloseSocket(Dev, socket);
        IoFreeIrp(irp);
        return status;
    }
    IoFreeIrp(irp);

    status = IsiPrepareSocket(Dev, socket, (PSOCKADDR)&Dev->DiscoveryAddress);
    if (!NT_SUCCESS(status)) {
        IsiCloseSocket(Dev, socket);
        Dev->DiscoverySd = discoverySd;     // released at unload with the others
        return status;
    }

    Dev->DiscoverySocket = socket;
    Dev->DiscoverySd = discoverySd;
    return STATUS_SUCCESS;
}

_Use_decl_annotations_
VOID
IsiTeardownPortal(
    PISI_DEVICE Dev
    )
{
    if (Dev->PortalSocket != NULL) {
        IsiCloseSocket(Dev, Dev->PortalSocket);
        Dev->PortalSocket = NULL;
    }
    if (Dev->PortalSd != NULL) {
        IsiReleaseDescriptor(Dev, &Dev->PortalSd);
    }
}
