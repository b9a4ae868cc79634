/* fuzz regression: budget
 * analysis took 7.16 s, over the budget of 2.08 s for 0.03 MB (program)
 * found by: npm run fuzz -- --seed 20261126 --input 19 (generated program (prog.h, file0.c, file1.c))
 */
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
