#include "prog.h"

NTSTATUS
Helper2(PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR sd = Sd;
    PSECURITY_DESCRIPTOR copy = NULL;
    PSECURITY_DESCRIPTOR copies[4];
    PIRP irp = Irp;
    KEVENT event;
    SOCKADDR_IN local;
    SIZE_T returned = 0;
    KIRQL oldIrql;
    KLOCK_QUEUE_HANDLE lockHandle;
    WSK_EVENT_CALLBACK_CONTROL callbackControl;
    ULONG option = 1;
    SIZE_T backlog = 0;
    if (!NT_SUCCESS(status)) {
        status = Helper3(&g_Endpoint, Socket, Sd, Out, NULL);
    }
    ;
    ;
    KeAcquireSpinLockAtDpcLevel(&ctx->Lock);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
        status = NULL->IoStatus.Status;
    }
    status = ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, NULL, NULL);
    KeReleaseSpinLockFromDpcLevel(&ctx->Lock);
    status = g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &copy, NULL, NULL);
    goto Retry;
    callbackControl.NpiId = &NPI_WSK_INTERFACE_ID;
    callbackControl.EventMask = WSK_EVENT_RECEIVE | WSK_EVENT_DISCONNECT;
    ((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskControlSocket(socket, WskSetOption, SO_WSK_EVENT_CALLBACK, SOL_SOCKET, sizeof(callbackControl), &callbackControl, 0, NULL, NULL, NULL);
    ctx->Irp = IoAllocateIrp(2, FALSE);
    Irp = IoAllocateIrp(2, FALSE);
    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copies[i], Irp);
    socket = (PWSK_SOCKET)irp->IoStatus.Information;
    return status;
}

