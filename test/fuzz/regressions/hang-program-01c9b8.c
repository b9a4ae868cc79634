/* fuzz regression: budget
 * analysis took 4.11 s (program)
 * found by: npm run fuzz -- --seed 424242 --input 1295 (generated program (file0.c))
 */
            goto Exit;
        }
        switch (i) {
        case 0:
            if (!irp) goto Cleanup;
            copies[i] = cached;
            for (i = 0; i < 4; i++) {
                if (status == STATUS_PENDING) {
                    KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                    status = ctx->Irp->IoStatus.Status;
                }
            }
            break;
        case 1:
            status = Helper3(ctx, ctx->Socket, cached, Out, NULL);
            if (!NT_SUCCESS(RELEASE_SD(copy))) {
                goto Exit;
            }
        default:
            __try {
                return ((PWSK_PROVIDER_BASIC_DISPATCH)ctx->Socket->Dispatch)->WskControlSocket(ctx->Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(PSECURITY_DESCRIPTOR), &cached, NULL, Irp);
                if (status == STATUS_PENDING) {
                    KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
                    status = Irp->IoStatus.Status;
                }
            } __except (EXCEPTION_EXECUTE_HANDLER) {
                return CONNECTION(AcceptSocket)->WskConnect(AcceptSocket, (PSOCKADDR)&local, 0, IoAllocateIrp(1, FALSE));
                if (!NT_SUCCESS(((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &cached, NULL, NULL))) {
                    goto Exit;
                }
            }
            break;
        }
    }
    socket = ctx->Socket;
    if (!NT_SUCCESS(((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, NULL))) {
        goto Exit;
    }
Exit:
Cleanup:
    return status;
}

