/* valid: no findings */
#include "wsk.h"

/* Callbacks that keep their contract, in the shapes drivers write them. */

typedef struct _CONN {
    PWSK_SOCKET Socket;
    PWSK_DATA_INDICATION Held;
    SOCKADDR_IN Remote;
    WSK_INSPECT_ID Id;
    PIO_WORKITEM Work;
    ULONG Received;
    BOOLEAN Closing;
} CONN, *PCONN;

typedef struct _WORK {
    PWSK_DATA_INDICATION List;
    PCONN Conn;
} WORK, *PWORK;

#define SKIP_IF_DEAD(ind) if ((ind) == NULL) { return STATUS_SUCCESS; }

NTSTATUS WSKAPI CopiesAndSucceeds(PVOID SocketContext, ULONG Flags, PWSK_DATA_INDICATION DataIndication,
                                  SIZE_T BytesIndicated, SIZE_T *BytesAccepted);
NTSTATUS WSKAPI StoresAndPends(PVOID SocketContext, ULONG Flags, PWSK_DATA_INDICATION DataIndication,
                               SIZE_T BytesIndicated, SIZE_T *BytesAccepted);
NTSTATUS WSKAPI QueuesWork(PVOID SocketContext, ULONG Flags, PWSK_DATAGRAM_INDICATION DataIndication);
NTSTATUS WSKAPI GuardsInline(PVOID SocketContext, ULONG Flags, PWSK_DATA_INDICATION DataIndication,
                             SIZE_T BytesIndicated, SIZE_T *BytesAccepted);
NTSTATUS WSKAPI ChecksThroughMacro(PVOID SocketContext, ULONG Flags, PWSK_DATA_INDICATION DataIndication,
                                   SIZE_T BytesIndicated, SIZE_T *BytesAccepted);
NTSTATUS WSKAPI Accepts(PVOID SocketContext, ULONG Flags, PSOCKADDR LocalAddress, PSOCKADDR RemoteAddress,
                        PWSK_SOCKET AcceptSocket, PVOID *AcceptSocketContext,
                        const WSK_CLIENT_CONNECTION_DISPATCH **AcceptSocketDispatch);
WSK_INSPECT_ACTION WSKAPI Inspects(PVOID SocketContext, PSOCKADDR LocalAddress, PSOCKADDR RemoteAddress,
                                   PWSK_INSPECT_ID InspectID);
NTSTATUS WSKAPI Aborts(PVOID SocketContext, PWSK_INSPECT_ID InspectID);
NTSTATUS WSKAPI Disconnects(PVOID SocketContext, ULONG Flags);
NTSTATUS WSKAPI SortsDatagrams(PVOID SocketContext, ULONG Flags, PWSK_DATAGRAM_INDICATION DataIndication);

const WSK_CLIENT_CONNECTION_DISPATCH g_Copying = { CopiesAndSucceeds, Disconnects, NULL };
const WSK_CLIENT_CONNECTION_DISPATCH g_Holding = { StoresAndPends, NULL, NULL };
const WSK_CLIENT_CONNECTION_DISPATCH g_Guarding = { .WskReceiveEvent = GuardsInline };
const WSK_CLIENT_CONNECTION_DISPATCH g_Macro = { .WskReceiveEvent = ChecksThroughMacro };
const WSK_CLIENT_DATAGRAM_DISPATCH g_Queueing = { QueuesWork };
const WSK_CLIENT_LISTEN_DISPATCH g_Listening = { Accepts, Inspects, Aborts };
const WSK_CLIENT_DATAGRAM_DISPATCH g_Sorting = { .WskReceiveFromEvent = SortsDatagrams };

NTSTATUS WSKAPI
CopiesAndSucceeds(PVOID SocketContext, ULONG Flags, PWSK_DATA_INDICATION DataIndication,
                  SIZE_T BytesIndicated, SIZE_T *BytesAccepted)
{
    PCONN conn = (PCONN)SocketContext;
    PWSK_DATA_INDICATION ind;

    if (!DataIndication) {
        conn->Closing = TRUE;
        return STATUS_SUCCESS;
    }
    for (ind = DataIndication; ind; ind = ind->Next) {
        CopyOut(conn, ind->Buffer.Mdl, ind->Buffer.Offset, ind->Buffer.Length);
    }
    *BytesAccepted = BytesIndicated;
    return STATUS_SUCCESS;
}

NTSTATUS WSKAPI
StoresAndPends(PVOID SocketContext, ULONG Flags, PWSK_DATA_INDICATION DataIndication,
               SIZE_T BytesIndicated, SIZE_T *BytesAccepted)
{
    PCONN conn = (PCONN)SocketContext;
    NTSTATUS status = STATUS_SUCCESS;

    if (DataIndication == NULL) {
        return STATUS_SUCCESS;
    }
    switch (Flags & WSK_FLAG_RELEASE_ASAP) {
    case 0:
        conn->Held = DataIndication;
        status = STATUS_PENDING;
        break;
    default:
        status = STATUS_DATA_NOT_ACCEPTED;
        break;
    }
    return status;
}

