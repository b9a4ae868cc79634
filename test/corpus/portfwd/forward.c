/*
 * forward.c - sockets of the kernel port forwarder.
 *
 * Copyright (c) Adatum Corporation.
 */

#include "pfwd.h"

static const WSK_CLIENT_CONNECTION_DISPATCH PfDispatch = { NULL, NULL, NULL };

static
NTSTATUS
PfComplete(PDEVICE_OBJECT DeviceObject, PIRP Irp, PVOID Context)
{
    UNREFERENCED_PARAMETER(DeviceObject);
    UNREFERENCED_PARAMETER(Irp);
    KeSetEvent((PKEVENT)Context, IO_NO_INCREMENT, FALSE);
    return STATUS_MORE_PROCESSING_REQUIRED;
}

#define PF_WAIT(_fwd, _irp, _status)                                                    \
    if ((_status) == STATUS_PENDING) {                                                  \
        KeWaitForSingleObject(&(_fwd)->Event, Executive, KernelMode, FALSE, NULL);      \
        (_status) = (_irp)->IoStatus.Status;                                            \
    }

#define PF_ARM(_fwd, _irp)                                                              \
    IoReuseIrp((_irp), STATUS_UNSUCCESSFUL);                                            \
    KeClearEvent(&(_fwd)->Event);                                                       \
    IoSetCompletionRoutine((_irp), PfComplete, &(_fwd)->Event, TRUE, TRUE, TRUE)

NTSTATUS
PfInitDescriptors(
    _Inout_ PPF_FORWARD Fwd,
    _In_ PSECURITY_DESCRIPTOR Template
    )
{
    NTSTATUS status;

    status = Fwd->Npi->Dispatch->WskControlClient(Fwd->Npi->Client, WSK_CACHE_SD,
                                                  sizeof(PSECURITY_DESCRIPTOR), &Template,
                                                  sizeof(PSECURITY_DESCRIPTOR), &Fwd->ForwardSd,
                                                  NULL, NULL);
    CHECK_STATUS(status);

    status = Fwd->Npi->Dispatch->WskControlClient(Fwd->Npi->Client, WSK_CACHE_SD,
                                                  sizeof(PSECURITY_DESCRIPTOR), &Template,
                                                  sizeof(PSECURITY_DESCRIPTOR), &Fwd->ListenSd,
                                                  NULL, NULL);
Exit:
    return status;
}

static
NTSTATUS
PfApplyForwardSd(
    _In_ PPF_FORWARD Fwd,
    _In_ PWSK_SOCKET Socket,
    _In_ PIRP Irp
    )
{
    NTSTATUS status;

    PF_ARM(Fwd, Irp);
    status = PF_SET_SD(Socket, &Fwd->ForwardSd, Irp);
    PF_WAIT(Fwd, Irp, status);
    return status;
}

/*
 * Local side of a forward: create, bind to the forwarded port, restrict.
 */
NTSTATUS
PfStartForward(
    _Inout_ PPF_FORWARD Fwd
    )
{
    NTSTATUS status;
    PWSK_SOCKET socket = NULL;
    PIRP irp;

    irp = IoAllocateIrp(Fwd->StackSize, FALSE);
    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }

    PF_ARM(Fwd, irp);
    status = Fwd->Npi->Dispatch->WskSocket(Fwd->Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP,
                                           WSK_FLAG_CONNECTION_SOCKET, Fwd, &PfDispatch,
                                           NULL, NULL, NULL, irp);
    PF_WAIT(Fwd, irp, status);
    CHECK_STATUS(status);
    socket = (PWSK_SOCKET)irp->IoStatus.Information;

    PF_ARM(Fwd, irp);
    status = PF_CONN(socket)->WskBind(socket, (PSOCKADDR)&Fwd->Local, 0, irp);
    PF_WAIT(Fwd, irp, status);
    CHECK_STATUS(status);

    status = PfApplyForwardSd(Fwd, socket, irp);    /* BUG WSK007: the helper sets the descriptor on the socket bound above */
    CHECK_STATUS(status);

    Fwd->Socket = socket;

Exit:
    IoFreeIrp(irp);
    return status;    /* BUG WSK013: socket created at line 88 is neither closed nor stored when a later CHECK_STATUS jumps to Exit */
}

/*
 * Reverse side. Builds with PF_EARLY_BIND bind the socket first so that
 * the port is reserved as early as possible.
 */
NTSTATUS
PfStartReverse(
    _Inout_ PPF_FORWARD Fwd
    )
{
    NTSTATUS status;
    PWSK_SOCKET socket;
    PIRP irp;

    irp = IoAllocateIrp(Fwd->StackSize, FALSE);
    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }

    PF_ARM(Fwd, irp);
    status = Fwd->Npi->Dispatch->WskSocket(Fwd->Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP,
                                           WSK_FLAG_CONNECTION_SOCKET, Fwd, &PfDispatch,
                                           NULL, NULL, NULL, irp);
    PF_WAIT(Fwd, irp, status);
    CHECK_STATUS(status);
    socket = (PWSK_SOCKET)irp->IoStatus.Information;

