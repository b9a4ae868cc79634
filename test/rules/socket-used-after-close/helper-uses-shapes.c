#include "wsk.h"

/*
 * A helper's WSK call on what the caller passes is the caller's use, when the helper makes it on every
 * path: the socket itself, a field of the connection it is handed, through a helper of a helper. A
 * helper that may return before its call (a test, a loop that may not run) is no sure use.
 */

typedef struct _CONN {
    PWSK_SOCKET Socket;
    PIRP Irp;
    KEVENT Done;
    BOOLEAN Connected;
} CONN, *PCONN;

static NTSTATUS
DisconnectOn(PWSK_SOCKET Socket, PIRP Irp)
{
    return ((PWSK_PROVIDER_CONNECTION_DISPATCH)Socket->Dispatch)->WskDisconnect(Socket, NULL, 0, Irp);
}

static NTSTATUS
SendOnConn(PCONN Conn, PWSK_BUF Buffer)
{
    return ((PWSK_PROVIDER_CONNECTION_DISPATCH)Conn->Socket->Dispatch)->WskSend(Conn->Socket, Buffer, 0, Conn->Irp);
}

static NTSTATUS
SendChunk(PWSK_SOCKET Socket, PWSK_BUF Buffer, PIRP Irp)
{
    NTSTATUS status;

    IoReuseIrp(Irp, STATUS_UNSUCCESSFUL);
    IoSetCompletionRoutine(Irp, SendDone, NULL, TRUE, TRUE, TRUE);
    status = DisconnectOn(Socket, Irp);
    return status;
}

static NTSTATUS
SendIfConnected(PCONN Conn, PWSK_SOCKET Socket, PWSK_BUF Buffer)
{
    if (!Conn->Connected) {
        return STATUS_INVALID_DEVICE_STATE;
    }
    return ((PWSK_PROVIDER_CONNECTION_DISPATCH)Socket->Dispatch)->WskSend(Socket, Buffer, 0, Conn->Irp);
}

static VOID
CloseConn(PCONN Conn)
{
    IoReuseIrp(Conn->Irp, STATUS_UNSUCCESSFUL);
    IoSetCompletionRoutine(Conn->Irp, CloseDone, &Conn->Done, TRUE, TRUE, TRUE);
    ((PWSK_PROVIDER_BASIC_DISPATCH)Conn->Socket->Dispatch)->WskCloseSocket(Conn->Socket, Conn->Irp);
    KeWaitForSingleObject(&Conn->Done, Executive, KernelMode, FALSE, NULL);
}

NTSTATUS
GotoCleanupDisconnects(PCONN Conn, PWSK_BUF Buffer)
{
    NTSTATUS status = STATUS_SUCCESS;

    if (Buffer == NULL) {
        CloseConn(Conn);
        goto cleanup;
    }
    return STATUS_SUCCESS;

cleanup:
    IoReuseIrp(Conn->Irp, STATUS_UNSUCCESSFUL);
    IoSetCompletionRoutine(Conn->Irp, SendDone, &Conn->Done, TRUE, TRUE, TRUE);
    status = DisconnectOn(Conn->Socket, Conn->Irp);
//                        ^^^^^^^^^^^^ WSK014 DisconnectOn calls WskDisconnect on this socket after the socket was closed
    return status;
}

NTSTATUS
FieldOfTheConnection(PCONN Conn, PWSK_BUF Buffer)
{
    CloseConn(Conn);
    return SendOnConn(Conn, Buffer);
//                    ^^^^ WSK014 SendOnConn calls WskSend on this socket
}

NTSTATUS
HelperOfAHelper(PCONN Conn, PWSK_BUF Buffer, BOOLEAN Quiet)
{
    CloseConn(Conn);
    if (Quiet) {
        return STATUS_SUCCESS;
    }
    return SendChunk(Conn->Socket, Buffer, Conn->Irp);
//                   ^^^^^^^^^^^^ WSK014 SendChunk calls WskDisconnect on this socket
}

NTSTATUS
HelperMayNotSend(PCONN Conn, PWSK_BUF Buffer)
{
    CloseConn(Conn);
    /* SendIfConnected returns first when the connection is down: no sure use. */
    return SendIfConnected(Conn, Conn->Socket, Buffer);
}

NTSTATUS
SendBeforeClose(PCONN Conn, PWSK_BUF Buffer)
{
    NTSTATUS status = SendOnConn(Conn, Buffer);

    CloseConn(Conn);
    return status;
}
