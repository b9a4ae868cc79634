#include "wsk.h"

WSK_PROVIDER_NPI g_Npi;

NTSTATUS SecureNoWait(PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR *Cached, PIRP Irp);

NTSTATUS
ReleasedTooEarly(PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Cached, PIRP Irp)
{
    NTSTATUS status = SecureNoWait(Socket, &Cached, Irp);

    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &Cached, 0, NULL, NULL, NULL);
//                                                                                               ^^^^^^^ WSK010 SecureNoWait
    return status;
}

NTSTATUS
WaitedFirst(PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Cached, PIRP Irp, PKEVENT Done)
{
    NTSTATUS status = SecureNoWait(Socket, &Cached, Irp);

    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(Done, Executive, KernelMode, FALSE, NULL);
        status = Irp->IoStatus.Status;
    }
    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &Cached, 0, NULL, NULL, NULL);
    return status;
}