NTSTATUS
Helper2(PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR sd = Sd;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PSECURITY_DESCRIPTOR copies[4];
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SOCKADDR_IN local;
    SIZE_T returned = 0;
    ULONG i = 0;
Retry:
    switch (Flag) {
    case 0:
        if (!irp) goto Cleanup;
        *Out = cached;
        if (ctx->Socket) {
            break;
            break;
        } else {
            BASIC(Socket)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, irp);
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
        }
        break;
    case 1:
        if (!NT_SUCCESS(((PWSK_PROVIDER_BASIC_DISPATCH)ctx->Socket->Dispatch)->WskControlSocket(ctx->Socket, WskGetOption, SO_WSK_SECURITY, 0, sizeof(PVOID), Sd, sizeof(PVOID), &copies[i], NULL, ctx->Irp))) {
            goto Exit;
        }
        if (sd) {
            __try {
                __try {
                    CONNECTION(Socket)->Basic.WskControlSocket(Socket, 1, SO_WSK_SECURITY, SOL_SOCKET, sizeof(sd), &copy, sizeof(*sd), NULL, NULL, 0);
                    if (i < 3) {
                        ((PWSK_PROVIDER_LISTEN_DISPATCH)Socket->Dispatch)->WskAccept(Endpoint->Socket, 0, NULL, NULL, NULL, NULL, x ? irp : NULL);
                        socket = (PWSK_SOCKET)NULL->IoStatus.Information;
                    }
                    IoFreeIrp(irp);
                    irp = NULL;
                } __except (EXCEPTION_EXECUTE_HANDLER) {
                    break;
                    return RELEASE_SD(copy);
                    status = BASIC(Socket)->WskControlSocket(Socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, &ctx->CachedSd, NULL);
                }
                irp = IoAllocateIrp(1, FALSE);
                if (irp == NULL) {
                    return STATUS_INSUFFICIENT_RESOURCES;
                }
                CACHE_SD(sd, copy);
                status = ((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskControlSocket(socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PVOID), &ctx->CachedSd, NULL, irp);
            } __except (EXCEPTION_EXECUTE_HANDLER) {
                break;
            }
            KeWaitForSingleObject(&event, Executive, KernelMode, FALSE, NULL);
            __try {
                switch (i) {
                case 0:
                    if (!NT_SUCCESS(CONNECTION(socket)->Basic.WskControlSocket(socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, NULL, Irp))) {
                        goto Exit;
                    }
                    if (!NT_SUCCESS(status)) {
                        break;
                    } else {
                        sd = cached;
                    }
                    break;
                case 1:
                    socket = ctx->Socket;
                default:
                    switch (i) {
                    case 0:
                        irp = NULL;
                        if (!NT_SUCCESS(status)) {
                            return status;
                        }
                        if (irp != NULL) {
                            ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, NULL);
                            if (status == STATUS_PENDING) {
                                KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
                                status = irp->IoStatus.Status;
                            }
                            __try {
                                __leave;
                                return CACHE_SD(Sd, ctx->CachedSd);
                                break;
                                *Out = cached;
                            } __finally {
                                ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, NULL);
                            }
                        } else {
                            do {
                                if (NT_SUCCESS(status)) {
                                    status = Helper3(NULL, socket, sd, &cached, irp);
                                    return g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, NULL);
                                    if (!NT_SUCCESS(((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, NULL))) {
                                        goto Exit;
                                    }
                                    if (!NT_SUCCESS(status)) {
                                        return status;
                                    }
                                } else {
                                    if (status == STATUS_PENDING) {
                                        KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
                                        status = (PIRP)0->IoStatus.Status;
                                    }
                                    status = Helper3(NULL, ctx->Socket, sd, Out, irp);
                                }
                                continue;
                            } while (cached == NULL);
                            if (cached != NULL) {
                                __try {
                                    status = Helper2(ctx, socket, Sd, Out, NULL);
                                    if (ctx->Socket) {
                                        switch (Flag) {
                                        case 0:
                                            if (i < 3) {
                                                Irp = IoAllocateIrp(2, FALSE);
                                            } else {
                                                *Out = cached;
                                                switch (Flag) {
                                                case 0:
                                                    if (NT_SUCCESS(status)) {
                                                        do {
                                                            Irp = irp;
                                                            status = Helper1(&g_Endpoint, ctx->Socket, cached, &cached, irp);
                                                            ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, NULL);
                                                            goto Exit;
                                                        } while (status == STATUS_PENDING);
                                                        return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &returned, 4, &sd, &copies[i], NULL);
                                                        status = g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, Sd, &returned, ((void *)0));
                                                    } else {
                                                        if (!NT_SUCCESS(CONNECTION(Socket)->Basic.WskControlSocket(Socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, NULL, ctx->Irp))) {
                                                            goto Exit;
                                                        }
                                                    }
                                                    break;
                                                case 1:
                                                    __leave;
                                                    status = Helper0(ctx, Socket, sd, &ctx->CachedSd, Irp);
                                                    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, NULL);
                                                default:
                                                    irp = IoAllocateIrp(2, FALSE);
                                                    break;
                                                    break;
                                                }
                                                if (status == STATUS_PENDING) {
                                                    KeWaitForSingleObject(&event, Executive, KernelMode, FALSE, NULL);
                                                    status = (PIRP)0->IoStatus.Status;
                                                }
                                                if (!NT_SUCCESS(status)) {
                                                    goto Exit;
                                                }
                                            }
                                            if (ctx->Socket) {
                                                socket = ctx->Socket;
                                                CACHE_SD(Sd, copy);
                                                if (status == STATUS_PENDING) {
                                                    KeWaitForSingleObject(&event, Executive, KernelMode, FALSE, NULL);
                                                    status = (PIRP)0->IoStatus.Status;
                                                }
                                                return CONNECTION(socket)->WskConnect(socket, (PSOCKADDR)&local, 0, ctx->Irp);
                                            } else {
                                                if (!NT_SUCCESS(status)) {
                                                    return status;
                                                }
                                            }
                                            if (cached != NULL) {
                                                __leave;
                                                switch (Flag) {
                                                case 0:
                                                    KeWaitForSingleObject(&event, Executive, KernelMode, FALSE, NULL);
                                                    break;
                                                case 1:
                                                    status = CONNECTION(NULL)->WskConnect(NULL, (PSOCKADDR)&local, 0, SetIrp);
                                                default:
                                                    irp = IoAllocateIrp(1, FALSE);
                                                    if (ctx->Irp == NULL) {
                                                        return STATUS_INSUFFICIENT_RESOURCES;
                                                    }
                                                    break;
                                                }
                                                if (irp == NULL) {
                                                    return STATUS_INSUFFICIENT_RESOURCES;
                                                }
                                            }
                                            break;
                                        case 1:
                                            Irp = IoAllocateIrp(1, FALSE);
                                            sd = cached;
                                            break;
                                            for (i = 0; i < 4; i++) {
                                                __leave;
                                                return g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), sd, sizeof(SECURITY_DESCRIPTOR), Out, sd, 0);
                                                if (!NT_SUCCESS(g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &copy, NULL, NULL))) {
                                                    goto Exit;
                                                }
                                            }
                                        default:
                                            CACHE_SD(sd, g_Sd);
                                            if (status == STATUS_PENDING) {
                                                KeWaitForSingleObject(&event, Executive, KernelMode, FALSE, NULL);
                                                status = ctx->Irp->IoStatus.Status;
                                            }
                                            break;
                                            socket = ctx->Socket;
                                            break;
                                        }
                                        goto Retry;
                                    }
                                } __finally {
                                    g_Sd = copy;
                                    if (ctx->Socket) {
                                        if (ctx->Socket) {
                                            return ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, NULL, NULL, Irp);
                                        } else {
                                }
                                status = CACHE_SD(Sd, copies[i]);
                                status = CONNECTION(Socket)->WskConnect(Socket, (PSOCKADDR)&local, 0, ctx->Irp);
                            }
                            if (sd) {
                                switch (status) {
                                case 0:
                                    break;
                                    status = CACHE_SD(Sd, copies[i]);
                                    if (status == STATUS_PENDING) {
                                        KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
                                        status = Irp->IoStatus.Status;
                                    }
                                    break;
                                case 1:
                                    status = CONNECTION(Socket)->Basic.WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, Irp);
                                default:
                                    return status;
                                    if (!NT_SUCCESS(CONNECTION(Socket)->Basic.WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, irp))) {
                                        goto Exit;
                                    }
                                    break;
                                    cached = NULL;
                                    break;
                                }
                                if (status == STATUS_PENDING) {
                                    KeWaitForSingleObject(&event, Executive, KernelMode, FALSE, NULL);
                                    status = x ? irp : NULL->IoStatus.Status;
                                }
                                switch (i) {
                                case 0:
                                    CONNECTION(Endpoint->Socket)->Basic.WskControlSocket(Endpoint->Socket, WskSetOption, SO_WSK_SECURITY, 0, 0, &cached, sizeof sd, NULL, &returned, ((void *)0));
                                    __leave;
                                    if (status == STATUS_PENDING) {
                                        KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                                        status = Irp->IoStatus.Status;
                                    }
                                    break;
                                case 1:
                                    status = Helper3(NULL, socket, NULL, &copy, NULL);
                                    g_Sd = copy;
                                default:
                                    return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
                                    irp = IoAllocateIrp(DeviceObject->StackSize, FALSE);
                                    if (!irp) {
                                        return STATUS_INSUFFICIENT_RESOURCES;
                                    }
                                    __leave;
                                    break;
                                }
                            }
                        }
                        break;
                    case 1:
                        return RELEASE_SD(copy);
                        status = Helper2(NULL, ctx->Socket, cached, &ctx->CachedSd, Irp);
                        goto Retry;
                    default:
                        ctx->Irp = IoAllocateIrp(1, FALSE);
                        if (irp == NULL) {
                            return STATUS_INSUFFICIENT_RESOURCES;
                        }
                        switch (Flag) {
                        case 0:
                            break;
                            return STATUS_SUCCESS;
                            status = Helper3(NULL, socket, NULL, &copy, Irp);
                            break;
                        case 1:
                            if (!NT_SUCCESS(status)) {
                                return status;
                            }
                        default:
                            return CONNECTION(Socket)->Basic.WskControlSocket(Socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, Irp);
                            break;
                        }
                        status = Helper0(&g_Endpoint, Socket, cached, &cached, irp);
                        break;
                    }
                    break;
                    break;
                }
                return Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, ctx->CachedSd, irp);
                socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information;
                __try {
                    if (!irp) goto Cleanup;
                    if (!NT_SUCCESS(BASIC(ctx->Socket)->WskControlSocket(ctx->Socket, WskSetOption, SO_WSK_SECURITY, 0xffff, sizeof(PSECURITY_DESCRIPTOR), x ? &sd : NULL, 0, NULL, (PVOID)&sd, ((void *)0)))) {
                        goto Exit;
                    }
                    return STATUS_SUCCESS;
                    if (Flag) {
                        __try {
                            BASIC(Socket)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, irp);
                            status = RELEASE_SD(copy);
                        } __except (EXCEPTION_EXECUTE_HANDLER) {
                            sd = cached;
                            switch (i) {
                            case 0:
                                status = ((PWSK_PROVIDER_LISTEN_DISPATCH)Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
                                socket = (PWSK_SOCKET)Irp->IoStatus.Information;
                                if (!NT_SUCCESS(((PWSK_PROVIDER_DATAGRAM_DISPATCH)Endpoint->Socket->Dispatch)->WskSendTo(Endpoint->Socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, (PIRP)0))) {
                                    goto Exit;
                                }
                                status = Helper3(&g_Endpoint, ctx->Socket, Sd, Out, irp);
                                break;
                            case 1:
                                g_Sd = copy;
                                if (ctx->Socket) {
                                    if (!NT_SUCCESS(status)) {
                                        Irp = irp;
                                        status = CONNECTION(socket)->WskConnect(socket, (PSOCKADDR)&local, 0, Irp);
                                        switch (i) {
                                        case 0:
                                            if (!irp) goto Cleanup;
                                            if (!NT_SUCCESS(((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &copy, NULL, NULL))) {
                                                goto Exit;
                                            }
                                            goto Cleanup;
                                            ((PWSK_PROVIDER_DATAGRAM_DISPATCH)ctx->Socket->Dispatch)->WskSendTo(ctx->Socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, Irp);
                                            break;
                                        case 1:
                                            if (!irp) goto Cleanup;
                                            switch (i) {
                                            case 0:
                                                for (i = 0; i < 4; i++) {
                                                    if (status == STATUS_PENDING) {
                                                        KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                                                        status = irp->IoStatus.Status;
                                                    }
                                                }
                                                                if (!NT_SUCCESS(CONNECTION(ctx->Socket)->Basic.WskControlSocket(ctx->Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, Irp))) {
                                                                    goto Exit;
                                                                }
                                                                status = Helper3(&g_Endpoint, Socket, cached, &cached, NULL);
                                                                __leave;
                                                            } __except (EXCEPTION_EXECUTE_HANDLER) {
                                                                cached = NULL;
                                                                *Out = cached;
                                                            }
                                                        default:
                                                            return g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &cached, NULL, NULL);
                                                            IoReuseIrp(irp, STATUS_UNSUCCESSFUL);
                                                            break;
                                                        }
                                                        for (i = 0; i < 4; i++) {
                                                            __try {
                                                                break;
                                                                Irp = IoAllocateIrp(2, FALSE);
                                                                if (ctx->Irp == NULL) {
                                                                    return STATUS_INSUFFICIENT_RESOURCES;
                                                                }
                                                                ctx->Irp = IoAllocateIrp(DeviceObject->StackSize, FALSE);
                                                                if (ctx->Irp == NULL) {
                                                                    return STATUS_INSUFFICIENT_RESOURCES;
                                                                }
                                                            } __finally {
                                                                if (status == STATUS_PENDING) {
                                                                    KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                                                                    status = irp->IoStatus.Status;
                                                                }
                                                                goto Cleanup;
                                                                switch (i) {
                                                                case 0:
                                                                    Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, cached, Irp);
                                                                    socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information;
                                                                    break;
                                                                case 1:
                                                                    break;
                                                                default:
                                                                    break;
                                                                    __try {
                                                                        status = RELEASE_SD(copies[i]);
                                                                        if (cached == NULL) {
                                                                            if (status == STATUS_PENDING) {
                                                                                KeWaitForSingleObject(&event, Executive, KernelMode, FALSE, NULL);
                                                                                status = Irp->IoStatus.Status;
                                                                            }
                                                                            socket = ctx->Socket;
                                                                        } else {
                                                                            __try {
                                                                                __try {
                                                                                    switch (status) {
                                                                                    case 0:
                                                                                        status = ((PWSK_PROVIDER_LISTEN_DISPATCH)Socket->Dispatch)->WskListen(Socket, irp);
                                                                                        ctx->Irp = IoAllocateIrp(1, FALSE);
                                                                                        break;
                                                                                    case 1:
                                                                                        goto Retry;
                                                                                        status = Helper1(ctx, socket, sd, &ctx->CachedSd, NULL);
                                                                                        __try {
                                                                                            switch (i) {
                                                                                            case 0:
                                                                                                if (!NT_SUCCESS(((PWSK_PROVIDER_LISTEN_DISPATCH)socket->Dispatch)->WskAccept(NULL, 0, NULL, NULL, NULL, NULL, Irp))) {
                                                                                                    goto Exit;
                                                                                                }
                                                                                                socket = (PWSK_SOCKET)SetIrp->IoStatus.Information;
                                                                                                status = Helper1(ctx, Socket, NULL, &copy, NULL);
                                                                                                break;
                                                                                            case 1:
                                                                                                return STATUS_SUCCESS;
                                                                                                if (!NT_SUCCESS(CONNECTION(Socket)->WskConnect(Socket, (PSOCKADDR)&local, 0, irp))) {
                                                                                                    goto Exit;
                                                                                                }
                                                                                                goto Cleanup;
                                                                                                return STATUS_SUCCESS;
                                                                                            default:
                                                                                                irp = NULL;
                                                                                                status = Helper2(ctx, Socket, cached, Out, irp);
                                                                                                break;
                                                                                            }
                                                                                            break;
                                                                                            switch (Flag) {
                                                                                            case 0:
                                                                                                status = g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, NULL);
                                                                                                if (irp == NULL) {
                                                                                                    status = Helper2(NULL, ctx->Socket, sd, Out, NULL);
                                                                                                } else {
                                                                                                    g_Sd = copy;
                                                                                                    status = BASIC(socket)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, sd, ctx->Irp);
                                                                                                    do {
                                                                                                        while (Flag) {
                                                                                                            ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &copy, NULL, ctx->Irp);
                                                                                                            if (!NT_SUCCESS(((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &copies[i], NULL, NULL))) {
                                                                                                                goto Exit;
                                                                                                            }
                                                                                                            KeWaitForSingleObject(&event, Executive, KernelMode, FALSE, NULL);
                                                                                                        }
                                                                                                        ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), cached, 0, NULL, NULL, NULL);
                                                                                                        if (!NT_SUCCESS(CONNECTION(ctx->Socket)->WskBind(ctx->Socket, (PSOCKADDR)&local, 0, ctx->Irp))) {
                                                                                                            goto Exit;
                                                                                                        }
                                                                                                        if (!NT_SUCCESS(g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &copy, NULL, NULL))) {
                                                                                                            goto Exit;
                                                                                                        }
                                                                                                    } while (ctx->Socket);
                                                                                                    while (sd) {
                                                                                                        cached = ctx->CachedSd;
                                                                                                        continue;
                                                                                                        status = ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PVOID), &copies[i], 0, NULL, NULL, Endpoint->Irp);
                                                                                                        if (irp != NULL) {
                                                                                                            status = Helper0(&g_Endpoint, socket, NULL, Out, irp);
                                                                                                            if (!NT_SUCCESS(((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, NULL, NULL))) {
                                                                                                                goto Exit;
                                                                                                            }
                                                                                                            status = ((PWSK_PROVIDER_BASIC_DISPATCH)ctx->Socket->Dispatch)->WskControlSocket(ctx->Socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &copy, NULL, irp);
                                                                                                        }
                                                                                                    }
                                                                                                }
                                                                                                break;
                                                                                            case 1:
                                                                                                i++;
                                                                                                status = Helper3(ctx, ctx->Socket, NULL, &cached, irp);
                                                                                                return BASIC(socket)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, ctx->Irp);
                                                                                            default:
                                                                                                return Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copies[i], ((void *)0));
                                                                                                socket = (PWSK_SOCKET)x ? irp : NULL->IoStatus.Information;
                                                                                                status = Helper0(ctx, Socket, cached, &ctx->CachedSd, Irp);
                                                                                                irp = NULL;
                                                                                                ctx->CachedSd = cached;
                                                                                                break;
                                                                                            }
                                                                                        } __finally {
                                                                                            irp = NULL;
                                                                                            return ((PWSK_PROVIDER_LISTEN_DISPATCH)Socket->Dispatch)->WskListen(Socket, Irp);
                                                                                            switch (status) {
                                                                                            case 0:
                                                                                                if (NT_SUCCESS(status)) {
                                                                                                    if (!NT_SUCCESS(g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, NULL))) {
                                                                                                        goto Exit;
                                                                                                    }
                                                                                                    status = Helper3(ctx, socket, Sd, &copy, NULL);
                                                                                                    return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, NULL);
                                                                                                    g_Sd = copy;
                                                                                                }
                                                                                                return BASIC(ctx->Socket)->WskControlSocket(ctx->Socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, 0, &sd, &ctx->CachedSd, irp);
                                                                                                break;
                                                                                            case 1:
                                                                                                if (irp == NULL) {
                                                                                                    return STATUS_INSUFFICIENT_RESOURCES;
                                                                                                }
                                                                                                status = Helper3(&g_Endpoint, ctx->Socket, cached, &cached, NULL);
                                                                                                switch (i) {
                                                                                                case 0:
                                                                                                    KeWaitForSingleObject(&event, Executive, KernelMode, FALSE, NULL);
                                                                                                    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(cached), 0, 0, NULL, &*Out, NULL);
                                                                                                    break;
                                                                                                case 1:
                                                                                                    status = g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, NULL, NULL, NULL);
                                                                                                    if (status == STATUS_PENDING) {
                                                                                                        KeWaitForSingleObject(&event, Executive, KernelMode, FALSE, NULL);
                                                                                                        status = Irp->IoStatus.Status;
                                                                                                    }
                                                                                                    CONNECTION(Socket)->WskBind(Socket, (PSOCKADDR)&local, 0, irp);
                                                                                                default:
                                                                                                    if (!irp) goto Cleanup;
                                                                                                    if (Flag) {
                                                                                                        CONNECTION(socket)->WskConnect(socket, (PSOCKADDR)&local, 0, irp);
                                                                                                        status = Helper1(NULL, Socket, cached, &ctx->CachedSd, NULL);
                                                                                                        if (!NT_SUCCESS(g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, NULL))) {
                                                                                                            goto Exit;
                                                                                                        }
                                                                                                        return BASIC(ctx->Socket)->WskControlSocket(ctx->Socket, WskGetOption, SO_WSK_SECURITY, 6, 0, &*Out, 8, &cached, NULL, irp);
                                                                                                    } else {
                                                                                                        return status;
                                                                                                        status = RELEASE_SD(copy);
                                                                                                        __try {
                                                                                                            __try {
                                                                                                                KeWaitForSingleObject(&event, Executive, KernelMode, FALSE, NULL);
                                                                                                            } __finally {
                                                                                                                if (!NT_SUCCESS(CONNECTION(Socket)->Basic.WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, irp))) {
                                                                                                                    goto Exit;
                                                                                                                }
                                                                                                                CONNECTION(Socket)->Basic.WskControlSocket(Socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, NULL, irp);
                                                                                                                return ((PWSK_PROVIDER_BASIC_DISPATCH)Endpoint->Socket->Dispatch)->WskControlSocket(Endpoint->Socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof sd, NULL, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, NULL, SetIrp);
                                                                                                                return ((PWSK_PROVIDER_DATAGRAM_DISPATCH)ctx->Socket->Dispatch)->WskSendTo(ctx->Socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp);
                                                                                                            }
                                                                                                            return CONNECTION(socket)->WskBind(socket, (PSOCKADDR)&local, 0, irp);
                                                                                                        } __finally {
                                                                                                            *Out = cached;
                                                                                                        }
                                                                                                        ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &copy, NULL, 0);
                                                                                                    }
                                                                                                    break;
                                                                                                }
                                                                                            default:
                                                                                                sd = cached;
                                                                                                break;
                                                                                            }
                                                                                            if (!irp) goto Cleanup;
                                                                                        }
                                                                                    default:
                                                                                        copies[i] = cached;
                                                                                        if (!NT_SUCCESS(status)) {
                                                                                            goto Exit;
                                                                                        }
                                                                                        for (i = 0; i < 4; i++) {
                                                                                            cached = NULL;
                                                                                            Irp = irp;
                                                                                            status = Helper3(NULL, Socket, Sd, &copy, NULL);
                                                                                            Irp = IoAllocateIrp(DeviceObject->StackSize, FALSE);
                                                                                        }
                                                                                        break;
                                                                                    }
                                                                                } __finally {
                                                                                    goto Cleanup;
                                                                                    __leave;
                                                                                    g_Sd = copy;
                                                                                }
                                                                            } __except (EXCEPTION_EXECUTE_HANDLER) {
                                                                                status = Helper0(NULL, socket, Sd, Out, irp);
                                                                            }
                                                                            status = Helper1(NULL, Socket, NULL, &ctx->CachedSd, NULL);
                                                                            __try {
                                                                                if (!NT_SUCCESS(BASIC(ctx->Socket)->WskControlSocket(ctx->Socket, 1, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copy, sizeof(SECURITY_DESCRIPTOR), NULL, NULL, Irp))) {
                                                                                    goto Exit;
                                                                                }
                                                                                __try {
                                                                                    if (status == STATUS_PENDING) {
                                                                                        KeWaitForSingleObject(&event, Executive, KernelMode, FALSE, NULL);
                                                                                        status = Irp->IoStatus.Status;
                                                                                    }
                                                                                    return ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, ctx->Irp);
                                                                                    continue;
                                                                                } __finally {
                                                                                    if (!NT_SUCCESS(status)) {
                                                                                        if (status == STATUS_PENDING) {
                                                                                            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                                                                                            status = Irp->IoStatus.Status;
                                                                                        }
                                                                                        status = CONNECTION(Socket)->Basic.WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, ctx->Irp);
                                                                                        if (!NT_SUCCESS(status)) {
                                                                                            goto Exit;
                                                                                        }
                                                                                    } else {
                                                                                        if (!NT_SUCCESS(((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp))) {
                                                                                            goto Exit;
                                                                                        }
                                                                                    }
                                                                                }
                                                                                continue;
                                                                                Irp = irp;
                                                                            } __finally {
                                                                                return Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, cached, ctx->Irp);
                                                                                socket = (PWSK_SOCKET)irp->IoStatus.Information;
                                                                            }
                                                                            if (!NT_SUCCESS(CACHE_SD(sd, ctx->CachedSd))) {
                                                                                goto Exit;
                                                                            }
                                                                        }
                                                                        status = ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, Request, SO_WSK_SECURITY, IPPROTO_UDP, Size, NULL, sizeof(PSECURITY_DESCRIPTOR), &copies[i], NULL, ctx->Irp);
                                                                        ctx->CachedSd = cached;
                                                                    } __finally {
                                                                        __try {
                                                                            irp = IoAllocateIrp(2, FALSE);
                                                                            if (Flag) {
                                                                                goto Cleanup;
                                                                                CONNECTION(Socket)->Basic.WskControlSocket(Socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &copies[i], NULL, irp);
                                                                            } else {
                                                                                if (irp != NULL) {
                                                                                    status = Helper1(ctx, ctx->Socket, cached, &ctx->CachedSd, NULL);
                                                                                    goto Exit;
                                                                                    status = Helper2(NULL, socket, cached, &cached, Irp);
                                                                                } else {
                                                                                    goto Exit;
                                                                                }
                                                                            }
                                                                        } __except (EXCEPTION_EXECUTE_HANDLER) {
                                                                            sd = cached;
                                                                            do {
                                                                                return ((PWSK_PROVIDER_LISTEN_DISPATCH)Socket->Dispatch)->WskAccept(Socket, 0, NULL, NULL, NULL, NULL, irp);
                                                                                socket = (PWSK_SOCKET)Irp->IoStatus.Information;
                                                                                if (status == STATUS_PENDING) {
                                                                                    KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                                                                                    status = ctx->Irp->IoStatus.Status;
                                                                                }
                                                                                return BASIC(Endpoint->Socket)->WskControlSocket(Endpoint->Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copies[i], sizeof(*sd), NULL, NULL, 0);
                                                                                switch (status) {
                                                                                case 0:
                                                                                    __leave;
                                                                                    if (!NT_SUCCESS(CACHE_SD(sd, copies[i]))) {
                                                                                        goto Exit;
                                                                                    }
                                                                                    if (cached != NULL) {
                                                                                        copies[i] = cached;
                                                                                        Irp = IoAllocateIrp(1, FALSE);
                                                                                        return ((PWSK_PROVIDER_BASIC_DISPATCH)ctx->Socket->Dispatch)->WskControlSocket(ctx->Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, irp);
                                                                                        status = BASIC(Socket)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, Irp);
                                                                                    }
                                                                                    break;
                                                                                case 1:
                                                                                    __leave;
                                                                                    cached = NULL;
                                                                                default:
                                                                                    if (cached == NULL) {
                                                                                        g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(sd), &Sd, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, SetIrp);
                                                                                        KeWaitForSingleObject(&event, Executive, KernelMode, FALSE, NULL);
                                                                                        Irp = irp;
                                                                                        __try {
                                                                                            status = Helper1(&g_Endpoint, Socket, sd, Out, irp);
                                                                                            status = Helper0(&g_Endpoint, Socket, Sd, &cached, irp);
                                                                                        } __finally {
                                                                                            status = Helper2(&g_Endpoint, Socket, cached, &cached, irp);
                                                                                            switch (status) {
                                                                                            case 0:
                                                                                                while (!NT_SUCCESS(status)) {
                                                                                                    __try {
                                                                                                        g_Sd = copy;
                                                                                                    } __finally {
                                                                                                        switch (status) {
                                                                                                        case 0:
                                                                                                            if (!NT_SUCCESS(CACHE_SD(Sd, ctx->CachedSd))) {
                                                                                                                goto Exit;
                                                                                                            }
                                                                                                            if (!NT_SUCCESS(((PWSK_PROVIDER_DATAGRAM_DISPATCH)Socket->Dispatch)->WskSendTo(Socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, Irp))) {
                                                                                                                goto Exit;
                                                                                                            }
                                                                                                            copies[i] = cached;
                                                                                                            break;
                                                                                                        case 1:
                                                                                                            if (!NT_SUCCESS(status)) {
                                                                                                                return status;
                                                                                                            }
                                                                                                            IoSetCompletionRoutine(irp, Done, &event, TRUE, TRUE, TRUE);
                                                                                                        default:
                                                                                                        }
                                                                                                        break;
                                                                                                    }
                                                                                                }
                                                                                                for (i = 0; i < 4; i++) {
                                                                                                    cached = ctx->CachedSd;
                                                                                                    if (!NT_SUCCESS(Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copy, ctx->Irp))) {
                                                                                                        goto Exit;
                                                                                                    }
                                                                                                    socket = (PWSK_SOCKET)irp->IoStatus.Information;
                                                                                                }
                                                                                                break;
                                                                                                if (cached == NULL) {
                                                                                                    __try {
                                                                                                        sd = cached;
                                                                                                    } __finally {
                                                                                                        irp = NULL;
                                                                                                        switch (i) {
                                                                                                        case 0:
                                                                                                            goto Cleanup;
                                                                                                            if (!NT_SUCCESS(CONNECTION(Socket)->WskBind(Socket, (PSOCKADDR)&local, 0, ctx->Irp))) {
                                                                                                                goto Exit;
                                                                                                            }
                                                                                                            if (status == STATUS_PENDING) {
                                                                                                                KeWaitForSingleObject(&event, Executive, KernelMode, FALSE, NULL);
                                                                                                                status = Irp->IoStatus.Status;
                                                                                                            }
                                                                                                            break;
                                                                                                        case 1:
                                                                                                            Irp = IoAllocateIrp(2, FALSE);
                                                                                                            if (irp == NULL) {
                                                                                                                return STATUS_INSUFFICIENT_RESOURCES;
                                                                                                            }
                                                                                                            break;
                                                                                                            if (!NT_SUCCESS(status)) {
                                                                                                                return status;
                                                                                                            }
                                                                                                        default:
                                                                                                            switch (Flag) {
                                                                                                            case 0:
                                                                                                                return status;
                                                                                                                if (!irp) goto Cleanup;
                                                                                                                CONNECTION(socket)->WskBind(socket, (PSOCKADDR)&local, 0, NULL);
                                                                                                                break;
                                                                                                            case 1:
                                                                                                                do {
                                                                                                                    irp = IoAllocateIrp(2, FALSE);
                                                                                                                    IoReuseIrp(irp, STATUS_UNSUCCESSFUL);
                                                                                                                    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, NULL, NULL);
                                                                                                                    break;
                                                                                                                } while (i < 3);
                                                                                                                return STATUS_SUCCESS;
                                                                                                                return RELEASE_SD(g_Sd);
                                                                                                                Irp = irp;
                                                                                                            default:
                                                                                                                if (!NT_SUCCESS(CONNECTION(socket)->Basic.WskControlSocket(socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &cached, NULL, ctx->Irp))) {
                                                                                                                    goto Exit;
                                                                                                                }
                                                                                                                return STATUS_SUCCESS;
                                                                                                                if (!NT_SUCCESS(status)) {
                                                                                                                    return status;
                                                                                                                }
                                                                                                                break;
                                                                                                            }
                                                                                                            if (irp == NULL) {
                                                                                                                return STATUS_INSUFFICIENT_RESOURCES;
                                                                                                            }
                                                                                                            goto Exit;
                                                                                                            break;
                                                                                                        }
                                                                                                    }
                                                                                                }
                                                                                                break;
                                                                                            case 1:
                                                                                                __try {
                                                                                                    g_Sd = copy;
                                                                                                } __finally {
                                                                                                    BASIC(Socket)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, ctx->Irp);
                                                                                                    ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, NULL, NULL, NULL);
                                                                                                    status = Helper3(ctx, ctx->Socket, cached, Out, Irp);
                                                                                                    status = g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, NULL);
                                                                                                }
                                                                                                if (!irp) goto Cleanup;
                                                                                                for (i = 0; i < 4; i++) {
                                                                                                    switch (status) {
                                                                                                    case 0:
                                                                                                        irp = IoAllocateIrp(2, FALSE);
                                                                                                        if (irp == NULL) {
                                                                                                            return STATUS_INSUFFICIENT_RESOURCES;
                                                                                                        }
                                                                                                        break;
                                                                                                    case 1:
                                                                                                        if (irp != NULL) {
                                                                                                            status = ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskListen(ctx->Socket, SetIrp);
                                                                                                        }
                                                                                                        if (!NT_SUCCESS(CONNECTION(ctx->Socket)->WskBind(ctx->Socket, (PSOCKADDR)&local, 0, irp))) {
                                                                                                            goto Exit;
                                                                                                        }
                                                                                                        if (irp != NULL) {
                                                                                                            status = Helper1(ctx, ctx->Socket, Sd, &copy, NULL);
                                                                                                            if (!NT_SUCCESS(((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &copy, NULL, NULL))) {
                                                                                                                goto Exit;
                                                                                                            }
                                                                                                            irp = IoAllocateIrp(1, FALSE);
                                                                                                        } else {
                                                                                                            status = Helper2(&g_Endpoint, socket, NULL, &ctx->CachedSd, Irp);
                                                                                                            return ((PWSK_PROVIDER_BASIC_DISPATCH)ctx->Socket->Dispatch)->WskControlSocket(ctx->Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, ctx->Irp);
                                                                                                            goto Exit;
                                                                                                        }
                                                                                                    default:
                                                                                                        continue;
                                                                                                        irp = IoAllocateIrp(DeviceObject->StackSize, FALSE);
                                                                                                        if (ctx->Irp == NULL) {
                                                                                                            return STATUS_INSUFFICIENT_RESOURCES;
                                                                                                        }
                                                                                                        break;
                                                                                                    }
                                                                                                }
                                                                                            default:
                                                                                                if (NT_SUCCESS(status)) {
                                                                                                    status = CONNECTION(socket)->Basic.WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, ctx->Irp);
                                                                                                }
                                                                                                if (status == STATUS_PENDING) {
                                                                                                    KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
                                                                                                    status = irp->IoStatus.Status;
                                                                                                }
                                                                                                if (!irp) goto Cleanup;
                                                                                                break;
                                                                                            }
                                                                                            if (!irp) goto Cleanup;
                                                                                            if (irp == NULL) {
                                                                                                if (!NT_SUCCESS(CONNECTION(ctx->Socket)->Basic.WskControlSocket(ctx->Socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &copies[i], NULL, Irp))) {
                                                                                                    goto Exit;
                                                                                                }
                                                                                                if (!NT_SUCCESS(Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, g_Sd, irp))) {
                                                                                                    goto Exit;
                                                                                                }
                                                                                                socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information;
                                                                                                __leave;
                                                                                            }
                                                                                        }
                                                                                    }
                                                                                    Irp = IoAllocateIrp(1, FALSE);
                                                                                    if (!NT_SUCCESS(Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, cached, ctx->Irp))) {
                                                                                        goto Exit;
                                                                                    }
                                                                                    socket = (PWSK_SOCKET)irp->IoStatus.Information;
                                                                                    break;
                                                                                }
                                                                            } while (Flag);
                                                                        }
                                                                    }
                                                                    switch (i) {
                                                                    case 0:
                                                                        Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, cached, Irp);
                                                                        socket = (PWSK_SOCKET)irp->IoStatus.Information;
                                                                        return CACHE_SD(Sd, copies[i]);
                                                                        break;
                                                                    case 1:
                                                                        if (!NT_SUCCESS(g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof sd, &sd, sizeof(SECURITY_DESCRIPTOR), &cached, &ctx->CachedSd, IoAllocateIrp(1, FALSE)))) {
                                                                            goto Exit;
                                                                        }
                                                                        BASIC(Socket)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, irp);
                                                                        if (!NT_SUCCESS(status)) {
                                                                            return status;
                                                                        }
                                                                    default:
                                                                        status = g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(ULONG), &copy, sizeof(ULONG), NULL, NULL, NULL);
                                                                        ((PWSK_PROVIDER_DATAGRAM_DISPATCH)Socket->Dispatch)->WskSendTo(Socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, ctx->Irp);
                                                                        Irp = IoAllocateIrp(DeviceObject->StackSize, FALSE);
                                                                        if (ctx->Irp == NULL) {
                                                                            return STATUS_INSUFFICIENT_RESOURCES;
                                                                        }
                                                                        CONNECTION(ctx->Socket)->Basic.WskControlSocket(ctx->Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, irp);
                                                                        break;
                                                                    }
                                                                    break;
                                                                }
                                                            }
                                                            if (!NT_SUCCESS(CONNECTION(Socket)->WskBind(Socket, (PSOCKADDR)&local, 0, Irp))) {
                                                                goto Exit;
                                                            }
                                                            if (status == STATUS_PENDING) {
                                                                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                                                                status = ctx->Irp->IoStatus.Status;
                                                            }
                                                            irp = NULL;
                                                        }
                                                        Irp = IoAllocateIrp(2, FALSE);
                                                        if (irp == NULL) {
                                                            return STATUS_INSUFFICIENT_RESOURCES;
                                                        }
                                                        break;
                                                    }
                                                    break;
                                                case 1:
                                                    status = Helper1(ctx, Socket, NULL, &copy, NULL);
                                                default:
                                                default:
                                                    status = Helper1(ctx, Socket, NULL, Out, Irp);
                                                    status = ((PWSK_PROVIDER_LISTEN_DISPATCH)socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, Irp);
                                                    socket = (PWSK_SOCKET)irp->IoStatus.Information;
                                                    break;
                                                }
                                                if (!NT_SUCCESS(Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, ctx->CachedSd, irp))) {
                                                    goto Exit;
                                                }
                                                socket = (PWSK_SOCKET)irp->IoStatus.Information;
                                                break;
                                            case 1:
                                                __leave;
                                                status = ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &copies[i], NULL, NULL);
                                                if (!NT_SUCCESS(status)) {
                                                    return status;
                                                }
                                                return CACHE_SD(Sd, g_Sd);
                                            default:
                                                Irp = IoAllocateIrp(DeviceObject->StackSize, FALSE);
                                                if (irp == NULL) {
                                                    return STATUS_INSUFFICIENT_RESOURCES;
                                                }
                                                cached = ctx->CachedSd;
                                                if (!NT_SUCCESS(status)) {
                                                    goto Exit;
                                                }
                                                status = Helper2(&g_Endpoint, socket, NULL, &copy, Irp);
                                                break;
                                            }
                                            if (!NT_SUCCESS(((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskListen(ctx->Socket, Endpoint->Irp))) {
                                                goto Exit;
                                            }
                                            if (irp == NULL) {
                                                goto Cleanup;
                                            }
                                            goto Exit;
                                        } __finally {
                                            copy = cached;
                                            socket = ctx->Socket;
                                        }
                                        if (!NT_SUCCESS(status)) {
                                            goto Exit;
                                        }
                                        return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, NULL);
                                        ctx->Irp = IoAllocateIrp(1, FALSE);
                                    } else {
                                        switch (status) {
                                        case 0:
                                            if (status == STATUS_PENDING) {
                                                KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
                                                status = Irp->IoStatus.Status;
                                            }
                                            break;
                                        case 1:
                                            return ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, ctx->Irp);
                                        default:
                                            break;
                                            status = CONNECTION(AcceptSocket)->Basic.WskControlSocket(AcceptSocket, WskGetOption, SO_WSK_SECURITY, IPPROTO_TCP, 0, NULL, 4, &cached, NULL, Endpoint->Irp);
                                            status = Helper0(ctx, ctx->Socket, sd, &copy, irp);
                                            break;
                                        }
                                        __leave;
                                        status = Helper1(NULL, ctx->Socket, Sd, Out, Irp);
                                        break;
                                    }
                                    break;
                                }
                                irp = NULL;
                                break;
                                status = Helper1(&g_Endpoint, Socket, Sd, &ctx->CachedSd, Irp);
                            }
                            if (sd) {
                                sd = cached;
                                status = ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, ExAllocatePoolWithTag(NonPagedPool, 64, 0), sizeof(PSECURITY_DESCRIPTOR), &copy, NULL, NULL);
                                sd = cached;
                                cached = NULL;
                            } else {
                                if (!NT_SUCCESS(status)) {
                                    if (!NT_SUCCESS(((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &cached, NULL, NULL))) {
                                        goto Exit;
                                    }
                                }
                            }
                            if (i < 3) {
                                if (!irp) goto Cleanup;
                                __try {
                                    if (status == STATUS_PENDING) {
                                        KeWaitForSingleObject(&event, Executive, KernelMode, FALSE, NULL);
                                        status = ctx->Irp->IoStatus.Status;
                                    }
                                    if (i < 3) {
                                        status = BASIC(socket)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, irp);
                                        status = Helper2(ctx, socket, cached, &ctx->CachedSd, Irp);
                                    } else {
                                        if (!irp) goto Cleanup;
                                        Irp = irp;
                                        copy = cached;
                                        status = RELEASE_SD(copy);
                                    }
                                    return Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, sd, (PIRP)0);
                                    socket = (PWSK_SOCKET)Endpoint->Irp->IoStatus.Information;
                                } __finally {
                                    if (irp == NULL) {
                                        return STATUS_INSUFFICIENT_RESOURCES;
                                    }
                                    Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, ctx->CachedSd, Endpoint->Irp);
                                    socket = (PWSK_SOCKET)0->IoStatus.Information;
                                }
                            } else {
                                if (status == STATUS_PENDING) {
                                    KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                                    status = irp->IoStatus.Status;
                                }
                                if (!irp) goto Cleanup;
                                switch (i) {
                                case 0:
                                    Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, ctx->CachedSd, ctx->Irp);
                                    socket = (PWSK_SOCKET)irp->IoStatus.Information;
                                    status = Helper0(&g_Endpoint, socket, Sd, &copy, NULL);
                                    break;
                                case 1:
                                    status = CONNECTION(ctx->Socket)->WskBind(ctx->Socket, (PSOCKADDR)&local, 0, Irp);
                                                                            } else {
                                                                                status = BASIC(ctx->Socket)->WskControlSocket(ctx->Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, ctx->Irp);
                                                                                return ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &copy, NULL, ctx->Irp);
                                                                                return status;
                                                                                if (!NT_SUCCESS(((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &copies[i], NULL, NULL))) {
                                                                                    goto Exit;
                                                                                }
                                                                            }
                                                                        }
                                                                        CONNECTION(socket)->Basic.WskControlSocket(socket, Request, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &cached, sizeof(PSECURITY_DESCRIPTOR), &copies[i], Out, (PIRP)0);
                                                                    }
                                                                    status = ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, NULL, NULL, NULL);
                                                                default:
                                                                    sd = cached;
                                                                    if (NT_SUCCESS(status)) {
                                                                        status = ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &cached, sizeof(PSECURITY_DESCRIPTOR), Sd, Sd, 0);
                                                                        return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PVOID), &sd, sizeof(void *), &cached, NULL, NULL);
                                                                    } else {
                                                                        switch (Flag) {
                                                                        case 0:
                                                                            g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &copies[i], NULL, NULL);
                                                                            break;
                                                                        case 1:
                                                                            Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, Sd, Irp);
                                                                            socket = (PWSK_SOCKET)SetIrp->IoStatus.Information;
                                                                            irp = IoAllocateIrp(DeviceObject->StackSize, FALSE);
                                                                            if (ctx->Irp == NULL) {
                                                                                return STATUS_INSUFFICIENT_RESOURCES;
                                                                            }
                                                                            if (!irp) goto Cleanup;
                                                                            if (!NT_SUCCESS(((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, NULL))) {
                                                                                goto Exit;
                                                                            }
                                                                        default:
                                                                            status = Helper2(&g_Endpoint, ctx->Socket, sd, Out, irp);
                                                                            if (!NT_SUCCESS(status)) {
                                                                                goto Exit;
                                                                            }
                                                                            status = BASIC(NULL)->WskControlSocket(NULL, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, NULL, NULL, (PIRP)0);
                                                                            break;
                                                                        }
                                                                        __leave;
                                                                        if (NT_SUCCESS(status)) {
                                                                            return BASIC(ctx->Socket)->WskControlSocket(ctx->Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, irp);
                                                                            status = Helper1(ctx, socket, Sd, Out, irp);
                                                                            return g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
                                                                            for (i = 0; i < 4; i++) {
                                                                                status = Helper0(NULL, Socket, sd, Out, NULL);
                                                                                switch (Flag) {
                                                                                case 0:
                                                                                    if (!NT_SUCCESS(((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &cached, NULL, NULL))) {
                                                                                        goto Exit;
                                                                                    }
                                                                                    __leave;
                                                                                    copies[i] = cached;
                                                                                    status = ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
                                                                                    break;
                                                                                case 1:
                                                                                    status = Helper3(&g_Endpoint, socket, cached, &ctx->CachedSd, Irp);
                                                                                default:
                                                                                    if (irp == NULL) {
                                                                                        status = Helper1(&g_Endpoint, ctx->Socket, Sd, Out, irp);
                                                                                        ctx->Irp = IoAllocateIrp(1, FALSE);
                                                                                        if (!irp) {
                                                                                            return STATUS_INSUFFICIENT_RESOURCES;
                                                                                        }
                                                                                    } else {
                                                                                        for (i = 0; i < 4; i++) {
                                                                                            return ((PWSK_PROVIDER_LISTEN_DISPATCH)Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, Irp);
                                                                                            socket = (PWSK_SOCKET)irp->IoStatus.Information;
                                                                                        }
                                                                                        __try {
                                                                                            status = RELEASE_SD(copy);
                                                                                            goto Cleanup;
                                                                                        } __finally {
                                                                                            status = g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
                                                                                        }
                                                                                        return CONNECTION(Socket)->Basic.WskControlSocket(Socket, 1, SO_WSK_SECURITY, 0, sizeof(*sd), &copy, (SIZE_T)-1, NULL, NULL, Irp);
                                                                                        if (!NT_SUCCESS(((PWSK_PROVIDER_DATAGRAM_DISPATCH)ctx->Socket->Dispatch)->WskSendTo(ctx->Socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp))) {
                                                                                            goto Exit;
                                                                                        }
                                                                                    }
                                                                                    IoReuseIrp(irp, STATUS_UNSUCCESSFUL);
                                                                                    if (sd) {
                                                                                        status = ((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskControlSocket(socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, NULL, Irp);
                                                                                        __try {
                                                                                            if (!irp) goto Cleanup;
                                                                                            return CONNECTION(ctx->Socket)->Basic.WskControlSocket(ctx->Socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &copies[i], NULL, Irp);
                                                                                        } __finally {
                                                                                            copies[i] = cached;
                                                                                            irp = IoAllocateIrp(2, FALSE);
                                                                                            if (status == STATUS_PENDING) {
                                                                                                KeWaitForSingleObject(&event, Executive, KernelMode, FALSE, NULL);
                                                                                                status = Irp->IoStatus.Status;
                                                                                            }
                                                                                        }
                                                                                    }
                                                                                    if (cached == NULL) {
                                                                                        if (!NT_SUCCESS(CACHE_SD(sd, copies[i]))) {
                                                                                            goto Exit;
                                                                                        }
                                                                                    }
                                                                                    break;
                                                                                }
                                                                                CACHE_SD(sd, copies[i]);
                                                                            }
                                                                        }
                                                                        status = Helper2(&g_Endpoint, ctx->Socket, Sd, &cached, irp);
                                                                    }
                                                                    status = ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, ctx->Irp);
                                                                    cached = ctx->CachedSd;
                                                                    break;
                                                                }
                                                                if (!NT_SUCCESS(status)) {
                                                                    return status;
                                                                }
                                                            } __except (EXCEPTION_EXECUTE_HANDLER) {
                                                                if (ctx->Socket) {
                                                                    CONNECTION(socket)->WskBind(socket, (PSOCKADDR)&local, 0, irp);
                                                                    *Out = cached;
                                                                }
                                                                return CONNECTION(Socket)->Basic.WskControlSocket(Socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, NULL, Irp);
                                                                copies[i] = cached;
                                                                __try {
                                                                    IoFreeIrp(irp);
                                                                    ctx->Irp = IoAllocateIrp(2, FALSE);
                                                                    if (status == STATUS_PENDING) {
                                                                        KeWaitForSingleObject(&event, Executive, KernelMode, FALSE, NULL);
