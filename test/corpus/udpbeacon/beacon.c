/*++

Copyright (c) Contoso Ltd. All rights reserved.

Module Name:

    beacon.c

Abstract:

    Sends a small UDP datagram every few seconds so that management
    stations can discover the appliance. The socket carries a restrictive
    security descriptor so that no user-mode process can share the port.

Environment:

    Kernel mode, PASSIVE_LEVEL unless noted.

--*/

#include "beacon.h"

NTSTATUS
NTAPI
UbIrpComplete(
    IN PDEVICE_OBJECT DeviceObject,
    IN PIRP Irp,
    IN PVOID Context
    )
{
    UNREFERENCED_PARAMETER(DeviceObject);
    UNREFERENCED_PARAMETER(Irp);

    KeSetEvent((PKEVENT)Context, IO_NO_INCREMENT, FALSE);
    return STATUS_MORE_PROCESSING_REQUIRED;
}

NTSTATUS
UbWaitIrp(
    IN PUB_BEACON Beacon,
    IN PIRP Irp,
    IN NTSTATUS Status
    )
{
    if (Status == STATUS_PENDING) {
        KeWaitForSingleObject(&Beacon->IoEvent, Executive, KernelMode, FALSE, NULL);
        Status = Irp->IoStatus.Status;
    }
    return Status;
}

NTSTATUS
NTAPI
UbInitialize(
    IN PUB_BEACON Beacon,
    IN PSECURITY_DESCRIPTOR Template
    )
{
    NTSTATUS status;

    KeInitializeEvent(&Beacon->IoEvent, SynchronizationEvent, FALSE);
    Beacon->Socket = NULL;
    Beacon->Sequence = 0;

    status = Beacon->Provider.Dispatch->WskControlClient(Beacon->Provider.Client,
                                                         WSK_CACHE_SD,
                                                         sizeof(PSECURITY_DESCRIPTOR),
                                                         &Template,
                                                         sizeof(PSECURITY_DESCRIPTOR),
                                                         &Beacon->CachedSd,
                                                         NULL,
                                                         NULL);
    return status;
}

VOID
NTAPI
UbCleanup(
    IN PUB_BEACON Beacon
    )
{
    PIRP irp;

    if (Beacon->Socket != NULL) {
        irp = IoAllocateIrp(1, FALSE);
        if (irp != NULL) {
            IoSetCompletionRoutine(irp, UbIrpComplete, &Beacon->IoEvent, TRUE, TRUE, TRUE);
            (VOID)UbWaitIrp(Beacon, irp, UB_DATAGRAM(Beacon->Socket)->WskCloseSocket(Beacon->Socket, irp));
            IoFreeIrp(irp);
        }
        Beacon->Socket = NULL;
    }

    if (Beacon->CachedSd) {
        Beacon->Provider.Dispatch->WskControlClient(Beacon->Provider.Client,
                                                    WSK_RELEASE_SD,
                                                    sizeof(PSECURITY_DESCRIPTOR),
                                                    &Beacon->CachedSd,
                                                    0,
                                                    NULL,
                                                    NULL,
                                                    NULL);
        Beacon->CachedSd = NULL;
    }
}

