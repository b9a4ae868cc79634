/*
 * rmxlisten.c - listening endpoints (IPv4, IPv6, admin) and connections.
 *
 * Copyright (c) Adventure Works Cycles.
 */

#include "rmx.h"

#define RMX_PUBLIC_PORT         7830
#define RMX_ADMIN_PORT          7831

IO_COMPLETION_ROUTINE RmxPeerSdRead;
IO_COMPLETION_ROUTINE RmxSecureDone;

static NTSTATUS WSKAPI
RmxAcceptEventV4(
    _In_opt_ PVOID SocketContext,
    _In_ ULONG Flags,
    _In_ PSOCKADDR LocalAddress,
    _In_ PSOCKADDR RemoteAddress,
    _In_opt_ PWSK_SOCKET AcceptSocket,
    _Outptr_result_maybenull_ PVOID *AcceptSocketContext,
    _Outptr_result_maybenull_ CONST WSK_CLIENT_CONNECTION_DISPATCH **AcceptSocketDispatch
    );

static NTSTATUS WSKAPI
RmxAcceptEventV6(
    _In_opt_ PVOID SocketContext,
    _In_ ULONG Flags,
    _In_ PSOCKADDR LocalAddress,
    _In_ PSOCKADDR RemoteAddress,
    _In_opt_ PWSK_SOCKET AcceptSocket,
    _Outptr_result_maybenull_ PVOID *AcceptSocketContext,
    _Outptr_result_maybenull_ CONST WSK_CLIENT_CONNECTION_DISPATCH **AcceptSocketDispatch
    );

static const WSK_CLIENT_CONNECTION_DISPATCH RmxConnectionDispatch = { NULL, NULL, NULL };

//
// IPv4 listener: callbacks in declaration order.
//
static const WSK_CLIENT_LISTEN_DISPATCH RmxListenDispatchV4 = {
    RmxAcceptEventV4,
    NULL,
    NULL
};

//
// IPv6 listener: same shape, written with designators.
//
static const WSK_CLIENT_LISTEN_DISPATCH RmxListenDispatchV6 = {
    .WskAcceptEvent  = RmxAcceptEventV6,
    .WskInspectEvent = NULL,
    .WskAbortEvent   = NULL,
};

NTSTATUS
RmxPeerSdRead(
    _In_ PDEVICE_OBJECT DeviceObject,
    _In_ PIRP Irp,
    _In_reads_opt_(_Inexpressible_("varies")) PVOID Context
    )
{
    PRMX_CONNECTION conn = (PRMX_CONNECTION)Context;

    UNREFERENCED_PARAMETER(DeviceObject);
    if (!NT_SUCCESS(Irp->IoStatus.Status)) {
        DbgPrintEx(DPFLTR_IHVNETWORK_ID, DPFLTR_WARNING_LEVEL, "rmx: conn %lu: no peer descriptor (0x%08X)\n",
                   conn->Id, Irp->IoStatus.Status);
    }
    return STATUS_MORE_PROCESSING_REQUIRED;
}

NTSTATUS
RmxSecureDone(
    _In_ PDEVICE_OBJECT DeviceObject,
    _In_ PIRP Irp,
    _In_reads_opt_(_Inexpressible_("varies")) PVOID Context
    )
{
    PRMX_CONNECTION conn = (PRMX_CONNECTION)Context;

    UNREFERENCED_PARAMETER(DeviceObject);
    conn->State = NT_SUCCESS(Irp->IoStatus.Status) ? RmxConnConnected : RmxConnFailed;
    return STATUS_MORE_PROCESSING_REQUIRED;
}

