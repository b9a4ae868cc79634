/* Applies the driver's cached security descriptor; the size and level come from the project's headers. */
#include <ntddk.h>
#include <wsk.h>
#include <secsize.h>
#include <levels.h>

NTSTATUS
ApplySecurity(_In_ PWSK_SOCKET Socket, _In_ PSECURITY_DESCRIPTOR CachedSd, _In_ PIRP Irp)
{
    return ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(
        Socket, WskSetOption, SO_WSK_SECURITY, SECURITY_LEVEL,
        SD_OPTION_SIZE, &CachedSd, 0, NULL, NULL, Irp);
}