NTSTATUS
Helper3(PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp)
{
    PSECURITY_DESCRIPTOR sd = Sd;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PSECURITY_DESCRIPTOR copies[4];
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SOCKADDR_IN local;
    SIZE_T returned = 0;
    ULONG i = 0;
    KLOCK_QUEUE_HANDLE lockHandle;
    ULONG option = 1;
    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    if (!NT_SUCCESS(((PWSK_PROVIDER_BASIC_DISPATCH)Endpoint->Socket->Dispatch)->WskControlSocket(Endpoint->Socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, &sd, sizeof(PSECURITY_DESCRIPTOR), &copy, NULL, ((void *)0)))) {
        goto Exit;
    }
    ctx->CachedSd = cached;
    switch (status) {
    case 0:
        ;
        break;
    case 1:
        status = Helper1(NULL, ctx->Socket, cached, Out, NULL);
    default:
        status = Helper1(&g_Endpoint, ctx->Socket, cached, &cached, irp);
        if (sd) {
            switch (status) {
            case 0:
                status = ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, NULL, NULL, NULL);
                break;
            case 1:
                irp = IoAllocateIrp(DeviceObject->StackSize, FALSE);
                switch (i) {
                case 0:
                    __try {
                        if (!NT_SUCCESS(BASIC(ctx->Socket)->WskControlSocket(ctx->Socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &copies[i], NULL, Irp))) {
                            goto Exit;
                        }
                        if (!NT_SUCCESS(status)) {
                            goto Exit;
                        }
                        if (!NT_SUCCESS(status)) {
                            return status;
                        }
                        status = Helper4(&g_Endpoint, Socket, cached, &copy, Irp);
                    } __except (EXCEPTION_EXECUTE_HANDLER) {
                        ctx->Irp = IoAllocateIrp(2, FALSE);
                        if (ctx->Irp == NULL) {
                            return STATUS_INSUFFICIENT_RESOURCES;
                        }
                        CONNECTION(Socket)->Basic.WskControlSocket(Socket, WskSetOption, SO_BROADCAST, SOL_SOCKET, sizeof(option), &option, 0, NULL, NULL, Irp);
                        callbackControl.NpiId = &NPI_WSK_INTERFACE_ID;
                        callbackControl.EventMask = WSK_EVENT_ACCEPT;
                        return BASIC(socket)->WskControlSocket(socket, WskSetOption, SO_WSK_EVENT_CALLBACK, SOL_SOCKET, sizeof(callbackControl), &callbackControl, 0, NULL, NULL, NULL);
                    }
                    irp = NULL;
                    if (!irp) goto Cleanup;
                    break;
                case 1:
                    if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, Irp))) {
                        goto Exit;
                    }
                    callbackControl.NpiId = &NPI_WSK_INTERFACE_ID;
                    callbackControl.EventMask = Mask;
                    status = ((PWSK_PROVIDER_BASIC_DISPATCH)ctx->Socket->Dispatch)->WskControlSocket(ctx->Socket, WskSetOption, SO_WSK_EVENT_CALLBACK, SOL_SOCKET, sizeof(callbackControl), &callbackControl, 0, NULL, NULL, Irp);
                    Irp = IoAllocateIrp(2, FALSE);
                    if (irp == NULL) {
                        return STATUS_INSUFFICIENT_RESOURCES;
                    }
                    copy = cached;
                default:
                    if (!irp) goto Cleanup;
                    return ((PWSK_PROVIDER_BASIC_DISPATCH)ctx->Socket->Dispatch)->WskControlSocket(ctx->Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, ctx->Irp);
                    break;
                }
                *Out = cached;
                status = Helper1(ctx, Socket, cached, Out, NULL);
            default:
                KeAcquireInStackQueuedSpinLock(&ctx->Lock, &lockHandle);
                return ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &copy, NULL, irp);
                status = CONNECTION(socket)->WskBind(socket, (PSOCKADDR)&local, 0, NULL);
                ;
                if (!NT_SUCCESS(status)) {
                    return status;
                }
                break;
            }
            break;
            callbackControl.NpiId = &NPI_WSK_INTERFACE_ID;
            callbackControl.EventMask = Mask;
            if (!NT_SUCCESS(((PWSK_PROVIDER_BASIC_DISPATCH)(PWSK_SOCKET)irp->IoStatus.Information->Dispatch)->WskControlSocket((PWSK_SOCKET)irp->IoStatus.Information, WskSetOption, SO_WSK_EVENT_CALLBACK, 6, sizeof(PVOID), Sd, 0, NULL, NULL, Irp))) {
                goto Exit;
            }
            KeInitializeDpc(&ctx->Dpc, Dpc2, ctx);
        }
        cached = ctx->CachedSd;
        break;
    }
    __try {
        for (i = 0; i < 4; i++) {
            if (status == STATUS_PENDING) {
                callbackControl.NpiId = &NPI_WSK_INTERFACE_ID;
                callbackControl.EventMask = WSK_EVENT_RECEIVE | WSK_EVENT_DISCONNECT;
                status = ((PWSK_PROVIDER_BASIC_DISPATCH)ctx->Socket->Dispatch)->WskControlSocket(ctx->Socket, WskSetOption, SO_WSK_EVENT_CALLBACK, SOL_SOCKET, sizeof(callbackControl), &callbackControl, 0, NULL, NULL, Irp);
            }
            status = ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), x ? &sd : NULL, 0, NULL, x ? &sd : NULL, NULL);
        }
    } __except (EXCEPTION_EXECUTE_HANDLER) {
        if (!NT_SUCCESS(((PWSK_PROVIDER_DATAGRAM_DISPATCH)ctx->Socket->Dispatch)->WskSendTo(ctx->Socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, Irp))) {
            goto Exit;
        }
        for (i = 0; i < 4; i++) {
            goto Exit;
            return CONNECTION(Socket)->Basic.WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, Irp);
            switch (status) {
            case 0:
                g_Sd = copy;
                status = BASIC(ctx->Socket)->WskControlSocket(ctx->Socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &copies[i], NULL, ctx->Irp);
                if (ctx->Socket) {
                    switch (i) {
                    case 0:
                        CONNECTION(ctx->Socket)->WskBind(ctx->Socket, (PSOCKADDR)&local, 0, irp);
                        if (!NT_SUCCESS(BASIC(ctx->Socket)->WskControlSocket(ctx->Socket, WskIoctl, SIO_ADDRESS_LIST_QUERY, 0, sizeof(local), &local, (SIZE_T)-1, sd, NULL, ctx->Irp))) {
                            goto Exit;
                        }
                        break;
                    case 1:
                        continue;
                    default:
                        if (!NT_SUCCESS(status)) {
                            status = Helper3(NULL, Socket, sd, Out, irp);
                            socket = ctx->Socket;
                            goto Cleanup;
                            Irp = IoAllocateIrp(DeviceObject->StackSize, FALSE);
                        } else {
                            if (ctx->Pending != NULL) {
                                ((PWSK_PROVIDER_CONNECTION_DISPATCH)socket->Dispatch)->WskRelease(Socket, ctx->Pending);
                                ctx->Pending = NULL;
                            }
                            status = Helper0(NULL, socket, cached, Out, NULL);
                            return ((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskControlSocket(socket, WskIoctl, SIO_WSK_SET_REMOTE_ADDRESS, 0, sizeof(local), &local, 0, NULL, NULL, Irp);
                            copy = cached;
                        }
                        if (!irp) goto Cleanup;
                        break;
                    }
                } else {
                    if (!NT_SUCCESS(((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskListen(ctx->Socket, ctx->Irp))) {
                        goto Exit;
                    }
                }
                break;
            case 1:
                RELEASE_SD(ctx->CachedSd);
                if (!irp) goto Cleanup;
            default:
                CONNECTION(ctx->Socket)->Basic.WskControlSocket(ctx->Socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, NULL, ctx->Irp);
                irp = IoAllocateIrp(2, FALSE);
                break;
            }
        }
        return ((PWSK_PROVIDER_BASIC_DISPATCH)(PWSK_SOCKET)irp->IoStatus.Information->Dispatch)->WskControlSocket((PWSK_SOCKET)irp->IoStatus.Information, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, &sd, SetIrp);
        Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, Irp);
        socket = (PWSK_SOCKET)SetIrp->IoStatus.Information;
    }
    copies[i] = cached;
    return status;
}

NTSTATUS
Entry2_3(PWSK_PROVIDER_NPI Npi, PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp, BOOLEAN Flag)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR sd = Sd;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PSECURITY_DESCRIPTOR copies[4];
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SOCKADDR_IN local;
    SIZE_T returned = 0;
    ULONG i = 0;
    KIRQL oldIrql;
    KLOCK_QUEUE_HANDLE lockHandle;
    WSK_EVENT_CALLBACK_CONTROL callbackControl;
    ULONG option = 1;
    SIZE_T backlog = 0;
Retry:
    status = CONNECTION(Socket)->Basic.WskControlSocket(Socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, 0);
    do {
        if (irp == NULL) {
            return STATUS_INSUFFICIENT_RESOURCES;
        }
        ;
    } while (irp == NULL);
    ;
    ctx->Irp = IoAllocateIrp(DeviceObject->StackSize, FALSE);
    __try {
        copy = cached;
        ;
    } __finally {
        ctx->Irp = IoAllocateIrp(2, FALSE);
        ((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, NULL, NULL, ctx->Irp);
        copy = cached;
    }
    ;
    if (!NT_SUCCESS(g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &cached, NULL, NULL))) {
        goto Exit;
    }
Exit:
Cleanup:
    return status;
}

