#include "helpers.h"

NTSTATUS
DrainInto(PWSK_SOCKET Socket, PWSK_BUF Buffer, PIRP Irp)
{
    return ((PWSK_PROVIDER_CONNECTION_DISPATCH)Socket->Dispatch)->WskReceive(Socket, Buffer, WSK_FLAG_DRAIN, Irp);
}

NTSTATUS
Abort(PWSK_SOCKET Socket, PWSK_BUF Final, PIRP Irp)
{
    return ((PWSK_PROVIDER_CONNECTION_DISPATCH)Socket->Dispatch)->WskDisconnect(Socket, Final, WSK_FLAG_ABORTIVE, Irp);
}
