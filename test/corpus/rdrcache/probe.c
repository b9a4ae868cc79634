//
// probe.c - descriptor probes, reopen and teardown of cached server
// connections.
//

#include "rdr.h"

static
NTSTATUS
RcProbeComplete(PDEVICE_OBJECT DeviceObject, PIRP Irp, PVOID Context)
{
    UNREFERENCED_PARAMETER(DeviceObject);
    UNREFERENCED_PARAMETER(Irp);
    KeSetEvent((PKEVENT)Context, IO_NO_INCREMENT, FALSE);
    return STATUS_MORE_PROCESSING_REQUIRED;
}

NTSTATUS
RcAttachDescriptor(
    _Inout_ PRC_SERVER Server,
    _In_ PSECURITY_DESCRIPTOR Template
    )
{
    return g_Rc.Npi.Dispatch->WskControlClient(g_Rc.Npi.Client,
                                               WSK_CACHE_SD,
                                               sizeof(PSECURITY_DESCRIPTOR),
                                               &Template,
                                               sizeof(PSECURITY_DESCRIPTOR),
                                               &Server->ServerSd,
                                               NULL,
                                               NULL);
}

//
// Called when the server's policy changes; RcAttachDescriptor caches the
// new one.
//
VOID
RcDetachDescriptor(
    _Inout_ PRC_SERVER Server
    )
{
    if (Server->ServerSd == NULL) {
        return;
    }

    RC_RELEASE_SD(&Server->ServerSd);
    Server->ServerSd = NULL;
}

NTSTATUS
RcSecureServerSocket(
    _Inout_ PRC_SERVER Server
    )
{
    NTSTATUS status;

    IoReuseIrp(Server->Irp, STATUS_UNSUCCESSFUL);
    KeClearEvent(&Server->Event);
    IoSetCompletionRoutine(Server->Irp, RcProbeComplete, &Server->Event, TRUE, TRUE, TRUE);

    status = ((PWSK_PROVIDER_CONNECTION_DISPATCH)Server->PendingSocket->Dispatch)->WskControlSocket(
                 Server->PendingSocket,
                 WskSetOption,
                 SO_WSK_SECURITY,
                 SOL_SOCKET,
                 sizeof(PSECURITY_DESCRIPTOR),
                 Server->ServerSd,      /* BUG WSK002: the pointer itself, not its address */
                 0,
                 NULL,
                 NULL,
                 Server->Irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(&Server->Event, Executive, KernelMode, FALSE, NULL);
        status = Server->Irp->IoStatus.Status;
    }
    return status;
}

NTSTATUS
RcProbePeer(
    _In_ PRC_SERVER Server,
    _In_ RC_PROBE_MODE Mode,
    _In_opt_ PSECURITY_DESCRIPTOR Expected,
    _Out_ PBOOLEAN Matches
    )
{
    NTSTATUS status;
    PSECURITY_DESCRIPTOR peerSd = NULL;
    KEVENT event;
    PIRP irp;

    *Matches = FALSE;

    irp = IoAllocateIrp(1, FALSE);
    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    KeInitializeEvent(&event, SynchronizationEvent, FALSE);
    IoSetCompletionRoutine(irp, RcProbeComplete, &event, TRUE, TRUE, TRUE);

    status = ((PWSK_PROVIDER_CONNECTION_DISPATCH)Server->Socket->Dispatch)->WskControlSocket(
                 Server->Socket,
                 WskGetOption,
                 SO_WSK_SECURITY,
                 SOL_SOCKET,
                 0,
                 NULL,
                 sizeof(PSECURITY_DESCRIPTOR),
                 &peerSd,
                 NULL,
                 irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(&event, Executive, KernelMode, FALSE, NULL);
        status = irp->IoStatus.Status;
    }
    IoFreeIrp(irp);

    if (!NT_SUCCESS(status)) {
        return status;
    }

    switch (Mode) {
    case RcProbeVerify:
        *Matches = (BOOLEAN)(peerSd == Expected);
        break;

    case RcProbeOnly:
        // The caller only wants to know that the connection answers.
        return STATUS_SUCCESS;      /* BUG WSK008: peerSd is never released on this path */

    case RcProbeDump:
        KdPrint(("rdrcache: server %p descriptor probed\n", Server));
        *Matches = TRUE;
        break;

    default:
        status = STATUS_INVALID_PARAMETER;
        break;
    }

    RC_RELEASE_SD(&peerSd);
    return status;
}

