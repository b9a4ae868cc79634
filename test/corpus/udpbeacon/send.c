/*++

Copyright (c) Contoso Ltd. All rights reserved.

Module Name:

    send.c

Abstract:

    Periodic and on-demand beacons.

Environment:

    Kernel mode, PASSIVE_LEVEL.

--*/

#include "beacon.h"

NTSTATUS
NTAPI
UbSendBeacon(
    IN PUB_BEACON Beacon,
    IN PSOCKADDR Remote
    )
{
    NTSTATUS status;
    WSK_BUF buffer;
    PMDL mdl;
    PIRP irp;

    mdl = IoAllocateMdl(Beacon->Payload, UB_PAYLOAD_LENGTH, FALSE, FALSE, NULL);
    if (mdl == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    MmBuildMdlForNonPagedPool(mdl);

    buffer.Mdl = mdl;
    buffer.Offset = 0;
    buffer.Length = UB_PAYLOAD_LENGTH;

    *(PULONG)Beacon->Payload = RtlUlongByteSwap(++Beacon->Sequence);

    irp = IoAllocateIrp(1, FALSE);
    IoSetCompletionRoutine(irp, UbIrpComplete, &Beacon->IoEvent, TRUE, TRUE, TRUE);
    status = UB_DATAGRAM(Beacon->Socket)->WskSendTo(Beacon->Socket, &buffer, 0, Remote, 0, NULL, irp); /* BUG WSK006: unchecked IoAllocateIrp result */
    status = UbWaitIrp(Beacon, irp, status);

    IoFreeIrp(irp);
    IoFreeMdl(mdl);
    return status;
}

//
// First beacon after a configuration change: send it, then tighten the
// descriptor so that nothing else can bind the port afterwards.
//
NTSTATUS
NTAPI
UbSendAndRelabel(
    IN PUB_BEACON Beacon,
    IN PWSK_BUF Payload,
    IN PSOCKADDR Remote
    )
{
    NTSTATUS status;
    PWSK_SOCKET socket = Beacon->Socket;
    PIRP irp;

    irp = IoAllocateIrp(1, FALSE);
    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }

    IoSetCompletionRoutine(irp, UbIrpComplete, &Beacon->IoEvent, TRUE, TRUE, TRUE);
    status = UB_DATAGRAM(socket)->WskSendTo(socket, Payload, 0, Remote, 0, NULL, irp);
    status = UbWaitIrp(Beacon, irp, status);

    if (NT_SUCCESS(status)) {
        IoReuseIrp(irp, STATUS_UNSUCCESSFUL);
        IoSetCompletionRoutine(irp, UbIrpComplete, &Beacon->IoEvent, TRUE, TRUE, TRUE);
        status = UB_DATAGRAM(socket)->WskControlSocket(     /* BUG WSK007: socket is bound once it has sent */
                     socket,
                     WskSetOption,
                     SO_WSK_SECURITY,
                     SOL_SOCKET,
                     sizeof(PSECURITY_DESCRIPTOR),
                     &Beacon->CachedSd,
                     0,
                     NULL,
                     NULL,
                     irp);
        status = UbWaitIrp(Beacon, irp, status);
    }

    IoFreeIrp(irp);
    return status;
}
