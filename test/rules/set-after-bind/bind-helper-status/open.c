#include "tunnel.h"

static NTSTATUS
Finish(PTUNNEL Tunnel, NTSTATUS Status)
{
    if (Status == STATUS_PENDING) {
        KeWaitForSingleObject(&Tunnel->Done, Executive, KernelMode, FALSE, NULL);
        Status = Tunnel->Irp->IoStatus.Status;
    }
    return Status;
}

/* Secures only when the bind failed (the IRP's status says so): the socket is not bound at the set. */
NTSTATUS
SecureAfterFailedBind(PTUNNEL Tunnel)
{
    NTSTATUS status = TunnelBind(Tunnel);

    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(&Tunnel->Done, Executive, KernelMode, FALSE, NULL);
        status = Tunnel->Irp->IoStatus.Status;
    }
    if (NT_SUCCESS(status)) {
        return status;
    }
    status = Finish(Tunnel, TunnelSecure(Tunnel));
    if (!NT_SUCCESS(status)) {
        return status;
    }
    return Finish(Tunnel, TunnelBind(Tunnel));
}

/* Secures after a bind that succeeded: too late. */
NTSTATUS
SecureAfterBind(PTUNNEL Tunnel)
{
    NTSTATUS status = Finish(Tunnel, TunnelBind(Tunnel));

    if (!NT_SUCCESS(status)) {
        goto done;
    }
    status = Finish(Tunnel, TunnelSecure(Tunnel));
//                          ^^^^^^^^^^^^ WSK007 TunnelSecure applies SO_WSK_SECURITY to Tunnel->Socket too late
//                          no fix: a helper's set is never moved
done:
    return status;
}
