/* valid: no findings */
#include "wsk.h"

NTSTATUS
GoodIrps(PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR CachedSd, PIRP Irp)
{
    PWSK_PROVIDER_BASIC_DISPATCH dispatch = (PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch;
    ULONG enable = 1;
    SIZE_T returned = 0;
    NTSTATUS status;

    status = dispatch->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET,
                                        sizeof(PSECURITY_DESCRIPTOR), &CachedSd, 0, NULL, NULL, Irp);
    /* Some controls complete without an IRP. */
    status = dispatch->WskControlSocket(Socket, WskIoctl, SIO_ADDRESS_LIST_QUERY, 0,
                                        0, NULL, sizeof(enable), &enable, &returned, NULL);
    return status;
}
