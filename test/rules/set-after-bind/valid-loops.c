/* valid: no findings */
#include "wsk.h"

typedef struct _GROUP {
    PWSK_SOCKET Socket;
    PSOCKADDR Local;
} GROUP, *PGROUP;

WSK_PROVIDER_NPI g_Npi;
PWSK_SOCKET g_Bound;

NTSTATUS
NewSocketForEachAttempt(PSOCKADDR Local, PSECURITY_DESCRIPTOR CachedSd, PIRP Irp, PKEVENT Done)
{
    NTSTATUS status = STATUS_UNSUCCESSFUL;
    PWSK_SOCKET socket;
    ULONG attempt;

    for (attempt = 0; attempt < 4; attempt++) {
        IoReuseIrp(Irp, STATUS_UNSUCCESSFUL); IoSetCompletionRoutine(Irp, SyncDone, NULL, TRUE, TRUE, TRUE);
        status = ((PWSK_PROVIDER_DISPATCH)g_Npi.Dispatch)->WskSocket(g_Npi.Client, AF_INET, SOCK_DGRAM, IPPROTO_UDP,
                                                                     WSK_FLAG_DATAGRAM_SOCKET, NULL, NULL, NULL, NULL, NULL, Irp);
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(Done, Executive, KernelMode, FALSE, NULL);
            status = Irp->IoStatus.Status;
        }
        if (!NT_SUCCESS(status)) {
            break;
        }
        socket = (PWSK_SOCKET)Irp->IoStatus.Information;
        IoReuseIrp(Irp, STATUS_UNSUCCESSFUL); IoSetCompletionRoutine(Irp, SyncDone, NULL, TRUE, TRUE, TRUE);
        status = ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskControlSocket(
            socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &CachedSd, 0, NULL, NULL, Irp);
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(Done, Executive, KernelMode, FALSE, NULL);
            status = Irp->IoStatus.Status;
        }
        IoReuseIrp(Irp, STATUS_UNSUCCESSFUL); IoSetCompletionRoutine(Irp, SyncDone, NULL, TRUE, TRUE, TRUE);
        status = ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskBind(socket, Local, 0, Irp);
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(Done, Executive, KernelMode, FALSE, NULL);
            status = Irp->IoStatus.Status;
        }
        if (NT_SUCCESS(status)) {
            g_Bound = socket;
            break;
        }
        CloseSocket(socket);
    }
    return status;
}

NTSTATUS
EachGroupSecuredThenBound(PGROUP Groups, ULONG Count, PSECURITY_DESCRIPTOR CachedSd, PIRP Irp)
{
    NTSTATUS status = STATUS_SUCCESS;
    ULONG i;

    for (i = 0; i < Count; i++) {
        PWSK_SOCKET socket = Groups[i].Socket;

        status = ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskControlSocket(
            socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &CachedSd, 0, NULL, NULL, Irp);
        if (!NT_SUCCESS(status)) {
            break;
        }
        status = ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskBind(socket, Groups[i].Local, 0, Irp);
    }
    return status;
}
