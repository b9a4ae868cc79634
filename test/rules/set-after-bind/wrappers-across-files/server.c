#include "wsk.h"

NTSTATUS SetOption(PWSK_SOCKET Sock, ULONG Option, PVOID Value, SIZE_T Size, PIRP Irp);

typedef struct _SERVER {
    PWSK_SOCKET Socket;
    PSECURITY_DESCRIPTOR CachedSd;
    PIRP Irp;
    PFN_WSK_BIND Bind;
} SERVER, *PSERVER;

NTSTATUS
SecureAfterBind(PSERVER Server, PSOCKADDR Local)
{
    NTSTATUS status;

    status = ((PWSK_PROVIDER_CONNECTION_DISPATCH)Server->Socket->Dispatch)->WskBind(Server->Socket, Local, 0, Server->Irp);
    if (!NT_SUCCESS(status)) return status;
    return SetOption(Server->Socket, SO_WSK_SECURITY, &Server->CachedSd, sizeof(PSECURITY_DESCRIPTOR), Server->Irp);
//         ^^^^^^^^^ WSK007 the socket is already bound (line 17)
//         no fix: the set is returned directly; a move would change what the function returns
}

NTSTATUS
SecureBeforeBind(PSERVER Server, PSOCKADDR Local)
{
    NTSTATUS status;

    status = SetOption(Server->Socket, SO_WSK_SECURITY, &Server->CachedSd, sizeof(PSECURITY_DESCRIPTOR), Server->Irp);
    if (!NT_SUCCESS(status)) return status;
    return ((PWSK_PROVIDER_CONNECTION_DISPATCH)Server->Socket->Dispatch)->WskBind(Server->Socket, Local, 0, Server->Irp);
}

NTSTATUS
OtherOptionAfterBind(PSERVER Server, PSOCKADDR Local, ULONG Value)
{
    NTSTATUS status;

    status = ((PWSK_PROVIDER_CONNECTION_DISPATCH)Server->Socket->Dispatch)->WskBind(Server->Socket, Local, 0, Server->Irp);
    if (!NT_SUCCESS(status)) return status;
    return SetOption(Server->Socket, SO_KEEPALIVE, &Value, sizeof(ULONG), Server->Irp);
}

/* Function-pointer locals, fields and casts are the WSK function their type names, whatever their name. */
NTSTATUS
BindThroughLocal(PSERVER Server, PSOCKADDR Local)
{
    NTSTATUS status;
    PFN_WSK_BIND BindFn = ((PWSK_PROVIDER_CONNECTION_DISPATCH)Server->Socket->Dispatch)->WskBind;

    status = BindFn(Server->Socket, Local, 0, Server->Irp);
    if (!NT_SUCCESS(status)) return status;
    return ((PWSK_PROVIDER_BASIC_DISPATCH)Server->Socket->Dispatch)->WskControlSocket(Server->Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET,
//                                                                   ^^^^^^^^^^^^^^^^ WSK007 the socket is already bound (line 51)
//                                                                   no fix: the set is returned directly; a move would change what the function returns
        sizeof(PSECURITY_DESCRIPTOR), &Server->CachedSd, 0, NULL, NULL, Server->Irp);
}

NTSTATUS
BindThroughField(PSERVER Server, PSOCKADDR Local)
{
    NTSTATUS status;

    status = Server->Bind(Server->Socket, Local, 0, Server->Irp);
    if (!NT_SUCCESS(status)) return status;
    return SetOption(Server->Socket, SO_WSK_SECURITY, &Server->CachedSd, sizeof(PSECURITY_DESCRIPTOR), Server->Irp);
//         ^^^^^^^^^ WSK007 the socket is already bound (line 64)
//         no fix: the set is returned directly; a move would change what the function returns
}

NTSTATUS
SetThroughCast(PSERVER Server, PSOCKADDR Local, PVOID Routine)
{
    NTSTATUS status;

    status = Server->Bind(Server->Socket, Local, 0, Server->Irp);
    if (!NT_SUCCESS(status)) return status;
    return ((PFN_WSK_CONTROL_SOCKET)Routine)(Server->Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET,
//          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ WSK007 the socket is already bound (line 76)
//          no fix: the set is returned directly; a move would change what the function returns
        sizeof(PSECURITY_DESCRIPTOR), &Server->CachedSd, 0, NULL, NULL, Server->Irp);
}

/* A local that merely happens to be called WskBind but is another function type: not the WSK call. */
typedef NTSTATUS (*MY_BIND)(PWSK_SOCKET Socket, PSOCKADDR Local, ULONG Flags, PIRP Irp);

NTSTATUS
NotAWskBind(PSERVER Server, PSOCKADDR Local, MY_BIND Bind)
{
    NTSTATUS status;

    status = Bind(Server->Socket, Local, 0, Server->Irp);
    if (!NT_SUCCESS(status)) return status;
    return SetOption(Server->Socket, SO_WSK_SECURITY, &Server->CachedSd, sizeof(PSECURITY_DESCRIPTOR), Server->Irp);
}
