#include "wsk-registration.h"

/*
 * A PASSIVE-only call in an event callback, under a test that keeps the IRQL below DISPATCH_LEVEL in
 * any shape: the call in the test's branch, in the `else` of its negation, after an early return, with
 * the operands swapped. A test that lets DISPATCH_LEVEL through, or a call the test does not guard,
 * is still reported.
 */

typedef struct _CONN {
    WSK_PROVIDER_NPI Npi;
    PADDRINFOEXW Addresses;
} CONN, *PCONN;

/* A helper that tests the IRQL itself may be called from a callback. */
static VOID
FreeWhenPassive(PCONN Conn)
{
    if (KeGetCurrentIrql() != PASSIVE_LEVEL) {
        return;
    }
    Conn->Npi.Dispatch->WskFreeAddressInfo(Conn->Npi.Client, Conn->Addresses);
    Conn->Addresses = NULL;
}

static VOID
FreeNow(PCONN Conn)
{
    Conn->Npi.Dispatch->WskFreeAddressInfo(Conn->Npi.Client, Conn->Addresses);
    Conn->Addresses = NULL;
}

/* The early return of a raised IRQL: what follows runs below DISPATCH_LEVEL. */
NTSTATUS WSKAPI
ConnSendBacklogEvent(PVOID SocketContext, SIZE_T IdealBacklogSize)
{
    PCONN conn = (PCONN)SocketContext;

    UNREFERENCED_PARAMETER(IdealBacklogSize);
    if (KeGetCurrentIrql() > PASSIVE_LEVEL) {
        return STATUS_SUCCESS;
    }
    conn->Npi.Dispatch->WskFreeAddressInfo(conn->Npi.Client, conn->Addresses);
    conn->Addresses = NULL;
    FreeNow(conn);
    return STATUS_SUCCESS;
}

/* The else of a negated test, and the level first. */
NTSTATUS WSKAPI
ConnDisconnectEvent(PVOID SocketContext, ULONG Flags)
{
    PCONN conn = (PCONN)SocketContext;

    UNREFERENCED_PARAMETER(Flags);
    if (!(PASSIVE_LEVEL == KeGetCurrentIrql())) {
        return STATUS_SUCCESS;
    } else {
        conn->Npi.Dispatch->WskFreeAddressInfo(conn->Npi.Client, conn->Addresses);
        conn->Addresses = NULL;
    }
    if (DISPATCH_LEVEL > KeGetCurrentIrql()) {
        conn->Npi.Dispatch->WskFreeAddressInfo(conn->Npi.Client, NULL);
    }
    FreeWhenPassive(conn);
    return STATUS_SUCCESS;
}

/* A test that lets DISPATCH_LEVEL through guards nothing; nor does a test whose branch has ended. */
NTSTATUS WSKAPI
ConnReceiveEvent(PVOID SocketContext, ULONG Flags, PWSK_DATA_INDICATION DataIndication, SIZE_T BytesIndicated, SIZE_T *BytesAccepted)
{
    PCONN conn = (PCONN)SocketContext;

    UNREFERENCED_PARAMETER(Flags);
    UNREFERENCED_PARAMETER(DataIndication);
    UNREFERENCED_PARAMETER(BytesIndicated);
    UNREFERENCED_PARAMETER(BytesAccepted);
    if (KeGetCurrentIrql() <= DISPATCH_LEVEL) {
        conn->Npi.Dispatch->WskFreeAddressInfo(conn->Npi.Client, conn->Addresses);
//                          ^^^^^^^^^^^^^^^^^^ WSK025 WskFreeAddressInfo blocks inside ConnReceiveEvent, which may run at DISPATCH_LEVEL
        conn->Addresses = NULL;
    }
    if (KeGetCurrentIrql() == PASSIVE_LEVEL) {
        conn->Addresses = NULL;
    }
    conn->Npi.Dispatch->WskFreeAddressInfo(conn->Npi.Client, NULL);
//                      ^^^^^^^^^^^^^^^^^^ WSK025 WskFreeAddressInfo blocks inside ConnReceiveEvent, which may run at DISPATCH_LEVEL
    FreeNow(conn);
//  ^^^^^^^ WSK025 FreeNow blocks inside ConnReceiveEvent, which may run at DISPATCH_LEVEL
    return STATUS_SUCCESS;
}

const WSK_CLIENT_CONNECTION_DISPATCH ConnDispatch = { ConnReceiveEvent, ConnDisconnectEvent, ConnSendBacklogEvent };
