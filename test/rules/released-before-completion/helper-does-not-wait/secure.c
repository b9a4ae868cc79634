#include "wsk.h"

NTSTATUS
SecureNoWait(PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR *Cached, PIRP Irp)
{
    /* Returns STATUS_PENDING when the IRP is still running: the caller must wait. */
    return ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(
        Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), Cached, 0, NULL, NULL, Irp);
}
