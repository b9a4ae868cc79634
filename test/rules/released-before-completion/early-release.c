#include "wsk.h"

WSK_PROVIDER_NPI g_Npi;

#define RELEASE_SD(_cached_) \
    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &(_cached_), \
                                     0, NULL, NULL, NULL)

NTSTATUS
ReleasedRightAway(PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Cached, PIRP Irp)
{
    NTSTATUS status;

    status = ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(
        Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &Cached, 0, NULL, NULL, Irp);
    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &Cached, 0, NULL, NULL, NULL);
//                                                                                               ^^^^^^^ WSK010 the IRP of the SO_WSK_SECURITY set at line 14 may still be pending
    return status;
}

NTSTATUS
SuccessIsNotCompletion(PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Cached, PIRP Irp)
{
    NTSTATUS status;

    status = ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(
        Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &Cached, 0, NULL, NULL, Irp);
    if (NT_SUCCESS(status)) {
        /* STATUS_PENDING is a success code: the IRP may still be running. */
        RELEASE_SD(Cached);
//      ^^^^^^^^^^ WSK010
    }
    return status;
}

NTSTATUS
SocketCreationStillRunning(PWSK_PROVIDER_NPI Npi, PSECURITY_DESCRIPTOR Cached, PIRP Irp)
{
    NTSTATUS status;

    status = ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP,
                                                                 WSK_FLAG_CONNECTION_SOCKET, NULL, NULL, NULL, NULL, Cached, Irp);
    RELEASE_SD(Cached);
//  ^^^^^^^^^^ WSK010 WskSocket
    return status;
}
