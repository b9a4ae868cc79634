#include "wsk.h"

/* Helpers that set up, reuse and use an IRP their caller owns (callers in calls.c). */

VOID
SetUp(PIRP Irp, PKEVENT Done)
{
    IoReuseIrp(Irp, STATUS_UNSUCCESSFUL);
    IoSetCompletionRoutine(Irp, SyncDone, Done, TRUE, TRUE, TRUE);
}

VOID
SetUpOnSuccessOnly(PIRP Irp, PKEVENT Done)
{
    IoSetCompletionRoutine(Irp, SyncDone, Done, TRUE, FALSE, TRUE);
//                                                    ^^^^^ WSK017 InvokeOnError is FALSE
//                                                    preferred fix: Replace FALSE with TRUE (InvokeOnError)
//                                                    = TRUE
}

NTSTATUS
Send(PWSK_SOCKET Socket, PWSK_BUF Buffer, PIRP Irp, PKEVENT Done)
{
    NTSTATUS status = ((PWSK_PROVIDER_CONNECTION_DISPATCH)Socket->Dispatch)->WskSend(Socket, Buffer, 0, Irp);

    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(Done, Executive, KernelMode, FALSE, NULL);
        status = Irp->IoStatus.Status;
    }
    return status;
}
