/*
 * rmxpool.c - socket pools (workers, admin ports, monitors), the outbound
 * connection state machine and the spare-listener policy IOCTL.
 *
 * Copyright (c) Adventure Works Cycles.
 */

#include "rmx.h"

#define RMX_WORKER_BASE_PORT    7900
#define RMX_MONITOR_BASE_PORT   7950

//
// Restricts every worker socket with a copy of the worker template. The
// sets are issued together and waited for together.
//
static
NTSTATUS
RmxApplyTierToAll(
    _Inout_ PRMX_CONTEXT Ctx,
    _In_ PSECURITY_DESCRIPTOR Template
    )
{
    NTSTATUS status;
    PSECURITY_DESCRIPTOR workerSd = NULL;
    PVOID waitObjects[RMX_MAX_WORKERS];
    ULONG i;

    status = Ctx->Provider.Dispatch->WskControlClient(Ctx->Provider.Client,
                                                      WSK_CACHE_SD,
                                                      sizeof(PSECURITY_DESCRIPTOR),
                                                      &Template,
                                                      sizeof(PSECURITY_DESCRIPTOR),
                                                      &workerSd,
                                                      NULL,
                                                      NULL);
    if (!NT_SUCCESS(status)) {
        return status;
    }

    for (i = 0; i < Ctx->WorkerCount; i++) {
        IoReuseIrp(Ctx->WorkerIrps[i], STATUS_UNSUCCESSFUL);
        IoSetCompletionRoutine(Ctx->WorkerIrps[i], RmxIrpDone, &Ctx->WorkerEvents[i], TRUE, TRUE, TRUE);
        status = RMX_CONN(Ctx->Workers[i])->WskControlSocket(Ctx->Workers[i],
                                                             WskSetOption,
                                                             SO_WSK_SECURITY,
                                                             SOL_SOCKET,
                                                             sizeof(workerSd),
                                                             &workerSd,
                                                             0,
                                                             NULL,
                                                             NULL,
                                                             Ctx->WorkerIrps[i]);
        waitObjects[i] = &Ctx->WorkerEvents[i];
    }

    //
    // Each socket holds its own reference once its set is done...
    //
    Ctx->Provider.Dispatch->WskControlClient(Ctx->Provider.Client,
                                             WSK_RELEASE_SD,
                                             sizeof(PSECURITY_DESCRIPTOR),
                                             &workerSd,     /* BUG WSK010: released before the worker sets above are waited for */
                                             0,
                                             NULL,
                                             NULL,
                                             NULL);

    (VOID)KeWaitForMultipleObjects(Ctx->WorkerCount, waitObjects, WaitAll, Executive, KernelMode, FALSE, NULL, Ctx->WaitBlocks);

    for (i = 0; i < Ctx->WorkerCount; i++) {
        if (!NT_SUCCESS(Ctx->WorkerIrps[i]->IoStatus.Status)) {
            return Ctx->WorkerIrps[i]->IoStatus.Status;
        }
    }
    return STATUS_SUCCESS;
}

static
VOID
RmxStopWorkers(
    _Inout_ PRMX_CONTEXT Ctx
    )
{
    ULONG i;

    for (i = 0; i < RMX_MAX_WORKERS; i++) {
        if (Ctx->Workers[i] != NULL) {
            RmxCloseSocket(Ctx, Ctx->Workers[i]);
            Ctx->Workers[i] = NULL;
        }
        if (Ctx->WorkerIrps[i] != NULL) {
            IoFreeIrp(Ctx->WorkerIrps[i]);
            Ctx->WorkerIrps[i] = NULL;
        }
    }
    Ctx->WorkerCount = 0;
}