#ifdef PF_EARLY_BIND
    PF_ARM(Fwd, irp);
    status = PF_CONN(socket)->WskBind(socket, (PSOCKADDR)&Fwd->Local, 0, irp);
    PF_WAIT(Fwd, irp, status);
    CHECK_STATUS(status);
#endif

    PF_ARM(Fwd, irp);
    status = PF_SET_SD(socket, &Fwd->ForwardSd, irp);  /* BUG WSK007: set after the PF_EARLY_BIND bind */
    PF_WAIT(Fwd, irp, status);
    CHECK_STATUS(status);

    Fwd->Reverse = socket;

Exit:
    IoFreeIrp(irp);
    return status;    /* BUG WSK013: socket created at line 129 is neither closed nor stored when a later CHECK_STATUS jumps to Exit */
}

NTSTATUS
PfStartListener(
    _Inout_ PPF_FORWARD Fwd
    )
{
    NTSTATUS status;
    PWSK_SOCKET socket;
    PIRP irp;

    irp = IoAllocateIrp(Fwd->StackSize, FALSE);
    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }

    PF_ARM(Fwd, irp);
    status = Fwd->Npi->Dispatch->WskSocket(Fwd->Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP,
                                           WSK_FLAG_LISTEN_SOCKET, Fwd, NULL,
                                           NULL, NULL, NULL, irp);
    PF_WAIT(Fwd, irp, status);
    CHECK_STATUS(status);
    socket = (PWSK_SOCKET)irp->IoStatus.Information;

    PF_ARM(Fwd, irp);
    status = PF_SET_SD(socket, Fwd->ListenSd, irp);     /* BUG WSK002: the pointer, not its address */
    PF_WAIT(Fwd, irp, status);
    CHECK_STATUS(status);

    PF_ARM(Fwd, irp);
    status = ((PWSK_PROVIDER_LISTEN_DISPATCH)socket->Dispatch)->WskBind(socket, (PSOCKADDR)&Fwd->Local, 0, irp);
    PF_WAIT(Fwd, irp, status);
    CHECK_STATUS(status);

    Fwd->ListenSocket = socket;

Exit:
    IoFreeIrp(irp);
    return status;    /* BUG WSK013: socket created at line 170 is neither closed nor stored when a later CHECK_STATUS jumps to Exit */
}

/*
 * Restricts a socket handed over by the configuration IOCTL (unbound).
 * Uses the spare IRP when one is available.
 */
NTSTATUS
PfRestrictSocket(
    _Inout_ PPF_FORWARD Fwd,
    _In_ PWSK_SOCKET Socket
    )
{
    NTSTATUS status;
    PIRP irp;

    irp = Fwd->SpareIrp;
    if (irp != NULL) {
        Fwd->SpareIrp = NULL;
    } else {
        irp = IoAllocateIrp(Fwd->StackSize, FALSE);
    }

    PF_ARM(Fwd, irp);
    status = PF_CONN(Socket)->WskControlSocket(Socket,
                                               WskSetOption,
                                               SO_WSK_SECURITY,
                                               SOL_SOCKET,
                                               PF_SD_SIZE,      /* BUG WSK001: expands to sizeof(SECURITY_DESCRIPTOR) */
                                               &Fwd->ForwardSd,
                                               0,
                                               NULL,
                                               NULL,
                                               irp);            /* BUG WSK006: IoAllocateIrp result unchecked on the else path */
    PF_WAIT(Fwd, irp, status);

    IoFreeIrp(irp);
    return status;
}

NTSTATUS
PfApplyFromIoctl(
    _Inout_ PPF_FORWARD Fwd,
    _In_ PWSK_SOCKET Socket,
    _In_ PIRP Irp
    )
{
    NTSTATUS status;

    PF_ARM(Fwd, Irp);
    status = PF_CONN(Socket)->WskControlSocket(Socket,
                                               PF_APPLY_REQUEST,    /* BUG WSK004: expands to WskIoctl */
                                               SO_WSK_SECURITY,
                                               SOL_SOCKET,
                                               PF_SD_SIZE,
                                               &Fwd->ForwardSd,
                                               0,
                                               NULL,
                                               NULL,
                                               Irp);
    PF_WAIT(Fwd, Irp, status);
    return status;
}

NTSTATUS
PfApplySync(
    _Inout_ PPF_FORWARD Fwd,
    _In_ PWSK_SOCKET Socket
    )
{
    return PF_CONN(Socket)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY,
                                             0,         /* BUG WSK003: level 0 is not SOL_SOCKET */
                                             sizeof(PSECURITY_DESCRIPTOR), &Fwd->ForwardSd,
                                             0, NULL,
                                             NULL,
                                             NULL);     /* BUG WSK005: no IRP */
}

