#include "wsk.h"

typedef struct _ENDPOINT {
    PWSK_SOCKET Socket;
    PSECURITY_DESCRIPTOR CachedSd;
    SECURITY_DESCRIPTOR SdObject;
} ENDPOINT, *PENDPOINT;

NTSTATUS
SetDescriptorSize(
    _In_ PWSK_SOCKET Socket,
    _In_ PSECURITY_DESCRIPTOR CachedSd,
    _Inout_ PIRP Irp
    )
{
    const WSK_PROVIDER_BASIC_DISPATCH *dispatch = (const WSK_PROVIDER_BASIC_DISPATCH *)Socket->Dispatch;

    return dispatch->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET,
                                      sizeof(SECURITY_DESCRIPTOR), &CachedSd, 0, NULL, NULL, Irp);
//                                    ^^^^^^^^^^^^^^^^^^^^^^^^^^^ WSK001 sizeof(SECURITY_DESCRIPTOR) is the size of the descriptor itself
//                                    preferred fix: Replace sizeof(SECURITY_DESCRIPTOR) with sizeof(PSECURITY_DESCRIPTOR)
//                                    = sizeof(PSECURITY_DESCRIPTOR)
}

NTSTATUS
SetLiteralSize(PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR CachedSd, PIRP Irp)
{
    return ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(
        Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, 8, &CachedSd, 0, NULL, NULL, Irp);
//                                                         ^ WSK001 the literal 8
//                                                         preferred fix: Replace 8 with sizeof(PSECURITY_DESCRIPTOR)
//                                                         = sizeof(PSECURITY_DESCRIPTOR)
}

NTSTATUS
SetDereferencedSize(PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR CachedSd, PIRP Irp)
{
    return ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(
        Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(*CachedSd), &CachedSd, 0, NULL, NULL, Irp);
//                                                         ^^^^^^^^^^^^^^^^^ WSK001 InputSize must be sizeof(PSECURITY_DESCRIPTOR)
//                                                         preferred fix: Replace sizeof(*CachedSd) with sizeof(PSECURITY_DESCRIPTOR)
//                                                         = sizeof(PSECURITY_DESCRIPTOR)
}

NTSTATUS
SetStructVariableSize(PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR CachedSd, PIRP Irp)
{
    SECURITY_DESCRIPTOR local;

    return ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(
        Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, (ULONG)sizeof(local), &CachedSd, 0, NULL, NULL, Irp);
//                                                         ^^^^^^^^^^^^^^^^^^^^ WSK001 is the size of the descriptor itself
//                                                         preferred fix: Replace (ULONG)sizeof(local) with sizeof(PSECURITY_DESCRIPTOR)
//                                                         = sizeof(PSECURITY_DESCRIPTOR)
}

NTSTATUS
SetFieldSizes(PENDPOINT Endpoint, PIRP Irp)
{
    PWSK_PROVIDER_BASIC_DISPATCH dispatch = (PWSK_PROVIDER_BASIC_DISPATCH)Endpoint->Socket->Dispatch;

    return dispatch->WskControlSocket(Endpoint->Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET,
                                      sizeof(Endpoint->SdObject), &Endpoint->CachedSd,
//                                    ^^^^^^^^^^^^^^^^^^^^^^^^^^ WSK001
//                                    preferred fix: Replace sizeof(Endpoint->SdObject) with sizeof(PSECURITY_DESCRIPTOR)
//                                    = sizeof(PSECURITY_DESCRIPTOR)
                                      sizeof(Endpoint->CachedSd), NULL, NULL, Irp);
//                                    ^^^^^^^^^^^^^^^^^^^^^^^^^^ WSK001 OutputSize must be 0 for an SO_WSK_SECURITY set
//                                    preferred fix: Replace sizeof(Endpoint->CachedSd) with 0
//                                    = 0
}

NTSTATUS
SetZeroAndIntegerSizes(PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR CachedSd, PIRP Irp)
{
    NTSTATUS status;

    status = ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(
        Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, &CachedSd, 0, NULL, NULL, Irp);
//                                                         ^ WSK001 not 0
//                                                         preferred fix: Replace 0 with sizeof(PSECURITY_DESCRIPTOR)
//                                                         = sizeof(PSECURITY_DESCRIPTOR)
    if (status != 0) {
        return status;
    }
    return ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(
        Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(ULONG), &CachedSd, 0, NULL, NULL, Irp);
//                                                         ^^^^^^^^^^^^^ WSK001 sizeof(ULONG) is not the size of a pointer
//                                                         preferred fix: Replace sizeof(ULONG) with sizeof(PSECURITY_DESCRIPTOR)
//                                                         = sizeof(PSECURITY_DESCRIPTOR)
}
