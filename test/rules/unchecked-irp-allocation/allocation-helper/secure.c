#include "wsk.h"

PIRP AllocateWskIrp(PKEVENT Done);

NTSTATUS
SecureUnchecked(PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR CachedSd, PKEVENT Done)
{
    PIRP irp = AllocateWskIrp(Done);

    return ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(
        Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &CachedSd, 0, NULL, NULL, irp);
//                                                                                                                 ^^^ WSK006 AllocateWskIrp
//                                                                                                                 preferred fix: Check irp for NULL after the allocation
//                                                                                                                   PIRP irp = AllocateWskIrp(Done);
//                                                                                                                 + if (irp == NULL) {
//                                                                                                                 +     return STATUS_INSUFFICIENT_RESOURCES;
//                                                                                                                 + }
//
//                                                                                                                   return ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(
}

NTSTATUS
SecureChecked(PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR CachedSd, PKEVENT Done)
{
    PIRP irp = AllocateWskIrp(Done);

    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    return ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(
        Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &CachedSd, 0, NULL, NULL, irp);
}
