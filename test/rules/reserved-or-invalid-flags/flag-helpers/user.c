#include "helpers.h"

NTSTATUS
DrainSixtyFour(PWSK_SOCKET Socket, PMDL Mdl, PIRP Irp)
{
    WSK_BUF buffer = { Mdl, 0, 64 };

    return DrainInto(Socket, &buffer, Irp);
//                           ^^^^^^^ WSK022 WSK_FLAG_DRAIN needs a zero-length WSK_BUF, but its Length is 64 (DrainInto passes WSK_FLAG_DRAIN)
//                           no fix: Length or the flag: the author's choice
}

NTSTATUS
DrainNothing(PWSK_SOCKET Socket, PIRP Irp)
{
    WSK_BUF buffer = { NULL, 0, 0 };

    return DrainInto(Socket, &buffer, Irp);
}

NTSTATUS
AbortWithData(PWSK_SOCKET Socket, PIRP Irp)
{
    WSK_BUF last = { NULL, 0, 0 };

    return Abort(Socket, &last, Irp);
//                       ^^^^^ WSK022 Buffer must be NULL for an abortive WskDisconnect
//                       preferred fix: Replace &last with NULL
//                       = NULL
}

NTSTATUS
AbortPlain(PWSK_SOCKET Socket, PIRP Irp)
{
    return Abort(Socket, NULL, Irp);
}
