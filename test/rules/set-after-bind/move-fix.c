#include "wsk.h"

/* When the quick-fix moves the set before the bind, and when it must not. */

#define CONNECTION(_s_) ((PWSK_PROVIDER_CONNECTION_DISPATCH)(_s_)->Dispatch)

NTSTATUS
SetRightAfterBind(PWSK_SOCKET Socket, PSOCKADDR Local, PSECURITY_DESCRIPTOR CachedSd, PIRP BindIrp, PIRP SetIrp)
{
    NTSTATUS bindStatus;
    NTSTATUS setStatus;

    bindStatus = CONNECTION(Socket)->WskBind(Socket, Local, 0, BindIrp);
    setStatus = CONNECTION(Socket)->Basic.WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET,
//                                        ^^^^^^^^^^^^^^^^ WSK007
//                                        preferred fix: Move the SO_WSK_SECURITY set before the bind
//                                          NTSTATUS setStatus;
//
//                                        - bindStatus = CONNECTION(Socket)->WskBind(Socket, Local, 0, BindIrp);
//                                          setStatus = CONNECTION(Socket)->Basic.WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET,
//                                                                                                 sizeof(PSECURITY_DESCRIPTOR), &CachedSd, 0, NULL, NULL, SetIrp);
//                                        + bindStatus = CONNECTION(Socket)->WskBind(Socket, Local, 0, BindIrp);
//                                          return NT_SUCCESS(bindStatus) ? setStatus : bindStatus;
                                                           sizeof(PSECURITY_DESCRIPTOR), &CachedSd, 0, NULL, NULL, SetIrp);
    return NT_SUCCESS(bindStatus) ? setStatus : bindStatus;
}

NTSTATUS
SetReturned(PWSK_SOCKET Socket, PSOCKADDR Local, PSECURITY_DESCRIPTOR CachedSd, PIRP BindIrp, PIRP SetIrp)
{
    CONNECTION(Socket)->WskBind(Socket, Local, 0, BindIrp);
    return CONNECTION(Socket)->Basic.WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET,
//                                   ^^^^^^^^^^^^^^^^ WSK007
//                                   no fix: the set is a return: above the bind it would leave the bind unreachable
                                                      sizeof(PSECURITY_DESCRIPTOR), &CachedSd, 0, NULL, NULL, SetIrp);
}

NTSTATUS
BindInABranch(PWSK_SOCKET Socket, BOOLEAN Reuse, PSOCKADDR Local, PSECURITY_DESCRIPTOR CachedSd, PIRP BindIrp, PIRP SetIrp)
{
    NTSTATUS status = STATUS_SUCCESS;

    if (Reuse) {
        CONNECTION(Socket)->WskBind(Socket, Local, 0, BindIrp);
    }
    status = CONNECTION(Socket)->Basic.WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET,
//                                     ^^^^^^^^^^^^^^^^ WSK007
//                                     no fix: the bind is in another block
                                                        sizeof(PSECURITY_DESCRIPTOR), &CachedSd, 0, NULL, NULL, SetIrp);
    return status;
}

NTSTATUS
StatusCheckedBetween(PWSK_SOCKET Socket, PSOCKADDR Local, PSECURITY_DESCRIPTOR CachedSd, PIRP BindIrp, PIRP SetIrp)
{
    NTSTATUS status;

    status = CONNECTION(Socket)->WskBind(Socket, Local, 0, BindIrp);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    status = CONNECTION(Socket)->Basic.WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET,
//                                     ^^^^^^^^^^^^^^^^ WSK007
//                                     no fix: the statements between read status, which the set writes
                                                        sizeof(PSECURITY_DESCRIPTOR), &CachedSd, 0, NULL, NULL, SetIrp);
    return status;
}

NTSTATUS
IrpReusedBetween(PWSK_SOCKET Socket, PSOCKADDR Local, PSECURITY_DESCRIPTOR CachedSd, PIRP Irp)
{
    NTSTATUS bindStatus;
    NTSTATUS setStatus;

    bindStatus = CONNECTION(Socket)->WskBind(Socket, Local, 0, Irp);
    KeWaitForSingleObject(&g_Done, Executive, KernelMode, FALSE, NULL); IoReuseIrp(Irp, STATUS_UNSUCCESSFUL); IoSetCompletionRoutine(Irp, SyncDone, NULL, TRUE, TRUE, TRUE);
    setStatus = CONNECTION(Socket)->Basic.WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET,
//                                        ^^^^^^^^^^^^^^^^ WSK007
//                                        no fix: IoReuseIrp, between the two, resets the IRP the set uses
                                                           sizeof(PSECURITY_DESCRIPTOR), &CachedSd, 0, NULL, NULL, Irp);
    return NT_SUCCESS(bindStatus) ? setStatus : bindStatus;
}

NTSTATUS
SocketCreatedBound(PWSK_PROVIDER_NPI Npi, PSOCKADDR Local, PSOCKADDR Remote, PSECURITY_DESCRIPTOR CachedSd, PIRP Irp, PIRP SetIrp)
{
    PWSK_SOCKET socket;
    NTSTATUS status;
    NTSTATUS setStatus;

    status = ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, Local, Remote,
                                                                        0, NULL, NULL, NULL, NULL, NULL, Irp);
    KeWaitForSingleObject(&g_Done, Executive, KernelMode, FALSE, NULL); socket = (PWSK_SOCKET)Irp->IoStatus.Information;
    setStatus = CONNECTION(socket)->Basic.WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET,
//                                        ^^^^^^^^^^^^^^^^ WSK007
//                                        no fix: socket gets its value between the two calls
                                                           sizeof(PSECURITY_DESCRIPTOR), &CachedSd, 0, NULL, NULL, SetIrp);
    return NT_SUCCESS(status) ? setStatus : status;
}
