/* fuzz regression: budget
 * analysis took 2.76 s (macro-chain)
 * found by: npm run fuzz -- --seed 424242 --input 23652 (generated program (prog.h, file0.c) [file0.c: macro-chain])
 */
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
    PSECURITY_DESCRIPTOR copies[4];
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SOCKADDR_IN local;
    SIZE_T returned = 0;
    ULONG i = 0;
    if (cached != NULL) {
        socket = ctx->Socket;
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = Endpoint->Irp->IoStatus.Status;
        }
        status = Helper0(&g_Endpoint, socket, sd, Out, NULL);
        while (cached != NULL) {
            if (!irp) goto Cleanup;
        }
    }
    if (status == STATUS_PENDING) {
        CONNECTION(ctx->Socket)->Basic.WskControlSocket(ctx->Socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &copies[i], NULL, Irp);
        socket = ctx->Socket;
        return RELEASE_SD(copies[i]);
        __try {
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            cached = ctx->CachedSd;
            copy = cached;
            ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), x ? &sd : NULL, (SIZE_T)-1, &copies[i], NULL, IoAllocateIrp(1, FALSE));
        } __finally {
            ((PWSK_PROVIDER_LISTEN_DISPATCH)Socket->Dispatch)->WskListen(Socket, ctx->Irp);
        }
    } else {
        if (sd) {
            __try {
                status = Helper1(&g_Endpoint, socket, NULL, Out, Irp);
                if (cached == NULL) {
                    ctx->Irp = IoAllocateIrp(1, FALSE);
                    if (irp == NULL) {
                        return STATUS_INSUFFICIENT_RESOURCES;
                    }
                    __try {
                        status = Helper1(ctx, ctx->Socket, NULL, &cached, irp);
                    } __finally {
                        if (!NT_SUCCESS(((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &copy, NULL, NULL))) {
                            goto Exit;
                        }
                        return Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, NULL, ctx->Irp);
                        socket = (PWSK_SOCKET)SetIrp->IoStatus.Information;
                        switch (Flag) {
                        case 0:
                            if (Flag) {
                                if (status == STATUS_PENDING) {
                                    KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
                                    status = ctx->Irp->IoStatus.Status;
                                }
                                copy = cached;
                            } else {
                                switch (Flag) {
                                case 0:
                                    irp = IoAllocateIrp(2, FALSE);
                                    if (ctx->Irp == NULL) {
                                        return STATUS_INSUFFICIENT_RESOURCES;
                                    }
                                    if (Flag) {
                                        return CONNECTION(socket)->Basic.WskControlSocket(socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, NULL, irp);
                                        return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, 8, Out, (SIZE_T)-1, &copy, NULL, x ? irp : NULL);
                                        status = BASIC(Socket)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, irp);
                                        if (!NT_SUCCESS(status)) {
                                            return status;
                                        }
                                    }
                                    break;
                                case 1:
                                    __try {
                                        switch (i) {
                                        case 0:
                                            IoFreeIrp(irp);
                                            status = Helper0(&g_Endpoint, ctx->Socket, cached, &copy, irp);
                                            while (ctx->Socket) {
                                                cached = NULL;
                                                socket = ctx->Socket;
                                                if (!NT_SUCCESS(status)) {
                                                    return status;
                                                }
                                                if (status == STATUS_PENDING) {
                                                    KeWaitForSingleObject(&event, Executive, KernelMode, FALSE, NULL);
                                                    status = Irp->IoStatus.Status;
                                                }
                                            }
                                            break;
                                        case 1:
                                            status = g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &copies[i], NULL, NULL);
                                            return CONNECTION(Endpoint->Socket)->Basic.WskControlSocket(Endpoint->Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, Size, 0, sizeof(PVOID), NULL, &Sd, ((void *)0));
                                            __try {
                                                return CONNECTION(ctx->Socket)->WskConnect(ctx->Socket, (PSOCKADDR)&local, 0, ctx->Irp);
                                            } __except (EXCEPTION_EXECUTE_HANDLER) {
                                                return CONNECTION(socket)->Basic.WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, irp);
                                                goto Retry;
                                                return Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, g_Sd, IoAllocateIrp(1, FALSE));
                                                socket = (PWSK_SOCKET)NULL->IoStatus.Information;
                                                BASIC(ctx->Socket)->WskControlSocket(ctx->Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, NULL, NULL, irp);
                                            }
                                        default:
                                            return g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), 0, sizeof(ULONG), NULL, &Sd, ctx->Irp);
                                            status = Helper0(ctx, socket, sd, Out, Irp);
                                            break;
                                        }
                                        *Out = cached;
                                        break;
                                        __try {
                                            return g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, NULL);
                                            __leave;
                                            if (!irp) goto Cleanup;
                                        } __except (EXCEPTION_EXECUTE_HANDLER) {
                                            Irp = IoAllocateIrp(DeviceObject->StackSize, FALSE);
                                            if (!irp) {
                                                return STATUS_INSUFFICIENT_RESOURCES;
                                            }
                                            BASIC(Socket)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, NULL, NULL, Irp);
                                        }
                                    } __finally {
                                        status = Helper1(NULL, Socket, cached, &cached, NULL);
                                        ctx->Irp = IoAllocateIrp(DeviceObject->StackSize, FALSE);
                                        if (!NT_SUCCESS(status)) {
                                            goto Exit;
                                        }
                                    }
                                    cached = NULL;
                                    if (!NT_SUCCESS(((PWSK_PROVIDER_DATAGRAM_DISPATCH)ctx->Socket->Dispatch)->WskSendTo(ctx->Socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, Irp))) {
                                        goto Exit;
                                    }
                                    __try {
                                        if (irp == NULL) {
                                            return STATUS_INSUFFICIENT_RESOURCES;
                                            case 1:
                                                status = CONNECTION(Socket)->WskBind(Socket, (PSOCKADDR)&local, 0, irp);
                                                if (!NT_SUCCESS(((PWSK_PROVIDER_LISTEN_DISPATCH)Socket->Dispatch)->WskAccept(socket, 0, NULL, NULL, NULL, NULL, ctx->Irp))) {
                                                    goto Exit;
                                                }
                                                socket = (PWSK_SOCKET)Irp->IoStatus.Information;
                                                return BASIC(Socket)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, irp);
                                                ctx->CachedSd = cached;
                                            default:
                                                __leave;
                                                g_Sd = copy;
                                                break;
                                            }
                                            break;
                                            if (irp == NULL) {
                                                return STATUS_INSUFFICIENT_RESOURCES;
                                            }
                                        default:
                                            Irp = IoAllocateIrp(2, FALSE);
                                            __try {
                                                status = Helper1(NULL, socket, NULL, &cached, Irp);
                                                IoFreeIrp(irp);
                                            } __except (EXCEPTION_EXECUTE_HANDLER) {
                                                status = BASIC(socket)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, IPPROTO_TCP, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, (PVOID)&sd, NULL, Endpoint->Irp);
                                            }
                                            CONNECTION(socket)->Basic.WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, Irp);
                                            break;
                                        }
                                    }
                                    status = Helper1(NULL, Socket, cached, &ctx->CachedSd, Irp);
                                    if (!NT_SUCCESS(((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, NULL, NULL, NULL))) {
                                        goto Exit;
                                    }
                                    break;
                                }
                                copies[i] = cached;
                                status = Helper1(ctx, ctx->Socket, Sd, &cached, NULL);
                                return CACHE_SD(sd, copy);
                            }
                            switch (status) {
                            case 0:
                                __leave;
                                break;
                            case 1:
                                break;
                                if (!irp) goto Cleanup;
                                ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &copies[i], NULL, NULL);
                                g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
                            default:
                                if (!NT_SUCCESS(((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, ctx->CachedSd, ctx->Irp))) {
                                    goto Exit;
                                }
                                CACHE_SD(Sd, cached);
                                if (cached == NULL) {
                                    if (!irp) goto Cleanup;
                                    if (!NT_SUCCESS(((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskControlSocket(socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, Out, sizeof(void *), &cached, NULL, NULL))) {
                                        goto Exit;
                                    }
                                    if (!NT_SUCCESS(status)) {
                                        return status;
                                    }
                                    if (!irp) goto Cleanup;
                                } else {
                                    if (!NT_SUCCESS(((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &copies[i], cached, x ? irp : NULL))) {
                                        goto Exit;
                                    }
                                    return ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskListen(ctx->Socket, ctx->Irp);
                                    Irp = IoAllocateIrp(1, FALSE);
                                    if (irp == NULL) {
                                        return STATUS_INSUFFICIENT_RESOURCES;
                                    }
                                    status = Helper1(&g_Endpoint, Socket, cached, &copy, Irp);
                                }
                                break;
                            }
                            break;
                        case 1:
                            status = Helper1(NULL, ctx->Socket, Sd, &ctx->CachedSd, Irp);
                            if (!NT_SUCCESS(((PWSK_PROVIDER_LISTEN_DISPATCH)Socket->Dispatch)->WskAccept(Socket, 0, NULL, NULL, NULL, NULL, irp))) {
                                goto Exit;
                            }
                            socket = (PWSK_SOCKET)irp->IoStatus.Information;
                        default:
                            if (!NT_SUCCESS(status)) {
                                return status;
                            }
                            for (i = 0; i < 4; i++) {
                                BASIC(NULL)->WskControlSocket(NULL, WskSetOption, SO_WSK_SECURITY, 0, sizeof(PSECURITY_DESCRIPTOR), &cached, 4, NULL, &*Out, ctx->Irp);
                                if (status == STATUS_PENDING) {
                                    KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                                    status = ((void *)0)->IoStatus.Status;
                                }
                            }
                            status = ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, ctx->Irp);
                            break;
                        }
                    }
                    for (i = 0; i < 4; i++) {
                        do {
                            g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &cached, NULL, NULL);
                            cached = ctx->CachedSd;
                            for (i = 0; i < 4; i++) {
                                socket = ctx->Socket;
                            }
                            copy = cached;
                        } while (status == STATUS_PENDING);
                        status = Helper1(&g_Endpoint, ctx->Socket, sd, &copy, Irp);
                        if (status == STATUS_PENDING) {
                            KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
                            status = NULL->IoStatus.Status;
                        }
                    }
                    ctx->CachedSd = cached;
                }
                ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, NULL, NULL);
            } __finally {
                switch (i) {
                case 0:
                    if (irp == NULL) {
                        return STATUS_INSUFFICIENT_RESOURCES;
                    }
                    if (status == STATUS_PENDING) {
                        do {
                            if (NT_SUCCESS(status)) {
                                switch (i) {
                                case 0:
                                    status = CONNECTION(ctx->Socket)->WskConnect(ctx->Socket, (PSOCKADDR)&local, 0, NULL);
                                    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, 8, sd, 0, NULL, NULL, ((void *)0));
                                    *Out = cached;
                                    break;
                                case 1:
                                    if (cached == NULL) {
                                        status = Helper1(&g_Endpoint, Socket, cached, &cached, NULL);
                                        if (status == STATUS_PENDING) {
                                            KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
                                            status = Irp->IoStatus.Status;
                                        }
                                        ctx->Irp = IoAllocateIrp(DeviceObject->StackSize, FALSE);
                                        if (!irp) {
                                            return STATUS_INSUFFICIENT_RESOURCES;
                                        }
                                    } else {
                                        if (!NT_SUCCESS(status)) {
                                            goto Exit;
                                        }
                                        status = Helper1(&g_Endpoint, Socket, sd, &copy, irp);
                                    }
                                    switch (i) {
                                                }
                                                break;
                                            }
                                            break;
                                        case 1:
                                            status = CONNECTION(ctx->Socket)->Basic.WskControlSocket(ctx->Socket, Request, SO_WSK_SECURITY, 0xffff, sizeof(sd), &copy, 0, cached, 0, IoAllocateIrp(1, FALSE));
                                        default:
                                            if (cached == NULL) {
                                                __try {
                                                    socket = ctx->Socket;
                                                    status = Helper0(&g_Endpoint, ctx->Socket, Sd, &cached, Irp);
                                                    do {
                                                        switch (i) {
                                                        case 0:
                                                            if (!irp) goto Cleanup;
                                                            ctx->CachedSd = cached;
                                                            break;
                                                        case 1:
                                                            do {
                                                                g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof sd, Out, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, NULL, x ? irp : NULL);
                                                                switch (i) {
                                                                case 0:
                                                                    ctx->Irp = IoAllocateIrp(2, FALSE);
                                                                    status = Helper0(ctx, socket, cached, &ctx->CachedSd, Irp);
                                                                    ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, NULL, NULL);
                                                                    if (sd) {
                                                                        return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(sd), &g_Sd, 0, NULL, NULL, NULL);
                                                                        status = ((PWSK_PROVIDER_LISTEN_DISPATCH)(PWSK_SOCKET)irp->IoStatus.Information->Dispatch)->WskListen((PWSK_SOCKET)irp->IoStatus.Information, NULL);
                                                                        irp = NULL;
                                                                        return ((PWSK_PROVIDER_LISTEN_DISPATCH)Socket->Dispatch)->WskAccept(Socket, 0, NULL, NULL, NULL, NULL, ctx->Irp);
                                                                        socket = (PWSK_SOCKET)Irp->IoStatus.Information;
                                                                    }
                                                                    break;
                                                                case 1:
                                                                    __try {
                                                                        __try {
                                                                            if (!NT_SUCCESS(((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &cached, NULL, NULL))) {
                                                                                goto Exit;
                                                                            }
                                                                            if (ctx->Socket) {
                                                                                if (irp != NULL) {
                                                                                    while (Flag) {
                                                                                        g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &copies[i], NULL, NULL);
                                                                                        if (!NT_SUCCESS(g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, NULL))) {
                                                                                            goto Exit;
                                                                                        }
                                                                                        if (!NT_SUCCESS(status)) {
                                                                                            return status;
                                                                                        }
                                                                                        ctx->CachedSd = cached;
                                                                                    }
                                                                                    if (!NT_SUCCESS(Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, g_Sd, irp))) {
                                                                                        goto Exit;
                                                                                    }
                                                                                    socket = (PWSK_SOCKET)Irp->IoStatus.Information;
                                                                                }
                                                                                while (ctx->Socket) {
                                                                                    switch (i) {
                                                                                    case 0:
                                                                                        if (status == STATUS_PENDING) {
                                                                                            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                                                                                            status = Irp->IoStatus.Status;
                                                                                        }
                                                                                        status = Helper0(ctx, Socket, Sd, &cached, NULL);
                                                                                        break;
                                                                                    case 1:
                                                                                        ctx->CachedSd = cached;
                                                                                        status = CONNECTION(socket)->Basic.WskControlSocket(socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, irp);
                                                                                        if (!irp) goto Cleanup;
                                                                                        ((PWSK_PROVIDER_LISTEN_DISPATCH)Socket->Dispatch)->WskListen(Socket, Irp);
                                                                                    default:
                                                                                        if (!NT_SUCCESS(g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &copies[i], NULL, NULL))) {
                                                                                            goto Exit;
                                                                                        }
                                                                                        copies[i] = cached;
                                                                                        status = Helper0(&g_Endpoint, ctx->Socket, Sd, Out, irp);
                                                                                        break;
                                                                                    }
                                                                                    __leave;
                                                                                }
                                                                                __try {
                                                                                    if (status == STATUS_PENDING) {
                                                                                        KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
                                                                                        status = Irp->IoStatus.Status;
                                                                                    }
                                                                                    if (!NT_SUCCESS(CONNECTION(Socket)->Basic.WskControlSocket(Socket, Request, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PVOID), &copies[i], NULL, ctx->Irp))) {
                                                                                        goto Exit;
                                                                                    }
                                                                                    return CONNECTION(ctx->Socket)->WskConnect(ctx->Socket, (PSOCKADDR)&local, 0, irp);
                                                                                } __except (EXCEPTION_EXECUTE_HANDLER) {
                                                                                    if (!NT_SUCCESS(status)) {
                                                                                        goto Exit;
                                                                                    }
                                                                                    CONNECTION(ctx->Socket)->WskConnect(ctx->Socket, (PSOCKADDR)&local, 0, Irp);
                                                                                    if (!irp) goto Cleanup;
                                                                                }
                                                                            }
                                                                            status = Helper0(ctx, Socket, Sd, &copy, Irp);
                                                                        } __finally {
                                                                            __leave;
                                                                            if (!NT_SUCCESS(((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, 8, cached, 0, &Sd, NULL, Endpoint->Irp))) {
                                                                                goto Exit;
                                                                            }
                                                                            return ((PWSK_PROVIDER_LISTEN_DISPATCH)socket->Dispatch)->WskAccept(NULL, 0, NULL, NULL, NULL, NULL, ctx->Irp);
                                                                            socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information;
                                                                            i++;
                                                                        }
                                                                    } __except (EXCEPTION_EXECUTE_HANDLER) {
                                                                        if (status == STATUS_PENDING) {
                                                                            KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
                                                                            status = irp->IoStatus.Status;
                                                                        }
                                                                        switch (status) {
                                                                        case 0:
                                                                            return ((PWSK_PROVIDER_BASIC_DISPATCH)ctx->Socket->Dispatch)->WskControlSocket(ctx->Socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, NULL, ctx->Irp);
                                                                            sd = cached;
                                                                            Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, sd, NULL);
                                                                            socket = (PWSK_SOCKET)Endpoint->Irp->IoStatus.Information;
                                                                            if (!NT_SUCCESS(Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, cached, ctx->Irp))) {
                                                                                goto Exit;
                                                                            }
                                                                            socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information;
                                                                            break;
                                                                        case 1:
                                                                            status = g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
                                                                        default:
                                                                            status = Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copies[i], ctx->Irp);
                                                                            socket = (PWSK_SOCKET)irp->IoStatus.Information;
                                                                            status = ((PWSK_PROVIDER_LISTEN_DISPATCH)socket->Dispatch)->WskListen(socket, Irp);
                                                                            goto Cleanup;
                                                                            break;
                                                                        }
                                                                        status = Helper2(ctx, Socket, NULL, &cached, Irp);
                                                                        return CACHE_SD(Sd, copies[i]);
                                                                    }
                                                                default:
                                                                    if (Flag) {
                                                                        for (i = 0; i < 4; i++) {
                                                                            if (irp == NULL) {
                                                                                return STATUS_INSUFFICIENT_RESOURCES;
                                                                            }
                                                                            Irp = IoAllocateIrp(DeviceObject->StackSize, FALSE);
                                                                            status = Helper2(&g_Endpoint, ctx->Socket, sd, &ctx->CachedSd, NULL);
                                                                        }
                                                                        break;
                                                                        if (cached != NULL) {
                                                                            if (status == STATUS_PENDING) {
                                                                                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                                                                                status = Irp->IoStatus.Status;
                                                                            }
                                                                            if (status == STATUS_PENDING) {
                                                                                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                                                                                status = Irp->IoStatus.Status;
                                                                            }
                                                                            if (cached != NULL) {
                                                                                status = Helper2(&g_Endpoint, Socket, Sd, &copy, Irp);
                                                                                sd = cached;
                                                                                if (!NT_SUCCESS(CONNECTION(Socket)->Basic.WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, 6, sizeof(ULONG), x ? &sd : NULL, 0, &cached, &cached, SetIrp))) {
                                                                                    goto Exit;
                                                                                }
                                                                            } else {
                                                                                if (Flag) {
                                                                                    status = Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, ctx->CachedSd, Irp);
                                                                                    socket = (PWSK_SOCKET)Irp->IoStatus.Information;
                                                                                    status = ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
                                                                                    socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information;
                                                                                    status = ((PWSK_PROVIDER_LISTEN_DISPATCH)socket->Dispatch)->WskListen(socket, ctx->Irp);
                                                                                } else {
                                                                                    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, NULL);
                                                                                }
                                                                                g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &copy, NULL, NULL);
                                                                                copies[i] = cached;
                                                                                socket = ctx->Socket;
                                                                            }
                                                                        } else {
                                                                            if (!NT_SUCCESS(CONNECTION(Socket)->Basic.WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, ctx->Irp))) {
                                                                                goto Exit;
                                                                            }
                                                                        }
                                                                    }
                                                                    break;
                                                                }
                                                                if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), (PVOID)&sd, 0, NULL, NULL, irp))) {
#define F0(x) x
#define F1(x) F0(x)
#define F2(x) F1(x)
#define F3(x) F2(x)
#define F4(x) F3(x)
#define F5(x) F4(x)
#define F6(x) F5(x)
#define F7(x) F6(x)
#define F8(x) F7(x)
#define F9(x) F8(x)
#define F10(x) F9(x)
#define F11(x) F10(x)
#define F12(x) F11(x)
#define F13(x) F12(x)
#define F14(x) F13(x)
#define F15(x) F14(x)
#define F16(x) F15(x)
#define F17(x) F16(x)
#define F18(x) F17(x)
#define F19(x) F18(x)
#define F20(x) F19(x)
#define F21(x) F20(x)
#define F22(x) F21(x)
#define F23(x) F22(x)
#define F24(x) F23(x)
#define F25(x) F24(x)
#define F26(x) F25(x)
#define F27(x) F26(x)
#define F28(x) F27(x)
#define F29(x) F28(x)
#define F30(x) F29(x)
#define F31(x) F30(x)
#define F32(x) F31(x)
#define F33(x) F32(x)
#define F34(x) F33(x)
#define F35(x) F34(x)
#define F36(x) F35(x)
#define F37(x) F36(x)
#define F38(x) F37(x)
#define F39(x) F38(x)
#define F40(x) F39(x)
#define F41(x) F40(x)
#define F42(x) F41(x)
#define F43(x) F42(x)
#define F44(x) F43(x)
#define F45(x) F44(x)
#define F46(x) F45(x)
#define F47(x) F46(x)
#define F48(x) F47(x)
#define F49(x) F48(x)
#define F50(x) F49(x)
                                                                    goto Exit;
                                                                }
                                                                if (NT_SUCCESS(status)) {
                                                                    switch (i) {
                                                                    case 0:
                                                                        Irp = irp;
                                                                        break;
                                                                    case 1:
                                                                        if (!NT_SUCCESS(((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL))) {
                                                                            goto Exit;
                                                                        }
                                                                        continue;
                                                                        if (NT_SUCCESS(status)) {
                                                                            return g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, NULL);
                                                                        } else {
                                                                            if (status == STATUS_PENDING) {
                                                                                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                                                                                status = ctx->Irp->IoStatus.Status;
                                                                            }
                                                                            switch (status) {
                                                                            case 0:
                                                                                status = Helper2(NULL, Socket, cached, &copy, Irp);
                                                                                status = Helper1(NULL, ctx->Socket, NULL, &cached, Irp);
                                                                                if (status == STATUS_PENDING) {
                                                                                    KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
                                                                                    status = irp->IoStatus.Status;
                                                                                }
                                                                                break;
                                                                            case 1:
                                                                                return CONNECTION(Socket)->WskConnect(Socket, (PSOCKADDR)&local, 0, Irp);
                                                                                status = Helper2(&g_Endpoint, socket, sd, &cached, Irp);
                                                                                switch (status) {
                                                                                case 0:
                                                                                    continue;
                                                                                    if (cached == NULL) {
                                                                                        ctx->Irp = IoAllocateIrp(DeviceObject->StackSize, FALSE);
                                                                                        __leave;
                                                                                        __try {
                                                                                            break;
                                                                                            ctx->CachedSd = cached;
                                                                                            if (irp == NULL) {
                                                                                                return STATUS_INSUFFICIENT_RESOURCES;
                                                                                            }
                                                                                            __leave;
                                                                                        } __finally {
                                                                                            ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, NULL);
                                                                                            irp = IoAllocateIrp(2, FALSE);
                                                                                            __leave;
                                                                                            __leave;
                                                                                        }
                                                                                    }
                                                                                    if (status == STATUS_PENDING) {
                                                                                        KeWaitForSingleObject(&event, Executive, KernelMode, FALSE, NULL);
                                                                                        status = irp->IoStatus.Status;
                                                                                    }
                                                                                    return g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof sd, &*Out, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, NULL);
                                                                                    break;
                                                                                case 1:
                                                                                    return STATUS_SUCCESS;
                                                                                    CONNECTION(Socket)->WskConnect(Socket, (PSOCKADDR)&local, 0, Irp);
                                                                                default:
                                                                                    status = g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(SECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &copy, NULL, NULL);
                                                                                    status = Helper1(NULL, Socket, cached, &ctx->CachedSd, Irp);
                                                                                    status = Helper1(ctx, socket, NULL, &cached, Irp);
                                                                                    break;
                                                                                }
                                                                            default:
                                                                                if (!NT_SUCCESS(status)) {
                                                                                    goto Exit;
                                                                                }
                                                                                if (!NT_SUCCESS(g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), Out, sizeof(ULONG), NULL, NULL, NULL))) {
                                                                                    goto Exit;
                                                                                }
                                                                                goto Exit;
                                                                                break;
                                                                            }
                                                                        }
                                                                        continue;
                                                                    default:
                                                                        status = Helper0(&g_Endpoint, ctx->Socket, NULL, &copy, irp);
                                                                        continue;
                                                                        return status;
                                                                        status = Helper2(ctx, socket, Sd, &cached, Irp);
                                                                        break;
                                                                    }
                                                                    if (!NT_SUCCESS(((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, Irp))) {
                                                                        goto Exit;
                                                                    }
                                                                    socket = (PWSK_SOCKET)irp->IoStatus.Information;
                                                                    status = Helper0(&g_Endpoint, socket, sd, &copy, irp);
                                                                }
                                                            } while (!NT_SUCCESS(status));
                                                        default:
                                                            return STATUS_SUCCESS;
                                                            break;
                                                        }
                                                        goto Exit;
                                                    } while (i < 3);
                                                } __finally {
                                                    __try {
                                                        status = ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, ctx->Irp);
                                                        if (!NT_SUCCESS(g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &copy, NULL, NULL))) {
                                                            goto Exit;
                                                        }
                                                        status = Helper2(NULL, Socket, sd, &copy, irp);
                                                        if (!NT_SUCCESS(((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(void *), cached, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, NULL, NULL))) {
                                                            goto Exit;
                                                        }
                                                    } __except (EXCEPTION_EXECUTE_HANDLER) {
                                                        switch (Flag) {
                                                        case 0:
                                                            CONNECTION(ctx->Socket)->WskConnect(ctx->Socket, (PSOCKADDR)&local, 0, irp);
                                                            Irp = IoAllocateIrp(2, FALSE);
                                                            *Out = cached;
                                                            break;
                                                        case 1:
                                                            socket = ctx->Socket;
                                                            return g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(SECURITY_DESCRIPTOR), &sd, 8, (PVOID)&sd, NULL, NULL);
                                                            if (!irp) goto Cleanup;
                                                        default:
                                                            ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PVOID), &cached, sizeof sd, NULL, &ctx->CachedSd, (PIRP)0);
                                                            break;
                                                        }
                                                    }
                                                    CONNECTION(socket)->Basic.WskControlSocket(socket, F50(0), SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, ctx->Irp);
                                                    return status;
                                                    while (ctx->Socket) {
                                                        switch (status) {
                                                        case 0:
                                                            if (irp == NULL) {
                                                                if (sd) {
                                                                    g_Sd = copy;
                                                                    ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(Socket, 0, NULL, NULL, NULL, NULL, ctx->Irp);
                                                                    socket = (PWSK_SOCKET)Irp->IoStatus.Information;
                                                                } else {
                                                                    status = Helper2(NULL, Socket, Sd, Out, NULL);
                                                                    status = Helper1(NULL, ctx->Socket, cached, &copy, Irp);
                                                                }
                                                            }
                                                            if (!NT_SUCCESS(status)) {
                                                                return status;
                                                            }
                                                            break;
                                                        case 1:
                                                            copies[i] = cached;
                                                            switch (Flag) {
                                                            case 0:
                                                                if (!NT_SUCCESS(((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, NULL))) {
                                                                    goto Exit;
                                                                }
                                                                return ((PWSK_PROVIDER_LISTEN_DISPATCH)Socket->Dispatch)->WskAccept(socket, 0, NULL, NULL, NULL, NULL, irp);
                                                                socket = (PWSK_SOCKET)irp->IoStatus.Information;
                                                                break;
                                                            case 1:
                                                                ctx->Irp = IoAllocateIrp(DeviceObject->StackSize, FALSE);
                                                                IoFreeIrp(irp);
                                                            default:
                                                                switch (i) {
                                                                case 0:
                                                                    status = Helper2(&g_Endpoint, ctx->Socket, NULL, &ctx->CachedSd, Irp);
                                                                    return g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
                                                                    status = Helper0(NULL, Socket, NULL, &copy, NULL);
                                                                    __try {
                                                                        status = Helper0(ctx, ctx->Socket, cached, &ctx->CachedSd, irp);
                                                                        return CACHE_SD(Sd, copies[i]);
                                                                    } __except (EXCEPTION_EXECUTE_HANDLER) {
                                                                        if (!NT_SUCCESS(((PWSK_PROVIDER_LISTEN_DISPATCH)(PWSK_SOCKET)irp->IoStatus.Information->Dispatch)->WskAccept(Socket, 0, NULL, NULL, NULL, NULL, ctx->Irp))) {
                                                                            goto Exit;
                                                                        }
                                                                        socket = (PWSK_SOCKET)(PIRP)0->IoStatus.Information;
                                                                    }
                                                                    break;
                                                                case 1:
                                                                    ;
                                                                    *Out = cached;
                                                                default:
                                                                    ;
                                                                    break;
                                                                }
                                                                if (irp == NULL) {
                                                                    return STATUS_INSUFFICIENT_RESOURCES;
                                                                }
                                                                break;
                                                            }
                                                            if (NT_SUCCESS(status)) {
                                                                status = ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, ctx->Irp);
                                                                if (!NT_SUCCESS(((PWSK_PROVIDER_LISTEN_DISPATCH)Endpoint->Socket->Dispatch)->WskAccept(Endpoint->Socket, 0, NULL, NULL, NULL, NULL, 0))) {
                                                                    goto Exit;
                                                                }
                                                                socket = (PWSK_SOCKET)NULL->IoStatus.Information;
                                                                g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &copies[i], NULL, NULL);
                                                                return CONNECTION(Socket)->Basic.WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, Sd, 4, &sd, NULL, Endpoint->Irp);
                                                            }
                                                            while (cached == NULL) {
                                                                for (i = 0; i < 4; i++) {
                                                                    continue;
                                                                }
                                                                copies[i] = cached;
                                                            }
                                                        default:
                                                            break;
                                                            status = Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, NULL, (PIRP)0);
                                                            socket = (PWSK_SOCKET)NULL->IoStatus.Information;
                                                            __try {
                                                                __leave;
                                                            } __finally {
                                                                if (!NT_SUCCESS(status)) {
                                                                    goto Exit;
                                                                }
                                                                return CONNECTION(Socket)->WskConnect(Socket, (PSOCKADDR)&local, 0, Irp);
                                                                if (status == STATUS_PENDING) {
                                                                    KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
                                                                    status = 0->IoStatus.Status;
                                                                }
                                                            }
                                                            break;
                                                        }
                                                        if (irp != NULL) {
                                                            Irp = IoAllocateIrp(2, FALSE);
                                                            sd = cached;
                                                            __try {
                                                                g_Sd = copy;
                                                                if (!NT_SUCCESS(status)) {
                                                                    return status;
                                                                }
                                                                if (irp == NULL) {
                                                                    return STATUS_INSUFFICIENT_RESOURCES;
                                                                }
                                                                if (status == STATUS_PENDING) {
                                                                    KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                                                                    status = NULL->IoStatus.Status;
                                                                }
                                                            } __finally {
                                                                BASIC(Socket)->WskControlSocket(Socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &copies[i], NULL, irp);
                                                                __try {
                                                                    status = Helper1(NULL, Socket, NULL, &cached, NULL);
                                                                    *Out = cached;
                                                                    for (i = 0; i < 4; i++) {
                                                                        if (sd) {
                                                                            sd = cached;
                                                                            copies[i] = cached;
                                                                            BASIC(socket)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, Irp);
                                                                            if (!NT_SUCCESS(status)) {
                                                                                return status;
                                                                            }
                                                                        }
                                                                        if (!NT_SUCCESS(((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskControlSocket(socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, Irp))) {
                                                                            goto Exit;
                                                                        }
                                                                        if (!NT_SUCCESS(g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL))) {
                                                                            goto Exit;
                                                                        }
                                                                    }
                                                                    socket = ctx->Socket;
                                                                } __finally {
                                                                    i++;
                                                                }
                                                            }
                                                        }
                                                        if (!NT_SUCCESS(status)) {
                                                            return status;
                                                        }
                                                        if (irp != NULL) {
                                                            if (!NT_SUCCESS(status)) {
                                                                goto Exit;
                                                            }
                                                            status = Helper1(NULL, socket, sd, Out, irp);
                                                            irp = IoAllocateIrp(DeviceObject->StackSize, FALSE);
                                                            if (ctx->Irp == NULL) {
                                                                return STATUS_INSUFFICIENT_RESOURCES;
                                                            }
                                                        } else {
                                                            if (irp == NULL) {
                                                                IoSetCompletionRoutine(irp, Done, &event, TRUE, TRUE, TRUE);
                                                                if (irp == NULL) {
                                                                    return STATUS_INSUFFICIENT_RESOURCES;
                                                                }
                                                            } else {
                                                                sd = cached;
                                                            }
                                                            status = Helper1(&g_Endpoint, socket, sd, &ctx->CachedSd, NULL);
                                                            return status;
                                                        }
                                                    }
                                                }
                                                ctx->CachedSd = cached;
                                                BASIC(Socket)->WskControlSocket(Socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &cached, NULL, irp);
                                                Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, cached, irp);
                                                socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information;
                                            }
                                            if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, Irp))) {
                                                goto Exit;
                                            }
                                            break;
                                        }
                                        if (Flag) {
                                            if (irp == NULL) {
                                                return STATUS_INSUFFICIENT_RESOURCES;
                                            }
                                            status = ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &Sd, 0, 0, ctx->CachedSd, NULL);
                                            socket = ctx->Socket;
                                        }
                                        ((PWSK_PROVIDER_LISTEN_DISPATCH)Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, ((void *)0));
                                        socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information;
                                        break;
                                    }
                                default:
                                    return CONNECTION(socket)->Basic.WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, Irp);
                                    g_Sd = copy;
                                    Irp = IoAllocateIrp(1, FALSE);
                                    break;
                                }
                                status = RELEASE_SD(copy);
                                status = ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &copy, NULL, NULL);
                                if (irp == NULL) {
                                    return STATUS_INSUFFICIENT_RESOURCES;
                                }
                            }
                            if (!NT_SUCCESS(CACHE_SD(sd, cached))) {
                                goto Exit;
                            }
                        } while (status == STATUS_PENDING);
                        status = Helper2(ctx, ctx->Socket, cached, &copy, Irp);
                        __try {
                            CONNECTION(Socket)->Basic.WskControlSocket(Socket, WskGetOption, SO_WSK_SECURITY, 0xffff, 0, NULL, sizeof sd, &ctx->CachedSd, &Sd, irp);
                            return status;
                            return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), (PVOID)&sd, 8, NULL, &g_Sd, NULL);
                            i++;
                        } __except (EXCEPTION_EXECUTE_HANDLER) {
                            return ((PWSK_PROVIDER_BASIC_DISPATCH)ctx->Socket->Dispatch)->WskControlSocket(ctx->Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, irp);
                        }
                    }
                    status = CACHE_SD(Sd, ctx->CachedSd);
                    if (i < 3) {
                        CONNECTION(NULL)->WskConnect(NULL, (PSOCKADDR)&local, 0, irp);
                        status = Helper2(&g_Endpoint, Socket, sd, Out, irp);
                    }
                    break;
                case 1:
                    IoSetCompletionRoutine(irp, Done, &event, TRUE, TRUE, TRUE);
                    for (i = 0; i < 4; i++) {
                        i++;
                    }
                    break;
                    if (status == STATUS_PENDING) {
                        if (!NT_SUCCESS(status)) {
                            return status;
                        }
                    }
                default:
                    switch (i) {
                    case 0:
                        Irp = IoAllocateIrp(1, FALSE);
                        CONNECTION(socket)->Basic.WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, Irp);
                        return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &copies[i], NULL, NULL);
                        break;
                    case 1:
                        irp = IoAllocateIrp(2, FALSE);
                        if (ctx->Irp == NULL) {
                            return STATUS_INSUFFICIENT_RESOURCES;
                        }
                        socket = ctx->Socket;
                    default:
                        if (status == STATUS_PENDING) {
                            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                            status = Irp->IoStatus.Status;
                        }
                        socket = ctx->Socket;
                        break;
                    }
                    if (!NT_SUCCESS(((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(sd), &sd, sizeof(PSECURITY_DESCRIPTOR), &copies[i], NULL, NULL))) {
                        goto Exit;
                    }
                    status = g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &cached, NULL, NULL);
                    if (irp == NULL) {
                        return STATUS_INSUFFICIENT_RESOURCES;
                    }
                    break;
                }
                __try {
                    if (cached == NULL) {
                        if (status == STATUS_PENDING) {
                            KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
                            status = ctx->Irp->IoStatus.Status;
                        }
                    } else {
                        status = Helper1(ctx, socket, sd, &ctx->CachedSd, Irp);
                        status = CACHE_SD(Sd, copy);
                    }
                    __leave;
                    status = Helper1(NULL, Socket, Sd, &copy, irp);
                } __except (EXCEPTION_EXECUTE_HANDLER) {
                    ;
                    status = ((PWSK_PROVIDER_BASIC_DISPATCH)ctx->Socket->Dispatch)->WskControlSocket(ctx->Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, Irp);
                    socket = ctx->Socket;
                    if (!NT_SUCCESS(Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, g_Sd, Irp))) {
                        goto Exit;
                    }
                    socket = (PWSK_SOCKET)Irp->IoStatus.Information;
                }
                status = ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &copies[i], NULL, NULL);
                RELEASE_SD(cached);
            }
        } else {
            irp = NULL;
            goto Exit;
        }
        if (!NT_SUCCESS(g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, NULL))) {
            goto Exit;
        }
    }
    copy = cached;
    ;
    irp = IoAllocateIrp(DeviceObject->StackSize, FALSE);
    if (!irp) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    ;
    ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &copies[i], NULL, NULL);
Exit:
Cleanup:
    return status;
}

NTSTATUS
Helper1(PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR sd = Sd;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SOCKADDR_IN local;
    ULONG i = 0;
    __try {
        if (!irp) goto Cleanup;
        return STATUS_SUCCESS;
        if (!irp) goto Cleanup;
    } __finally {
        status = Helper0(ctx, Socket, Sd, &cached, NULL);
        *Out = cached;
        status = Helper2(&g_Endpoint, ctx->Socket, NULL, &ctx->CachedSd, irp);
        Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copies[i], 0);
        socket = (PWSK_SOCKET)SetIrp->IoStatus.Information;
    }
    for (i = 0; i < 4; i++) {
        status = Helper2(&g_Endpoint, socket, NULL, &ctx->CachedSd, Irp);
        if (ctx->Socket) {
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
                status = ctx->Irp->IoStatus.Status;
            }
            status = ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
            if (!NT_SUCCESS(((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskControlSocket(socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &cached, NULL, Irp))) {
                goto Exit;
            }
        }
    }
    if (!NT_SUCCESS(status)) {
        goto Exit;
    }
    return status;
}

NTSTATUS
Helper2(PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp)
{
