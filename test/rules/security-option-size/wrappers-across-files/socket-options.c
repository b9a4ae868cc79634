/* valid: no findings */
#include "socket-options.h"

/* Thin wrappers: every argument that matters comes from the caller. */
NTSTATUS
SetSockOpt(PWSK_SOCKET Sock, ULONG Level, ULONG Option, PVOID Buffer, SIZE_T Size, PIRP Irp)
{
    return ((PWSK_PROVIDER_BASIC_DISPATCH)Sock->Dispatch)->WskControlSocket(
        Sock, WskSetOption, Option, Level, Size, Buffer, 0, NULL, NULL, Irp);
}

NTSTATUS
ControlSocket(PWSK_SOCKET Sock, WSK_CONTROL_SOCKET_TYPE Type, ULONG Code, ULONG Level, SIZE_T Size, PVOID Buffer, PIRP Irp)
{
    return ((PWSK_PROVIDER_BASIC_DISPATCH)Sock->Dispatch)->WskControlSocket(
        Sock, Type, Code, Level, Size, Buffer, 0, NULL, NULL, Irp);
}

/* Passes its parameters on to the wrapper above, with the socket and IRP of a binding. */
NTSTATUS
SetControlSocket(PBINDING Binding, WSK_CONTROL_SOCKET_TYPE Type, ULONG Code, ULONG Level, SIZE_T Size, PVOID Buffer)
{
    return ControlSocket(Binding->Socket, Type, Code, Level, Size, Buffer, Binding->Irp);
}
