/* valid: no findings */
#include "wsk.h"

typedef struct _ENDPOINT {
    PWSK_SOCKET Socket;
    PSECURITY_DESCRIPTOR CachedSd;
} ENDPOINT, *PENDPOINT;

NTSTATUS
EveryGoodShape(PENDPOINT Endpoint, PSECURITY_DESCRIPTOR *Out, PVOID Opaque, PIRP Irp)
{
    PWSK_PROVIDER_BASIC_DISPATCH dispatch = (PWSK_PROVIDER_BASIC_DISPATCH)Endpoint->Socket->Dispatch;
    PSECURITY_DESCRIPTOR sd = Endpoint->CachedSd;
    PSECURITY_DESCRIPTOR *where = &sd;
    NTSTATUS status;

    status = dispatch->WskControlSocket(Endpoint->Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET,
                                        sizeof(PSECURITY_DESCRIPTOR), &sd, 0, NULL, NULL, Irp);
    status = dispatch->WskControlSocket(Endpoint->Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET,
                                        sizeof(PSECURITY_DESCRIPTOR), (PVOID)&sd, 0, NULL, NULL, Irp);
    status = dispatch->WskControlSocket(Endpoint->Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET,
                                        sizeof(PSECURITY_DESCRIPTOR), &Endpoint->CachedSd, 0, NULL, NULL, Irp);
    status = dispatch->WskControlSocket(Endpoint->Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET,
                                        sizeof(PSECURITY_DESCRIPTOR), &(Endpoint->CachedSd), 0, NULL, NULL, Irp);
    status = dispatch->WskControlSocket(Endpoint->Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET,
                                        sizeof(PSECURITY_DESCRIPTOR), where, 0, NULL, NULL, Irp);
    /* An untyped pointer may hold anything: not flagged. */
    status = dispatch->WskControlSocket(Endpoint->Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET,
                                        sizeof(PSECURITY_DESCRIPTOR), Opaque, 0, NULL, NULL, Irp);
    status = dispatch->WskControlSocket(Endpoint->Socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET,
                                        0, NULL, sizeof(PSECURITY_DESCRIPTOR), Out, NULL, Irp);
    status = dispatch->WskControlSocket(Endpoint->Socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET,
                                        0, NULL, sizeof(PSECURITY_DESCRIPTOR), (PVOID)Out, NULL, Irp);
    return status;
}
