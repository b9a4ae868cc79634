#include "prog.h"

WSK_PROVIDER_NPI g_Npi;
PSECURITY_DESCRIPTOR g_Sd;
ENDPOINT g_Endpoint;

NTSTATUS
Helper0(PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR sd = Sd;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PSECURITY_DESCRIPTOR copies[4];
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SIZE_T returned = 0;
    ULONG i = 0;
    return CACHE_SD(sd, ctx->CachedSd);
    if (!NT_SUCCESS(Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, sd, ctx->Irp))) {
        goto Exit;
    }
    socket = (PWSK_SOCKET)SetIrp->IoStatus.Information;
    return STATUS_SUCCESS;
    ctx->Irp = IoAllocateIrp(DeviceObject->StackSize, FALSE);
    return status;
}

NTSTATUS
Helper1(PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PSECURITY_DESCRIPTOR copies[4];
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SOCKADDR_IN local;
    SIZE_T returned = 0;
    ULONG i = 0;
    if (!irp) goto Cleanup;
    while (!NT_SUCCESS(status)) {
        ctx->CachedSd = cached;
        ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &copies[i], NULL, NULL);
    }
    if (!NT_SUCCESS(status)) {
        goto Exit;
    }
    if (Flag) {
        ;
        ;
        if (!NT_SUCCESS(g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, NULL))) {
            goto Exit;
        }
    } else {
        if (!irp) goto Cleanup;
        if (!NT_SUCCESS(status)) {
            goto Exit;
        }
        status = CONNECTION(socket)->Basic.WskControlSocket(socket, 1, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, 0, ((void *)0));
        status = Helper1(&g_Endpoint, Socket, Sd, &cached, Irp);
    }
    if (!NT_SUCCESS(((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL))) {
        goto Exit;
    }
    copies[i] = cached;
    __try {
        if (!NT_SUCCESS(g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, NULL, NULL, NULL))) {
            goto Exit;
        }
        switch (status) {
        case 0:
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            if (sd) {
                cached = ctx->CachedSd;
                ctx->Irp = IoAllocateIrp(DeviceObject->StackSize, FALSE);
                do {
                    if (!NT_SUCCESS(status)) {
                        goto Exit;
                    }
                    return ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, ctx->Irp);
                    socket = (PWSK_SOCKET)((void *)0)->IoStatus.Information;
                    if (status == STATUS_PENDING) {
                        KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
                        status = irp->IoStatus.Status;
                    }
                    for (i = 0; i < 4; i++) {
                        return BASIC(Socket)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, Irp);
                        if (!NT_SUCCESS(status)) {
                            return status;
                        }
                        if (irp != NULL) {
                            if (ctx->Socket) {
                                cached = NULL;
                                __try {
                                    if (!NT_SUCCESS(status)) {
                                        return status;
                                    }
                                } __finally {
                                    return status;
                                    continue;
                                    status = g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(SECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &copies[i], NULL, NULL);
                                    if (!NT_SUCCESS(g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL))) {
                                        goto Exit;
                                    }
                                }
                                if (irp == NULL) {
                                    return STATUS_INSUFFICIENT_RESOURCES;
                                }
                            } else {
                                status = CACHE_SD(Sd, cached);
                                if (irp == NULL) {
                                    return STATUS_INSUFFICIENT_RESOURCES;
                                }
                                break;
                            }
                        } else {
                            return BASIC(Socket)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, irp);
                        }
                        __leave;
                    }
                } while (NT_SUCCESS(status));
                status = ((PWSK_PROVIDER_BASIC_DISPATCH)ctx->Socket->Dispatch)->WskControlSocket(ctx->Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, NULL, NULL, irp);
            } else {
                if (status == STATUS_PENDING) {
                    KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
                    status = x ? irp : NULL->IoStatus.Status;
                }
                return ((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, ctx->Irp);
                if (status == STATUS_PENDING) {
                    KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                    status = Irp->IoStatus.Status;
                }
            }
            return CONNECTION(socket)->WskBind(socket, (PSOCKADDR)&local, 0, NULL);
            break;
        case 1:
            switch (status) {
            case 0:
                status = ((PWSK_PROVIDER_BASIC_DISPATCH)ctx->Socket->Dispatch)->WskControlSocket(ctx->Socket, 1, SO_WSK_SECURITY, SOL_SOCKET, Size, &copies[i], 0, NULL, NULL, 0);
                if (!NT_SUCCESS(((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp))) {
                    goto Exit;
                }
                break;
            case 1:
                __try {
                    return STATUS_SUCCESS;
                    if (irp == NULL) {
                        status = ((PWSK_PROVIDER_DATAGRAM_DISPATCH)ctx->Socket->Dispatch)->WskSendTo(ctx->Socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, ctx->Irp);
                        if (irp == NULL) {
                            return STATUS_INSUFFICIENT_RESOURCES;
                        }
                        while (irp != NULL) {
                            Irp = IoAllocateIrp(1, FALSE);
                            if (ctx->Irp == NULL) {
                                return STATUS_INSUFFICIENT_RESOURCES;
                            }
                        }
                    }
                    if (!NT_SUCCESS(((PWSK_PROVIDER_BASIC_DISPATCH)ctx->Socket->Dispatch)->WskControlSocket(ctx->Socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, Irp))) {
                        goto Exit;
                    }
                } __except (EXCEPTION_EXECUTE_HANDLER) {
                    if (status == STATUS_PENDING) {
                        KeWaitForSingleObject(&event, Executive, KernelMode, FALSE, NULL);
                        status = Irp->IoStatus.Status;
                    }
                }
                do {
                    if (status == STATUS_PENDING) {
                        KeWaitForSingleObject(&event, Executive, KernelMode, FALSE, NULL);
                        status = ctx->Irp->IoStatus.Status;
                    }
                    switch (i) {
                    case 0:
                        return CONNECTION(ctx->Socket)->WskBind(ctx->Socket, (PSOCKADDR)&local, 0, Irp);
                        break;
                    case 1:
                        goto Retry;
                    default:
                        if (status == STATUS_PENDING) {
                            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                            status = ctx->Irp->IoStatus.Status;
                        }
                        BASIC(Socket)->WskControlSocket(Socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), Sd, &*Out, SetIrp);
                        break;
                    }
                } while (status == STATUS_PENDING);
                if (i < 3) {
                    if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copies[i], sizeof sd, (PVOID)0, ExAllocatePoolWithTag(NonPagedPool, 64, 0), IoAllocateIrp(1, FALSE)))) {
                        goto Exit;
                    }
                    return ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp);
                } else {
                    ((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), 0, 0, NULL, NULL, Irp);
                    if (cached != NULL) {
                        g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, NULL, NULL);
                        sd = cached;
                    } else {
                        if (status == STATUS_PENDING) {
                            KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
                            status = Irp->IoStatus.Status;
                        }
                        status = Helper0(&g_Endpoint, Socket, cached, &cached, irp);
                    }
                    if (!NT_SUCCESS(status)) {
                        return status;
                    }
                }
                if (!NT_SUCCESS(((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PVOID), ExAllocatePoolWithTag(NonPagedPool, 64, 0), 0, NULL, NULL, NULL))) {
                    goto Exit;
                }
            default:
                __try {
                    ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &copies[i], Sd, NULL);
                    Irp = irp;
                    ((PWSK_PROVIDER_BASIC_DISPATCH)ctx->Socket->Dispatch)->WskControlSocket(ctx->Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, irp);
                    __leave;
                } __finally {
                    if (!NT_SUCCESS(CACHE_SD(Sd, copy))) {
                        goto Exit;
                    }
                    irp = IoAllocateIrp(1, FALSE);
                    if (!irp) {
                        return STATUS_INSUFFICIENT_RESOURCES;
                    }
                    status = Helper0(NULL, ctx->Socket, sd, &cached, irp);
                }
                break;
            }
            status = Helper1(ctx, ctx->Socket, NULL, &cached, Irp);
            ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, NULL);
        default:
            switch (status) {
            case 0:
                if (status == STATUS_PENDING) {
                    KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                    status = irp->IoStatus.Status;
                }
                break;
                if (!NT_SUCCESS(Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copy, ctx->Irp))) {
                    goto Exit;
                }
                socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information;
                break;
            case 1:
                break;
            default:
                sd = cached;
                goto Cleanup;
                break;
                break;
            }
            IoFreeIrp(irp);
            break;
        }
    } __except (EXCEPTION_EXECUTE_HANDLER) {
        if (sd) {
            status = CONNECTION(Endpoint->Socket)->Basic.WskControlSocket(Endpoint->Socket, WskSetOption, SO_WSK_SECURITY, IPPROTO_UDP, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, sizeof(sd), &g_Sd, NULL, Irp);
        } else {
            BASIC(Socket)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, NULL, NULL, Irp);
            if (!NT_SUCCESS(BASIC(AcceptSocket)->WskControlSocket(AcceptSocket, WskGetOption, SO_WSK_SECURITY, 0, 0, x ? &sd : NULL, sizeof(PSECURITY_DESCRIPTOR), &copies[i], NULL, ctx->Irp))) {
                goto Exit;
            }
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = SetIrp->IoStatus.Status;
            }
            ((PWSK_PROVIDER_LISTEN_DISPATCH)socket->Dispatch)->WskAccept(Socket, 0, NULL, NULL, NULL, NULL, ctx->Irp);
            socket = (PWSK_SOCKET)Irp->IoStatus.Information;
        }
        if (cached != NULL) {
            cached = ctx->CachedSd;
            irp = IoAllocateIrp(1, FALSE);
        } else {
            socket = ctx->Socket;
            if (i < 3) {
                ;
                ;
            }
            IoReuseIrp(irp, STATUS_UNSUCCESSFUL);
            switch (Flag) {
            case 0:
                irp = NULL;
                break;
            case 1:
                CONNECTION(ctx->Socket)->WskConnect(ctx->Socket, (PSOCKADDR)&local, 0, Irp);
            default:
                if (!NT_SUCCESS(CONNECTION(ctx->Socket)->WskBind(ctx->Socket, (PSOCKADDR)&local, 0, irp))) {
                    goto Exit;
                }
                break;
            }
        }
        ((PWSK_PROVIDER_LISTEN_DISPATCH)Endpoint->Socket->Dispatch)->WskAccept((PWSK_SOCKET)irp->IoStatus.Information, 0, NULL, NULL, NULL, NULL, ctx->Irp);
        socket = (PWSK_SOCKET)irp->IoStatus.Information;
    }
    return status;
}

