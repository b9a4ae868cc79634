#include "wsk.h"

typedef struct _ENDPOINT {
    PWSK_SOCKET Socket;
    PWSK_PROVIDER_NPI Npi;
    KEVENT Done;
    PIRP Irp;
} ENDPOINT, *PENDPOINT;

#define OPEN_STREAM(_ep_) \
    (_ep_)->Npi->Dispatch->WskSocket((_ep_)->Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, \
                                     WSK_FLAG_CONNECTION_SOCKET, NULL, NULL, NULL, NULL, NULL, (_ep_)->Irp)
#define CLOSE(_s_, _irp_) ((PWSK_PROVIDER_BASIC_DISPATCH)(_s_)->Dispatch)->WskCloseSocket((_s_), (_irp_))

NTSTATUS
EarlyReturn(PENDPOINT Endpoint, PSOCKADDR Local)
{
    PWSK_SOCKET socket;
    NTSTATUS status;

    status = OPEN_STREAM(Endpoint);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(&Endpoint->Done, Executive, KernelMode, FALSE, NULL);
        status = Endpoint->Irp->IoStatus.Status;
    }
    if (!NT_SUCCESS(status)) {
        return status;
    }
    socket = (PWSK_SOCKET)Endpoint->Irp->IoStatus.Information;
    status = ((PWSK_PROVIDER_CONNECTION_DISPATCH)socket->Dispatch)->WskBind(socket, Local, 0, Endpoint->Irp);
    if (!NT_SUCCESS(status)) {
        return status;
//      ^^^^^^^^^^^^^^ WSK013 The socket in socket (created at line 21) is neither closed nor handed off before this return
    }
    Endpoint->Socket = socket;
    return STATUS_SUCCESS;
}

NTSTATUS
GotoCleanupMissesTheClose(PENDPOINT Endpoint, PSOCKADDR Local)
{
    PWSK_SOCKET socket = NULL;
    NTSTATUS status;

    status = OPEN_STREAM(Endpoint);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(&Endpoint->Done, Executive, KernelMode, FALSE, NULL);
        status = Endpoint->Irp->IoStatus.Status;
    }
    if (!NT_SUCCESS(status)) {
        goto Cleanup;
    }
    socket = (PWSK_SOCKET)Endpoint->Irp->IoStatus.Information;
    status = ((PWSK_PROVIDER_CONNECTION_DISPATCH)socket->Dispatch)->WskBind(socket, Local, 0, Endpoint->Irp);
    if (!NT_SUCCESS(status)) {
        goto Cleanup;
    }
    Endpoint->Socket = socket;

Cleanup:
    KeWaitForSingleObject(&g_Done, Executive, KernelMode, FALSE, NULL); IoFreeIrp(Endpoint->Irp);
    return status;
//  ^^^^^^^^^^^^^^ WSK013 on the path through the branch at line 55
}

VOID
FallsOffTheEnd(PENDPOINT Endpoint)
{
    PWSK_SOCKET socket;

    if (OPEN_STREAM(Endpoint) == STATUS_SUCCESS) {
        socket = (PWSK_SOCKET)Endpoint->Irp->IoStatus.Information;
        Trace(0);
    }
}
// @col 1-2 WSK013 before the end of the function

NTSTATUS
SwitchCaseForgetsTheSocket(PENDPOINT Endpoint, ULONG Mode)
{
    PWSK_SOCKET socket;
    NTSTATUS status;

    status = OPEN_STREAM(Endpoint);
    KeWaitForSingleObject(&Endpoint->Done, Executive, KernelMode, FALSE, NULL);
    status = Endpoint->Irp->IoStatus.Status;
    if (!NT_SUCCESS(status)) {
        return status;
    }
    socket = (PWSK_SOCKET)(Endpoint->Irp->IoStatus.Information);
    switch (Mode) {
    case 0:
        Endpoint->Socket = socket;
        break;
    case 1:
        return STATUS_NOT_SUPPORTED;
//      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ WSK013
    default:
        CLOSE(socket, Endpoint->Irp);
        break;
    }
    return STATUS_SUCCESS;
}

NTSTATUS
LoopBreaksOut(PENDPOINT Endpoint, ULONG Count)
{
    PWSK_SOCKET socket;
    ULONG i;
    NTSTATUS status;

    for (i = 0; i < Count; i++) {
        status = OPEN_STREAM(Endpoint);
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&Endpoint->Done, Executive, KernelMode, FALSE, NULL);
            status = Endpoint->Irp->IoStatus.Status;
        }
        if (!NT_SUCCESS(status)) {
            continue;
        }
        socket = (PWSK_SOCKET)Endpoint->Irp->IoStatus.Information;
        if (Probe(i) != 0) {
            break;
        }
        CLOSE(socket, Endpoint->Irp);
    }
    return STATUS_SUCCESS;
//  ^^^^^^^^^^^^^^^^^^^^^^ WSK013
}

NTSTATUS
TryFinallyReturnsEarly(PENDPOINT Endpoint, PVOID Buffer)
{
    PWSK_SOCKET socket = NULL;
    NTSTATUS status;

    status = OPEN_STREAM(Endpoint);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(&Endpoint->Done, Executive, KernelMode, FALSE, NULL);
        status = Endpoint->Irp->IoStatus.Status;
    }
    if (!NT_SUCCESS(status)) {
        return status;
    }
    socket = (PWSK_SOCKET)Endpoint->Irp->IoStatus.Information;
    __try {
        if (Buffer == NULL) {
            return STATUS_INVALID_PARAMETER;
//          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ WSK013
        }
        Endpoint->Socket = socket;
    } __finally {
        Trace(1);
    }
    return STATUS_SUCCESS;
}

NTSTATUS
AcceptedSocketDropped(PWSK_SOCKET Listener, PIRP Irp, PKEVENT Done)
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
    accepted = (PWSK_SOCKET)Irp->IoStatus.Information;
    if (accepted == NULL) {
        return STATUS_UNSUCCESSFUL;
    }
    Trace(2);
    return STATUS_SUCCESS;
//  ^^^^^^^^^^^^^^^^^^^^^^ WSK013 The socket in accepted
}

NTSTATUS
MayStillBePending(PENDPOINT Endpoint)
{
    PWSK_SOCKET socket;
    NTSTATUS status;

    /* NT_SUCCESS does not prove completion (STATUS_PENDING is a success): no socket is known to exist here. */
    status = OPEN_STREAM(Endpoint);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    socket = (PWSK_SOCKET)Endpoint->Irp->IoStatus.Information;
//                        ^^^^^^^^^^^^^^^^^^^^^^^ WSK015 Endpoint->Irp->IoStatus is read while WskSocket
//                        no fix: no event of the completion routine is in scope
    Trace(socket != NULL);
    return status;
}
