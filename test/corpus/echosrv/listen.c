/*++

Module Name:

    listen.c

Abstract:

    Listening socket, accept callback and per-connection audit of the
    echo server.

Environment:

    Kernel mode only.

--*/

#include "echosrv.h"

_Must_inspect_result_
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS
WSKAPI
EchoAcceptEvent(
    _In_opt_ PVOID SocketContext,
    _In_ ULONG Flags,
    _In_ PSOCKADDR LocalAddress,
    _In_ PSOCKADDR RemoteAddress,
    _In_opt_ PWSK_SOCKET AcceptSocket,
    _Outptr_result_maybenull_ PVOID *AcceptSocketContext,
    _Outptr_result_maybenull_ CONST WSK_CLIENT_CONNECTION_DISPATCH **AcceptSocketDispatch
    );

const WSK_CLIENT_LISTEN_DISPATCH EchoListenDispatch = {
    .WskAcceptEvent = EchoAcceptEvent,
    .WskInspectEvent = NULL,
    .WskAbortEvent = NULL,
};

static const WSK_CLIENT_CONNECTION_DISPATCH EchoConnectionDispatch = {
    NULL,   // WskReceiveEvent: the echo loop posts WskReceive itself
    NULL,   // WskDisconnectEvent
    NULL    // WskSendBacklogEvent
};

#define ECHO_WAIT_IRP(_Irp, _Event, _Status)                                    \
    if ((_Status) == STATUS_PENDING) {                                          \
        KeWaitForSingleObject((_Event), Executive, KernelMode, FALSE, NULL);    \
        (_Status) = (_Irp)->IoStatus.Status;                                    \
    }

_Use_decl_annotations_
NTSTATUS
EchoStartListener(
    VOID
    )
{
    NTSTATUS status;
    PIRP irp;
    KEVENT event;
    PWSK_SOCKET socket = NULL;
    PWSK_PROVIDER_LISTEN_DISPATCH dispatch = NULL;
    SOCKADDR_IN local;
    ULONG exclusive = 1;

    PAGED_CODE();

    irp = IoAllocateIrp(1, FALSE);
    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }

    KeInitializeEvent(&event, SynchronizationEvent, FALSE);
    IoSetCompletionRoutine(irp, EchoSyncIrpCompletion, &event, TRUE, TRUE, TRUE);

    //
    // The listening socket is created with the cached descriptor, which WSK
    // applies before the socket can be bound.
    //
    status = g_EchoGlobals.ProviderNpi.Dispatch->WskSocket(
                 g_EchoGlobals.ProviderNpi.Client,
                 AF_INET,
                 SOCK_STREAM,
                 IPPROTO_TCP,
                 WSK_FLAG_LISTEN_SOCKET,
                 &g_EchoGlobals,
                 &EchoListenDispatch,
                 NULL,
                 NULL,
                 g_EchoGlobals.ListenSd,
                 irp);
    ECHO_WAIT_IRP(irp, &event, status);
    CHECK_STATUS(status);

    socket = (PWSK_SOCKET)irp->IoStatus.Information;
    dispatch = (PWSK_PROVIDER_LISTEN_DISPATCH)socket->Dispatch;

    //
    // SO_EXCLUSIVEADDRUSE is an ordinary ULONG option; like the security
    // descriptor it has to be set before the bind.
    //
    IoReuseIrp(irp, STATUS_UNSUCCESSFUL);
    IoSetCompletionRoutine(irp, EchoSyncIrpCompletion, &event, TRUE, TRUE, TRUE);

    status = dispatch->WskControlSocket(socket,
                                        WskSetOption,
                                        SO_EXCLUSIVEADDRUSE,
                                        SOL_SOCKET,
                                        sizeof(exclusive),
                                        &exclusive,
                                        0,
                                        NULL,
                                        NULL,
                                        irp);
    ECHO_WAIT_IRP(irp, &event, status);
    CHECK_STATUS(status);

    RtlZeroMemory(&local, sizeof(local));
    local.sin_family = AF_INET;
    local.sin_port = RtlUshortByteSwap(ECHO_PORT);
    local.sin_addr.s_addr = INADDR_ANY;

    IoReuseIrp(irp, STATUS_UNSUCCESSFUL);
    IoSetCompletionRoutine(irp, EchoSyncIrpCompletion, &event, TRUE, TRUE, TRUE);

    status = dispatch->WskBind(socket, (PSOCKADDR)&local, 0, irp);
    ECHO_WAIT_IRP(irp, &event, status);
    CHECK_STATUS(status);

    g_EchoGlobals.ListenSocket = socket;
    socket = NULL;

    EchoTrace(DPFLTR_INFO_LEVEL, "listening on port %u", ECHO_PORT);

Exit:
    if (socket != NULL) {
        IoReuseIrp(irp, STATUS_UNSUCCESSFUL);
        IoSetCompletionRoutine(irp, EchoSyncIrpCompletion, &event, TRUE, TRUE, TRUE);
        if (dispatch->WskCloseSocket(socket, irp) == STATUS_PENDING) {
            KeWaitForSingleObject(&event, Executive, KernelMode, FALSE, NULL);
        }
    }
    IoFreeIrp(irp);
    return status;
}

