#include "wsk.h"
#include "peer.h"

NTSTATUS WSKAPI
PeerReceive(PVOID SocketContext, ULONG Flags, PWSK_DATA_INDICATION DataIndication,
            SIZE_T BytesIndicated, SIZE_T *BytesAccepted)
{
    PPEER peer = (PPEER)SocketContext;
    NTSTATUS status;

    if (Flags & WSK_FLAG_AT_DISPATCH_LEVEL) {
        status = STATUS_PENDING;
    } else {
        status = STATUS_SUCCESS;
    }
    if (status == STATUS_PENDING) {
        /* Deferred to a worker, which releases the list: but the list is not given to it. */
        QueueWorker(peer);
        return status;
//      ^^^^^^^^^^^^^^ WSK023 PeerReceive returns STATUS_PENDING but keeps DataIndication nowhere
//      no fix
    }
    for (PWSK_DATA_INDICATION ind = DataIndication; ind != NULL; ind = ind->Next) {
        CopyOut(peer, ind->Buffer.Mdl, ind->Buffer.Offset, ind->Buffer.Length);
    }
    *BytesAccepted = BytesIndicated;
    return status;
}

NTSTATUS WSKAPI
PeerDisconnected(PVOID SocketContext, ULONG Flags)
{
    if (SocketContext == NULL) {
        return STATUS_INVALID_PARAMETER;
//             ^^^^^^^^^^^^^^^^^^^^^^^^ WSK023 returns STATUS_INVALID_PARAMETER
//             preferred fix: Return STATUS_SUCCESS
//             = STATUS_SUCCESS
    }
    ScheduleClose((PPEER)SocketContext);
    return STATUS_SUCCESS;
}

NTSTATUS WSKAPI
PeerDatagram(PVOID SocketContext, ULONG Flags, PWSK_DATAGRAM_INDICATION DataIndication)
{
    PPEER peer = (PPEER)SocketContext;

    if (peer->Held != NULL) {
        return STATUS_DATA_NOT_ACCEPTED;
    }
    peer->Received += (ULONG)DataIndication->Buffer.Length;
//                           ^^^^^^^^^^^^^^^^^^^^^^ WSK023 DataIndication->Buffer dereferences DataIndication before any test for NULL
//                           fix: Return early when DataIndication is NULL
//                             }
//                           + if (DataIndication == NULL) {
//                           +     return STATUS_SUCCESS;
//                           + }
//                             peer->Received += (ULONG)DataIndication->Buffer.Length;
    peer->Held = DataIndication;
    return STATUS_PENDING;
}
