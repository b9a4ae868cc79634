#include "wsk.h"

/*
 * Wrappers that cast the Dispatch of a copy of the socket they are handed: the cast is of the caller's
 * socket all the same, judged at the caller. (A cast of one name and a call on the other is the
 * alias-argument rewrite's to check: test/metamorphic.)
 */

NTSTATUS OnAccept(PVOID SocketContext, ULONG Flags, PSOCKADDR LocalAddress, PSOCKADDR RemoteAddress, PWSK_SOCKET AcceptSocket,
                  PVOID AcceptSocketContext, const WSK_CLIENT_CONNECTION_DISPATCH **AcceptSocketDispatch);

const WSK_CLIENT_LISTEN_DISPATCH g_Listen = { OnAccept, NULL, NULL };

NTSTATUS
BindOnCopy(PWSK_SOCKET Socket, PSOCKADDR Local, PIRP Irp)
{
    PWSK_SOCKET socket = Socket;

    return ((PWSK_PROVIDER_CONNECTION_DISPATCH)socket->Dispatch)->WskBind((PWSK_SOCKET)socket, Local, 0, Irp);
}

NTSTATUS
BindCastingCopy(PWSK_SOCKET Socket, PSOCKADDR Local, PIRP Irp)
{
    PWSK_SOCKET socket = Socket;

    return ((PWSK_PROVIDER_LISTEN_DISPATCH)socket->Dispatch)->WskBind(Socket, Local, 0, Irp);
}

NTSTATUS
ListenThenBind(PWSK_PROVIDER_NPI Npi, PSOCKADDR Local, PIRP Irp, PIRP BindIrp, PKEVENT Done, PWSK_SOCKET *Out)
{
    PWSK_SOCKET socket;
    NTSTATUS status;

    status = Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_LISTEN_SOCKET,
                                      NULL, &g_Listen, NULL, NULL, NULL, Irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(Done, Executive, KernelMode, FALSE, NULL);
        status = Irp->IoStatus.Status;
    }
    if (!NT_SUCCESS(status)) {
        return status;
    }
    socket = (PWSK_SOCKET)Irp->IoStatus.Information;
    *Out = socket;
    status = BindCastingCopy(socket, Local, BindIrp);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    return BindOnCopy(socket, Local, BindIrp);
//                    ^^^^^^ WSK024 BindOnCopy casts the Dispatch of a listen socket to WSK_PROVIDER_CONNECTION_DISPATCH
}
