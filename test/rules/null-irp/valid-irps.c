/* valid: no findings */
#include "wsk.h"

NTSTATUS
GoodIrps(PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR CachedSd, PIRP Irp)
{
    PWSK_PROVIDER_BASIC_DISPATCH dispatch = (PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch;
    ULONG enable = 1;
    NTSTATUS status;

    status = dispatch->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET,
                                        sizeof(PSECURITY_DESCRIPTOR), &CachedSd, 0, NULL, NULL, Irp);
    /* Many options complete without an IRP. */
    status = dispatch->WskControlSocket(Socket, WskSetOption, SO_REUSEADDR, SOL_SOCKET,
                                        sizeof(enable), &enable, 0, NULL, NULL, NULL);
    return status;
}
