#include "wsk.h"

/*
 * WskSocket moved into a helper: the listening socket it creates is still a listening socket, so
 * casting its Dispatch to the connection table is wrong (WSK024). Inlined, it is reported; through
 * the helper, not: the category (and client table) of a socket a helper creates are not carried to
 * the caller.
 */

extern const WSK_CLIENT_LISTEN_DISPATCH g_Listen;

NTSTATUS
CreateListener(PWSK_PROVIDER_NPI Npi, PIRP Irp)
{
    return Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_LISTEN_SOCKET,
                                    NULL, &g_Listen, NULL, NULL, NULL, Irp);
}

NTSTATUS
ListenAndBind(PWSK_PROVIDER_NPI Npi, PSOCKADDR Local, PIRP Irp, PIRP BindIrp, PKEVENT Done, PWSK_SOCKET *Out)
{
    PWSK_SOCKET socket;
    NTSTATUS status;

    status = CreateListener(Npi, Irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(Done, Executive, KernelMode, FALSE, NULL);
        status = Irp->IoStatus.Status;
    }
    if (!NT_SUCCESS(status)) {
        return status;
    }
    socket = (PWSK_SOCKET)Irp->IoStatus.Information;
    *Out = socket;
    return ((PWSK_PROVIDER_CONNECTION_DISPATCH)socket->Dispatch)->WskBind(socket, Local, 0, BindIrp);
//          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ WSK024
}
