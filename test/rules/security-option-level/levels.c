#include "wsk.h"

#define MY_LEVEL IPPROTO_UDP

NTSTATUS
WrongLevels(PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR CachedSd, PSECURITY_DESCRIPTOR *Copy, PIRP Irp)
{
    PWSK_PROVIDER_BASIC_DISPATCH dispatch = (PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch;
    NTSTATUS status;

    status = dispatch->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, IPPROTO_TCP,
//                                                                             ^^^^^^^^^^^ WSK003 not IPPROTO_TCP
                                        sizeof(PSECURITY_DESCRIPTOR), &CachedSd, 0, NULL, NULL, Irp);
    status = dispatch->WskControlSocket(Socket, WskGetOption, SO_WSK_SECURITY, IPPROTO_IP,
//                                                                             ^^^^^^^^^^ WSK003 for an SO_WSK_SECURITY get
                                        0, NULL, sizeof(PSECURITY_DESCRIPTOR), Copy, NULL, Irp);
    status = dispatch->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, 6,
//                                                                             ^ WSK003
                                        sizeof(PSECURITY_DESCRIPTOR), &CachedSd, 0, NULL, NULL, Irp);
    status = dispatch->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, 0,
//                                                                             ^ WSK003
                                        sizeof(PSECURITY_DESCRIPTOR), &CachedSd, 0, NULL, NULL, Irp);
    status = dispatch->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, MY_LEVEL,
//                                                                             ^^^^^^^^ WSK003 not MY_LEVEL
                                        sizeof(PSECURITY_DESCRIPTOR), &CachedSd, 0, NULL, NULL, Irp);
    return status;
}