NTSTATUS
RmxStartWorkers(
    _Inout_ PRMX_CONTEXT Ctx,
    _In_ ULONG Count
    )
{
    NTSTATUS status = STATUS_SUCCESS;
    SOCKADDR_IN local;
    ULONG i;

    if (Count > RMX_MAX_WORKERS) {
        Count = RMX_MAX_WORKERS;
    }

    for (i = 0; i < Count; i++) {
        Ctx->WorkerIrps[i] = IoAllocateIrp(1, FALSE);
        if (Ctx->WorkerIrps[i] == NULL) {
            status = STATUS_INSUFFICIENT_RESOURCES;
            goto Fail;
        }
        KeInitializeEvent(&Ctx->WorkerEvents[i], SynchronizationEvent, FALSE);
        IoSetCompletionRoutine(Ctx->WorkerIrps[i], RmxIrpDone, &Ctx->WorkerEvents[i], TRUE, TRUE, TRUE);
        status = Ctx->Provider.Dispatch->WskSocket(Ctx->Provider.Client,
                                                   AF_INET,
                                                   SOCK_STREAM,
                                                   IPPROTO_TCP,
                                                   WSK_FLAG_CONNECTION_SOCKET,
                                                   Ctx,
                                                   NULL,
                                                   NULL,
                                                   NULL,
                                                   NULL,
                                                   Ctx->WorkerIrps[i]);
        status = RmxWait(&Ctx->WorkerEvents[i], Ctx->WorkerIrps[i], status);
        if (!NT_SUCCESS(status)) {
            goto Fail;
        }
        Ctx->Workers[i] = (PWSK_SOCKET)Ctx->WorkerIrps[i]->IoStatus.Information;
        Ctx->WorkerCount = i + 1;
    }

    status = RmxApplyTierToAll(Ctx, Ctx->WorkerTemplate);
    if (!NT_SUCCESS(status)) {
        goto Fail;
    }

    for (i = 0; i < Ctx->WorkerCount; i++) {
        RtlZeroMemory(&local, sizeof(local));
        local.sin_family = AF_INET;
        local.sin_port = RtlUshortByteSwap((USHORT)(RMX_WORKER_BASE_PORT + i));
        IoReuseIrp(Ctx->WorkerIrps[i], STATUS_UNSUCCESSFUL);
        IoSetCompletionRoutine(Ctx->WorkerIrps[i], RmxIrpDone, &Ctx->WorkerEvents[i], TRUE, TRUE, TRUE);
        status = RMX_CONN(Ctx->Workers[i])->WskBind(Ctx->Workers[i], (PSOCKADDR)&local, 0, Ctx->WorkerIrps[i]);
        status = RmxWait(&Ctx->WorkerEvents[i], Ctx->WorkerIrps[i], status);
        if (!NT_SUCCESS(status)) {
            goto Fail;
        }
    }
    return STATUS_SUCCESS;

Fail:
    RmxStopWorkers(Ctx);
    return status;
}

//
// Admin ports: all sockets are created first, then each one is restricted
// and bound in turn (the set of socket i+1 follows the bind of socket i).
//
NTSTATUS
RmxStartAdmin(
    _Inout_ PRMX_CONTEXT Ctx
    )
{
    NTSTATUS status = STATUS_SUCCESS;
    PIRP irp;
    ULONG i;

    irp = IoAllocateIrp(1, FALSE);
    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }

    for (i = 0; i < Ctx->AdminPortCount; i++) {
        IoReuseIrp(irp, STATUS_UNSUCCESSFUL);
        IoSetCompletionRoutine(irp, RmxIrpDone, &Ctx->Event, TRUE, TRUE, TRUE);
        status = Ctx->Provider.Dispatch->WskSocket(Ctx->Provider.Client,
                                                   AF_INET,
                                                   SOCK_DGRAM,
                                                   IPPROTO_UDP,
                                                   WSK_FLAG_DATAGRAM_SOCKET,
                                                   Ctx,
                                                   NULL,
                                                   NULL,
                                                   NULL,
                                                   NULL,
                                                   irp);
        status = RmxWait(&Ctx->Event, irp, status);
        if (!NT_SUCCESS(status)) {
            goto Exit;
        }
        Ctx->AdminSockets[i] = (PWSK_SOCKET)irp->IoStatus.Information;
    }

    for (i = 0; i < Ctx->AdminPortCount; i++) {
        IoReuseIrp(irp, STATUS_UNSUCCESSFUL);
        IoSetCompletionRoutine(irp, RmxIrpDone, &Ctx->Event, TRUE, TRUE, TRUE);
        status = RMX_DGRAM(Ctx->AdminSockets[i])->WskControlSocket(Ctx->AdminSockets[i],
                                                                   WskSetOption,
                                                                   SO_WSK_SECURITY,
                                                                   SOL_SOCKET,
                                                                   sizeof(PSECURITY_DESCRIPTOR),
                                                                   &g_RmxTierSd[RMX_TIER_ADMIN],
                                                                   0,
                                                                   NULL,
                                                                   NULL,
                                                                   irp);
        status = RmxWait(&Ctx->Event, irp, status);
        if (!NT_SUCCESS(status)) {
            goto Exit;
        }

        IoReuseIrp(irp, STATUS_UNSUCCESSFUL);
        IoSetCompletionRoutine(irp, RmxIrpDone, &Ctx->Event, TRUE, TRUE, TRUE);
        status = RMX_DGRAM(Ctx->AdminSockets[i])->WskBind(Ctx->AdminSockets[i],
                                                          (PSOCKADDR)&Ctx->AdminAddresses[i],
                                                          0,
                                                          irp);
        status = RmxWait(&Ctx->Event, irp, status);
        if (!NT_SUCCESS(status)) {
            goto Exit;
        }
    }

