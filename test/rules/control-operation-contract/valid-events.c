/* valid: no findings */
#include "wsk.h"

#define BASIC(_s_) ((PWSK_PROVIDER_BASIC_DISPATCH)(_s_)->Dispatch)

/* Enable without an IRP; disable one event at a time, with or without one. */
NTSTATUS
EnableThenDisable(PWSK_SOCKET Socket, PIRP Irp)
{
    WSK_EVENT_CALLBACK_CONTROL control;
    NTSTATUS status;

    control.NpiId = (PNPIID)&NPI_WSK_INTERFACE_ID;
    control.EventMask = WSK_EVENT_RECEIVE | WSK_EVENT_DISCONNECT;
    status = BASIC(Socket)->WskControlSocket(Socket, WskSetOption, SO_WSK_EVENT_CALLBACK, SOL_SOCKET,
                                             sizeof(control), &control, 0, NULL, NULL, NULL);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    control.EventMask = WSK_EVENT_RECEIVE | WSK_EVENT_DISABLE;
    status = BASIC(Socket)->WskControlSocket(Socket, WskSetOption, SO_WSK_EVENT_CALLBACK, SOL_SOCKET,
                                             sizeof(control), &control, 0, NULL, NULL, Irp);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    control.EventMask = WSK_EVENT_DISCONNECT | WSK_EVENT_DISABLE;
    return BASIC(Socket)->WskControlSocket(Socket, WskSetOption, SO_WSK_EVENT_CALLBACK, SOL_SOCKET,
                                           sizeof(control), &control, 0, NULL, NULL, NULL);
}

/* A mask and a structure the caller fills: unknown. */
NTSTATUS
EnableMask(PWSK_SOCKET Socket, ULONG Mask, PIRP Irp)
{
    WSK_EVENT_CALLBACK_CONTROL control = { &NPI_WSK_INTERFACE_ID, Mask };

    return BASIC(Socket)->WskControlSocket(Socket, WskSetOption, SO_WSK_EVENT_CALLBACK, SOL_SOCKET,
                                           sizeof(control), &control, 0, NULL, NULL, Irp);
}

NTSTATUS
EnableGiven(PWSK_SOCKET Socket, PWSK_EVENT_CALLBACK_CONTROL Control, PIRP Irp)
{
    return BASIC(Socket)->WskControlSocket(Socket, WskSetOption, SO_WSK_EVENT_CALLBACK, SOL_SOCKET,
                                           sizeof(*Control), Control, 0, NULL, NULL, Irp);
}

VOID FillControl(PWSK_EVENT_CALLBACK_CONTROL Control);

NTSTATUS
EnableFilledByHelper(PWSK_SOCKET Socket)
{
    WSK_EVENT_CALLBACK_CONTROL control;

    FillControl(&control);
    return BASIC(Socket)->WskControlSocket(Socket, WskSetOption, SO_WSK_EVENT_CALLBACK, SOL_SOCKET,
                                           sizeof(control), &control, 0, NULL, NULL, NULL);
}

NTSTATUS
StaticBeforeSockets(PWSK_PROVIDER_NPI Npi, PWSK_CLIENT_LISTEN_DISPATCH Dispatch, PIRP Irp)
{
    WSK_EVENT_CALLBACK_CONTROL control = { &NPI_WSK_INTERFACE_ID, WSK_EVENT_ACCEPT | WSK_EVENT_RECEIVE_FROM };
    NTSTATUS status;

    status = Npi->Dispatch->WskControlClient(Npi->Client, WSK_SET_STATIC_EVENT_CALLBACKS,
                                             sizeof(control), &control, 0, NULL, NULL, NULL);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    return Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_LISTEN_SOCKET,
                                    NULL, Dispatch, NULL, NULL, NULL, Irp);
}
