#include "wsk.h"

typedef struct _CONN {
    PWSK_SOCKET Socket;
    KEVENT Done;
    PIRP Irp;
    ULONG Flags;
} CONN, *PCONN;

#define BASIC(_s_) ((PWSK_PROVIDER_BASIC_DISPATCH)(_s_)->Dispatch)
#define CONNECTION(_s_) ((PWSK_PROVIDER_CONNECTION_DISPATCH)(_s_)->Dispatch)
#define CLOSE(_c_) BASIC((_c_)->Socket)->WskCloseSocket((_c_)->Socket, (_c_)->Irp)

VOID
SendAfterClose(PCONN Conn, PWSK_BUF Buffer)
{
    BASIC(Conn->Socket)->WskCloseSocket(Conn->Socket, Conn->Irp);
    KeWaitForSingleObject(&Conn->Done, Executive, KernelMode, FALSE, NULL);
    IoReuseIrp(Conn->Irp, STATUS_UNSUCCESSFUL);
    IoSetCompletionRoutine(Conn->Irp, OnRequestDone, NULL, TRUE, TRUE, TRUE);
    CONNECTION(Conn->Socket)->WskSend(Conn->Socket, Buffer, 0, Conn->Irp);
//                                    ^^^^^^^^^^^^ WSK014 WskSend is called on this socket after the socket was closed at line 17
}

VOID
DoubleCloseThroughGotoCleanup(PCONN Conn, PSOCKADDR Remote)
{
    NTSTATUS status;

    status = CONNECTION(Conn->Socket)->WskConnect(Conn->Socket, Remote, 0, Conn->Irp);
    if (!NT_SUCCESS(status)) {
        CLOSE(Conn);
        goto Cleanup;
    }
    return;

Cleanup:
    CLOSE(Conn);
//  ^^^^^ WSK014 A second WskCloseSocket of this socket
}

VOID
DispatchReadAfterClose(PCONN Conn)
{
    const WSK_PROVIDER_CONNECTION_DISPATCH *dispatch;

    CLOSE(Conn);
    dispatch = (const WSK_PROVIDER_CONNECTION_DISPATCH *)Conn->Socket->Dispatch;
//                                                       ^^^^^^^^^^^^^^^^^^^^^^ WSK014 Conn->Socket->Dispatch is read after the socket was closed
    Trace(dispatch != NULL);
}

VOID
CloseInALoop(PWSK_SOCKET Socket, PIRP Irp, ULONG Count)
{
    ULONG i;

    for (i = 0; i < Count; i++) {
        BASIC(Socket)->WskCloseSocket(Socket, Irp);
//                                    ^^^^^^ WSK014 A second WskCloseSocket
    }
}

VOID
SwitchFallsThroughToASecondClose(PCONN Conn, ULONG Reason)
{
    PWSK_SOCKET socket = Conn->Socket;

    switch (Reason) {
    case 1:
        BASIC(socket)->WskCloseSocket(socket, Conn->Irp);
    case 2:
        BASIC(Conn->Socket)->WskControlSocket(Conn->Socket, WskIoctl, SIO_ADDRESS_LIST_CHANGE, 0, 0, NULL, 0, NULL, NULL, Conn->Irp);
//                                            ^^^^^^^^^^^^ WSK014 WskControlSocket is called on this socket
        break;
    default:
        break;
    }
}

VOID
TryFinallyClosesAgain(PCONN Conn)
{
    __try {
        if (Conn->Flags != 0) {
            CLOSE(Conn);
            return;
        }
        Trace(0);
    } __finally {
        CLOSE(Conn);
//      ^^^^^ WSK014 A second WskCloseSocket
    }
}