NTSTATUS WSKAPI
QueuesWork(PVOID SocketContext, ULONG Flags, PWSK_DATAGRAM_INDICATION DataIndication)
{
    PCONN conn = (PCONN)SocketContext;
    PWORK work;

    if (DataIndication == NULL) {
        return STATUS_SUCCESS;
    }
    work = (PWORK)ExAllocatePool2(POOL_FLAG_NON_PAGED, sizeof(*work), 'kroW');
    if (work == NULL) {
        return STATUS_DATA_NOT_ACCEPTED;
    }
    work->List = (PWSK_DATA_INDICATION)DataIndication;
    work->Conn = conn;
    IoQueueWorkItem(conn->Work, DeliverLater, DelayedWorkQueue, work);
    return STATUS_PENDING;
}

NTSTATUS WSKAPI
GuardsInline(PVOID SocketContext, ULONG Flags, PWSK_DATA_INDICATION DataIndication,
             SIZE_T BytesIndicated, SIZE_T *BytesAccepted)
{
    PCONN conn = (PCONN)SocketContext;
    ULONG length = DataIndication != NULL ? (ULONG)DataIndication->Buffer.Length : 0;

    if (DataIndication && DataIndication->Buffer.Mdl != NULL) {
        conn->Received += length;
    }
    *BytesAccepted = sizeof(*DataIndication) > 0 ? BytesIndicated : 0;
    return STATUS_SUCCESS;
}

NTSTATUS WSKAPI
ChecksThroughMacro(PVOID SocketContext, ULONG Flags, PWSK_DATA_INDICATION DataIndication,
                   SIZE_T BytesIndicated, SIZE_T *BytesAccepted)
{
    SKIP_IF_DEAD(DataIndication);
    CopyOut((PCONN)SocketContext, DataIndication->Buffer.Mdl, 0, BytesIndicated);
    *BytesAccepted = BytesIndicated;
    return 0;
}

NTSTATUS WSKAPI
Accepts(PVOID SocketContext, ULONG Flags, PSOCKADDR LocalAddress, PSOCKADDR RemoteAddress,
        PWSK_SOCKET AcceptSocket, PVOID *AcceptSocketContext,
        const WSK_CLIENT_CONNECTION_DISPATCH **AcceptSocketDispatch)
{
    PCONN conn;

    if (AcceptSocket == NULL) {
        return STATUS_REQUEST_NOT_ACCEPTED;
    }
    conn = (PCONN)ExAllocatePool2(POOL_FLAG_NON_PAGED, sizeof(*conn), 'nnoC');
    if (conn == NULL) {
        return STATUS_REQUEST_NOT_ACCEPTED;
    }
    conn->Socket = AcceptSocket;
    conn->Remote = *(PSOCKADDR_IN)RemoteAddress;
    RtlCopyMemory(&conn->Remote, RemoteAddress, sizeof(conn->Remote));
    *AcceptSocketContext = conn;
    *AcceptSocketDispatch = &g_Copying;
    return STATUS_SUCCESS;
}

WSK_INSPECT_ACTION WSKAPI
Inspects(PVOID SocketContext, PSOCKADDR LocalAddress, PSOCKADDR RemoteAddress, PWSK_INSPECT_ID InspectID)
{
    PCONN conn = (PCONN)SocketContext;
    PSOCKADDR remote = RemoteAddress;

    if (InspectID == NULL) {
        return WskInspectReject;
    }
    conn->Id = *InspectID;
    Log(remote);
    return WskInspectPend;
}

NTSTATUS WSKAPI
Aborts(PVOID SocketContext, PWSK_INSPECT_ID InspectID)
{
    PCONN conn = (PCONN)SocketContext;

    if (conn->Id.Key == InspectID->Key) {
        conn->Closing = TRUE;
    }
    return STATUS_SUCCESS;
}

NTSTATUS WSKAPI
Disconnects(PVOID SocketContext, ULONG Flags)
{
    NTSTATUS status = STATUS_SUCCESS;

    ScheduleClose((PCONN)SocketContext, Flags);
    return status;
}

NTSTATUS WSKAPI
SortsDatagrams(PVOID SocketContext, ULONG Flags, PWSK_DATAGRAM_INDICATION DataIndication)
{
    PCONN conn = (PCONN)SocketContext;
    PWSK_DATAGRAM_INDICATION next;
    BOOLEAN kept = FALSE;

    if (conn == NULL || DataIndication == NULL) {
        return STATUS_SUCCESS;
    }
    /* Each datagram is detached; the wanted ones are queued, the others given back one by one. */
    for (; DataIndication != NULL; DataIndication = next) {
        next = DataIndication->Next;
        DataIndication->Next = NULL;
        if (DataIndication->Buffer.Length == 0) {
            ((PWSK_PROVIDER_DATAGRAM_DISPATCH)conn->Socket->Dispatch)->WskRelease(conn->Socket, DataIndication);
            continue;
        }
        EnqueueDatagram(conn, DataIndication);
        kept = TRUE;
    }
    if (kept) {
        KickWorker(conn);
    }
    return STATUS_PENDING;
}

NTSTATUS
NotRegistered(PVOID SocketContext, ULONG Flags, PWSK_DATA_INDICATION DataIndication,
              SIZE_T BytesIndicated, SIZE_T *BytesAccepted)
{
    /* The shape of a receive event, but the driver calls it itself with a list it owns. */
    *BytesAccepted = DataIndication->Buffer.Length;
    return STATUS_UNSUCCESSFUL;
}