/*
 * Opens the target side with a private copy of Template.
 */
NTSTATUS
PfOpenTarget(
    _Inout_ PPF_FORWARD Fwd,
    _In_ PSECURITY_DESCRIPTOR Template
    )
{
    NTSTATUS status;
    PSECURITY_DESCRIPTOR cachedSd = NULL;
    PIRP irp = NULL;

    status = Fwd->Npi->Dispatch->WskControlClient(Fwd->Npi->Client, WSK_CACHE_SD,
                                                  sizeof(PSECURITY_DESCRIPTOR), &Template,
                                                  sizeof(PSECURITY_DESCRIPTOR), &cachedSd,
                                                  NULL, NULL);
    CHECK_STATUS(status);

    irp = IoAllocateIrp(Fwd->StackSize, FALSE);
    if (irp == NULL) {
        status = STATUS_INSUFFICIENT_RESOURCES;
        goto Exit;
    }

    PF_ARM(Fwd, irp);
    status = Fwd->Npi->Dispatch->WskSocketConnect(Fwd->Npi->Client, SOCK_STREAM, IPPROTO_TCP,
                                                  NULL, (PSOCKADDR)&Fwd->Target, 0, Fwd, &PfDispatch,
                                                  NULL, NULL, cachedSd, irp);
    PF_WAIT(Fwd, irp, status);
    PF_RELEASE_SD(Fwd, &cachedSd);
    CHECK_STATUS(status);

    Fwd->Socket = (PWSK_SOCKET)irp->IoStatus.Information;

Exit:
    if (irp != NULL) {
        IoFreeIrp(irp);
    }
    return status;      /* BUG WSK008: cachedSd leaks when IoAllocateIrp fails */
}

/*
 * Fallback used when no template is configured: a default descriptor
 * straight from pool.
 */
NTSTATUS
PfOpenTargetDefault(
    _Inout_ PPF_FORWARD Fwd
    )
{
    NTSTATUS status;
    PSECURITY_DESCRIPTOR sd;
    PIRP irp;

    sd = ExAllocatePool2(POOL_FLAG_NON_PAGED, SECURITY_DESCRIPTOR_MIN_LENGTH, PF_TAG);
    if (sd == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    (VOID)RtlCreateSecurityDescriptor(sd, SECURITY_DESCRIPTOR_REVISION);

    irp = IoAllocateIrp(Fwd->StackSize, FALSE);
    if (irp == NULL) {
        ExFreePoolWithTag(sd, PF_TAG);
        return STATUS_INSUFFICIENT_RESOURCES;
    }

    PF_ARM(Fwd, irp);
    status = Fwd->Npi->Dispatch->WskSocketConnect(Fwd->Npi->Client,
                                                  SOCK_STREAM,
                                                  IPPROTO_TCP,
                                                  NULL,
                                                  (PSOCKADDR)&Fwd->Target,
                                                  0,
                                                  Fwd,
                                                  &PfDispatch,
                                                  NULL,
                                                  NULL,
                                                  sd,       /* BUG WSK011: pool descriptor, never cached */
                                                  irp);
    PF_WAIT(Fwd, irp, status);
    if (NT_SUCCESS(status)) {
        Fwd->Socket = (PWSK_SOCKET)irp->IoStatus.Information;
    }

    IoFreeIrp(irp);
    ExFreePoolWithTag(sd, PF_TAG);
    return status;
}

VOID
PfCheckForward(
    _Inout_ PPF_FORWARD Fwd
    )
{
    NTSTATUS status;
    PSECURITY_DESCRIPTOR sd = NULL;
    PIRP irp;

    irp = IoAllocateIrp(Fwd->StackSize, FALSE);
    if (irp == NULL) {
        return;
    }

    PF_ARM(Fwd, irp);
    status = PF_GET_SD(Fwd->Socket, &sd, irp);
    PF_WAIT(Fwd, irp, status);
    IoFreeIrp(irp);

    if (NT_SUCCESS(status)) {
        Fwd->SdMatches = (BOOLEAN)(sd == Fwd->ForwardSd);
    }
}   /* BUG WSK008: the copy read into sd is never released */

VOID
PfStopForward(
    _Inout_ PPF_FORWARD Fwd
    )
{
    if (Fwd->ForwardSd != NULL) {
        PF_RELEASE_SD(Fwd, &Fwd->ForwardSd);
        Fwd->ForwardSd = NULL;
    }
    if (Fwd->ListenSd != NULL) {
        PF_RELEASE_SD(Fwd, &Fwd->ListenSd);
        Fwd->ListenSd = NULL;
    }
    if (Fwd->SpareIrp != NULL) {
        IoFreeIrp(Fwd->SpareIrp);
        Fwd->SpareIrp = NULL;
    }
}
