#include "wsk.h"

/*
 * Helpers that close or send through a typed copy of the context they are handed, and callers that
 * hand them a copy: the socket is the same one, so a send after the close is WSK014 whichever name
 * each side uses.
 */

typedef struct _CONN {
    PWSK_SOCKET Socket;
    PIRP Irp;
    KEVENT Done;
} CONN, *PCONN;

static VOID
CloseFromContext(PVOID Context)
{
    PCONN conn = (PCONN)Context;

    IoReuseIrp(conn->Irp, STATUS_UNSUCCESSFUL);
    IoSetCompletionRoutine(conn->Irp, CloseDone, &conn->Done, TRUE, TRUE, TRUE);
    ((PWSK_PROVIDER_BASIC_DISPATCH)conn->Socket->Dispatch)->WskCloseSocket(conn->Socket, conn->Irp);
    KeWaitForSingleObject(&conn->Done, Executive, KernelMode, FALSE, NULL);
}

static NTSTATUS
SendOnConn(PCONN Conn, PWSK_BUF Buffer)
{
    PCONN c = Conn;

    return ((PWSK_PROVIDER_CONNECTION_DISPATCH)c->Socket->Dispatch)->WskSend(c->Socket, Buffer, 0, c->Irp);
}

NTSTATUS
SendsAfterTheContextHelperClosed(PCONN Conn, PWSK_BUF Buffer)
{
    CloseFromContext(Conn);
    return SendOnConn(Conn, Buffer);
//                    ^^^^ WSK014 SendOnConn calls WskSend on this socket after the socket was closed at line 37
}

NTSTATUS
SendsAfterClosingThroughACopy(PCONN Conn, PWSK_BUF Buffer)
{
    PCONN copy = Conn;

    CloseFromContext(copy);
    IoReuseIrp(Conn->Irp, STATUS_UNSUCCESSFUL);
    IoSetCompletionRoutine(Conn->Irp, SendDone, &Conn->Done, TRUE, TRUE, TRUE);
    return ((PWSK_PROVIDER_CONNECTION_DISPATCH)Conn->Socket->Dispatch)->WskSend(Conn->Socket, Buffer, 0, Conn->Irp);
//                                                                              ^^^^^^^^^^^^ WSK014 WskSend is called on this socket after the socket was closed at line 47
}

NTSTATUS
SendsThenCloses(PCONN Conn, PWSK_BUF Buffer)
{
    PCONN copy = Conn;
    NTSTATUS status = SendOnConn(copy, Buffer);

    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(&Conn->Done, Executive, KernelMode, FALSE, NULL);
        status = Conn->Irp->IoStatus.Status;
    }
    CloseFromContext(Conn);
    return status;
}
