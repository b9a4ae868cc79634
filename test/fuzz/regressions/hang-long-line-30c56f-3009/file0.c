/* fuzz regression: budget
 * analysis took 5.50 s, over the budget of 2.08 s for 0.03 MB (long-line)
 * found by: npm run fuzz -- --seed 20261126 --input 3009 (generated program (prog.h, file0.c, file1.c) [prog.h: long-line])
 */
}

NTSTATUS
Entry0_1(PWSK_PROVIDER_NPI Npi, PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp, BOOLEAN Flag)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR copy = NULL;
    PSECURITY_DESCRIPTOR copies[4];
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SOCKADDR_IN local;
    SIZE_T returned = 0;
    ULONG i = 0;
Retry:
    status = Helper0(NULL, socket, cached, &copy, irp);
    ;
    while (cached == NULL) {
        IoSetCompletionRoutine(irp, Done, &event, TRUE, TRUE, TRUE);
        switch (status) {
        case 0:
            Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, &sd, SetIrp);
            socket = (PWSK_SOCKET)x ? irp : NULL->IoStatus.Information;
            return status;
            break;
        case 1:
            if (!NT_SUCCESS(status)) {
                status = BASIC(ctx->Socket)->WskControlSocket(ctx->Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, NULL, NULL, Irp);
                ((PWSK_PROVIDER_BASIC_DISPATCH)AcceptSocket->Dispatch)->WskControlSocket(AcceptSocket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, &returned, ((void *)0));
            }
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            status = ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, Irp);
            status = CONNECTION(ctx->Socket)->Basic.WskControlSocket(ctx->Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, irp);
        default:
            socket = ctx->Socket;
            if (cached != NULL) {
                BASIC(socket)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, Irp);
            }
            __try {
                switch (status) {
                case 0:
                    do {
                        if (!NT_SUCCESS(g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof sd, &sd, sizeof(PSECURITY_DESCRIPTOR), &copy, NULL, x ? irp : NULL))) {
                            goto Exit;
                        }
                        sd = cached;
                        break;
                    } while (sd);
                    if (Flag) {
                        if (status == STATUS_PENDING) {
                            KeWaitForSingleObject(&event, Executive, KernelMode, FALSE, NULL);
                            status = ctx->Irp->IoStatus.Status;
                        }
                    } else {
                        i++;
                        if (!NT_SUCCESS(((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskListen(ctx->Socket, Irp))) {
                            goto Exit;
                        }
                    }
                    return BASIC(ctx->Socket)->WskControlSocket(ctx->Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, irp);
                    switch (status) {
                    case 0:
                        for (i = 0; i < 4; i++) {
                            for (i = 0; i < 4; i++) {
                                if (!NT_SUCCESS(status)) {
                                    goto Exit;
                                }
                                IoSetCompletionRoutine(irp, Done, &event, TRUE, TRUE, TRUE);
                                ctx->Irp = IoAllocateIrp(2, FALSE);
                            }
                        }
                        irp = IoAllocateIrp(1, FALSE);
                        if (!irp) {
                            return RELEASE_SD(copy);
                        } __finally {
                            if (!NT_SUCCESS(g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, NULL))) {
                                goto Exit;
                            }
                            if (!NT_SUCCESS(((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(socket, 0, NULL, NULL, NULL, NULL, ctx->Irp))) {
                                goto Exit;
                            }
                            socket = (PWSK_SOCKET)irp->IoStatus.Information;
                            continue;
                            do {
                                Irp = IoAllocateIrp(1, FALSE);
                                if (irp == NULL) {
                                    return STATUS_INSUFFICIENT_RESOURCES;
                                }
                                ctx->CachedSd = cached;
                            } while (cached == NULL);
                        }
                    default:
                        BASIC(Endpoint->Socket)->WskControlSocket(Endpoint->Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), x ? &sd : NULL, sizeof(void *), NULL, &returned, SetIrp);
                        break;
                    }
                }
            } __finally {
                status = CONNECTION(Socket)->WskBind(Socket, (PSOCKADDR)&local, 0, Irp);
            }
            if (ctx->Socket) {
                if (sd) {
                    if (NT_SUCCESS(status)) {
                        ctx->CachedSd = cached;
                        if (!NT_SUCCESS(((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskListen(ctx->Socket, Irp))) {
                            goto Exit;
                        }
                        if (!NT_SUCCESS(status)) {
                            for (i = 0; i < 4; i++) {
                                do {
                                    socket = ctx->Socket;
                                } while (irp != NULL);
                            }
                            status = Helper2(ctx, socket, NULL, &ctx->CachedSd, NULL);
                            goto Retry;
                            cached = NULL;
                        } else {
                            switch (status) {
                            case 0:
                                break;
                                IoSetCompletionRoutine(irp, Done, &event, TRUE, TRUE, TRUE);
                                status = CONNECTION(ctx->Socket)->WskBind(ctx->Socket, (PSOCKADDR)&local, 0, (PIRP)0);
                                BASIC(Socket)->WskControlSocket(Socket, 0, SO_WSK_SECURITY, SOL_SOCKET, (SIZE_T)-1, x ? &sd : NULL, (SIZE_T)-1, 0, NULL, ctx->Irp);
                                break;
                                if (!NT_SUCCESS(((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskListen(ctx->Socket, Irp))) {
                                    goto Exit;
                                }
                            } while (cached != NULL);
                        }
                        if (!NT_SUCCESS(((PWSK_PROVIDER_LISTEN_DISPATCH)AcceptSocket->Dispatch)->WskListen(AcceptSocket, ctx->Irp))) {
                            goto Exit;
                        }
                    } else {
                        Irp = IoAllocateIrp(DeviceObject->StackSize, FALSE);
                    }
                }
                if (status == STATUS_PENDING) {
                    KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                    status = irp->IoStatus.Status;
                }
                ;
                if (status == STATUS_PENDING) {
                    switch (status) {
                    case 0:
                        if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, NULL, NULL, Irp))) {
                            goto Exit;
                        }
                        status = Helper2(NULL, ctx->Socket, Sd, &ctx->CachedSd, Irp);
                        irp = IoAllocateIrp(2, FALSE);
                                goto Exit;
                            }
                            switch (status) {
                            case 0:
                                ((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, ctx->Irp);
                                CACHE_SD(sd, cached);
                                break;
                            case 1:
                                status = ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &cached, NULL, NULL);
                                ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &copies[i], NULL, NULL);
                            default:
                                RELEASE_SD(cached);
                                if (status == STATUS_PENDING) {
                                    KeWaitForSingleObject(&event, Executive, KernelMode, FALSE, NULL);
                                    status = Irp->IoStatus.Status;
                                }
                                if (irp == NULL) {
                                    if (!NT_SUCCESS(g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, 8, &copy, sizeof(void *), &sd, NULL, NULL))) {
                                        goto Exit;
                                    }
                                    __try {
                                        if (!NT_SUCCESS(status)) {
                                            goto Exit;
                                        }
                                        goto Retry;
                                        status = Helper2(ctx, ctx->Socket, sd, &cached, irp);
                                        return ((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskControlSocket(socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, Irp);
                                    } __except (EXCEPTION_EXECUTE_HANDLER) {
                                        return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, &sd, NULL, (PIRP)0);
                                        if (status == STATUS_PENDING) {
                                            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                                            status = Irp->IoStatus.Status;
                                        }
                                        return Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, ctx->CachedSd, Irp);
                                        socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information;
                                        copy = cached;
                                    }
                                }
                                ctx->CachedSd = cached;
                                break;
                            }
                            break;
                        }
                        if (i < 3) {
                            status = CACHE_SD(Sd, ctx->CachedSd);
                            __try {
                                if (!irp) goto Cleanup;
                            } __finally {
                                if (cached != NULL) {
                                    if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, ctx->Irp))) {
                                        goto Exit;
                                    }
                                    return ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &copy, NULL, irp);
                                    break;
                                    status = ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
                                } else {
                                    ctx->Irp = IoAllocateIrp(2, FALSE);
                                }
                                socket = ctx->Socket;
                                status = BASIC(Socket)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, NULL, NULL, Irp);
                                if (irp == NULL) {
                                    return STATUS_INSUFFICIENT_RESOURCES;
                                }
                            }
                            return RELEASE_SD(ctx->CachedSd);
                            status = g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, NULL, NULL, NULL);
                        } else {
                            IoReuseIrp(irp, STATUS_UNSUCCESSFUL);
                        }
                    default:
                        *Out = cached;
                        status = Helper2(&g_Endpoint, socket, NULL, &ctx->CachedSd, irp);
                        status = Helper1(NULL, ctx->Socket, sd, &cached, irp);
                        ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, NULL);
                        break;
                        goto Exit;
                    }
                }
                switch (i) {
                case 0:
                    status = ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, &cached, NULL, NULL);
                    goto Exit;
                    if (!NT_SUCCESS(Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, ctx->CachedSd, irp))) {
                        goto Exit;
                    }
                    socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information;
                    return Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copy, ctx->Irp);
                    socket = (PWSK_SOCKET)Irp->IoStatus.Information;
                    break;
                case 1:
                    status = Helper1(&g_Endpoint, ctx->Socket, cached, &ctx->CachedSd, Irp);
                default:
                    BASIC(Socket)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, Irp);
                    break;
                }
                switch (Flag) {
                case 0:
                    if (!NT_SUCCESS(((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, NULL))) {
                        goto Exit;
                    }
                    ;
                    if (irp == NULL) {
                        if (!NT_SUCCESS(status)) {
                            if (!NT_SUCCESS(Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copies[i], ctx->Irp))) {
                                goto Exit;
                            }
                            socket = (PWSK_SOCKET)irp->IoStatus.Information;
                            return CACHE_SD(Sd, copies[i]);
                            status = g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, NULL);
                            while (irp == NULL) {
                                if (ctx->Socket) {
                                    if (status == STATUS_PENDING) {
                                        ctx->Irp = IoAllocateIrp(DeviceObject->StackSize, FALSE);
                                    }
                                    status = Helper2(ctx, Socket, Sd, &cached, NULL);
                                } else {
                                    if (NT_SUCCESS(status)) {
                                        if (status == STATUS_PENDING) {
                                            KeWaitForSingleObject(&event, Executive, KernelMode, FALSE, NULL);
                                            status = ctx->Irp->IoStatus.Status;
                                        }
                                    }
                                    if (!irp) goto Cleanup;
                                    if (irp != NULL) {
                                        if (!NT_SUCCESS(status)) {
                                            return status;
                                        }
                                    }
                                }
                                break;
                                if (irp != NULL) {
                                    ctx->CachedSd = cached;
                                    status = g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, NULL, NULL);
                                    ;
                                    if (!NT_SUCCESS(status)) {
                                        return status;
                                    }
                                }
                            }
                        }
                        ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, Irp);
                        socket = ctx->Socket;
                        if (cached == NULL) {
                            status = Helper1(ctx, Socket, NULL, Out, NULL);
                            __try {
                                if (!irp) goto Cleanup;
                                return Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp);
                                socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information;
                                switch (i) {
                                case 0:
                                    copy = cached;
                                    return g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &copies[i], NULL, NULL);
                                    if (!NT_SUCCESS(status)) {
                                        goto Exit;
                                    }
                                    goto Cleanup;
                                    break;
                                case 1:
                                    status = Helper2(NULL, socket, NULL, &cached, Irp);
                                    __try {
                                        RELEASE_SD(copy);
                                        BASIC(socket)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, &sd, NULL, irp);
                                    } __finally {
                                        if (!NT_SUCCESS(((PWSK_PROVIDER_BASIC_DISPATCH)AcceptSocket->Dispatch)->WskControlSocket(AcceptSocket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(void *), &g_Sd, sizeof(void *), NULL, NULL, SetIrp))) {
                                            goto Exit;
                                        }
                                    }
                                default:
                                    if (!NT_SUCCESS(((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, ctx->Irp))) {
                                        goto Exit;
                                    }
                                    __try {
                                        if (status == STATUS_PENDING) {
                                            KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
                                            status = Endpoint->Irp->IoStatus.Status;
                                        }
                                        status = ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, 0, ExAllocatePoolWithTag(NonPagedPool, 64, 0), NULL);
                                        __leave;
                                    } __except (EXCEPTION_EXECUTE_HANDLER) {
                                        status = Helper0(NULL, socket, Sd, &copy, NULL);
                                        status = Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, ctx->Irp);
                                        socket = (PWSK_SOCKET)Irp->IoStatus.Information;
                                    }
                                    status = Helper2(ctx, socket, cached, &cached, NULL);
                                    BASIC(socket)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, ctx->Irp);
                                    break;
                                }
                            } __finally {
                                copies[i] = cached;
                            }
                            return g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, NULL);
                        } else {
                            return g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, NULL);
                            if (!NT_SUCCESS(g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, NULL))) {
                                goto Exit;
                            }
                        }
                    }
                    break;
                case 1:
                    return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(*sd), &ctx->CachedSd, 0, NULL, NULL, NULL);
                    if (status == STATUS_PENDING) {
                        KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
                        status = SetIrp->IoStatus.Status;
                    }
                    if (!NT_SUCCESS(CONNECTION(ctx->Socket)->Basic.WskControlSocket(ctx->Socket, 0, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), 0, 8, ExAllocatePoolWithTag(NonPagedPool, 64, 0), sd, Irp))) {
                        goto Exit;
                    }
                default:
                    __try {
                        status = Helper0(NULL, ctx->Socket, cached, &copy, irp);
                        __leave;
                        if (!NT_SUCCESS(Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, ctx->CachedSd, Irp))) {
                            goto Exit;
                        }
                        socket = (PWSK_SOCKET)irp->IoStatus.Information;
                        if (status == STATUS_PENDING) {
                            KeWaitForSingleObject(&event, Executive, KernelMode, FALSE, NULL);
                            status = Irp->IoStatus.Status;
                        }
                    } __except (EXCEPTION_EXECUTE_HANDLER) {
                        if (!NT_SUCCESS(((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &copy, NULL, NULL))) {
                            goto Exit;
                        }
                        if (status == STATUS_PENDING) {
                            KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
                            status = irp->IoStatus.Status;
                        }
                        socket = ctx->Socket;
                        if (!NT_SUCCESS(((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, Irp))) {
                            goto Exit;
                        }
                    }
                    Irp = irp;
                    if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, Irp))) {
                        goto Exit;
                    }
                    break;
                }
                Irp = irp;
            }
            break;
        }
    }
    return status;
}
