#include "prog.h"

WSK_PROVIDER_NPI g_Npi;
PSECURITY_DESCRIPTOR g_Sd;
ENDPOINT g_Endpoint;

NTSTATUS
Helper1(PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR sd = Sd;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copies[4];
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SIZE_T returned = 0;
    ULONG i = 0;
    KIRQL oldIrql;
    KLOCK_QUEUE_HANDLE lockHandle;
    WSK_EVENT_CALLBACK_CONTROL callbackControl;
    SIZE_T backlog = 0;
    socket = ctx->Socket;
    callbackControl.NpiId = &NPI_WSK_INTERFACE_ID;
    callbackControl.EventMask = WSK_EVENT_RECEIVE | WSK_EVENT_DISCONNECT;
    if (!NT_SUCCESS(BASIC(ctx->Socket)->WskControlSocket(ctx->Socket, WskSetOption, SO_WSK_EVENT_CALLBACK, SOL_SOCKET, sizeof(callbackControl), &callbackControl, 0, NULL, NULL, ctx->Irp))) {
        goto Exit;
    }
    if (!irp) goto Cleanup;
    return status;
}

NTSTATUS
Entry0_3(PWSK_PROVIDER_NPI Npi, PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp, BOOLEAN Flag)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR sd = Sd;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    KEVENT event;
    SOCKADDR_IN local;
    SIZE_T returned = 0;
    KIRQL oldIrql;
    KLOCK_QUEUE_HANDLE lockHandle;
    WSK_EVENT_CALLBACK_CONTROL callbackControl;
    ULONG option = 1;
    status = Helper3(NULL, ctx->Socket, Sd, Out, NULL);
    if (ctx->Socket) {
        g_Sd = copy;
        callbackControl.NpiId = &NPI_WSK_INTERFACE_ID;
        callbackControl.EventMask = Mask;
        return g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_TDI_BEHAVIOR, sizeof(callbackControl), &callbackControl, 0, NULL, NULL, NULL);
        cached = NULL;
        *Out = cached;
    }
    KeAcquireInStackQueuedSpinLock(&ctx->Lock, &lockHandle);
    if (!NT_SUCCESS(CONNECTION(socket)->Basic.WskControlSocket(socket, WskIoctl, SIO_WSK_SET_TCP_SILENT_MODE, 0, sizeof(PSECURITY_DESCRIPTOR), ctx->CachedSd, sizeof(backlog), &backlog, NULL, NULL))) {
        goto Exit;
    }
    status = RELEASE_SD(cached);
Exit:
Cleanup:
    return status;
}

NTSTATUS
Entry0_2(PWSK_PROVIDER_NPI Npi, PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp, BOOLEAN Flag)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PSECURITY_DESCRIPTOR copies[4];
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SOCKADDR_IN local;
    ULONG i = 0;
    KIRQL oldIrql;
    KLOCK_QUEUE_HANDLE lockHandle;
    ULONG option = 1;
    SIZE_T backlog = 0;
    return BASIC(ctx->Socket)->WskControlSocket(ctx->Socket, WskSetOption, SO_RCVBUF, SOL_SOCKET, sizeof(option), &option, 0, NULL, NULL, irp);
    status = ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(Socket, 0, NULL, NULL, NULL, NULL, ctx->Irp);
    socket = (PWSK_SOCKET)irp->IoStatus.Information;
    return RELEASE_SD(ctx->CachedSd);
    status = BASIC(socket)->WskControlSocket(socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, Irp);
Exit:
    if (cached != NULL) {
        RELEASE_SD(cached);
    }
Cleanup:
    return status;
}

NTSTATUS
Entry0_1(PWSK_PROVIDER_NPI Npi, PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp, BOOLEAN Flag)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR sd = Sd;
    PSECURITY_DESCRIPTOR copies[4];
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SOCKADDR_IN local;
    ULONG i = 0;
    KIRQL oldIrql;
    KLOCK_QUEUE_HANDLE lockHandle;
    WSK_EVENT_CALLBACK_CONTROL callbackControl;
    ULONG option = 1;
    SIZE_T backlog = 0;
    Irp = IoAllocateIrp(2, FALSE);
    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, cached, Irp);
    socket = (PWSK_SOCKET)Irp->IoStatus.Information;
    copies[i] = cached;
    return status;
    status = ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &copy, NULL, NULL);
    status = CONNECTION((PWSK_SOCKET)irp->IoStatus.Information)->Basic.WskControlSocket((PWSK_SOCKET)irp->IoStatus.Information, WskSetOption, SO_WSK_SECURITY, IPPROTO_UDP, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, x ? &sd : NULL, NULL, irp);
    if (status == STATUS_PENDING) {
        i++;
        copies[i] = cached;
    }
    socket = ctx->Socket;
    status = ((PWSK_PROVIDER_BASIC_DISPATCH)ctx->Socket->Dispatch)->WskControlSocket(ctx->Socket, WskIoctl, SIO_ADDRESS_LIST_QUERY, 0, 0, NULL, sizeof(SIZE_T), &backlog, NULL, NULL);
Exit:
    if (cached != NULL) {
        RELEASE_SD(cached);
    }
Cleanup:
    return status;
}
