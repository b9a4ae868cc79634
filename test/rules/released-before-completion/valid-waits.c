/* valid: no findings */
#include "wsk.h"

WSK_PROVIDER_NPI g_Npi;

#define RELEASE_SD(_cached_) \
    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &(_cached_), \
                                     0, NULL, NULL, NULL)

NTSTATUS
WaitIdiom(PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Cached, PIRP Irp, PKEVENT Done)
{
    NTSTATUS status;

    status = ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(
        Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &Cached, 0, NULL, NULL, Irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(Done, Executive, KernelMode, FALSE, NULL);
        status = Irp->IoStatus.Status;
    }
    RELEASE_SD(Cached);
    return status;
}

NTSTATUS
NotPendingProved(PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Cached, PIRP Irp)
{
    NTSTATUS status;

    status = ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(
        Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &Cached, 0, NULL, NULL, Irp);
    if (status != STATUS_PENDING) {
        RELEASE_SD(Cached);
    }
    return status;
}

NTSTATUS
HelperWaits(PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Cached, PIRP Irp)
{
    NTSTATUS status;

    status = ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(
        Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &Cached, 0, NULL, NULL, Irp);
    status = WaitForIrp(Irp, status);
    RELEASE_SD(Cached);
    return status;
}

NTSTATUS
FailedRightAway(PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Cached, PIRP Irp)
{
    NTSTATUS status;

    status = ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(
        Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &Cached, 0, NULL, NULL, Irp);
    if (!NT_SUCCESS(status)) {
        RELEASE_SD(Cached);
    }
    return status;
}

NTSTATUS
WaitIfPending(PKEVENT Done, PIRP Irp, NTSTATUS Status)
{
    if (Status == STATUS_PENDING) {
        KeWaitForSingleObject(Done, Executive, KernelMode, FALSE, NULL);
        Status = Irp->IoStatus.Status;
    }
    return Status;
}

NTSTATUS
WaitedThroughAHelper(PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Cached, PIRP Irp, PKEVENT Done)
{
    NTSTATUS status;

    status = ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(
        Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &Cached, 0, NULL, NULL, Irp);
    status = WaitIfPending(Done, Irp, status);
    RELEASE_SD(Cached);
    return status;
}