_Use_decl_annotations_
VOID
EchoStopListener(
    VOID
    )
{
    PIRP irp;
    KEVENT event;
    PWSK_SOCKET socket;

    PAGED_CODE();

    socket = g_EchoGlobals.ListenSocket;
    if (socket == NULL) {
        return;
    }

    irp = IoAllocateIrp(1, FALSE);
    if (irp == NULL) {
        return;
    }

    KeInitializeEvent(&event, SynchronizationEvent, FALSE);
    IoSetCompletionRoutine(irp, EchoSyncIrpCompletion, &event, TRUE, TRUE, TRUE);

    if (((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskCloseSocket(socket, irp)
            == STATUS_PENDING) {
        KeWaitForSingleObject(&event, Executive, KernelMode, FALSE, NULL);
    }

    g_EchoGlobals.ListenSocket = NULL;
    IoFreeIrp(irp);
}

_Use_decl_annotations_
NTSTATUS
WSKAPI
EchoAcceptEvent(
    PVOID SocketContext,
    ULONG Flags,
    PSOCKADDR LocalAddress,
    PSOCKADDR RemoteAddress,
    PWSK_SOCKET AcceptSocket,
    PVOID *AcceptSocketContext,
    CONST WSK_CLIENT_CONNECTION_DISPATCH **AcceptSocketDispatch
    )
{
    PECHO_CONNECTION conn;

    UNREFERENCED_PARAMETER(SocketContext);
    UNREFERENCED_PARAMETER(Flags);
    UNREFERENCED_PARAMETER(LocalAddress);

    if (AcceptSocket == NULL) {
        // The listening socket is being closed.
        return STATUS_REQUEST_NOT_ACCEPTED;
    }

    if (InterlockedIncrement(&g_EchoGlobals.ConnectionCount) > ECHO_MAX_CONNECTIONS) {
        InterlockedDecrement(&g_EchoGlobals.ConnectionCount);
        return STATUS_REQUEST_NOT_ACCEPTED;
    }

    conn = ExAllocatePool2(POOL_FLAG_NON_PAGED, sizeof(*conn), ECHO_POOL_TAG);
    if (conn == NULL) {
        InterlockedDecrement(&g_EchoGlobals.ConnectionCount);
        return STATUS_REQUEST_NOT_ACCEPTED;
    }

    conn->Socket = AcceptSocket;
    RtlCopyMemory(&conn->Remote, RemoteAddress, sizeof(conn->Remote));

    ExInterlockedInsertTailList(&g_EchoGlobals.Connections, &conn->Link, &g_EchoGlobals.Lock);

    //
    // The audit reads the descriptor the accepted socket inherited; it
    // needs PASSIVE_LEVEL, so it runs in a work item.
    //
    ExInitializeWorkItem(&conn->AuditItem, EchoAuditWorker, conn);
    ExQueueWorkItem(&conn->AuditItem, DelayedWorkQueue);

    *AcceptSocketContext = conn;
    *AcceptSocketDispatch = &EchoConnectionDispatch;
    return STATUS_SUCCESS;
}

_Use_decl_annotations_
VOID
EchoAuditWorker(
    PVOID Parameter
    )
{
    PECHO_CONNECTION conn = (PECHO_CONNECTION)Parameter;
    PSECURITY_DESCRIPTOR peerSd = NULL;
    NTSTATUS status;
    KEVENT event;
    PIRP irp;

    PAGED_CODE();

    irp = IoAllocateIrp(1, FALSE);
    if (!irp) {
        EchoTrace(DPFLTR_WARNING_LEVEL, "no IRP to audit connection %p", conn);
        return;
    }

    KeInitializeEvent(&event, SynchronizationEvent, FALSE);
    IoSetCompletionRoutine(irp, EchoSyncIrpCompletion, &event, TRUE, TRUE, TRUE);

    //
    // Reading the descriptor back is allowed on a connected socket; only
    // setting it has to happen before the bind.
    //
    status = ((PWSK_PROVIDER_CONNECTION_DISPATCH)conn->Socket->Dispatch)->WskControlSocket(
                 conn->Socket,
                 WskGetOption,
                 SO_WSK_SECURITY,
                 SOL_SOCKET,
                 0,
                 NULL,
                 sizeof(peerSd),
                 &peerSd,
                 NULL,
                 irp);
    ECHO_WAIT_IRP(irp, &event, status);

    if (NT_SUCCESS(status) && peerSd != g_EchoGlobals.ListenSd) {
        EchoTrace(DPFLTR_WARNING_LEVEL,
                  "connection %p does not carry the listener's descriptor", conn);
    }

    if (peerSd != NULL) {
        g_EchoGlobals.ProviderNpi.Dispatch->WskControlClient(
            g_EchoGlobals.ProviderNpi.Client,
            WSK_RELEASE_SD,
            ECHO_SD_OPTION_SIZE,
            &peerSd,
            0,
            NULL,
            NULL,
            NULL);
    }

    IoFreeIrp(irp);
}
