#include "wsk.h"

/*
 * WskSocketConnect moved into a helper: the socket it creates is bound all the same, so a later set
 * of SO_WSK_SECURITY on it is too late (WSK007). Inlined, it is reported; through the helper, not.
 */

typedef struct _UPSTREAM {
    PWSK_PROVIDER_NPI Npi;
    PWSK_SOCKET Socket;
    PIRP Irp;
    KEVENT Event;
    PSECURITY_DESCRIPTOR Sd;
    SOCKADDR_IN Remote;
} UPSTREAM, *PUPSTREAM;

NTSTATUS
ConnectUpstream(PUPSTREAM Up)
{
    return Up->Npi->Dispatch->WskSocketConnect(Up->Npi->Client, SOCK_STREAM, IPPROTO_TCP, NULL, (PSOCKADDR)&Up->Remote, 0,
                                               Up, NULL, NULL, NULL, NULL, Up->Irp);
}

NTSTATUS
OpenUpstream(PUPSTREAM Up)
{
    NTSTATUS status;

    status = ConnectUpstream(Up);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(&Up->Event, Executive, KernelMode, FALSE, NULL);
        status = Up->Irp->IoStatus.Status;
    }
    if (!NT_SUCCESS(status)) {
        return status;
    }
    Up->Socket = (PWSK_SOCKET)Up->Irp->IoStatus.Information;
    IoReuseIrp(Up->Irp, STATUS_UNSUCCESSFUL); IoSetCompletionRoutine(Up->Irp, UpDone, &Up->Event, TRUE, TRUE, TRUE);
    return ((PWSK_PROVIDER_BASIC_DISPATCH)Up->Socket->Dispatch)->WskControlSocket(Up->Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET,
//                                                               ^^^^^^^^^^^^^^^^ WSK007 SO_WSK_SECURITY is applied too late: the socket was created bound at line 29
//                                                               no fix: the set is a return
                                                                                 sizeof(PSECURITY_DESCRIPTOR), &Up->Sd, 0, NULL, NULL, Up->Irp);
}
