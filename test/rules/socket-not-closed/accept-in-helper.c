#include "wsk.h"

/*
 * The accept moved into a helper: the socket the caller reads from the IRP once the accept completed
 * is its own and leaks at the return (WSK013). Inlined, it is reported; through the helper, not: the
 * IRP's IoStatus.Information yields a socket only after a WSK call of the function's own.
 */

NTSTATUS
AcceptOn(PWSK_SOCKET Listener, PIRP Irp)
{
    return ((PWSK_PROVIDER_LISTEN_DISPATCH)Listener->Dispatch)->WskAccept(Listener, 0, NULL, NULL, NULL, NULL, Irp);
}

NTSTATUS
AcceptAndDrop(PWSK_SOCKET Listener, PIRP Irp, PKEVENT Done)
{
    NTSTATUS status;
    PWSK_SOCKET accepted;

    IoReuseIrp(Irp, STATUS_UNSUCCESSFUL);
    IoSetCompletionRoutine(Irp, AcceptDone, Done, TRUE, TRUE, TRUE);
    status = AcceptOn(Listener, Irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(Done, Executive, KernelMode, FALSE, NULL);
        status = Irp->IoStatus.Status;
    }
    if (!NT_SUCCESS(status)) {
        return status;
    }
    accepted = (PWSK_SOCKET)Irp->IoStatus.Information;
    return STATUS_SUCCESS;
//  ^^^^^^^^^^^^^^^^^^^^^^ WSK013
}
