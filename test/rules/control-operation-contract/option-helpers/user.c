#include "helpers.h"

extern const WSK_CLIENT_CONNECTION_DISPATCH g_ConnectionEvents;

NTSTATUS
ReuseAfterBind(PWSK_SOCKET Socket, PSOCKADDR Local, PIRP BindIrp, PIRP SetIrp, PKEVENT Done)
{
    NTSTATUS status;

    status = ((PWSK_PROVIDER_CONNECTION_DISPATCH)Socket->Dispatch)->WskBind(Socket, Local, 0, BindIrp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(Done, Executive, KernelMode, FALSE, NULL);
        status = BindIrp->IoStatus.Status;
    }
    if (!NT_SUCCESS(status)) {
        return status;
    }
    return SetReuse(Socket, SetIrp);
//         ^^^^^^^^ WSK021 An SO_REUSEADDR set comes too late: the socket is already bound
//         no fix: the call must move
}

NTSTATUS
ReuseMaybeWithoutIrp(PWSK_SOCKET Socket, BOOLEAN Wait, PIRP Given)
{
    PIRP irp = NULL;

    if (Wait) {
        irp = Given;
    }
    return SetReuse(Socket, irp);
//                          ^^^ WSK021 Irp is NULL on a path to an SO_REUSEADDR set
//                          no fix: an IRP must be allocated on that path
}

NTSTATUS
KeepAliveMaybeWithoutIrp(PWSK_SOCKET Socket, BOOLEAN Wait, PIRP Given)
{
    PIRP irp = NULL;

    if (Wait) {
        irp = Given;
    }
    return SetKeepAliveChecked(Socket, irp);
}

NTSTATUS
EnableWithIrp(PWSK_SOCKET Socket, PIRP Irp)
{
    WSK_EVENT_CALLBACK_CONTROL control = { &NPI_WSK_INTERFACE_ID, WSK_EVENT_RECEIVE };

    return EnableEvents(Socket, &control, Irp);
//                                        ^^^ WSK021 Irp must be NULL for an SO_WSK_EVENT_CALLBACK set
//                                        preferred fix: Replace Irp with NULL
//                                        = NULL
}

NTSTATUS
EnableWithoutIrp(PWSK_SOCKET Socket)
{
    WSK_EVENT_CALLBACK_CONTROL control = { &NPI_WSK_INTERFACE_ID, WSK_EVENT_RECEIVE };

    return EnableEvents(Socket, &control, NULL);
}

NTSTATUS
EventsBeforeConnect(PWSK_PROVIDER_NPI Npi, PSOCKADDR Local, PIRP Irp, PKEVENT Done, PWSK_SOCKET *Out)
{
    WSK_EVENT_CALLBACK_CONTROL control = { &NPI_WSK_INTERFACE_ID, WSK_EVENT_RECEIVE };
    PWSK_SOCKET socket;
    NTSTATUS status;

    status = Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET,
                                      NULL, &g_ConnectionEvents, NULL, NULL, NULL, Irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(Done, Executive, KernelMode, FALSE, NULL);
        status = Irp->IoStatus.Status;
    }
    if (!NT_SUCCESS(status)) {
        return status;
    }
    socket = (PWSK_SOCKET)Irp->IoStatus.Information;
    status = BindSocket(socket, Local, Irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(Done, Executive, KernelMode, FALSE, NULL);
        status = Irp->IoStatus.Status;
    }
    if (NT_SUCCESS(status)) {
        status = EnableEvents(socket, &control, NULL);
//               ^^^^^^^^^^^^ WSK021 An SO_WSK_EVENT_CALLBACK set comes before the connection socket is connected
//               no fix: the call must move
    }
    *Out = socket;
    return status;
}

NTSTATUS
BindingReuseAfterBind(PBINDING Binding, PIRP BindIrp, PIRP SetIrp, PKEVENT Done)
{
    NTSTATUS status;

    status = ((PWSK_PROVIDER_CONNECTION_DISPATCH)Binding->Socket->Dispatch)->WskBind(Binding->Socket, Binding->Local, 0, BindIrp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(Done, Executive, KernelMode, FALSE, NULL);
        status = BindIrp->IoStatus.Status;
    }
    if (!NT_SUCCESS(status)) {
        return status;
    }
    return SetBindingReuse(Binding, SetIrp);
//         ^^^^^^^^^^^^^^^ WSK021 An SO_REUSEADDR set comes too late: the socket is already bound
//         no fix: the call must move
}

NTSTATUS
BindingReuseBeforeBind(PBINDING Binding, PIRP BindIrp, PIRP SetIrp, PKEVENT Done)
{
    NTSTATUS status;

    status = SetBindingReuse(Binding, SetIrp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(Done, Executive, KernelMode, FALSE, NULL);
        status = SetIrp->IoStatus.Status;
    }
    if (!NT_SUCCESS(status)) {
        return status;
    }
    return ((PWSK_PROVIDER_CONNECTION_DISPATCH)Binding->Socket->Dispatch)->WskBind(Binding->Socket, Binding->Local, 0, BindIrp);
}