static
PRMX_CONNECTION
RmxAllocateConnection(
    _In_ PRMX_CONTEXT Ctx,
    _In_ PWSK_SOCKET Socket
    )
{
    PRMX_CONNECTION conn;

    conn = ExAllocatePool2(POOL_FLAG_NON_PAGED, sizeof(RMX_CONNECTION), RMX_TAG);
    if (conn == NULL) {
        return NULL;
    }
    conn->Irp = IoAllocateIrp(1, FALSE);
    if (conn->Irp == NULL) {
        ExFreePoolWithTag(conn, RMX_TAG);
        return NULL;
    }
    conn->Owner = Ctx;
    conn->Socket = Socket;
    conn->State = RmxConnConnected;
    conn->PeerSd = NULL;
    conn->Id = (ULONG)InterlockedIncrement((PLONG)&Ctx->NextConnectionId);
    KeInitializeEvent(&conn->Event, SynchronizationEvent, FALSE);
    return conn;
}

VOID
RmxFreeConnection(
    _In_ PRMX_CONNECTION Conn
    )
{
    PRMX_CONTEXT ctx = Conn->Owner;

    if (Conn->Socket != NULL) {
        RmxCloseSocket(ctx, Conn->Socket);
    }
    if (Conn->PeerSd != NULL) {
        ctx->Provider.Dispatch->WskControlClient(ctx->Provider.Client,
                                                 WSK_RELEASE_SD,
                                                 sizeof(PSECURITY_DESCRIPTOR),
                                                 &Conn->PeerSd,
                                                 0,
                                                 NULL,
                                                 NULL,
                                                 NULL);
        Conn->PeerSd = NULL;
    }
    if (Conn->Irp != NULL) {
        IoFreeIrp(Conn->Irp);
    }
    ExFreePoolWithTag(Conn, RMX_TAG);
}

//
// IPv4 connections are audited: the descriptor the accepted socket
// inherited is read back (asynchronously, this is DISPATCH_LEVEL).
//
static NTSTATUS WSKAPI
RmxAcceptEventV4(
    _In_opt_ PVOID SocketContext,
    _In_ ULONG Flags,
    _In_ PSOCKADDR LocalAddress,
    _In_ PSOCKADDR RemoteAddress,
    _In_opt_ PWSK_SOCKET AcceptSocket,
    _Outptr_result_maybenull_ PVOID *AcceptSocketContext,
    _Outptr_result_maybenull_ CONST WSK_CLIENT_CONNECTION_DISPATCH **AcceptSocketDispatch
    )
{
    PRMX_CONTEXT ctx = (PRMX_CONTEXT)SocketContext;
    PRMX_CONNECTION conn;

    UNREFERENCED_PARAMETER(Flags);
    UNREFERENCED_PARAMETER(LocalAddress);
    UNREFERENCED_PARAMETER(RemoteAddress);

    if (AcceptSocket == NULL) {
        return STATUS_REQUEST_NOT_ACCEPTED;     // the listening socket is closing
    }
    conn = RmxAllocateConnection(ctx, AcceptSocket);
    if (conn == NULL) {
        return STATUS_REQUEST_NOT_ACCEPTED;
    }

    IoSetCompletionRoutine(conn->Irp, RmxPeerSdRead, conn, TRUE, TRUE, TRUE);
    (VOID)RMX_CONN(AcceptSocket)->WskControlSocket(AcceptSocket,
                                                   WskGetOption,
                                                   SO_WSK_SECURITY,
                                                   SOL_SOCKET,
                                                   0,
                                                   NULL,
                                                   sizeof(PSECURITY_DESCRIPTOR),
                                                   &conn->PeerSd,
                                                   NULL,
                                                   conn->Irp);

    *AcceptSocketContext = conn;
    *AcceptSocketDispatch = &RmxConnectionDispatch;
    return STATUS_SUCCESS;
}

