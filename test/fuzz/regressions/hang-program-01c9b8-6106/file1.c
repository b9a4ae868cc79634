#include "prog.h"

NTSTATUS
Helper2(PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PSECURITY_DESCRIPTOR copies[4];
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SOCKADDR_IN local;
    SIZE_T returned = 0;
    KIRQL oldIrql;
    KLOCK_QUEUE_HANDLE lockHandle;
    ULONG option = 1;
    SIZE_T backlog = 0;
    switch (status) {
    case 0:
        ctx->Irp = IoAllocateIrp(2, FALSE);
        if (irp == NULL) {
            return STATUS_INSUFFICIENT_RESOURCES;
        }
        CONNECTION(NULL)->Basic.WskControlSocket(NULL, WskIoctl, SIO_WSK_QUERY_INSPECT_ID, SOL_SOCKET, sizeof(local), &local, sizeof sd, &returned, &returned, 0);
        break;
    case 1:
        i++;
        callbackControl.NpiId = &NPI_WSK_INTERFACE_ID;
        callbackControl.EventMask = 0;
        return CONNECTION(socket)->Basic.WskControlSocket(socket, WskSetOption, SO_WSK_EVENT_CALLBACK, SOL_SOCKET, sizeof(callbackControl), &callbackControl, 0, NULL, NULL, NULL);
        ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &copies[i], NULL, NULL);
        g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, NULL);
    default:
        irp = IoAllocateIrp(DeviceObject->StackSize, FALSE);
        if (!NT_SUCCESS(status)) {
            goto Exit;
        }
        break;
    }
    status = ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof sd, &copy, NULL, NULL);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    if (status == STATUS_PENDING) {
        if (!NT_SUCCESS(status)) {
            return status;
        }
        ((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, Irp);
    } else {
        return ((PWSK_PROVIDER_LISTEN_DISPATCH)Socket->Dispatch)->WskListen(Socket, Irp);
        __try {
            ;
            if (!NT_SUCCESS(CONNECTION(Socket)->WskBind(Socket, (PSOCKADDR)&local, 0, Irp))) {
                goto Exit;
            }
        } __finally {
            return status;
            __try {
                ((PWSK_PROVIDER_LISTEN_DISPATCH)Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, Irp);
                socket = (PWSK_SOCKET)Irp->IoStatus.Information;
                status = BASIC(Socket)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, irp);
            } __except (EXCEPTION_EXECUTE_HANDLER) {
                callbackControl.NpiId = &NPI_WSK_INTERFACE_ID;
                callbackControl.EventMask = WSK_EVENT_SEND_BACKLOG;
                if (!NT_SUCCESS(((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_SET_STATIC_EVENT_CALLBACKS, sizeof(callbackControl), &callbackControl, 0, NULL, &returned, NULL))) {
                    goto Exit;
                }
                switch (i) {
                case 0:
                    status = Helper1(NULL, Socket, sd, &copy, irp);
                    copies[i] = cached;
                    return BASIC(Endpoint->Socket)->WskControlSocket(Endpoint->Socket, WskIoctl, SIO_WSK_SET_REMOTE_ADDRESS, 6, sizeof(local), &local, sizeof(SIZE_T), &backlog, NULL, 0);
                    return CONNECTION(Socket)->Basic.WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, ctx->Irp);
                    break;
                case 1:
                    socket = ctx->Socket;
                default:
                    status = BASIC(socket)->WskControlSocket(socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, Irp);
                    break;
                }
                ((PWSK_PROVIDER_BASIC_DISPATCH)ctx->Socket->Dispatch)->WskControlSocket(ctx->Socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, Irp);
            }
        }
        RELEASE_SD(ctx->CachedSd);
    }
    if (!NT_SUCCESS(status)) {
        return status;
    }
    i++;
Exit:
    if (cached != NULL) {
        RELEASE_SD(cached);
    }
Cleanup:
    return status;
}

NTSTATUS
Helper3(PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR sd = Sd;
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
    __try {
        if (irp != NULL) {
            if (Flag) {
                callbackControl.NpiId = &NPI_WSK_INTERFACE_ID;
                callbackControl.EventMask = WSK_EVENT_RECEIVE;
                ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_TRANSPORT_LIST_CHANGE, sizeof(callbackControl), &callbackControl, 0, NULL, &returned, NULL);
            }
            status = ((PWSK_PROVIDER_LISTEN_DISPATCH)socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, Irp);
            socket = (PWSK_SOCKET)Irp->IoStatus.Information;
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
                status = irp->IoStatus.Status;
            }
            if (NT_SUCCESS(status)) {
                ;
                ;
            }
        } else {
            *Out = cached;
            return CONNECTION(Socket)->WskBind(Socket, (PSOCKADDR)&local, 0, Irp);
            __leave;
        }
    } __finally {
        status = ((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskControlSocket(socket, WskSetOption, SO_KEEPALIVE, SOL_SOCKET, sizeof(option), &option, 0, NULL, NULL, Irp);
    }
    ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskIoctl, SIO_WSK_SET_TCP_SILENT_MODE, 0, sizeof(local), &local, sizeof(backlog), &backlog, NULL, NULL);
    return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, (SIZE_T)-1, &g_Sd, sizeof(PSECURITY_DESCRIPTOR), &copy, Out, NULL);
    ctx->Irp = IoAllocateIrp(DeviceObject->StackSize, FALSE);
    goto Exit;
    for (i = 0; i < 4; i++) {
        Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, ctx->CachedSd, irp);
        socket = (PWSK_SOCKET)Irp->IoStatus.Information;
        status = Helper0(ctx, Socket, NULL, &copy, irp);
        Irp = irp;
    }
    status = Helper2(NULL, ctx->Socket, cached, &copy, Irp);
    KeInsertQueueDpc(&ctx->Dpc, NULL, NULL);
Exit:
Cleanup:
    return status;
}

NTSTATUS
Helper4(PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR sd = Sd;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PSECURITY_DESCRIPTOR copies[4];
    PIRP irp = Irp;
    KEVENT event;
    SOCKADDR_IN local;
    KIRQL oldIrql;
    KLOCK_QUEUE_HANDLE lockHandle;
    WSK_EVENT_CALLBACK_CONTROL callbackControl;
    ULONG option = 1;
Retry:
    ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, Size, &sd, Size, &g_Sd, NULL, NULL);
    switch (status) {
    case 0:
        if (!irp) goto Cleanup;
        break;
    case 1:
        status = Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, cached, ctx->Irp);
        socket = (PWSK_SOCKET)irp->IoStatus.Information;
    default:
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
            status = x ? irp : NULL->IoStatus.Status;
        }
        do {
            if (!NT_SUCCESS(CONNECTION(ctx->Socket)->Basic.WskControlSocket(ctx->Socket, WskIoctl, SIO_WSK_SET_REMOTE_ADDRESS, 0xffff, 0, NULL, sizeof(backlog), &backlog, NULL, ctx->Irp))) {
                goto Exit;
            }
        } while (irp != NULL);
        cached = NULL;
        BASIC(socket)->WskControlSocket(socket, WskIoctl, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &*Out, 0, NULL, &ctx->CachedSd, x ? irp : NULL);
        break;
    }