NTSTATUS
NTAPI
UbCreateSocket(
    IN PUB_BEACON Beacon,
    IN PSOCKADDR LocalAddress
    )
{
    NTSTATUS status;
    PIRP irp;
    PWSK_SOCKET socket;

    irp = IoAllocateIrp(1, FALSE);
    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    IoSetCompletionRoutine(irp, UbIrpComplete, &Beacon->IoEvent, TRUE, TRUE, TRUE);

    status = Beacon->Provider.Dispatch->WskSocket(Beacon->Provider.Client,
                                                  AF_INET,
                                                  SOCK_DGRAM,
                                                  IPPROTO_UDP,
                                                  WSK_FLAG_DATAGRAM_SOCKET,
                                                  Beacon,
                                                  NULL,
                                                  NULL,
                                                  NULL,
                                                  NULL,
                                                  irp);
    status = UbWaitIrp(Beacon, irp, status);
    if (!NT_SUCCESS(status)) {
        IoFreeIrp(irp);
        return status;
    }
    socket = (PWSK_SOCKET)irp->IoStatus.Information;

    IoReuseIrp(irp, STATUS_UNSUCCESSFUL);
    IoSetCompletionRoutine(irp, UbIrpComplete, &Beacon->IoEvent, TRUE, TRUE, TRUE);
    status = UB_DATAGRAM(socket)->WskBind(socket, LocalAddress, 0, irp);
    status = UbWaitIrp(Beacon, irp, status);
    if (!NT_SUCCESS(status)) {
        goto CloseSocket;
    }

    IoReuseIrp(irp, STATUS_UNSUCCESSFUL);
    IoSetCompletionRoutine(irp, UbIrpComplete, &Beacon->IoEvent, TRUE, TRUE, TRUE);
    status = UB_DATAGRAM(socket)->WskControlSocket(socket,     /* BUG WSK007: set after the WskBind above */
                                                   WskSetOption,
                                                   SO_WSK_SECURITY,
                                                   SOL_SOCKET,
                                                   sizeof(SECURITY_DESCRIPTOR),  /* BUG WSK001: size of the descriptor, not of the pointer */
                                                   &Beacon->CachedSd,
                                                   0,
                                                   NULL,
                                                   NULL,
                                                   irp);
    status = UbWaitIrp(Beacon, irp, status);
    if (!NT_SUCCESS(status)) {
        goto CloseSocket;
    }

    Beacon->Socket = socket;
    IoFreeIrp(irp);
    return STATUS_SUCCESS;

CloseSocket:
    IoReuseIrp(irp, STATUS_UNSUCCESSFUL);
    IoSetCompletionRoutine(irp, UbIrpComplete, &Beacon->IoEvent, TRUE, TRUE, TRUE);
    (VOID)UbWaitIrp(Beacon, irp, UB_DATAGRAM(socket)->WskCloseSocket(socket, irp));
    IoFreeIrp(irp);
    return status;
}

NTSTATUS
NTAPI
UbCreateSocketV6(
    IN PUB_BEACON Beacon,
    IN PSOCKADDR LocalAddress
    )
{
    NTSTATUS status;
    PIRP irp;
    PWSK_SOCKET socket = NULL;

    irp = IoAllocateIrp(1, FALSE);
    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }

    IoSetCompletionRoutine(irp, UbIrpComplete, &Beacon->IoEvent, TRUE, TRUE, TRUE);
    status = Beacon->Provider.Dispatch->WskSocket(Beacon->Provider.Client,
                                                  AF_INET6,
                                                  SOCK_DGRAM,
                                                  IPPROTO_UDP,
                                                  WSK_FLAG_DATAGRAM_SOCKET,
                                                  Beacon,
                                                  NULL,
                                                  NULL,
                                                  NULL,
                                                  NULL,
                                                  irp);
    status = UbWaitIrp(Beacon, irp, status);
    if (!NT_SUCCESS(status)) {
        goto Exit;
    }
    socket = (PWSK_SOCKET)irp->IoStatus.Information;

    //
    // Secure the socket first, then bind it to the IPv6 address.
    //
    IoReuseIrp(irp, STATUS_UNSUCCESSFUL);
    IoSetCompletionRoutine(irp, UbIrpComplete, &Beacon->IoEvent, TRUE, TRUE, TRUE);
    status = UB_DATAGRAM(socket)->WskControlSocket(socket,
                                                   WskSetOption,
                                                   SO_WSK_SECURITY,
                                                   IPPROTO_IPV6,    /* BUG WSK003: level must be SOL_SOCKET */
                                                   sizeof(PSECURITY_DESCRIPTOR),
                                                   &Beacon->CachedSd,
                                                   0,
                                                   NULL,
                                                   NULL,
                                                   irp);
    status = UbWaitIrp(Beacon, irp, status);
    if (!NT_SUCCESS(status)) {
        goto Exit;
    }

    IoReuseIrp(irp, STATUS_UNSUCCESSFUL);
    IoSetCompletionRoutine(irp, UbIrpComplete, &Beacon->IoEvent, TRUE, TRUE, TRUE);
    status = UB_DATAGRAM(socket)->WskBind(socket, LocalAddress, 0, irp);
    status = UbWaitIrp(Beacon, irp, status);
    if (NT_SUCCESS(status)) {
        Beacon->Socket = socket;
        socket = NULL;
    }

