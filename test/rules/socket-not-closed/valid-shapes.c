/* valid: no findings */
#include "wsk.h"

typedef struct _ENDPOINT {
    PWSK_SOCKET Socket;
    PWSK_PROVIDER_NPI Npi;
    KEVENT Done;
    PIRP Irp;
} ENDPOINT, *PENDPOINT;

typedef struct _WORK {
    PWSK_SOCKET Socket;
    ULONG Kind;
} WORK;

#define OPEN_STREAM(_ep_) \
    (_ep_)->Npi->Dispatch->WskSocket((_ep_)->Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, \
                                     WSK_FLAG_CONNECTION_SOCKET, NULL, NULL, NULL, NULL, NULL, (_ep_)->Irp)
#define CLOSE(_s_, _irp_) ((PWSK_PROVIDER_BASIC_DISPATCH)(_s_)->Dispatch)->WskCloseSocket((_s_), (_irp_))

/* Waits for the endpoint's IRP when the call pended; returns the final status. */
#define WAIT_FOR(_ep_, _status_) \
    if ((_status_) == STATUS_PENDING) { \
        KeWaitForSingleObject(&(_ep_)->Done, Executive, KernelMode, FALSE, NULL); \
        (_status_) = (_ep_)->Irp->IoStatus.Status; \
    }

NTSTATUS
StoredIntoContextOnSuccess(PENDPOINT Endpoint)
{
    NTSTATUS status;

    status = OPEN_STREAM(Endpoint);
    WAIT_FOR(Endpoint, status);
    if (NT_SUCCESS(status)) {
        Endpoint->Socket = (PWSK_SOCKET)Endpoint->Irp->IoStatus.Information;
    }
    return status;
}

NTSTATUS
OutParameterOnSuccess(PENDPOINT Endpoint, PWSK_SOCKET *Result)
{
    PWSK_SOCKET socket;
    NTSTATUS status;

    *Result = NULL;
    status = OPEN_STREAM(Endpoint);
    WAIT_FOR(Endpoint, status);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    socket = (PWSK_SOCKET)Endpoint->Irp->IoStatus.Information;
    *Result = socket;
    return STATUS_SUCCESS;
}

NTSTATUS
ClosedOnlyIfCreatedInCleanup(PENDPOINT Endpoint, PSOCKADDR Local)
{
    PWSK_SOCKET socket = NULL;
    NTSTATUS status;

    if (Local == NULL) {
        status = STATUS_INVALID_PARAMETER;
        goto Cleanup;
    }
    status = OPEN_STREAM(Endpoint);
    WAIT_FOR(Endpoint, status);
    if (!NT_SUCCESS(status)) {
        goto Cleanup;
    }
    socket = (PWSK_SOCKET)Endpoint->Irp->IoStatus.Information;
    IoReuseIrp(Endpoint->Irp, STATUS_UNSUCCESSFUL);
    IoSetCompletionRoutine(Endpoint->Irp, OnRequestDone, NULL, TRUE, TRUE, TRUE);
    status = ((PWSK_PROVIDER_CONNECTION_DISPATCH)socket->Dispatch)->WskBind(socket, Local, 0, Endpoint->Irp);
    WAIT_FOR(Endpoint, status);
    if (!NT_SUCCESS(status)) {
        goto Cleanup;
    }
    Endpoint->Socket = socket;
    socket = NULL;

Cleanup:
    if (socket) {
        IoReuseIrp(Endpoint->Irp, STATUS_UNSUCCESSFUL);
        IoSetCompletionRoutine(Endpoint->Irp, OnRequestDone, NULL, TRUE, TRUE, TRUE);
        CLOSE(socket, Endpoint->Irp);
        KeWaitForSingleObject(&Endpoint->Done, Executive, KernelMode, FALSE, NULL);
    }
    return status;
}

NTSTATUS
NothingWhereCreationFailed(PENDPOINT Endpoint)
{
    PWSK_SOCKET socket;
    NTSTATUS status;

    status = OPEN_STREAM(Endpoint);
    WAIT_FOR(Endpoint, status);
    socket = (PWSK_SOCKET)Endpoint->Irp->IoStatus.Information;
    if (!NT_SUCCESS(status)) {
        return status;
    }
    Endpoint->Socket = socket;
    return STATUS_SUCCESS;
}

NTSTATUS
NullTestedSocket(PENDPOINT Endpoint)
{
    PWSK_SOCKET socket;

    KeWaitForSingleObject(&Endpoint->Done, Executive, KernelMode, FALSE, NULL);
    socket = (PWSK_SOCKET)Endpoint->Irp->IoStatus.Information;
    if (socket == NULL) {
        return STATUS_UNSUCCESSFUL;
    }
    Endpoint->Socket = socket;
    return STATUS_SUCCESS;
}

PWSK_SOCKET
ReturnedToTheCaller(PENDPOINT Endpoint)
{
    NTSTATUS status;

    status = OPEN_STREAM(Endpoint);
    WAIT_FOR(Endpoint, status);
    if (!NT_SUCCESS(status)) {
        return NULL;
    }
    return (PWSK_SOCKET)Endpoint->Irp->IoStatus.Information;
}

NTSTATUS
CloseWhileAReceiveIsPending(PENDPOINT Endpoint, PWSK_BUF Buffer, PIRP ReceiveIrp)
{
    PWSK_SOCKET socket;
    NTSTATUS status;

    status = OPEN_STREAM(Endpoint);
    WAIT_FOR(Endpoint, status);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    socket = (PWSK_SOCKET)Endpoint->Irp->IoStatus.Information;
    status = ((PWSK_PROVIDER_CONNECTION_DISPATCH)socket->Dispatch)->WskReceive(socket, Buffer, 0, ReceiveIrp);
    /* Closing with the receive still pending is allowed: the close cancels it. */
    IoReuseIrp(Endpoint->Irp, STATUS_UNSUCCESSFUL);
    IoSetCompletionRoutine(Endpoint->Irp, OnRequestDone, NULL, TRUE, TRUE, TRUE);
    CLOSE(socket, Endpoint->Irp);
    KeWaitForSingleObject(&Endpoint->Done, Executive, KernelMode, FALSE, NULL);
    return status;
}

