#include "helpers.h"

static ULONG g_On = 1;

NTSTATUS
SetReuse(PWSK_SOCKET Socket, PIRP Irp)
{
    return ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskSetOption, SO_REUSEADDR, SOL_SOCKET,
                                                                              sizeof(g_On), &g_On, 0, NULL, NULL, Irp);
}

/* Tests its IRP before passing it on: a NULL one never reaches WSK. */
NTSTATUS
SetKeepAliveChecked(PWSK_SOCKET Socket, PIRP Irp)
{
    if (Irp == NULL) {
        return STATUS_INVALID_PARAMETER;
    }
    return ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskSetOption, SO_KEEPALIVE, SOL_SOCKET,
                                                                              sizeof(g_On), &g_On, 0, NULL, NULL, Irp);
}

NTSTATUS
EnableEvents(PWSK_SOCKET Socket, PWSK_EVENT_CALLBACK_CONTROL Control, PIRP Irp)
{
    return ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskSetOption, SO_WSK_EVENT_CALLBACK, SOL_SOCKET,
                                                                              sizeof(WSK_EVENT_CALLBACK_CONTROL), Control, 0, NULL, NULL, Irp);
}

NTSTATUS
BindSocket(PWSK_SOCKET Socket, PSOCKADDR Local, PIRP Irp)
{
    return ((PWSK_PROVIDER_CONNECTION_DISPATCH)Socket->Dispatch)->WskBind(Socket, Local, 0, Irp);
}

NTSTATUS
SetBindingReuse(PBINDING Binding, PIRP Irp)
{
    return ((PWSK_PROVIDER_BASIC_DISPATCH)Binding->Socket->Dispatch)->WskControlSocket(Binding->Socket, WskSetOption, SO_REUSEADDR, SOL_SOCKET,
                                                                                       sizeof(g_On), &g_On, 0, NULL, NULL, Irp);
}