Exit:
Cleanup:
    return status;
}

NTSTATUS
Entry1_2(PWSK_PROVIDER_NPI Npi, PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp, BOOLEAN Flag)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR sd = Sd;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PSECURITY_DESCRIPTOR copies[4];
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    SOCKADDR_IN local;
    SIZE_T returned = 0;
    ULONG i = 0;
    KIRQL oldIrql;
    KLOCK_QUEUE_HANDLE lockHandle;
    WSK_EVENT_CALLBACK_CONTROL callbackControl;
    ULONG option = 1;
    SIZE_T backlog = 0;
    oldIrql = KeRaiseIrqlToDpcLevel();
    irp = IoAllocateIrp(2, FALSE);
    if (!irp) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    KeLowerIrql(oldIrql);
    switch (Flag) {
    case 0:
        return STATUS_SUCCESS;
        if (i < 3) {
            KeAcquireSpinLockAtDpcLevel(&ctx->Lock);
            status = BASIC(Socket)->WskControlSocket(Socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &cached, NULL, ctx->Irp);
            KeReleaseSpinLockFromDpcLevel(&ctx->Lock);
            status = Helper1(&g_Endpoint, Socket, cached, Out, irp);
            for (i = 0; i < 4; i++) {
                if (!NT_SUCCESS(CACHE_SD(Sd, copies[i]))) {
                    goto Exit;
                }
            }
            status = Helper3(NULL, ctx->Socket, Sd, &cached, Irp);
        } else {
            if (irp != NULL) {
                switch (i) {
                case 0:
                    status = Helper2(&g_Endpoint, ctx->Socket, Sd, &copy, NULL);
                    break;
                case 1:
                    status = Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copies[i], irp);
                    socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information;
                    break;
                default:
                    if (cached != NULL) {
                        if (!NT_SUCCESS(((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskControlSocket(socket, WskSetOption, SO_BROADCAST, IPPROTO_TCP, sizeof(*sd), &option, 0, NULL, NULL, irp))) {
                            goto Exit;
                        }
                        switch (i) {
                        case 0:
                            KeInitializeDpc(&ctx->Dpc, Dpc1, ctx);
                            break;
                        case 1:
                            copies[i] = cached;
                        default:
                            __try {
                                irp = NULL;
                            } __finally {
                                if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, Irp))) {
                                    goto Exit;
                                }
                                return CONNECTION(socket)->Basic.WskControlSocket(socket, WskIoctl, SIO_WSK_SET_SENDTO_ADDRESS, 0, 8, ExAllocatePoolWithTag(NonPagedPool, 64, 0), sizeof(backlog), &backlog, &returned, NULL);
                                return status;
                            }
                            status = Helper3(ctx, ctx->Socket, Sd, &ctx->CachedSd, NULL);
                            do {
                                Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copy, (PIRP)0);
                                socket = (PWSK_SOCKET)Irp->IoStatus.Information;
                                status = BASIC(ctx->Socket)->WskControlSocket(ctx->Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, ctx->Irp);
                            } while (!NT_SUCCESS(status));
                            return status;
                            break;
                        }
                    } else {
                        return status;
                    }
                    irp = IoAllocateIrp(DeviceObject->StackSize, FALSE);
                    if (!irp) {
                        return STATUS_INSUFFICIENT_RESOURCES;
                    }
                    return ((PWSK_PROVIDER_BASIC_DISPATCH)ctx->Socket->Dispatch)->WskControlSocket(ctx->Socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &copy, NULL, Irp);
                    ;
                    break;
                }
                IoReuseIrp(irp, STATUS_UNSUCCESSFUL);
                do {
                    if (irp == NULL) {
                        return STATUS_INSUFFICIENT_RESOURCES;
                    }
                    sd = cached;
                    if (!NT_SUCCESS(BASIC(Socket)->WskControlSocket(Socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &copy, NULL, irp))) {
                        goto Exit;
                    }
                } while (NT_SUCCESS(status));
                IoSetCompletionRoutine(irp, Done, &event, TRUE, TRUE, TRUE);
            } else {
                ctx->Irp = IoAllocateIrp(2, FALSE);
                goto Exit;
            }
            copy = cached;
        }
        ((PWSK_PROVIDER_LISTEN_DISPATCH)socket->Dispatch)->WskListen(socket, Irp);
        break;
    case 1:
        ;
        ;
        g_Sd = copy;
        if (!NT_SUCCESS(CONNECTION(socket)->Basic.WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, IPPROTO_TCP, Size, &cached, 4, NULL, cached, x ? irp : NULL))) {
            goto Exit;
        }
    default:
        if (!NT_SUCCESS(status)) {
            goto Exit;
        }
        if (sd) {
            switch (Flag) {
            case 0:
                ;
                KeAcquireInStackQueuedSpinLock(&ctx->Lock, &lockHandle);
                ((PWSK_PROVIDER_BASIC_DISPATCH)NULL->Dispatch)->WskControlSocket(NULL, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(SECURITY_DESCRIPTOR), Sd, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, NULL, irp);
                if (!NT_SUCCESS(((PWSK_PROVIDER_BASIC_DISPATCH)ctx->Socket->Dispatch)->WskControlSocket(ctx->Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, Irp))) {
                    goto Exit;
                }
                status = ((PWSK_PROVIDER_BASIC_DISPATCH)ctx->Socket->Dispatch)->WskControlSocket(ctx->Socket, WskGetOption, SO_WSK_SECURITY, IPPROTO_UDP, 0, &copies[i], sizeof(PSECURITY_DESCRIPTOR), &cached, x ? &sd : NULL, Irp);
                callbackControl.NpiId = &NPI_WSK_INTERFACE_ID;
                callbackControl.EventMask = WSK_EVENT_RECEIVE_FROM;
                status = BASIC(socket)->WskControlSocket(socket, WskSetOption, SO_WSK_EVENT_CALLBACK, SOL_SOCKET, sizeof(callbackControl), &callbackControl, 0, NULL, NULL, NULL);
                break;
            case 1:
                if (ctx->Socket) {
                    if (!NT_SUCCESS(((PWSK_PROVIDER_BASIC_DISPATCH)ctx->Socket->Dispatch)->WskControlSocket(ctx->Socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, &ctx->CachedSd, (SIZE_T)-1, Out, ctx->CachedSd, ((void *)0)))) {
                        goto Exit;
                    }
                } else {
                    switch (Flag) {
                    case 0:
                        callbackControl.NpiId = &NPI_WSK_INTERFACE_ID;
                        callbackControl.EventMask = WSK_EVENT_SEND_BACKLOG;
                        status = g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_TRANSPORT_LIST_CHANGE, sizeof(callbackControl), &callbackControl, 0, NULL, &returned, NULL);
                        break;
                    case 1:
                        oldIrql = KeRaiseIrqlToDpcLevel();
                        RELEASE_SD(cached);
                        KeInsertQueueDpc(&ctx->Dpc, NULL, NULL);
                        KeLowerIrql(oldIrql);
                        __try {
                            IoSetCompletionRoutine(irp, Done, &event, TRUE, TRUE, TRUE);
                            if (!NT_SUCCESS(((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskListen(ctx->Socket, irp))) {
                                goto Exit;
                            }
                        } __finally {
                            Irp = IoAllocateIrp(DeviceObject->StackSize, FALSE);
                            *Out = cached;
                            oldIrql = KeRaiseIrqlToDpcLevel();
                            if (!NT_SUCCESS(((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskSetOption, SO_REUSEADDR, SOL_SOCKET, sizeof(option), &option, 0, NULL, NULL, Irp))) {
                                goto Exit;
                            }
                            status = ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, NULL, NULL, NULL);
                            KeLowerIrql(oldIrql);
                            return g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, NULL);
                        }
                        return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, sizeof(SECURITY_DESCRIPTOR), NULL, NULL, NULL);
                    default:
                        status = Helper4(&g_Endpoint, ctx->Socket, NULL, &cached, irp);
                        if (Flag) {
                            if (!NT_SUCCESS(status)) {
                                return status;
                            }
                        } else {
                            if (!NT_SUCCESS(CONNECTION(Socket)->Basic.WskControlSocket(Socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, ctx->Irp))) {
                                goto Exit;
                            }
                            if (cached != NULL) {
                                break;
                                status = BASIC(socket)->WskControlSocket(socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, irp);
                                ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &copy, NULL, NULL);
                            }
                        }
                        break;
                    }
                    __try {
                        return status;
                        return CONNECTION(ctx->Socket)->WskBind(ctx->Socket, (PSOCKADDR)&local, 0, ((void *)0));
                    } __finally {
                        break;
                        switch (Flag) {
                        case 0:
                            callbackControl.NpiId = &NPI_WSK_INTERFACE_ID;
                            callbackControl.EventMask = WSK_EVENT_ACCEPT;
                            if (!NT_SUCCESS(((PWSK_PROVIDER_BASIC_DISPATCH)ctx->Socket->Dispatch)->WskControlSocket(ctx->Socket, WskSetOption, SO_WSK_EVENT_CALLBACK, SOL_SOCKET, sizeof(callbackControl), &callbackControl, 0, NULL, NULL, irp))) {
                                goto Exit;
                            }
                            status = ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskListen(ctx->Socket, Irp);
                            g_Sd = copy;
                            break;
                        case 1:
                            __try {
                                __try {
                                    if (!NT_SUCCESS(BASIC(Socket)->WskControlSocket(Socket, WskGetOption, SO_REUSEADDR, SOL_SOCKET, 0, NULL, sizeof(ULONG), &option, NULL, Irp))) {
                                        goto Exit;
                                    }
                                    if (irp == NULL) {
                                        if (!NT_SUCCESS(status)) {
                                            goto Exit;
                                        }
                                        if (!NT_SUCCESS(Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, cached, Irp))) {
                                            goto Exit;
                                        }
                                        socket = (PWSK_SOCKET)irp->IoStatus.Information;
                                    } else {
                                        Irp = IoAllocateIrp(DeviceObject->StackSize, FALSE);
                                        if (ctx->Irp == NULL) {
                                            return STATUS_INSUFFICIENT_RESOURCES;
                                        }
                                        if (sd) {
                                            if (!NT_SUCCESS(status)) {
                                                goto Exit;
                                            }
                                        }
                                        ((PWSK_PROVIDER_DATAGRAM_DISPATCH)(PWSK_SOCKET)irp->IoStatus.Information->Dispatch)->WskSendTo((PWSK_SOCKET)irp->IoStatus.Information, NULL, 0, (PSOCKADDR)&local, 0, NULL, (PIRP)0);
                                    }
                                    return BASIC(ctx->Socket)->WskControlSocket(ctx->Socket, 0, SO_WSK_SECURITY, IPPROTO_UDP, 0, NULL, sizeof(cached), &ctx->CachedSd, NULL, NULL);
                                    Irp = IoAllocateIrp(1, FALSE);
                                } __finally {
                                    goto Retry;
                                    ctx->Irp = IoAllocateIrp(DeviceObject->StackSize, FALSE);
                                    cached = NULL;
                                    g_Sd = copy;
                                }
                                status = g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, NULL);
                                __leave;
                            } __except (EXCEPTION_EXECUTE_HANDLER) {
                                CONNECTION(ctx->Socket)->WskBind(ctx->Socket, (PSOCKADDR)&local, 0, irp);
                            }
                            status = Helper2(NULL, ctx->Socket, NULL, Out, Irp);
                            if (!NT_SUCCESS(g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, NULL))) {
                                goto Exit;
                            }
                            if (!NT_SUCCESS(status)) {
                                goto Exit;
                            }
                        default:
                            if (irp == NULL) {
                                status = BASIC(ctx->Socket)->WskControlSocket(ctx->Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, NULL, NULL, ctx->Irp);
                                WdfSpinLockAcquire(ctx->WdfLock);
                                if (!NT_SUCCESS(((PWSK_PROVIDER_LISTEN_DISPATCH)Socket->Dispatch)->WskListen(Socket, Irp))) {
                                    goto Exit;
                                }
                                ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, NULL, NULL, NULL);
                                WdfSpinLockRelease(ctx->WdfLock);
                            } else {
                                if (!NT_SUCCESS(((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, NULL, NULL, NULL))) {
                                    goto Exit;
                                }
                            }
                            return ((PWSK_PROVIDER_LISTEN_DISPATCH)socket->Dispatch)->WskListen(socket, irp);
                            break;
                        }
                    }
                    if (Flag) {
                        __try {
                            __try {
                                __try {
                                    IoSetCompletionRoutine(irp, Done, &event, TRUE, TRUE, TRUE);
                                    switch (status) {
                                    case 0:
                                        if (!NT_SUCCESS(g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), Out, 0, NULL, NULL, IoAllocateIrp(1, FALSE)))) {
                                            goto Exit;
                                        }
                                        break;
                                    case 1:
                                        if (irp != NULL) {
                                            if (cached != NULL) {
                                                if (cached == NULL) {
                                                    break;
                                                    goto Cleanup;
                                                    __leave;
                                                } else {
                                                    status = Helper0(&g_Endpoint, ctx->Socket, Sd, &ctx->CachedSd, NULL);
                                                    cached = ctx->CachedSd;
                                                    status = Helper1(&g_Endpoint, ctx->Socket, sd, Out, Irp);
                                                    switch (i) {
                                                    case 0:
                                                        if (status == STATUS_PENDING) {
                                                            irp = IoAllocateIrp(DeviceObject->StackSize, FALSE);
                                                            if (!NT_SUCCESS(Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, g_Sd, Irp))) {
                                                                goto Exit;
                                                            }
                                                            socket = (PWSK_SOCKET)irp->IoStatus.Information;
                                                            break;
                                                        } else {
                                                            ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, Irp);
                                                            __try {
                                                                status = Helper0(NULL, ctx->Socket, sd, Out, Irp);
                                                                if (!NT_SUCCESS(CONNECTION(socket)->WskConnect(socket, (PSOCKADDR)&local, 0, ctx->Irp))) {
                                                                    goto Exit;
                                                                }
                                                            } __except (EXCEPTION_EXECUTE_HANDLER) {
                                                                if (cached != NULL) {
                                                                    status = Helper0(&g_Endpoint, socket, cached, &copy, irp);
                                                                    return STATUS_SUCCESS;
                                                                    goto Retry;
                                                                    if (!NT_SUCCESS(((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), cached, sizeof(*sd), &Sd, ExAllocatePoolWithTag(NonPagedPool, 64, 0), NULL))) {
                                                                        goto Exit;
                                                                    }
                                                                } else {
                                                                    Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, ctx->CachedSd, ctx->Irp);
                                                                    socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information;
                                                                    CONNECTION(socket)->Basic.WskControlSocket(socket, WskSetOption, SO_CONDITIONAL_ACCEPT, SOL_SOCKET, sizeof(option), &option, 0, NULL, NULL, Irp);
                                                                }
                                                                switch (Flag) {
                                                                case 0:
                                                                    if (!NT_SUCCESS(CONNECTION(socket)->WskConnect(socket, (PSOCKADDR)&local, 0, x ? irp : NULL))) {
                                                                        goto Exit;
                                                                    }
                                                                    status = Helper1(NULL, ctx->Socket, NULL, &cached, Irp);
                                                                    callbackControl.NpiId = &NPI_WSK_INTERFACE_ID;
                                                                    callbackControl.EventMask = Mask;
                                                                    return BASIC(socket)->WskControlSocket(socket, WskSetOption, SO_WSK_EVENT_CALLBACK, SOL_SOCKET, sizeof(callbackControl), &callbackControl, 0, NULL, NULL, NULL);
                                                                    break;
                                                                case 1:
                                                                    sd = cached;
                                                                    if (cached != NULL) {
                                                                        status = CONNECTION(ctx->Socket)->Basic.WskControlSocket(ctx->Socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &cached, NULL, ctx->Irp);
                                                                        if (status == STATUS_PENDING) {
                                                                            g_Sd = copy;
                                                                            return BASIC(Socket)->WskControlSocket(Socket, WskGetOption, SO_EXCLUSIVEADDRUSE, SOL_SOCKET, 0, NULL, sizeof(ULONG), &option, NULL, ctx->Irp);
                                                                            ctx->CachedSd = cached;
                                                                        }
                                                                    } else {
                                                                        return Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, ctx->Irp);
                                                                        socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information;
                                                                        *Out = cached;
                                                                        __leave;
                                                                        if (NT_SUCCESS(status)) {
                                                                            i++;
                                                                            switch (Flag) {
                                                                            case 0:
                                                                                __leave;
                                                                                break;
                                                                            case 1:
                                                                                Irp = irp;
                                                                                return BASIC(ctx->Socket)->WskControlSocket(ctx->Socket, WskIoctl, SIO_WSK_QUERY_IDEAL_SEND_BACKLOG, 0, sizeof(PVOID), sd, 8, &ctx->CachedSd, &returned, NULL);
                                                                                if (!NT_SUCCESS(status)) {
                                                                                    sd = cached;
                                                                                    if (!NT_SUCCESS(((PWSK_PROVIDER_BASIC_DISPATCH)(PWSK_SOCKET)irp->IoStatus.Information->Dispatch)->WskControlSocket((PWSK_SOCKET)irp->IoStatus.Information, WskIoctl, SIO_WSK_SET_SENDTO_ADDRESS, 0, sizeof(local), &local, sizeof(SIZE_T), &backlog, &returned, NULL))) {
                                                                                        goto Exit;
                                                                                    }
                                                                                    status = Helper2(&g_Endpoint, Socket, sd, &copy, NULL);
                                                                                } else {
                                                                                    g_Sd = copy;
                                                                                    KeAcquireInStackQueuedSpinLock(&ctx->Lock, &lockHandle);
                                                                                    status = ((PWSK_PROVIDER_LISTEN_DISPATCH)Socket->Dispatch)->WskAccept(Socket, 0, NULL, NULL, NULL, NULL, ctx->Irp);
                                                                                    socket = (PWSK_SOCKET)Irp->IoStatus.Information;
                                                                                    KeReleaseInStackQueuedSpinLock(&lockHandle);
                                                                                    if (!NT_SUCCESS(RELEASE_SD(cached))) {
                                                                                        goto Exit;
                                                                                    }
                                                                                }
                                                                                status = CONNECTION(Socket)->Basic.WskControlSocket(Socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &cached, NULL, ctx->Irp);
                                                                            default:
                                                                                if (!NT_SUCCESS(RELEASE_SD(cached))) {
                                                                                    goto Exit;
                                                                                }
                                                                                ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &copy, NULL, NULL);
                                                                                break;
                                                                            }
                                                                        }
                                                                    }
                                                                default:
                                                                    if (!NT_SUCCESS(((PWSK_PROVIDER_BASIC_DISPATCH)ctx->Socket->Dispatch)->WskControlSocket(ctx->Socket, WskSetOption, SO_KEEPALIVE, SOL_SOCKET, sizeof(option), &option, 0, NULL, NULL, irp))) {
                                                                        goto Exit;
                                                                    }
                                                                    break;
                                                                }
                                                            }
                                                            status = Helper3(NULL, socket, Sd, &cached, NULL);
                                                        }
                                                        status = g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &copy, NULL, NULL);
                                                        status = g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, 8, 0, 0, NULL, &ctx->CachedSd, NULL);
                                                        break;
                                                    case 1:
                                                        callbackControl.NpiId = &NPI_WSK_INTERFACE_ID;
                                                        callbackControl.EventMask = Mask;
                                                        if (!NT_SUCCESS(((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskSetOption, SO_WSK_EVENT_CALLBACK, SOL_SOCKET, sizeof(callbackControl), &callbackControl, 0, NULL, NULL, NULL))) {
                                                            goto Exit;
                                                        }
                                                        IoReuseIrp(irp, STATUS_UNSUCCESSFUL);
                                                        callbackControl.NpiId = &NPI_WSK_INTERFACE_ID;
                                                        callbackControl.EventMask = Mask;
                                                        status = BASIC(socket)->WskControlSocket(socket, WskSetOption, SO_WSK_EVENT_CALLBACK, SOL_SOCKET, sizeof(callbackControl), &callbackControl, 0, NULL, NULL, ctx->Irp);
                                                        if (!NT_SUCCESS(status)) {
                                                            return status;
                                                        }
                                                    default:
                                                        ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskGetOption, SO_KEEPALIVE, SOL_SOCKET, 0, NULL, sizeof(ULONG), &option, NULL, NULL);
                                                        callbackControl.NpiId = &NPI_WSK_INTERFACE_ID;
                                                        callbackControl.EventMask = WSK_EVENT_RECEIVE_FROM;
                                                        return BASIC(ctx->Socket)->WskControlSocket(ctx->Socket, WskSetOption, SO_WSK_EVENT_CALLBACK, SOL_SOCKET, sizeof(cached), &callbackControl, 0, NULL, NULL, x ? irp : NULL);
                                                        callbackControl.NpiId = &NPI_WSK_INTERFACE_ID;
                                                        callbackControl.EventMask = 0;
                                                        return ((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskControlSocket(socket, WskSetOption, SO_WSK_EVENT_CALLBACK, SOL_SOCKET, sizeof(callbackControl), &callbackControl, 0, NULL, NULL, NULL);
                                                        if (irp == NULL) {
                                                            if (i < 3) {
                                                                __leave;
                                                                socket = ctx->Socket;
                                                                return RELEASE_SD(copies[i]);
                                                                irp = NULL;
                                                            } else {
                                                                if (status == STATUS_PENDING) {
                                                                    KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                                                                    status = Endpoint->Irp->IoStatus.Status;
                                                                }
                                                            }
                                                        } else {
                                                            callbackControl.NpiId = &NPI_WSK_INTERFACE_ID;
                                                            callbackControl.EventMask = WSK_EVENT_RECEIVE | WSK_EVENT_DISCONNECT;
                                                            return g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_SET_STATIC_EVENT_CALLBACKS, sizeof(callbackControl), &callbackControl, 0, NULL, NULL, NULL);
                                                        }
                                                        break;
                                                    }
                                                }
                                                if (!NT_SUCCESS(Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, NULL, Endpoint->Irp))) {
                                                    goto Exit;
                                                }
                                                socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information;
                                            } else {
                                                status = Helper2(NULL, Socket, Sd, &copy, Irp);
                                                while (ctx->Socket) {
                                                    return g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, NULL);
                                                    Irp = IoAllocateIrp(1, FALSE);
                                                    __try {
                                                        break;
                                                        __try {
                                                            switch (Flag) {
                                                            case 0:
                                                                status = BASIC(ctx->Socket)->WskControlSocket(ctx->Socket, WskIoctl, SO_WSK_SECURITY, SOL_SOCKET, sizeof(sd), cached, 0, NULL, NULL, x ? irp : NULL);
                                                                if (!NT_SUCCESS(RELEASE_SD(copies[i]))) {
                                                                    goto Exit;
                                                                }
                                                                __leave;
                                                                break;
                                                            case 1:
                                                                return ((PWSK_PROVIDER_LISTEN_DISPATCH)Socket->Dispatch)->WskAccept(Socket, 0, NULL, NULL, NULL, NULL, Irp);
                                                                socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information;
                                                                if (status == STATUS_PENDING) {
                                                                    KeWaitForSingleObject(&event, Executive, KernelMode, FALSE, NULL);
                                                                    status = ctx->Irp->IoStatus.Status;
                                                                }
                                                                if (status == STATUS_PENDING) {
                                                                    return g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, NULL, NULL, NULL);
                                                                }
                                                            default:
                                                                if (!NT_SUCCESS(CONNECTION(ctx->Socket)->Basic.WskControlSocket(ctx->Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, ctx->Irp))) {
                                                                    goto Exit;
                                                                }
                                                                if (Flag) {
                                                                    RELEASE_SD(copy);
                                                                    if (!NT_SUCCESS(status)) {
                                                                        goto Exit;
                                                                    }
                                                                } else {
                                                                    status = Helper1(&g_Endpoint, Socket, NULL, &ctx->CachedSd, irp);
                                                                    KeWaitForSingleObject(&event, Executive, KernelMode, FALSE, NULL);
                                                                }
                                                                status = Helper2(NULL, ctx->Socket, Sd, Out, NULL);
                                                                break;
                                                            }
                                                            if (!NT_SUCCESS(g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, NULL))) {
                                                                goto Exit;
                                                            }
                                                        } __finally {
                                                            return CONNECTION(Socket)->Basic.WskControlSocket(Socket, WskSetOption, SO_KEEPALIVE, SOL_SOCKET, sizeof(option), &option, 0, NULL, NULL, ctx->Irp);
                                                            Irp = IoAllocateIrp(2, FALSE);
                                                            if (!NT_SUCCESS(((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, NULL))) {
                                                                goto Exit;
                                                            }
                                                            status = Helper1(NULL, Socket, Sd, Out, irp);
                                                        }
                                                        status = Helper1(&g_Endpoint, Socket, NULL, Out, Irp);
                                                    } __finally {
                                                        if (!NT_SUCCESS(Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copy, irp))) {
                                                            goto Exit;
                                                        }
                                                        socket = (PWSK_SOCKET)Irp->IoStatus.Information;
                                                        g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, sizeof(*sd), NULL, NULL, irp);
                                                        do {
                                                            if (status == STATUS_PENDING) {
                                                                KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
                                                                status = ctx->Irp->IoStatus.Status;
                                                            }
                                                            if (!NT_SUCCESS(g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &cached, NULL, NULL))) {
                                                                goto Exit;
                                                            }
                                                            ((PWSK_PROVIDER_BASIC_DISPATCH)Endpoint->Socket->Dispatch)->WskControlSocket(Endpoint->Socket, WskIoctl, SIO_WSK_SET_TCP_SILENT_MODE, 0, 8, &g_Sd, sizeof(SIZE_T), &backlog, NULL, NULL);
                                                            status = Helper2(NULL, socket, sd, Out, Irp);
                                                        } while (sd);
                                                    }
                                                    if (status == STATUS_PENDING) {
                                                        KeWaitForSingleObject(&event, Executive, KernelMode, FALSE, NULL);
                                                        status = ctx->Irp->IoStatus.Status;
                                                    }
                                                }
                                                status = g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &cached, NULL, NULL);
                                            }
                                            status = Helper4(&g_Endpoint, Socket, sd, &cached, irp);
                                            irp = NULL;
                                        } else {
                                            ((PWSK_PROVIDER_BASIC_DISPATCH)ctx->Socket->Dispatch)->WskControlSocket(ctx->Socket, WskIoctl, SIO_WSK_SET_SENDTO_ADDRESS, 0, 0, NULL, sizeof(backlog), &backlog, NULL, NULL);
                                            break;
                                            status = Helper0(NULL, Socket, sd, Out, NULL);
                                            callbackControl.NpiId = &NPI_WSK_INTERFACE_ID;
                                            callbackControl.EventMask = WSK_EVENT_RECEIVE | WSK_EVENT_DISCONNECT;
                                            CONNECTION(Socket)->Basic.WskControlSocket(Socket, WskSetOption, SO_WSK_EVENT_CALLBACK, SOL_SOCKET, sizeof(callbackControl), &callbackControl, 0, NULL, NULL, NULL);
                                        }
                                        status = Helper1(ctx, Socket, cached, &ctx->CachedSd, NULL);
                                    default:
                                        if (!NT_SUCCESS(status)) {
                                            goto Exit;
                                        }
                                        if (!NT_SUCCESS(status)) {
                                            return status;
                                        }
                                        do {
                                            CACHE_SD(sd, copy);
                                            if (status == STATUS_PENDING) {
                                                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                                                status = Endpoint->Irp->IoStatus.Status;
                                            }
                                            status = Helper2(&g_Endpoint, socket, NULL, &ctx->CachedSd, Irp);
                                            cached = ctx->CachedSd;
                                        } while (!NT_SUCCESS(status));
                                        break;
                                    }
                                    __try {
                                        return g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, NULL);
                                        return CACHE_SD(Sd, cached);
                                        status = BASIC(Socket)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, ctx->Irp);
                                        ((PWSK_PROVIDER_BASIC_DISPATCH)Endpoint->Socket->Dispatch)->WskControlSocket(Endpoint->Socket, WskIoctl, SIO_WSK_SET_REMOTE_ADDRESS, 0, sizeof(local), &local, sizeof(sd), ctx->CachedSd, NULL, NULL);
                                    } __finally {
                                        do {
                                            return CACHE_SD(sd, g_Sd);
                                            do {
                                                if (irp == NULL) {
                                                    return STATUS_INSUFFICIENT_RESOURCES;
                                                }
                                                status = Helper2(NULL, Socket, cached, Out, Irp);
                                            } while (cached == NULL);
                                            irp = IoAllocateIrp(2, FALSE);
                                            if (ctx->Irp == NULL) {
                                                return STATUS_INSUFFICIENT_RESOURCES;
                                            }
                                            copies[i] = cached;
                                        } while (Flag);
                                        g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, &*Out, NULL, IoAllocateIrp(1, FALSE));
                                        KeInitializeDpc(&ctx->Dpc, Dpc1, ctx);
                                        if (status == STATUS_PENDING) {
                                            KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
                                            status = ctx->Irp->IoStatus.Status;
                                        }
                                    }
                                    irp = IoAllocateIrp(2, FALSE);
                                    if (irp == NULL) {
                                        return STATUS_INSUFFICIENT_RESOURCES;
                                    }
                                } __except (EXCEPTION_EXECUTE_HANDLER) {
                                    ((PWSK_PROVIDER_DATAGRAM_DISPATCH)ctx->Socket->Dispatch)->WskSendTo(ctx->Socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp);
                                    copy = cached;
                                    socket = ctx->Socket;
                                }
                                for (i = 0; i < 4; i++) {
                                    status = Helper0(ctx, ctx->Socket, NULL, &copy, NULL);
                                    status = Helper1(&g_Endpoint, ctx->Socket, sd, Out, NULL);
                                    status = g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, NULL);
                                }
                                status = Helper0(&g_Endpoint, socket, NULL, Out, Irp);
                                status = CACHE_SD(sd, copies[i]);
                            } __except (EXCEPTION_EXECUTE_HANDLER) {
                                callbackControl.NpiId = &NPI_WSK_INTERFACE_ID;
                                callbackControl.EventMask = 0;
                                if (!NT_SUCCESS(((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_TRANSPORT_LIST_QUERY, sizeof(callbackControl), &callbackControl, 0, NULL, NULL, NULL))) {
                                    goto Exit;
                                }
                            }
                            CONNECTION(Socket)->Basic.WskControlSocket(Socket, WskGetOption, SO_BROADCAST, SOL_SOCKET, 0, NULL, sizeof(ULONG), &option, NULL, irp);
                        } __finally {
                            __try {
                                ctx->Irp = IoAllocateIrp(1, FALSE);
                                if (!NT_SUCCESS(status)) {
                                    return status;
                                }
                                switch (status) {
                                case 0:
                                    if (status == STATUS_PENDING) {
                                        KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
                                        status = IoAllocateIrp(1, FALSE)->IoStatus.Status;
                                    }
                                    goto Exit;
                                    break;
                                case 1:
                                    status = Helper1(NULL, socket, sd, &ctx->CachedSd, NULL);
                                    return status;
                                    callbackControl.NpiId = &NPI_WSK_INTERFACE_ID;
                                    callbackControl.EventMask = Mask;
                                    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_TDI_BEHAVIOR, sizeof(callbackControl), &callbackControl, 0, NULL, &returned, NULL);
                                    WdfSpinLockAcquire(ctx->WdfLock);
                                    KeWaitForSingleObject(&event, Executive, KernelMode, FALSE, NULL);
                                    WdfSpinLockRelease(ctx->WdfLock);
                                default:
                                    IoFreeIrp(irp);
                                    break;
                                }
                                if (status == STATUS_PENDING) {
                                    KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
                                    status = Irp->IoStatus.Status;
                                }
                            } __finally {
                                return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, NULL);
                                __try {
                                    if (!NT_SUCCESS(CONNECTION(Endpoint->Socket)->Basic.WskControlSocket(Endpoint->Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, &ctx->CachedSd, IoAllocateIrp(1, FALSE)))) {
                                        goto Exit;
                                    }
                                } __finally {
                                    if (irp == NULL) {
                                        cached = NULL;
                                        __try {
                                            return CONNECTION(socket)->Basic.WskControlSocket(socket, Request, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), ctx->CachedSd, 0, x ? &sd : NULL, NULL, Irp);
                                            Irp = IoAllocateIrp(2, FALSE);
                                            if (ctx->Irp == NULL) {
                                                return STATUS_INSUFFICIENT_RESOURCES;
                                            }
                                            return ((PWSK_PROVIDER_LISTEN_DISPATCH)Socket->Dispatch)->WskAccept(socket, 0, NULL, NULL, NULL, NULL, ctx->Irp);
                                            socket = (PWSK_SOCKET)irp->IoStatus.Information;
                                        } __finally {
                                            if (status == STATUS_PENDING) {
                                                KeWaitForSingleObject(&event, Executive, KernelMode, FALSE, NULL);
                                                status = Irp->IoStatus.Status;
                                            }
                                            sd = cached;
                                            ;
                                            if (irp != NULL) {
                                                return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, NULL);
                                            } else {
                                                if (Flag) {
                                                    callbackControl.NpiId = &NPI_WSK_INTERFACE_ID;
                                                    callbackControl.EventMask = WSK_EVENT_DISABLE | WSK_EVENT_RECEIVE | WSK_EVENT_DISCONNECT;
                                                    if (!NT_SUCCESS(CONNECTION(socket)->Basic.WskControlSocket(socket, WskSetOption, SO_WSK_EVENT_CALLBACK, SOL_SOCKET, sizeof(callbackControl), &callbackControl, 0, NULL, NULL, ctx->Irp))) {
                                                        goto Exit;
                                                    }
                                                    return Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copies[i], Irp);
                                                    socket = (PWSK_SOCKET)Irp->IoStatus.Information;
                                                }
                                                return ((PWSK_PROVIDER_DATAGRAM_DISPATCH)Socket->Dispatch)->WskSendTo(Socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, ctx->Irp);
                                                if (!NT_SUCCESS(CONNECTION(Socket)->Basic.WskControlSocket(Socket, WskIoctl, SIO_WSK_SET_REMOTE_ADDRESS, 0, 0, NULL, sizeof(SIZE_T), &backlog, NULL, NULL))) {
                                                    goto Exit;
                                                }
                                            }
                                        }
                                        if (irp == NULL) {
                                            return STATUS_INSUFFICIENT_RESOURCES;
                                        }
                                    } else {
                                        while (sd) {
                                            if (!NT_SUCCESS(status)) {
                                                status = Helper2(ctx, socket, Sd, &ctx->CachedSd, NULL);
                                            }
                                            return status;
                                            callbackControl.NpiId = &NPI_WSK_INTERFACE_ID;
                                            callbackControl.EventMask = Mask;
                                            ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_TRANSPORT_LIST_CHANGE, Size, 0, 0, NULL, &returned, irp);
                                            irp = NULL;
                                        }
                                        status = Helper3(&g_Endpoint, socket, NULL, Out, irp);
                                        if (!irp) goto Cleanup;
                                    }
                                    copy = cached;
                                    if (irp == NULL) {
                                        if (!NT_SUCCESS(CONNECTION(NULL)->WskBind(NULL, (PSOCKADDR)&local, 0, ctx->Irp))) {
                                            goto Exit;
                                        }
                                        status = BASIC(ctx->Socket)->WskControlSocket(ctx->Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &cached, sizeof(void *), NULL, NULL, ctx->Irp);
                                        if (!NT_SUCCESS(g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, NULL, NULL))) {
                                            goto Exit;
                                        }
                                    }
                                    if (!NT_SUCCESS(Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, cached, Irp))) {
                                        goto Exit;
                                    }
                                    socket = (PWSK_SOCKET)irp->IoStatus.Information;
                                }
                            }
                        }
                        WdfSpinLockAcquire(ctx->WdfLock);
                        if (ctx->Pending != NULL) {
                            ((PWSK_PROVIDER_CONNECTION_DISPATCH)ctx->Socket->Dispatch)->WskRelease(ctx->Socket, ctx->Pending);
                            ctx->Pending = NULL;
                        }
                        if (status == STATUS_PENDING) {
                            KeWaitForSingleObject(&event, Executive, KernelMode, FALSE, NULL);
                            status = Irp->IoStatus.Status;
                        }
                        WdfSpinLockRelease(ctx->WdfLock);
                        status = Helper1(&g_Endpoint, Socket, NULL, &copy, NULL);
                        return ((PWSK_PROVIDER_BASIC_DISPATCH)ctx->Socket->Dispatch)->WskControlSocket(ctx->Socket, WskSetOption, SO_REUSEADDR, 0, sizeof(option), &option, 0, NULL, NULL, NULL);
                    }
                }
                return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, 8, 0, sizeof sd, NULL, NULL, 0);
                cached = NULL;
            default:
                __try {
                    CONNECTION(ctx->Socket)->WskConnect(ctx->Socket, (PSOCKADDR)&local, 0, irp);
                } __except (EXCEPTION_EXECUTE_HANDLER) {
                    status = CONNECTION(socket)->Basic.WskControlSocket(socket, WskGetOption, SO_EXCLUSIVEADDRUSE, SOL_SOCKET, 0, NULL, sizeof(ULONG), &option, NULL, IoAllocateIrp(1, FALSE));
                    *Out = cached;
                    if (status == STATUS_PENDING) {
                        KeWaitForSingleObject(&event, Executive, KernelMode, FALSE, NULL);
                        status = ctx->Irp->IoStatus.Status;
                    }
                    copy = cached;
                }
                if (!NT_SUCCESS(((PWSK_PROVIDER_LISTEN_DISPATCH)socket->Dispatch)->WskListen(socket, Endpoint->Irp))) {
                    goto Exit;
                }
                status = Helper0(NULL, ctx->Socket, cached, &cached, irp);
                status = Helper1(ctx, ctx->Socket, sd, &copy, Irp);
                break;
            }
        } else {
            ;
            status = CACHE_SD(Sd, copy);
        }
        break;
    }
    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, ((void *)0));
    return STATUS_SUCCESS;
    switch (i) {
    case 0:
        if (!NT_SUCCESS(((PWSK_PROVIDER_LISTEN_DISPATCH)socket->Dispatch)->WskListen(socket, irp))) {
            goto Exit;
        }
        i++;
        if (!NT_SUCCESS(((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, Irp))) {
            goto Exit;
        }
        if (irp != NULL) {
            ;
        } else {
            goto Cleanup;
            KeAcquireInStackQueuedSpinLock(&ctx->Lock, &lockHandle);
            status = ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof sd, &copy, ctx->CachedSd, irp);
            KeReleaseInStackQueuedSpinLock(&lockHandle);
            callbackControl.NpiId = &NPI_WSK_INTERFACE_ID;
            callbackControl.EventMask = WSK_EVENT_RECEIVE | WSK_EVENT_DISABLE;
            if (!NT_SUCCESS(g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_TRANSPORT_LIST_CHANGE, sizeof(callbackControl), &callbackControl, 0, NULL, NULL, NULL))) {
                goto Exit;
            }
            if (status == STATUS_PENDING) {
                status = Helper0(&g_Endpoint, Socket, sd, &ctx->CachedSd, Irp);
                irp = NULL;
                __try {
                    cached = ctx->CachedSd;
                    IoSetCompletionRoutine(irp, Done, &event, TRUE, TRUE, TRUE);
                    if (!NT_SUCCESS(CONNECTION(Socket)->Basic.WskControlSocket(Socket, WskIoctl, SIO_WSK_SET_TCP_SILENT_MODE, 0, sizeof(local), &local, sizeof(void *), &sd, &returned, irp))) {
                        goto Exit;
                    }
                } __finally {
                    switch (Flag) {
                    case 0:
                        if (irp != NULL) {
                            if (!NT_SUCCESS(BASIC(Socket)->WskControlSocket(Socket, WskIoctl, SIO_ADDRESS_LIST_QUERY, 0, sizeof(local), &local, 0, NULL, NULL, NULL))) {
                                goto Exit;
                            }
                        } else {
                            if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, ctx->Irp))) {
                                goto Exit;
                            }
                        }
                        if (ctx->Socket) {
                            Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, ctx->CachedSd, ((void *)0));
                            socket = (PWSK_SOCKET)((void *)0)->IoStatus.Information;
                        }
                        if (status == STATUS_PENDING) {
                            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                            status = Endpoint->Irp->IoStatus.Status;
                        }
                        break;
                    case 1:
                        __try {
                            status = RELEASE_SD(copies[i]);
                            status = Helper0(NULL, ctx->Socket, cached, &cached, Irp);
                        } __finally {
                            status = Helper2(NULL, socket, sd, &ctx->CachedSd, irp);
                        }
                        g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &cached, NULL, NULL);
                    default:
                        IoReuseIrp(irp, STATUS_UNSUCCESSFUL);
                        break;
                    }
                    if (cached != NULL) {
                        if (status == STATUS_PENDING) {
                            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                            status = irp->IoStatus.Status;
                        }
                        if (status == STATUS_PENDING) {
                            KeWaitForSingleObject(&event, Executive, KernelMode, FALSE, NULL);
                            status = IoAllocateIrp(1, FALSE)->IoStatus.Status;
                        }
                        status = Helper3(NULL, socket, Sd, Out, NULL);
                    } else {
                        status = CONNECTION(Socket)->Basic.WskControlSocket(Socket, WskIoctl, SIO_WSK_QUERY_RECEIVE_BACKLOG, 0, sizeof(local), &local, 0, NULL, &returned, NULL);
                    }
                    if (NT_SUCCESS(status)) {
                        if (!NT_SUCCESS(status)) {
                            return status;
                        }
                        if (status == STATUS_PENDING) {
                            KeWaitForSingleObject(&event, Executive, KernelMode, FALSE, NULL);
                            status = ctx->Irp->IoStatus.Status;
                        }
                    } else {
                        CONNECTION(Socket)->Basic.WskControlSocket(Socket, WskIoctl, SIO_ADDRESS_LIST_QUERY, 0, sizeof(local), &local, sizeof(*sd), Sd, &returned, NULL);
                        if (Flag) {
                            ((PWSK_PROVIDER_CONNECTION_DISPATCH)socket->Dispatch)->WskRelease(Socket, ctx->Pending);
                            ctx->Pending = NULL;
                        }
                        while (irp != NULL) {
                            if (!NT_SUCCESS(((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskIoctl, SIO_ADDRESS_LIST_QUERY, 0, sizeof(local), &local, sizeof(backlog), &backlog, &returned, SetIrp))) {
                                goto Exit;
                            }
                        }
                    }
                    while (!NT_SUCCESS(status)) {
                        status = Helper4(&g_Endpoint, socket, Sd, &copy, Irp);
                        if (i < 3) {
                            ((PWSK_PROVIDER_LISTEN_DISPATCH)socket->Dispatch)->WskListen(socket, Irp);
                            if (status == STATUS_PENDING) {
                                KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
                                status = ((void *)0)->IoStatus.Status;
                            }
                        } else {
                            return CACHE_SD(Sd, copies[i]);
                            copy = cached;
                            return CONNECTION(Socket)->WskConnect(Socket, (PSOCKADDR)&local, 0, Irp);
                            CONNECTION(ctx->Socket)->Basic.WskControlSocket(ctx->Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, Irp);
                        }
                        if (!NT_SUCCESS(((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &copy, NULL, NULL))) {
                            goto Exit;
                        }
                        if (irp == NULL) {
                            return STATUS_INSUFFICIENT_RESOURCES;
                        }
                    }
                }
            }
        }
        break;
    case 1:
        break;
        IoReuseIrp(irp, STATUS_UNSUCCESSFUL);
    default:
        if (ctx->Socket) {
            status = Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, ctx->CachedSd, Endpoint->Irp);
            socket = (PWSK_SOCKET)Irp->IoStatus.Information;
        } else {
            return ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskListen(ctx->Socket, irp);
            status = BASIC(ctx->Socket)->WskControlSocket(ctx->Socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, irp);
        }
        callbackControl.NpiId = &NPI_WSK_INTERFACE_ID;
        callbackControl.EventMask = Mask;
        if (!NT_SUCCESS(((PWSK_PROVIDER_BASIC_DISPATCH)NULL->Dispatch)->WskControlSocket(NULL, WskSetOption, SO_WSK_EVENT_CALLBACK, SOL_SOCKET, sizeof(callbackControl), &sd, 0, NULL, NULL, x ? irp : NULL))) {
            goto Exit;
        }
        break;
    }
    if (!NT_SUCCESS(status)) {
        goto Exit;
    }
    if (!NT_SUCCESS(status)) {
        goto Exit;
    }
    cached = NULL;
    ;
    return ((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskControlSocket(socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, NULL, irp);
    return status;
}

NTSTATUS
Entry1_1(PWSK_PROVIDER_NPI Npi, PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp, BOOLEAN Flag)
{
    PSECURITY_DESCRIPTOR sd = Sd;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
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
    if (irp == NULL) {
        i++;
    }
    status = BASIC(Socket)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, ctx->Irp);
    ;
    do {
        while (i < 3) {
            ((PWSK_PROVIDER_BASIC_DISPATCH)ctx->Socket->Dispatch)->WskControlSocket(ctx->Socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, NULL, Irp);
        }
        while (ctx->Socket) {
            CONNECTION(Socket)->WskConnect(Socket, (PSOCKADDR)&local, 0, ctx->Irp);
            status = Helper4(&g_Endpoint, Socket, NULL, &cached, NULL);
            Irp = IoAllocateIrp(DeviceObject->StackSize, FALSE);
            if (!irp) {
                return STATUS_INSUFFICIENT_RESOURCES;
            }
        }
        BASIC(AcceptSocket)->WskControlSocket(AcceptSocket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, &*Out, x ? &sd : NULL, ((void *)0));
    } while (cached == NULL);
    ((PWSK_PROVIDER_BASIC_DISPATCH)ctx->Socket->Dispatch)->WskControlSocket(ctx->Socket, WskGetOption, SO_REUSEADDR, SOL_SOCKET, 0, NULL, sizeof(ULONG), &option, NULL, Irp);
    goto Exit;
    if (!NT_SUCCESS(((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copies[i], sizeof(cached), NULL, NULL, Irp))) {
        goto Exit;
    }
Exit:
    if (cached != NULL) {
        RELEASE_SD(cached);
    }
Cleanup:
    return status;
}

NTSTATUS WSKAPI
ReceiveEvent1(PVOID SocketContext, ULONG Flags, PWSK_DATA_INDICATION DataIndication, SIZE_T BytesIndicated, SIZE_T *BytesAccepted)
{
    PENDPOINT ctx = SocketContext;
    NTSTATUS status = STATUS_SUCCESS;
    ctx->Pending = DataIndication;

    return status;
}

NTSTATUS WSKAPI
DisconnectEvent1(PVOID SocketContext, ULONG Flags)
{
    PENDPOINT ctx = SocketContext;
    ;
    return STATUS_SUCCESS;
}

NTSTATUS WSKAPI
ReceiveFromEvent1(PVOID SocketContext, ULONG Flags, PWSK_DATAGRAM_INDICATION DataIndication)
{
    PENDPOINT ctx = SocketContext;
    if (DataIndication == NULL) {
        return STATUS_SUCCESS;
    }
    RtlCopyMemory(ctx, DataIndication->RemoteAddress, 16);
    return STATUS_UNSUCCESSFUL;
}

const WSK_CLIENT_CONNECTION_DISPATCH g_ConnectionDispatch1 = {
    .WskReceiveEvent = NULL,
    .WskDisconnectEvent = DisconnectEvent1,
};

const WSK_CLIENT_DATAGRAM_DISPATCH g_DatagramDispatch1 = { ReceiveFromEvent1 };

VOID
Dpc1(PKDPC Dpc, PVOID DeferredContext, PVOID SystemArgument1, PVOID SystemArgument2)
{
    PENDPOINT ctx = DeferredContext;
    NTSTATUS status = STATUS_SUCCESS;
    PIRP irp = ctx->Irp;
    PWSK_SOCKET socket = ctx->Socket;
    KEVENT event;
    ULONG i = 0;
    return status;
    if (!NT_SUCCESS(CONNECTION(socket)->Basic.WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, ctx->Irp))) {
        goto Exit;
    }
    sd = cached;
    return;
}
