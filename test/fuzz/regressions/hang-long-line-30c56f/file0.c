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
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SOCKADDR_IN local;
    SIZE_T returned = 0;
    ULONG i = 0;
    i++;
    for (i = 0; i < 4; i++) {
        __try {
            status = CONNECTION(Socket)->Basic.WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, NULL, NULL, Irp);
        } __except (EXCEPTION_EXECUTE_HANDLER) {
            switch (status) {
            case 0:
                if (!NT_SUCCESS(((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, Irp))) {
                    goto Exit;
                }
                ((PWSK_PROVIDER_LISTEN_DISPATCH)Socket->Dispatch)->WskListen(Socket, ctx->Irp);
                break;
            case 1:
                *Out = cached;
                if (irp == NULL) {
                    __try {
                        return CONNECTION(Socket)->Basic.WskControlSocket(Socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, NULL, Irp);
                    } __finally {
                        return ((PWSK_PROVIDER_BASIC_DISPATCH)NULL->Dispatch)->WskControlSocket(NULL, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof sd, &Sd, sizeof(PVOID), ctx->CachedSd, NULL, Irp);
                        if (status == STATUS_PENDING) {
                            KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
                            status = ctx->Irp->IoStatus.Status;
                        }
                        return CONNECTION(socket)->WskConnect(socket, (PSOCKADDR)&local, 0, Endpoint->Irp);
                    }
                    status = Helper2(&g_Endpoint, ctx->Socket, Sd, &copy, NULL);
                    status = Helper3(ctx, Socket, sd, &copy, Irp);
                } else {
                    status = ((PWSK_PROVIDER_LISTEN_DISPATCH)Socket->Dispatch)->WskAccept(Socket, 0, NULL, NULL, NULL, NULL, irp);
                    socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information;
                    if (cached != NULL) {
                        copy = cached;
                    } else {
                        if (status == STATUS_PENDING) {
                            switch (Flag) {
                            case 0:
                                if (cached == NULL) {
                                    __try {
                                        __try {
                                            cached = ctx->CachedSd;
                                            if (!NT_SUCCESS(g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(sd), &*Out, sizeof(PSECURITY_DESCRIPTOR), &copy, Out, irp))) {
                                                goto Exit;
                                            }
                                            if (irp == NULL) {
                                                return STATUS_INSUFFICIENT_RESOURCES;
                                            }
                                            status = ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, NULL, NULL, NULL);
                                        } __finally {
                                            __leave;
                                            Irp = irp;
                                        }
                                        __try {
                                            __try {
                                                if (!NT_SUCCESS(g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, 0, &g_Sd, sizeof sd, NULL, NULL, NULL))) {
                                                    goto Exit;
                                                }
                                                __try {
                                                    *Out = cached;
                                                    status = Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, g_Sd, ctx->Irp);
                                                    socket = (PWSK_SOCKET)Irp->IoStatus.Information;
                                                    if (status == STATUS_PENDING) {
                                                        KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                                                        status = Irp->IoStatus.Status;
                                                    }
                                                    if (!NT_SUCCESS(status)) {
                                                        goto Exit;
                                                    }
                                                } __except (EXCEPTION_EXECUTE_HANDLER) {
                                                    status = ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, &Sd, Endpoint->Irp);
                                                    ctx->Irp = IoAllocateIrp(DeviceObject->StackSize, FALSE);
                                                    if (ctx->Irp == NULL) {
                                                        return STATUS_INSUFFICIENT_RESOURCES;
                                                    }
                                                }
                                                while (i < 3) {
                                                    if (!NT_SUCCESS(BASIC(NULL)->WskControlSocket(NULL, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(*sd), &ctx->CachedSd, 0, &cached, NULL, irp))) {
                                                        goto Exit;
                                                    }
                                                    if (sd) {
                                                        __leave;
                                                    } else {
                                                        ctx->Irp = IoAllocateIrp(2, FALSE);
                                                        if (irp == NULL) {
                                                            return STATUS_INSUFFICIENT_RESOURCES;
                                                        }
                                                        return STATUS_SUCCESS;
                                                        if (!NT_SUCCESS(status)) {
                                                            return status;
                                                        }
                                                        copies[i] = cached;
                                                    }
                                                    ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &copy, NULL, NULL);
                                                    RELEASE_SD(copy);
                                                }
                                                ctx->Irp = IoAllocateIrp(2, FALSE);
                                                if (!irp) {
                                                    return STATUS_INSUFFICIENT_RESOURCES;
                                                }
                                            } __finally {
                                                return RELEASE_SD(copy);
                                            }
                                        } __except (EXCEPTION_EXECUTE_HANDLER) {
                                            return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, NULL);
                                        }
                                    } __except (EXCEPTION_EXECUTE_HANDLER) {
                                        status = BASIC(ctx->Socket)->WskControlSocket(ctx->Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, ctx->Irp);
                                        status = Helper0(NULL, socket, Sd, &cached, NULL);
                                    }
                                    if (!irp) goto Cleanup;
                                } else {
                                    do {
                                        Irp = irp;
                                    } while (cached == NULL);
                                    ctx->Irp = IoAllocateIrp(DeviceObject->StackSize, FALSE);
                                    if (ctx->Irp == NULL) {
                                        return STATUS_INSUFFICIENT_RESOURCES;
                                    }
                                    switch (i) {
                                    case 0:
                                        status = Helper4(&g_Endpoint, socket, sd, &copy, Irp);
                                        if (status == STATUS_PENDING) {
                                            KeWaitForSingleObject(&event, Executive, KernelMode, FALSE, NULL);
                                            status = ctx->Irp->IoStatus.Status;
                                        }
                                        if (status == STATUS_PENDING) {
                                            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                                            status = Irp->IoStatus.Status;
                                        }
                                        CONNECTION(Socket)->WskBind(Socket, (PSOCKADDR)&local, 0, Irp);
                                        break;
                                    case 1:
                                        status = Helper4(ctx, ctx->Socket, cached, &ctx->CachedSd, NULL);
                                        BASIC(ctx->Socket)->WskControlSocket(ctx->Socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, Irp);
                                    default:
                                        return ((PWSK_PROVIDER_LISTEN_DISPATCH)socket->Dispatch)->WskListen(socket, irp);
                                        switch (Flag) {
                                        case 0:
                                            if (status == STATUS_PENDING) {
                                                KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
                                                status = irp->IoStatus.Status;
                                            }
                                            ctx->CachedSd = cached;
                                            status = ((PWSK_PROVIDER_BASIC_DISPATCH)AcceptSocket->Dispatch)->WskControlSocket(AcceptSocket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(SECURITY_DESCRIPTOR), NULL, 8, &copies[i], (PVOID)&sd, (PIRP)0);
                                            break;
                                        case 1:
                                            status = ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &cached, NULL, IoAllocateIrp(1, FALSE));
                                            status = BASIC(ctx->Socket)->WskControlSocket(ctx->Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, irp);
                                        default:
                                            status = CACHE_SD(sd, copy);
                                            ctx->Irp = IoAllocateIrp(DeviceObject->StackSize, FALSE);
                                            break;
                                        }
                                        status = ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, NULL);
                                        cached = ctx->CachedSd;
                                        break;
                                    }
                                }
                                break;
                            case 1:
                                if (status == STATUS_PENDING) {
                                    KeWaitForSingleObject(&event, Executive, KernelMode, FALSE, NULL);
                                    status = ctx->Irp->IoStatus.Status;
                                }
                            default:
                                CACHE_SD(Sd, copies[i]);
                                ctx->CachedSd = cached;
                                if (status == STATUS_PENDING) {
                                    Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, ctx->CachedSd, irp);
                                    socket = (PWSK_SOCKET)irp->IoStatus.Information;
                                    if (!NT_SUCCESS(((PWSK_PROVIDER_LISTEN_DISPATCH)socket->Dispatch)->WskListen(socket, ctx->Irp))) {
                                        goto Exit;
                                    }
                                    CONNECTION(Endpoint->Socket)->WskConnect(Endpoint->Socket, (PSOCKADDR)&local, 0, Endpoint->Irp);
                                    Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copies[i], irp);
                                    socket = (PWSK_SOCKET)irp->IoStatus.Information;
                                } else {
                                    if (!NT_SUCCESS(CONNECTION(Socket)->Basic.WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, irp))) {
                                        goto Exit;
                                    }
                                }
                                break;
                            }
                            break;
                            copies[i] = cached;
                            Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, Sd, SetIrp);
                            socket = (PWSK_SOCKET)0->IoStatus.Information;
                        } else {
                            while (irp == NULL) {
                                status = Helper3(NULL, Socket, NULL, &copy, Irp);
                            }
                            status = Helper2(NULL, Socket, cached, &copy, NULL);
                            copies[i] = cached;
                        }
                        status = CONNECTION(socket)->WskConnect(socket, (PSOCKADDR)&local, 0, IoAllocateIrp(1, FALSE));
                        return status;
                        IoReuseIrp(irp, STATUS_UNSUCCESSFUL);
                    }
                    KeWaitForSingleObject(&event, Executive, KernelMode, FALSE, NULL);
                }
                status = Helper1(&g_Endpoint, socket, cached, &copy, irp);
                status = Helper2(ctx, socket, sd, &cached, irp);
            default:
                if (!NT_SUCCESS(status)) {
                    status = BASIC(ctx->Socket)->WskControlSocket(ctx->Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, irp);
                    if (!NT_SUCCESS(status)) {
                        return status;
                    }
                    if (status == STATUS_PENDING) {
                        KeWaitForSingleObject(&event, Executive, KernelMode, FALSE, NULL);
                        status = ctx->Irp->IoStatus.Status;
                    }
                }
                status = Helper4(NULL, Socket, Sd, &ctx->CachedSd, NULL);
                return Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copies[i], Irp);
                socket = (PWSK_SOCKET)irp->IoStatus.Information;
                __try {
                    status = Helper3(&g_Endpoint, Socket, Sd, &cached, NULL);
                    if (!irp) goto Cleanup;
                    return CACHE_SD(Sd, cached);
                } __finally {
                    ;
                }
                break;
            }
        }
        return g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, NULL);
    }
    if (cached == NULL) {
        if (ctx->Socket) {
            RELEASE_SD(ctx->CachedSd);
            return STATUS_SUCCESS;
        } else {
            while (cached != NULL) {
                return g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, NULL);
                BASIC(ctx->Socket)->WskControlSocket(ctx->Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, (SIZE_T)-1, NULL, NULL, SetIrp);
                IoFreeIrp(irp);
            }
            ctx->Irp = IoAllocateIrp(DeviceObject->StackSize, FALSE);
            IoSetCompletionRoutine(irp, Done, &event, TRUE, TRUE, TRUE);
            if (i < 3) {
                if (!NT_SUCCESS(status)) {
                    goto Exit;
                }
                return Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copies[i], Irp);
                socket = (PWSK_SOCKET)irp->IoStatus.Information;
                while (Flag) {
                    goto Exit;
                    ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, NULL, NULL);
                }
            }
        }
        Irp = IoAllocateIrp(2, FALSE);
        if (irp == NULL) {
            return STATUS_INSUFFICIENT_RESOURCES;
        }
        irp = NULL;
    } else {
        ctx->Irp = IoAllocateIrp(1, FALSE);
        if (!irp) {
            return STATUS_INSUFFICIENT_RESOURCES;
        }
        irp = IoAllocateIrp(2, FALSE);
        return CONNECTION(socket)->Basic.WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, irp);
    }
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
    PSECURITY_DESCRIPTOR copies[4];
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SOCKADDR_IN local;
    SIZE_T returned = 0;
    ULONG i = 0;
    __try {
        status = Helper3(NULL, socket, NULL, &copy, Irp);
        status = Helper4(NULL, socket, Sd, &copy, Irp);
        if (!irp) goto Cleanup;
    } __except (EXCEPTION_EXECUTE_HANDLER) {
        if (irp == NULL) {
            return STATUS_INSUFFICIENT_RESOURCES;
