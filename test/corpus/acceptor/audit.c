/*
 * audit.c - descriptor set-up and audits of the management agent's
 * sockets.
 */

#include "acceptor.h"

_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
AcInitDescriptors(
    _Inout_ PAC_LISTENER Listener,
    _In_ PSECURITY_DESCRIPTOR ListenTemplate,
    _In_ PSECURITY_DESCRIPTOR ChildTemplate
    )
{
    NTSTATUS status;

    status = Listener->Provider.Dispatch->WskControlClient(Listener->Provider.Client,
                                                           WSK_CACHE_SD,
                                                           sizeof(PSECURITY_DESCRIPTOR),
                                                           &ListenTemplate,
                                                           sizeof(PSECURITY_DESCRIPTOR),
                                                           &Listener->ListenSd,
                                                           NULL,
                                                           NULL);
    if (!NT_SUCCESS(status)) {
        return status;
    }

    return Listener->Provider.Dispatch->WskControlClient(Listener->Provider.Client,
                                                         WSK_CACHE_SD,
                                                         sizeof(PSECURITY_DESCRIPTOR),
                                                         &ChildTemplate,
                                                         sizeof(PSECURITY_DESCRIPTOR),
                                                         &Listener->ChildSd,
                                                         NULL,
                                                         NULL);
}

static
NTSTATUS
AcWait(
    _In_ PAC_LISTENER Listener,
    _In_ PIRP Irp,
    _In_ NTSTATUS Status
    )
{
    if (Status == STATUS_PENDING) {
        KeWaitForSingleObject(&Listener->Event, Executive, KernelMode, FALSE, NULL);
        Status = Irp->IoStatus.Status;
    }
    return Status;
}

/*
 * Reports whether the listening socket still carries ListenSd.
 */
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
AcAuditListener(
    _In_ PAC_LISTENER Listener,
    _Out_ PBOOLEAN Intact
    )
{
    NTSTATUS status;
    PSECURITY_DESCRIPTOR current = NULL;
    SIZE_T returned = 0;
    PIRP irp;

    *Intact = FALSE;

    irp = IoAllocateIrp(1, FALSE);
    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    IoSetCompletionRoutine(irp, AcSyncComplete, &Listener->Event, TRUE, TRUE, TRUE);

    status = AC_LISTEN(Listener->ListenSocket)->WskControlSocket(Listener->ListenSocket,
                                                                  WskGetOption,
                                                                  SO_WSK_SECURITY,
                                                                  SOL_SOCKET,
                                                                  0,
                                                                  NULL,
                                                                  sizeof(PSECURITY_DESCRIPTOR),
                                                                  &current,
                                                                  &returned,    /* BUG WSK002: OutputSizeReturned must be NULL */
                                                                  irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(&Listener->Event, Executive, KernelMode, FALSE, NULL);
        status = irp->IoStatus.Status;
    }
    IoFreeIrp(irp);

    if (NT_SUCCESS(status)) {
        *Intact = (BOOLEAN)(current == Listener->ListenSd);
        Listener->Provider.Dispatch->WskControlClient(Listener->Provider.Client, WSK_RELEASE_SD,
                                                      sizeof(PSECURITY_DESCRIPTOR), &current,
                                                      0, NULL, NULL, NULL);
    }
    return status;
}

/*
 * Same audit for an accepted connection, written for the 64-bit build.
 */
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
AcAuditChild(
    _In_ PAC_LISTENER Listener,
    _In_ PWSK_SOCKET Child,
    _Out_ PBOOLEAN Intact
    )
{
    NTSTATUS status;
    PSECURITY_DESCRIPTOR current = NULL;
    PIRP irp;

    *Intact = FALSE;

    irp = IoAllocateIrp(1, FALSE);
    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    IoSetCompletionRoutine(irp, AcSyncComplete, &Listener->Event, TRUE, TRUE, TRUE);

    status = AC_CONN(Child)->WskControlSocket(Child,
                                              WskGetOption,
                                              SO_WSK_SECURITY,
                                              SOL_SOCKET,
                                              0,
                                              NULL,
                                              8,            /* BUG WSK001: pointer size only on 64-bit */
                                              &current,
                                              NULL,
                                              irp);
    status = AcWait(Listener, irp, status);
    IoFreeIrp(irp);

    *Intact = (BOOLEAN)(current == Listener->ChildSd);
    if (current != NULL) {
        Listener->Provider.Dispatch->WskControlClient(Listener->Provider.Client, WSK_RELEASE_SD,
                                                      sizeof(PSECURITY_DESCRIPTOR), &current,
                                                      0, NULL, NULL, NULL);
    }
    return status;
}

/*
 * Drops the descriptor of a socket that is about to be recycled (not
 * bound yet).
 */
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
AcClearDescriptor(
    _In_ PAC_LISTENER Listener,
    _In_ PWSK_SOCKET Socket
    )
{
    NTSTATUS status;
    PIRP irp;

    irp = IoAllocateIrp(1, FALSE);
    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    IoSetCompletionRoutine(irp, AcSyncComplete, &Listener->Event, TRUE, TRUE, TRUE);

    status = AC_CONN(Socket)->WskControlSocket(Socket,
                                               WskSetOption,
                                               SO_WSK_SECURITY,
                                               SOL_SOCKET,
                                               0,           /* BUG WSK001: a set takes sizeof(PSECURITY_DESCRIPTOR) */
                                               NULL,        /* BUG WSK002: a set needs the address of a cached descriptor */
                                               0,
                                               NULL,
                                               NULL,
                                               irp);
    status = AcWait(Listener, irp, status);

    IoFreeIrp(irp);
    return status;
}

_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
AcSecureAtTcpLevel(
    _In_ PAC_LISTENER Listener,
    _In_ PWSK_SOCKET Socket
    )
{
    NTSTATUS status;
    PIRP irp;

    irp = IoAllocateIrp(1, FALSE);
    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    IoSetCompletionRoutine(irp, AcSyncComplete, &Listener->Event, TRUE, TRUE, TRUE);

    status = AC_CONN(Socket)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY,
                                               IPPROTO_TCP,     /* BUG WSK003: SO_WSK_SECURITY lives at SOL_SOCKET */
                                               sizeof(PSECURITY_DESCRIPTOR), &Listener->ChildSd,
                                               0, NULL, NULL, irp);
    status = AcWait(Listener, irp, status);

    IoFreeIrp(irp);
    return status;
}

_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
AcApplyViaIoctl(
    _In_ PAC_LISTENER Listener,
    _In_ PWSK_SOCKET Socket
    )
{
    NTSTATUS status;
    PIRP irp;

    irp = IoAllocateIrp(1, FALSE);
    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    IoSetCompletionRoutine(irp, AcSyncComplete, &Listener->Event, TRUE, TRUE, TRUE);

    status = AC_CONN(Socket)->WskControlSocket(Socket,
                                               WskIoctl,        /* BUG WSK004: SO_WSK_SECURITY is an option, not an IOCTL */
                                               SO_WSK_SECURITY,
                                               SOL_SOCKET,
                                               sizeof(PSECURITY_DESCRIPTOR),
                                               &Listener->ChildSd,
                                               0,
                                               NULL,
                                               NULL,
                                               irp);
    status = AcWait(Listener, irp, status);

    IoFreeIrp(irp);
    return status;
}