Exit:
    IoFreeIrp(irp);
    return status;
}

//
// Monitor sockets report health to the cluster manager. Each one is bound
// to its monitor port and then restricted.
//
NTSTATUS
RmxOpenMonitors(
    _Inout_ PRMX_CONTEXT Ctx
    )
{
    NTSTATUS status = STATUS_SUCCESS;
    PIRP irp;
    ULONG i;

    irp = IoAllocateIrp(1, FALSE);
    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }

    for (i = 0; i < Ctx->MonitorCount; i++) {
        IoReuseIrp(irp, STATUS_UNSUCCESSFUL);
        IoSetCompletionRoutine(irp, RmxIrpDone, &Ctx->Event, TRUE, TRUE, TRUE);
        status = Ctx->Provider.Dispatch->WskSocket(Ctx->Provider.Client,
                                                   AF_INET,
                                                   SOCK_DGRAM,
                                                   IPPROTO_UDP,
                                                   WSK_FLAG_DATAGRAM_SOCKET,
                                                   Ctx,
                                                   NULL,
                                                   NULL,
                                                   NULL,
                                                   NULL,
                                                   irp);
        status = RmxWait(&Ctx->Event, irp, status);
        if (!NT_SUCCESS(status)) {
            break;
        }
        Ctx->Monitors[i] = (PWSK_SOCKET)irp->IoStatus.Information;
        Ctx->MonitorAddresses[i].sin_family = AF_INET;
        Ctx->MonitorAddresses[i].sin_port = RtlUshortByteSwap((USHORT)(RMX_MONITOR_BASE_PORT + i));
    }

    for (i = 0; NT_SUCCESS(status) && i < Ctx->MonitorCount; i++) {
        IoReuseIrp(irp, STATUS_UNSUCCESSFUL);
        IoSetCompletionRoutine(irp, RmxIrpDone, &Ctx->Event, TRUE, TRUE, TRUE);
        status = RMX_DGRAM(Ctx->Monitors[i])->WskBind(Ctx->Monitors[i],
                                                      (PSOCKADDR)&Ctx->MonitorAddresses[i],
                                                      0,
                                                      irp);
        status = RmxWait(&Ctx->Event, irp, status);
        if (!NT_SUCCESS(status)) {
            continue;
        }

        IoReuseIrp(irp, STATUS_UNSUCCESSFUL);
        IoSetCompletionRoutine(irp, RmxIrpDone, &Ctx->Event, TRUE, TRUE, TRUE);
        status = RMX_DGRAM(Ctx->Monitors[i])->WskControlSocket(    /* BUG WSK007: Ctx->Monitors[i] was bound just above, same i */
                     Ctx->Monitors[i],
                     WskSetOption,
                     SO_WSK_SECURITY,
                     SOL_SOCKET,
                     sizeof(PSECURITY_DESCRIPTOR),
                     &g_RmxTierSd[RMX_TIER_ADMIN],
                     0,
                     NULL,
                     NULL,
                     irp);
        status = RmxWait(&Ctx->Event, irp, status);
    }

    IoFreeIrp(irp);
    return status;
}

