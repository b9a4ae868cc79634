/* valid: no findings */
#include "wsk.h"

NTSTATUS
NullOnlyWhereNotUsed(PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR CachedSd, BOOLEAN Secure)
{
    PIRP irp = NULL;
    NTSTATUS status = STATUS_SUCCESS;

    if (Secure) {
        irp = IoAllocateIrp(1, FALSE); IoSetCompletionRoutine(irp, SyncDone, NULL, TRUE, TRUE, TRUE);
        if (irp == NULL) {
            return STATUS_INSUFFICIENT_RESOURCES;
        }
    }
    if (Secure) {
        status = ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(
            Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &CachedSd, 0, NULL, NULL, irp);
        KeWaitForSingleObject(&g_Done, Executive, KernelMode, FALSE, NULL); IoFreeIrp(irp);
    }
    return status;
}
