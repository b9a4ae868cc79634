#include "driver.h"

WSK_PROVIDER_NPI g_ProviderNpi;

NTSTATUS
DriverApplySecurity(
    _In_ PDRIVER_CONTEXT Context,
    _In_ PIRP Irp
    )
{
    return WSK_BASIC(Context->Socket)->WskControlSocket(
        Context->Socket,
        WskSetOption,
        SO_WSK_SECURITY,
        SOL_SOCKET,
        sizeof(SECURITY_DESCRIPTOR),
        &Context->CachedSd,
        0,
        NULL,
        NULL,
        Irp);
}

NTSTATUS
DriverReadSecurity(
    _In_ PDRIVER_CONTEXT Context,
    _Out_ PSECURITY_DESCRIPTOR *Copy,
    _In_ PIRP Irp
    )
{
    return WSK_BASIC(Context->Socket)->WskControlSocket(
        Context->Socket,
        WskGetOption,
        SO_WSK_SECURITY,
        IPPROTO_TCP,
        0,
        NULL,
        sizeof(PSECURITY_DESCRIPTOR),
        Copy,
        NULL,
        Irp);
}

NTSTATUS
DriverReapplySecurity(
    _In_ PDRIVER_CONTEXT Context
    )
{
    return WSK_BASIC(Context->Socket)->WskControlSocket(
        Context->Socket,
        WskSetOption,
        SO_WSK_SECURITY,
        SOL_SOCKET,
        sizeof(PSECURITY_DESCRIPTOR),
        &Context->CachedSd,
        0,
        NULL,
        NULL,
        NULL);
}

VOID
DriverReleaseSecurity(
    _In_ PDRIVER_CONTEXT Context
    )
{
    DRIVER_RELEASE_SD(Context->CachedSd);
}
