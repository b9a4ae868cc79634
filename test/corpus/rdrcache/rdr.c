//
// rdr.c - server connections of the redirector's connection cache.
//
// Every connection to a file server carries a descriptor that keeps
// user-mode code from sharing the redirector's local ports.
//

#include "rdr.h"

RC_GLOBALS g_Rc;

const WSK_CLIENT_CONNECTION_DISPATCH RcConnectionDispatch = { NULL, NULL, NULL };

static IO_COMPLETION_ROUTINE RcComplete;

static
NTSTATUS
RcComplete(PDEVICE_OBJECT DeviceObject, PIRP Irp, PVOID Context)
{
    UNREFERENCED_PARAMETER(DeviceObject);
    UNREFERENCED_PARAMETER(Irp);
    KeSetEvent((PKEVENT)Context, IO_NO_INCREMENT, FALSE);
    return STATUS_MORE_PROCESSING_REQUIRED;
}

static
PIRP
RcAllocIrp(_In_ PRC_SERVER Server)
{
    PIRP irp = IoAllocateIrp(1, FALSE);

    if (irp != NULL) {
        KeClearEvent(&Server->Event);
        IoSetCompletionRoutine(irp, RcComplete, &Server->Event, TRUE, TRUE, TRUE);
    }
    return irp;
}

//
// Connects to the server with a private cached copy of Template.
//
NTSTATUS
RcConnectServer(
    _Inout_ PRC_SERVER Server,
    _In_ PSECURITY_DESCRIPTOR Template
    )
{
    NTSTATUS status;
    PSECURITY_DESCRIPTOR cachedSd = NULL;
    PIRP irp = NULL;
    ULONG keepAlive = 1;

    status = g_Rc.Npi.Dispatch->WskControlClient(g_Rc.Npi.Client,
                                                 WSK_CACHE_SD,
                                                 sizeof(PSECURITY_DESCRIPTOR),
                                                 &Template,
                                                 sizeof(PSECURITY_DESCRIPTOR),
                                                 &cachedSd,
                                                 NULL,
                                                 NULL);
    if (!NT_SUCCESS(status)) {
        return status;
    }

    irp = RcAllocIrp(Server);
    if (irp == NULL) {
        status = STATUS_INSUFFICIENT_RESOURCES;
        goto Exit;
    }

    status = g_Rc.Npi.Dispatch->WskSocketConnect(g_Rc.Npi.Client,
                                                 SOCK_STREAM,
                                                 IPPROTO_TCP,
                                                 NULL,
                                                 (PSOCKADDR)&Server->Address,
                                                 0,
                                                 Server,
                                                 &RcConnectionDispatch,
                                                 NULL,
                                                 NULL,
                                                 cachedSd,
                                                 irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(&Server->Event, Executive, KernelMode, FALSE, NULL);
        status = irp->IoStatus.Status;
    }

    // The new socket holds its own reference to the descriptor.
    RC_RELEASE_SD(&cachedSd);

    if (!NT_SUCCESS(status)) {
        goto Exit;
    }
    Server->Socket = (PWSK_SOCKET)irp->IoStatus.Information;

    //
    // Keep-alive is an ordinary option: fine on a connected socket.
    //
    IoReuseIrp(irp, STATUS_UNSUCCESSFUL);
    KeClearEvent(&Server->Event);
    IoSetCompletionRoutine(irp, RcComplete, &Server->Event, TRUE, TRUE, TRUE);
    status = ((PWSK_PROVIDER_CONNECTION_DISPATCH)Server->Socket->Dispatch)->WskControlSocket(
                 Server->Socket, WskSetOption, SO_KEEPALIVE, SOL_SOCKET,
                 sizeof(ULONG), &keepAlive, 0, NULL, NULL, irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(&Server->Event, Executive, KernelMode, FALSE, NULL);
        status = irp->IoStatus.Status;
    }

Exit:
    if (cachedSd != NULL) {
        g_Rc.Npi.Dispatch->WskControlClient(g_Rc.Npi.Client,
                                            WSK_RELEASE_SD,
                                            sizeof(PSECURITY_DESCRIPTOR),
                                            &cachedSd,      /* BUG WSK009: already released after WskSocketConnect */
                                            0,
                                            NULL,
                                            NULL,
                                            NULL);
    }
    if (irp != NULL) {
        IoFreeIrp(irp);
    }
    return status;
}