Exit:
    if (socket != NULL) {
        IoReuseIrp(irp, STATUS_UNSUCCESSFUL);
        IoSetCompletionRoutine(irp, UbIrpComplete, &Beacon->IoEvent, TRUE, TRUE, TRUE);
        (VOID)UbWaitIrp(Beacon, irp, UB_DATAGRAM(socket)->WskCloseSocket(socket, irp));
    }
    IoFreeIrp(irp);
    return status;
}

//
// Re-applies the beacon descriptor to a socket created by the
// configuration path (not yet bound).
//
NTSTATUS
NTAPI
UbRelabel(
    IN PUB_BEACON Beacon,
    IN PWSK_SOCKET Socket
    )
{
    NTSTATUS status;
    PIRP Irp;

    Irp = IoAllocateIrp(1, FALSE);
    IoSetCompletionRoutine(Irp, UbIrpComplete, &Beacon->IoEvent, TRUE, TRUE, TRUE);

    status = UB_DATAGRAM(Socket)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET,
                                                   sizeof(PSECURITY_DESCRIPTOR), &Beacon->CachedSd,
                                                   0, NULL, NULL,
                                                   Irp);    /* BUG WSK006: Irp never checked for NULL */
    status = UbWaitIrp(Beacon, Irp, status);

    IoFreeIrp(Irp);
    return status;
}

//
// One-shot beacon on a throw-away socket that gets its own descriptor.
//
NTSTATUS
NTAPI
UbCreateIsolatedSocket(
    IN PUB_BEACON Beacon,
    IN PSECURITY_DESCRIPTOR Template,
    OUT PWSK_SOCKET *Socket
    )
{
    NTSTATUS status;
    PSECURITY_DESCRIPTOR cached = NULL;
    PIRP irp;

    *Socket = NULL;

    status = Beacon->Provider.Dispatch->WskControlClient(Beacon->Provider.Client,
                                                         WSK_CACHE_SD,
                                                         sizeof(PSECURITY_DESCRIPTOR),
                                                         &Template,
                                                         sizeof(PSECURITY_DESCRIPTOR),
                                                         &cached,
                                                         NULL,
                                                         NULL);
    if (!NT_SUCCESS(status)) {
        return status;
    }

    irp = IoAllocateIrp(1, FALSE);
    if (irp == NULL) {
        Beacon->Provider.Dispatch->WskControlClient(Beacon->Provider.Client, WSK_RELEASE_SD,
                                                    sizeof(PSECURITY_DESCRIPTOR), &cached,
                                                    0, NULL, NULL, NULL);
        return STATUS_INSUFFICIENT_RESOURCES;
    }

    IoSetCompletionRoutine(irp, UbIrpComplete, &Beacon->IoEvent, TRUE, TRUE, TRUE);
    status = Beacon->Provider.Dispatch->WskSocket(Beacon->Provider.Client,
                                                  AF_INET,
                                                  SOCK_DGRAM,
                                                  IPPROTO_UDP,
                                                  WSK_FLAG_DATAGRAM_SOCKET,
                                                  Beacon,
                                                  NULL,
                                                  NULL,
                                                  NULL,
                                                  cached,
                                                  irp);

    // The socket holds its own reference once created.
    Beacon->Provider.Dispatch->WskControlClient(Beacon->Provider.Client, WSK_RELEASE_SD,
                                                sizeof(PSECURITY_DESCRIPTOR),
                                                &cached,    /* BUG WSK010: released while the WskSocket IRP may be pending */
                                                0, NULL, NULL, NULL);

    status = UbWaitIrp(Beacon, irp, status);
    if (NT_SUCCESS(status)) {
        *Socket = (PWSK_SOCKET)irp->IoStatus.Information;
    }

    IoFreeIrp(irp);
    return status;
}