//
// Outbound connection state machine, run once per work item. Each state
// does one step; some steps fall through into the next.
//
NTSTATUS
RmxAdvance(
    _Inout_ PRMX_CONNECTION Conn
    )
{
    NTSTATUS status = STATUS_SUCCESS;
    SOCKADDR_IN6 local;

    switch (Conn->State) {
    case RmxConnIdle:
        Conn->Irp = IoAllocateIrp(1, FALSE);
        KeInitializeEvent(&Conn->Event, SynchronizationEvent, FALSE);
        Conn->State = RmxConnHaveIrp;
        /* fall through */

    case RmxConnHaveIrp:
        IoReuseIrp(Conn->Irp, STATUS_UNSUCCESSFUL);
        IoSetCompletionRoutine(Conn->Irp, RmxIrpDone, &Conn->Event, TRUE, TRUE, TRUE);
        status = RMX_CONN(Conn->Socket)->WskControlSocket(Conn->Socket,
                                                          WskSetOption,
                                                          SO_WSK_SECURITY,
                                                          SOL_SOCKET,
                                                          sizeof(PSECURITY_DESCRIPTOR),
                                                          &g_RmxTierSd[RMX_TIER_PUBLIC],
                                                          0,
                                                          NULL,
                                                          NULL,
                                                          Conn->Irp);  /* BUG WSK006: IoAllocateIrp in RmxConnIdle falls through unchecked */
        status = RmxWait(&Conn->Event, Conn->Irp, status);
        Conn->State = NT_SUCCESS(status) ? RmxConnSecured : RmxConnFailed;
        break;

    case RmxConnSecured:
        IN6ADDR_SETANY(&local);
        IoReuseIrp(Conn->Irp, STATUS_UNSUCCESSFUL);
        IoSetCompletionRoutine(Conn->Irp, RmxIrpDone, &Conn->Event, TRUE, TRUE, TRUE);
        status = RMX_CONN(Conn->Socket)->WskBind(Conn->Socket, (PSOCKADDR)&local, 0, Conn->Irp);
        status = RmxWait(&Conn->Event, Conn->Irp, status);
        if (!NT_SUCCESS(status)) {
            Conn->State = RmxConnFailed;
            break;
        }
        Conn->State = RmxConnBound;
        /* fall through */

    case RmxConnBound:
        IoReuseIrp(Conn->Irp, STATUS_UNSUCCESSFUL);
        IoSetCompletionRoutine(Conn->Irp, RmxIrpDone, &Conn->Event, TRUE, TRUE, TRUE);
        status = RMX_CONN(Conn->Socket)->WskConnect(Conn->Socket, (PSOCKADDR)&Conn->Remote, 0, Conn->Irp);
        status = RmxWait(&Conn->Event, Conn->Irp, status);
        Conn->State = NT_SUCCESS(status) ? RmxConnConnected : RmxConnFailed;
        break;

    case RmxConnConnected:
    case RmxConnFailed:
    default:
        break;
    }

    return status;
}

