#include "wsk.h"

#define MY_LEVEL IPPROTO_UDP

NTSTATUS
WrongLevels(PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR CachedSd, PSECURITY_DESCRIPTOR *Copy, PIRP Irp)
{
    PWSK_PROVIDER_BASIC_DISPATCH dispatch = (PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch;
    NTSTATUS status;

    status = dispatch->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, IPPROTO_TCP,
//                                                                             ^^^^^^^^^^^ WSK003 not IPPROTO_TCP
//                                                                             preferred fix: Replace IPPROTO_TCP with SOL_SOCKET
//                                                                             = SOL_SOCKET
                                        sizeof(PSECURITY_DESCRIPTOR), &CachedSd, 0, NULL, NULL, Irp);
    status = dispatch->WskControlSocket(Socket, WskGetOption, SO_WSK_SECURITY, IPPROTO_IP,
//                                                                             ^^^^^^^^^^ WSK003 for an SO_WSK_SECURITY get
//                                                                             preferred fix: Replace IPPROTO_IP with SOL_SOCKET
//                                                                             = SOL_SOCKET
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
//                                                                             preferred fix: Replace MY_LEVEL with SOL_SOCKET
//                                                                             = SOL_SOCKET
                                        sizeof(PSECURITY_DESCRIPTOR), &CachedSd, 0, NULL, NULL, Irp);
    return status;
}

#define SET_SD_TCP(d, s, sd, irp) (d)->WskControlSocket((s), WskSetOption, SO_WSK_SECURITY, IPPROTO_TCP, sizeof(PSECURITY_DESCRIPTOR), (sd), 0, NULL, NULL, (irp))

NTSTATUS
LevelInsideAMacro(PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR CachedSd, PIRP Irp)
{
    PWSK_PROVIDER_BASIC_DISPATCH dispatch = (PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch;

    return SET_SD_TCP(dispatch, Socket, &CachedSd, Irp);
//         ^^^^^^^^^^ WSK003 not 6
//         no fix: the level is written in the macro's body, which a fix at this use cannot change
}