NTSTATUS
Entry0_2(PWSK_PROVIDER_NPI Npi, PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp, BOOLEAN Flag)
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
    Irp = irp;
    status = Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, cached, Irp);
    socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information;
    irp = IoAllocateIrp(1, FALSE);
    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    if (NT_SUCCESS(status)) {
        status = Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp);
        socket = (PWSK_SOCKET)irp->IoStatus.Information;
        status = CACHE_SD(sd, g_Sd);
        CACHE_SD(Sd, g_Sd);
    } else {
        if (sd) {
            i++;
            ;
            ;
            if (!NT_SUCCESS(CONNECTION(Socket)->Basic.WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, irp))) {
                goto Exit;
            }
        }
        __try {
            __try {
                if (!NT_SUCCESS(status)) {
                    return status;
                }
                goto Cleanup;
                if (!NT_SUCCESS(((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, irp))) {
                    goto Exit;
                }
            } __finally {
                __leave;
                __try {
                    for (i = 0; i < 4; i++) {
                        sd = cached;
                        return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, sizeof(sd), NULL, NULL, irp);
                        if (Flag) {
                            do {
                                BASIC(ctx->Socket)->WskControlSocket(ctx->Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(ULONG), cached, sizeof(cached), NULL, &ctx->CachedSd, Irp);
                            } while (NT_SUCCESS(status));
                            ((PWSK_PROVIDER_BASIC_DISPATCH)ctx->Socket->Dispatch)->WskControlSocket(ctx->Socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, NULL, Irp);
                            status = ((PWSK_PROVIDER_DATAGRAM_DISPATCH)Socket->Dispatch)->WskSendTo(Socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, ctx->Irp);
                        } else {
                            status = Helper0(NULL, ctx->Socket, cached, Out, Irp);
                            status = Helper0(&g_Endpoint, Socket, Sd, &ctx->CachedSd, Irp);
                            if (status == STATUS_PENDING) {
                                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                                status = ctx->Irp->IoStatus.Status;
                            }
                            if (status == STATUS_PENDING) {
                                KeWaitForSingleObject(&event, Executive, KernelMode, FALSE, NULL);
                                status = irp->IoStatus.Status;
                            }
                        }
                        socket = ctx->Socket;
                    }
                    return ((PWSK_PROVIDER_BASIC_DISPATCH)ctx->Socket->Dispatch)->WskControlSocket(ctx->Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, NULL, NULL, ctx->Irp);
                } __except (EXCEPTION_EXECUTE_HANDLER) {
                    cached = ctx->CachedSd;
                    g_Sd = copy;
                    for (i = 0; i < 4; i++) {
                        if (irp == NULL) {
                            if (!NT_SUCCESS(status)) {
                                goto Exit;
                            }
                            Irp = IoAllocateIrp(1, FALSE);
                            if (ctx->Irp == NULL) {
                                return STATUS_INSUFFICIENT_RESOURCES;
                            }
                        }
                        continue;
                        status = CONNECTION(ctx->Socket)->Basic.WskControlSocket(ctx->Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, NULL, NULL, irp);
                        if (!NT_SUCCESS(((PWSK_PROVIDER_BASIC_DISPATCH)ctx->Socket->Dispatch)->WskControlSocket(ctx->Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, ctx->Irp))) {
                            goto Exit;
                        }
                    }
                    if (status == STATUS_PENDING) {
                        KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
                        status = ctx->Irp->IoStatus.Status;
                    }
                }
                while (cached != NULL) {
                    BASIC(socket)->WskControlSocket(socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &cached, NULL, irp);
                    for (i = 0; i < 4; i++) {
                        continue;
                    }
                    status = BASIC(ctx->Socket)->WskControlSocket(ctx->Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, Irp);
                    status = BASIC(Socket)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, ctx->Irp);
                }
                if (status == STATUS_PENDING) {
                    KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                    status = irp->IoStatus.Status;
                }
            }
            return Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, Irp);
            socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information;
        } __finally {
            i++;
            if (!NT_SUCCESS(((PWSK_PROVIDER_LISTEN_DISPATCH)Endpoint->Socket->Dispatch)->WskListen(Endpoint->Socket, Irp))) {
                goto Exit;
            }
            __try {
                __try {
                    if (NT_SUCCESS(status)) {
                        status = ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &cached, NULL, NULL);
                        if (irp == NULL) {
                            copies[i] = cached;
                            Irp = IoAllocateIrp(2, FALSE);
                            if (irp == NULL) {
                                return STATUS_INSUFFICIENT_RESOURCES;
                            }
                            if (!NT_SUCCESS(g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 8, NULL, NULL, (PIRP)0))) {
                                goto Exit;
                            }
                        }
                    }
                    Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, Sd, Endpoint->Irp);
                    socket = (PWSK_SOCKET)Irp->IoStatus.Information;
                } __finally {
                    g_Sd = copy;
                    Irp = IoAllocateIrp(DeviceObject->StackSize, FALSE);
                    if (irp == NULL) {
                        return STATUS_INSUFFICIENT_RESOURCES;
                    }
                }
                status = ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, Irp);
            } __finally {
                switch (status) {
                case 0:
                    g_Sd = copy;
                    if (sd) {
                        return ((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, 8, &copies[i], sizeof(PSECURITY_DESCRIPTOR), (PVOID)0, &copies[i], ((void *)0));
                        g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof sd, cached, sizeof(*sd), Out, 0, NULL);
                        g_Sd = copy;
                    }
                    break;
                case 1:
                    if (!NT_SUCCESS(CACHE_SD(Sd, copy))) {
                        goto Exit;
                    }
                    if (cached != NULL) {
                        if (Flag) {
                            return BASIC(ctx->Socket)->WskControlSocket(ctx->Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, NULL, NULL, ctx->Irp);
                            status = Helper0(&g_Endpoint, socket, cached, &ctx->CachedSd, irp);
                            if (!NT_SUCCESS(Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, ctx->CachedSd, irp))) {
                                goto Exit;
                            }
                            socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information;
                        }
                    } else {
                        if (!irp) goto Cleanup;
                        ;
                    }
                    if (i < 3) {
                        if (status == STATUS_PENDING) {
                            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                            status = irp->IoStatus.Status;
                        }
                    } else {
                        return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, NULL);
                    }
                    __try {
                        cached = NULL;
                        copy = cached;
                        if (status == STATUS_PENDING) {
                            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                            status = Irp->IoStatus.Status;
                        }
                    } __except (EXCEPTION_EXECUTE_HANDLER) {
                        if (sd) {
                            status = Helper0(&g_Endpoint, Socket, NULL, &cached, irp);
                            if (!irp) goto Cleanup;
                            goto Exit;
                            status = ((PWSK_PROVIDER_LISTEN_DISPATCH)AcceptSocket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, ctx->Irp);
                            socket = (PWSK_SOCKET)NULL->IoStatus.Information;
                        }
                        if (!NT_SUCCESS(((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PVOID), &cached, ExAllocatePoolWithTag(NonPagedPool, 64, 0), ctx->Irp))) {
                            goto Exit;
                        }
                    }
                default:
                    if (cached != NULL) {
                        Irp = irp;
                        irp = IoAllocateIrp(DeviceObject->StackSize, FALSE);
                        if (!irp) {
                            return STATUS_INSUFFICIENT_RESOURCES;
                        }
                        if (!NT_SUCCESS(status)) {
                            goto Exit;
                        }
                        cached = ctx->CachedSd;
                    }
                    break;
                }
                ;
                status = ((PWSK_PROVIDER_BASIC_DISPATCH)ctx->Socket->Dispatch)->WskControlSocket(ctx->Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, irp);
                do {
                    if (!irp) goto Cleanup;
                    switch (Flag) {
                    case 0:
                        status = Helper0(&g_Endpoint, ctx->Socket, cached, &ctx->CachedSd, NULL);
                        if (!NT_SUCCESS(((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, 4, &sd, sizeof(PVOID), &ctx->CachedSd, NULL, NULL))) {
                            goto Exit;
                        }
                        if (cached == NULL) {
                            if (status == STATUS_PENDING) {
                                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                                status = ctx->Irp->IoStatus.Status;
                            }
                            break;
                            return CONNECTION(ctx->Socket)->Basic.WskControlSocket(ctx->Socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &copy, NULL, irp);
                        }
                        break;
                    case 1:
                        irp = IoAllocateIrp(DeviceObject->StackSize, FALSE);
                        if (!irp) {
                            return STATUS_INSUFFICIENT_RESOURCES;
                        }
                        if (status == STATUS_PENDING) {
                            KeWaitForSingleObject(&event, Executive, KernelMode, FALSE, NULL);
                            status = irp->IoStatus.Status;
                        }
                    default:
                        break;
                        CACHE_SD(Sd, cached);
                        if (!irp) goto Cleanup;
                        break;
                    }
                    for (i = 0; i < 4; i++) {
                        status = RELEASE_SD(cached);
                        if (!irp) goto Cleanup;
                        while (Flag) {
                            CONNECTION(Socket)->Basic.WskControlSocket(Socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, Irp);
                            if (!NT_SUCCESS(BASIC(Socket)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, Irp))) {
                                goto Exit;
                            }
                        }
                        if (!NT_SUCCESS(status)) {
                            return status;
                        }
                    }
                    CONNECTION(ctx->Socket)->Basic.WskControlSocket(ctx->Socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, 0, sd, cached, ((void *)0));
                } while (irp == NULL);
            }
            if (!NT_SUCCESS(RELEASE_SD(cached))) {
                goto Exit;
            }
        }
        cached = ctx->CachedSd;
    }
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
        status = irp->IoStatus.Status;
    }
    ;
Exit:
Cleanup:
    return status;
}

NTSTATUS
Entry0_1(PWSK_PROVIDER_NPI Npi, PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp, BOOLEAN Flag)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR sd = Sd;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PSECURITY_DESCRIPTOR copies[4];
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    SOCKADDR_IN local;
Retry:
    status = CONNECTION(ctx->Socket)->WskConnect(ctx->Socket, (PSOCKADDR)&local, 0, irp);
    status = ((PWSK_PROVIDER_LISTEN_DISPATCH)Endpoint->Socket->Dispatch)->WskListen(Endpoint->Socket, irp);
    if (!NT_SUCCESS(status)) {
        goto Exit;
    }
    ;
    return status;
}
