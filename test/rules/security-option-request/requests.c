#include "wsk.h"

NTSTATUS
IoctlInsteadOfOption(PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR CachedSd, PSECURITY_DESCRIPTOR *Copy, PIRP Irp)
{
    PWSK_PROVIDER_BASIC_DISPATCH dispatch = (PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch;
    NTSTATUS status;

    PSECURITY_DESCRIPTOR previous = NULL;

    /* Sizes and buffers of such a call are not judged: only the request type is reported. */
    status = dispatch->WskControlSocket(Socket, WskIoctl, SO_WSK_SECURITY, SOL_SOCKET,
//                                              ^^^^^^^^ WSK004 not WskIoctl
                                        sizeof(SECURITY_DESCRIPTOR), &CachedSd, 0, &previous, NULL, Irp);
    status = dispatch->WskControlSocket(Socket, 2, SO_WSK_SECURITY, SOL_SOCKET,
//                                              ^ WSK004
                                        0, NULL, sizeof(PSECURITY_DESCRIPTOR), Copy, NULL, Irp);
    status = dispatch->WskControlSocket(Socket, WskIoctl, SO_WSK_SECURITY, SOL_SOCKET,
//                                              ^^^^^^^^ WSK004
                                        0, NULL, 0, NULL, NULL, Irp);
    return status;
}
