/* Two dupopts.h in the workspace and no build file to choose: the size stays unknown, so nothing is reported. */
#include <dupopts.h>

NTSTATUS
ApplySecurity(PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR CachedSd, PIRP Irp)
{
    return ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(
        Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET,
        SD_OPTION_SIZE, &CachedSd, 0, NULL, NULL, Irp);
}
