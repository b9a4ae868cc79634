#include "accept.h"

/* Accepts on the caller's IRP; the accepted socket arrives in its IoStatus.Information. */
NTSTATUS
AcceptInto(PWSK_SOCKET Listener, PIRP Irp)
{
    NTSTATUS status;

    status = ((PWSK_PROVIDER_LISTEN_DISPATCH)Listener->Dispatch)->WskAccept(Listener, 0, NULL, NULL, NULL, NULL, Irp);
    return status;
}
