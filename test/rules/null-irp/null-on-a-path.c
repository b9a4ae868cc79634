#include "wsk.h"

NTSTATUS
NullOnOnePath(PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR CachedSd, BOOLEAN Asynchronous)
{
    PIRP irp = NULL;
    NTSTATUS status;

    if (Asynchronous) {
        irp = IoAllocateIrp(1, FALSE); IoSetCompletionRoutine(irp, SyncDone, NULL, TRUE, TRUE, TRUE);
        if (irp == NULL) {
            return STATUS_INSUFFICIENT_RESOURCES;
        }
    }
    status = ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(
        Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &CachedSd, 0, NULL, NULL, irp);
//                                                                                                                 ^^^ WSK005 NULL assigned at line 6
//                                                                                                                 no fix: the IRP is NULL on one path only
    if (irp != NULL) {
        KeWaitForSingleObject(&g_Done, Executive, KernelMode, FALSE, NULL); IoFreeIrp(irp);
    }
    return status;
}
