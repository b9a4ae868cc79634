#include "wsk.h"

extern WSK_CLIENT_LISTEN_DISPATCH g_ServerListen;
extern WSK_CLIENT_LISTEN_DISPATCH g_FilledElsewhere;

static NTSTATUS
Done(PDEVICE_OBJECT DeviceObject, PIRP Irp, PVOID Context)
{
    KeSetEvent((PKEVENT)Context, IO_NO_INCREMENT, FALSE);
    return STATUS_MORE_PROCESSING_REQUIRED;
}

NTSTATUS
OpenServer(PWSK_PROVIDER_NPI Npi, PVOID Context, BOOLEAN Filled, PIRP Irp, PWSK_SOCKET *Result)
{
    KEVENT done;
    NTSTATUS status;
    PWSK_SOCKET socket;
    ULONG on = TRUE;

    KeInitializeEvent(&done, NotificationEvent, FALSE);
    IoSetCompletionRoutine(Irp, Done, &done, TRUE, TRUE, TRUE);
    status = Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET,
                                      Context, Filled ? &g_FilledElsewhere : &g_ServerListen, NULL, NULL, NULL, Irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(&done, Executive, KernelMode, FALSE, NULL);
        status = Irp->IoStatus.Status;
    }
    if (!NT_SUCCESS(status)) {
        return status;
    }
    socket = (PWSK_SOCKET)Irp->IoStatus.Information;
    *Result = socket;
    return status;
}

NTSTATUS
OpenDatagram(PWSK_PROVIDER_NPI Npi, PVOID Context, PIRP Irp)
{
    return Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_DATAGRAM_SOCKET,
                                    Context, &g_ServerListen, NULL, NULL, NULL, Irp);
//                                           ^^^^^^^^^^^^^^^ WSK024 A datagram socket gets the WSK_CLIENT_LISTEN_DISPATCH g_ServerListen
}

NTSTATUS
OpenConditional(PWSK_PROVIDER_NPI Npi, PVOID Context, BOOLEAN Filled, PIRP Irp, PWSK_SOCKET *Result)
{
    KEVENT done;
    NTSTATUS status;
    PWSK_SOCKET socket;
    ULONG on = TRUE;

    KeInitializeEvent(&done, NotificationEvent, FALSE);
    IoSetCompletionRoutine(Irp, Done, &done, TRUE, TRUE, TRUE);
    status = Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_LISTEN_SOCKET,
                                      Context, &g_ServerListen, NULL, NULL, NULL, Irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(&done, Executive, KernelMode, FALSE, NULL);
        status = Irp->IoStatus.Status;
    }
    if (!NT_SUCCESS(status)) {
        return status;
    }
    socket = (PWSK_SOCKET)Irp->IoStatus.Information;
    *Result = socket;
    IoReuseIrp(Irp, STATUS_UNSUCCESSFUL);
    IoSetCompletionRoutine(Irp, Done, &done, TRUE, TRUE, TRUE);
    status = ((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskControlSocket(
        socket, WskSetOption, SO_CONDITIONAL_ACCEPT, SOL_SOCKET, sizeof(on), &on, 0, NULL, NULL, Irp);
//                                                                           ^^^ WSK024 Conditional accept is turned on, but g_ServerListen has no WskInspectEvent and no WskAbortEvent
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(&done, Executive, KernelMode, FALSE, NULL);
        status = Irp->IoStatus.Status;
    }
    return status;
}