//
// Same as above for the failover socket, with the release fixed: the
// variable is cleared after the release, so the exit path skips it.
//
NTSTATUS
RcConnectSecondary(
    _Inout_ PRC_SERVER Server,
    _In_ PSECURITY_DESCRIPTOR Template
    )
{
    NTSTATUS status;
    PSECURITY_DESCRIPTOR cachedSd = NULL;
    PIRP irp = NULL;

    status = g_Rc.Npi.Dispatch->WskControlClient(g_Rc.Npi.Client, WSK_CACHE_SD,
                                                 sizeof(PSECURITY_DESCRIPTOR), &Template,
                                                 sizeof(PSECURITY_DESCRIPTOR), &cachedSd,
                                                 NULL, NULL);
    if (!NT_SUCCESS(status)) {
        return status;
    }

    irp = RcAllocIrp(Server);
    if (irp == NULL) {
        status = STATUS_INSUFFICIENT_RESOURCES;
        goto Exit;
    }

    status = g_Rc.Npi.Dispatch->WskSocketConnect(g_Rc.Npi.Client, SOCK_STREAM, IPPROTO_TCP,
                                                 NULL, (PSOCKADDR)&Server->Address, 0, Server,
                                                 &RcConnectionDispatch, NULL, NULL,
                                                 cachedSd, irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(&Server->Event, Executive, KernelMode, FALSE, NULL);
        status = irp->IoStatus.Status;
    }

    RC_RELEASE_SD(&cachedSd);
    cachedSd = NULL;

    if (NT_SUCCESS(status)) {
        Server->Secondary = (PWSK_SOCKET)irp->IoStatus.Information;
    }

Exit:
    if (cachedSd != NULL) {
        RC_RELEASE_SD(&cachedSd);
    }
    if (irp != NULL) {
        IoFreeIrp(irp);
    }
    return status;
}

//
// Creates the not-yet-bound socket used for the next reconnect.
//
NTSTATUS
RcPrepareSocket(
    _Inout_ PRC_SERVER Server,
    _In_ PSECURITY_DESCRIPTOR Template
    )
{
    NTSTATUS status;
    PSECURITY_DESCRIPTOR cachedSd = NULL;
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
        return STATUS_INSUFFICIENT_RESOURCES;       /* BUG WSK008: cachedSd leaks on this path */
    }
    KeClearEvent(&Server->Event);
    IoSetCompletionRoutine(irp, RcComplete, &Server->Event, TRUE, TRUE, TRUE);

    status = g_Rc.Npi.Dispatch->WskSocket(g_Rc.Npi.Client, AF_INET6, SOCK_STREAM, IPPROTO_TCP,
                                          WSK_FLAG_CONNECTION_SOCKET, Server, &RcConnectionDispatch,
                                          NULL, NULL, cachedSd, irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(&Server->Event, Executive, KernelMode, FALSE, NULL);
        status = irp->IoStatus.Status;
    }
    if (NT_SUCCESS(status)) {
        Server->PendingSocket = (PWSK_SOCKET)irp->IoStatus.Information;
    }

    RC_RELEASE_SD(&cachedSd);
    IoFreeIrp(irp);
    return status;
}

//
// Replaces the descriptor of the prepared socket.
//
NTSTATUS
RcRefreshSecurity(
    _Inout_ PRC_SERVER Server,
    _In_ PSECURITY_DESCRIPTOR Template
    )
{
    NTSTATUS status;
    PSECURITY_DESCRIPTOR newSd = NULL;

    status = g_Rc.Npi.Dispatch->WskControlClient(g_Rc.Npi.Client, WSK_CACHE_SD,
                                                 sizeof(PSECURITY_DESCRIPTOR), &Template,
                                                 sizeof(PSECURITY_DESCRIPTOR), &newSd,
                                                 NULL, NULL);
    if (!NT_SUCCESS(status)) {
        return status;
    }

    IoReuseIrp(Server->Irp, STATUS_UNSUCCESSFUL);
    KeClearEvent(&Server->Event);
    IoSetCompletionRoutine(Server->Irp, RcComplete, &Server->Event, TRUE, TRUE, TRUE);

    status = ((PWSK_PROVIDER_CONNECTION_DISPATCH)Server->PendingSocket->Dispatch)->WskControlSocket(
                 Server->PendingSocket,
                 WskSetOption,
                 SO_WSK_SECURITY,
                 SOL_SOCKET,
                 sizeof(PSECURITY_DESCRIPTOR),
                 &newSd,
                 0,
                 NULL,
                 NULL,
                 Server->Irp);

    g_Rc.Npi.Dispatch->WskControlClient(g_Rc.Npi.Client,
                                        WSK_RELEASE_SD,
                                        sizeof(PSECURITY_DESCRIPTOR),
                                        &newSd,         /* BUG WSK010: the set may still be pending */
                                        0,
                                        NULL,
                                        NULL,
                                        NULL);

    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(&Server->Event, Executive, KernelMode, FALSE, NULL);
        status = Server->Irp->IoStatus.Status;
    }
    return status;
}

