#include "wsk.h"

#define SD_SIZE                 sizeof(SECURITY_DESCRIPTOR)
#define WSK_BASIC(_s_)          ((PWSK_PROVIDER_BASIC_DISPATCH)(_s_)->Dispatch)
#define APPLY_SECURITY(_s_, _sd_, _irp_) \
    WSK_BASIC(_s_)->WskControlSocket((_s_), WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, \
                                     SD_SIZE, &(_sd_), 0, NULL, NULL, (_irp_))

NTSTATUS
SizeFromMacro(PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR CachedSd, PIRP Irp)
{
    return WSK_BASIC(Socket)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET,
                                               SD_SIZE, &CachedSd, 0, NULL, NULL, Irp);
//                                             ^^^^^^^ WSK001 sizeof(SECURITY_DESCRIPTOR)
//                                             preferred fix: Replace SD_SIZE with sizeof(PSECURITY_DESCRIPTOR)
//                                             = sizeof(PSECURITY_DESCRIPTOR)
}

NTSTATUS
WholeCallInMacro(PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR CachedSd, PIRP Irp)
{
    return APPLY_SECURITY(Socket, CachedSd, Irp);
//         ^^^^^^^^^^^^^^ WSK001
//         no fix: the whole call is written by a macro
}
