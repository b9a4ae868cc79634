/* valid: no findings */
#include "wsk.h"

typedef struct _ENDPOINT {
    PWSK_SOCKET Socket;
    PSECURITY_DESCRIPTOR CachedSd;
} ENDPOINT, *PENDPOINT;

#define CONNECTION(_s_) ((PWSK_PROVIDER_CONNECTION_DISPATCH)(_s_)->Dispatch)

NTSTATUS
SecureThenBind(PENDPOINT Endpoint, PSOCKADDR Local, PIRP Irp, PKEVENT Done)
{
    NTSTATUS status;

    status = CONNECTION(Endpoint->Socket)->Basic.WskControlSocket(Endpoint->Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET,
                                                                  sizeof(PSECURITY_DESCRIPTOR), &Endpoint->CachedSd, 0, NULL, NULL, Irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(Done, Executive, KernelMode, FALSE, NULL);
        status = Irp->IoStatus.Status;
    }
    if (!NT_SUCCESS(status)) {
        return status;
    }
    IoReuseIrp(Irp, STATUS_UNSUCCESSFUL); IoSetCompletionRoutine(Irp, SyncDone, NULL, TRUE, TRUE, TRUE);
    return CONNECTION(Endpoint->Socket)->WskBind(Endpoint->Socket, Local, 0, Irp);
}

NTSTATUS
RetryAfterAFailedBind(PWSK_SOCKET Socket, PSOCKADDR Local, PSECURITY_DESCRIPTOR CachedSd, PIRP BindIrp, PIRP SetIrp)
{
    NTSTATUS status = CONNECTION(Socket)->WskBind(Socket, Local, 0, BindIrp);

    if (!NT_SUCCESS(status)) {
        /* The bind failed: the socket is still unbound. */
        status = CONNECTION(Socket)->Basic.WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET,
                                                            sizeof(PSECURITY_DESCRIPTOR), &CachedSd, 0, NULL, NULL, SetIrp);
    }
    return status;
}

NTSTATUS
AnotherSocket(PWSK_SOCKET Bound, PWSK_SOCKET Fresh, PSOCKADDR Local, PSECURITY_DESCRIPTOR CachedSd, PIRP Irp)
{
    CONNECTION(Bound)->WskBind(Bound, Local, 0, Irp);
    return CONNECTION(Fresh)->Basic.WskControlSocket(Fresh, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET,
                                                     sizeof(PSECURITY_DESCRIPTOR), &CachedSd, 0, NULL, NULL, Irp);
}

NTSTATUS
ReassignedVariable(PENDPOINT First, PENDPOINT Second, PSOCKADDR Local, PIRP Irp)
{
    PWSK_SOCKET socket = First->Socket;

    CONNECTION(socket)->WskBind(socket, Local, 0, Irp);
    socket = Second->Socket;
    return CONNECTION(socket)->Basic.WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET,
                                                      sizeof(PSECURITY_DESCRIPTOR), &Second->CachedSd, 0, NULL, NULL, Irp);
}

NTSTATUS
IndexedSockets(PWSK_SOCKET *Sockets, ULONG Count, PSOCKADDR Local, PSECURITY_DESCRIPTOR CachedSd, PIRP Irp)
{
    ULONG i = 0;

    CONNECTION(Sockets[i])->WskBind(Sockets[i], Local, 0, Irp);
    i++;
    return CONNECTION(Sockets[i])->Basic.WskControlSocket(Sockets[i], WskSetOption, SO_WSK_SECURITY, SOL_SOCKET,
                                                          sizeof(PSECURITY_DESCRIPTOR), &CachedSd, 0, NULL, NULL, Irp);
}

NTSTATUS
ReadingBackIsFine(PWSK_SOCKET Socket, PSOCKADDR Local, PIRP Irp, PSECURITY_DESCRIPTOR *Out)
{
    CONNECTION(Socket)->WskBind(Socket, Local, 0, Irp);
    return CONNECTION(Socket)->Basic.WskControlSocket(Socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET,
                                                      0, NULL, sizeof(PSECURITY_DESCRIPTOR), Out, NULL, Irp);
}
