#include "wsk.h"

/* Receive events of a connection table, positional, and a datagram table, designated. */

typedef struct _PEER {
    PWSK_SOCKET Socket;
    PWSK_DATA_INDICATION Held;
    PVOID Queue;
    ULONG Received;
    BOOLEAN Paused;
} PEER, *PPEER;

#define GIVE_BACK(peer, list) \
    ((PWSK_PROVIDER_DATAGRAM_DISPATCH)(peer)->Socket->Dispatch)->WskRelease((peer)->Socket, (list))

NTSTATUS WSKAPI ReadsAtOnce(PVOID SocketContext, ULONG Flags, PWSK_DATA_INDICATION DataIndication,
                            SIZE_T BytesIndicated, SIZE_T *BytesAccepted);
NTSTATUS WSKAPI AssertsOnly(PVOID SocketContext, ULONG Flags, PWSK_DATA_INDICATION DataIndication,
                            SIZE_T BytesIndicated, SIZE_T *BytesAccepted);
NTSTATUS WSKAPI Disconnected(PVOID SocketContext, ULONG Flags);
NTSTATUS WSKAPI BacklogChanged(PVOID SocketContext, SIZE_T IdealBacklogSize);
NTSTATUS WSKAPI DatagramArrived(PVOID SocketContext, ULONG Flags, PWSK_DATAGRAM_INDICATION DataIndication);

const WSK_CLIENT_CONNECTION_DISPATCH g_PeerDispatch = { ReadsAtOnce, Disconnected, BacklogChanged };
const WSK_CLIENT_CONNECTION_DISPATCH g_OtherDispatch = { AssertsOnly, NULL, NULL };
static const WSK_CLIENT_DATAGRAM_DISPATCH g_DatagramDispatch = { .WskReceiveFromEvent = DatagramArrived };

NTSTATUS WSKAPI
ReadsAtOnce(PVOID SocketContext, ULONG Flags, PWSK_DATA_INDICATION DataIndication,
            SIZE_T BytesIndicated, SIZE_T *BytesAccepted)
{
    PPEER peer = (PPEER)SocketContext;
    PWSK_DATA_INDICATION ind = DataIndication;

    if (peer->Paused) {
        /* Kept nowhere: nothing can release it later. */
        return STATUS_PENDING;
//      ^^^^^^^^^^^^^^^^^^^^^^ WSK023 ReadsAtOnce returns STATUS_PENDING but keeps DataIndication nowhere
//      no fix
    }
    while (ind->Next != NULL) {
//         ^^^^^^^^^ WSK023 ind->Next dereferences DataIndication before any test for NULL
//         no fix: the pointer is a local copy of DataIndication
        peer->Received += (ULONG)ind->Buffer.Length;
        ind = ind->Next;
    }
    *BytesAccepted = BytesIndicated;
    return STATUS_SUCCESS;
}

NTSTATUS WSKAPI
AssertsOnly(PVOID SocketContext, ULONG Flags, PWSK_DATA_INDICATION DataIndication,
            SIZE_T BytesIndicated, SIZE_T *BytesAccepted)
{
    NTSTATUS status = STATUS_SUCCESS;

    NT_ASSERT(DataIndication != NULL);
    CopyChain(SocketContext, DataIndication->Buffer.Mdl, BytesIndicated);
//                           ^^^^^^^^^^^^^^^^^^^^^^ WSK023 DataIndication->Buffer dereferences DataIndication before any test
//                           fix: Return early when DataIndication is NULL
//                             NT_ASSERT(DataIndication != NULL);
//                           + if (DataIndication == NULL) {
//                           +     return STATUS_SUCCESS;
//                           + }
//                             CopyChain(SocketContext, DataIndication->Buffer.Mdl, BytesIndicated);
    if (Flags & WSK_FLAG_RELEASE_ASAP) {
        status = STATUS_INSUFFICIENT_RESOURCES;
    }
    *BytesAccepted = BytesIndicated;
    return status;
//         ^^^^^^ WSK023 returns status (STATUS_INSUFFICIENT_RESOURCES)
//         no fix: receive events may return more than one value
}

NTSTATUS WSKAPI
Disconnected(PVOID SocketContext, ULONG Flags)
{
    PPEER peer = (PPEER)SocketContext;

    if (peer->Socket == NULL) {
        return STATUS_INVALID_PARAMETER;
//             ^^^^^^^^^^^^^^^^^^^^^^^^ WSK023 Disconnected returns STATUS_INVALID_PARAMETER, which a WskDisconnectEvent
//             preferred fix: Return STATUS_SUCCESS
//             = STATUS_SUCCESS
    }
    ScheduleClose(peer);
    return STATUS_SUCCESS;
}

