/*
 * DRVEXPORT and DRVCALL come from a header outside the workspace (an SDK's), so nothing defines them here:
 * the shape of each head tells that they are annotations and NTSTATUS is the type.
 */
#include <sdkdecl.h>

DRVEXPORT NTSTATUS
SendSecure(PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR CachedSd)
{
    PIRP Irp = IoAllocateIrp(1, FALSE);
    IoSetCompletionRoutine(Irp, SendDone, NULL, TRUE, TRUE, TRUE);
    return ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(
        Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET,
        sizeof(PSECURITY_DESCRIPTOR), &CachedSd, 0, NULL, NULL, Irp);
}

NTSTATUS DRVCALL
SendAgain(PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR CachedSd)
{
    PIRP Irp = IoAllocateIrp(1, FALSE);
    IoSetCompletionRoutine(Irp, SendDone, NULL, TRUE, TRUE, TRUE);
    return ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(
        Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET,
        sizeof(PSECURITY_DESCRIPTOR), &CachedSd, 0, NULL, NULL, Irp);
}
