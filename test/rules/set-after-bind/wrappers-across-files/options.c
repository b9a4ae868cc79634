/* valid: no findings */
#include "wsk.h"

/* The caller chooses the option: SO_WSK_SECURITY through here is a set on Sock. */
NTSTATUS
SetOption(PWSK_SOCKET Sock, ULONG Option, PVOID Value, SIZE_T Size, PIRP Irp)
{
    return ((PWSK_PROVIDER_BASIC_DISPATCH)Sock->Dispatch)->WskControlSocket(
        Sock, WskSetOption, Option, SOL_SOCKET, Size, Value, 0, NULL, NULL, Irp);
}