//
// IPv6 clients come from anywhere: the connection is narrowed to the
// public tier as soon as it is accepted.
//
static NTSTATUS WSKAPI
RmxAcceptEventV6(
    _In_opt_ PVOID SocketContext,
    _In_ ULONG Flags,
    _In_ PSOCKADDR LocalAddress,
    _In_ PSOCKADDR RemoteAddress,
    _In_opt_ PWSK_SOCKET AcceptSocket,
    _Outptr_result_maybenull_ PVOID *AcceptSocketContext,
    _Outptr_result_maybenull_ CONST WSK_CLIENT_CONNECTION_DISPATCH **AcceptSocketDispatch
    )
{
    PRMX_CONTEXT ctx = (PRMX_CONTEXT)SocketContext;
    PRMX_CONNECTION conn;

    UNREFERENCED_PARAMETER(Flags);
    UNREFERENCED_PARAMETER(LocalAddress);

    if (AcceptSocket == NULL) {
        return STATUS_REQUEST_NOT_ACCEPTED;
    }
    conn = RmxAllocateConnection(ctx, AcceptSocket);
    if (conn == NULL) {
        return STATUS_REQUEST_NOT_ACCEPTED;
    }
    RtlCopyMemory(&conn->Remote, RemoteAddress, sizeof(SOCKADDR_IN6));
    conn->State = RmxConnSecured;

    IoSetCompletionRoutine(conn->Irp, RmxSecureDone, conn, TRUE, TRUE, TRUE);
    (VOID)RMX_CONN(AcceptSocket)->WskControlSocket(    /* BUG WSK007: AcceptSocket of the WskAcceptEvent registered by designator is born bound */
              AcceptSocket,
              WskSetOption,
              SO_WSK_SECURITY,
              SOL_SOCKET,
              sizeof(PSECURITY_DESCRIPTOR),
              &g_RmxTierSd[RMX_TIER_PUBLIC],
              0,
              NULL,
              NULL,
              conn->Irp);

    *AcceptSocketContext = conn;
    *AcceptSocketDispatch = &RmxConnectionDispatch;
    return STATUS_SUCCESS;
}

static
NTSTATUS
RmxOpenListener(
    _In_ PRMX_CONTEXT Ctx,
    _In_ ADDRESS_FAMILY Family,
    _In_ PSOCKADDR Local,
    _In_opt_ const WSK_CLIENT_LISTEN_DISPATCH *Dispatch,
    _In_ ULONG Tier,
    _Out_ PWSK_SOCKET *Socket
    )
{
    NTSTATUS status;
    PIRP irp;
    PWSK_SOCKET socket;

    *Socket = NULL;
    irp = IoAllocateIrp(1, FALSE);
    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }

    //
    // The tier descriptor is given at creation, by value.
    //
    IoSetCompletionRoutine(irp, RmxIrpDone, &Ctx->Event, TRUE, TRUE, TRUE);
    status = Ctx->Provider.Dispatch->WskSocket(Ctx->Provider.Client,
                                               Family,
                                               SOCK_STREAM,
                                               IPPROTO_TCP,
                                               WSK_FLAG_LISTEN_SOCKET,
                                               Ctx,
                                               Dispatch,
                                               NULL,
                                               NULL,
                                               g_RmxTierSd[Tier],
                                               irp);
    status = RmxWait(&Ctx->Event, irp, status);
    if (!NT_SUCCESS(status)) {
        IoFreeIrp(irp);
        return status;
    }
    socket = (PWSK_SOCKET)irp->IoStatus.Information;

    IoReuseIrp(irp, STATUS_UNSUCCESSFUL);
    IoSetCompletionRoutine(irp, RmxIrpDone, &Ctx->Event, TRUE, TRUE, TRUE);
    status = RMX_LISTEN(socket)->WskBind(socket, Local, 0, irp);
    status = RmxWait(&Ctx->Event, irp, status);
    IoFreeIrp(irp);
    if (!NT_SUCCESS(status)) {
        RmxCloseSocket(Ctx, socket);
        return status;
    }

    *Socket = socket;
    return STATUS_SUCCESS;
}

