#include "wsk.h"

NTSTATUS
NoCheck(PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR CachedSd)
{
    NTSTATUS status;
    PIRP irp;

    irp = IoAllocateIrp(1, FALSE);
    IoSetCompletionRoutine(irp, SyncDone, NULL, TRUE, TRUE, TRUE); status = ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(
        Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &CachedSd, 0, NULL, NULL, irp);
//                                                                                                                 ^^^ WSK006 the path where the allocation fails
//                                                                                                                 preferred fix: Check irp for NULL after the allocation
//                                                                                                                   irp = IoAllocateIrp(1, FALSE);
//                                                                                                                 + if (irp == NULL) {
//                                                                                                                 +     return STATUS_INSUFFICIENT_RESOURCES;
//                                                                                                                 + }
//                                                                                                                   IoSetCompletionRoutine(irp, SyncDone, NULL, TRUE, TRUE, TRUE); status = ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(
    KeWaitForSingleObject(&g_Done, Executive, KernelMode, FALSE, NULL); IoFreeIrp(irp);
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
    IoSetCompletionRoutine(irp, SyncDone, NULL, TRUE, TRUE, TRUE); status = ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(
        Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &CachedSd, 0, NULL, NULL, irp);
//                                                                                                                 ^^^ WSK006 IoAllocateIrp (line 27)
//                                                                                                                 preferred fix: Check irp for NULL after the allocation
//                                                                                                                   PIRP irp = IoAllocateIrp(1, FALSE);
//                                                                                                                 + if (irp == NULL) {
//                                                                                                                 +     return STATUS_INSUFFICIENT_RESOURCES;
//                                                                                                                 + }
//
//                                                                                                                   if (irp == NULL) {
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
    IoSetCompletionRoutine(irp, SyncDone, NULL, TRUE, TRUE, TRUE); status = ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(
        Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &CachedSd, 0, NULL, NULL, irp);
//                                                                                                                 ^^^ WSK006
//                                                                                                                 preferred fix: Check irp for NULL after the allocation
//                                                                                                                   irp = IoAllocateIrp(1, FALSE);
//                                                                                                                 + if (irp == NULL) {
//                                                                                                                 +     status = STATUS_INSUFFICIENT_RESOURCES; goto Exit;
//                                                                                                                 + }
//                                                                                                                   IoSetCompletionRoutine(irp, SyncDone, NULL, TRUE, TRUE, TRUE); status = ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(

Exit:
    if (irp != NULL) {
        KeWaitForSingleObject(&g_Done, Executive, KernelMode, FALSE, NULL); IoFreeIrp(irp);
    }
    return status;
}