NTSTATUS WSKAPI
BacklogChanged(PVOID SocketContext, SIZE_T IdealBacklogSize)
{
    UNREFERENCED_PARAMETER(SocketContext);
    UNREFERENCED_PARAMETER(IdealBacklogSize);
    return (NTSTATUS)0xC0000001L;
//         ^^^^^^^^^^^^^^^^^^^^^ WSK023 BacklogChanged returns (NTSTATUS)0xC0000001L
//         preferred fix: Return STATUS_SUCCESS
//         = STATUS_SUCCESS
}

NTSTATUS WSKAPI
DatagramArrived(PVOID SocketContext, ULONG Flags, PWSK_DATAGRAM_INDICATION DataIndication)
{
    PPEER peer = (PPEER)SocketContext;
    switch (DataIndication->Buffer.Length) {
//          ^^^^^^^^^^^^^^^^^^^^^^ WSK023 DataIndication->Buffer dereferences DataIndication before any test for NULL
//          fix: Return early when DataIndication is NULL
//            PPEER peer = (PPEER)SocketContext;
//          + if (DataIndication == NULL) {
//          +     return STATUS_SUCCESS;
//          + }
//            switch (DataIndication->Buffer.Length) {
    case 0:
        return STATUS_SUCCESS;
    default:
        break;
    }
    if (peer->Paused) {
        GIVE_BACK(peer, DataIndication);
        return STATUS_PENDING;
//      ^^^^^^^^^^^^^^^^^^^^^^ WSK023 DatagramArrived returns STATUS_PENDING after giving DataIndication back with WskRelease
//      no fix
    }
    peer->Held = DataIndication;
    return STATUS_PENDING;
}

NTSTATUS WSKAPI BusyDatagrams(PVOID SocketContext, ULONG Flags, PWSK_DATAGRAM_INDICATION DataIndication);

static const WSK_CLIENT_DATAGRAM_DISPATCH g_BusyDispatch = { BusyDatagrams };

NTSTATUS WSKAPI
BusyDatagrams(PVOID SocketContext, ULONG Flags, PWSK_DATAGRAM_INDICATION DataIndication)
{
    PPEER peer = (PPEER)SocketContext;
    PWSK_DATAGRAM_INDICATION ind;
    ULONG small = 0, large = 0, empty = 0, odd = 0, even = 0, marked = 0, mapped = 0;

    if (DataIndication == NULL) {
        return STATUS_SUCCESS;
    }
    if (!AcquireRundown(peer)) {
        return STATUS_DEVICE_NOT_READY;
//             ^^^^^^^^^^^^^^^^^^^^^^^ WSK023 returns STATUS_DEVICE_NOT_READY
//             no fix: receive events may return more than one value
    }
    /* Many locals take constants along the way: only the returned ones matter to the return check. */
    for (ind = DataIndication; ind != NULL; ind = ind->Next) {
        if (ind->Buffer.Length < 64) { small = 1; }
        if (ind->Buffer.Length > 1024) { large = 1; }
        if (ind->Buffer.Length == 0) { empty = 1; }
        if (ind->Buffer.Length & 1) { odd = 1; } else { even = 1; }
        if (ind->Buffer.Offset != 0) { marked = 1; }
        if (ind->Buffer.Mdl != NULL) { mapped = 1; }
    }
    Account(peer, small, large, empty, odd, even, marked, mapped);
    ReleaseRundown(peer);
    return STATUS_SUCCESS;
}

/* A release wrapped in `do { } while (0)` runs once: the whole list is given back. */
NTSTATUS WSKAPI
DatagramArrivedOnce(PVOID SocketContext, ULONG Flags, PWSK_DATAGRAM_INDICATION DataIndication)
{
    PPEER peer = (PPEER)SocketContext;
    if (DataIndication == NULL) {
        return STATUS_SUCCESS;
    }
    do {
        GIVE_BACK(peer, DataIndication);
    } while (0);
    return STATUS_PENDING;
//  ^^^^^^^^^^^^^^^^^^^^^^ WSK023 DatagramArrivedOnce returns STATUS_PENDING after giving DataIndication back with WskRelease
//  no fix
}

static const WSK_CLIENT_DATAGRAM_DISPATCH g_OnceDispatch = { DatagramArrivedOnce };
