#include "helpers.h"

NTSTATUS
BindConnection(PWSK_SOCKET Socket, PSOCKADDR Local, PIRP Irp)
{
    return ((PWSK_PROVIDER_CONNECTION_DISPATCH)Socket->Dispatch)->WskBind(Socket, Local, 0, Irp);
}

NTSTATUS
BindListener(PWSK_SOCKET Socket, PSOCKADDR Local, PIRP Irp)
{
    return ((PWSK_PROVIDER_LISTEN_DISPATCH)Socket->Dispatch)->WskBind(Socket, Local, 0, Irp);
}

NTSTATUS
EnableEvents(PWSK_SOCKET Socket, PWSK_EVENT_CALLBACK_CONTROL Control)
{
    return ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskSetOption, SO_WSK_EVENT_CALLBACK, SOL_SOCKET,
                                                                              sizeof(WSK_EVENT_CALLBACK_CONTROL), Control, 0, NULL, NULL, NULL);
}
