/*
 * listener.c - listening socket and accept handling of the management
 * agent. Accepted connections get the agent's child descriptor.
 */

#include "acceptor.h"

static WSK_CLIENT_ACCEPT_EVENT AcAcceptEvent;

static const WSK_CLIENT_LISTEN_DISPATCH AcListenDispatch = {
    AcAcceptEvent,      /* WskAcceptEvent */
    NULL,               /* WskInspectEvent */
    NULL                /* WskAbortEvent */
};

static const WSK_CLIENT_CONNECTION_DISPATCH AcConnectionDispatch = { NULL, NULL, NULL };

_Use_decl_annotations_
NTSTATUS
AcSyncComplete(PDEVICE_OBJECT DeviceObject, PIRP Irp, PVOID Context)
{
    UNREFERENCED_PARAMETER(DeviceObject);
    UNREFERENCED_PARAMETER(Irp);
    KeSetEvent((PKEVENT)Context, IO_NO_INCREMENT, FALSE);
    return STATUS_MORE_PROCESSING_REQUIRED;
}

_Use_decl_annotations_
NTSTATUS
AcChildSecured(PDEVICE_OBJECT DeviceObject, PIRP Irp, PVOID Context)
{
    PAC_CHILD child = (PAC_CHILD)Context;

    UNREFERENCED_PARAMETER(DeviceObject);

    if (!NT_SUCCESS(Irp->IoStatus.Status)) {
        /* The connection keeps the listener's descriptor. */
        InterlockedIncrement(&child->Listener->Accepted);
    }
    IoFreeIrp(Irp);
    child->Irp = NULL;
    return STATUS_MORE_PROCESSING_REQUIRED;
}

/*
 * Accept callback: runs at DISPATCH_LEVEL, so the child descriptor is
 * applied asynchronously and the completion routine frees the IRP.
 */
_Use_decl_annotations_
NTSTATUS
WSKAPI
AcAcceptEvent(
    PVOID SocketContext,
    ULONG Flags,
    PSOCKADDR LocalAddress,
    PSOCKADDR RemoteAddress,
    PWSK_SOCKET AcceptSocket,
    PVOID *AcceptSocketContext,
    CONST WSK_CLIENT_CONNECTION_DISPATCH **AcceptSocketDispatch
    )
{
    PAC_LISTENER listener = (PAC_LISTENER)SocketContext;
    PAC_CHILD child;
    PIRP irp;

    UNREFERENCED_PARAMETER(Flags);
    UNREFERENCED_PARAMETER(LocalAddress);
    UNREFERENCED_PARAMETER(RemoteAddress);

    if (AcceptSocket == NULL) {
        return STATUS_REQUEST_NOT_ACCEPTED;
    }

    child = ExAllocatePool2(POOL_FLAG_NON_PAGED, sizeof(AC_CHILD), AC_TAG);
    if (child == NULL) {
        return STATUS_REQUEST_NOT_ACCEPTED;
    }

    irp = IoAllocateIrp(1, FALSE);
    if (irp == NULL) {
        ExFreePoolWithTag(child, AC_TAG);
        return STATUS_REQUEST_NOT_ACCEPTED;
    }

    child->Listener = listener;
    child->Socket = AcceptSocket;
    child->Irp = irp;

    IoSetCompletionRoutine(irp, AcChildSecured, child, TRUE, TRUE, TRUE);
    (VOID)AC_CONN(AcceptSocket)->WskControlSocket(AcceptSocket,     /* BUG WSK007: accepted sockets inherit the listener's binding */
                                                  WskSetOption,
                                                  SO_WSK_SECURITY,
                                                  SOL_SOCKET,
                                                  sizeof(PSECURITY_DESCRIPTOR),
                                                  &listener->ChildSd,
                                                  0,
                                                  NULL,
                                                  NULL,
                                                  irp);

    *AcceptSocketContext = child;
    *AcceptSocketDispatch = &AcConnectionDispatch;
    return STATUS_SUCCESS;
}

_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
AcStartListener(
    _Inout_ PAC_LISTENER Listener
    )
{
    NTSTATUS status;
    PWSK_SOCKET socket;
    PIRP irp;

    irp = IoAllocateIrp(1, FALSE);
    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    KeInitializeEvent(&Listener->Event, SynchronizationEvent, FALSE);
    IoSetCompletionRoutine(irp, AcSyncComplete, &Listener->Event, TRUE, TRUE, TRUE);

    status = Listener->Provider.Dispatch->WskSocket(Listener->Provider.Client,
                                                    AF_INET,
                                                    SOCK_STREAM,
                                                    IPPROTO_TCP,
                                                    WSK_FLAG_LISTEN_SOCKET,
                                                    Listener,
                                                    &AcListenDispatch,
                                                    NULL,
                                                    NULL,
                                                    NULL,
                                                    irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(&Listener->Event, Executive, KernelMode, FALSE, NULL);
        status = irp->IoStatus.Status;
    }
    if (!NT_SUCCESS(status)) {
        IoFreeIrp(irp);
        return status;
    }
    socket = (PWSK_SOCKET)irp->IoStatus.Information;

    /* Options on a listening socket complete inline. */
    status = AC_LISTEN(socket)->WskControlSocket(socket,
                                                 WskSetOption,
                                                 SO_WSK_SECURITY,
                                                 SOL_SOCKET,
                                                 sizeof(PSECURITY_DESCRIPTOR),
                                                 &Listener->ListenSd,
                                                 0,
                                                 NULL,
                                                 NULL,
                                                 (PIRP)NULL);   /* BUG WSK005: SO_WSK_SECURITY needs an IRP */

    if (NT_SUCCESS(status)) {
        IoReuseIrp(irp, STATUS_UNSUCCESSFUL);
        IoSetCompletionRoutine(irp, AcSyncComplete, &Listener->Event, TRUE, TRUE, TRUE);
        status = AC_LISTEN(socket)->WskBind(socket, (PSOCKADDR)&Listener->LocalAddress, 0, irp);
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&Listener->Event, Executive, KernelMode, FALSE, NULL);
            status = irp->IoStatus.Status;
        }
    }

    if (NT_SUCCESS(status)) {
        Listener->ListenSocket = socket;
    } else {
        IoReuseIrp(irp, STATUS_UNSUCCESSFUL);
        IoSetCompletionRoutine(irp, AcSyncComplete, &Listener->Event, TRUE, TRUE, TRUE);
        if (AC_LISTEN(socket)->WskCloseSocket(socket, irp) == STATUS_PENDING) {
            KeWaitForSingleObject(&Listener->Event, Executive, KernelMode, FALSE, NULL);
        }
    }

    IoFreeIrp(irp);
    return status;
}

