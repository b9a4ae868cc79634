#include "wsk.h"

#define MY_LEVEL IPPROTO_UDP

NTSTATUS
WrongLevels(PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR CachedSd, PSECURITY_DESCRIPTOR *Copy, PIRP Irp)
{
    PWSK_PROVIDER_BASIC_DISPATCH dispatch = (PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch;
    NTSTATUS status;

    status = dispatch->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, IPPROTO_TCP,
//                                                                             ^^^^^^^^^^^ WSK003 not IPPROTO_TCP
//                                                                             no fix: the level is a macro use, and no fix edits what a macro wrote
                                        sizeof(PSECURITY_DESCRIPTOR), &CachedSd, 0, NULL, NULL, Irp);
    status = dispatch->WskControlSocket(Socket, WskGetOption, SO_WSK_SECURITY, IPPROTO_IP,
//                                                                             ^^^^^^^^^^ WSK003 for an SO_WSK_SECURITY get
//                                                                             no fix: the level is a macro use
                                        0, NULL, sizeof(PSECURITY_DESCRIPTOR), Copy, NULL, Irp);
    status = dispatch->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, 6,
//                                                                             ^ WSK003
//                                                                             preferred fix: Replace 6 with SOL_SOCKET
//                                                                             = SOL_SOCKET
                                        sizeof(PSECURITY_DESCRIPTOR), &CachedSd, 0, NULL, NULL, Irp);
    status = dispatch->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, 0,
//                                                                             ^ WSK003
//                                                                             preferred fix: Replace 0 with SOL_SOCKET
//                                                                             = SOL_SOCKET
                                        sizeof(PSECURITY_DESCRIPTOR), &CachedSd, 0, NULL, NULL, Irp);
    status = dispatch->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, MY_LEVEL,
//                                                                             ^^^^^^^^ WSK003 not MY_LEVEL
//                                                                             no fix: the level is a macro use
                                        sizeof(PSECURITY_DESCRIPTOR), &CachedSd, 0, NULL, NULL, Irp);
    return status;
}