//
// IOCTL_RMX_SET_SPARE_POLICY (METHOD_NEITHER): UserSd is a self-relative
// descriptor in the caller's address space. A spare listener is created
// with it, ready for failover.
//
NTSTATUS
RmxIoctlSetSparePolicy(
    _Inout_ PRMX_CONTEXT Ctx,
    _In_reads_bytes_(UserLength) PVOID UserSd,
    _In_ ULONG UserLength
    )
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR captured;
    PSECURITY_DESCRIPTOR spareSd = NULL;
    PWSK_SOCKET socket = NULL;
    PIRP irp = NULL;

    if (UserLength < SECURITY_DESCRIPTOR_MIN_LENGTH || UserLength > RMX_MAX_SD_LENGTH) {
        return STATUS_INVALID_PARAMETER;
    }

    captured = ExAllocatePool2(POOL_FLAG_PAGED, UserLength, RMX_TAG);
    if (captured == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }

    __try {
        ProbeForRead(UserSd, UserLength, sizeof(UCHAR));
        RtlCopyMemory(captured, UserSd, UserLength);
    } __except (EXCEPTION_EXECUTE_HANDLER) {
        status = GetExceptionCode();
    }
    if (!NT_SUCCESS(status)) {
        goto Exit;
    }
    if (!RtlValidRelativeSecurityDescriptor(captured, UserLength, 0)) {
        status = STATUS_INVALID_SECURITY_DESCR;
        goto Exit;
    }

    status = Ctx->Provider.Dispatch->WskControlClient(Ctx->Provider.Client,
                                                      WSK_CACHE_SD,
                                                      sizeof(PSECURITY_DESCRIPTOR),
                                                      &captured,
                                                      sizeof(PSECURITY_DESCRIPTOR),
                                                      &spareSd,
                                                      NULL,
                                                      NULL);
    if (!NT_SUCCESS(status)) {
        goto Exit;
    }

    irp = IoAllocateIrp(1, FALSE);
    if (irp == NULL) {
        status = STATUS_INSUFFICIENT_RESOURCES;
        goto Exit;
    }

    IoSetCompletionRoutine(irp, RmxIrpDone, &Ctx->Event, TRUE, TRUE, TRUE);
    status = Ctx->Provider.Dispatch->WskSocket(Ctx->Provider.Client,
                                               AF_INET,
                                               SOCK_STREAM,
                                               IPPROTO_TCP,
                                               WSK_FLAG_LISTEN_SOCKET,
                                               Ctx,
                                               NULL,
                                               NULL,
                                               NULL,
                                               NULL,
                                               irp);
    status = RmxWait(&Ctx->Event, irp, status);
    if (!NT_SUCCESS(status)) {
        goto Exit;
    }
    socket = (PWSK_SOCKET)irp->IoStatus.Information;

    IoReuseIrp(irp, STATUS_UNSUCCESSFUL);
    IoSetCompletionRoutine(irp, RmxIrpDone, &Ctx->Event, TRUE, TRUE, TRUE);
    status = RMX_LISTEN(socket)->WskControlSocket(socket,
                                                  WskIoctl,     /* BUG WSK004: SO_WSK_SECURITY is an option: WskSetOption */
                                                  SO_WSK_SECURITY,
                                                  SOL_SOCKET,
                                                  sizeof(PSECURITY_DESCRIPTOR),
                                                  &spareSd,
                                                  0,
                                                  NULL,
                                                  NULL,
                                                  irp);
    status = RmxWait(&Ctx->Event, irp, status);
    if (!NT_SUCCESS(status)) {
        goto Exit;
    }

    IoReuseIrp(irp, STATUS_UNSUCCESSFUL);
    IoSetCompletionRoutine(irp, RmxIrpDone, &Ctx->Event, TRUE, TRUE, TRUE);
    status = RMX_LISTEN(socket)->WskBind(socket, (PSOCKADDR)&Ctx->SpareAddress, 0, irp);
    status = RmxWait(&Ctx->Event, irp, status);
    if (!NT_SUCCESS(status)) {
        goto Exit;
    }

    if (Ctx->SpareSocket != NULL) {
        RmxCloseSocket(Ctx, Ctx->SpareSocket);
    }
    Ctx->SpareSocket = socket;
    socket = NULL;

Exit:
    if (socket != NULL) {
        RmxCloseSocket(Ctx, socket);
    }
    if (irp != NULL) {
        IoFreeIrp(irp);
    }
    if (spareSd != NULL) {
        Ctx->Provider.Dispatch->WskControlClient(Ctx->Provider.Client,
                                                 WSK_RELEASE_SD,
                                                 sizeof(PSECURITY_DESCRIPTOR),
                                                 &spareSd,
                                                 0,
                                                 NULL,
                                                 NULL,
                                                 NULL);
    }
    ExFreePoolWithTag(captured, RMX_TAG);
    return status;
}

VOID
RmxStopAll(
    _Inout_ PRMX_CONTEXT Ctx
    )
{
    ULONG i;

    RmxStopWorkers(Ctx);
    for (i = 0; i < RMX_MAX_ADMIN_PORTS; i++) {
        if (Ctx->AdminSockets[i] != NULL) {
            RmxCloseSocket(Ctx, Ctx->AdminSockets[i]);
            Ctx->AdminSockets[i] = NULL;
        }
    }
    for (i = 0; i < RMX_MAX_MONITORS; i++) {
        if (Ctx->Monitors[i] != NULL) {
            RmxCloseSocket(Ctx, Ctx->Monitors[i]);
            Ctx->Monitors[i] = NULL;
        }
    }
    if (Ctx->AdminConnection != NULL) {
        RmxCloseSocket(Ctx, Ctx->AdminConnection);
        Ctx->AdminConnection = NULL;
    }
    if (Ctx->SpareSocket != NULL) {
        RmxCloseSocket(Ctx, Ctx->SpareSocket);
        Ctx->SpareSocket = NULL;
    }
    if (Ctx->AdminListen != NULL) {
        RmxCloseSocket(Ctx, Ctx->AdminListen);
        Ctx->AdminListen = NULL;
    }
    if (Ctx->ListenV6 != NULL) {
        RmxCloseSocket(Ctx, Ctx->ListenV6);
        Ctx->ListenV6 = NULL;
    }
    if (Ctx->ListenV4 != NULL) {
        RmxCloseSocket(Ctx, Ctx->ListenV4);
        Ctx->ListenV4 = NULL;
    }
}
