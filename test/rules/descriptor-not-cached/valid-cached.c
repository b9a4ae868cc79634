/* valid: no findings */
#include "wsk.h"

WSK_PROVIDER_NPI g_Npi;

NTSTATUS
CachedCopy(PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Built, PIRP Irp, PKEVENT Done)
{
    PSECURITY_DESCRIPTOR cached = NULL;
    NTSTATUS status;

    status = g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &Built,
                                              sizeof(PSECURITY_DESCRIPTOR), &cached, NULL, NULL);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    status = ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(
        Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, Irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(Done, Executive, KernelMode, FALSE, NULL);
        status = Irp->IoStatus.Status;
    }
    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, NULL);
    return status;
}

NTSTATUS
FilledInByAHelper(PWSK_SOCKET Socket, PIRP Irp)
{
    PSECURITY_DESCRIPTOR sd = ExAllocatePoolWithTag(NonPagedPoolNx, 64, 'dsKW');

    /* A call that gets the variable's address may have replaced it with a cached copy. */
    GetCachedDescriptor(&sd);
    return ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(
        Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &sd, 0, NULL, NULL, Irp);
}
