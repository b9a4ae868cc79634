//
// ntcaudit.c - periodic audit: reads back the descriptor each peer socket
// carries and records its size.
//
// Copyright (c) Tailspin Toys Time Services.
//

#include "ntc.h"

//
// Reads the socket's descriptor into *PeerSd. On success the caller owns
// the copy and releases it with WSK_RELEASE_SD.
//
_Use_decl_annotations_
NTSTATUS
NtcQueryPeerSd(
    PNTC_CLOCK Clock,
    PWSK_SOCKET Socket,
    PSECURITY_DESCRIPTOR *PeerSd
    )
{
    NTSTATUS status;
    PIRP irp;

    *PeerSd = NULL;

    irp = IoAllocateIrp(1, FALSE);
    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }

    IoSetCompletionRoutine(irp, NtcIrpComplete, &Clock->Event, TRUE, TRUE, TRUE);
    status = NTC_DGRAM(Socket)->WskControlSocket(Socket,
                                                 WskGetOption,
                                                 SO_WSK_SECURITY,
                                                 NTC_LEVEL,
                                                 0,
                                                 NULL,
                                                 sizeof(*PeerSd),
                                                 PeerSd,
                                                 NULL,
                                                 irp);
    status = NtcWaitIrp(Clock, irp, status);
    IoFreeIrp(irp);
    return status;
}

_Use_decl_annotations_
NTSTATUS
NtcAuditPeers(
    PNTC_CLOCK Clock
    )
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR sd;
    ULONG i;

    for (i = 0; i < Clock->PeerCount; i++) {
        if (Clock->Peers[i].Socket == NULL) {
            continue;
        }

        sd = NULL;
        status = NtcQueryPeerSd(Clock, Clock->Peers[i].Socket, &sd);
        if (!NT_SUCCESS(status)) {
            Clock->Peers[i].SdLength = 0;
            continue;
        }

        Clock->Peers[i].SdLength = (sd != NULL) ? RtlLengthSecurityDescriptor(sd) : 0;

        //
        // A fresh copy each time round: released here, every iteration.
        //
        if (sd != NULL) {
            Clock->Provider.Dispatch->WskControlClient(Clock->Provider.Client,
                                                       WSK_RELEASE_SD,
                                                       sizeof(PSECURITY_DESCRIPTOR),
                                                       &sd,
                                                       0,
                                                       NULL,
                                                       NULL,
                                                       NULL);
            sd = NULL;
        }
    }
    return status;
}
