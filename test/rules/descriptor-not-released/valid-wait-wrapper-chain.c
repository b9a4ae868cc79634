/* valid: no findings */
#include "wsk.h"

/*
 * A wait wrapper that routes the status through another wait wrapper. With WaitRequest waiting
 * itself (the body of WaitIrp inlined), the same code yields nothing; through two wrappers, the
 * failed get is no longer known to have left no copy, and the return on failure is reported as a
 * leak (WSK008).
 */

WSK_PROVIDER_NPI g_Npi;

typedef struct _REQUEST {
    PIRP Irp;
    KEVENT Event;
} REQUEST, *PREQUEST;

NTSTATUS
WaitIrp(PIRP Irp, PVOID Event, NTSTATUS Status)
{
    if (Status == STATUS_PENDING) {
        KeWaitForSingleObject(Event, Executive, KernelMode, FALSE, NULL);
        Status = Irp->IoStatus.Status;
    }
    return Status;
}

NTSTATUS
WaitRequest(PREQUEST Request, NTSTATUS Status)
{
    Status = WaitIrp(Request->Irp, &Request->Event, Status);
    return Status;
}

NTSTATUS
CheckPeer(PREQUEST Request, PWSK_SOCKET Socket)
{
    NTSTATUS status;
    PSECURITY_DESCRIPTOR sd = NULL;

    status = ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET,
                                                                               0, NULL, sizeof(PSECURITY_DESCRIPTOR), &sd, NULL, Request->Irp);
    status = WaitRequest(Request, status);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, 0, NULL, NULL, NULL);
    return STATUS_SUCCESS;
}
