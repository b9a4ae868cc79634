/* valid: no findings */
#include "wsk.h"

NTSTATUS
ReturnOnFailure(PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR CachedSd)
{
    PIRP irp = IoAllocateIrp(1, FALSE);
    NTSTATUS status;

    if (!irp) {
        return STATUS_INSUFFICIENT_RESOURCES;
    } IoSetCompletionRoutine(irp, SyncDone, NULL, TRUE, TRUE, TRUE);
    status = ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(
        Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &CachedSd, 0, NULL, NULL, irp);
    KeWaitForSingleObject(&g_Done, Executive, KernelMode, FALSE, NULL); IoFreeIrp(irp);
    return status;
}

NTSTATUS
GuardedCall(PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR CachedSd)
{
    PIRP irp = IoAllocateIrp(1, FALSE);
    NTSTATUS status = STATUS_INSUFFICIENT_RESOURCES;

    if (irp != NULL) { IoSetCompletionRoutine(irp, SyncDone, NULL, TRUE, TRUE, TRUE);
        status = ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(
            Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &CachedSd, 0, NULL, NULL, irp);
        KeWaitForSingleObject(&g_Done, Executive, KernelMode, FALSE, NULL); IoFreeIrp(irp);
    }
    return status;
}

NTSTATUS
GotoOnFailure(PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR CachedSd)
{
    NTSTATUS status;
    PIRP irp = IoAllocateIrp(1, FALSE);

    if (irp == NULL) {
        status = STATUS_INSUFFICIENT_RESOURCES;
        goto Exit;
    } IoSetCompletionRoutine(irp, SyncDone, NULL, TRUE, TRUE, TRUE);
    status = ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(
        Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &CachedSd, 0, NULL, NULL, irp);

Exit:
    if (irp != NULL) {
        KeWaitForSingleObject(&g_Done, Executive, KernelMode, FALSE, NULL); IoFreeIrp(irp);
    }
    return status;
}

NTSTATUS
IrpFromElsewhere(PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR CachedSd, PIRP Irp)
{
    return ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(
        Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &CachedSd, 0, NULL, NULL, Irp);
}

/* An element of an array of IRPs tested by itself is tested against NULL. */
NTSTATUS
ElementTested(PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR CachedSd, PIRP *Irps, ULONG i)
{
    NTSTATUS status;

    Irps[i] = IoAllocateIrp(1, FALSE);
    if (!Irps[i]) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    IoSetCompletionRoutine(Irps[i], SyncDone, NULL, TRUE, TRUE, TRUE);
    status = ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(
        Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &CachedSd, 0, NULL, NULL, Irps[i]);
    KeWaitForSingleObject(&g_Done, Executive, KernelMode, FALSE, NULL);
    IoFreeIrp(Irps[i]);
    return status;
}
