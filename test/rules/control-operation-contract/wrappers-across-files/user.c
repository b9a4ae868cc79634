#include "control.h"

typedef struct _CONN {
    PWSK_SOCKET Socket;
    SIZE_T ReceiveBuffer;
    ULONG KeepAlive;
} CONN, *PCONN;

NTSTATUS
TuneConnection(PCONN Conn)
{
    NTSTATUS status;

    status = ControlSocket(Conn->Socket, WskSetOption, SO_KEEPALIVE, SOL_SOCKET,
                           sizeof(Conn->KeepAlive), &Conn->KeepAlive, 0, NULL, NULL);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    /* A SIZE_T where the option is a ULONG. */
    return ControlSocket(Conn->Socket, WskSetOption, SO_RCVBUF, SOL_SOCKET,
                         sizeof(Conn->ReceiveBuffer), &Conn->ReceiveBuffer, 0, NULL, NULL);
//                       ^^^^^^^^^^^^^^^^^^^^^^^^^^^ WSK021 InputSize must be sizeof(ULONG) for
//                       preferred fix: Replace sizeof(Conn->ReceiveBuffer) with sizeof(ULONG)
//                       = sizeof(ULONG)
}

NTSTATUS
ReadKeepAlive(PCONN Conn)
{
    SIZE_T returned = 0;

    return ControlSocket(Conn->Socket, WskGetOption, SO_KEEPALIVE, SOL_SOCKET,
                         0, NULL, sizeof(Conn->KeepAlive), &Conn->KeepAlive, &returned);
//                                                                           ^^^^^^^^^ WSK021 OutputSizeReturned must be NULL for
//                                                                           preferred fix: Replace &returned with NULL
//                                                                           = NULL
}