NTSTATUS
GivenAwayInsideALocalStructure(PENDPOINT Endpoint)
{
    WORK work;
    NTSTATUS status;

    status = OPEN_STREAM(Endpoint);
    WAIT_FOR(Endpoint, status);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    work.Socket = (PWSK_SOCKET)Endpoint->Irp->IoStatus.Information;
    work.Kind = 1;
    return QueueWork(&work);
}

NTSTATUS
EveryRoundClosesItsSocket(PENDPOINT Endpoint, ULONG Count)
{
    PWSK_SOCKET socket;
    ULONG i;
    NTSTATUS status = STATUS_SUCCESS;

    for (i = 0; i < Count; i++) {
        status = OPEN_STREAM(Endpoint);
        WAIT_FOR(Endpoint, status);
        if (!NT_SUCCESS(status)) {
            break;
        }
        socket = (PWSK_SOCKET)Endpoint->Irp->IoStatus.Information;
        IoReuseIrp(Endpoint->Irp, STATUS_UNSUCCESSFUL);
        IoSetCompletionRoutine(Endpoint->Irp, OnRequestDone, NULL, TRUE, TRUE, TRUE);
        CLOSE(socket, Endpoint->Irp);
        KeWaitForSingleObject(&Endpoint->Done, Executive, KernelMode, FALSE, NULL);
        IoReuseIrp(Endpoint->Irp, STATUS_UNSUCCESSFUL);
        IoSetCompletionRoutine(Endpoint->Irp, OnRequestDone, NULL, TRUE, TRUE, TRUE);
    }
    return status;
}

NTSTATUS
SwitchOnAVariableCategory(PENDPOINT Endpoint, ULONG Flags)
{
    NTSTATUS status;

    switch (Flags) {
    case WSK_FLAG_LISTEN_SOCKET:
    case WSK_FLAG_CONNECTION_SOCKET:
        status = Endpoint->Npi->Dispatch->WskSocket(Endpoint->Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, Flags,
                                                    NULL, NULL, NULL, NULL, NULL, Endpoint->Irp);
        break;
    default:
        return STATUS_INVALID_PARAMETER;
    }
    WAIT_FOR(Endpoint, status);
    if (NT_SUCCESS(status)) {
        Endpoint->Socket = (PWSK_SOCKET)Endpoint->Irp->IoStatus.Information;
    }
    return status;
}

PWSK_SOCKET
ChosenByAConditionalAndReturned(PENDPOINT Endpoint)
{
    PWSK_SOCKET accepted;
    NTSTATUS status;

    status = ((PWSK_PROVIDER_LISTEN_DISPATCH)Endpoint->Socket->Dispatch)->WskAccept(Endpoint->Socket, 0, NULL, NULL,
                                                                                     NULL, NULL, Endpoint->Irp);
    if (status == STATUS_PENDING) {
        status = KeWaitForSingleObject(&Endpoint->Done, Executive, KernelMode, FALSE, NULL);
    } else if (status != STATUS_SUCCESS) {
        Trace(status);
    }
    accepted = status == STATUS_SUCCESS ? (PWSK_SOCKET)Endpoint->Irp->IoStatus.Information : NULL;
    IoReuseIrp(Endpoint->Irp, STATUS_UNSUCCESSFUL);
    IoSetCompletionRoutine(Endpoint->Irp, OnRequestDone, NULL, TRUE, TRUE, TRUE);
    return accepted;
}

NTSTATUS
CopiedOutInsideALocalStructure(PENDPOINT Endpoint, WORK *Out)
{
    WORK work;
    NTSTATUS status;

    status = OPEN_STREAM(Endpoint);
    WAIT_FOR(Endpoint, status);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    work.Socket = (PWSK_SOCKET)Endpoint->Irp->IoStatus.Information;
    work.Kind = 2;
    *Out = work;
    return STATUS_SUCCESS;
}

NTSTATUS
LocalArrayClosedBackwards(PENDPOINT Endpoint)
{
    PWSK_SOCKET sockets[4];
    ULONG count;
    NTSTATUS status = STATUS_SUCCESS;

    for (count = 0; count < 4; count++) {
        status = OPEN_STREAM(Endpoint);
        WAIT_FOR(Endpoint, status);
        if (!NT_SUCCESS(status)) {
            break;
        }
        sockets[count] = (PWSK_SOCKET)Endpoint->Irp->IoStatus.Information;
        IoReuseIrp(Endpoint->Irp, STATUS_UNSUCCESSFUL);
        IoSetCompletionRoutine(Endpoint->Irp, OnRequestDone, NULL, TRUE, TRUE, TRUE);
    }
    IoReuseIrp(Endpoint->Irp, STATUS_UNSUCCESSFUL);
    IoSetCompletionRoutine(Endpoint->Irp, OnRequestDone, NULL, TRUE, TRUE, TRUE);
    while (count > 0) {
        count--;
        CLOSE(sockets[count], Endpoint->Irp);
        KeWaitForSingleObject(&Endpoint->Done, Executive, KernelMode, FALSE, NULL);
        IoReuseIrp(Endpoint->Irp, STATUS_UNSUCCESSFUL);
        IoSetCompletionRoutine(Endpoint->Irp, OnRequestDone, NULL, TRUE, TRUE, TRUE);
    }
    return status;
}
