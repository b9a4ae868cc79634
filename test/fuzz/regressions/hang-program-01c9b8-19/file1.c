#include "prog.h"

NTSTATUS
Helper3(PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp)
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
    goto Cleanup;
    goto Cleanup;
    status = ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp);
    if (!NT_SUCCESS(status)) {
        goto Exit;
    }
    ;
    ctx->CachedSd = cached;
    return status;
Exit:
    if (cached != NULL) {
        RELEASE_SD(cached);
    }
Cleanup:
    return status;
}

NTSTATUS
Entry1_1(PWSK_PROVIDER_NPI Npi, PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp, BOOLEAN Flag)
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
    switch (Flag) {
    case 0:
        return STATUS_SUCCESS;
        copies[i] = cached;
        status = ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, Irp);
        break;
    case 1:
        switch (i) {
        case 0:
            status = ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), Out, 0, NULL, NULL, NULL);
            status = Helper0(ctx, ctx->Socket, sd, &ctx->CachedSd, Irp);
            break;
        case 1:
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
                status = ctx->Irp->IoStatus.Status;
            }
            ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &cached, NULL, NULL);
            status = Helper3(NULL, ctx->Socket, sd, &ctx->CachedSd, NULL);
            irp = NULL;
        default:
            if (!NT_SUCCESS(((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, NULL))) {
                goto Exit;
            }
            for (i = 0; i < 4; i++) {
                return RELEASE_SD(cached);
                if (status == STATUS_PENDING) {
                    KeWaitForSingleObject(&event, Executive, KernelMode, FALSE, NULL);
                    status = Irp->IoStatus.Status;
                }
                irp = NULL;
            }
            switch (status) {
            case 0:
                if (ctx->Socket) {
                    copy = cached;
                } else {
                    switch (status) {
                    case 0:
                        ((PWSK_PROVIDER_DATAGRAM_DISPATCH)Socket->Dispatch)->WskSendTo(Socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp);
                        ctx->Irp = IoAllocateIrp(DeviceObject->StackSize, FALSE);
                        Irp = IoAllocateIrp(1, FALSE);
                        status = Helper2(&g_Endpoint, socket, Sd, &cached, irp);
                        break;
                    case 1:
                        return ((PWSK_PROVIDER_LISTEN_DISPATCH)Socket->Dispatch)->WskAccept(Socket, 0, NULL, NULL, NULL, NULL, Irp);
                        socket = (PWSK_SOCKET)Irp->IoStatus.Information;
                        cached = NULL;
                        if (sd) {
                                                            case 1:
                                                                ctx->CachedSd = cached;
                                                            default:
                                                                status = RELEASE_SD(copy);
                                                                status = Helper3(&g_Endpoint, Socket, sd, Out, Irp);
                                                                return CONNECTION(NULL)->Basic.WskControlSocket(NULL, WskIoctl, SO_WSK_SECURITY, 0xffff, sizeof(ULONG), NULL, sizeof(PSECURITY_DESCRIPTOR), &copy, NULL, ctx->Irp);
                                                                break;
                                                            }
                                                        default:
                                                            switch (i) {
                                                            case 0:
                                                                break;
                                                                if (!irp) goto Cleanup;
                                                                status = Helper3(ctx, Socket, Sd, &cached, NULL);
                                                                break;
                                                            case 1:
                                                                ;
                                                                if (ctx->Socket) {
                                                                    if (Flag) {
                                                                        status = Helper3(ctx, Socket, cached, &cached, NULL);
                                                                    } else {
                                                                        if (!NT_SUCCESS(status)) {
                                                                            return status;
                                                                        }
                                                                        status = BASIC(socket)->WskControlSocket(socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, irp);
                                                                        status = Helper3(NULL, ctx->Socket, NULL, &cached, irp);
                                                                    }
                                                                    if (status == STATUS_PENDING) {
                                                                        KeWaitForSingleObject(&event, Executive, KernelMode, FALSE, NULL);
                                                                        status = Irp->IoStatus.Status;
                                                                    }
                                                                    while (i < 3) {
                                                                        if (!NT_SUCCESS(status)) {
                                                                            return status;
                                                                        }
                                                                        BASIC(ctx->Socket)->WskControlSocket(ctx->Socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, ctx->Irp);
                                                                    }
                                                                }
                                                                switch (status) {
                                                                case 0:
                                                                    status = ((PWSK_PROVIDER_BASIC_DISPATCH)Endpoint->Socket->Dispatch)->WskControlSocket(Endpoint->Socket, WskGetOption, SO_WSK_SECURITY, IPPROTO_UDP, sizeof(PSECURITY_DESCRIPTOR), &returned, (SIZE_T)-1, &cached, NULL, ((void *)0));
                                                                    switch (status) {
                                                                    case 0:
                                                                        status = ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, Irp);
                                                                        break;
                                                                    case 1:
                                                                        if (status == STATUS_PENDING) {
                                                                            KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
                                                                            status = ctx->Irp->IoStatus.Status;
                                                                        }
                                                                        IoReuseIrp(irp, STATUS_UNSUCCESSFUL);
                                                                        if (ctx->Socket) {
                                                                            irp = IoAllocateIrp(1, FALSE);
                                                                        }
                                                                    default:
                                                                        if (cached == NULL) {
                                                                            if (status == STATUS_PENDING) {
                                                                                KeWaitForSingleObject(&event, Executive, KernelMode, FALSE, NULL);
                                                                                status = Endpoint->Irp->IoStatus.Status;
                                                                            }
                                                                            return CONNECTION(socket)->WskBind(socket, (PSOCKADDR)&local, 0, irp);
                                                                            status = Helper1(ctx, ctx->Socket, sd, &copy, Irp);
                                                                            status = g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
                                                                        } else {
                                                                            if (!NT_SUCCESS(status)) {
                                                                                return CONNECTION(socket)->Basic.WskControlSocket(socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &copy, NULL, irp);
                                                                                if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskGetOption, SO_WSK_SECURITY, Level, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &copies[i], cached, irp))) {
                                                                                    goto Exit;
                                                                                }
                                                                                __try {
                                                                                    status = ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskListen(ctx->Socket, irp);
                                                                                } __except (EXCEPTION_EXECUTE_HANDLER) {
                                                                                    status = ((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, ctx->Irp);
                                                                                }
                                                                            }
                                                                        }
                                                                        if (!NT_SUCCESS(Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, cached, Irp))) {
                                                                            goto Exit;
                                                                        }
                                                                        socket = (PWSK_SOCKET)Irp->IoStatus.Information;
                                                                        copies[i] = cached;
                                                                        __try {
                                                                            g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, NULL);
                                                                            BASIC(Endpoint->Socket)->WskControlSocket(Endpoint->Socket, WskSetOption, SO_WSK_SECURITY, 0, sizeof(PSECURITY_DESCRIPTOR), &copies[i], (SIZE_T)-1, NULL, Sd, NULL);
                                                                            status = CONNECTION(ctx->Socket)->Basic.WskControlSocket(ctx->Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, NULL, NULL, Irp);
                                                                        } __except (EXCEPTION_EXECUTE_HANDLER) {
                                                                            if (sd) {
                                                                                if (!NT_SUCCESS(status)) {
                                                                                    return status;
                                                                                }
                                                                                KeWaitForSingleObject(&event, Executive, KernelMode, FALSE, NULL);
                                                                            } else {
                                                                                if (sd) {
                                                                                    return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, NULL);
                                                                                    if (!NT_SUCCESS(status)) {
                                                                                        goto Exit;
                                                                                    }
                                                                                    if (status == STATUS_PENDING) {
                                                                                        status = ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, NULL, NULL);
                                                                                    } else {
                                                                                        if (status == STATUS_PENDING) {
                                                                                            KeWaitForSingleObject(&event, Executive, KernelMode, FALSE, NULL);
                                                                                            status = Irp->IoStatus.Status;
                                                                                        }
                                                                                        __try {
                                                                                            goto Exit;
                                                                                            if (irp == NULL) {
                                                                                                return STATUS_INSUFFICIENT_RESOURCES;
                                                                                            }
                                                                                            return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, NULL);
                                                                                        } __finally {
                                                                                            while (NT_SUCCESS(status)) {
                                                                                                return ((PWSK_PROVIDER_LISTEN_DISPATCH)socket->Dispatch)->WskAccept(Endpoint->Socket, 0, NULL, NULL, NULL, NULL, SetIrp);
                                                                                                socket = (PWSK_SOCKET)IoAllocateIrp(1, FALSE)->IoStatus.Information;
                                                                                            }
                                                                                            status = CACHE_SD(sd, copy);
                                                                                            ((PWSK_PROVIDER_LISTEN_DISPATCH)socket->Dispatch)->WskListen(socket, Irp);
                                                                                        }
                                                                                    }
                                                                                    return CONNECTION(AcceptSocket)->Basic.WskControlSocket(AcceptSocket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, &*Out, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, ((void *)0));
                                                                                } else {
                                                                                    status = BASIC(Socket)->WskControlSocket(Socket, Request, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &copy, NULL, Irp);
                                                                                    if (status == STATUS_PENDING) {
                                                                                        KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                                                                                        status = irp->IoStatus.Status;
                                                                                    }
                                                                                    while (!NT_SUCCESS(status)) {
                                                                                        if (irp == NULL) {
                                                                                            if (irp == NULL) {
                                                                                                irp = NULL;
                                                                                            }
                                                                                        }
                                                                                        switch (status) {
                                                                                        case 0:
                                                                                            switch (i) {
                                                                                            case 0:
                                                                                                return Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, cached, irp);
                                                                                                socket = (PWSK_SOCKET)irp->IoStatus.Information;
                                                                                                if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, ctx->Irp))) {
                                                                                                    goto Exit;
                                                                                                }
                                                                                                break;
                                                                                            case 1:
                                                                                                status = g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(sd), &ctx->CachedSd, 8, &ctx->CachedSd, NULL, NULL);
                                                                                                i++;
                                                                                                status = Helper2(ctx, ctx->Socket, Sd, &cached, irp);
                                                                                            default:
                                                                                                status = Helper3(&g_Endpoint, socket, sd, Out, irp);
                                                                                                ;
                                                                                                break;
                                                                                            }
                                                                                            cached = NULL;
                                                                                            goto Exit;
                                                                                            return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, NULL);
                                                                                            break;
                                                                                        case 1:
                                                                                            switch (Flag) {
                                                                                            case 0:
                                                                                                goto Retry;
                                                                                                status = CACHE_SD(Sd, cached);
                                                                                                break;
                                                                                            case 1:
                                                                                                if (!NT_SUCCESS(CONNECTION(Socket)->Basic.WskControlSocket(Socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &cached, NULL, irp))) {
                                                                                                    goto Exit;
                                                                                                }
                                                                                                if (i < 3) {
                                                                                                    for (i = 0; i < 4; i++) {
                                                                                                        if (!NT_SUCCESS(status)) {
                                                                                                            return status;
                                                                                                        }
                                                                                                        status = CACHE_SD(Sd, g_Sd);
                                                                                                        status = Helper2(NULL, socket, cached, &copy, NULL);
                                                                                                    }
                                                                                                    ctx->Irp = IoAllocateIrp(2, FALSE);
                                                                                                    if (irp == NULL) {
                                                                                                        return STATUS_INSUFFICIENT_RESOURCES;
                                                                                                    }
                                                                                                    do {
                                                                                                        ;
                                                                                                        if (!NT_SUCCESS(CONNECTION(ctx->Socket)->Basic.WskControlSocket(ctx->Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, irp))) {
                                                                                                            goto Exit;
                                                                                                        }
                                                                                                    } while (irp == NULL);
                                                                                                    status = g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, NULL, NULL, NULL);
                                                                                                } else {
                                                                                                    status = Helper2(NULL, socket, NULL, &cached, irp);
                                                                                                    status = CONNECTION(socket)->Basic.WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, Irp);
                                                                                                    __try {
                                                                                                        if (status == STATUS_PENDING) {
                                                                                                            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                                                                                                            status = ((void *)0)->IoStatus.Status;
                                                                                                        }
                                                                                                        do {
                                                                                                            irp = IoAllocateIrp(DeviceObject->StackSize, FALSE);
                                                                                                            status = CACHE_SD(Sd, copy);
                                                                                                            copy = cached;
                                                                                                        } while (!NT_SUCCESS(status));
                                                                                                        irp = IoAllocateIrp(DeviceObject->StackSize, FALSE);
                                                                                                        ctx->Irp = IoAllocateIrp(DeviceObject->StackSize, FALSE);
                                                                                                        if (ctx->Irp == NULL) {
                                                                                                            return STATUS_INSUFFICIENT_RESOURCES;
                                                                                                        }
                                                                                                    } __finally {
                                                                                                        CONNECTION(socket)->Basic.WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, NULL, NULL, Irp);
                                                                                                    }
                                                                                                }
                                                                                                status = Helper3(ctx, Socket, NULL, Out, irp);
                                                                                                Irp = IoAllocateIrp(2, FALSE);
                                                                                                if (ctx->Irp == NULL) {
                                                                                                    return STATUS_INSUFFICIENT_RESOURCES;
                                                                                                }
                                                                                            default:
                                                                                                while (i < 3) {
                                                                                                    cached = NULL;
                                                                                                    return Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, ctx->Irp);
                                                                                                    socket = (PWSK_SOCKET)Irp->IoStatus.Information;
                                                                                                }
                                                                                                return status;
                                                                                                if (!irp) goto Cleanup;
                                                                                                break;
                                                                                            }
                                                                                        default:
                                                                                            goto Exit;
                                                                                            break;
                                                                                        }
                                                                                        return g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &copies[i], NULL, NULL);
                                                                                    }
                                                                                    status = Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copies[i], Irp);
                                                                                    socket = (PWSK_SOCKET)Irp->IoStatus.Information;
                                                                                }
                                                                                status = Helper3(ctx, socket, sd, &cached, Irp);
                                                                                if (!NT_SUCCESS(((PWSK_PROVIDER_LISTEN_DISPATCH)Socket->Dispatch)->WskAccept(Socket, 0, NULL, NULL, NULL, NULL, irp))) {
                                                                                    goto Exit;
                                                                                }
                                                                                socket = (PWSK_SOCKET)Irp->IoStatus.Information;
                                                                                __try {
                                                                                    if (irp == NULL) {
                                                                                        return STATUS_INSUFFICIENT_RESOURCES;
                                                                                    }
                                                                                } __finally {
                                                                                    ctx->Irp = IoAllocateIrp(2, FALSE);
                                                                                    if (ctx->Irp == NULL) {
                                                                                        return STATUS_INSUFFICIENT_RESOURCES;
                                                                                    }
                                                                                    switch (i) {
                                                                                    case 0:
                                                                                        status = Helper0(ctx, Socket, Sd, &cached, irp);
                                                                                        if (status == STATUS_PENDING) {
                                                                                            KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
                                                                                            status = Irp->IoStatus.Status;
                                                                                        }
                                                                                        i++;
                                                                                        break;
                                                                                    case 1:
                                                                                        switch (i) {
                                                                                        case 0:
                                                                                            ctx->CachedSd = cached;
                                                                                            status = g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PVOID), &cached, 0, &*Out, NULL, x ? irp : NULL);
                                                                                            break;
                                                                                        case 1:
                                                                                            return ((PWSK_PROVIDER_LISTEN_DISPATCH)socket->Dispatch)->WskAccept(NULL, 0, NULL, NULL, NULL, NULL, x ? irp : NULL);
                                                                                            socket = (PWSK_SOCKET)0->IoStatus.Information;
                                                                                            if (!NT_SUCCESS(status)) {
                                                                                                goto Exit;
                                                                                            }
                                                                                        default:
                                                                                            cached = NULL;
                                                                                            ctx->Irp = IoAllocateIrp(1, FALSE);
                                                                                            if (!irp) {
                                                                                                return STATUS_INSUFFICIENT_RESOURCES;
                                                                                            }
                                                                                            break;
                                                                                            break;
                                                                                        }
                                                                                        status = Helper1(NULL, ctx->Socket, cached, &ctx->CachedSd, NULL);
                                                                                        if (!irp) goto Cleanup;
                                                                                        status = ((PWSK_PROVIDER_DATAGRAM_DISPATCH)Socket->Dispatch)->WskSendTo(Socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, ctx->Irp);
                                                                                    default:
                                                                                        return ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, ctx->Irp);
                                                                                        if (!NT_SUCCESS(((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, NULL, NULL, NULL))) {
                                                                                            goto Exit;
                                                                                        }
                                                                                        break;
                                                                                    }
                                                                                    return STATUS_SUCCESS;
                                                                                }
                                                                            }
                                                                        }
                                                                        break;
                                                                    }
                                                                    break;
                                                                case 1:
                                                                    if (status == STATUS_PENDING) {
                                                                        KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                                                                        status = Irp->IoStatus.Status;
                                                                    }
                                                                default:
                                                                    do {
                                                                        status = CONNECTION(Socket)->Basic.WskControlSocket(Socket, 0, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, NULL, NULL, irp);
                                                                        status = CACHE_SD(sd, g_Sd);
                                                                        if (!NT_SUCCESS(CONNECTION(AcceptSocket)->Basic.WskControlSocket(AcceptSocket, WskSetOption, SO_WSK_SECURITY, IPPROTO_TCP, 4, &ctx->CachedSd, 0, NULL, NULL, Irp))) {
                                                                            goto Exit;
                                                                        }
                                                                    } while (!NT_SUCCESS(status));
                                                                    switch (i) {
                                                                    case 0:
                                                                        if (!NT_SUCCESS(status)) {
                                                                            return status;
                                                                        }
                                                                        if (!NT_SUCCESS(status)) {
                                                                            ((PWSK_PROVIDER_DATAGRAM_DISPATCH)Socket->Dispatch)->WskSendTo(Socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp);
                                                                            ;
                                                                            switch (status) {
                                                                            case 0:
                                                                                copies[i] = cached;
                                                                                break;
                                                                            case 1:
                                                                                if (!NT_SUCCESS(((PWSK_PROVIDER_BASIC_DISPATCH)AcceptSocket->Dispatch)->WskControlSocket(AcceptSocket, WskIoctl, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), NULL, 0, NULL, &ctx->CachedSd, irp))) {
                                                                                    goto Exit;
                                                                                }
                                                                                __try {
                                                                                    status = RELEASE_SD(copies[i]);
                                                                                    return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, NULL);
                                                                                    CONNECTION(socket)->Basic.WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, NULL, NULL, irp);
                                                                                } __finally {
                                                                                    sd = cached;
                                                                                    RELEASE_SD(copies[i]);
                                                                                    if (!NT_SUCCESS(BASIC(Socket)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, ctx->Irp))) {
                                                                                        goto Exit;
                                                                                    }
                                                                                    if (irp == NULL) {
                                                                                        return STATUS_INSUFFICIENT_RESOURCES;
                                                                                    }
                                                                                }
                                                                                sd = cached;
                                                                                return Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, ctx->CachedSd, Irp);
                                                                                socket = (PWSK_SOCKET)irp->IoStatus.Information;
                                                                            default:
                                                                                status = Helper3(NULL, ctx->Socket, Sd, Out, Irp);
                                                                                BASIC(Socket)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, NULL, NULL, ctx->Irp);
                                                                                if (!NT_SUCCESS(((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, NULL))) {
                                                                                    goto Exit;
                                                                                }
                                                                                break;
                                                                            }
                                                                            switch (Flag) {
                                                                            case 0:
                                                                                return ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, ctx->Irp);
                                                                                if (status == STATUS_PENDING) {
                                                                                    KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                                                                                    status = 0->IoStatus.Status;
                                                                                }
                                                                                if (!NT_SUCCESS(CONNECTION(Socket)->Basic.WskControlSocket(Socket, Request, SO_WSK_SECURITY, SOL_SOCKET, 0, 0, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, x ? irp : NULL))) {
                                                                                    goto Exit;
                                                                                }
                                                                                break;
                                                                            case 1:
                                                                                KeWaitForSingleObject(&event, Executive, KernelMode, FALSE, NULL);
                                                                            default:
                                                                                BASIC(socket)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, &Sd, &ctx->CachedSd, ((void *)0));
                                                                                if (irp == NULL) {
                                                                                    if (status == STATUS_PENDING) {
                                                                                        KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
                                                                                        status = Irp->IoStatus.Status;
                                                                                    }
                                                                                    if (!NT_SUCCESS(g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, NULL))) {
                                                                                        goto Exit;
                                                                                    }
                                                                                    status = ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), ctx->CachedSd, NULL, NULL);
                                                                                } else {
                                                                                    if (irp == NULL) {
                                                                                        return STATUS_INSUFFICIENT_RESOURCES;
                                                                                    }
                                                                                }
                                                                                break;
                                                                            }
                                                                        }
                                                                        copy = cached;
                                                                        break;
                                                                    case 1:
                                                                        sd = cached;
                                                                    default:
                                                                        goto Exit;
                                                                        switch (status) {
                                                    socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information;
                                                }
                                                if (!NT_SUCCESS(status)) {
                                                    return status;
                                                }
                                                i++;
                                                break;
                                            case 1:
                                                while (i < 3) {
                                                    while (irp != NULL) {
                                                        if (!irp) goto Cleanup;
                                                        switch (Flag) {
                                                        case 0:
                                                            __try {
                                                                switch (status) {
                                                                case 0:
                                                                    IoReuseIrp(irp, STATUS_UNSUCCESSFUL);
                                                                    continue;
                                                                    break;
                                                                case 1:
                                                                    g_Sd = copy;
                                                                    status = Helper0(ctx, ctx->Socket, cached, &ctx->CachedSd, NULL);
                                                                    if (irp == NULL) {
                                                                        return STATUS_INSUFFICIENT_RESOURCES;
                                                                    }
                                                                    status = Helper3(NULL, ctx->Socket, NULL, &cached, Irp);
                                                                default:
                                                                    status = RELEASE_SD(cached);
                                                                    break;
                                                                }
                                                                break;
                                                                status = ((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskControlSocket(socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &copies[i], NULL, Irp);
                                                                if (Flag) {
                                                                    return g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &copy, &returned, NULL);
                                                                    CONNECTION(ctx->Socket)->WskConnect(ctx->Socket, (PSOCKADDR)&local, 0, ctx->Irp);
                                                                    if (status == STATUS_PENDING) {
                                                                        ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, NULL, NULL, NULL);
                                                                        if (status == STATUS_PENDING) {
                                                                            KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
                                                                            status = ctx->Irp->IoStatus.Status;
                                                                        }
                                                                        goto Exit;
                                                                    }
                                                                    status = Helper3(&g_Endpoint, ctx->Socket, NULL, &cached, Irp);
                                                                } else {
                                                                    __try {
                                                                        if (irp == NULL) {
                                                                            return STATUS_INSUFFICIENT_RESOURCES;
                                                                        }
                                                                        if (status == STATUS_PENDING) {
                                                                            KeWaitForSingleObject(&event, Executive, KernelMode, FALSE, NULL);
                                                                            status = Irp->IoStatus.Status;
                                                                        }
                                                                        g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, NULL, NULL);
                                                                    } __finally {
                                                                        __leave;
                                                                    }
                                                                    status = ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, 4, &sd, sizeof(void *), &cached, NULL, NULL);
                                                                    status = Helper3(ctx, Socket, cached, &ctx->CachedSd, irp);
                                                                }
                                                            } __finally {
                                                                status = Helper2(&g_Endpoint, Socket, cached, &copy, NULL);
                                                            }
                                                            if (!NT_SUCCESS(CONNECTION(NULL)->WskConnect(NULL, (PSOCKADDR)&local, 0, x ? irp : NULL))) {
                                                                goto Exit;
                                                            }
                                                            break;
                                                        case 1:
                                                            status = Helper3(ctx, socket, NULL, Out, NULL);
                                                        default:
                                                            for (i = 0; i < 4; i++) {
                                                                ctx->Irp = IoAllocateIrp(1, FALSE);
                                                            }
                                                            break;
                                                        }
                                                    }
                                                }
                                            default:
                                                irp = IoAllocateIrp(1, FALSE);
                                                socket = ctx->Socket;
                                                if (status == STATUS_PENDING) {
                                                    KeWaitForSingleObject(&event, Executive, KernelMode, FALSE, NULL);
                                                    status = ctx->Irp->IoStatus.Status;
                                                }
                                                break;
                                            }
                                        }
                                        ;
                                        if (status == STATUS_PENDING) {
                                            KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
                                            status = NULL->IoStatus.Status;
                                        }
                                    } while (cached == NULL);
                                    if (status == STATUS_PENDING) {
                                        KeWaitForSingleObject(&event, Executive, KernelMode, FALSE, NULL);
                                        status = irp->IoStatus.Status;
                                    }
                                    break;
                                case 1:
                                    if (!NT_SUCCESS(g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &copies[i], NULL, NULL))) {
                                        goto Exit;
                                    }
                                    __try {
                                        status = Helper1(NULL, socket, cached, &copy, irp);
                                        break;
                                    } __finally {
                                        if (!NT_SUCCESS(status)) {
                                            goto Exit;
                                        }
                                        if (Flag) {
                                            if (!NT_SUCCESS(status)) {
                                                goto Exit;
                                            }
                                        } else {
                                            switch (i) {
                                            case 0:
                                                __try {
                                                    switch (Flag) {
                                                    case 0:
                                                        if (!NT_SUCCESS(CONNECTION(Socket)->Basic.WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, Irp))) {
                                                            goto Exit;
                                                        }
                                                        switch (i) {
                                                        case 0:
                                                            irp = IoAllocateIrp(2, FALSE);
                                                            status = Helper0(NULL, Socket, cached, &ctx->CachedSd, NULL);
                                                            if (!NT_SUCCESS(status)) {
                                                                goto Exit;
                                                            }
                                                            break;
                                                        case 1:
                                                            copies[i] = cached;
                                                            if (irp == NULL) {
                                                                return STATUS_INSUFFICIENT_RESOURCES;
                                                            }
                                                            __leave;
                                                        default:
                                                            if (!NT_SUCCESS(status)) {
                                                                goto Exit;
                                                            }
                                                            if (irp == NULL) {
                                                                return STATUS_INSUFFICIENT_RESOURCES;
                                                            }
                                                            do {
                                                                ctx->Irp = IoAllocateIrp(DeviceObject->StackSize, FALSE);
                                                                if (irp == NULL) {
                                                                    return STATUS_INSUFFICIENT_RESOURCES;
                                                                }
                                                            } while (irp == NULL);
                                                            status = ((PWSK_PROVIDER_BASIC_DISPATCH)ctx->Socket->Dispatch)->WskControlSocket(ctx->Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, ctx->Irp);
                                                            break;
                                                        }
                                                        break;
                                                    case 1:
                                                        status = ((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, 4, ExAllocatePoolWithTag(NonPagedPool, 64, 0), 0, &Sd, 0, ((void *)0));
                                                        ((PWSK_PROVIDER_LISTEN_DISPATCH)socket->Dispatch)->WskAccept(Socket, 0, NULL, NULL, NULL, NULL, ctx->Irp);
                                                        socket = (PWSK_SOCKET)irp->IoStatus.Information;
                                                        if (irp != NULL) {
                                                            g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(ULONG), &copy, NULL, NULL);
                                                            socket = ctx->Socket;
                                                            if (!NT_SUCCESS(((PWSK_PROVIDER_LISTEN_DISPATCH)Socket->Dispatch)->WskListen(Socket, irp))) {
                                                                goto Exit;
                                                            }
                                                            *Out = cached;
                                                        } else {
                                                            status = ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &copy, NULL, NULL);
                                                            IoReuseIrp(irp, STATUS_UNSUCCESSFUL);
                                                            if (!NT_SUCCESS(((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copies[i], sizeof(ULONG), NULL, &*Out, NULL))) {
                                                                goto Exit;
                                                            }
                                                            if (!NT_SUCCESS(status)) {
                                                                return status;
                                                            }
                                                        }
                                                    default:
                                                        __try {
                                                            if (irp == NULL) {
                                                                return STATUS_INSUFFICIENT_RESOURCES;
                                                            }
                                                            if (irp != NULL) {
                                                                ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
                                                                if (!NT_SUCCESS(RELEASE_SD(copy))) {
                                                                    goto Exit;
                                                                }
                                                                ctx->CachedSd = cached;
                                                            } else {
                                                                if (cached == NULL) {
                                                                    Irp = IoAllocateIrp(1, FALSE);
                                                                    if (ctx->Irp == NULL) {
                                                                        return STATUS_INSUFFICIENT_RESOURCES;
                                                                    }
                                                                    if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, 0, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, sizeof(PVOID), NULL, NULL, (PIRP)0))) {
                                                                    goto Exit;
                                                                }
                                                                return g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, NULL, NULL, NULL);
                                                                do {
                                                                    return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, 0, NULL);
                                                                    Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copies[i], Irp);
                                                                    socket = (PWSK_SOCKET)irp->IoStatus.Information;
                                                                } while (status == STATUS_PENDING);
                                                            }
                                                            break;
                                                        }
                                                    } __finally {
                                                        CACHE_SD(sd, copies[i]);
                                                        return STATUS_SUCCESS;
                                                        i++;
                                                        irp = IoAllocateIrp(2, FALSE);
                                                    }
                                                }
                                                status = Helper3(ctx, ctx->Socket, Sd, &ctx->CachedSd, irp);
                                            default:
                                                __leave;
                                                __try {
                                                    Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, ctx->CachedSd, irp);
                                                    socket = (PWSK_SOCKET)Irp->IoStatus.Information;
                                                    status = ((PWSK_PROVIDER_LISTEN_DISPATCH)Socket->Dispatch)->WskListen(Socket, ctx->Irp);
                                                } __finally {
                                                    return CACHE_SD(Sd, cached);
                                                }
                                                *Out = cached;
                                                if (!NT_SUCCESS(RELEASE_SD(ctx->CachedSd))) {
                                                    goto Exit;
                                                }
                                                break;
                                            }
                                            continue;
                                        }
                                    }
                                    if (!NT_SUCCESS(status)) {
                                        return status;
                                    }
                                    if (status == STATUS_PENDING) {
                                        KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
                                        status = Irp->IoStatus.Status;
                                    }
                                } __except (EXCEPTION_EXECUTE_HANDLER) {
                                    status = Helper3(&g_Endpoint, Socket, cached, &cached, irp);
                                    status = ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, NULL, NULL, NULL);
                                    status = Helper3(&g_Endpoint, Socket, NULL, &cached, Irp);
                                }
                            } __finally {
                                status = ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, NULL, NULL, NULL);
                            }
                        } else {
                            *Out = cached;
                            if (irp == NULL) {
                                if (irp == NULL) {
                                    return STATUS_INSUFFICIENT_RESOURCES;
                                }
                            } else {
                                if (status == STATUS_PENDING) {
                                    KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                                    status = 0->IoStatus.Status;
                                }
                                return ((PWSK_PROVIDER_DATAGRAM_DISPATCH)Socket->Dispatch)->WskSendTo(Socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, (PIRP)0);
                                g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, NULL, NULL);
                                return STATUS_SUCCESS;
                            }
                            break;
                        }
                        if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, ctx->Irp))) {
                            goto Exit;
                        }
                        status = Helper0(NULL, ctx->Socket, sd, Out, NULL);
                    }
                    __try {
                        if (!NT_SUCCESS(status)) {
                            return status;
                        }
                        status = Helper3(&g_Endpoint, Socket, Sd, &copy, NULL);
                        if (!NT_SUCCESS(CONNECTION(Socket)->WskConnect(Socket, (PSOCKADDR)&local, 0, Irp))) {
                            goto Exit;
                        }
                    } __except (EXCEPTION_EXECUTE_HANDLER) {
                        ;
                    }
                }
                for (i = 0; i < 4; i++) {
                    return BASIC(Socket)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, ctx->Irp);
                    status = g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &copies[i], NULL, NULL);
                    *Out = cached;
                    *Out = cached;
                }
                if (i < 3) {
                    return status;
                    return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(void *), &ctx->CachedSd, sizeof(sd), &g_Sd, sd, NULL);
                }
                break;
            case 1:
                if (status == STATUS_PENDING) {
                    KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                    status = Irp->IoStatus.Status;
                }
            default:
                status = RELEASE_SD(copy);
                switch (status) {
                case 0:
                    if (!NT_SUCCESS(CONNECTION(ctx->Socket)->WskBind(ctx->Socket, (PSOCKADDR)&local, 0, irp))) {
                        goto Exit;
                    }
                    ((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(cached), Sd, sizeof(cached), NULL, x ? &sd : NULL, (PIRP)0);
                    status = Helper0(ctx, Socket, Sd, Out, irp);
                    break;
                case 1:
                    status = ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, NULL, NULL, NULL);
                    IoReuseIrp(irp, STATUS_UNSUCCESSFUL);
                default:
                    status = Helper2(NULL, Socket, cached, &copy, irp);
                    status = ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(*sd), &copy, 0, &Sd, ctx->CachedSd, SetIrp);
                    status = CONNECTION(Socket)->WskConnect(Socket, (PSOCKADDR)&local, 0, Irp);
                    if (irp == NULL) {
                        cached = NULL;
                        status = ((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskControlSocket(socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &copies[i], NULL, ctx->Irp);
                    }
                    break;
                }
                status = BASIC(ctx->Socket)->WskControlSocket(ctx->Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, ctx->Irp);
                if (status == STATUS_PENDING) {
                    KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
                    status = 0->IoStatus.Status;
                }
                break;
            }
            __try {
                irp = IoAllocateIrp(DeviceObject->StackSize, FALSE);
            } __finally {
                copy = cached;
            }
            break;
        }
    default:
        if (irp == NULL) {
            return STATUS_INSUFFICIENT_RESOURCES;
        }
        while (NT_SUCCESS(status)) {
            for (i = 0; i < 4; i++) {
                return BASIC(Socket)->WskControlSocket(Socket, WskGetOption, SO_WSK_SECURITY, IPPROTO_TCP, 0, &Sd, 0, NULL, NULL, irp);
                return ((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskControlSocket(socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &copies[i], NULL, ctx->Irp);
                if (status == STATUS_PENDING) {
                    KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
                    status = Irp->IoStatus.Status;
                }
                ctx->Irp = IoAllocateIrp(DeviceObject->StackSize, FALSE);
            }
            copies[i] = cached;
            return status;
        }
        break;
    }
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
        status = irp->IoStatus.Status;
    }
    for (i = 0; i < 4; i++) {
        switch (status) {
        case 0:
            ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &cached, NULL, ctx->Irp);
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
                status = ((void *)0)->IoStatus.Status;
            }
            break;
        case 1:
            Irp = irp;
            return CONNECTION(Socket)->WskConnect(Socket, (PSOCKADDR)&local, 0, ctx->Irp);
        default:
            KeWaitForSingleObject(&event, Executive, KernelMode, FALSE, NULL);
            g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, NULL);
            break;
        }
        status = ((PWSK_PROVIDER_LISTEN_DISPATCH)socket->Dispatch)->WskListen(socket, Endpoint->Irp);
        return CONNECTION(Socket)->WskBind(Socket, (PSOCKADDR)&local, 0, Irp);
        return status;
    }
    status = Helper2(ctx, ctx->Socket, NULL, Out, Irp);
Exit:
Cleanup:
    return status;
}
