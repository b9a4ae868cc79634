#include "tunnel.h"

/* Binds on the tunnel's IRP and passes the bind's status back, without waiting. */
NTSTATUS
TunnelBind(PTUNNEL Tunnel)
{
    PWSK_PROVIDER_CONNECTION_DISPATCH dispatch = (PWSK_PROVIDER_CONNECTION_DISPATCH)Tunnel->Socket->Dispatch;

    return dispatch->WskBind(Tunnel->Socket, (PSOCKADDR)&Tunnel->Local, 0, Tunnel->Irp);
}

NTSTATUS
TunnelSecure(PTUNNEL Tunnel)
{
    PWSK_PROVIDER_BASIC_DISPATCH dispatch = (PWSK_PROVIDER_BASIC_DISPATCH)Tunnel->Socket->Dispatch;

    return dispatch->WskControlSocket(Tunnel->Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR),
                                      &Tunnel->Sd, 0, NULL, NULL, Tunnel->Irp);
}
