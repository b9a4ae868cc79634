#include "accept.h"

/* The accepted socket is closed on every way out. */
NTSTATUS
ServeOne(PWSK_SOCKET Listener, PIRP Irp, PIRP CloseIrp, PKEVENT Done)
{
    NTSTATUS status;
    PWSK_SOCKET accepted;

    IoSetCompletionRoutine(Irp, AcceptDone, Done, TRUE, TRUE, TRUE);
    status = AcceptInto(Listener, Irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(Done, Executive, KernelMode, FALSE, NULL);
        status = Irp->IoStatus.Status;
    }
    if (!NT_SUCCESS(status)) {
        goto out;
    }
    accepted = (PWSK_SOCKET)Irp->IoStatus.Information;
    status = Serve(accepted);
    ((PWSK_PROVIDER_BASIC_DISPATCH)accepted->Dispatch)->WskCloseSocket(accepted, CloseIrp);
out:
    return status;
}

/* Each round accepts a new socket; one round leaves its socket behind. */
NTSTATUS
ServeMany(PWSK_SOCKET Listener, PIRP Irp, PIRP CloseIrp, PKEVENT Done, ULONG Count)
{
    NTSTATUS status = STATUS_SUCCESS;
    PWSK_SOCKET accepted;
    ULONG i;

    for (i = 0; i < Count; i++) {
        IoSetCompletionRoutine(Irp, AcceptDone, Done, TRUE, TRUE, TRUE);
        status = AcceptInto(Listener, Irp);
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(Done, Executive, KernelMode, FALSE, NULL);
            status = Irp->IoStatus.Status;
        }
        if (!NT_SUCCESS(status)) {
            break;
        }
        accepted = (PWSK_SOCKET)Irp->IoStatus.Information;
        if (i == 3) {
            continue;
        }
        ((PWSK_PROVIDER_BASIC_DISPATCH)accepted->Dispatch)->WskCloseSocket(accepted, CloseIrp);
    }
    return status;
//  ^^^^^^^^^^^^^^ WSK013 The socket in accepted is neither closed nor handed off before this return
}
