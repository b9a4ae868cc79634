/* No build file: each header is the only file of its name (and folder) in the workspace. */
#include <wskopts.h>
#include <net/levels.h>

NTSTATUS
ApplySecurity(PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR CachedSd, PIRP Irp)
{
    return ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(
        Socket, WskSetOption, SO_WSK_SECURITY, SECURITY_LEVEL,
        SD_OPTION_SIZE, &CachedSd, 0, NULL, NULL, Irp);
}