/*
 * Polling mode (no accept callback): accepts one connection and applies
 * the child descriptor to it.
 */
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
AcAcceptOne(
    _Inout_ PAC_LISTENER Listener,
    _Out_ PWSK_SOCKET *Accepted
    )
{
    NTSTATUS status;
    PWSK_SOCKET socket;
    SOCKADDR_IN remote;
    PIRP irp;

    *Accepted = NULL;

    irp = IoAllocateIrp(1, FALSE);
    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    IoSetCompletionRoutine(irp, AcSyncComplete, &Listener->Event, TRUE, TRUE, TRUE);

    status = AC_LISTEN(Listener->ListenSocket)->WskAccept(Listener->ListenSocket,
                                                           0,
                                                           NULL,
                                                           &AcConnectionDispatch,
                                                           NULL,
                                                           (PSOCKADDR)&remote,
                                                           irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(&Listener->Event, Executive, KernelMode, FALSE, NULL);
        status = irp->IoStatus.Status;
    }
    if (!NT_SUCCESS(status)) {
        IoFreeIrp(irp);
        return status;
    }

    socket = (PWSK_SOCKET)irp->IoStatus.Information;

    IoReuseIrp(irp, STATUS_UNSUCCESSFUL);
    IoSetCompletionRoutine(irp, AcSyncComplete, &Listener->Event, TRUE, TRUE, TRUE);
    status = AC_CONN(socket)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET,     /* BUG WSK007: the accepted socket is already bound */
                                               sizeof(PSECURITY_DESCRIPTOR), &Listener->ChildSd,
                                               0, NULL, NULL, irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(&Listener->Event, Executive, KernelMode, FALSE, NULL);
        status = irp->IoStatus.Status;
    }

    *Accepted = socket;
    IoFreeIrp(irp);
    return STATUS_SUCCESS;
}

/*
 * Applies the child descriptor to an outbound socket that has just been
 * created (not bound). Synchronous callers pass UseAsyncIo == FALSE.
 */
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
AcSecureOutbound(
    _Inout_ PAC_LISTENER Listener,
    _In_ PWSK_SOCKET Socket
    )
{
    NTSTATUS status;
    PIRP irp = NULL;

    if (Listener->UseAsyncIo) {
        irp = IoAllocateIrp(1, FALSE);
        if (irp == NULL) {
            return STATUS_INSUFFICIENT_RESOURCES;
        }
        IoSetCompletionRoutine(irp, AcSyncComplete, &Listener->Event, TRUE, TRUE, TRUE);
    }

    status = AC_CONN(Socket)->WskControlSocket(Socket,
                                               WskSetOption,
                                               SO_WSK_SECURITY,
                                               SOL_SOCKET,
                                               sizeof(PSECURITY_DESCRIPTOR),
                                               &Listener->ChildSd,
                                               0,
                                               NULL,
                                               NULL,
                                               irp);    /* BUG WSK005: irp is still NULL when UseAsyncIo is FALSE */
    if (irp != NULL) {
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&Listener->Event, Executive, KernelMode, FALSE, NULL);
            status = irp->IoStatus.Status;
        }
        IoFreeIrp(irp);
    }
    return status;
}

_IRQL_requires_max_(PASSIVE_LEVEL)
VOID
AcStopListener(
    _Inout_ PAC_LISTENER Listener
    )
{
    PIRP irp;

    if (Listener->ListenSocket != NULL) {
        irp = IoAllocateIrp(1, FALSE);
        if (irp != NULL) {
            IoSetCompletionRoutine(irp, AcSyncComplete, &Listener->Event, TRUE, TRUE, TRUE);
            if (AC_LISTEN(Listener->ListenSocket)->WskCloseSocket(Listener->ListenSocket, irp) == STATUS_PENDING) {
                KeWaitForSingleObject(&Listener->Event, Executive, KernelMode, FALSE, NULL);
            }
            IoFreeIrp(irp);
        }
        Listener->ListenSocket = NULL;
    }

    if (Listener->ChildSd != NULL) {
        Listener->Provider.Dispatch->WskControlClient(Listener->Provider.Client, WSK_RELEASE_SD,
                                                      sizeof(PSECURITY_DESCRIPTOR), &Listener->ChildSd,
                                                      0, NULL, NULL, NULL);
        Listener->ChildSd = NULL;
    }
    if (Listener->ListenSd != NULL) {
        Listener->Provider.Dispatch->WskControlClient(Listener->Provider.Client, WSK_RELEASE_SD,
                                                      sizeof(PSECURITY_DESCRIPTOR), &Listener->ListenSd,
                                                      0, NULL, NULL, NULL);
        Listener->ListenSd = NULL;
    }
}