//
// Older servers: the descriptor query was written against the IOCTL path
// of the provider.
//
NTSTATUS
RcProbePeerLegacy(
    _In_ PRC_SERVER Server,
    _Out_ PBOOLEAN Present
    )
{
    NTSTATUS status;
    PSECURITY_DESCRIPTOR peerSd = NULL;
    KEVENT event;
    PIRP irp;

    *Present = FALSE;

    irp = IoAllocateIrp(1, FALSE);
    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    KeInitializeEvent(&event, SynchronizationEvent, FALSE);
    IoSetCompletionRoutine(irp, RcProbeComplete, &event, TRUE, TRUE, TRUE);

    status = ((PWSK_PROVIDER_CONNECTION_DISPATCH)Server->Socket->Dispatch)->WskControlSocket(
                 Server->Socket,
                 WskIoctl,              /* BUG WSK004: reading the option needs WskGetOption */
                 SO_WSK_SECURITY,
                 SOL_SOCKET,
                 0,
                 NULL,
                 sizeof(PSECURITY_DESCRIPTOR),
                 &peerSd,
                 NULL,
                 irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(&event, Executive, KernelMode, FALSE, NULL);
        status = irp->IoStatus.Status;
    }
    IoFreeIrp(irp);

    if (peerSd != NULL) {
        *Present = TRUE;
        RC_RELEASE_SD(&peerSd);
    }
    return status;
}

//
// Reopens the primary socket, and the secondary one as well for
// multichannel servers. Both get the same descriptor.
//
NTSTATUS
RcReopenPair(
    _Inout_ PRC_SERVER Server,
    _In_ PSECURITY_DESCRIPTOR Template
    )
{
    NTSTATUS status;
    PSECURITY_DESCRIPTOR cachedSd = NULL;
    KEVENT event;
    PIRP irp;

    status = g_Rc.Npi.Dispatch->WskControlClient(g_Rc.Npi.Client, WSK_CACHE_SD,
                                                 sizeof(PSECURITY_DESCRIPTOR), &Template,
                                                 sizeof(PSECURITY_DESCRIPTOR), &cachedSd,
                                                 NULL, NULL);
    if (!NT_SUCCESS(status)) {
        return status;
    }

    irp = IoAllocateIrp(1, FALSE);
    if (irp == NULL) {
        RC_RELEASE_SD(&cachedSd);
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    KeInitializeEvent(&event, SynchronizationEvent, FALSE);
    IoSetCompletionRoutine(irp, RcProbeComplete, &event, TRUE, TRUE, TRUE);

    status = g_Rc.Npi.Dispatch->WskSocket(g_Rc.Npi.Client, AF_INET6, SOCK_STREAM, IPPROTO_TCP,
                                          WSK_FLAG_CONNECTION_SOCKET, Server, &RcConnectionDispatch,
                                          NULL, NULL, cachedSd, irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(&event, Executive, KernelMode, FALSE, NULL);
        status = irp->IoStatus.Status;
    }
    if (NT_SUCCESS(status)) {
        Server->PendingSocket = (PWSK_SOCKET)irp->IoStatus.Information;
    }

    RC_RELEASE_SD(&cachedSd);

    if (NT_SUCCESS(status) && (Server->Flags & RC_FLAG_SECONDARY)) {
        IoReuseIrp(irp, STATUS_UNSUCCESSFUL);
        IoSetCompletionRoutine(irp, RcProbeComplete, &event, TRUE, TRUE, TRUE);

        status = g_Rc.Npi.Dispatch->WskSocket(g_Rc.Npi.Client,
                                              AF_INET6,
                                              SOCK_STREAM,
                                              IPPROTO_TCP,
                                              WSK_FLAG_CONNECTION_SOCKET,
                                              Server,
                                              &RcConnectionDispatch,
                                              NULL,
                                              NULL,
                                              cachedSd,     /* BUG WSK009: used after the release above */
                                              irp);
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&event, Executive, KernelMode, FALSE, NULL);
            status = irp->IoStatus.Status;
        }
        if (NT_SUCCESS(status)) {
            Server->Secondary = (PWSK_SOCKET)irp->IoStatus.Information;
        }
    }

    IoFreeIrp(irp);
    return status;
}

VOID
RcCloseServer(
    _Inout_ PRC_SERVER Server
    )
{
    PWSK_SOCKET sockets[3];
    ULONG i;

    sockets[0] = Server->Socket;
    sockets[1] = Server->Secondary;
    sockets[2] = Server->PendingSocket;

    for (i = 0; i < RTL_NUMBER_OF(sockets); i++) {
        if (sockets[i] == NULL) {
            continue;
        }
        IoReuseIrp(Server->Irp, STATUS_UNSUCCESSFUL);
        KeClearEvent(&Server->Event);
        IoSetCompletionRoutine(Server->Irp, RcProbeComplete, &Server->Event, TRUE, TRUE, TRUE);
        if (((PWSK_PROVIDER_BASIC_DISPATCH)sockets[i]->Dispatch)->WskCloseSocket(sockets[i], Server->Irp)
                == STATUS_PENDING) {
            KeWaitForSingleObject(&Server->Event, Executive, KernelMode, FALSE, NULL);
        }
    }

    if (Server->ServerSd != NULL) {
        g_Rc.Npi.Dispatch->WskControlClient(g_Rc.Npi.Client,
                                            WSK_RELEASE_SD,
                                            sizeof(PSECURITY_DESCRIPTOR),
                                            &Server->ServerSd,
                                            0,
                                            NULL,
                                            NULL,
                                            Server->Irp);   /* BUG WSK012: WSK_RELEASE_SD takes no IRP */
        Server->ServerSd = NULL;
    }

    IoFreeIrp(Server->Irp);
    Server->Irp = NULL;
}
