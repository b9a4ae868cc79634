#include "wsk.h"

typedef struct _ENDPOINT {
    PWSK_SOCKET Socket;
    PSECURITY_DESCRIPTOR CachedSd;
    PIRP Irp;
} ENDPOINT, *PENDPOINT;

#define CONNECTION(_s_) ((PWSK_PROVIDER_CONNECTION_DISPATCH)(_s_)->Dispatch)

NTSTATUS
BindThenSet(PENDPOINT Endpoint, PSOCKADDR Local, PIRP BindIrp, PIRP SetIrp)
{
    NTSTATUS status;

    status = CONNECTION(Endpoint->Socket)->WskBind(Endpoint->Socket, Local, 0, BindIrp);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    return CONNECTION(Endpoint->Socket)->Basic.WskControlSocket(Endpoint->Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET,
//                                             ^^^^^^^^^^^^^^^^ WSK007 the socket is already bound (line 16)
//                                             no fix: the set is a return
                                                                sizeof(PSECURITY_DESCRIPTOR), &Endpoint->CachedSd, 0, NULL, NULL, SetIrp);
}

NTSTATUS
BoundThroughAnAlias(PENDPOINT Endpoint, PSOCKADDR Local, PIRP Irp, PKEVENT Done)
{
    PWSK_SOCKET socket = Endpoint->Socket;
    NTSTATUS status;

    status = CONNECTION(socket)->WskBind(socket, Local, 0, Irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(Done, Executive, KernelMode, FALSE, NULL);
        status = Irp->IoStatus.Status;
    }
    status = CONNECTION(Endpoint->Socket)->Basic.WskControlSocket(Endpoint->Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET,
//                                               ^^^^^^^^^^^^^^^^ WSK007
//                                               no fix: the statements between use status and Irp, which the set uses
                                                                  sizeof(PSECURITY_DESCRIPTOR), &Endpoint->CachedSd, 0, NULL, NULL, Irp);
    return status;
}

NTSTATUS
BoundOnOneBranch(PWSK_SOCKET Socket, BOOLEAN Reuse, PSOCKADDR Local, PSECURITY_DESCRIPTOR CachedSd, PIRP BindIrp, PIRP SetIrp)
{
    if (Reuse) {
        CONNECTION(Socket)->WskBind(Socket, Local, 0, BindIrp);
    }
    return CONNECTION(Socket)->Basic.WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET,
//                                   ^^^^^^^^^^^^^^^^ WSK007
//                                   no fix: the set is a return, and the bind is in another block
                                                      sizeof(PSECURITY_DESCRIPTOR), &CachedSd, 0, NULL, NULL, SetIrp);
}

NTSTATUS
ConnectedSocket(PWSK_SOCKET Socket, PSOCKADDR Remote, PSECURITY_DESCRIPTOR CachedSd, PIRP Irp)
{
    CONNECTION(Socket)->WskConnect(Socket, Remote, 0, Irp);
    return CONNECTION(Socket)->Basic.WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET,
//                                   ^^^^^^^^^^^^^^^^ WSK007 already bound
//                                   no fix: the set is a return
                                                      sizeof(PSECURITY_DESCRIPTOR), &CachedSd, 0, NULL, NULL, Irp);
}

NTSTATUS
BornBound(PWSK_PROVIDER_NPI Npi, PSOCKADDR Local, PSOCKADDR Remote, PSECURITY_DESCRIPTOR CachedSd, PIRP Irp, PIRP SetIrp)
{
    PWSK_SOCKET socket;
    NTSTATUS status;

    status = ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, Local, Remote,
                                                                        0, NULL, NULL, NULL, NULL, CachedSd, Irp);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    socket = (PWSK_SOCKET)Irp->IoStatus.Information;
//                        ^^^^^^^^^^^^^ WSK015 Irp->IoStatus is read while WskSocketConnect at line 72 may still be pending
//                        no fix: no event of the completion routine is in scope
    return CONNECTION(socket)->Basic.WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET,
//                                   ^^^^^^^^^^^^^^^^ WSK007 created bound at line 72
//                                   no fix: the set is a return
                                                      sizeof(PSECURITY_DESCRIPTOR), &CachedSd, 0, NULL, NULL, SetIrp);
}

NTSTATUS
Accepted(PWSK_SOCKET Listener, PSECURITY_DESCRIPTOR CachedSd, PIRP Irp, PKEVENT Done)
{
    PWSK_SOCKET accepted;
    NTSTATUS status;

    status = ((PWSK_PROVIDER_LISTEN_DISPATCH)Listener->Dispatch)->WskAccept(Listener, 0, NULL, NULL, NULL, NULL, Irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(Done, Executive, KernelMode, FALSE, NULL);
        status = Irp->IoStatus.Status;
    }
    if (!NT_SUCCESS(status)) {
        return status;
    }
    accepted = (PWSK_SOCKET)(Irp->IoStatus.Information);
    IoReuseIrp(Irp, STATUS_UNSUCCESSFUL); IoSetCompletionRoutine(Irp, SyncDone, NULL, TRUE, TRUE, TRUE);
    return CONNECTION(accepted)->Basic.WskControlSocket(accepted, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET,
//                                     ^^^^^^^^^^^^^^^^ WSK007 inherits the listening socket's binding
//                                     no fix: the set is a return
//  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ WSK013 The socket in accepted
                                                        sizeof(PSECURITY_DESCRIPTOR), &CachedSd, 0, NULL, NULL, Irp);
}

NTSTATUS
MovableSet(PWSK_SOCKET Socket, PSOCKADDR Local, PSECURITY_DESCRIPTOR CachedSd, PIRP BindIrp, PIRP SetIrp)
{
    NTSTATUS bindStatus;
    NTSTATUS setStatus;

    bindStatus = CONNECTION(Socket)->WskBind(Socket, Local, 0, BindIrp);
    Trace(0);
    setStatus = CONNECTION(Socket)->Basic.WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET,
//                                        ^^^^^^^^^^^^^^^^ WSK007
//                                        preferred fix: Move the SO_WSK_SECURITY set before the bind
//                                          NTSTATUS setStatus;
//
//                                        + setStatus = CONNECTION(Socket)->Basic.WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET,
//                                        +                                                        sizeof(PSECURITY_DESCRIPTOR), &CachedSd, 0, NULL, NULL, SetIrp);
//                                          bindStatus = CONNECTION(Socket)->WskBind(Socket, Local, 0, BindIrp);
//                                          Trace(0);
//                                        - setStatus = CONNECTION(Socket)->Basic.WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET,
//                                        -                                                        sizeof(PSECURITY_DESCRIPTOR), &CachedSd, 0, NULL, NULL, SetIrp);
//                                          return NT_SUCCESS(bindStatus) ? setStatus : bindStatus;
                                                           sizeof(PSECURITY_DESCRIPTOR), &CachedSd, 0, NULL, NULL, SetIrp);
    return NT_SUCCESS(bindStatus) ? setStatus : bindStatus;
}
