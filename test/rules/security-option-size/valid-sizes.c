/* valid: no findings */
#include "wsk.h"

typedef struct _ENDPOINT {
    PWSK_SOCKET Socket;
    PSECURITY_DESCRIPTOR CachedSd;
} ENDPOINT, *PENDPOINT;

#define SD_POINTER_SIZE sizeof(PSECURITY_DESCRIPTOR)

NTSTATUS
EveryPointerSize(PENDPOINT Endpoint, PSECURITY_DESCRIPTOR CachedSd, SIZE_T InputSize, PIRP Irp)
{
    PWSK_PROVIDER_BASIC_DISPATCH dispatch = (PWSK_PROVIDER_BASIC_DISPATCH)Endpoint->Socket->Dispatch;
    PSECURITY_DESCRIPTOR sd = CachedSd;
    NTSTATUS status;

    status = dispatch->WskControlSocket(Endpoint->Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET,
                                        sizeof(PSECURITY_DESCRIPTOR), &sd, 0, NULL, NULL, Irp);
    status = dispatch->WskControlSocket(Endpoint->Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET,
                                        sizeof(PVOID), &sd, 0, NULL, NULL, Irp);
    status = dispatch->WskControlSocket(Endpoint->Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET,
                                        sizeof(void *), &sd, 0, NULL, NULL, Irp);
    status = dispatch->WskControlSocket(Endpoint->Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET,
                                        sizeof(SECURITY_DESCRIPTOR *), &sd, 0, NULL, NULL, Irp);
    status = dispatch->WskControlSocket(Endpoint->Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET,
                                        sizeof sd, &sd, 0, NULL, NULL, Irp);
    status = dispatch->WskControlSocket(Endpoint->Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET,
                                        (ULONG)sizeof(Endpoint->CachedSd), &Endpoint->CachedSd, 0, NULL, NULL, Irp);
    status = dispatch->WskControlSocket(Endpoint->Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET,
                                        sizeof(ULONG_PTR), &sd, 0, NULL, NULL, Irp);
    status = dispatch->WskControlSocket(Endpoint->Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET,
                                        SD_POINTER_SIZE, &sd, 0, NULL, NULL, Irp);
    /* Values the analysis cannot know are never flagged. */
    status = dispatch->WskControlSocket(Endpoint->Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET,
                                        InputSize, &sd, 0, NULL, NULL, Irp);
    status = dispatch->WskControlSocket(Endpoint->Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET,
                                        UNKNOWN_SIZE_MACRO, &sd, 0, NULL, NULL, Irp);
    status = dispatch->WskControlSocket(Endpoint->Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET,
                                        InputSize > 0 ? InputSize : sizeof(PVOID), &sd, 0, NULL, NULL, Irp);
    status = dispatch->WskControlSocket(Endpoint->Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET,
                                        sizeof(UNKNOWN_TYPE), &sd, 0, NULL, NULL, Irp);
    return status;
}

NTSTATUS
OtherOptionsAreNotChecked(PWSK_SOCKET Socket, PIRP Irp)
{
    ULONG enable = 1;
    PWSK_PROVIDER_BASIC_DISPATCH dispatch = (PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch;

    return dispatch->WskControlSocket(Socket, WskSetOption, SO_REUSEADDR, SOL_SOCKET,
                                      sizeof(enable), &enable, 0, NULL, NULL, Irp);
}

NTSTATUS
NotTheWskCall(PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR CachedSd, PIRP Irp)
{
    /* Nine arguments: a local function that happens to share the name is not the WSK call. */
    return WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET,
                            sizeof(SECURITY_DESCRIPTOR), &CachedSd, 0, NULL, Irp);
}

#if 0
NTSTATUS
DeadCode(PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR CachedSd, PIRP Irp)
{
    return ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(
        Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, 8, &CachedSd, 0, NULL, NULL, Irp);
}
#endif

/* A provider that defines the routine makes no call. */
NTSTATUS
WskControlSocket(PWSK_SOCKET Socket, WSK_CONTROL_SOCKET_TYPE RequestType, ULONG ControlCode, ULONG Level,
                 SIZE_T InputSize, PVOID InputBuffer, SIZE_T OutputSize, PVOID OutputBuffer,
                 SIZE_T *OutputSizeReturned, PIRP Irp)
{
    return 0;
}
