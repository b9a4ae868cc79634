//
// ntcsock.c - the server socket (with bind retries) and the peer sockets.
//
// Copyright (c) Tailspin Toys Time Services.
//

#include "ntc.h"

//
// w32time may still hold UDP 123 for a moment after it is told to stop.
// A failed bind leaves nothing to reuse: each attempt starts over with a
// fresh socket, restricted before its bind like the first one.
//
_Use_decl_annotations_
NTSTATUS
NtcOpenServerSocket(
    PNTC_CLOCK Clock
    )
{
    NTSTATUS status = STATUS_UNSUCCESSFUL;
    PIRP irp;
    PWSK_SOCKET socket = NULL;
    SOCKADDR_IN local;
    LARGE_INTEGER delay;
    ULONG attempt;

    irp = IoAllocateIrp(1, FALSE);
    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }

    RtlZeroMemory(&local, sizeof(local));
    local.sin_family = AF_INET;
    local.sin_port = RtlUshortByteSwap(NTC_PORT);
    delay.QuadPart = -10 * 1000 * 200;      // 200 ms

    for (attempt = 0; attempt < NTC_BIND_ATTEMPTS; attempt++) {
        IoReuseIrp(irp, STATUS_UNSUCCESSFUL);
        IoSetCompletionRoutine(irp, NtcIrpComplete, &Clock->Event, TRUE, TRUE, TRUE);
        status = Clock->Provider.Dispatch->WskSocket(Clock->Provider.Client,
                                                     AF_INET,
                                                     SOCK_DGRAM,
                                                     IPPROTO_UDP,
                                                     WSK_FLAG_DATAGRAM_SOCKET,
                                                     Clock,
                                                     NULL,
                                                     NULL,
                                                     NULL,
                                                     NULL,
                                                     irp);
        status = NtcWaitIrp(Clock, irp, status);
        if (!NT_SUCCESS(status)) {
            break;
        }
        socket = (PWSK_SOCKET)irp->IoStatus.Information;

        IoReuseIrp(irp, STATUS_UNSUCCESSFUL);
        IoSetCompletionRoutine(irp, NtcIrpComplete, &Clock->Event, TRUE, TRUE, TRUE);
        status = NTC_DGRAM(socket)->WskControlSocket(socket,
                                                     WskSetOption,
                                                     SO_WSK_SECURITY,
                                                     NTC_LEVEL,
                                                     sizeof(g_NtcServerSd),
                                                     &g_NtcServerSd,
                                                     0,
                                                     NULL,
                                                     NULL,
                                                     irp);
        status = NtcWaitIrp(Clock, irp, status);
        if (!NT_SUCCESS(status)) {
            NtcCloseSocket(Clock, socket);
            socket = NULL;
            break;
        }

        IoReuseIrp(irp, STATUS_UNSUCCESSFUL);
        IoSetCompletionRoutine(irp, NtcIrpComplete, &Clock->Event, TRUE, TRUE, TRUE);
        status = NTC_DGRAM(socket)->WskBind(socket, (PSOCKADDR)&local, 0, irp);
        status = NtcWaitIrp(Clock, irp, status);
        if (NT_SUCCESS(status)) {
            break;
        }

        NtcCloseSocket(Clock, socket);
        socket = NULL;
        KeDelayExecutionThread(KernelMode, FALSE, &delay);
    }

    IoFreeIrp(irp);
    if (NT_SUCCESS(status)) {
        Clock->ServerSocket = socket;
    }
    return status;
}

//
// Peer socket, born with a copy of the peer's template. Cleanup is driven
// by what was acquired: sdCached says whether there is a copy to release.
//
_Use_decl_annotations_
NTSTATUS
NtcOpenPeerSocket(
    PNTC_CLOCK Clock,
    PNTC_PEER Peer
    )
{
    NTSTATUS status;
    PSECURITY_DESCRIPTOR peerSd;
    BOOLEAN sdCached = FALSE;
    PIRP irp = NULL;
    PWSK_SOCKET socket = NULL;
    SOCKADDR_IN local;

    status = Clock->Provider.Dispatch->WskControlClient(Clock->Provider.Client,
                                                        WSK_CACHE_SD,
                                                        sizeof(PSECURITY_DESCRIPTOR),
                                                        &Peer->Template,
                                                        sizeof(PSECURITY_DESCRIPTOR),
                                                        &peerSd,
                                                        NULL,
                                                        NULL);
    if (!NT_SUCCESS(status)) {
        goto Cleanup;
    }
    sdCached = TRUE;

    irp = IoAllocateIrp(1, FALSE);
    if (irp == NULL) {
        status = STATUS_INSUFFICIENT_RESOURCES;
        goto Cleanup;
    }

    IoSetCompletionRoutine(irp, NtcIrpComplete, &Clock->Event, TRUE, TRUE, TRUE);
    status = Clock->Provider.Dispatch->WskSocket(Clock->Provider.Client,
                                                 AF_INET,
                                                 SOCK_DGRAM,
                                                 IPPROTO_UDP,
                                                 WSK_FLAG_DATAGRAM_SOCKET,
                                                 Peer,
                                                 NULL,
                                                 NULL,
                                                 NULL,
                                                 peerSd,
                                                 irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(&Clock->Event, Executive, KernelMode, FALSE, NULL);
        status = irp->IoStatus.Status;
    }
    if (!NT_SUCCESS(status)) {
        goto Cleanup;
    }
    socket = (PWSK_SOCKET)irp->IoStatus.Information;

    RtlZeroMemory(&local, sizeof(local));
    local.sin_family = AF_INET;
    IoReuseIrp(irp, STATUS_UNSUCCESSFUL);
    IoSetCompletionRoutine(irp, NtcIrpComplete, &Clock->Event, TRUE, TRUE, TRUE);
    status = NTC_DGRAM(socket)->WskBind(socket, (PSOCKADDR)&local, 0, irp);
    status = NtcWaitIrp(Clock, irp, status);
    if (!NT_SUCCESS(status)) {
        goto Cleanup;
    }

    Peer->Socket = socket;
    socket = NULL;

Cleanup:
    if (socket != NULL) {
        NtcCloseSocket(Clock, socket);
    }
    if (irp != NULL) {
        IoFreeIrp(irp);
    }
    if (sdCached) {
        //
        // WskSocket was waited for (or never issued): the socket, if any,
        // holds its own reference.
        //
        Clock->Provider.Dispatch->WskControlClient(Clock->Provider.Client,
                                                   WSK_RELEASE_SD,
                                                   sizeof(PSECURITY_DESCRIPTOR),
                                                   &peerSd,
                                                   0,
                                                   NULL,
                                                   NULL,
                                                   NULL);
    }
    return status;
}

_Use_decl_annotations_
VOID
NtcStopPeers(
    PNTC_CLOCK Clock
    )
{
    ULONG i;

    for (i = 0; i < NTC_MAX_PEERS; i++) {
        if (Clock->Peers[i].Socket != NULL) {
            NtcCloseSocket(Clock, Clock->Peers[i].Socket);
            Clock->Peers[i].Socket = NULL;
        }
    }
}