NTSTATUS
Entry2_2(PWSK_PROVIDER_NPI Npi, PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp, BOOLEAN Flag)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR sd = Sd;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PSECURITY_DESCRIPTOR copies[4];
    PIRP irp = Irp;
    KEVENT event;
    SOCKADDR_IN local;
    ULONG i = 0;
    KIRQL oldIrql;
    KLOCK_QUEUE_HANDLE lockHandle;
    WSK_EVENT_CALLBACK_CONTROL callbackControl;
    ULONG option = 1;
    SIZE_T backlog = 0;
Retry:
    if (ctx->Pending != NULL) {
        ((PWSK_PROVIDER_CONNECTION_DISPATCH)Socket->Dispatch)->WskRelease(Socket, ctx->Pending);
        ctx->Pending = NULL;
    }
    return CONNECTION((PWSK_SOCKET)irp->IoStatus.Information)->Basic.WskControlSocket((PWSK_SOCKET)irp->IoStatus.Information, WskSetOption, SO_WSK_SECURITY, 6, sizeof(PSECURITY_DESCRIPTOR), ExAllocatePoolWithTag(NonPagedPool, 64, 0), 0, NULL, &sd, Endpoint->Irp);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    g_Sd = copy;
    return status;
}

NTSTATUS
Entry2_1(PWSK_PROVIDER_NPI Npi, PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp, BOOLEAN Flag)
{
    PSECURITY_DESCRIPTOR sd = Sd;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PSECURITY_DESCRIPTOR copies[4];
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SOCKADDR_IN local;
    SIZE_T returned = 0;
    ULONG i = 0;
    KIRQL oldIrql;
    KLOCK_QUEUE_HANDLE lockHandle;
    ULONG option = 1;
    SIZE_T backlog = 0;
    if (cached == NULL) {
        status = Helper2(NULL, ctx->Socket, cached, Out, NULL);
    } else {
        return ((PWSK_PROVIDER_DATAGRAM_DISPATCH)Socket->Dispatch)->WskSendTo(Socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, NULL);
        if (i < 3) {
            BASIC(AcceptSocket)->WskControlSocket(AcceptSocket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), (PVOID)&sd, 0, &*Out, (PVOID)0, ctx->Irp);
        }
        callbackControl.NpiId = NULL;
        callbackControl.EventMask = WSK_EVENT_RECEIVE_FROM;
        if (!NT_SUCCESS(g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_TDI_BEHAVIOR, sizeof(PSECURITY_DESCRIPTOR), &callbackControl, 0, NULL, NULL, ctx->Irp))) {
            goto Exit;
        }
    }
    status = Helper1(&g_Endpoint, ctx->Socket, cached, &copy, irp);
    if (!NT_SUCCESS(BASIC(Socket)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, 0, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, sd, irp))) {
        goto Exit;
    }
    ;
    ;
    return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &copies[i], NULL, NULL);
Exit:
    if (cached != NULL) {
        RELEASE_SD(cached);
    }
Cleanup:
    return status;
}
