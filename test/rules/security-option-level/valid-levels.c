/* valid: no findings */
#include "wsk.h"

NTSTATUS
GoodLevels(PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR CachedSd, ULONG Level, PIRP Irp)
{
    PWSK_PROVIDER_BASIC_DISPATCH dispatch = (PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch;
    NTSTATUS status;

    status = dispatch->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET,
                                        sizeof(PSECURITY_DESCRIPTOR), &CachedSd, 0, NULL, NULL, Irp);
    status = dispatch->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, 0xffff,
                                        sizeof(PSECURITY_DESCRIPTOR), &CachedSd, 0, NULL, NULL, Irp);
    status = dispatch->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, 0xFFFFu,
                                        sizeof(PSECURITY_DESCRIPTOR), &CachedSd, 0, NULL, NULL, Irp);
    status = dispatch->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, (ULONG)SOL_SOCKET,
                                        sizeof(PSECURITY_DESCRIPTOR), &CachedSd, 0, NULL, NULL, Irp);
    /* Unknown to the analysis: not flagged. */
    status = dispatch->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, Level,
                                        sizeof(PSECURITY_DESCRIPTOR), &CachedSd, 0, NULL, NULL, Irp);
    status = dispatch->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOME_PROJECT_LEVEL,
                                        sizeof(PSECURITY_DESCRIPTOR), &CachedSd, 0, NULL, NULL, Irp);
    /* Other options live at other levels. */
    status = dispatch->WskControlSocket(Socket, WskSetOption, TCP_NODELAY, IPPROTO_TCP,
                                        sizeof(ULONG), &Level, 0, NULL, NULL, Irp);
    return status;
}
