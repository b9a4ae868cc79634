#include "wsk.h"

NTSTATUS
NoCheck(PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR CachedSd)
{
    NTSTATUS status;
    PIRP irp;

    irp = IoAllocateIrp(1, FALSE);
    status = ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(
        Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &CachedSd, 0, NULL, NULL, irp);
//                                                                                                                 ^^^ WSK006 the path where the allocation fails
    IoFreeIrp(irp);
    return status;
}

NTSTATUS
CheckThatDoesNotStop(PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR CachedSd)
{
    NTSTATUS status = STATUS_SUCCESS;
    PIRP irp = IoAllocateIrp(1, FALSE);

    if (irp == NULL) {
        status = STATUS_INSUFFICIENT_RESOURCES;
    }
    status = ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(
        Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &CachedSd, 0, NULL, NULL, irp);
//                                                                                                                 ^^^ WSK006 IoAllocateIrp (line 21)
    return status;
}

NTSTATUS
CleanupLabel(PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR CachedSd)
{
    NTSTATUS status;
    PIRP irp = NULL;

    if (Socket == NULL) {
        status = STATUS_INVALID_PARAMETER;
        goto Exit;
    }
    irp = IoAllocateIrp(1, FALSE);
    status = ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(
        Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &CachedSd, 0, NULL, NULL, irp);
//                                                                                                                 ^^^ WSK006

Exit:
    if (irp != NULL) {
        IoFreeIrp(irp);
    }
    return status;
}
