/* valid: no findings */
#include "wsk.h"

typedef struct _CONN {
    PWSK_SOCKET Socket;
    KEVENT Done;
    PIRP Irp;
    PIRP ReceiveIrp;
    BOOLEAN Closing;
} CONN, *PCONN;

#define BASIC(_s_) ((PWSK_PROVIDER_BASIC_DISPATCH)(_s_)->Dispatch)
#define CONNECTION(_s_) ((PWSK_PROVIDER_CONNECTION_DISPATCH)(_s_)->Dispatch)

VOID
ClearedAfterClose(PCONN Conn)
{
    if (Conn->Socket != NULL) {
        BASIC(Conn->Socket)->WskCloseSocket(Conn->Socket, Conn->Irp);
        KeWaitForSingleObject(&Conn->Done, Executive, KernelMode, FALSE, NULL);
        Conn->Socket = NULL;
    }
    if (Conn->Socket != NULL) {
        BASIC(Conn->Socket)->WskCloseSocket(Conn->Socket, Conn->Irp);
    }
}

VOID
CloseWhileAReceiveIsPending(PCONN Conn, PWSK_BUF Buffer)
{
    NTSTATUS status;

    status = CONNECTION(Conn->Socket)->WskReceive(Conn->Socket, Buffer, 0, Conn->ReceiveIrp);
    if (status == STATUS_PENDING) {
        /* Allowed: the close cancels the pending receive. */
        BASIC(Conn->Socket)->WskCloseSocket(Conn->Socket, Conn->Irp);
        KeWaitForSingleObject(&Conn->Done, Executive, KernelMode, FALSE, NULL);
    }
}

NTSTATUS
ReopenedIntoTheSameVariable(PWSK_PROVIDER_NPI Npi, PCONN Conn)
{
    PWSK_SOCKET socket = Conn->Socket;
    NTSTATUS status;

    BASIC(socket)->WskCloseSocket(socket, Conn->Irp);
    KeWaitForSingleObject(&Conn->Done, Executive, KernelMode, FALSE, NULL);
    IoReuseIrp(Conn->Irp, STATUS_UNSUCCESSFUL);
    IoSetCompletionRoutine(Conn->Irp, OnRequestDone, NULL, TRUE, TRUE, TRUE);
    status = Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET,
                                      NULL, NULL, NULL, NULL, NULL, Conn->Irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(&Conn->Done, Executive, KernelMode, FALSE, NULL);
        status = Conn->Irp->IoStatus.Status;
    }
    if (!NT_SUCCESS(status)) {
        Conn->Socket = NULL;
        return status;
    }
    socket = (PWSK_SOCKET)Conn->Irp->IoStatus.Information;
    Conn->Socket = socket;
    IoReuseIrp(Conn->Irp, STATUS_UNSUCCESSFUL);
    IoSetCompletionRoutine(Conn->Irp, OnRequestDone, NULL, TRUE, TRUE, TRUE);
    return CONNECTION(socket)->WskConnect(socket, NULL, 0, Conn->Irp);
}

VOID
ClosingFlagGuards(PCONN Conn)
{
    if (!Conn->Closing) {
        Conn->Closing = TRUE;
        BASIC(Conn->Socket)->WskCloseSocket(Conn->Socket, Conn->Irp);
    }
}

VOID
DisconnectThenClose(PCONN Conn)
{
    CONNECTION(Conn->Socket)->WskDisconnect(Conn->Socket, NULL, WSK_FLAG_ABORTIVE, Conn->Irp);
    KeWaitForSingleObject(&Conn->Done, Executive, KernelMode, FALSE, NULL);
    IoReuseIrp(Conn->Irp, STATUS_UNSUCCESSFUL);
    IoSetCompletionRoutine(Conn->Irp, OnRequestDone, NULL, TRUE, TRUE, TRUE);
    BASIC(Conn->Socket)->WskCloseSocket(Conn->Socket, Conn->Irp);
}

VOID
CloseEachSocketOfAnArray(PWSK_SOCKET *Sockets, ULONG Count, PIRP Irp)
{
    ULONG i;

    for (i = 0; i < Count; i++) {
        BASIC(Sockets[i])->WskCloseSocket(Sockets[i], Irp);
    }
}