NTSTATUS
RmxOpenListeners(
    _Inout_ PRMX_CONTEXT Ctx
    )
{
    NTSTATUS status;
    SOCKADDR_IN admin;

    Ctx->LocalV4.sin_family = AF_INET;
    Ctx->LocalV4.sin_port = RtlUshortByteSwap(RMX_PUBLIC_PORT);
    Ctx->LocalV4.sin_addr.s_addr = INADDR_ANY;
    status = RmxOpenListener(Ctx, AF_INET, (PSOCKADDR)&Ctx->LocalV4, &RmxListenDispatchV4, RMX_TIER_PUBLIC, &Ctx->ListenV4);
    if (!NT_SUCCESS(status)) {
        return status;
    }

    IN6ADDR_SETANY(&Ctx->LocalV6);
    Ctx->LocalV6.sin6_port = RtlUshortByteSwap(RMX_PUBLIC_PORT);
    status = RmxOpenListener(Ctx, AF_INET6, (PSOCKADDR)&Ctx->LocalV6, &RmxListenDispatchV6, RMX_TIER_PUBLIC, &Ctx->ListenV6);
    if (!NT_SUCCESS(status)) {
        return status;
    }

    //
    // The admin listener has no callbacks: connections are taken one at a
    // time with WskAccept (IOCTL_RMX_ACCEPT_ADMIN).
    //
    RtlZeroMemory(&admin, sizeof(admin));
    admin.sin_family = AF_INET;
    admin.sin_port = RtlUshortByteSwap(RMX_ADMIN_PORT);
    admin.sin_addr.s_addr = RtlUlongByteSwap(INADDR_LOOPBACK);
    return RmxOpenListener(Ctx, AF_INET, (PSOCKADDR)&admin, NULL, RMX_TIER_ADMIN, &Ctx->AdminListen);
}

//
// Takes the next admin connection and tells the caller (METHOD_NEITHER,
// Reply is a user-mode address) who it is and which descriptor it has.
//
NTSTATUS
RmxIoctlAcceptAdmin(
    _Inout_ PRMX_CONTEXT Ctx,
    _Out_writes_bytes_(ReplyLength) PRMX_ADMIN_REPLY Reply,
    _In_ ULONG ReplyLength
    )
{
    NTSTATUS status;
    PIRP irp;
    PWSK_SOCKET accepted;
    PSECURITY_DESCRIPTOR peerSd = NULL;
    SOCKADDR_IN remote;
    ULONG length;

    if (ReplyLength < sizeof(RMX_ADMIN_REPLY)) {
        return STATUS_BUFFER_TOO_SMALL;
    }

    irp = IoAllocateIrp(1, FALSE);
    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }

    IoSetCompletionRoutine(irp, RmxIrpDone, &Ctx->Event, TRUE, TRUE, TRUE);
    status = RMX_LISTEN(Ctx->AdminListen)->WskAccept(Ctx->AdminListen,
                                                     0,
                                                     NULL,
                                                     NULL,
                                                     NULL,
                                                     (PSOCKADDR)&remote,
                                                     irp);
    status = RmxWait(&Ctx->Event, irp, status);
    if (!NT_SUCCESS(status)) {
        IoFreeIrp(irp);
        return status;
    }
    accepted = (PWSK_SOCKET)irp->IoStatus.Information;

    IoReuseIrp(irp, STATUS_UNSUCCESSFUL);
    IoSetCompletionRoutine(irp, RmxIrpDone, &Ctx->Event, TRUE, TRUE, TRUE);
    status = RMX_CONN(accepted)->WskControlSocket(accepted,
                                                  WskGetOption,
                                                  SO_WSK_SECURITY,
                                                  SOL_SOCKET,
                                                  0,
                                                  NULL,
                                                  sizeof(PSECURITY_DESCRIPTOR),
                                                  &peerSd,
                                                  NULL,
                                                  irp);
    status = RmxWait(&Ctx->Event, irp, status);
    IoFreeIrp(irp);
    if (!NT_SUCCESS(status)) {
        RmxCloseSocket(Ctx, accepted);
        return status;
    }

    __try {
        ProbeForWrite(Reply, ReplyLength, sizeof(ULONG));
        Reply->Remote = remote;
        Reply->DescriptorLength = 0;
    } __except (EXCEPTION_EXECUTE_HANDLER) {
        RmxCloseSocket(Ctx, accepted);
        return GetExceptionCode();      /* BUG WSK008: peerSd (read by the get above) leaks when the user buffer faults */
    }

    length = RtlLengthSecurityDescriptor(peerSd);
    status = STATUS_SUCCESS;
    __try {
        if (length <= sizeof(Reply->Descriptor)) {
            RtlCopyMemory(Reply->Descriptor, peerSd, length);
            Reply->DescriptorLength = length;
        } else {
            status = STATUS_BUFFER_OVERFLOW;
        }
    } __except (EXCEPTION_EXECUTE_HANDLER) {
        status = GetExceptionCode();
    }

    Ctx->Provider.Dispatch->WskControlClient(Ctx->Provider.Client,
                                             WSK_RELEASE_SD,
                                             sizeof(PSECURITY_DESCRIPTOR),
                                             &peerSd,
                                             0,
                                             NULL,
                                             NULL,
                                             NULL);

    if (Ctx->AdminConnection != NULL) {
        RmxCloseSocket(Ctx, Ctx->AdminConnection);
    }
    Ctx->AdminConnection = accepted;
    return status;
}

