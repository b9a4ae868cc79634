/* The size comes from include/opts.h, found through compile_commands.json. */
#include <wsk.h>
#include <opts.h>

NTSTATUS
ApplySecurity(PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR CachedSd, PIRP Irp)
{
    return ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(
        Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET,
        SD_OPTION_SIZE, &CachedSd, 0, NULL, NULL, Irp);
}