//
// Variant used from the reconnect worker, which may not block when the
// caller asked for RC_FLAG_NOWAIT.
//
NTSTATUS
RcRefreshSecurityEx(
    _Inout_ PRC_SERVER Server,
    _In_ PSECURITY_DESCRIPTOR Template,
    _In_ ULONG Flags
    )
{
    NTSTATUS status;
    PSECURITY_DESCRIPTOR newSd = NULL;

    status = g_Rc.Npi.Dispatch->WskControlClient(g_Rc.Npi.Client, WSK_CACHE_SD,
                                                 sizeof(PSECURITY_DESCRIPTOR), &Template,
                                                 sizeof(PSECURITY_DESCRIPTOR), &newSd,
                                                 NULL, NULL);
    if (!NT_SUCCESS(status)) {
        return status;
    }

    IoReuseIrp(Server->Irp, STATUS_UNSUCCESSFUL);
    KeClearEvent(&Server->Event);
    IoSetCompletionRoutine(Server->Irp, RcComplete, &Server->Event, TRUE, TRUE, TRUE);

    status = ((PWSK_PROVIDER_CONNECTION_DISPATCH)Server->PendingSocket->Dispatch)->WskControlSocket(
                 Server->PendingSocket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET,
                 sizeof(PSECURITY_DESCRIPTOR), &newSd, 0, NULL, NULL, Server->Irp);

    if (status == STATUS_PENDING && !(Flags & RC_FLAG_NOWAIT)) {
        KeWaitForSingleObject(&Server->Event, Executive, KernelMode, FALSE, NULL);
        status = Server->Irp->IoStatus.Status;
    }

    RC_RELEASE_SD(&newSd);      /* BUG WSK010: with RC_FLAG_NOWAIT the set may still be pending */
    return status;              /* BUG WSK015: with RC_FLAG_NOWAIT the set may still be using &newSd, a local */
}

//
// Best-effort variant: only releases its copy when the provider finished
// the request inline; otherwise the wait below covers it.
//
NTSTATUS
RcApplyQuick(
    _Inout_ PRC_SERVER Server,
    _In_ PSECURITY_DESCRIPTOR Template
    )
{
    NTSTATUS status;
    PSECURITY_DESCRIPTOR newSd = NULL;

    status = g_Rc.Npi.Dispatch->WskControlClient(g_Rc.Npi.Client, WSK_CACHE_SD,
                                                 sizeof(PSECURITY_DESCRIPTOR), &Template,
                                                 sizeof(PSECURITY_DESCRIPTOR), &newSd,
                                                 NULL, NULL);
    if (!NT_SUCCESS(status)) {
        return status;
    }

    IoReuseIrp(Server->Irp, STATUS_UNSUCCESSFUL);
    KeClearEvent(&Server->Event);
    IoSetCompletionRoutine(Server->Irp, RcComplete, &Server->Event, TRUE, TRUE, TRUE);

    status = ((PWSK_PROVIDER_CONNECTION_DISPATCH)Server->PendingSocket->Dispatch)->WskControlSocket(
                 Server->PendingSocket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET,
                 sizeof(PSECURITY_DESCRIPTOR), &newSd, 0, NULL, NULL, Server->Irp);

    if (status != STATUS_PENDING) {
        RC_RELEASE_SD(&newSd);
        return status;
    }

    KeWaitForSingleObject(&Server->Event, Executive, KernelMode, FALSE, NULL);
    status = Server->Irp->IoStatus.Status;
    RC_RELEASE_SD(&newSd);
    return status;
}