//
// Outbound session to an upstream RPC server, created connected in one
// call with a descriptor cached for this session only.
//
NTSTATUS
RmxConnectUpstream(
    _In_ PRMX_CONTEXT Ctx,
    _In_ PSOCKADDR Remote,
    _Out_ PWSK_SOCKET *Socket
    )
{
    NTSTATUS status;
    PSECURITY_DESCRIPTOR sessionSd = NULL;
    SOCKADDR_IN local;
    PIRP irp;

    *Socket = NULL;

    status = Ctx->Provider.Dispatch->WskControlClient(Ctx->Provider.Client,
                                                      WSK_CACHE_SD,
                                                      sizeof(PSECURITY_DESCRIPTOR),
                                                      &Ctx->UpstreamTemplate,
                                                      sizeof(PSECURITY_DESCRIPTOR),
                                                      &sessionSd,
                                                      NULL,
                                                      NULL);
    if (!NT_SUCCESS(status)) {
        return status;
    }

    irp = IoAllocateIrp(1, FALSE);
    if (irp == NULL) {
        Ctx->Provider.Dispatch->WskControlClient(Ctx->Provider.Client,
                                                 WSK_RELEASE_SD,
                                                 sizeof(PSECURITY_DESCRIPTOR),
                                                 &sessionSd,
                                                 0,
                                                 NULL,
                                                 NULL,
                                                 NULL);
        return STATUS_INSUFFICIENT_RESOURCES;
    }

    RtlZeroMemory(&local, sizeof(local));
    local.sin_family = AF_INET;
    IoSetCompletionRoutine(irp, RmxIrpDone, &Ctx->Event, TRUE, TRUE, TRUE);
    status = Ctx->Provider.Dispatch->WskSocketConnect(Ctx->Provider.Client,
                                                      SOCK_STREAM,
                                                      IPPROTO_TCP,
                                                      (PSOCKADDR)&local,
                                                      Remote,
                                                      0,
                                                      Ctx,
                                                      &RmxConnectionDispatch,
                                                      NULL,
                                                      NULL,
                                                      sessionSd,
                                                      irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(&Ctx->Event, Executive, KernelMode, FALSE, NULL);
        status = irp->IoStatus.Status;
    }

    //
    // WskSocketConnect has completed either way: the socket keeps its own
    // reference to the descriptor.
    //
    Ctx->Provider.Dispatch->WskControlClient(Ctx->Provider.Client,
                                             WSK_RELEASE_SD,
                                             sizeof(PSECURITY_DESCRIPTOR),
                                             &sessionSd,
                                             0,
                                             NULL,
                                             NULL,
                                             NULL);

    if (NT_SUCCESS(status)) {
        *Socket = (PWSK_SOCKET)irp->IoStatus.Information;
    }
    IoFreeIrp(irp);
    return status;
}
