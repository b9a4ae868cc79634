#include "wsk.h"

#define BASIC(_s_) ((PWSK_PROVIDER_BASIC_DISPATCH)(_s_)->Dispatch)

NTSTATUS
EnableWithIrp(PWSK_SOCKET Socket, PIRP Irp)
{
    WSK_EVENT_CALLBACK_CONTROL control;

    control.NpiId = (PNPIID)&NPI_WSK_INTERFACE_ID;
    control.EventMask = WSK_EVENT_RECEIVE | WSK_EVENT_DISCONNECT;
    return BASIC(Socket)->WskControlSocket(Socket, WskSetOption, SO_WSK_EVENT_CALLBACK, SOL_SOCKET,
                                           sizeof(control), &control, 0, NULL, NULL, Irp);
//                                                                                   ^^^ WSK021 Irp must be NULL for
//                                                                                   preferred fix: Replace Irp with NULL
//                                                                                   = NULL
}

NTSTATUS
DisableTwo(PWSK_SOCKET Socket)
{
    WSK_EVENT_CALLBACK_CONTROL control = { &NPI_WSK_INTERFACE_ID, WSK_EVENT_RECEIVE | WSK_EVENT_DISCONNECT | WSK_EVENT_DISABLE };

    return BASIC(Socket)->WskControlSocket(Socket, WskSetOption, SO_WSK_EVENT_CALLBACK, SOL_SOCKET,
                                           sizeof(WSK_EVENT_CALLBACK_CONTROL), &control, 0, NULL, NULL, NULL);
//                                                                             ^^^^^^^^ WSK021 An SO_WSK_EVENT_CALLBACK set disables 2
//                                                                             no fix: one call per event needs new statements
}

NTSTATUS
ForgetsNpiId(PWSK_SOCKET Socket, BOOLEAN Accept)
{
    WSK_EVENT_CALLBACK_CONTROL control;

    if (Accept) {
        control.NpiId = &NPI_WSK_INTERFACE_ID;
        control.EventMask = WSK_EVENT_ACCEPT;
    } else {
        /* NpiId is left as the stack had it on this path. */
        control.EventMask = WSK_EVENT_RECEIVE_FROM;
    }
    return BASIC(Socket)->WskControlSocket(Socket, WskSetOption, SO_WSK_EVENT_CALLBACK, SOL_SOCKET,
                                           sizeof(control), &control, 0, NULL, NULL, NULL);
//                                                          ^^^^^^^^ WSK021 control.NpiId is never assigned on
//                                                          no fix: the structure needs an assignment, not an argument
}

NTSTATUS
ZeroedNpiId(PWSK_SOCKET Socket)
{
    WSK_EVENT_CALLBACK_CONTROL control;

    RtlZeroMemory(&control, sizeof(control));
    control.EventMask = WSK_EVENT_RECEIVE;
    return BASIC(Socket)->WskControlSocket(Socket, WskSetOption, SO_WSK_EVENT_CALLBACK, SOL_SOCKET,
                                           sizeof(control), &control, 0, NULL, NULL, NULL);
//                                                          ^^^^^^^^ WSK021 control.NpiId is NULL for an
//                                                          no fix: the structure needs an assignment, not an argument
}

NTSTATUS
WrongStructureSize(PWSK_SOCKET Socket, PIRP Irp)
{
    WSK_EVENT_CALLBACK_CONTROL control = { .NpiId = &NPI_WSK_INTERFACE_ID, .EventMask = WSK_EVENT_RECEIVE };
    PWSK_EVENT_CALLBACK_CONTROL pointer = &control;

    return BASIC(Socket)->WskControlSocket(Socket, WskSetOption, SO_WSK_EVENT_CALLBACK, SOL_SOCKET,
                                           sizeof(pointer), pointer, 0, NULL, NULL, NULL);
//                                         ^^^^^^^^^^^^^^^ WSK021 InputSize must be sizeof(WSK_EVENT_CALLBACK_CONTROL) for
//                                         preferred fix: Replace sizeof(pointer) with sizeof(WSK_EVENT_CALLBACK_CONTROL)
//                                         = sizeof(WSK_EVENT_CALLBACK_CONTROL)
}

NTSTATUS
StaticCallbacks(PWSK_PROVIDER_NPI Npi, PIRP Irp)
{
    WSK_EVENT_CALLBACK_CONTROL control;

    control.EventMask = WSK_EVENT_ACCEPT | WSK_EVENT_RECEIVE;
    return Npi->Dispatch->WskControlClient(Npi->Client, WSK_SET_STATIC_EVENT_CALLBACKS,
                                           sizeof(control), &control, 0, NULL, NULL, Irp);
//                                                          ^^^^^^^^ WSK021 control.NpiId is never assigned on
//                                                          no fix: the structure needs an assignment, not an argument
//                                                                                   ^^^ WSK021 Irp must be NULL for
//                                                                                   preferred fix: Replace Irp with NULL
//                                                                                   = NULL
}

NTSTATUS
EnableEach(PWSK_SOCKET *Sockets, ULONG Count)
{
    WSK_EVENT_CALLBACK_CONTROL control;
    NTSTATUS status = STATUS_SUCCESS;
    ULONG i;

    control.EventMask = WSK_EVENT_RECEIVE;
    for (i = 0; i < Count && NT_SUCCESS(status); i++) {
        status = BASIC(Sockets[i])->WskControlSocket(Sockets[i], WskSetOption, SO_WSK_EVENT_CALLBACK, SOL_SOCKET,
                                                     sizeof(control), &control, 0, NULL, NULL, NULL);
//                                                                    ^^^^^^^^ WSK021 control.NpiId is never assigned
//                                                                    no fix: the structure needs an assignment, not an argument
        /* Set after the first round's call. */
        control.NpiId = &NPI_WSK_INTERFACE_ID;
    }
    return status;
}
