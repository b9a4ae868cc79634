#include "net.h"

static NTSTATUS
Secure(PNET Net, PWSK_SOCKET Socket)
{
    return NetWait(Net, ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET,
                                                                                         sizeof(PSECURITY_DESCRIPTOR), &Net->Sd, 0, NULL, NULL,
                                                                                         Net->Irp));
}

/* Each round creates a new socket through the helper, secures it, then binds it: never a set after a bind. */
NTSTATUS
OpenEach(PNET Net, PWSK_SOCKET *Sockets, ULONG Count)
{
    NTSTATUS status = STATUS_SUCCESS;
    PWSK_SOCKET socket;
    ULONG i;

    for (i = 0; i < Count; i++) {
        status = NetWait(Net, NetOpenDatagram(Net));
        if (!NT_SUCCESS(status)) {
            goto cleanup;
        }
        socket = (PWSK_SOCKET)Net->Irp->IoStatus.Information;
        Sockets[i] = socket;
        status = Secure(Net, socket);
        if (!NT_SUCCESS(status)) {
            goto cleanup;
        }
        status = NetWait(Net, ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskBind(socket, (PSOCKADDR)&Net->Address, 0, Net->Irp));
        if (!NT_SUCCESS(status)) {
            goto cleanup;
        }
    }
cleanup:
    return status;
}

/* The socket the helper's WskSocketConnect creates is bound from birth. */
NTSTATUS
ConnectThenSecure(PNET Net, PWSK_SOCKET *Out)
{
    NTSTATUS status;
    PWSK_SOCKET socket;

    status = NetWait(Net, NetConnect(Net));
    if (!NT_SUCCESS(status)) {
        return status;
    }
    socket = (PWSK_SOCKET)Net->Irp->IoStatus.Information;
    *Out = socket;
    return Secure(Net, socket);
//         ^^^^^^ WSK007 Secure applies SO_WSK_SECURITY to socket too late: the socket was created bound at line 46
//         no fix: a helper's set is never moved
}

/* So is the one the helper's WskAccept accepts. */
NTSTATUS
AcceptThenSecure(PNET Net, PWSK_SOCKET Listener, PWSK_SOCKET *Out)
{
    NTSTATUS status = NetAccept(Net, Listener);

    status = NetWait(Net, status);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    *Out = (PWSK_SOCKET)Net->Irp->IoStatus.Information;
    return Secure(Net, *Out);
//         ^^^^^^ WSK007 the socket was accepted at line 61
//         no fix: a helper's set is never moved
}
