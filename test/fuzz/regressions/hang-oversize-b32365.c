/* fuzz regression: budget
 * analysis took 2.27 s (oversize)
 * found by: npm run fuzz -- --seed 424242 --input 186 (generated program (prog.h, file0.c, file1.c, file2.c) [file2.c: oversize])
 */
        status = Helper0(&g_Endpoint, socket, NULL, Out, Irp);
    } __finally {
        ;
        return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, NULL);
        return ((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, irp);
        return status;
    }
Exit:
    if (cached != NULL) {
        RELEASE_SD(cached);
    }
Cleanup:
    return status;
}

NTSTATUS
Entry2_1(PWSK_PROVIDER_NPI Npi, PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp, BOOLEAN Flag)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR sd = Sd;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PSECURITY_DESCRIPTOR copies[4];
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SIZE_T returned = 0;
    ULONG i = 0;
Retry:
    if (Flag) {
        if (!NT_SUCCESS(status)) {
            goto Exit;
        }
        Irp = IoAllocateIrp(2, FALSE);
        if (irp == NULL) {
            return STATUS_INSUFFICIENT_RESOURCES;
        }
        if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, Irp))) {
            goto Exit;
        }
    } else {
        switch (status) {
        case 0:
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            break;
        case 1:
            Irp = IoAllocateIrp(1, FALSE);
            if (!irp) goto Cleanup;
            status = Helper2(NULL, socket, sd, &ctx->CachedSd, NULL);
        default:
            ;
            switch (status) {
            case 0:
                if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, Irp))) {
                    goto Exit;
                }
                break;
            case 1:
                g_Sd = copy;
                return CONNECTION(socket)->Basic.WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, Irp);
            default:
                return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
                break;
            }
            ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, NULL, NULL, ctx->Irp);
            if (!NT_SUCCESS(CONNECTION(ctx->Socket)->WskConnect(ctx->Socket, (PSOCKADDR)&local, 0, irp))) {
                goto Exit;
            }
            break;
        }
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = Endpoint->Irp->IoStatus.Status;
        }
        Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp);
        socket = (PWSK_SOCKET)irp->IoStatus.Information;
        copies[i] = cached;
    }
    return g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
    return status;
}

#include "prog.h"

NTSTATUS
Helper0(PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SOCKADDR_IN local;
    ULONG i = 0;
    if (ctx->Socket) {
        ;
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = irp->IoStatus.Status;
        }
        ;
    } else {
        ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, ctx->Irp);
        if (!irp) goto Cleanup;
        if (i < 3) {
            switch (status) {
            case 0:
                break;
                CONNECTION(Endpoint->Socket)->WskBind(Endpoint->Socket, (PSOCKADDR)&local, 0, SetIrp);
                Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copies[i], Irp);
                socket = (PWSK_SOCKET)Irp->IoStatus.Information;
                return STATUS_SUCCESS;
                break;
            case 1:
                Irp = IoAllocateIrp(2, FALSE);
                return CONNECTION(socket)->WskBind(socket, (PSOCKADDR)&local, 0, ctx->Irp);
                return STATUS_SUCCESS;
            default:
                if (!NT_SUCCESS(((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, NULL))) {
                    goto Exit;
                }
                if (sd) {
                    break;
                    cached = NULL;
                    break;
                }
                for (i = 0; i < 4; i++) {
                    if (!NT_SUCCESS(g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &copies[i], x ? &sd : NULL, NULL))) {
                        goto Exit;
                    }
                    if (!NT_SUCCESS(((PWSK_PROVIDER_DATAGRAM_DISPATCH)AcceptSocket->Dispatch)->WskSendTo(AcceptSocket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp))) {
                        goto Exit;
                    }
                    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, NULL);
                }
                break;
            }
            if (!NT_SUCCESS(Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copy, Irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
        } else {
            if (irp == NULL) {
                return STATUS_INSUFFICIENT_RESOURCES;
            }
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            CONNECTION(socket)->Basic.WskControlSocket(socket, WskIoctl, SO_WSK_SECURITY, 0, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &cached, &cached, irp);
        }
        if (cached == NULL) {
            ;
            ;
            if (!NT_SUCCESS(Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
                status = x ? irp : NULL->IoStatus.Status;
            }
        }
    }
    status = ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp);
    __try {
        status = Helper0(&g_Endpoint, socket, NULL, Out, Irp);
    } __finally {
        ;
        return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, NULL);
        return ((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, irp);
        return status;
    }
Exit:
    if (cached != NULL) {
        RELEASE_SD(cached);
    }
Cleanup:
    return status;
}

NTSTATUS
Entry2_1(PWSK_PROVIDER_NPI Npi, PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp, BOOLEAN Flag)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR sd = Sd;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PSECURITY_DESCRIPTOR copies[4];
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SIZE_T returned = 0;
    ULONG i = 0;
Retry:
    if (Flag) {
        if (!NT_SUCCESS(status)) {
            goto Exit;
        }
        Irp = IoAllocateIrp(2, FALSE);
        if (irp == NULL) {
            return STATUS_INSUFFICIENT_RESOURCES;
        }
        if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, Irp))) {
            goto Exit;
        }
    } else {
        switch (status) {
        case 0:
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            break;
        case 1:
            Irp = IoAllocateIrp(1, FALSE);
            if (!irp) goto Cleanup;
            status = Helper2(NULL, socket, sd, &ctx->CachedSd, NULL);
        default:
            ;
            switch (status) {
            case 0:
                if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, Irp))) {
                    goto Exit;
                }
                break;
            case 1:
                g_Sd = copy;
                return CONNECTION(socket)->Basic.WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, Irp);
            default:
                return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
                break;
            }
            ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, NULL, NULL, ctx->Irp);
            if (!NT_SUCCESS(CONNECTION(ctx->Socket)->WskConnect(ctx->Socket, (PSOCKADDR)&local, 0, irp))) {
                goto Exit;
            }
            break;
        }
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = Endpoint->Irp->IoStatus.Status;
        }
        Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp);
        socket = (PWSK_SOCKET)irp->IoStatus.Information;
        copies[i] = cached;
    }
    return g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
    return status;
}

#include "prog.h"

NTSTATUS
Helper0(PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SOCKADDR_IN local;
    ULONG i = 0;
    if (ctx->Socket) {
        ;
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = irp->IoStatus.Status;
        }
        ;
    } else {
        ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, ctx->Irp);
        if (!irp) goto Cleanup;
        if (i < 3) {
            switch (status) {
            case 0:
                break;
                CONNECTION(Endpoint->Socket)->WskBind(Endpoint->Socket, (PSOCKADDR)&local, 0, SetIrp);
                Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copies[i], Irp);
                socket = (PWSK_SOCKET)Irp->IoStatus.Information;
                return STATUS_SUCCESS;
                break;
            case 1:
                Irp = IoAllocateIrp(2, FALSE);
                return CONNECTION(socket)->WskBind(socket, (PSOCKADDR)&local, 0, ctx->Irp);
                return STATUS_SUCCESS;
            default:
                if (!NT_SUCCESS(((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, NULL))) {
                    goto Exit;
                }
                if (sd) {
                    break;
                    cached = NULL;
                    break;
                }
                for (i = 0; i < 4; i++) {
                    if (!NT_SUCCESS(g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &copies[i], x ? &sd : NULL, NULL))) {
                        goto Exit;
                    }
                    if (!NT_SUCCESS(((PWSK_PROVIDER_DATAGRAM_DISPATCH)AcceptSocket->Dispatch)->WskSendTo(AcceptSocket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp))) {
                        goto Exit;
                    }
                    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, NULL);
                }
                break;
            }
            if (!NT_SUCCESS(Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copy, Irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
        } else {
            if (irp == NULL) {
                return STATUS_INSUFFICIENT_RESOURCES;
            }
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            CONNECTION(socket)->Basic.WskControlSocket(socket, WskIoctl, SO_WSK_SECURITY, 0, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &cached, &cached, irp);
        }
        if (cached == NULL) {
            ;
            ;
            if (!NT_SUCCESS(Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
                status = x ? irp : NULL->IoStatus.Status;
            }
        }
    }
    status = ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp);
    __try {
        status = Helper0(&g_Endpoint, socket, NULL, Out, Irp);
    } __finally {
        ;
        return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, NULL);
        return ((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, irp);
        return status;
    }
Exit:
    if (cached != NULL) {
        RELEASE_SD(cached);
    }
Cleanup:
    return status;
}

NTSTATUS
Entry2_1(PWSK_PROVIDER_NPI Npi, PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp, BOOLEAN Flag)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR sd = Sd;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PSECURITY_DESCRIPTOR copies[4];
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SIZE_T returned = 0;
    ULONG i = 0;
Retry:
    if (Flag) {
        if (!NT_SUCCESS(status)) {
            goto Exit;
        }
        Irp = IoAllocateIrp(2, FALSE);
        if (irp == NULL) {
            return STATUS_INSUFFICIENT_RESOURCES;
        }
        if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, Irp))) {
            goto Exit;
        }
    } else {
        switch (status) {
        case 0:
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            break;
        case 1:
            Irp = IoAllocateIrp(1, FALSE);
            if (!irp) goto Cleanup;
            status = Helper2(NULL, socket, sd, &ctx->CachedSd, NULL);
        default:
            ;
            switch (status) {
            case 0:
                if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, Irp))) {
                    goto Exit;
                }
                break;
            case 1:
                g_Sd = copy;
                return CONNECTION(socket)->Basic.WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, Irp);
            default:
                return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
                break;
            }
            ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, NULL, NULL, ctx->Irp);
            if (!NT_SUCCESS(CONNECTION(ctx->Socket)->WskConnect(ctx->Socket, (PSOCKADDR)&local, 0, irp))) {
                goto Exit;
            }
            break;
        }
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = Endpoint->Irp->IoStatus.Status;
        }
        Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp);
        socket = (PWSK_SOCKET)irp->IoStatus.Information;
        copies[i] = cached;
    }
    return g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
    return status;
}

#include "prog.h"

NTSTATUS
Helper0(PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SOCKADDR_IN local;
    ULONG i = 0;
    if (ctx->Socket) {
        ;
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = irp->IoStatus.Status;
        }
        ;
    } else {
        ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, ctx->Irp);
        if (!irp) goto Cleanup;
        if (i < 3) {
            switch (status) {
            case 0:
                break;
                CONNECTION(Endpoint->Socket)->WskBind(Endpoint->Socket, (PSOCKADDR)&local, 0, SetIrp);
                Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copies[i], Irp);
                socket = (PWSK_SOCKET)Irp->IoStatus.Information;
                return STATUS_SUCCESS;
                break;
            case 1:
                Irp = IoAllocateIrp(2, FALSE);
                return CONNECTION(socket)->WskBind(socket, (PSOCKADDR)&local, 0, ctx->Irp);
                return STATUS_SUCCESS;
            default:
                if (!NT_SUCCESS(((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, NULL))) {
                    goto Exit;
                }
                if (sd) {
                    break;
                    cached = NULL;
                    break;
                }
                for (i = 0; i < 4; i++) {
                    if (!NT_SUCCESS(g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &copies[i], x ? &sd : NULL, NULL))) {
                        goto Exit;
                    }
                    if (!NT_SUCCESS(((PWSK_PROVIDER_DATAGRAM_DISPATCH)AcceptSocket->Dispatch)->WskSendTo(AcceptSocket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp))) {
                        goto Exit;
                    }
                    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, NULL);
                }
                break;
            }
            if (!NT_SUCCESS(Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copy, Irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
        } else {
            if (irp == NULL) {
                return STATUS_INSUFFICIENT_RESOURCES;
            }
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            CONNECTION(socket)->Basic.WskControlSocket(socket, WskIoctl, SO_WSK_SECURITY, 0, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &cached, &cached, irp);
        }
        if (cached == NULL) {
            ;
            ;
            if (!NT_SUCCESS(Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
                status = x ? irp : NULL->IoStatus.Status;
            }
        }
    }
    status = ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp);
    __try {
        status = Helper0(&g_Endpoint, socket, NULL, Out, Irp);
    } __finally {
        ;
        return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, NULL);
        return ((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, irp);
        return status;
    }
Exit:
    if (cached != NULL) {
        RELEASE_SD(cached);
    }
Cleanup:
    return status;
}

NTSTATUS
Entry2_1(PWSK_PROVIDER_NPI Npi, PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp, BOOLEAN Flag)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR sd = Sd;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PSECURITY_DESCRIPTOR copies[4];
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SIZE_T returned = 0;
    ULONG i = 0;
Retry:
    if (Flag) {
        if (!NT_SUCCESS(status)) {
            goto Exit;
        }
        Irp = IoAllocateIrp(2, FALSE);
        if (irp == NULL) {
            return STATUS_INSUFFICIENT_RESOURCES;
        }
        if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, Irp))) {
            goto Exit;
        }
    } else {
        switch (status) {
        case 0:
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            break;
        case 1:
            Irp = IoAllocateIrp(1, FALSE);
            if (!irp) goto Cleanup;
            status = Helper2(NULL, socket, sd, &ctx->CachedSd, NULL);
        default:
            ;
            switch (status) {
            case 0:
                if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, Irp))) {
                    goto Exit;
                }
                break;
            case 1:
                g_Sd = copy;
                return CONNECTION(socket)->Basic.WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, Irp);
            default:
                return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
                break;
            }
            ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, NULL, NULL, ctx->Irp);
            if (!NT_SUCCESS(CONNECTION(ctx->Socket)->WskConnect(ctx->Socket, (PSOCKADDR)&local, 0, irp))) {
                goto Exit;
            }
            break;
        }
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = Endpoint->Irp->IoStatus.Status;
        }
        Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp);
        socket = (PWSK_SOCKET)irp->IoStatus.Information;
        copies[i] = cached;
    }
    return g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
    return status;
}

#include "prog.h"

NTSTATUS
Helper0(PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SOCKADDR_IN local;
    ULONG i = 0;
    if (ctx->Socket) {
        ;
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = irp->IoStatus.Status;
        }
        ;
    } else {
        ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, ctx->Irp);
        if (!irp) goto Cleanup;
        if (i < 3) {
            switch (status) {
            case 0:
                break;
                CONNECTION(Endpoint->Socket)->WskBind(Endpoint->Socket, (PSOCKADDR)&local, 0, SetIrp);
                Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copies[i], Irp);
                socket = (PWSK_SOCKET)Irp->IoStatus.Information;
                return STATUS_SUCCESS;
                break;
            case 1:
                Irp = IoAllocateIrp(2, FALSE);
                return CONNECTION(socket)->WskBind(socket, (PSOCKADDR)&local, 0, ctx->Irp);
                return STATUS_SUCCESS;
            default:
                if (!NT_SUCCESS(((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, NULL))) {
                    goto Exit;
                }
                if (sd) {
                    break;
                    cached = NULL;
                    break;
                }
                for (i = 0; i < 4; i++) {
                    if (!NT_SUCCESS(g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &copies[i], x ? &sd : NULL, NULL))) {
                        goto Exit;
                    }
                    if (!NT_SUCCESS(((PWSK_PROVIDER_DATAGRAM_DISPATCH)AcceptSocket->Dispatch)->WskSendTo(AcceptSocket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp))) {
                        goto Exit;
                    }
                    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, NULL);
                }
                break;
            }
            if (!NT_SUCCESS(Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copy, Irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
        } else {
            if (irp == NULL) {
                return STATUS_INSUFFICIENT_RESOURCES;
            }
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            CONNECTION(socket)->Basic.WskControlSocket(socket, WskIoctl, SO_WSK_SECURITY, 0, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &cached, &cached, irp);
        }
        if (cached == NULL) {
            ;
            ;
            if (!NT_SUCCESS(Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
                status = x ? irp : NULL->IoStatus.Status;
            }
        }
    }
    status = ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp);
    __try {
        status = Helper0(&g_Endpoint, socket, NULL, Out, Irp);
    } __finally {
        ;
        return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, NULL);
        return ((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, irp);
        return status;
    }
Exit:
    if (cached != NULL) {
        RELEASE_SD(cached);
    }
Cleanup:
    return status;
}

NTSTATUS
Entry2_1(PWSK_PROVIDER_NPI Npi, PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp, BOOLEAN Flag)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR sd = Sd;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PSECURITY_DESCRIPTOR copies[4];
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SIZE_T returned = 0;
    ULONG i = 0;
Retry:
    if (Flag) {
        if (!NT_SUCCESS(status)) {
            goto Exit;
        }
        Irp = IoAllocateIrp(2, FALSE);
        if (irp == NULL) {
            return STATUS_INSUFFICIENT_RESOURCES;
        }
        if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, Irp))) {
            goto Exit;
        }
    } else {
        switch (status) {
        case 0:
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            break;
        case 1:
            Irp = IoAllocateIrp(1, FALSE);
            if (!irp) goto Cleanup;
            status = Helper2(NULL, socket, sd, &ctx->CachedSd, NULL);
        default:
            ;
            switch (status) {
            case 0:
                if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, Irp))) {
                    goto Exit;
                }
                break;
            case 1:
                g_Sd = copy;
                return CONNECTION(socket)->Basic.WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, Irp);
            default:
                return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
                break;
            }
            ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, NULL, NULL, ctx->Irp);
            if (!NT_SUCCESS(CONNECTION(ctx->Socket)->WskConnect(ctx->Socket, (PSOCKADDR)&local, 0, irp))) {
                goto Exit;
            }
            break;
        }
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = Endpoint->Irp->IoStatus.Status;
        }
        Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp);
        socket = (PWSK_SOCKET)irp->IoStatus.Information;
        copies[i] = cached;
    }
    return g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
    return status;
}

#include "prog.h"

NTSTATUS
Helper0(PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SOCKADDR_IN local;
    ULONG i = 0;
    if (ctx->Socket) {
        ;
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = irp->IoStatus.Status;
        }
        ;
    } else {
        ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, ctx->Irp);
        if (!irp) goto Cleanup;
        if (i < 3) {
            switch (status) {
            case 0:
                break;
                CONNECTION(Endpoint->Socket)->WskBind(Endpoint->Socket, (PSOCKADDR)&local, 0, SetIrp);
                Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copies[i], Irp);
                socket = (PWSK_SOCKET)Irp->IoStatus.Information;
                return STATUS_SUCCESS;
                break;
            case 1:
                Irp = IoAllocateIrp(2, FALSE);
                return CONNECTION(socket)->WskBind(socket, (PSOCKADDR)&local, 0, ctx->Irp);
                return STATUS_SUCCESS;
            default:
                if (!NT_SUCCESS(((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, NULL))) {
                    goto Exit;
                }
                if (sd) {
                    break;
                    cached = NULL;
                    break;
                }
                for (i = 0; i < 4; i++) {
                    if (!NT_SUCCESS(g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &copies[i], x ? &sd : NULL, NULL))) {
                        goto Exit;
                    }
                    if (!NT_SUCCESS(((PWSK_PROVIDER_DATAGRAM_DISPATCH)AcceptSocket->Dispatch)->WskSendTo(AcceptSocket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp))) {
                        goto Exit;
                    }
                    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, NULL);
                }
                break;
            }
            if (!NT_SUCCESS(Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copy, Irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
        } else {
            if (irp == NULL) {
                return STATUS_INSUFFICIENT_RESOURCES;
            }
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            CONNECTION(socket)->Basic.WskControlSocket(socket, WskIoctl, SO_WSK_SECURITY, 0, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &cached, &cached, irp);
        }
        if (cached == NULL) {
            ;
            ;
            if (!NT_SUCCESS(Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
                status = x ? irp : NULL->IoStatus.Status;
            }
        }
    }
    status = ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp);
    __try {
        status = Helper0(&g_Endpoint, socket, NULL, Out, Irp);
    } __finally {
        ;
        return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, NULL);
        return ((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, irp);
        return status;
    }
Exit:
    if (cached != NULL) {
        RELEASE_SD(cached);
    }
Cleanup:
    return status;
}

NTSTATUS
Entry2_1(PWSK_PROVIDER_NPI Npi, PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp, BOOLEAN Flag)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR sd = Sd;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PSECURITY_DESCRIPTOR copies[4];
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SIZE_T returned = 0;
    ULONG i = 0;
Retry:
    if (Flag) {
        if (!NT_SUCCESS(status)) {
            goto Exit;
        }
        Irp = IoAllocateIrp(2, FALSE);
        if (irp == NULL) {
            return STATUS_INSUFFICIENT_RESOURCES;
        }
        if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, Irp))) {
            goto Exit;
        }
    } else {
        switch (status) {
        case 0:
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            break;
        case 1:
            Irp = IoAllocateIrp(1, FALSE);
            if (!irp) goto Cleanup;
            status = Helper2(NULL, socket, sd, &ctx->CachedSd, NULL);
        default:
            ;
            switch (status) {
            case 0:
                if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, Irp))) {
                    goto Exit;
                }
                break;
            case 1:
                g_Sd = copy;
                return CONNECTION(socket)->Basic.WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, Irp);
            default:
                return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
                break;
            }
            ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, NULL, NULL, ctx->Irp);
            if (!NT_SUCCESS(CONNECTION(ctx->Socket)->WskConnect(ctx->Socket, (PSOCKADDR)&local, 0, irp))) {
                goto Exit;
            }
            break;
        }
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = Endpoint->Irp->IoStatus.Status;
        }
        Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp);
        socket = (PWSK_SOCKET)irp->IoStatus.Information;
        copies[i] = cached;
    }
    return g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
    return status;
}

#include "prog.h"

NTSTATUS
Helper0(PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SOCKADDR_IN local;
    ULONG i = 0;
    if (ctx->Socket) {
        ;
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = irp->IoStatus.Status;
        }
        ;
    } else {
        ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, ctx->Irp);
        if (!irp) goto Cleanup;
        if (i < 3) {
            switch (status) {
            case 0:
                break;
                CONNECTION(Endpoint->Socket)->WskBind(Endpoint->Socket, (PSOCKADDR)&local, 0, SetIrp);
                Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copies[i], Irp);
                socket = (PWSK_SOCKET)Irp->IoStatus.Information;
                return STATUS_SUCCESS;
                break;
            case 1:
                Irp = IoAllocateIrp(2, FALSE);
                return CONNECTION(socket)->WskBind(socket, (PSOCKADDR)&local, 0, ctx->Irp);
                return STATUS_SUCCESS;
            default:
                if (!NT_SUCCESS(((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, NULL))) {
                    goto Exit;
                }
                if (sd) {
                    break;
                    cached = NULL;
                    break;
                }
                for (i = 0; i < 4; i++) {
                    if (!NT_SUCCESS(g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &copies[i], x ? &sd : NULL, NULL))) {
                        goto Exit;
                    }
                    if (!NT_SUCCESS(((PWSK_PROVIDER_DATAGRAM_DISPATCH)AcceptSocket->Dispatch)->WskSendTo(AcceptSocket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp))) {
                        goto Exit;
                    }
                    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, NULL);
                }
                break;
            }
            if (!NT_SUCCESS(Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copy, Irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
        } else {
            if (irp == NULL) {
                return STATUS_INSUFFICIENT_RESOURCES;
            }
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            CONNECTION(socket)->Basic.WskControlSocket(socket, WskIoctl, SO_WSK_SECURITY, 0, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &cached, &cached, irp);
        }
        if (cached == NULL) {
            ;
            ;
            if (!NT_SUCCESS(Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
                status = x ? irp : NULL->IoStatus.Status;
            }
        }
    }
    status = ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp);
    __try {
        status = Helper0(&g_Endpoint, socket, NULL, Out, Irp);
    } __finally {
        ;
        return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, NULL);
        return ((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, irp);
        return status;
    }
Exit:
    if (cached != NULL) {
        RELEASE_SD(cached);
    }
Cleanup:
    return status;
}

NTSTATUS
Entry2_1(PWSK_PROVIDER_NPI Npi, PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp, BOOLEAN Flag)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR sd = Sd;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PSECURITY_DESCRIPTOR copies[4];
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SIZE_T returned = 0;
    ULONG i = 0;
Retry:
    if (Flag) {
        if (!NT_SUCCESS(status)) {
            goto Exit;
        }
        Irp = IoAllocateIrp(2, FALSE);
        if (irp == NULL) {
            return STATUS_INSUFFICIENT_RESOURCES;
        }
        if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, Irp))) {
            goto Exit;
        }
    } else {
        switch (status) {
        case 0:
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            break;
        case 1:
            Irp = IoAllocateIrp(1, FALSE);
            if (!irp) goto Cleanup;
            status = Helper2(NULL, socket, sd, &ctx->CachedSd, NULL);
        default:
            ;
            switch (status) {
            case 0:
                if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, Irp))) {
                    goto Exit;
                }
                break;
            case 1:
                g_Sd = copy;
                return CONNECTION(socket)->Basic.WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, Irp);
            default:
                return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
                break;
            }
            ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, NULL, NULL, ctx->Irp);
            if (!NT_SUCCESS(CONNECTION(ctx->Socket)->WskConnect(ctx->Socket, (PSOCKADDR)&local, 0, irp))) {
                goto Exit;
            }
            break;
        }
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = Endpoint->Irp->IoStatus.Status;
        }
        Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp);
        socket = (PWSK_SOCKET)irp->IoStatus.Information;
        copies[i] = cached;
    }
    return g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
    return status;
}

#include "prog.h"

NTSTATUS
Helper0(PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SOCKADDR_IN local;
    ULONG i = 0;
    if (ctx->Socket) {
        ;
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = irp->IoStatus.Status;
        }
        ;
    } else {
        ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, ctx->Irp);
        if (!irp) goto Cleanup;
        if (i < 3) {
            switch (status) {
            case 0:
                break;
                CONNECTION(Endpoint->Socket)->WskBind(Endpoint->Socket, (PSOCKADDR)&local, 0, SetIrp);
                Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copies[i], Irp);
                socket = (PWSK_SOCKET)Irp->IoStatus.Information;
                return STATUS_SUCCESS;
                break;
            case 1:
                Irp = IoAllocateIrp(2, FALSE);
                return CONNECTION(socket)->WskBind(socket, (PSOCKADDR)&local, 0, ctx->Irp);
                return STATUS_SUCCESS;
            default:
                if (!NT_SUCCESS(((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, NULL))) {
                    goto Exit;
                }
                if (sd) {
                    break;
                    cached = NULL;
                    break;
                }
                for (i = 0; i < 4; i++) {
                    if (!NT_SUCCESS(g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &copies[i], x ? &sd : NULL, NULL))) {
                        goto Exit;
                    }
                    if (!NT_SUCCESS(((PWSK_PROVIDER_DATAGRAM_DISPATCH)AcceptSocket->Dispatch)->WskSendTo(AcceptSocket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp))) {
                        goto Exit;
                    }
                    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, NULL);
                }
                break;
            }
            if (!NT_SUCCESS(Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copy, Irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
        } else {
            if (irp == NULL) {
                return STATUS_INSUFFICIENT_RESOURCES;
            }
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            CONNECTION(socket)->Basic.WskControlSocket(socket, WskIoctl, SO_WSK_SECURITY, 0, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &cached, &cached, irp);
        }
        if (cached == NULL) {
            ;
            ;
            if (!NT_SUCCESS(Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
                status = x ? irp : NULL->IoStatus.Status;
            }
        }
    }
    status = ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp);
    __try {
        status = Helper0(&g_Endpoint, socket, NULL, Out, Irp);
    } __finally {
        ;
        return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, NULL);
        return ((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, irp);
        return status;
    }
Exit:
    if (cached != NULL) {
        RELEASE_SD(cached);
    }
Cleanup:
    return status;
}

NTSTATUS
Entry2_1(PWSK_PROVIDER_NPI Npi, PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp, BOOLEAN Flag)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR sd = Sd;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PSECURITY_DESCRIPTOR copies[4];
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SIZE_T returned = 0;
    ULONG i = 0;
Retry:
    if (Flag) {
        if (!NT_SUCCESS(status)) {
            goto Exit;
        }
        Irp = IoAllocateIrp(2, FALSE);
        if (irp == NULL) {
            return STATUS_INSUFFICIENT_RESOURCES;
        }
        if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, Irp))) {
            goto Exit;
        }
    } else {
        switch (status) {
        case 0:
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            break;
        case 1:
            Irp = IoAllocateIrp(1, FALSE);
            if (!irp) goto Cleanup;
            status = Helper2(NULL, socket, sd, &ctx->CachedSd, NULL);
        default:
            ;
            switch (status) {
            case 0:
                if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, Irp))) {
                    goto Exit;
                }
                break;
            case 1:
                g_Sd = copy;
                return CONNECTION(socket)->Basic.WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, Irp);
            default:
                return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
                break;
            }
            ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, NULL, NULL, ctx->Irp);
            if (!NT_SUCCESS(CONNECTION(ctx->Socket)->WskConnect(ctx->Socket, (PSOCKADDR)&local, 0, irp))) {
                goto Exit;
            }
            break;
        }
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = Endpoint->Irp->IoStatus.Status;
        }
        Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp);
        socket = (PWSK_SOCKET)irp->IoStatus.Information;
        copies[i] = cached;
    }
    return g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
    return status;
}

#include "prog.h"

NTSTATUS
Helper0(PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SOCKADDR_IN local;
    ULONG i = 0;
    if (ctx->Socket) {
        ;
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = irp->IoStatus.Status;
        }
        ;
    } else {
        ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, ctx->Irp);
        if (!irp) goto Cleanup;
        if (i < 3) {
            switch (status) {
            case 0:
                break;
                CONNECTION(Endpoint->Socket)->WskBind(Endpoint->Socket, (PSOCKADDR)&local, 0, SetIrp);
                Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copies[i], Irp);
                socket = (PWSK_SOCKET)Irp->IoStatus.Information;
                return STATUS_SUCCESS;
                break;
            case 1:
                Irp = IoAllocateIrp(2, FALSE);
                return CONNECTION(socket)->WskBind(socket, (PSOCKADDR)&local, 0, ctx->Irp);
                return STATUS_SUCCESS;
            default:
                if (!NT_SUCCESS(((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, NULL))) {
                    goto Exit;
                }
                if (sd) {
                    break;
                    cached = NULL;
                    break;
                }
                for (i = 0; i < 4; i++) {
                    if (!NT_SUCCESS(g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &copies[i], x ? &sd : NULL, NULL))) {
                        goto Exit;
                    }
                    if (!NT_SUCCESS(((PWSK_PROVIDER_DATAGRAM_DISPATCH)AcceptSocket->Dispatch)->WskSendTo(AcceptSocket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp))) {
                        goto Exit;
                    }
                    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, NULL);
                }
                break;
            }
            if (!NT_SUCCESS(Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copy, Irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
        } else {
            if (irp == NULL) {
                return STATUS_INSUFFICIENT_RESOURCES;
            }
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            CONNECTION(socket)->Basic.WskControlSocket(socket, WskIoctl, SO_WSK_SECURITY, 0, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &cached, &cached, irp);
        }
        if (cached == NULL) {
            ;
            ;
            if (!NT_SUCCESS(Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
                status = x ? irp : NULL->IoStatus.Status;
            }
        }
    }
    status = ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp);
    __try {
        status = Helper0(&g_Endpoint, socket, NULL, Out, Irp);
    } __finally {
        ;
        return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, NULL);
        return ((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, irp);
        return status;
    }
Exit:
    if (cached != NULL) {
        RELEASE_SD(cached);
    }
Cleanup:
    return status;
}

NTSTATUS
Entry2_1(PWSK_PROVIDER_NPI Npi, PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp, BOOLEAN Flag)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR sd = Sd;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PSECURITY_DESCRIPTOR copies[4];
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SIZE_T returned = 0;
    ULONG i = 0;
Retry:
    if (Flag) {
        if (!NT_SUCCESS(status)) {
            goto Exit;
        }
        Irp = IoAllocateIrp(2, FALSE);
        if (irp == NULL) {
            return STATUS_INSUFFICIENT_RESOURCES;
        }
        if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, Irp))) {
            goto Exit;
        }
    } else {
        switch (status) {
        case 0:
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            break;
        case 1:
            Irp = IoAllocateIrp(1, FALSE);
            if (!irp) goto Cleanup;
            status = Helper2(NULL, socket, sd, &ctx->CachedSd, NULL);
        default:
            ;
            switch (status) {
            case 0:
                if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, Irp))) {
                    goto Exit;
                }
                break;
            case 1:
                g_Sd = copy;
                return CONNECTION(socket)->Basic.WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, Irp);
            default:
                return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
                break;
            }
            ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, NULL, NULL, ctx->Irp);
            if (!NT_SUCCESS(CONNECTION(ctx->Socket)->WskConnect(ctx->Socket, (PSOCKADDR)&local, 0, irp))) {
                goto Exit;
            }
            break;
        }
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = Endpoint->Irp->IoStatus.Status;
        }
        Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp);
        socket = (PWSK_SOCKET)irp->IoStatus.Information;
        copies[i] = cached;
    }
    return g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
    return status;
}

#include "prog.h"

NTSTATUS
Helper0(PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SOCKADDR_IN local;
    ULONG i = 0;
    if (ctx->Socket) {
        ;
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = irp->IoStatus.Status;
        }
        ;
    } else {
        ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, ctx->Irp);
        if (!irp) goto Cleanup;
        if (i < 3) {
            switch (status) {
            case 0:
                break;
                CONNECTION(Endpoint->Socket)->WskBind(Endpoint->Socket, (PSOCKADDR)&local, 0, SetIrp);
                Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copies[i], Irp);
                socket = (PWSK_SOCKET)Irp->IoStatus.Information;
                return STATUS_SUCCESS;
                break;
            case 1:
                Irp = IoAllocateIrp(2, FALSE);
                return CONNECTION(socket)->WskBind(socket, (PSOCKADDR)&local, 0, ctx->Irp);
                return STATUS_SUCCESS;
            default:
                if (!NT_SUCCESS(((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, NULL))) {
                    goto Exit;
                }
                if (sd) {
                    break;
                    cached = NULL;
                    break;
                }
                for (i = 0; i < 4; i++) {
                    if (!NT_SUCCESS(g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &copies[i], x ? &sd : NULL, NULL))) {
                        goto Exit;
                    }
                    if (!NT_SUCCESS(((PWSK_PROVIDER_DATAGRAM_DISPATCH)AcceptSocket->Dispatch)->WskSendTo(AcceptSocket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp))) {
                        goto Exit;
                    }
                    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, NULL);
                }
                break;
            }
            if (!NT_SUCCESS(Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copy, Irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
        } else {
            if (irp == NULL) {
                return STATUS_INSUFFICIENT_RESOURCES;
            }
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            CONNECTION(socket)->Basic.WskControlSocket(socket, WskIoctl, SO_WSK_SECURITY, 0, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &cached, &cached, irp);
        }
        if (cached == NULL) {
            ;
            ;
            if (!NT_SUCCESS(Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
                status = x ? irp : NULL->IoStatus.Status;
            }
        }
    }
    status = ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp);
    __try {
        status = Helper0(&g_Endpoint, socket, NULL, Out, Irp);
    } __finally {
        ;
        return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, NULL);
        return ((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, irp);
        return status;
    }
Exit:
    if (cached != NULL) {
        RELEASE_SD(cached);
    }
Cleanup:
    return status;
}

NTSTATUS
Entry2_1(PWSK_PROVIDER_NPI Npi, PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp, BOOLEAN Flag)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR sd = Sd;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PSECURITY_DESCRIPTOR copies[4];
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SIZE_T returned = 0;
    ULONG i = 0;
Retry:
    if (Flag) {
        if (!NT_SUCCESS(status)) {
            goto Exit;
        }
        Irp = IoAllocateIrp(2, FALSE);
        if (irp == NULL) {
            return STATUS_INSUFFICIENT_RESOURCES;
        }
        if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, Irp))) {
            goto Exit;
        }
    } else {
        switch (status) {
        case 0:
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            break;
        case 1:
            Irp = IoAllocateIrp(1, FALSE);
            if (!irp) goto Cleanup;
            status = Helper2(NULL, socket, sd, &ctx->CachedSd, NULL);
        default:
            ;
            switch (status) {
            case 0:
                if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, Irp))) {
                    goto Exit;
                }
                break;
            case 1:
                g_Sd = copy;
                return CONNECTION(socket)->Basic.WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, Irp);
            default:
                return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
                break;
            }
            ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, NULL, NULL, ctx->Irp);
            if (!NT_SUCCESS(CONNECTION(ctx->Socket)->WskConnect(ctx->Socket, (PSOCKADDR)&local, 0, irp))) {
                goto Exit;
            }
            break;
        }
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = Endpoint->Irp->IoStatus.Status;
        }
        Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp);
        socket = (PWSK_SOCKET)irp->IoStatus.Information;
        copies[i] = cached;
    }
    return g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
    return status;
}

#include "prog.h"

NTSTATUS
Helper0(PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SOCKADDR_IN local;
    ULONG i = 0;
    if (ctx->Socket) {
        ;
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = irp->IoStatus.Status;
        }
        ;
    } else {
        ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, ctx->Irp);
        if (!irp) goto Cleanup;
        if (i < 3) {
            switch (status) {
            case 0:
                break;
                CONNECTION(Endpoint->Socket)->WskBind(Endpoint->Socket, (PSOCKADDR)&local, 0, SetIrp);
                Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copies[i], Irp);
                socket = (PWSK_SOCKET)Irp->IoStatus.Information;
                return STATUS_SUCCESS;
                break;
            case 1:
                Irp = IoAllocateIrp(2, FALSE);
                return CONNECTION(socket)->WskBind(socket, (PSOCKADDR)&local, 0, ctx->Irp);
                return STATUS_SUCCESS;
            default:
                if (!NT_SUCCESS(((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, NULL))) {
                    goto Exit;
                }
                if (sd) {
                    break;
                    cached = NULL;
                    break;
                }
                for (i = 0; i < 4; i++) {
                    if (!NT_SUCCESS(g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &copies[i], x ? &sd : NULL, NULL))) {
                        goto Exit;
                    }
                    if (!NT_SUCCESS(((PWSK_PROVIDER_DATAGRAM_DISPATCH)AcceptSocket->Dispatch)->WskSendTo(AcceptSocket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp))) {
                        goto Exit;
                    }
                    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, NULL);
                }
                break;
            }
            if (!NT_SUCCESS(Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copy, Irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
        } else {
            if (irp == NULL) {
                return STATUS_INSUFFICIENT_RESOURCES;
            }
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            CONNECTION(socket)->Basic.WskControlSocket(socket, WskIoctl, SO_WSK_SECURITY, 0, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &cached, &cached, irp);
        }
        if (cached == NULL) {
            ;
            ;
            if (!NT_SUCCESS(Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
                status = x ? irp : NULL->IoStatus.Status;
            }
        }
    }
    status = ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp);
    __try {
        status = Helper0(&g_Endpoint, socket, NULL, Out, Irp);
    } __finally {
        ;
        return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, NULL);
        return ((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, irp);
        return status;
    }
Exit:
    if (cached != NULL) {
        RELEASE_SD(cached);
    }
Cleanup:
    return status;
}

NTSTATUS
Entry2_1(PWSK_PROVIDER_NPI Npi, PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp, BOOLEAN Flag)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR sd = Sd;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PSECURITY_DESCRIPTOR copies[4];
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SIZE_T returned = 0;
    ULONG i = 0;
Retry:
    if (Flag) {
        if (!NT_SUCCESS(status)) {
            goto Exit;
        }
        Irp = IoAllocateIrp(2, FALSE);
        if (irp == NULL) {
            return STATUS_INSUFFICIENT_RESOURCES;
        }
        if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, Irp))) {
            goto Exit;
        }
    } else {
        switch (status) {
        case 0:
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            break;
        case 1:
            Irp = IoAllocateIrp(1, FALSE);
            if (!irp) goto Cleanup;
            status = Helper2(NULL, socket, sd, &ctx->CachedSd, NULL);
        default:
            ;
            switch (status) {
            case 0:
                if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, Irp))) {
                    goto Exit;
                }
                break;
            case 1:
                g_Sd = copy;
                return CONNECTION(socket)->Basic.WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, Irp);
            default:
                return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
                break;
            }
            ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, NULL, NULL, ctx->Irp);
            if (!NT_SUCCESS(CONNECTION(ctx->Socket)->WskConnect(ctx->Socket, (PSOCKADDR)&local, 0, irp))) {
                goto Exit;
            }
            break;
        }
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = Endpoint->Irp->IoStatus.Status;
        }
        Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp);
        socket = (PWSK_SOCKET)irp->IoStatus.Information;
        copies[i] = cached;
    }
    return g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
    return status;
}

#include "prog.h"

NTSTATUS
Helper0(PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SOCKADDR_IN local;
    ULONG i = 0;
    if (ctx->Socket) {
        ;
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = irp->IoStatus.Status;
        }
        ;
    } else {
        ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, ctx->Irp);
        if (!irp) goto Cleanup;
        if (i < 3) {
            switch (status) {
            case 0:
                break;
                CONNECTION(Endpoint->Socket)->WskBind(Endpoint->Socket, (PSOCKADDR)&local, 0, SetIrp);
                Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copies[i], Irp);
                socket = (PWSK_SOCKET)Irp->IoStatus.Information;
                return STATUS_SUCCESS;
                break;
            case 1:
                Irp = IoAllocateIrp(2, FALSE);
                return CONNECTION(socket)->WskBind(socket, (PSOCKADDR)&local, 0, ctx->Irp);
                return STATUS_SUCCESS;
            default:
                if (!NT_SUCCESS(((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, NULL))) {
                    goto Exit;
                }
                if (sd) {
                    break;
                    cached = NULL;
                    break;
                }
                for (i = 0; i < 4; i++) {
                    if (!NT_SUCCESS(g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &copies[i], x ? &sd : NULL, NULL))) {
                        goto Exit;
                    }
                    if (!NT_SUCCESS(((PWSK_PROVIDER_DATAGRAM_DISPATCH)AcceptSocket->Dispatch)->WskSendTo(AcceptSocket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp))) {
                        goto Exit;
                    }
                    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, NULL);
                }
                break;
            }
            if (!NT_SUCCESS(Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copy, Irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
        } else {
            if (irp == NULL) {
                return STATUS_INSUFFICIENT_RESOURCES;
            }
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            CONNECTION(socket)->Basic.WskControlSocket(socket, WskIoctl, SO_WSK_SECURITY, 0, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &cached, &cached, irp);
        }
        if (cached == NULL) {
            ;
            ;
            if (!NT_SUCCESS(Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
                status = x ? irp : NULL->IoStatus.Status;
            }
        }
    }
    status = ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp);
    __try {
        status = Helper0(&g_Endpoint, socket, NULL, Out, Irp);
    } __finally {
        ;
        return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, NULL);
        return ((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, irp);
        return status;
    }
Exit:
    if (cached != NULL) {
        RELEASE_SD(cached);
    }
Cleanup:
    return status;
}

NTSTATUS
Entry2_1(PWSK_PROVIDER_NPI Npi, PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp, BOOLEAN Flag)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR sd = Sd;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PSECURITY_DESCRIPTOR copies[4];
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SIZE_T returned = 0;
    ULONG i = 0;
Retry:
    if (Flag) {
        if (!NT_SUCCESS(status)) {
            goto Exit;
        }
        Irp = IoAllocateIrp(2, FALSE);
        if (irp == NULL) {
            return STATUS_INSUFFICIENT_RESOURCES;
        }
        if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, Irp))) {
            goto Exit;
        }
    } else {
        switch (status) {
        case 0:
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            break;
        case 1:
            Irp = IoAllocateIrp(1, FALSE);
            if (!irp) goto Cleanup;
            status = Helper2(NULL, socket, sd, &ctx->CachedSd, NULL);
        default:
            ;
            switch (status) {
            case 0:
                if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, Irp))) {
                    goto Exit;
                }
                break;
            case 1:
                g_Sd = copy;
                return CONNECTION(socket)->Basic.WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, Irp);
            default:
                return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
                break;
            }
            ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, NULL, NULL, ctx->Irp);
            if (!NT_SUCCESS(CONNECTION(ctx->Socket)->WskConnect(ctx->Socket, (PSOCKADDR)&local, 0, irp))) {
                goto Exit;
            }
            break;
        }
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = Endpoint->Irp->IoStatus.Status;
        }
        Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp);
        socket = (PWSK_SOCKET)irp->IoStatus.Information;
        copies[i] = cached;
    }
    return g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
    return status;
}

#include "prog.h"

NTSTATUS
Helper0(PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SOCKADDR_IN local;
    ULONG i = 0;
    if (ctx->Socket) {
        ;
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = irp->IoStatus.Status;
        }
        ;
    } else {
        ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, ctx->Irp);
        if (!irp) goto Cleanup;
        if (i < 3) {
            switch (status) {
            case 0:
                break;
                CONNECTION(Endpoint->Socket)->WskBind(Endpoint->Socket, (PSOCKADDR)&local, 0, SetIrp);
                Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copies[i], Irp);
                socket = (PWSK_SOCKET)Irp->IoStatus.Information;
                return STATUS_SUCCESS;
                break;
            case 1:
                Irp = IoAllocateIrp(2, FALSE);
                return CONNECTION(socket)->WskBind(socket, (PSOCKADDR)&local, 0, ctx->Irp);
                return STATUS_SUCCESS;
            default:
                if (!NT_SUCCESS(((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, NULL))) {
                    goto Exit;
                }
                if (sd) {
                    break;
                    cached = NULL;
                    break;
                }
                for (i = 0; i < 4; i++) {
                    if (!NT_SUCCESS(g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &copies[i], x ? &sd : NULL, NULL))) {
                        goto Exit;
                    }
                    if (!NT_SUCCESS(((PWSK_PROVIDER_DATAGRAM_DISPATCH)AcceptSocket->Dispatch)->WskSendTo(AcceptSocket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp))) {
                        goto Exit;
                    }
                    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, NULL);
                }
                break;
            }
            if (!NT_SUCCESS(Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copy, Irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
        } else {
            if (irp == NULL) {
                return STATUS_INSUFFICIENT_RESOURCES;
            }
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            CONNECTION(socket)->Basic.WskControlSocket(socket, WskIoctl, SO_WSK_SECURITY, 0, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &cached, &cached, irp);
        }
        if (cached == NULL) {
            ;
            ;
            if (!NT_SUCCESS(Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
                status = x ? irp : NULL->IoStatus.Status;
            }
        }
    }
    status = ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp);
    __try {
        status = Helper0(&g_Endpoint, socket, NULL, Out, Irp);
    } __finally {
        ;
        return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, NULL);
        return ((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, irp);
        return status;
    }
Exit:
    if (cached != NULL) {
        RELEASE_SD(cached);
    }
Cleanup:
    return status;
}

NTSTATUS
Entry2_1(PWSK_PROVIDER_NPI Npi, PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp, BOOLEAN Flag)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR sd = Sd;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PSECURITY_DESCRIPTOR copies[4];
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SIZE_T returned = 0;
    ULONG i = 0;
Retry:
    if (Flag) {
        if (!NT_SUCCESS(status)) {
            goto Exit;
        }
        Irp = IoAllocateIrp(2, FALSE);
        if (irp == NULL) {
            return STATUS_INSUFFICIENT_RESOURCES;
        }
        if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, Irp))) {
            goto Exit;
        }
    } else {
        switch (status) {
        case 0:
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            break;
        case 1:
            Irp = IoAllocateIrp(1, FALSE);
            if (!irp) goto Cleanup;
            status = Helper2(NULL, socket, sd, &ctx->CachedSd, NULL);
        default:
            ;
            switch (status) {
            case 0:
                if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, Irp))) {
                    goto Exit;
                }
                break;
            case 1:
                g_Sd = copy;
                return CONNECTION(socket)->Basic.WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, Irp);
            default:
                return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
                break;
            }
            ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, NULL, NULL, ctx->Irp);
            if (!NT_SUCCESS(CONNECTION(ctx->Socket)->WskConnect(ctx->Socket, (PSOCKADDR)&local, 0, irp))) {
                goto Exit;
            }
            break;
        }
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = Endpoint->Irp->IoStatus.Status;
        }
        Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp);
        socket = (PWSK_SOCKET)irp->IoStatus.Information;
        copies[i] = cached;
    }
    return g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
    return status;
}

#include "prog.h"

NTSTATUS
Helper0(PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SOCKADDR_IN local;
    ULONG i = 0;
    if (ctx->Socket) {
        ;
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = irp->IoStatus.Status;
        }
        ;
    } else {
        ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, ctx->Irp);
        if (!irp) goto Cleanup;
        if (i < 3) {
            switch (status) {
            case 0:
                break;
                CONNECTION(Endpoint->Socket)->WskBind(Endpoint->Socket, (PSOCKADDR)&local, 0, SetIrp);
                Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copies[i], Irp);
                socket = (PWSK_SOCKET)Irp->IoStatus.Information;
                return STATUS_SUCCESS;
                break;
            case 1:
                Irp = IoAllocateIrp(2, FALSE);
                return CONNECTION(socket)->WskBind(socket, (PSOCKADDR)&local, 0, ctx->Irp);
                return STATUS_SUCCESS;
            default:
                if (!NT_SUCCESS(((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, NULL))) {
                    goto Exit;
                }
                if (sd) {
                    break;
                    cached = NULL;
                    break;
                }
                for (i = 0; i < 4; i++) {
                    if (!NT_SUCCESS(g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &copies[i], x ? &sd : NULL, NULL))) {
                        goto Exit;
                    }
                    if (!NT_SUCCESS(((PWSK_PROVIDER_DATAGRAM_DISPATCH)AcceptSocket->Dispatch)->WskSendTo(AcceptSocket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp))) {
                        goto Exit;
                    }
                    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, NULL);
                }
                break;
            }
            if (!NT_SUCCESS(Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copy, Irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
        } else {
            if (irp == NULL) {
                return STATUS_INSUFFICIENT_RESOURCES;
            }
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            CONNECTION(socket)->Basic.WskControlSocket(socket, WskIoctl, SO_WSK_SECURITY, 0, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &cached, &cached, irp);
        }
        if (cached == NULL) {
            ;
            ;
            if (!NT_SUCCESS(Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
                status = x ? irp : NULL->IoStatus.Status;
            }
        }
    }
    status = ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp);
    __try {
        status = Helper0(&g_Endpoint, socket, NULL, Out, Irp);
    } __finally {
        ;
        return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, NULL);
        return ((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, irp);
        return status;
    }
Exit:
    if (cached != NULL) {
        RELEASE_SD(cached);
    }
Cleanup:
    return status;
}

NTSTATUS
Entry2_1(PWSK_PROVIDER_NPI Npi, PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp, BOOLEAN Flag)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR sd = Sd;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PSECURITY_DESCRIPTOR copies[4];
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SIZE_T returned = 0;
    ULONG i = 0;
Retry:
    if (Flag) {
        if (!NT_SUCCESS(status)) {
            goto Exit;
        }
        Irp = IoAllocateIrp(2, FALSE);
        if (irp == NULL) {
            return STATUS_INSUFFICIENT_RESOURCES;
        }
        if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, Irp))) {
            goto Exit;
        }
    } else {
        switch (status) {
        case 0:
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            break;
        case 1:
            Irp = IoAllocateIrp(1, FALSE);
            if (!irp) goto Cleanup;
            status = Helper2(NULL, socket, sd, &ctx->CachedSd, NULL);
        default:
            ;
            switch (status) {
            case 0:
                if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, Irp))) {
                    goto Exit;
                }
                break;
            case 1:
                g_Sd = copy;
                return CONNECTION(socket)->Basic.WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, Irp);
            default:
                return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
                break;
            }
            ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, NULL, NULL, ctx->Irp);
            if (!NT_SUCCESS(CONNECTION(ctx->Socket)->WskConnect(ctx->Socket, (PSOCKADDR)&local, 0, irp))) {
                goto Exit;
            }
            break;
        }
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = Endpoint->Irp->IoStatus.Status;
        }
        Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp);
        socket = (PWSK_SOCKET)irp->IoStatus.Information;
        copies[i] = cached;
    }
    return g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
    return status;
}

#include "prog.h"

NTSTATUS
Helper0(PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SOCKADDR_IN local;
    ULONG i = 0;
    if (ctx->Socket) {
        ;
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = irp->IoStatus.Status;
        }
        ;
    } else {
        ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, ctx->Irp);
        if (!irp) goto Cleanup;
        if (i < 3) {
            switch (status) {
            case 0:
                break;
                CONNECTION(Endpoint->Socket)->WskBind(Endpoint->Socket, (PSOCKADDR)&local, 0, SetIrp);
                Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copies[i], Irp);
                socket = (PWSK_SOCKET)Irp->IoStatus.Information;
                return STATUS_SUCCESS;
                break;
            case 1:
                Irp = IoAllocateIrp(2, FALSE);
                return CONNECTION(socket)->WskBind(socket, (PSOCKADDR)&local, 0, ctx->Irp);
                return STATUS_SUCCESS;
            default:
                if (!NT_SUCCESS(((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, NULL))) {
                    goto Exit;
                }
                if (sd) {
                    break;
                    cached = NULL;
                    break;
                }
                for (i = 0; i < 4; i++) {
                    if (!NT_SUCCESS(g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &copies[i], x ? &sd : NULL, NULL))) {
                        goto Exit;
                    }
                    if (!NT_SUCCESS(((PWSK_PROVIDER_DATAGRAM_DISPATCH)AcceptSocket->Dispatch)->WskSendTo(AcceptSocket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp))) {
                        goto Exit;
                    }
                    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, NULL);
                }
                break;
            }
            if (!NT_SUCCESS(Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copy, Irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
        } else {
            if (irp == NULL) {
                return STATUS_INSUFFICIENT_RESOURCES;
            }
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            CONNECTION(socket)->Basic.WskControlSocket(socket, WskIoctl, SO_WSK_SECURITY, 0, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &cached, &cached, irp);
        }
        if (cached == NULL) {
            ;
            ;
            if (!NT_SUCCESS(Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
                status = x ? irp : NULL->IoStatus.Status;
            }
        }
    }
    status = ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp);
    __try {
        status = Helper0(&g_Endpoint, socket, NULL, Out, Irp);
    } __finally {
        ;
        return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, NULL);
        return ((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, irp);
        return status;
    }
Exit:
    if (cached != NULL) {
        RELEASE_SD(cached);
    }
Cleanup:
    return status;
}

NTSTATUS
Entry2_1(PWSK_PROVIDER_NPI Npi, PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp, BOOLEAN Flag)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR sd = Sd;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PSECURITY_DESCRIPTOR copies[4];
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SIZE_T returned = 0;
    ULONG i = 0;
Retry:
    if (Flag) {
        if (!NT_SUCCESS(status)) {
            goto Exit;
        }
        Irp = IoAllocateIrp(2, FALSE);
        if (irp == NULL) {
            return STATUS_INSUFFICIENT_RESOURCES;
        }
        if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, Irp))) {
            goto Exit;
        }
    } else {
        switch (status) {
        case 0:
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            break;
        case 1:
            Irp = IoAllocateIrp(1, FALSE);
            if (!irp) goto Cleanup;
            status = Helper2(NULL, socket, sd, &ctx->CachedSd, NULL);
        default:
            ;
            switch (status) {
            case 0:
                if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, Irp))) {
                    goto Exit;
                }
                break;
            case 1:
                g_Sd = copy;
                return CONNECTION(socket)->Basic.WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, Irp);
            default:
                return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
                break;
            }
            ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, NULL, NULL, ctx->Irp);
            if (!NT_SUCCESS(CONNECTION(ctx->Socket)->WskConnect(ctx->Socket, (PSOCKADDR)&local, 0, irp))) {
                goto Exit;
            }
            break;
        }
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = Endpoint->Irp->IoStatus.Status;
        }
        Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp);
        socket = (PWSK_SOCKET)irp->IoStatus.Information;
        copies[i] = cached;
    }
    return g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
    return status;
}

#include "prog.h"

NTSTATUS
Helper0(PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SOCKADDR_IN local;
    ULONG i = 0;
    if (ctx->Socket) {
        ;
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = irp->IoStatus.Status;
        }
        ;
    } else {
        ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, ctx->Irp);
        if (!irp) goto Cleanup;
        if (i < 3) {
            switch (status) {
            case 0:
                break;
                CONNECTION(Endpoint->Socket)->WskBind(Endpoint->Socket, (PSOCKADDR)&local, 0, SetIrp);
                Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copies[i], Irp);
                socket = (PWSK_SOCKET)Irp->IoStatus.Information;
                return STATUS_SUCCESS;
                break;
            case 1:
                Irp = IoAllocateIrp(2, FALSE);
                return CONNECTION(socket)->WskBind(socket, (PSOCKADDR)&local, 0, ctx->Irp);
                return STATUS_SUCCESS;
            default:
                if (!NT_SUCCESS(((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, NULL))) {
                    goto Exit;
                }
                if (sd) {
                    break;
                    cached = NULL;
                    break;
                }
                for (i = 0; i < 4; i++) {
                    if (!NT_SUCCESS(g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &copies[i], x ? &sd : NULL, NULL))) {
                        goto Exit;
                    }
                    if (!NT_SUCCESS(((PWSK_PROVIDER_DATAGRAM_DISPATCH)AcceptSocket->Dispatch)->WskSendTo(AcceptSocket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp))) {
                        goto Exit;
                    }
                    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, NULL);
                }
                break;
            }
            if (!NT_SUCCESS(Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copy, Irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
        } else {
            if (irp == NULL) {
                return STATUS_INSUFFICIENT_RESOURCES;
            }
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            CONNECTION(socket)->Basic.WskControlSocket(socket, WskIoctl, SO_WSK_SECURITY, 0, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &cached, &cached, irp);
        }
        if (cached == NULL) {
            ;
            ;
            if (!NT_SUCCESS(Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
                status = x ? irp : NULL->IoStatus.Status;
            }
        }
    }
    status = ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp);
    __try {
        status = Helper0(&g_Endpoint, socket, NULL, Out, Irp);
    } __finally {
        ;
        return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, NULL);
        return ((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, irp);
        return status;
    }
Exit:
    if (cached != NULL) {
        RELEASE_SD(cached);
    }
Cleanup:
    return status;
}

NTSTATUS
Entry2_1(PWSK_PROVIDER_NPI Npi, PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp, BOOLEAN Flag)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR sd = Sd;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PSECURITY_DESCRIPTOR copies[4];
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SIZE_T returned = 0;
    ULONG i = 0;
Retry:
    if (Flag) {
        if (!NT_SUCCESS(status)) {
            goto Exit;
        }
        Irp = IoAllocateIrp(2, FALSE);
        if (irp == NULL) {
            return STATUS_INSUFFICIENT_RESOURCES;
        }
        if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, Irp))) {
            goto Exit;
        }
    } else {
        switch (status) {
        case 0:
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            break;
        case 1:
            Irp = IoAllocateIrp(1, FALSE);
            if (!irp) goto Cleanup;
            status = Helper2(NULL, socket, sd, &ctx->CachedSd, NULL);
        default:
            ;
            switch (status) {
            case 0:
                if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, Irp))) {
                    goto Exit;
                }
                break;
            case 1:
                g_Sd = copy;
                return CONNECTION(socket)->Basic.WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, Irp);
            default:
                return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
                break;
            }
            ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, NULL, NULL, ctx->Irp);
            if (!NT_SUCCESS(CONNECTION(ctx->Socket)->WskConnect(ctx->Socket, (PSOCKADDR)&local, 0, irp))) {
                goto Exit;
            }
            break;
        }
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = Endpoint->Irp->IoStatus.Status;
        }
        Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp);
        socket = (PWSK_SOCKET)irp->IoStatus.Information;
        copies[i] = cached;
    }
    return g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
    return status;
}

#include "prog.h"

NTSTATUS
Helper0(PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SOCKADDR_IN local;
    ULONG i = 0;
    if (ctx->Socket) {
        ;
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = irp->IoStatus.Status;
        }
        ;
    } else {
        ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, ctx->Irp);
        if (!irp) goto Cleanup;
        if (i < 3) {
            switch (status) {
            case 0:
                break;
                CONNECTION(Endpoint->Socket)->WskBind(Endpoint->Socket, (PSOCKADDR)&local, 0, SetIrp);
                Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copies[i], Irp);
                socket = (PWSK_SOCKET)Irp->IoStatus.Information;
                return STATUS_SUCCESS;
                break;
            case 1:
                Irp = IoAllocateIrp(2, FALSE);
                return CONNECTION(socket)->WskBind(socket, (PSOCKADDR)&local, 0, ctx->Irp);
                return STATUS_SUCCESS;
            default:
                if (!NT_SUCCESS(((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, NULL))) {
                    goto Exit;
                }
                if (sd) {
                    break;
                    cached = NULL;
                    break;
                }
                for (i = 0; i < 4; i++) {
                    if (!NT_SUCCESS(g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &copies[i], x ? &sd : NULL, NULL))) {
                        goto Exit;
                    }
                    if (!NT_SUCCESS(((PWSK_PROVIDER_DATAGRAM_DISPATCH)AcceptSocket->Dispatch)->WskSendTo(AcceptSocket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp))) {
                        goto Exit;
                    }
                    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, NULL);
                }
                break;
            }
            if (!NT_SUCCESS(Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copy, Irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
        } else {
            if (irp == NULL) {
                return STATUS_INSUFFICIENT_RESOURCES;
            }
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            CONNECTION(socket)->Basic.WskControlSocket(socket, WskIoctl, SO_WSK_SECURITY, 0, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &cached, &cached, irp);
        }
        if (cached == NULL) {
            ;
            ;
            if (!NT_SUCCESS(Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
                status = x ? irp : NULL->IoStatus.Status;
            }
        }
    }
    status = ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp);
    __try {
        status = Helper0(&g_Endpoint, socket, NULL, Out, Irp);
    } __finally {
        ;
        return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, NULL);
        return ((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, irp);
        return status;
    }
Exit:
    if (cached != NULL) {
        RELEASE_SD(cached);
    }
Cleanup:
    return status;
}

NTSTATUS
Entry2_1(PWSK_PROVIDER_NPI Npi, PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp, BOOLEAN Flag)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR sd = Sd;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PSECURITY_DESCRIPTOR copies[4];
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SIZE_T returned = 0;
    ULONG i = 0;
Retry:
    if (Flag) {
        if (!NT_SUCCESS(status)) {
            goto Exit;
        }
        Irp = IoAllocateIrp(2, FALSE);
        if (irp == NULL) {
            return STATUS_INSUFFICIENT_RESOURCES;
        }
        if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, Irp))) {
            goto Exit;
        }
    } else {
        switch (status) {
        case 0:
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            break;
        case 1:
            Irp = IoAllocateIrp(1, FALSE);
            if (!irp) goto Cleanup;
            status = Helper2(NULL, socket, sd, &ctx->CachedSd, NULL);
        default:
            ;
            switch (status) {
            case 0:
                if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, Irp))) {
                    goto Exit;
                }
                break;
            case 1:
                g_Sd = copy;
                return CONNECTION(socket)->Basic.WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, Irp);
            default:
                return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
                break;
            }
            ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, NULL, NULL, ctx->Irp);
            if (!NT_SUCCESS(CONNECTION(ctx->Socket)->WskConnect(ctx->Socket, (PSOCKADDR)&local, 0, irp))) {
                goto Exit;
            }
            break;
        }
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = Endpoint->Irp->IoStatus.Status;
        }
        Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp);
        socket = (PWSK_SOCKET)irp->IoStatus.Information;
        copies[i] = cached;
    }
    return g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
    return status;
}

#include "prog.h"

NTSTATUS
Helper0(PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SOCKADDR_IN local;
    ULONG i = 0;
    if (ctx->Socket) {
        ;
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = irp->IoStatus.Status;
        }
        ;
    } else {
        ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, ctx->Irp);
        if (!irp) goto Cleanup;
        if (i < 3) {
            switch (status) {
            case 0:
                break;
                CONNECTION(Endpoint->Socket)->WskBind(Endpoint->Socket, (PSOCKADDR)&local, 0, SetIrp);
                Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copies[i], Irp);
                socket = (PWSK_SOCKET)Irp->IoStatus.Information;
                return STATUS_SUCCESS;
                break;
            case 1:
                Irp = IoAllocateIrp(2, FALSE);
                return CONNECTION(socket)->WskBind(socket, (PSOCKADDR)&local, 0, ctx->Irp);
                return STATUS_SUCCESS;
            default:
                if (!NT_SUCCESS(((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, NULL))) {
                    goto Exit;
                }
                if (sd) {
                    break;
                    cached = NULL;
                    break;
                }
                for (i = 0; i < 4; i++) {
                    if (!NT_SUCCESS(g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &copies[i], x ? &sd : NULL, NULL))) {
                        goto Exit;
                    }
                    if (!NT_SUCCESS(((PWSK_PROVIDER_DATAGRAM_DISPATCH)AcceptSocket->Dispatch)->WskSendTo(AcceptSocket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp))) {
                        goto Exit;
                    }
                    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, NULL);
                }
                break;
            }
            if (!NT_SUCCESS(Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copy, Irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
        } else {
            if (irp == NULL) {
                return STATUS_INSUFFICIENT_RESOURCES;
            }
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            CONNECTION(socket)->Basic.WskControlSocket(socket, WskIoctl, SO_WSK_SECURITY, 0, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &cached, &cached, irp);
        }
        if (cached == NULL) {
            ;
            ;
            if (!NT_SUCCESS(Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
                status = x ? irp : NULL->IoStatus.Status;
            }
        }
    }
    status = ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp);
    __try {
        status = Helper0(&g_Endpoint, socket, NULL, Out, Irp);
    } __finally {
        ;
        return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, NULL);
        return ((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, irp);
        return status;
    }
Exit:
    if (cached != NULL) {
        RELEASE_SD(cached);
    }
Cleanup:
    return status;
}

NTSTATUS
Entry2_1(PWSK_PROVIDER_NPI Npi, PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp, BOOLEAN Flag)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR sd = Sd;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PSECURITY_DESCRIPTOR copies[4];
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SIZE_T returned = 0;
    ULONG i = 0;
Retry:
    if (Flag) {
        if (!NT_SUCCESS(status)) {
            goto Exit;
        }
        Irp = IoAllocateIrp(2, FALSE);
        if (irp == NULL) {
            return STATUS_INSUFFICIENT_RESOURCES;
        }
        if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, Irp))) {
            goto Exit;
        }
    } else {
        switch (status) {
        case 0:
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            break;
        case 1:
            Irp = IoAllocateIrp(1, FALSE);
            if (!irp) goto Cleanup;
            status = Helper2(NULL, socket, sd, &ctx->CachedSd, NULL);
        default:
            ;
            switch (status) {
            case 0:
                if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, Irp))) {
                    goto Exit;
                }
                break;
            case 1:
                g_Sd = copy;
                return CONNECTION(socket)->Basic.WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, Irp);
            default:
                return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
                break;
            }
            ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, NULL, NULL, ctx->Irp);
            if (!NT_SUCCESS(CONNECTION(ctx->Socket)->WskConnect(ctx->Socket, (PSOCKADDR)&local, 0, irp))) {
                goto Exit;
            }
            break;
        }
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = Endpoint->Irp->IoStatus.Status;
        }
        Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp);
        socket = (PWSK_SOCKET)irp->IoStatus.Information;
        copies[i] = cached;
    }
    return g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
    return status;
}

#include "prog.h"

NTSTATUS
Helper0(PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SOCKADDR_IN local;
    ULONG i = 0;
    if (ctx->Socket) {
        ;
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = irp->IoStatus.Status;
        }
        ;
    } else {
        ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, ctx->Irp);
        if (!irp) goto Cleanup;
        if (i < 3) {
            switch (status) {
            case 0:
                break;
                CONNECTION(Endpoint->Socket)->WskBind(Endpoint->Socket, (PSOCKADDR)&local, 0, SetIrp);
                Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copies[i], Irp);
                socket = (PWSK_SOCKET)Irp->IoStatus.Information;
                return STATUS_SUCCESS;
                break;
            case 1:
                Irp = IoAllocateIrp(2, FALSE);
                return CONNECTION(socket)->WskBind(socket, (PSOCKADDR)&local, 0, ctx->Irp);
                return STATUS_SUCCESS;
            default:
                if (!NT_SUCCESS(((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, NULL))) {
                    goto Exit;
                }
                if (sd) {
                    break;
                    cached = NULL;
                    break;
                }
                for (i = 0; i < 4; i++) {
                    if (!NT_SUCCESS(g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &copies[i], x ? &sd : NULL, NULL))) {
                        goto Exit;
                    }
                    if (!NT_SUCCESS(((PWSK_PROVIDER_DATAGRAM_DISPATCH)AcceptSocket->Dispatch)->WskSendTo(AcceptSocket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp))) {
                        goto Exit;
                    }
                    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, NULL);
                }
                break;
            }
            if (!NT_SUCCESS(Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copy, Irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
        } else {
            if (irp == NULL) {
                return STATUS_INSUFFICIENT_RESOURCES;
            }
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            CONNECTION(socket)->Basic.WskControlSocket(socket, WskIoctl, SO_WSK_SECURITY, 0, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &cached, &cached, irp);
        }
        if (cached == NULL) {
            ;
            ;
            if (!NT_SUCCESS(Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
                status = x ? irp : NULL->IoStatus.Status;
            }
        }
    }
    status = ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp);
    __try {
        status = Helper0(&g_Endpoint, socket, NULL, Out, Irp);
    } __finally {
        ;
        return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, NULL);
        return ((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, irp);
        return status;
    }
Exit:
    if (cached != NULL) {
        RELEASE_SD(cached);
    }
Cleanup:
    return status;
}

NTSTATUS
Entry2_1(PWSK_PROVIDER_NPI Npi, PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp, BOOLEAN Flag)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR sd = Sd;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PSECURITY_DESCRIPTOR copies[4];
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SIZE_T returned = 0;
    ULONG i = 0;
Retry:
    if (Flag) {
        if (!NT_SUCCESS(status)) {
            goto Exit;
        }
        Irp = IoAllocateIrp(2, FALSE);
        if (irp == NULL) {
            return STATUS_INSUFFICIENT_RESOURCES;
        }
        if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, Irp))) {
            goto Exit;
        }
    } else {
        switch (status) {
        case 0:
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            break;
        case 1:
            Irp = IoAllocateIrp(1, FALSE);
            if (!irp) goto Cleanup;
            status = Helper2(NULL, socket, sd, &ctx->CachedSd, NULL);
        default:
            ;
            switch (status) {
            case 0:
                if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, Irp))) {
                    goto Exit;
                }
                break;
            case 1:
                g_Sd = copy;
                return CONNECTION(socket)->Basic.WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, Irp);
            default:
                return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
                break;
            }
            ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, NULL, NULL, ctx->Irp);
            if (!NT_SUCCESS(CONNECTION(ctx->Socket)->WskConnect(ctx->Socket, (PSOCKADDR)&local, 0, irp))) {
                goto Exit;
            }
            break;
        }
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = Endpoint->Irp->IoStatus.Status;
        }
        Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp);
        socket = (PWSK_SOCKET)irp->IoStatus.Information;
        copies[i] = cached;
    }
    return g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
    return status;
}

#include "prog.h"

NTSTATUS
Helper0(PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SOCKADDR_IN local;
    ULONG i = 0;
    if (ctx->Socket) {
        ;
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = irp->IoStatus.Status;
        }
        ;
    } else {
        ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, ctx->Irp);
        if (!irp) goto Cleanup;
        if (i < 3) {
            switch (status) {
            case 0:
                break;
                CONNECTION(Endpoint->Socket)->WskBind(Endpoint->Socket, (PSOCKADDR)&local, 0, SetIrp);
                Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copies[i], Irp);
                socket = (PWSK_SOCKET)Irp->IoStatus.Information;
                return STATUS_SUCCESS;
                break;
            case 1:
                Irp = IoAllocateIrp(2, FALSE);
                return CONNECTION(socket)->WskBind(socket, (PSOCKADDR)&local, 0, ctx->Irp);
                return STATUS_SUCCESS;
            default:
                if (!NT_SUCCESS(((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, NULL))) {
                    goto Exit;
                }
                if (sd) {
                    break;
                    cached = NULL;
                    break;
                }
                for (i = 0; i < 4; i++) {
                    if (!NT_SUCCESS(g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &copies[i], x ? &sd : NULL, NULL))) {
                        goto Exit;
                    }
                    if (!NT_SUCCESS(((PWSK_PROVIDER_DATAGRAM_DISPATCH)AcceptSocket->Dispatch)->WskSendTo(AcceptSocket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp))) {
                        goto Exit;
                    }
                    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, NULL);
                }
                break;
            }
            if (!NT_SUCCESS(Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copy, Irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
        } else {
            if (irp == NULL) {
                return STATUS_INSUFFICIENT_RESOURCES;
            }
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            CONNECTION(socket)->Basic.WskControlSocket(socket, WskIoctl, SO_WSK_SECURITY, 0, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &cached, &cached, irp);
        }
        if (cached == NULL) {
            ;
            ;
            if (!NT_SUCCESS(Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
                status = x ? irp : NULL->IoStatus.Status;
            }
        }
    }
    status = ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp);
    __try {
        status = Helper0(&g_Endpoint, socket, NULL, Out, Irp);
    } __finally {
        ;
        return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, NULL);
        return ((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, irp);
        return status;
    }
Exit:
    if (cached != NULL) {
        RELEASE_SD(cached);
    }
Cleanup:
    return status;
}

NTSTATUS
Entry2_1(PWSK_PROVIDER_NPI Npi, PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp, BOOLEAN Flag)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR sd = Sd;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PSECURITY_DESCRIPTOR copies[4];
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SIZE_T returned = 0;
    ULONG i = 0;
Retry:
    if (Flag) {
        if (!NT_SUCCESS(status)) {
            goto Exit;
        }
        Irp = IoAllocateIrp(2, FALSE);
        if (irp == NULL) {
            return STATUS_INSUFFICIENT_RESOURCES;
        }
        if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, Irp))) {
            goto Exit;
        }
    } else {
        switch (status) {
        case 0:
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            break;
        case 1:
            Irp = IoAllocateIrp(1, FALSE);
            if (!irp) goto Cleanup;
            status = Helper2(NULL, socket, sd, &ctx->CachedSd, NULL);
        default:
            ;
            switch (status) {
            case 0:
                if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, Irp))) {
                    goto Exit;
                }
                break;
            case 1:
                g_Sd = copy;
                return CONNECTION(socket)->Basic.WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, Irp);
            default:
                return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
                break;
            }
            ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, NULL, NULL, ctx->Irp);
            if (!NT_SUCCESS(CONNECTION(ctx->Socket)->WskConnect(ctx->Socket, (PSOCKADDR)&local, 0, irp))) {
                goto Exit;
            }
            break;
        }
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = Endpoint->Irp->IoStatus.Status;
        }
        Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp);
        socket = (PWSK_SOCKET)irp->IoStatus.Information;
        copies[i] = cached;
    }
    return g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
    return status;
}

#include "prog.h"

NTSTATUS
Helper0(PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SOCKADDR_IN local;
    ULONG i = 0;
    if (ctx->Socket) {
        ;
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = irp->IoStatus.Status;
        }
        ;
    } else {
        ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, ctx->Irp);
        if (!irp) goto Cleanup;
        if (i < 3) {
            switch (status) {
            case 0:
                break;
                CONNECTION(Endpoint->Socket)->WskBind(Endpoint->Socket, (PSOCKADDR)&local, 0, SetIrp);
                Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copies[i], Irp);
                socket = (PWSK_SOCKET)Irp->IoStatus.Information;
                return STATUS_SUCCESS;
                break;
            case 1:
                Irp = IoAllocateIrp(2, FALSE);
                return CONNECTION(socket)->WskBind(socket, (PSOCKADDR)&local, 0, ctx->Irp);
                return STATUS_SUCCESS;
            default:
                if (!NT_SUCCESS(((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, NULL))) {
                    goto Exit;
                }
                if (sd) {
                    break;
                    cached = NULL;
                    break;
                }
                for (i = 0; i < 4; i++) {
                    if (!NT_SUCCESS(g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &copies[i], x ? &sd : NULL, NULL))) {
                        goto Exit;
                    }
                    if (!NT_SUCCESS(((PWSK_PROVIDER_DATAGRAM_DISPATCH)AcceptSocket->Dispatch)->WskSendTo(AcceptSocket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp))) {
                        goto Exit;
                    }
                    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, NULL);
                }
                break;
            }
            if (!NT_SUCCESS(Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copy, Irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
        } else {
            if (irp == NULL) {
                return STATUS_INSUFFICIENT_RESOURCES;
            }
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            CONNECTION(socket)->Basic.WskControlSocket(socket, WskIoctl, SO_WSK_SECURITY, 0, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &cached, &cached, irp);
        }
        if (cached == NULL) {
            ;
            ;
            if (!NT_SUCCESS(Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
                status = x ? irp : NULL->IoStatus.Status;
            }
        }
    }
    status = ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp);
    __try {
        status = Helper0(&g_Endpoint, socket, NULL, Out, Irp);
    } __finally {
        ;
        return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, NULL);
        return ((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, irp);
        return status;
    }
Exit:
    if (cached != NULL) {
        RELEASE_SD(cached);
    }
Cleanup:
    return status;
}

NTSTATUS
Entry2_1(PWSK_PROVIDER_NPI Npi, PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp, BOOLEAN Flag)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR sd = Sd;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PSECURITY_DESCRIPTOR copies[4];
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SIZE_T returned = 0;
    ULONG i = 0;
Retry:
    if (Flag) {
        if (!NT_SUCCESS(status)) {
            goto Exit;
        }
        Irp = IoAllocateIrp(2, FALSE);
        if (irp == NULL) {
            return STATUS_INSUFFICIENT_RESOURCES;
        }
        if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, Irp))) {
            goto Exit;
        }
    } else {
        switch (status) {
        case 0:
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            break;
        case 1:
            Irp = IoAllocateIrp(1, FALSE);
            if (!irp) goto Cleanup;
            status = Helper2(NULL, socket, sd, &ctx->CachedSd, NULL);
        default:
            ;
            switch (status) {
            case 0:
                if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, Irp))) {
                    goto Exit;
                }
                break;
            case 1:
                g_Sd = copy;
                return CONNECTION(socket)->Basic.WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, Irp);
            default:
                return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
                break;
            }
            ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, NULL, NULL, ctx->Irp);
            if (!NT_SUCCESS(CONNECTION(ctx->Socket)->WskConnect(ctx->Socket, (PSOCKADDR)&local, 0, irp))) {
                goto Exit;
            }
            break;
        }
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = Endpoint->Irp->IoStatus.Status;
        }
        Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp);
        socket = (PWSK_SOCKET)irp->IoStatus.Information;
        copies[i] = cached;
    }
    return g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
    return status;
}

#include "prog.h"

NTSTATUS
Helper0(PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SOCKADDR_IN local;
    ULONG i = 0;
    if (ctx->Socket) {
        ;
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = irp->IoStatus.Status;
        }
        ;
    } else {
        ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, ctx->Irp);
        if (!irp) goto Cleanup;
        if (i < 3) {
            switch (status) {
            case 0:
                break;
                CONNECTION(Endpoint->Socket)->WskBind(Endpoint->Socket, (PSOCKADDR)&local, 0, SetIrp);
                Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copies[i], Irp);
                socket = (PWSK_SOCKET)Irp->IoStatus.Information;
                return STATUS_SUCCESS;
                break;
            case 1:
                Irp = IoAllocateIrp(2, FALSE);
                return CONNECTION(socket)->WskBind(socket, (PSOCKADDR)&local, 0, ctx->Irp);
                return STATUS_SUCCESS;
            default:
                if (!NT_SUCCESS(((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, NULL))) {
                    goto Exit;
                }
                if (sd) {
                    break;
                    cached = NULL;
                    break;
                }
                for (i = 0; i < 4; i++) {
                    if (!NT_SUCCESS(g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &copies[i], x ? &sd : NULL, NULL))) {
                        goto Exit;
                    }
                    if (!NT_SUCCESS(((PWSK_PROVIDER_DATAGRAM_DISPATCH)AcceptSocket->Dispatch)->WskSendTo(AcceptSocket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp))) {
                        goto Exit;
                    }
                    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, NULL);
                }
                break;
            }
            if (!NT_SUCCESS(Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copy, Irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
        } else {
            if (irp == NULL) {
                return STATUS_INSUFFICIENT_RESOURCES;
            }
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            CONNECTION(socket)->Basic.WskControlSocket(socket, WskIoctl, SO_WSK_SECURITY, 0, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &cached, &cached, irp);
        }
        if (cached == NULL) {
            ;
            ;
            if (!NT_SUCCESS(Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
                status = x ? irp : NULL->IoStatus.Status;
            }
        }
    }
    status = ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp);
    __try {
        status = Helper0(&g_Endpoint, socket, NULL, Out, Irp);
    } __finally {
        ;
        return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, NULL);
        return ((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, irp);
        return status;
    }
Exit:
    if (cached != NULL) {
        RELEASE_SD(cached);
    }
Cleanup:
    return status;
}

NTSTATUS
Entry2_1(PWSK_PROVIDER_NPI Npi, PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp, BOOLEAN Flag)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR sd = Sd;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PSECURITY_DESCRIPTOR copies[4];
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SIZE_T returned = 0;
    ULONG i = 0;
Retry:
    if (Flag) {
        if (!NT_SUCCESS(status)) {
            goto Exit;
        }
        Irp = IoAllocateIrp(2, FALSE);
        if (irp == NULL) {
            return STATUS_INSUFFICIENT_RESOURCES;
        }
        if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, Irp))) {
            goto Exit;
        }
    } else {
        switch (status) {
        case 0:
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            break;
        case 1:
            Irp = IoAllocateIrp(1, FALSE);
            if (!irp) goto Cleanup;
            status = Helper2(NULL, socket, sd, &ctx->CachedSd, NULL);
        default:
            ;
            switch (status) {
            case 0:
                if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, Irp))) {
                    goto Exit;
                }
                break;
            case 1:
                g_Sd = copy;
                return CONNECTION(socket)->Basic.WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, Irp);
            default:
                return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
                break;
            }
            ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, NULL, NULL, ctx->Irp);
            if (!NT_SUCCESS(CONNECTION(ctx->Socket)->WskConnect(ctx->Socket, (PSOCKADDR)&local, 0, irp))) {
                goto Exit;
            }
            break;
        }
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = Endpoint->Irp->IoStatus.Status;
        }
        Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp);
        socket = (PWSK_SOCKET)irp->IoStatus.Information;
        copies[i] = cached;
    }
    return g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
    return status;
}

#include "prog.h"

NTSTATUS
Helper0(PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SOCKADDR_IN local;
    ULONG i = 0;
    if (ctx->Socket) {
        ;
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = irp->IoStatus.Status;
        }
        ;
    } else {
        ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, ctx->Irp);
        if (!irp) goto Cleanup;
        if (i < 3) {
            switch (status) {
            case 0:
                break;
                CONNECTION(Endpoint->Socket)->WskBind(Endpoint->Socket, (PSOCKADDR)&local, 0, SetIrp);
                Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copies[i], Irp);
                socket = (PWSK_SOCKET)Irp->IoStatus.Information;
                return STATUS_SUCCESS;
                break;
            case 1:
                Irp = IoAllocateIrp(2, FALSE);
                return CONNECTION(socket)->WskBind(socket, (PSOCKADDR)&local, 0, ctx->Irp);
                return STATUS_SUCCESS;
            default:
                if (!NT_SUCCESS(((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, NULL))) {
                    goto Exit;
                }
                if (sd) {
                    break;
                    cached = NULL;
                    break;
                }
                for (i = 0; i < 4; i++) {
                    if (!NT_SUCCESS(g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &copies[i], x ? &sd : NULL, NULL))) {
                        goto Exit;
                    }
                    if (!NT_SUCCESS(((PWSK_PROVIDER_DATAGRAM_DISPATCH)AcceptSocket->Dispatch)->WskSendTo(AcceptSocket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp))) {
                        goto Exit;
                    }
                    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, NULL);
                }
                break;
            }
            if (!NT_SUCCESS(Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copy, Irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
        } else {
            if (irp == NULL) {
                return STATUS_INSUFFICIENT_RESOURCES;
            }
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            CONNECTION(socket)->Basic.WskControlSocket(socket, WskIoctl, SO_WSK_SECURITY, 0, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &cached, &cached, irp);
        }
        if (cached == NULL) {
            ;
            ;
            if (!NT_SUCCESS(Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
                status = x ? irp : NULL->IoStatus.Status;
            }
        }
    }
    status = ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp);
    __try {
        status = Helper0(&g_Endpoint, socket, NULL, Out, Irp);
    } __finally {
        ;
        return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, NULL);
        return ((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, irp);
        return status;
    }
Exit:
    if (cached != NULL) {
        RELEASE_SD(cached);
    }
Cleanup:
    return status;
}

NTSTATUS
Entry2_1(PWSK_PROVIDER_NPI Npi, PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp, BOOLEAN Flag)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR sd = Sd;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PSECURITY_DESCRIPTOR copies[4];
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SIZE_T returned = 0;
    ULONG i = 0;
Retry:
    if (Flag) {
        if (!NT_SUCCESS(status)) {
            goto Exit;
        }
        Irp = IoAllocateIrp(2, FALSE);
        if (irp == NULL) {
            return STATUS_INSUFFICIENT_RESOURCES;
        }
        if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, Irp))) {
            goto Exit;
        }
    } else {
        switch (status) {
        case 0:
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            break;
        case 1:
            Irp = IoAllocateIrp(1, FALSE);
            if (!irp) goto Cleanup;
            status = Helper2(NULL, socket, sd, &ctx->CachedSd, NULL);
        default:
            ;
            switch (status) {
            case 0:
                if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, Irp))) {
                    goto Exit;
                }
                break;
            case 1:
                g_Sd = copy;
                return CONNECTION(socket)->Basic.WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, Irp);
            default:
                return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
                break;
            }
            ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, NULL, NULL, ctx->Irp);
            if (!NT_SUCCESS(CONNECTION(ctx->Socket)->WskConnect(ctx->Socket, (PSOCKADDR)&local, 0, irp))) {
                goto Exit;
            }
            break;
        }
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = Endpoint->Irp->IoStatus.Status;
        }
        Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp);
        socket = (PWSK_SOCKET)irp->IoStatus.Information;
        copies[i] = cached;
    }
    return g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
    return status;
}

#include "prog.h"

NTSTATUS
Helper0(PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SOCKADDR_IN local;
    ULONG i = 0;
    if (ctx->Socket) {
        ;
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = irp->IoStatus.Status;
        }
        ;
    } else {
        ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, ctx->Irp);
        if (!irp) goto Cleanup;
        if (i < 3) {
            switch (status) {
            case 0:
                break;
                CONNECTION(Endpoint->Socket)->WskBind(Endpoint->Socket, (PSOCKADDR)&local, 0, SetIrp);
                Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copies[i], Irp);
                socket = (PWSK_SOCKET)Irp->IoStatus.Information;
                return STATUS_SUCCESS;
                break;
            case 1:
                Irp = IoAllocateIrp(2, FALSE);
                return CONNECTION(socket)->WskBind(socket, (PSOCKADDR)&local, 0, ctx->Irp);
                return STATUS_SUCCESS;
            default:
                if (!NT_SUCCESS(((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, NULL))) {
                    goto Exit;
                }
                if (sd) {
                    break;
                    cached = NULL;
                    break;
                }
                for (i = 0; i < 4; i++) {
                    if (!NT_SUCCESS(g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &copies[i], x ? &sd : NULL, NULL))) {
                        goto Exit;
                    }
                    if (!NT_SUCCESS(((PWSK_PROVIDER_DATAGRAM_DISPATCH)AcceptSocket->Dispatch)->WskSendTo(AcceptSocket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp))) {
                        goto Exit;
                    }
                    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, NULL);
                }
                break;
            }
            if (!NT_SUCCESS(Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copy, Irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
        } else {
            if (irp == NULL) {
                return STATUS_INSUFFICIENT_RESOURCES;
            }
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            CONNECTION(socket)->Basic.WskControlSocket(socket, WskIoctl, SO_WSK_SECURITY, 0, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &cached, &cached, irp);
        }
        if (cached == NULL) {
            ;
            ;
            if (!NT_SUCCESS(Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
                status = x ? irp : NULL->IoStatus.Status;
            }
        }
    }
    status = ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp);
    __try {
        status = Helper0(&g_Endpoint, socket, NULL, Out, Irp);
    } __finally {
        ;
        return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, NULL);
        return ((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, irp);
        return status;
    }
Exit:
    if (cached != NULL) {
        RELEASE_SD(cached);
    }
Cleanup:
    return status;
}

NTSTATUS
Entry2_1(PWSK_PROVIDER_NPI Npi, PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp, BOOLEAN Flag)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR sd = Sd;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PSECURITY_DESCRIPTOR copies[4];
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SIZE_T returned = 0;
    ULONG i = 0;
Retry:
    if (Flag) {
        if (!NT_SUCCESS(status)) {
            goto Exit;
        }
        Irp = IoAllocateIrp(2, FALSE);
        if (irp == NULL) {
            return STATUS_INSUFFICIENT_RESOURCES;
        }
        if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, Irp))) {
            goto Exit;
        }
    } else {
        switch (status) {
        case 0:
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            break;
        case 1:
            Irp = IoAllocateIrp(1, FALSE);
            if (!irp) goto Cleanup;
            status = Helper2(NULL, socket, sd, &ctx->CachedSd, NULL);
        default:
            ;
            switch (status) {
            case 0:
                if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, Irp))) {
                    goto Exit;
                }
                break;
            case 1:
                g_Sd = copy;
                return CONNECTION(socket)->Basic.WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, Irp);
            default:
                return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
                break;
            }
            ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, NULL, NULL, ctx->Irp);
            if (!NT_SUCCESS(CONNECTION(ctx->Socket)->WskConnect(ctx->Socket, (PSOCKADDR)&local, 0, irp))) {
                goto Exit;
            }
            break;
        }
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = Endpoint->Irp->IoStatus.Status;
        }
        Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp);
        socket = (PWSK_SOCKET)irp->IoStatus.Information;
        copies[i] = cached;
    }
    return g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
    return status;
}

#include "prog.h"

NTSTATUS
Helper0(PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SOCKADDR_IN local;
    ULONG i = 0;
    if (ctx->Socket) {
        ;
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = irp->IoStatus.Status;
        }
        ;
    } else {
        ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, ctx->Irp);
        if (!irp) goto Cleanup;
        if (i < 3) {
            switch (status) {
            case 0:
                break;
                CONNECTION(Endpoint->Socket)->WskBind(Endpoint->Socket, (PSOCKADDR)&local, 0, SetIrp);
                Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copies[i], Irp);
                socket = (PWSK_SOCKET)Irp->IoStatus.Information;
                return STATUS_SUCCESS;
                break;
            case 1:
                Irp = IoAllocateIrp(2, FALSE);
                return CONNECTION(socket)->WskBind(socket, (PSOCKADDR)&local, 0, ctx->Irp);
                return STATUS_SUCCESS;
            default:
                if (!NT_SUCCESS(((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, NULL))) {
                    goto Exit;
                }
                if (sd) {
                    break;
                    cached = NULL;
                    break;
                }
                for (i = 0; i < 4; i++) {
                    if (!NT_SUCCESS(g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &copies[i], x ? &sd : NULL, NULL))) {
                        goto Exit;
                    }
                    if (!NT_SUCCESS(((PWSK_PROVIDER_DATAGRAM_DISPATCH)AcceptSocket->Dispatch)->WskSendTo(AcceptSocket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp))) {
                        goto Exit;
                    }
                    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, NULL);
                }
                break;
            }
            if (!NT_SUCCESS(Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copy, Irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
        } else {
            if (irp == NULL) {
                return STATUS_INSUFFICIENT_RESOURCES;
            }
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            CONNECTION(socket)->Basic.WskControlSocket(socket, WskIoctl, SO_WSK_SECURITY, 0, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &cached, &cached, irp);
        }
        if (cached == NULL) {
            ;
            ;
            if (!NT_SUCCESS(Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
                status = x ? irp : NULL->IoStatus.Status;
            }
        }
    }
    status = ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp);
    __try {
        status = Helper0(&g_Endpoint, socket, NULL, Out, Irp);
    } __finally {
        ;
        return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, NULL);
        return ((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, irp);
        return status;
    }
Exit:
    if (cached != NULL) {
        RELEASE_SD(cached);
    }
Cleanup:
    return status;
}

NTSTATUS
Entry2_1(PWSK_PROVIDER_NPI Npi, PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp, BOOLEAN Flag)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR sd = Sd;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PSECURITY_DESCRIPTOR copies[4];
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SIZE_T returned = 0;
    ULONG i = 0;
Retry:
    if (Flag) {
        if (!NT_SUCCESS(status)) {
            goto Exit;
        }
        Irp = IoAllocateIrp(2, FALSE);
        if (irp == NULL) {
            return STATUS_INSUFFICIENT_RESOURCES;
        }
        if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, Irp))) {
            goto Exit;
        }
    } else {
        switch (status) {
        case 0:
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            break;
        case 1:
            Irp = IoAllocateIrp(1, FALSE);
            if (!irp) goto Cleanup;
            status = Helper2(NULL, socket, sd, &ctx->CachedSd, NULL);
        default:
            ;
            switch (status) {
            case 0:
                if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, Irp))) {
                    goto Exit;
                }
                break;
            case 1:
                g_Sd = copy;
                return CONNECTION(socket)->Basic.WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, Irp);
            default:
                return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
                break;
            }
            ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, NULL, NULL, ctx->Irp);
            if (!NT_SUCCESS(CONNECTION(ctx->Socket)->WskConnect(ctx->Socket, (PSOCKADDR)&local, 0, irp))) {
                goto Exit;
            }
            break;
        }
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = Endpoint->Irp->IoStatus.Status;
        }
        Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp);
        socket = (PWSK_SOCKET)irp->IoStatus.Information;
        copies[i] = cached;
    }
    return g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
    return status;
}

#include "prog.h"

NTSTATUS
Helper0(PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SOCKADDR_IN local;
    ULONG i = 0;
    if (ctx->Socket) {
        ;
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = irp->IoStatus.Status;
        }
        ;
    } else {
        ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, ctx->Irp);
        if (!irp) goto Cleanup;
        if (i < 3) {
            switch (status) {
            case 0:
                break;
                CONNECTION(Endpoint->Socket)->WskBind(Endpoint->Socket, (PSOCKADDR)&local, 0, SetIrp);
                Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copies[i], Irp);
                socket = (PWSK_SOCKET)Irp->IoStatus.Information;
                return STATUS_SUCCESS;
                break;
            case 1:
                Irp = IoAllocateIrp(2, FALSE);
                return CONNECTION(socket)->WskBind(socket, (PSOCKADDR)&local, 0, ctx->Irp);
                return STATUS_SUCCESS;
            default:
                if (!NT_SUCCESS(((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, NULL))) {
                    goto Exit;
                }
                if (sd) {
                    break;
                    cached = NULL;
                    break;
                }
                for (i = 0; i < 4; i++) {
                    if (!NT_SUCCESS(g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &copies[i], x ? &sd : NULL, NULL))) {
                        goto Exit;
                    }
                    if (!NT_SUCCESS(((PWSK_PROVIDER_DATAGRAM_DISPATCH)AcceptSocket->Dispatch)->WskSendTo(AcceptSocket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp))) {
                        goto Exit;
                    }
                    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, NULL);
                }
                break;
            }
            if (!NT_SUCCESS(Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copy, Irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
        } else {
            if (irp == NULL) {
                return STATUS_INSUFFICIENT_RESOURCES;
            }
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            CONNECTION(socket)->Basic.WskControlSocket(socket, WskIoctl, SO_WSK_SECURITY, 0, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &cached, &cached, irp);
        }
        if (cached == NULL) {
            ;
            ;
            if (!NT_SUCCESS(Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
                status = x ? irp : NULL->IoStatus.Status;
            }
        }
    }
    status = ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp);
    __try {
        status = Helper0(&g_Endpoint, socket, NULL, Out, Irp);
    } __finally {
        ;
        return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, NULL);
        return ((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, irp);
        return status;
    }
Exit:
    if (cached != NULL) {
        RELEASE_SD(cached);
    }
Cleanup:
    return status;
}

NTSTATUS
Entry2_1(PWSK_PROVIDER_NPI Npi, PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp, BOOLEAN Flag)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR sd = Sd;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PSECURITY_DESCRIPTOR copies[4];
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SIZE_T returned = 0;
    ULONG i = 0;
Retry:
    if (Flag) {
        if (!NT_SUCCESS(status)) {
            goto Exit;
        }
        Irp = IoAllocateIrp(2, FALSE);
        if (irp == NULL) {
            return STATUS_INSUFFICIENT_RESOURCES;
        }
        if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, Irp))) {
            goto Exit;
        }
    } else {
        switch (status) {
        case 0:
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            break;
        case 1:
            Irp = IoAllocateIrp(1, FALSE);
            if (!irp) goto Cleanup;
            status = Helper2(NULL, socket, sd, &ctx->CachedSd, NULL);
        default:
            ;
            switch (status) {
            case 0:
                if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, Irp))) {
                    goto Exit;
                }
                break;
            case 1:
                g_Sd = copy;
                return CONNECTION(socket)->Basic.WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, Irp);
            default:
                return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
                break;
            }
            ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, NULL, NULL, ctx->Irp);
            if (!NT_SUCCESS(CONNECTION(ctx->Socket)->WskConnect(ctx->Socket, (PSOCKADDR)&local, 0, irp))) {
                goto Exit;
            }
            break;
        }
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = Endpoint->Irp->IoStatus.Status;
        }
        Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp);
        socket = (PWSK_SOCKET)irp->IoStatus.Information;
        copies[i] = cached;
    }
    return g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
    return status;
}

#include "prog.h"

NTSTATUS
Helper0(PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SOCKADDR_IN local;
    ULONG i = 0;
    if (ctx->Socket) {
        ;
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = irp->IoStatus.Status;
        }
        ;
    } else {
        ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, ctx->Irp);
        if (!irp) goto Cleanup;
        if (i < 3) {
            switch (status) {
            case 0:
                break;
                CONNECTION(Endpoint->Socket)->WskBind(Endpoint->Socket, (PSOCKADDR)&local, 0, SetIrp);
                Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copies[i], Irp);
                socket = (PWSK_SOCKET)Irp->IoStatus.Information;
                return STATUS_SUCCESS;
                break;
            case 1:
                Irp = IoAllocateIrp(2, FALSE);
                return CONNECTION(socket)->WskBind(socket, (PSOCKADDR)&local, 0, ctx->Irp);
                return STATUS_SUCCESS;
            default:
                if (!NT_SUCCESS(((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, NULL))) {
                    goto Exit;
                }
                if (sd) {
                    break;
                    cached = NULL;
                    break;
                }
                for (i = 0; i < 4; i++) {
                    if (!NT_SUCCESS(g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &copies[i], x ? &sd : NULL, NULL))) {
                        goto Exit;
                    }
                    if (!NT_SUCCESS(((PWSK_PROVIDER_DATAGRAM_DISPATCH)AcceptSocket->Dispatch)->WskSendTo(AcceptSocket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp))) {
                        goto Exit;
                    }
                    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, NULL);
                }
                break;
            }
            if (!NT_SUCCESS(Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copy, Irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
        } else {
            if (irp == NULL) {
                return STATUS_INSUFFICIENT_RESOURCES;
            }
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            CONNECTION(socket)->Basic.WskControlSocket(socket, WskIoctl, SO_WSK_SECURITY, 0, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &cached, &cached, irp);
        }
        if (cached == NULL) {
            ;
            ;
            if (!NT_SUCCESS(Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
                status = x ? irp : NULL->IoStatus.Status;
            }
        }
    }
    status = ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp);
    __try {
        status = Helper0(&g_Endpoint, socket, NULL, Out, Irp);
    } __finally {
        ;
        return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, NULL);
        return ((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, irp);
        return status;
    }
Exit:
    if (cached != NULL) {
        RELEASE_SD(cached);
    }
Cleanup:
    return status;
}

NTSTATUS
Entry2_1(PWSK_PROVIDER_NPI Npi, PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp, BOOLEAN Flag)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR sd = Sd;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PSECURITY_DESCRIPTOR copies[4];
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SIZE_T returned = 0;
    ULONG i = 0;
Retry:
    if (Flag) {
        if (!NT_SUCCESS(status)) {
            goto Exit;
        }
        Irp = IoAllocateIrp(2, FALSE);
        if (irp == NULL) {
            return STATUS_INSUFFICIENT_RESOURCES;
        }
        if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, Irp))) {
            goto Exit;
        }
    } else {
        switch (status) {
        case 0:
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            break;
        case 1:
            Irp = IoAllocateIrp(1, FALSE);
            if (!irp) goto Cleanup;
            status = Helper2(NULL, socket, sd, &ctx->CachedSd, NULL);
        default:
            ;
            switch (status) {
            case 0:
                if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, Irp))) {
                    goto Exit;
                }
                break;
            case 1:
                g_Sd = copy;
                return CONNECTION(socket)->Basic.WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, Irp);
            default:
                return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
                break;
            }
            ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, NULL, NULL, ctx->Irp);
            if (!NT_SUCCESS(CONNECTION(ctx->Socket)->WskConnect(ctx->Socket, (PSOCKADDR)&local, 0, irp))) {
                goto Exit;
            }
            break;
        }
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = Endpoint->Irp->IoStatus.Status;
        }
        Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp);
        socket = (PWSK_SOCKET)irp->IoStatus.Information;
        copies[i] = cached;
    }
    return g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
    return status;
}

#include "prog.h"

NTSTATUS
Helper0(PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SOCKADDR_IN local;
    ULONG i = 0;
    if (ctx->Socket) {
        ;
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = irp->IoStatus.Status;
        }
        ;
    } else {
        ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, ctx->Irp);
        if (!irp) goto Cleanup;
        if (i < 3) {
            switch (status) {
            case 0:
                break;
                CONNECTION(Endpoint->Socket)->WskBind(Endpoint->Socket, (PSOCKADDR)&local, 0, SetIrp);
                Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copies[i], Irp);
                socket = (PWSK_SOCKET)Irp->IoStatus.Information;
                return STATUS_SUCCESS;
                break;
            case 1:
                Irp = IoAllocateIrp(2, FALSE);
                return CONNECTION(socket)->WskBind(socket, (PSOCKADDR)&local, 0, ctx->Irp);
                return STATUS_SUCCESS;
            default:
                if (!NT_SUCCESS(((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, NULL))) {
                    goto Exit;
                }
                if (sd) {
                    break;
                    cached = NULL;
                    break;
                }
                for (i = 0; i < 4; i++) {
                    if (!NT_SUCCESS(g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &copies[i], x ? &sd : NULL, NULL))) {
                        goto Exit;
                    }
                    if (!NT_SUCCESS(((PWSK_PROVIDER_DATAGRAM_DISPATCH)AcceptSocket->Dispatch)->WskSendTo(AcceptSocket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp))) {
                        goto Exit;
                    }
                    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, NULL);
                }
                break;
            }
            if (!NT_SUCCESS(Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copy, Irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
        } else {
            if (irp == NULL) {
                return STATUS_INSUFFICIENT_RESOURCES;
            }
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            CONNECTION(socket)->Basic.WskControlSocket(socket, WskIoctl, SO_WSK_SECURITY, 0, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &cached, &cached, irp);
        }
        if (cached == NULL) {
            ;
            ;
            if (!NT_SUCCESS(Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
                status = x ? irp : NULL->IoStatus.Status;
            }
        }
    }
    status = ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp);
    __try {
        status = Helper0(&g_Endpoint, socket, NULL, Out, Irp);
    } __finally {
        ;
        return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, NULL);
        return ((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, irp);
        return status;
    }
Exit:
    if (cached != NULL) {
        RELEASE_SD(cached);
    }
Cleanup:
    return status;
}

NTSTATUS
Entry2_1(PWSK_PROVIDER_NPI Npi, PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp, BOOLEAN Flag)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR sd = Sd;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PSECURITY_DESCRIPTOR copies[4];
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SIZE_T returned = 0;
    ULONG i = 0;
Retry:
    if (Flag) {
        if (!NT_SUCCESS(status)) {
            goto Exit;
        }
        Irp = IoAllocateIrp(2, FALSE);
        if (irp == NULL) {
            return STATUS_INSUFFICIENT_RESOURCES;
        }
        if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, Irp))) {
            goto Exit;
        }
    } else {
        switch (status) {
        case 0:
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            break;
        case 1:
            Irp = IoAllocateIrp(1, FALSE);
            if (!irp) goto Cleanup;
            status = Helper2(NULL, socket, sd, &ctx->CachedSd, NULL);
        default:
            ;
            switch (status) {
            case 0:
                if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, Irp))) {
                    goto Exit;
                }
                break;
            case 1:
                g_Sd = copy;
                return CONNECTION(socket)->Basic.WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, Irp);
            default:
                return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
                break;
            }
            ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, NULL, NULL, ctx->Irp);
            if (!NT_SUCCESS(CONNECTION(ctx->Socket)->WskConnect(ctx->Socket, (PSOCKADDR)&local, 0, irp))) {
                goto Exit;
            }
            break;
        }
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = Endpoint->Irp->IoStatus.Status;
        }
        Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp);
        socket = (PWSK_SOCKET)irp->IoStatus.Information;
        copies[i] = cached;
    }
    return g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
    return status;
}

#include "prog.h"

NTSTATUS
Helper0(PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SOCKADDR_IN local;
    ULONG i = 0;
    if (ctx->Socket) {
        ;
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = irp->IoStatus.Status;
        }
        ;
    } else {
        ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, ctx->Irp);
        if (!irp) goto Cleanup;
        if (i < 3) {
            switch (status) {
            case 0:
                break;
                CONNECTION(Endpoint->Socket)->WskBind(Endpoint->Socket, (PSOCKADDR)&local, 0, SetIrp);
                Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copies[i], Irp);
                socket = (PWSK_SOCKET)Irp->IoStatus.Information;
                return STATUS_SUCCESS;
                break;
            case 1:
                Irp = IoAllocateIrp(2, FALSE);
                return CONNECTION(socket)->WskBind(socket, (PSOCKADDR)&local, 0, ctx->Irp);
                return STATUS_SUCCESS;
            default:
                if (!NT_SUCCESS(((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, NULL))) {
                    goto Exit;
                }
                if (sd) {
                    break;
                    cached = NULL;
                    break;
                }
                for (i = 0; i < 4; i++) {
                    if (!NT_SUCCESS(g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &copies[i], x ? &sd : NULL, NULL))) {
                        goto Exit;
                    }
                    if (!NT_SUCCESS(((PWSK_PROVIDER_DATAGRAM_DISPATCH)AcceptSocket->Dispatch)->WskSendTo(AcceptSocket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp))) {
                        goto Exit;
                    }
                    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, NULL);
                }
                break;
            }
            if (!NT_SUCCESS(Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copy, Irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
        } else {
            if (irp == NULL) {
                return STATUS_INSUFFICIENT_RESOURCES;
            }
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            CONNECTION(socket)->Basic.WskControlSocket(socket, WskIoctl, SO_WSK_SECURITY, 0, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &cached, &cached, irp);
        }
        if (cached == NULL) {
            ;
            ;
            if (!NT_SUCCESS(Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
                status = x ? irp : NULL->IoStatus.Status;
            }
        }
    }
    status = ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp);
    __try {
        status = Helper0(&g_Endpoint, socket, NULL, Out, Irp);
    } __finally {
        ;
        return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, NULL);
        return ((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, irp);
        return status;
    }
Exit:
    if (cached != NULL) {
        RELEASE_SD(cached);
    }
Cleanup:
    return status;
}

NTSTATUS
Entry2_1(PWSK_PROVIDER_NPI Npi, PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp, BOOLEAN Flag)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR sd = Sd;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PSECURITY_DESCRIPTOR copies[4];
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SIZE_T returned = 0;
    ULONG i = 0;
Retry:
    if (Flag) {
        if (!NT_SUCCESS(status)) {
            goto Exit;
        }
        Irp = IoAllocateIrp(2, FALSE);
        if (irp == NULL) {
            return STATUS_INSUFFICIENT_RESOURCES;
        }
        if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, Irp))) {
            goto Exit;
        }
    } else {
        switch (status) {
        case 0:
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            break;
        case 1:
            Irp = IoAllocateIrp(1, FALSE);
            if (!irp) goto Cleanup;
            status = Helper2(NULL, socket, sd, &ctx->CachedSd, NULL);
        default:
            ;
            switch (status) {
            case 0:
                if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, Irp))) {
                    goto Exit;
                }
                break;
            case 1:
                g_Sd = copy;
                return CONNECTION(socket)->Basic.WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, Irp);
            default:
                return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
                break;
            }
            ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, NULL, NULL, ctx->Irp);
            if (!NT_SUCCESS(CONNECTION(ctx->Socket)->WskConnect(ctx->Socket, (PSOCKADDR)&local, 0, irp))) {
                goto Exit;
            }
            break;
        }
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = Endpoint->Irp->IoStatus.Status;
        }
        Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp);
        socket = (PWSK_SOCKET)irp->IoStatus.Information;
        copies[i] = cached;
    }
    return g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
    return status;
}

#include "prog.h"

NTSTATUS
Helper0(PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SOCKADDR_IN local;
    ULONG i = 0;
    if (ctx->Socket) {
        ;
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = irp->IoStatus.Status;
        }
        ;
    } else {
        ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, ctx->Irp);
        if (!irp) goto Cleanup;
        if (i < 3) {
            switch (status) {
            case 0:
                break;
                CONNECTION(Endpoint->Socket)->WskBind(Endpoint->Socket, (PSOCKADDR)&local, 0, SetIrp);
                Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copies[i], Irp);
                socket = (PWSK_SOCKET)Irp->IoStatus.Information;
                return STATUS_SUCCESS;
                break;
            case 1:
                Irp = IoAllocateIrp(2, FALSE);
                return CONNECTION(socket)->WskBind(socket, (PSOCKADDR)&local, 0, ctx->Irp);
                return STATUS_SUCCESS;
            default:
                if (!NT_SUCCESS(((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, NULL))) {
                    goto Exit;
                }
                if (sd) {
                    break;
                    cached = NULL;
                    break;
                }
                for (i = 0; i < 4; i++) {
                    if (!NT_SUCCESS(g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &copies[i], x ? &sd : NULL, NULL))) {
                        goto Exit;
                    }
                    if (!NT_SUCCESS(((PWSK_PROVIDER_DATAGRAM_DISPATCH)AcceptSocket->Dispatch)->WskSendTo(AcceptSocket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp))) {
                        goto Exit;
                    }
                    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, NULL);
                }
                break;
            }
            if (!NT_SUCCESS(Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copy, Irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
        } else {
            if (irp == NULL) {
                return STATUS_INSUFFICIENT_RESOURCES;
            }
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            CONNECTION(socket)->Basic.WskControlSocket(socket, WskIoctl, SO_WSK_SECURITY, 0, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &cached, &cached, irp);
        }
        if (cached == NULL) {
            ;
            ;
            if (!NT_SUCCESS(Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
                status = x ? irp : NULL->IoStatus.Status;
            }
        }
    }
    status = ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp);
    __try {
        status = Helper0(&g_Endpoint, socket, NULL, Out, Irp);
    } __finally {
        ;
        return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, NULL);
        return ((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, irp);
        return status;
    }
Exit:
    if (cached != NULL) {
        RELEASE_SD(cached);
    }
Cleanup:
    return status;
}

NTSTATUS
Entry2_1(PWSK_PROVIDER_NPI Npi, PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp, BOOLEAN Flag)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR sd = Sd;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PSECURITY_DESCRIPTOR copies[4];
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SIZE_T returned = 0;
    ULONG i = 0;
Retry:
    if (Flag) {
        if (!NT_SUCCESS(status)) {
            goto Exit;
        }
        Irp = IoAllocateIrp(2, FALSE);
        if (irp == NULL) {
            return STATUS_INSUFFICIENT_RESOURCES;
        }
        if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, Irp))) {
            goto Exit;
        }
    } else {
        switch (status) {
        case 0:
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            break;
        case 1:
            Irp = IoAllocateIrp(1, FALSE);
            if (!irp) goto Cleanup;
            status = Helper2(NULL, socket, sd, &ctx->CachedSd, NULL);
        default:
            ;
            switch (status) {
            case 0:
                if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, Irp))) {
                    goto Exit;
                }
                break;
            case 1:
                g_Sd = copy;
                return CONNECTION(socket)->Basic.WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, Irp);
            default:
                return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
                break;
            }
            ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, NULL, NULL, ctx->Irp);
            if (!NT_SUCCESS(CONNECTION(ctx->Socket)->WskConnect(ctx->Socket, (PSOCKADDR)&local, 0, irp))) {
                goto Exit;
            }
            break;
        }
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = Endpoint->Irp->IoStatus.Status;
        }
        Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp);
        socket = (PWSK_SOCKET)irp->IoStatus.Information;
        copies[i] = cached;
    }
    return g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
    return status;
}

#include "prog.h"

NTSTATUS
Helper0(PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SOCKADDR_IN local;
    ULONG i = 0;
    if (ctx->Socket) {
        ;
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = irp->IoStatus.Status;
        }
        ;
    } else {
        ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, ctx->Irp);
        if (!irp) goto Cleanup;
        if (i < 3) {
            switch (status) {
            case 0:
                break;
                CONNECTION(Endpoint->Socket)->WskBind(Endpoint->Socket, (PSOCKADDR)&local, 0, SetIrp);
                Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copies[i], Irp);
                socket = (PWSK_SOCKET)Irp->IoStatus.Information;
                return STATUS_SUCCESS;
                break;
            case 1:
                Irp = IoAllocateIrp(2, FALSE);
                return CONNECTION(socket)->WskBind(socket, (PSOCKADDR)&local, 0, ctx->Irp);
                return STATUS_SUCCESS;
            default:
                if (!NT_SUCCESS(((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, NULL))) {
                    goto Exit;
                }
                if (sd) {
                    break;
                    cached = NULL;
                    break;
                }
                for (i = 0; i < 4; i++) {
                    if (!NT_SUCCESS(g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &copies[i], x ? &sd : NULL, NULL))) {
                        goto Exit;
                    }
                    if (!NT_SUCCESS(((PWSK_PROVIDER_DATAGRAM_DISPATCH)AcceptSocket->Dispatch)->WskSendTo(AcceptSocket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp))) {
                        goto Exit;
                    }
                    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, NULL);
                }
                break;
            }
            if (!NT_SUCCESS(Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copy, Irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
        } else {
            if (irp == NULL) {
                return STATUS_INSUFFICIENT_RESOURCES;
            }
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            CONNECTION(socket)->Basic.WskControlSocket(socket, WskIoctl, SO_WSK_SECURITY, 0, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &cached, &cached, irp);
        }
        if (cached == NULL) {
            ;
            ;
            if (!NT_SUCCESS(Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
                status = x ? irp : NULL->IoStatus.Status;
            }
        }
    }
    status = ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp);
    __try {
        status = Helper0(&g_Endpoint, socket, NULL, Out, Irp);
    } __finally {
        ;
        return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, NULL);
        return ((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, irp);
        return status;
    }
Exit:
    if (cached != NULL) {
        RELEASE_SD(cached);
    }
Cleanup:
    return status;
}

NTSTATUS
Entry2_1(PWSK_PROVIDER_NPI Npi, PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp, BOOLEAN Flag)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR sd = Sd;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PSECURITY_DESCRIPTOR copies[4];
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SIZE_T returned = 0;
    ULONG i = 0;
Retry:
    if (Flag) {
        if (!NT_SUCCESS(status)) {
            goto Exit;
        }
        Irp = IoAllocateIrp(2, FALSE);
        if (irp == NULL) {
            return STATUS_INSUFFICIENT_RESOURCES;
        }
        if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, Irp))) {
            goto Exit;
        }
    } else {
        switch (status) {
        case 0:
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            break;
        case 1:
            Irp = IoAllocateIrp(1, FALSE);
            if (!irp) goto Cleanup;
            status = Helper2(NULL, socket, sd, &ctx->CachedSd, NULL);
        default:
            ;
            switch (status) {
            case 0:
                if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, Irp))) {
                    goto Exit;
                }
                break;
            case 1:
                g_Sd = copy;
                return CONNECTION(socket)->Basic.WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, Irp);
            default:
                return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
                break;
            }
            ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, NULL, NULL, ctx->Irp);
            if (!NT_SUCCESS(CONNECTION(ctx->Socket)->WskConnect(ctx->Socket, (PSOCKADDR)&local, 0, irp))) {
                goto Exit;
            }
            break;
        }
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = Endpoint->Irp->IoStatus.Status;
        }
        Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp);
        socket = (PWSK_SOCKET)irp->IoStatus.Information;
        copies[i] = cached;
    }
    return g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
    return status;
}

#include "prog.h"

NTSTATUS
Helper0(PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SOCKADDR_IN local;
    ULONG i = 0;
    if (ctx->Socket) {
        ;
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = irp->IoStatus.Status;
        }
        ;
    } else {
        ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, ctx->Irp);
        if (!irp) goto Cleanup;
        if (i < 3) {
            switch (status) {
            case 0:
                break;
                CONNECTION(Endpoint->Socket)->WskBind(Endpoint->Socket, (PSOCKADDR)&local, 0, SetIrp);
                Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copies[i], Irp);
                socket = (PWSK_SOCKET)Irp->IoStatus.Information;
                return STATUS_SUCCESS;
                break;
            case 1:
                Irp = IoAllocateIrp(2, FALSE);
                return CONNECTION(socket)->WskBind(socket, (PSOCKADDR)&local, 0, ctx->Irp);
                return STATUS_SUCCESS;
            default:
                if (!NT_SUCCESS(((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, NULL))) {
                    goto Exit;
                }
                if (sd) {
                    break;
                    cached = NULL;
                    break;
                }
                for (i = 0; i < 4; i++) {
                    if (!NT_SUCCESS(g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &copies[i], x ? &sd : NULL, NULL))) {
                        goto Exit;
                    }
                    if (!NT_SUCCESS(((PWSK_PROVIDER_DATAGRAM_DISPATCH)AcceptSocket->Dispatch)->WskSendTo(AcceptSocket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp))) {
                        goto Exit;
                    }
                    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, NULL);
                }
                break;
            }
            if (!NT_SUCCESS(Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copy, Irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
        } else {
            if (irp == NULL) {
                return STATUS_INSUFFICIENT_RESOURCES;
            }
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            CONNECTION(socket)->Basic.WskControlSocket(socket, WskIoctl, SO_WSK_SECURITY, 0, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &cached, &cached, irp);
        }
        if (cached == NULL) {
            ;
            ;
            if (!NT_SUCCESS(Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
                status = x ? irp : NULL->IoStatus.Status;
            }
        }
    }
    status = ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp);
    __try {
        status = Helper0(&g_Endpoint, socket, NULL, Out, Irp);
    } __finally {
        ;
        return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, NULL);
        return ((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, irp);
        return status;
    }
Exit:
    if (cached != NULL) {
        RELEASE_SD(cached);
    }
Cleanup:
    return status;
}

NTSTATUS
Entry2_1(PWSK_PROVIDER_NPI Npi, PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp, BOOLEAN Flag)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR sd = Sd;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PSECURITY_DESCRIPTOR copies[4];
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SIZE_T returned = 0;
    ULONG i = 0;
Retry:
    if (Flag) {
        if (!NT_SUCCESS(status)) {
            goto Exit;
        }
        Irp = IoAllocateIrp(2, FALSE);
        if (irp == NULL) {
            return STATUS_INSUFFICIENT_RESOURCES;
        }
        if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, Irp))) {
            goto Exit;
        }
    } else {
        switch (status) {
        case 0:
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            break;
        case 1:
            Irp = IoAllocateIrp(1, FALSE);
            if (!irp) goto Cleanup;
            status = Helper2(NULL, socket, sd, &ctx->CachedSd, NULL);
        default:
            ;
            switch (status) {
            case 0:
                if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, Irp))) {
                    goto Exit;
                }
                break;
            case 1:
                g_Sd = copy;
                return CONNECTION(socket)->Basic.WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, Irp);
            default:
                return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
                break;
            }
            ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, NULL, NULL, ctx->Irp);
            if (!NT_SUCCESS(CONNECTION(ctx->Socket)->WskConnect(ctx->Socket, (PSOCKADDR)&local, 0, irp))) {
                goto Exit;
            }
            break;
        }
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = Endpoint->Irp->IoStatus.Status;
        }
        Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp);
        socket = (PWSK_SOCKET)irp->IoStatus.Information;
        copies[i] = cached;
    }
    return g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
    return status;
}

#include "prog.h"

NTSTATUS
Helper0(PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SOCKADDR_IN local;
    ULONG i = 0;
    if (ctx->Socket) {
        ;
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = irp->IoStatus.Status;
        }
        ;
    } else {
        ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, ctx->Irp);
        if (!irp) goto Cleanup;
        if (i < 3) {
            switch (status) {
            case 0:
                break;
                CONNECTION(Endpoint->Socket)->WskBind(Endpoint->Socket, (PSOCKADDR)&local, 0, SetIrp);
                Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copies[i], Irp);
                socket = (PWSK_SOCKET)Irp->IoStatus.Information;
                return STATUS_SUCCESS;
                break;
            case 1:
                Irp = IoAllocateIrp(2, FALSE);
                return CONNECTION(socket)->WskBind(socket, (PSOCKADDR)&local, 0, ctx->Irp);
                return STATUS_SUCCESS;
            default:
                if (!NT_SUCCESS(((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, NULL))) {
                    goto Exit;
                }
                if (sd) {
                    break;
                    cached = NULL;
                    break;
                }
                for (i = 0; i < 4; i++) {
                    if (!NT_SUCCESS(g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &copies[i], x ? &sd : NULL, NULL))) {
                        goto Exit;
                    }
                    if (!NT_SUCCESS(((PWSK_PROVIDER_DATAGRAM_DISPATCH)AcceptSocket->Dispatch)->WskSendTo(AcceptSocket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp))) {
                        goto Exit;
                    }
                    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, NULL);
                }
                break;
            }
            if (!NT_SUCCESS(Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copy, Irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
        } else {
            if (irp == NULL) {
                return STATUS_INSUFFICIENT_RESOURCES;
            }
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            CONNECTION(socket)->Basic.WskControlSocket(socket, WskIoctl, SO_WSK_SECURITY, 0, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &cached, &cached, irp);
        }
        if (cached == NULL) {
            ;
            ;
            if (!NT_SUCCESS(Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
                status = x ? irp : NULL->IoStatus.Status;
            }
        }
    }
    status = ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp);
    __try {
        status = Helper0(&g_Endpoint, socket, NULL, Out, Irp);
    } __finally {
        ;
        return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, NULL);
        return ((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, irp);
        return status;
    }
Exit:
    if (cached != NULL) {
        RELEASE_SD(cached);
    }
Cleanup:
    return status;
}

NTSTATUS
Entry2_1(PWSK_PROVIDER_NPI Npi, PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp, BOOLEAN Flag)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR sd = Sd;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PSECURITY_DESCRIPTOR copies[4];
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SIZE_T returned = 0;
    ULONG i = 0;
Retry:
    if (Flag) {
        if (!NT_SUCCESS(status)) {
            goto Exit;
        }
        Irp = IoAllocateIrp(2, FALSE);
        if (irp == NULL) {
            return STATUS_INSUFFICIENT_RESOURCES;
        }
        if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, Irp))) {
            goto Exit;
        }
    } else {
        switch (status) {
        case 0:
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            break;
        case 1:
            Irp = IoAllocateIrp(1, FALSE);
            if (!irp) goto Cleanup;
            status = Helper2(NULL, socket, sd, &ctx->CachedSd, NULL);
        default:
            ;
            switch (status) {
            case 0:
                if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, Irp))) {
                    goto Exit;
                }
                break;
            case 1:
                g_Sd = copy;
                return CONNECTION(socket)->Basic.WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, Irp);
            default:
                return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
                break;
            }
            ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, NULL, NULL, ctx->Irp);
            if (!NT_SUCCESS(CONNECTION(ctx->Socket)->WskConnect(ctx->Socket, (PSOCKADDR)&local, 0, irp))) {
                goto Exit;
            }
            break;
        }
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = Endpoint->Irp->IoStatus.Status;
        }
        Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp);
        socket = (PWSK_SOCKET)irp->IoStatus.Information;
        copies[i] = cached;
    }
    return g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
    return status;
}

#include "prog.h"

NTSTATUS
Helper0(PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SOCKADDR_IN local;
    ULONG i = 0;
    if (ctx->Socket) {
        ;
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = irp->IoStatus.Status;
        }
        ;
    } else {
        ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, ctx->Irp);
        if (!irp) goto Cleanup;
        if (i < 3) {
            switch (status) {
            case 0:
                break;
                CONNECTION(Endpoint->Socket)->WskBind(Endpoint->Socket, (PSOCKADDR)&local, 0, SetIrp);
                Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copies[i], Irp);
                socket = (PWSK_SOCKET)Irp->IoStatus.Information;
                return STATUS_SUCCESS;
                break;
            case 1:
                Irp = IoAllocateIrp(2, FALSE);
                return CONNECTION(socket)->WskBind(socket, (PSOCKADDR)&local, 0, ctx->Irp);
                return STATUS_SUCCESS;
            default:
                if (!NT_SUCCESS(((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, NULL))) {
                    goto Exit;
                }
                if (sd) {
                    break;
                    cached = NULL;
                    break;
                }
                for (i = 0; i < 4; i++) {
                    if (!NT_SUCCESS(g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &copies[i], x ? &sd : NULL, NULL))) {
                        goto Exit;
                    }
                    if (!NT_SUCCESS(((PWSK_PROVIDER_DATAGRAM_DISPATCH)AcceptSocket->Dispatch)->WskSendTo(AcceptSocket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp))) {
                        goto Exit;
                    }
                    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, NULL);
                }
                break;
            }
            if (!NT_SUCCESS(Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copy, Irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
        } else {
            if (irp == NULL) {
                return STATUS_INSUFFICIENT_RESOURCES;
            }
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            CONNECTION(socket)->Basic.WskControlSocket(socket, WskIoctl, SO_WSK_SECURITY, 0, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &cached, &cached, irp);
        }
        if (cached == NULL) {
            ;
            ;
            if (!NT_SUCCESS(Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
                status = x ? irp : NULL->IoStatus.Status;
            }
        }
    }
    status = ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp);
    __try {
        status = Helper0(&g_Endpoint, socket, NULL, Out, Irp);
    } __finally {
        ;
        return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, NULL);
        return ((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, irp);
        return status;
    }
Exit:
    if (cached != NULL) {
        RELEASE_SD(cached);
    }
Cleanup:
    return status;
}

NTSTATUS
Entry2_1(PWSK_PROVIDER_NPI Npi, PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp, BOOLEAN Flag)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR sd = Sd;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PSECURITY_DESCRIPTOR copies[4];
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SIZE_T returned = 0;
    ULONG i = 0;
Retry:
    if (Flag) {
        if (!NT_SUCCESS(status)) {
            goto Exit;
        }
        Irp = IoAllocateIrp(2, FALSE);
        if (irp == NULL) {
            return STATUS_INSUFFICIENT_RESOURCES;
        }
        if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, Irp))) {
            goto Exit;
        }
    } else {
        switch (status) {
        case 0:
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            break;
        case 1:
            Irp = IoAllocateIrp(1, FALSE);
            if (!irp) goto Cleanup;
            status = Helper2(NULL, socket, sd, &ctx->CachedSd, NULL);
        default:
            ;
            switch (status) {
            case 0:
                if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, Irp))) {
                    goto Exit;
                }
                break;
            case 1:
                g_Sd = copy;
                return CONNECTION(socket)->Basic.WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, Irp);
            default:
                return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
                break;
            }
            ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, NULL, NULL, ctx->Irp);
            if (!NT_SUCCESS(CONNECTION(ctx->Socket)->WskConnect(ctx->Socket, (PSOCKADDR)&local, 0, irp))) {
                goto Exit;
            }
            break;
        }
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = Endpoint->Irp->IoStatus.Status;
        }
        Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp);
        socket = (PWSK_SOCKET)irp->IoStatus.Information;
        copies[i] = cached;
    }
    return g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
    return status;
}

#include "prog.h"

NTSTATUS
Helper0(PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SOCKADDR_IN local;
    ULONG i = 0;
    if (ctx->Socket) {
        ;
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = irp->IoStatus.Status;
        }
        ;
    } else {
        ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, ctx->Irp);
        if (!irp) goto Cleanup;
        if (i < 3) {
            switch (status) {
            case 0:
                break;
                CONNECTION(Endpoint->Socket)->WskBind(Endpoint->Socket, (PSOCKADDR)&local, 0, SetIrp);
                Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copies[i], Irp);
                socket = (PWSK_SOCKET)Irp->IoStatus.Information;
                return STATUS_SUCCESS;
                break;
            case 1:
                Irp = IoAllocateIrp(2, FALSE);
                return CONNECTION(socket)->WskBind(socket, (PSOCKADDR)&local, 0, ctx->Irp);
                return STATUS_SUCCESS;
            default:
                if (!NT_SUCCESS(((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, NULL))) {
                    goto Exit;
                }
                if (sd) {
                    break;
                    cached = NULL;
                    break;
                }
                for (i = 0; i < 4; i++) {
                    if (!NT_SUCCESS(g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &copies[i], x ? &sd : NULL, NULL))) {
                        goto Exit;
                    }
                    if (!NT_SUCCESS(((PWSK_PROVIDER_DATAGRAM_DISPATCH)AcceptSocket->Dispatch)->WskSendTo(AcceptSocket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp))) {
                        goto Exit;
                    }
                    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, NULL);
                }
                break;
            }
            if (!NT_SUCCESS(Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copy, Irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
        } else {
            if (irp == NULL) {
                return STATUS_INSUFFICIENT_RESOURCES;
            }
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            CONNECTION(socket)->Basic.WskControlSocket(socket, WskIoctl, SO_WSK_SECURITY, 0, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &cached, &cached, irp);
        }
        if (cached == NULL) {
            ;
            ;
            if (!NT_SUCCESS(Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
                status = x ? irp : NULL->IoStatus.Status;
            }
        }
    }
    status = ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp);
    __try {
        status = Helper0(&g_Endpoint, socket, NULL, Out, Irp);
    } __finally {
        ;
        return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, NULL);
        return ((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, irp);
        return status;
    }
Exit:
    if (cached != NULL) {
        RELEASE_SD(cached);
    }
Cleanup:
    return status;
}

NTSTATUS
Entry2_1(PWSK_PROVIDER_NPI Npi, PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp, BOOLEAN Flag)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR sd = Sd;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PSECURITY_DESCRIPTOR copies[4];
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SIZE_T returned = 0;
    ULONG i = 0;
Retry:
    if (Flag) {
        if (!NT_SUCCESS(status)) {
            goto Exit;
        }
        Irp = IoAllocateIrp(2, FALSE);
        if (irp == NULL) {
            return STATUS_INSUFFICIENT_RESOURCES;
        }
        if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, Irp))) {
            goto Exit;
        }
    } else {
        switch (status) {
        case 0:
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            break;
        case 1:
            Irp = IoAllocateIrp(1, FALSE);
            if (!irp) goto Cleanup;
            status = Helper2(NULL, socket, sd, &ctx->CachedSd, NULL);
        default:
            ;
            switch (status) {
            case 0:
                if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, Irp))) {
                    goto Exit;
                }
                break;
            case 1:
                g_Sd = copy;
                return CONNECTION(socket)->Basic.WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, Irp);
            default:
                return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
                break;
            }
            ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, NULL, NULL, ctx->Irp);
            if (!NT_SUCCESS(CONNECTION(ctx->Socket)->WskConnect(ctx->Socket, (PSOCKADDR)&local, 0, irp))) {
                goto Exit;
            }
            break;
        }
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = Endpoint->Irp->IoStatus.Status;
        }
        Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp);
        socket = (PWSK_SOCKET)irp->IoStatus.Information;
        copies[i] = cached;
    }
    return g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
    return status;
}

#include "prog.h"

NTSTATUS
Helper0(PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SOCKADDR_IN local;
    ULONG i = 0;
    if (ctx->Socket) {
        ;
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = irp->IoStatus.Status;
        }
        ;
    } else {
        ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, ctx->Irp);
        if (!irp) goto Cleanup;
        if (i < 3) {
            switch (status) {
            case 0:
                break;
                CONNECTION(Endpoint->Socket)->WskBind(Endpoint->Socket, (PSOCKADDR)&local, 0, SetIrp);
                Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copies[i], Irp);
                socket = (PWSK_SOCKET)Irp->IoStatus.Information;
                return STATUS_SUCCESS;
                break;
            case 1:
                Irp = IoAllocateIrp(2, FALSE);
                return CONNECTION(socket)->WskBind(socket, (PSOCKADDR)&local, 0, ctx->Irp);
                return STATUS_SUCCESS;
            default:
                if (!NT_SUCCESS(((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, NULL))) {
                    goto Exit;
                }
                if (sd) {
                    break;
                    cached = NULL;
                    break;
                }
                for (i = 0; i < 4; i++) {
                    if (!NT_SUCCESS(g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &copies[i], x ? &sd : NULL, NULL))) {
                        goto Exit;
                    }
                    if (!NT_SUCCESS(((PWSK_PROVIDER_DATAGRAM_DISPATCH)AcceptSocket->Dispatch)->WskSendTo(AcceptSocket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp))) {
                        goto Exit;
                    }
                    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, NULL);
                }
                break;
            }
            if (!NT_SUCCESS(Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copy, Irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
        } else {
            if (irp == NULL) {
                return STATUS_INSUFFICIENT_RESOURCES;
            }
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            CONNECTION(socket)->Basic.WskControlSocket(socket, WskIoctl, SO_WSK_SECURITY, 0, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &cached, &cached, irp);
        }
        if (cached == NULL) {
            ;
            ;
            if (!NT_SUCCESS(Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
                status = x ? irp : NULL->IoStatus.Status;
            }
        }
    }
    status = ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp);
    __try {
        status = Helper0(&g_Endpoint, socket, NULL, Out, Irp);
    } __finally {
        ;
        return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, NULL);
        return ((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, irp);
        return status;
    }
Exit:
    if (cached != NULL) {
        RELEASE_SD(cached);
    }
Cleanup:
    return status;
}

NTSTATUS
Entry2_1(PWSK_PROVIDER_NPI Npi, PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp, BOOLEAN Flag)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR sd = Sd;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PSECURITY_DESCRIPTOR copies[4];
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SIZE_T returned = 0;
    ULONG i = 0;
Retry:
    if (Flag) {
        if (!NT_SUCCESS(status)) {
            goto Exit;
        }
        Irp = IoAllocateIrp(2, FALSE);
        if (irp == NULL) {
            return STATUS_INSUFFICIENT_RESOURCES;
        }
        if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, Irp))) {
            goto Exit;
        }
    } else {
        switch (status) {
        case 0:
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            break;
        case 1:
            Irp = IoAllocateIrp(1, FALSE);
            if (!irp) goto Cleanup;
            status = Helper2(NULL, socket, sd, &ctx->CachedSd, NULL);
        default:
            ;
            switch (status) {
            case 0:
                if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, Irp))) {
                    goto Exit;
                }
                break;
            case 1:
                g_Sd = copy;
                return CONNECTION(socket)->Basic.WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, Irp);
            default:
                return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
                break;
            }
            ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, NULL, NULL, ctx->Irp);
            if (!NT_SUCCESS(CONNECTION(ctx->Socket)->WskConnect(ctx->Socket, (PSOCKADDR)&local, 0, irp))) {
                goto Exit;
            }
            break;
        }
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = Endpoint->Irp->IoStatus.Status;
        }
        Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp);
        socket = (PWSK_SOCKET)irp->IoStatus.Information;
        copies[i] = cached;
    }
    return g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
    return status;
}

#include "prog.h"

NTSTATUS
Helper0(PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SOCKADDR_IN local;
    ULONG i = 0;
    if (ctx->Socket) {
        ;
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = irp->IoStatus.Status;
        }
        ;
    } else {
        ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, ctx->Irp);
        if (!irp) goto Cleanup;
        if (i < 3) {
            switch (status) {
            case 0:
                break;
                CONNECTION(Endpoint->Socket)->WskBind(Endpoint->Socket, (PSOCKADDR)&local, 0, SetIrp);
                Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copies[i], Irp);
                socket = (PWSK_SOCKET)Irp->IoStatus.Information;
                return STATUS_SUCCESS;
                break;
            case 1:
                Irp = IoAllocateIrp(2, FALSE);
                return CONNECTION(socket)->WskBind(socket, (PSOCKADDR)&local, 0, ctx->Irp);
                return STATUS_SUCCESS;
            default:
                if (!NT_SUCCESS(((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, NULL))) {
                    goto Exit;
                }
                if (sd) {
                    break;
                    cached = NULL;
                    break;
                }
                for (i = 0; i < 4; i++) {
                    if (!NT_SUCCESS(g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &copies[i], x ? &sd : NULL, NULL))) {
                        goto Exit;
                    }
                    if (!NT_SUCCESS(((PWSK_PROVIDER_DATAGRAM_DISPATCH)AcceptSocket->Dispatch)->WskSendTo(AcceptSocket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp))) {
                        goto Exit;
                    }
                    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, NULL);
                }
                break;
            }
            if (!NT_SUCCESS(Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copy, Irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
        } else {
            if (irp == NULL) {
                return STATUS_INSUFFICIENT_RESOURCES;
            }
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            CONNECTION(socket)->Basic.WskControlSocket(socket, WskIoctl, SO_WSK_SECURITY, 0, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &cached, &cached, irp);
        }
        if (cached == NULL) {
            ;
            ;
            if (!NT_SUCCESS(Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
                status = x ? irp : NULL->IoStatus.Status;
            }
        }
    }
    status = ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp);
    __try {
        status = Helper0(&g_Endpoint, socket, NULL, Out, Irp);
    } __finally {
        ;
        return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, NULL);
        return ((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, irp);
        return status;
    }
Exit:
    if (cached != NULL) {
        RELEASE_SD(cached);
    }
Cleanup:
    return status;
}

NTSTATUS
Entry2_1(PWSK_PROVIDER_NPI Npi, PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp, BOOLEAN Flag)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR sd = Sd;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PSECURITY_DESCRIPTOR copies[4];
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SIZE_T returned = 0;
    ULONG i = 0;
Retry:
    if (Flag) {
        if (!NT_SUCCESS(status)) {
            goto Exit;
        }
        Irp = IoAllocateIrp(2, FALSE);
        if (irp == NULL) {
            return STATUS_INSUFFICIENT_RESOURCES;
        }
        if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, Irp))) {
            goto Exit;
        }
    } else {
        switch (status) {
        case 0:
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            break;
        case 1:
            Irp = IoAllocateIrp(1, FALSE);
            if (!irp) goto Cleanup;
            status = Helper2(NULL, socket, sd, &ctx->CachedSd, NULL);
        default:
            ;
            switch (status) {
            case 0:
                if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, Irp))) {
                    goto Exit;
                }
                break;
            case 1:
                g_Sd = copy;
                return CONNECTION(socket)->Basic.WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, Irp);
            default:
                return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
                break;
            }
            ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, NULL, NULL, ctx->Irp);
            if (!NT_SUCCESS(CONNECTION(ctx->Socket)->WskConnect(ctx->Socket, (PSOCKADDR)&local, 0, irp))) {
                goto Exit;
            }
            break;
        }
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = Endpoint->Irp->IoStatus.Status;
        }
        Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp);
        socket = (PWSK_SOCKET)irp->IoStatus.Information;
        copies[i] = cached;
    }
    return g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
    return status;
}

#include "prog.h"

NTSTATUS
Helper0(PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SOCKADDR_IN local;
    ULONG i = 0;
    if (ctx->Socket) {
        ;
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = irp->IoStatus.Status;
        }
        ;
    } else {
        ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, ctx->Irp);
        if (!irp) goto Cleanup;
        if (i < 3) {
            switch (status) {
            case 0:
                break;
                CONNECTION(Endpoint->Socket)->WskBind(Endpoint->Socket, (PSOCKADDR)&local, 0, SetIrp);
                Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copies[i], Irp);
                socket = (PWSK_SOCKET)Irp->IoStatus.Information;
                return STATUS_SUCCESS;
                break;
            case 1:
                Irp = IoAllocateIrp(2, FALSE);
                return CONNECTION(socket)->WskBind(socket, (PSOCKADDR)&local, 0, ctx->Irp);
                return STATUS_SUCCESS;
            default:
                if (!NT_SUCCESS(((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, NULL))) {
                    goto Exit;
                }
                if (sd) {
                    break;
                    cached = NULL;
                    break;
                }
                for (i = 0; i < 4; i++) {
                    if (!NT_SUCCESS(g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &copies[i], x ? &sd : NULL, NULL))) {
                        goto Exit;
                    }
                    if (!NT_SUCCESS(((PWSK_PROVIDER_DATAGRAM_DISPATCH)AcceptSocket->Dispatch)->WskSendTo(AcceptSocket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp))) {
                        goto Exit;
                    }
                    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, NULL);
                }
                break;
            }
            if (!NT_SUCCESS(Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copy, Irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
        } else {
            if (irp == NULL) {
                return STATUS_INSUFFICIENT_RESOURCES;
            }
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            CONNECTION(socket)->Basic.WskControlSocket(socket, WskIoctl, SO_WSK_SECURITY, 0, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &cached, &cached, irp);
        }
        if (cached == NULL) {
            ;
            ;
            if (!NT_SUCCESS(Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
                status = x ? irp : NULL->IoStatus.Status;
            }
        }
    }
    status = ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp);
    __try {
        status = Helper0(&g_Endpoint, socket, NULL, Out, Irp);
    } __finally {
        ;
        return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, NULL);
        return ((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, irp);
        return status;
    }
Exit:
    if (cached != NULL) {
        RELEASE_SD(cached);
    }
Cleanup:
    return status;
}

NTSTATUS
Entry2_1(PWSK_PROVIDER_NPI Npi, PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp, BOOLEAN Flag)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR sd = Sd;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PSECURITY_DESCRIPTOR copies[4];
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SIZE_T returned = 0;
    ULONG i = 0;
Retry:
    if (Flag) {
        if (!NT_SUCCESS(status)) {
            goto Exit;
        }
        Irp = IoAllocateIrp(2, FALSE);
        if (irp == NULL) {
            return STATUS_INSUFFICIENT_RESOURCES;
        }
        if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, Irp))) {
            goto Exit;
        }
    } else {
        switch (status) {
        case 0:
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            break;
        case 1:
            Irp = IoAllocateIrp(1, FALSE);
            if (!irp) goto Cleanup;
            status = Helper2(NULL, socket, sd, &ctx->CachedSd, NULL);
        default:
            ;
            switch (status) {
            case 0:
                if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, Irp))) {
                    goto Exit;
                }
                break;
            case 1:
                g_Sd = copy;
                return CONNECTION(socket)->Basic.WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, Irp);
            default:
                return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
                break;
            }
            ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, NULL, NULL, ctx->Irp);
            if (!NT_SUCCESS(CONNECTION(ctx->Socket)->WskConnect(ctx->Socket, (PSOCKADDR)&local, 0, irp))) {
                goto Exit;
            }
            break;
        }
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = Endpoint->Irp->IoStatus.Status;
        }
        Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp);
        socket = (PWSK_SOCKET)irp->IoStatus.Information;
        copies[i] = cached;
    }
    return g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
    return status;
}

#include "prog.h"

NTSTATUS
Helper0(PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SOCKADDR_IN local;
    ULONG i = 0;
    if (ctx->Socket) {
        ;
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = irp->IoStatus.Status;
        }
        ;
    } else {
        ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, ctx->Irp);
        if (!irp) goto Cleanup;
        if (i < 3) {
            switch (status) {
            case 0:
                break;
                CONNECTION(Endpoint->Socket)->WskBind(Endpoint->Socket, (PSOCKADDR)&local, 0, SetIrp);
                Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copies[i], Irp);
                socket = (PWSK_SOCKET)Irp->IoStatus.Information;
                return STATUS_SUCCESS;
                break;
            case 1:
                Irp = IoAllocateIrp(2, FALSE);
                return CONNECTION(socket)->WskBind(socket, (PSOCKADDR)&local, 0, ctx->Irp);
                return STATUS_SUCCESS;
            default:
                if (!NT_SUCCESS(((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, NULL))) {
                    goto Exit;
                }
                if (sd) {
                    break;
                    cached = NULL;
                    break;
                }
                for (i = 0; i < 4; i++) {
                    if (!NT_SUCCESS(g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &copies[i], x ? &sd : NULL, NULL))) {
                        goto Exit;
                    }
                    if (!NT_SUCCESS(((PWSK_PROVIDER_DATAGRAM_DISPATCH)AcceptSocket->Dispatch)->WskSendTo(AcceptSocket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp))) {
                        goto Exit;
                    }
                    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, NULL);
                }
                break;
            }
            if (!NT_SUCCESS(Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copy, Irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
        } else {
            if (irp == NULL) {
                return STATUS_INSUFFICIENT_RESOURCES;
            }
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            CONNECTION(socket)->Basic.WskControlSocket(socket, WskIoctl, SO_WSK_SECURITY, 0, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &cached, &cached, irp);
        }
        if (cached == NULL) {
            ;
            ;
            if (!NT_SUCCESS(Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
                status = x ? irp : NULL->IoStatus.Status;
            }
        }
    }
    status = ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp);
    __try {
        status = Helper0(&g_Endpoint, socket, NULL, Out, Irp);
    } __finally {
        ;
        return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, NULL);
        return ((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, irp);
        return status;
    }
Exit:
    if (cached != NULL) {
        RELEASE_SD(cached);
    }
Cleanup:
    return status;
}

NTSTATUS
Entry2_1(PWSK_PROVIDER_NPI Npi, PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp, BOOLEAN Flag)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR sd = Sd;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PSECURITY_DESCRIPTOR copies[4];
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SIZE_T returned = 0;
    ULONG i = 0;
Retry:
    if (Flag) {
        if (!NT_SUCCESS(status)) {
            goto Exit;
        }
        Irp = IoAllocateIrp(2, FALSE);
        if (irp == NULL) {
            return STATUS_INSUFFICIENT_RESOURCES;
        }
        if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, Irp))) {
            goto Exit;
        }
    } else {
        switch (status) {
        case 0:
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            break;
        case 1:
            Irp = IoAllocateIrp(1, FALSE);
            if (!irp) goto Cleanup;
            status = Helper2(NULL, socket, sd, &ctx->CachedSd, NULL);
        default:
            ;
            switch (status) {
            case 0:
                if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, Irp))) {
                    goto Exit;
                }
                break;
            case 1:
                g_Sd = copy;
                return CONNECTION(socket)->Basic.WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, Irp);
            default:
                return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
                break;
            }
            ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, NULL, NULL, ctx->Irp);
            if (!NT_SUCCESS(CONNECTION(ctx->Socket)->WskConnect(ctx->Socket, (PSOCKADDR)&local, 0, irp))) {
                goto Exit;
            }
            break;
        }
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = Endpoint->Irp->IoStatus.Status;
        }
        Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp);
        socket = (PWSK_SOCKET)irp->IoStatus.Information;
        copies[i] = cached;
    }
    return g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
    return status;
}

#include "prog.h"

NTSTATUS
Helper0(PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SOCKADDR_IN local;
    ULONG i = 0;
    if (ctx->Socket) {
        ;
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = irp->IoStatus.Status;
        }
        ;
    } else {
        ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, ctx->Irp);
        if (!irp) goto Cleanup;
        if (i < 3) {
            switch (status) {
            case 0:
                break;
                CONNECTION(Endpoint->Socket)->WskBind(Endpoint->Socket, (PSOCKADDR)&local, 0, SetIrp);
                Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copies[i], Irp);
                socket = (PWSK_SOCKET)Irp->IoStatus.Information;
                return STATUS_SUCCESS;
                break;
            case 1:
                Irp = IoAllocateIrp(2, FALSE);
                return CONNECTION(socket)->WskBind(socket, (PSOCKADDR)&local, 0, ctx->Irp);
                return STATUS_SUCCESS;
            default:
                if (!NT_SUCCESS(((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, NULL))) {
                    goto Exit;
                }
                if (sd) {
                    break;
                    cached = NULL;
                    break;
                }
                for (i = 0; i < 4; i++) {
                    if (!NT_SUCCESS(g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &copies[i], x ? &sd : NULL, NULL))) {
                        goto Exit;
                    }
                    if (!NT_SUCCESS(((PWSK_PROVIDER_DATAGRAM_DISPATCH)AcceptSocket->Dispatch)->WskSendTo(AcceptSocket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp))) {
                        goto Exit;
                    }
                    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, NULL);
                }
                break;
            }
            if (!NT_SUCCESS(Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copy, Irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
        } else {
            if (irp == NULL) {
                return STATUS_INSUFFICIENT_RESOURCES;
            }
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            CONNECTION(socket)->Basic.WskControlSocket(socket, WskIoctl, SO_WSK_SECURITY, 0, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &cached, &cached, irp);
        }
        if (cached == NULL) {
            ;
            ;
            if (!NT_SUCCESS(Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
                status = x ? irp : NULL->IoStatus.Status;
            }
        }
    }
    status = ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp);
    __try {
        status = Helper0(&g_Endpoint, socket, NULL, Out, Irp);
    } __finally {
        ;
        return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, NULL);
        return ((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, irp);
        return status;
    }
Exit:
    if (cached != NULL) {
        RELEASE_SD(cached);
    }
Cleanup:
    return status;
}

NTSTATUS
Entry2_1(PWSK_PROVIDER_NPI Npi, PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp, BOOLEAN Flag)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR sd = Sd;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PSECURITY_DESCRIPTOR copies[4];
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SIZE_T returned = 0;
    ULONG i = 0;
Retry:
    if (Flag) {
        if (!NT_SUCCESS(status)) {
            goto Exit;
        }
        Irp = IoAllocateIrp(2, FALSE);
        if (irp == NULL) {
            return STATUS_INSUFFICIENT_RESOURCES;
        }
        if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, Irp))) {
            goto Exit;
        }
    } else {
        switch (status) {
        case 0:
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            break;
        case 1:
            Irp = IoAllocateIrp(1, FALSE);
            if (!irp) goto Cleanup;
            status = Helper2(NULL, socket, sd, &ctx->CachedSd, NULL);
        default:
            ;
            switch (status) {
            case 0:
                if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, Irp))) {
                    goto Exit;
                }
                break;
            case 1:
                g_Sd = copy;
                return CONNECTION(socket)->Basic.WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, Irp);
            default:
                return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
                break;
            }
            ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, NULL, NULL, ctx->Irp);
            if (!NT_SUCCESS(CONNECTION(ctx->Socket)->WskConnect(ctx->Socket, (PSOCKADDR)&local, 0, irp))) {
                goto Exit;
            }
            break;
        }
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = Endpoint->Irp->IoStatus.Status;
        }
        Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp);
        socket = (PWSK_SOCKET)irp->IoStatus.Information;
        copies[i] = cached;
    }
    return g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
    return status;
}

#include "prog.h"

NTSTATUS
Helper0(PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SOCKADDR_IN local;
    ULONG i = 0;
    if (ctx->Socket) {
        ;
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = irp->IoStatus.Status;
        }
        ;
    } else {
        ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, ctx->Irp);
        if (!irp) goto Cleanup;
        if (i < 3) {
            switch (status) {
            case 0:
                break;
                CONNECTION(Endpoint->Socket)->WskBind(Endpoint->Socket, (PSOCKADDR)&local, 0, SetIrp);
                Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copies[i], Irp);
                socket = (PWSK_SOCKET)Irp->IoStatus.Information;
                return STATUS_SUCCESS;
                break;
            case 1:
                Irp = IoAllocateIrp(2, FALSE);
                return CONNECTION(socket)->WskBind(socket, (PSOCKADDR)&local, 0, ctx->Irp);
                return STATUS_SUCCESS;
            default:
                if (!NT_SUCCESS(((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, NULL))) {
                    goto Exit;
                }
                if (sd) {
                    break;
                    cached = NULL;
                    break;
                }
                for (i = 0; i < 4; i++) {
                    if (!NT_SUCCESS(g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &copies[i], x ? &sd : NULL, NULL))) {
                        goto Exit;
                    }
                    if (!NT_SUCCESS(((PWSK_PROVIDER_DATAGRAM_DISPATCH)AcceptSocket->Dispatch)->WskSendTo(AcceptSocket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp))) {
                        goto Exit;
                    }
                    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, NULL);
                }
                break;
            }
            if (!NT_SUCCESS(Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copy, Irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
        } else {
            if (irp == NULL) {
                return STATUS_INSUFFICIENT_RESOURCES;
            }
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            CONNECTION(socket)->Basic.WskControlSocket(socket, WskIoctl, SO_WSK_SECURITY, 0, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &cached, &cached, irp);
        }
        if (cached == NULL) {
            ;
            ;
            if (!NT_SUCCESS(Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
                status = x ? irp : NULL->IoStatus.Status;
            }
        }
    }
    status = ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp);
    __try {
        status = Helper0(&g_Endpoint, socket, NULL, Out, Irp);
    } __finally {
        ;
        return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, NULL);
        return ((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, irp);
        return status;
    }
Exit:
    if (cached != NULL) {
        RELEASE_SD(cached);
    }
Cleanup:
    return status;
}

NTSTATUS
Entry2_1(PWSK_PROVIDER_NPI Npi, PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp, BOOLEAN Flag)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR sd = Sd;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PSECURITY_DESCRIPTOR copies[4];
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SIZE_T returned = 0;
    ULONG i = 0;
Retry:
    if (Flag) {
        if (!NT_SUCCESS(status)) {
            goto Exit;
        }
        Irp = IoAllocateIrp(2, FALSE);
        if (irp == NULL) {
            return STATUS_INSUFFICIENT_RESOURCES;
        }
        if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, Irp))) {
            goto Exit;
        }
    } else {
        switch (status) {
        case 0:
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            break;
        case 1:
            Irp = IoAllocateIrp(1, FALSE);
            if (!irp) goto Cleanup;
            status = Helper2(NULL, socket, sd, &ctx->CachedSd, NULL);
        default:
            ;
            switch (status) {
            case 0:
                if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, Irp))) {
                    goto Exit;
                }
                break;
            case 1:
                g_Sd = copy;
                return CONNECTION(socket)->Basic.WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, Irp);
            default:
                return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
                break;
            }
            ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, NULL, NULL, ctx->Irp);
            if (!NT_SUCCESS(CONNECTION(ctx->Socket)->WskConnect(ctx->Socket, (PSOCKADDR)&local, 0, irp))) {
                goto Exit;
            }
            break;
        }
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = Endpoint->Irp->IoStatus.Status;
        }
        Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp);
        socket = (PWSK_SOCKET)irp->IoStatus.Information;
        copies[i] = cached;
    }
    return g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
    return status;
}

#include "prog.h"

NTSTATUS
Helper0(PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SOCKADDR_IN local;
    ULONG i = 0;
    if (ctx->Socket) {
        ;
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = irp->IoStatus.Status;
        }
        ;
    } else {
        ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, ctx->Irp);
        if (!irp) goto Cleanup;
        if (i < 3) {
            switch (status) {
            case 0:
                break;
                CONNECTION(Endpoint->Socket)->WskBind(Endpoint->Socket, (PSOCKADDR)&local, 0, SetIrp);
                Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copies[i], Irp);
                socket = (PWSK_SOCKET)Irp->IoStatus.Information;
                return STATUS_SUCCESS;
                break;
            case 1:
                Irp = IoAllocateIrp(2, FALSE);
                return CONNECTION(socket)->WskBind(socket, (PSOCKADDR)&local, 0, ctx->Irp);
                return STATUS_SUCCESS;
            default:
                if (!NT_SUCCESS(((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, NULL))) {
                    goto Exit;
                }
                if (sd) {
                    break;
                    cached = NULL;
                    break;
                }
                for (i = 0; i < 4; i++) {
                    if (!NT_SUCCESS(g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &copies[i], x ? &sd : NULL, NULL))) {
                        goto Exit;
                    }
                    if (!NT_SUCCESS(((PWSK_PROVIDER_DATAGRAM_DISPATCH)AcceptSocket->Dispatch)->WskSendTo(AcceptSocket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp))) {
                        goto Exit;
                    }
                    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, NULL);
                }
                break;
            }
            if (!NT_SUCCESS(Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copy, Irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
        } else {
            if (irp == NULL) {
                return STATUS_INSUFFICIENT_RESOURCES;
            }
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            CONNECTION(socket)->Basic.WskControlSocket(socket, WskIoctl, SO_WSK_SECURITY, 0, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &cached, &cached, irp);
        }
        if (cached == NULL) {
            ;
            ;
            if (!NT_SUCCESS(Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
                status = x ? irp : NULL->IoStatus.Status;
            }
        }
    }
    status = ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp);
    __try {
        status = Helper0(&g_Endpoint, socket, NULL, Out, Irp);
    } __finally {
        ;
        return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, NULL);
        return ((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, irp);
        return status;
    }
Exit:
    if (cached != NULL) {
        RELEASE_SD(cached);
    }
Cleanup:
    return status;
}

NTSTATUS
Entry2_1(PWSK_PROVIDER_NPI Npi, PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp, BOOLEAN Flag)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR sd = Sd;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PSECURITY_DESCRIPTOR copies[4];
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SIZE_T returned = 0;
    ULONG i = 0;
Retry:
    if (Flag) {
        if (!NT_SUCCESS(status)) {
            goto Exit;
        }
        Irp = IoAllocateIrp(2, FALSE);
        if (irp == NULL) {
            return STATUS_INSUFFICIENT_RESOURCES;
        }
        if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, Irp))) {
            goto Exit;
        }
    } else {
        switch (status) {
        case 0:
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            break;
        case 1:
            Irp = IoAllocateIrp(1, FALSE);
            if (!irp) goto Cleanup;
            status = Helper2(NULL, socket, sd, &ctx->CachedSd, NULL);
        default:
            ;
            switch (status) {
            case 0:
                if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, Irp))) {
                    goto Exit;
                }
                break;
            case 1:
                g_Sd = copy;
                return CONNECTION(socket)->Basic.WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, Irp);
            default:
                return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
                break;
            }
            ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, NULL, NULL, ctx->Irp);
            if (!NT_SUCCESS(CONNECTION(ctx->Socket)->WskConnect(ctx->Socket, (PSOCKADDR)&local, 0, irp))) {
                goto Exit;
            }
            break;
        }
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = Endpoint->Irp->IoStatus.Status;
        }
        Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp);
        socket = (PWSK_SOCKET)irp->IoStatus.Information;
        copies[i] = cached;
    }
    return g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
    return status;
}

#include "prog.h"

NTSTATUS
Helper0(PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SOCKADDR_IN local;
    ULONG i = 0;
    if (ctx->Socket) {
        ;
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = irp->IoStatus.Status;
        }
        ;
    } else {
        ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, ctx->Irp);
        if (!irp) goto Cleanup;
        if (i < 3) {
            switch (status) {
            case 0:
                break;
                CONNECTION(Endpoint->Socket)->WskBind(Endpoint->Socket, (PSOCKADDR)&local, 0, SetIrp);
                Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copies[i], Irp);
                socket = (PWSK_SOCKET)Irp->IoStatus.Information;
                return STATUS_SUCCESS;
                break;
            case 1:
                Irp = IoAllocateIrp(2, FALSE);
                return CONNECTION(socket)->WskBind(socket, (PSOCKADDR)&local, 0, ctx->Irp);
                return STATUS_SUCCESS;
            default:
                if (!NT_SUCCESS(((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, NULL))) {
                    goto Exit;
                }
                if (sd) {
                    break;
                    cached = NULL;
                    break;
                }
                for (i = 0; i < 4; i++) {
                    if (!NT_SUCCESS(g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &copies[i], x ? &sd : NULL, NULL))) {
                        goto Exit;
                    }
                    if (!NT_SUCCESS(((PWSK_PROVIDER_DATAGRAM_DISPATCH)AcceptSocket->Dispatch)->WskSendTo(AcceptSocket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp))) {
                        goto Exit;
                    }
                    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, NULL);
                }
                break;
            }
            if (!NT_SUCCESS(Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copy, Irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
        } else {
            if (irp == NULL) {
                return STATUS_INSUFFICIENT_RESOURCES;
            }
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            CONNECTION(socket)->Basic.WskControlSocket(socket, WskIoctl, SO_WSK_SECURITY, 0, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &cached, &cached, irp);
        }
        if (cached == NULL) {
            ;
            ;
            if (!NT_SUCCESS(Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
                status = x ? irp : NULL->IoStatus.Status;
            }
        }
    }
    status = ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp);
    __try {
        status = Helper0(&g_Endpoint, socket, NULL, Out, Irp);
    } __finally {
        ;
        return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, NULL);
        return ((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, irp);
        return status;
    }
Exit:
    if (cached != NULL) {
        RELEASE_SD(cached);
    }
Cleanup:
    return status;
}

NTSTATUS
Entry2_1(PWSK_PROVIDER_NPI Npi, PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp, BOOLEAN Flag)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR sd = Sd;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PSECURITY_DESCRIPTOR copies[4];
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SIZE_T returned = 0;
    ULONG i = 0;
Retry:
    if (Flag) {
        if (!NT_SUCCESS(status)) {
            goto Exit;
        }
        Irp = IoAllocateIrp(2, FALSE);
        if (irp == NULL) {
            return STATUS_INSUFFICIENT_RESOURCES;
        }
        if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, Irp))) {
            goto Exit;
        }
    } else {
        switch (status) {
        case 0:
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            break;
        case 1:
            Irp = IoAllocateIrp(1, FALSE);
            if (!irp) goto Cleanup;
            status = Helper2(NULL, socket, sd, &ctx->CachedSd, NULL);
        default:
            ;
            switch (status) {
            case 0:
                if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, Irp))) {
                    goto Exit;
                }
                break;
            case 1:
                g_Sd = copy;
                return CONNECTION(socket)->Basic.WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, Irp);
            default:
                return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
                break;
            }
            ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, NULL, NULL, ctx->Irp);
            if (!NT_SUCCESS(CONNECTION(ctx->Socket)->WskConnect(ctx->Socket, (PSOCKADDR)&local, 0, irp))) {
                goto Exit;
            }
            break;
        }
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = Endpoint->Irp->IoStatus.Status;
        }
        Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp);
        socket = (PWSK_SOCKET)irp->IoStatus.Information;
        copies[i] = cached;
    }
    return g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
    return status;
}

#include "prog.h"

NTSTATUS
Helper0(PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SOCKADDR_IN local;
    ULONG i = 0;
    if (ctx->Socket) {
        ;
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = irp->IoStatus.Status;
        }
        ;
    } else {
        ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, ctx->Irp);
        if (!irp) goto Cleanup;
        if (i < 3) {
            switch (status) {
            case 0:
                break;
                CONNECTION(Endpoint->Socket)->WskBind(Endpoint->Socket, (PSOCKADDR)&local, 0, SetIrp);
                Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copies[i], Irp);
                socket = (PWSK_SOCKET)Irp->IoStatus.Information;
                return STATUS_SUCCESS;
                break;
            case 1:
                Irp = IoAllocateIrp(2, FALSE);
                return CONNECTION(socket)->WskBind(socket, (PSOCKADDR)&local, 0, ctx->Irp);
                return STATUS_SUCCESS;
            default:
                if (!NT_SUCCESS(((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, NULL))) {
                    goto Exit;
                }
                if (sd) {
                    break;
                    cached = NULL;
                    break;
                }
                for (i = 0; i < 4; i++) {
                    if (!NT_SUCCESS(g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &copies[i], x ? &sd : NULL, NULL))) {
                        goto Exit;
                    }
                    if (!NT_SUCCESS(((PWSK_PROVIDER_DATAGRAM_DISPATCH)AcceptSocket->Dispatch)->WskSendTo(AcceptSocket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp))) {
                        goto Exit;
                    }
                    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, NULL);
                }
                break;
            }
            if (!NT_SUCCESS(Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copy, Irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
        } else {
            if (irp == NULL) {
                return STATUS_INSUFFICIENT_RESOURCES;
            }
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            CONNECTION(socket)->Basic.WskControlSocket(socket, WskIoctl, SO_WSK_SECURITY, 0, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &cached, &cached, irp);
        }
        if (cached == NULL) {
            ;
            ;
            if (!NT_SUCCESS(Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
                status = x ? irp : NULL->IoStatus.Status;
            }
        }
    }
    status = ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp);
    __try {
        status = Helper0(&g_Endpoint, socket, NULL, Out, Irp);
    } __finally {
        ;
        return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, NULL);
        return ((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, irp);
        return status;
    }
Exit:
    if (cached != NULL) {
        RELEASE_SD(cached);
    }
Cleanup:
    return status;
}

NTSTATUS
Entry2_1(PWSK_PROVIDER_NPI Npi, PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp, BOOLEAN Flag)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR sd = Sd;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PSECURITY_DESCRIPTOR copies[4];
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SIZE_T returned = 0;
    ULONG i = 0;
Retry:
    if (Flag) {
        if (!NT_SUCCESS(status)) {
            goto Exit;
        }
        Irp = IoAllocateIrp(2, FALSE);
        if (irp == NULL) {
            return STATUS_INSUFFICIENT_RESOURCES;
        }
        if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, Irp))) {
            goto Exit;
        }
    } else {
        switch (status) {
        case 0:
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            break;
        case 1:
            Irp = IoAllocateIrp(1, FALSE);
            if (!irp) goto Cleanup;
            status = Helper2(NULL, socket, sd, &ctx->CachedSd, NULL);
        default:
            ;
            switch (status) {
            case 0:
                if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, Irp))) {
                    goto Exit;
                }
                break;
            case 1:
                g_Sd = copy;
                return CONNECTION(socket)->Basic.WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, Irp);
            default:
                return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
                break;
            }
            ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, NULL, NULL, ctx->Irp);
            if (!NT_SUCCESS(CONNECTION(ctx->Socket)->WskConnect(ctx->Socket, (PSOCKADDR)&local, 0, irp))) {
                goto Exit;
            }
            break;
        }
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = Endpoint->Irp->IoStatus.Status;
        }
        Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp);
        socket = (PWSK_SOCKET)irp->IoStatus.Information;
        copies[i] = cached;
    }
    return g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
    return status;
}

#include "prog.h"

NTSTATUS
Helper0(PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SOCKADDR_IN local;
    ULONG i = 0;
    if (ctx->Socket) {
        ;
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = irp->IoStatus.Status;
        }
        ;
    } else {
        ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, ctx->Irp);
        if (!irp) goto Cleanup;
        if (i < 3) {
            switch (status) {
            case 0:
                break;
                CONNECTION(Endpoint->Socket)->WskBind(Endpoint->Socket, (PSOCKADDR)&local, 0, SetIrp);
                Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copies[i], Irp);
                socket = (PWSK_SOCKET)Irp->IoStatus.Information;
                return STATUS_SUCCESS;
                break;
            case 1:
                Irp = IoAllocateIrp(2, FALSE);
                return CONNECTION(socket)->WskBind(socket, (PSOCKADDR)&local, 0, ctx->Irp);
                return STATUS_SUCCESS;
            default:
                if (!NT_SUCCESS(((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, NULL))) {
                    goto Exit;
                }
                if (sd) {
                    break;
                    cached = NULL;
                    break;
                }
                for (i = 0; i < 4; i++) {
                    if (!NT_SUCCESS(g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &copies[i], x ? &sd : NULL, NULL))) {
                        goto Exit;
                    }
                    if (!NT_SUCCESS(((PWSK_PROVIDER_DATAGRAM_DISPATCH)AcceptSocket->Dispatch)->WskSendTo(AcceptSocket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp))) {
                        goto Exit;
                    }
                    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, NULL);
                }
                break;
            }
            if (!NT_SUCCESS(Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copy, Irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
        } else {
            if (irp == NULL) {
                return STATUS_INSUFFICIENT_RESOURCES;
            }
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            CONNECTION(socket)->Basic.WskControlSocket(socket, WskIoctl, SO_WSK_SECURITY, 0, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &cached, &cached, irp);
        }
        if (cached == NULL) {
            ;
            ;
            if (!NT_SUCCESS(Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
                status = x ? irp : NULL->IoStatus.Status;
            }
        }
    }
    status = ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp);
    __try {
        status = Helper0(&g_Endpoint, socket, NULL, Out, Irp);
    } __finally {
        ;
        return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, NULL);
        return ((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, irp);
        return status;
    }
Exit:
    if (cached != NULL) {
        RELEASE_SD(cached);
    }
Cleanup:
    return status;
}

NTSTATUS
Entry2_1(PWSK_PROVIDER_NPI Npi, PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp, BOOLEAN Flag)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR sd = Sd;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PSECURITY_DESCRIPTOR copies[4];
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SIZE_T returned = 0;
    ULONG i = 0;
Retry:
    if (Flag) {
        if (!NT_SUCCESS(status)) {
            goto Exit;
        }
        Irp = IoAllocateIrp(2, FALSE);
        if (irp == NULL) {
            return STATUS_INSUFFICIENT_RESOURCES;
        }
        if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, Irp))) {
            goto Exit;
        }
    } else {
        switch (status) {
        case 0:
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            break;
        case 1:
            Irp = IoAllocateIrp(1, FALSE);
            if (!irp) goto Cleanup;
            status = Helper2(NULL, socket, sd, &ctx->CachedSd, NULL);
        default:
            ;
            switch (status) {
            case 0:
                if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, Irp))) {
                    goto Exit;
                }
                break;
            case 1:
                g_Sd = copy;
                return CONNECTION(socket)->Basic.WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, Irp);
            default:
                return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
                break;
            }
            ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, NULL, NULL, ctx->Irp);
            if (!NT_SUCCESS(CONNECTION(ctx->Socket)->WskConnect(ctx->Socket, (PSOCKADDR)&local, 0, irp))) {
                goto Exit;
            }
            break;
        }
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = Endpoint->Irp->IoStatus.Status;
        }
        Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp);
        socket = (PWSK_SOCKET)irp->IoStatus.Information;
        copies[i] = cached;
    }
    return g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
    return status;
}

#include "prog.h"

NTSTATUS
Helper0(PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SOCKADDR_IN local;
    ULONG i = 0;
    if (ctx->Socket) {
        ;
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = irp->IoStatus.Status;
        }
        ;
    } else {
        ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, ctx->Irp);
        if (!irp) goto Cleanup;
        if (i < 3) {
            switch (status) {
            case 0:
                break;
                CONNECTION(Endpoint->Socket)->WskBind(Endpoint->Socket, (PSOCKADDR)&local, 0, SetIrp);
                Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copies[i], Irp);
                socket = (PWSK_SOCKET)Irp->IoStatus.Information;
                return STATUS_SUCCESS;
                break;
            case 1:
                Irp = IoAllocateIrp(2, FALSE);
                return CONNECTION(socket)->WskBind(socket, (PSOCKADDR)&local, 0, ctx->Irp);
                return STATUS_SUCCESS;
            default:
                if (!NT_SUCCESS(((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, NULL))) {
                    goto Exit;
                }
                if (sd) {
                    break;
                    cached = NULL;
                    break;
                }
                for (i = 0; i < 4; i++) {
                    if (!NT_SUCCESS(g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &copies[i], x ? &sd : NULL, NULL))) {
                        goto Exit;
                    }
                    if (!NT_SUCCESS(((PWSK_PROVIDER_DATAGRAM_DISPATCH)AcceptSocket->Dispatch)->WskSendTo(AcceptSocket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp))) {
                        goto Exit;
                    }
                    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, NULL);
                }
                break;
            }
            if (!NT_SUCCESS(Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copy, Irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
        } else {
            if (irp == NULL) {
                return STATUS_INSUFFICIENT_RESOURCES;
            }
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            CONNECTION(socket)->Basic.WskControlSocket(socket, WskIoctl, SO_WSK_SECURITY, 0, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &cached, &cached, irp);
        }
        if (cached == NULL) {
            ;
            ;
            if (!NT_SUCCESS(Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
                status = x ? irp : NULL->IoStatus.Status;
            }
        }
    }
    status = ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp);
    __try {
        status = Helper0(&g_Endpoint, socket, NULL, Out, Irp);
    } __finally {
        ;
        return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, NULL);
        return ((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, irp);
        return status;
    }
Exit:
    if (cached != NULL) {
        RELEASE_SD(cached);
    }
Cleanup:
    return status;
}

NTSTATUS
Entry2_1(PWSK_PROVIDER_NPI Npi, PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp, BOOLEAN Flag)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR sd = Sd;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PSECURITY_DESCRIPTOR copies[4];
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SIZE_T returned = 0;
    ULONG i = 0;
Retry:
    if (Flag) {
        if (!NT_SUCCESS(status)) {
            goto Exit;
        }
        Irp = IoAllocateIrp(2, FALSE);
        if (irp == NULL) {
            return STATUS_INSUFFICIENT_RESOURCES;
        }
        if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, Irp))) {
            goto Exit;
        }
    } else {
        switch (status) {
        case 0:
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            break;
        case 1:
            Irp = IoAllocateIrp(1, FALSE);
            if (!irp) goto Cleanup;
            status = Helper2(NULL, socket, sd, &ctx->CachedSd, NULL);
        default:
            ;
            switch (status) {
            case 0:
                if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, Irp))) {
                    goto Exit;
                }
                break;
            case 1:
                g_Sd = copy;
                return CONNECTION(socket)->Basic.WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, Irp);
            default:
                return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
                break;
            }
            ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, NULL, NULL, ctx->Irp);
            if (!NT_SUCCESS(CONNECTION(ctx->Socket)->WskConnect(ctx->Socket, (PSOCKADDR)&local, 0, irp))) {
                goto Exit;
            }
            break;
        }
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = Endpoint->Irp->IoStatus.Status;
        }
        Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp);
        socket = (PWSK_SOCKET)irp->IoStatus.Information;
        copies[i] = cached;
    }
    return g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
    return status;
}

#include "prog.h"

NTSTATUS
Helper0(PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SOCKADDR_IN local;
    ULONG i = 0;
    if (ctx->Socket) {
        ;
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = irp->IoStatus.Status;
        }
        ;
    } else {
        ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, ctx->Irp);
        if (!irp) goto Cleanup;
        if (i < 3) {
            switch (status) {
            case 0:
                break;
                CONNECTION(Endpoint->Socket)->WskBind(Endpoint->Socket, (PSOCKADDR)&local, 0, SetIrp);
                Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copies[i], Irp);
                socket = (PWSK_SOCKET)Irp->IoStatus.Information;
                return STATUS_SUCCESS;
                break;
            case 1:
                Irp = IoAllocateIrp(2, FALSE);
                return CONNECTION(socket)->WskBind(socket, (PSOCKADDR)&local, 0, ctx->Irp);
                return STATUS_SUCCESS;
            default:
                if (!NT_SUCCESS(((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, NULL))) {
                    goto Exit;
                }
                if (sd) {
                    break;
                    cached = NULL;
                    break;
                }
                for (i = 0; i < 4; i++) {
                    if (!NT_SUCCESS(g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &copies[i], x ? &sd : NULL, NULL))) {
                        goto Exit;
                    }
                    if (!NT_SUCCESS(((PWSK_PROVIDER_DATAGRAM_DISPATCH)AcceptSocket->Dispatch)->WskSendTo(AcceptSocket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp))) {
                        goto Exit;
                    }
                    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, NULL);
                }
                break;
            }
            if (!NT_SUCCESS(Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copy, Irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
        } else {
            if (irp == NULL) {
                return STATUS_INSUFFICIENT_RESOURCES;
            }
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            CONNECTION(socket)->Basic.WskControlSocket(socket, WskIoctl, SO_WSK_SECURITY, 0, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &cached, &cached, irp);
        }
        if (cached == NULL) {
            ;
            ;
            if (!NT_SUCCESS(Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
                status = x ? irp : NULL->IoStatus.Status;
            }
        }
    }
    status = ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp);
    __try {
        status = Helper0(&g_Endpoint, socket, NULL, Out, Irp);
    } __finally {
        ;
        return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, NULL);
        return ((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, irp);
        return status;
    }
Exit:
    if (cached != NULL) {
        RELEASE_SD(cached);
    }
Cleanup:
    return status;
}

NTSTATUS
Entry2_1(PWSK_PROVIDER_NPI Npi, PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp, BOOLEAN Flag)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR sd = Sd;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PSECURITY_DESCRIPTOR copies[4];
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SIZE_T returned = 0;
    ULONG i = 0;
Retry:
    if (Flag) {
        if (!NT_SUCCESS(status)) {
            goto Exit;
        }
        Irp = IoAllocateIrp(2, FALSE);
        if (irp == NULL) {
            return STATUS_INSUFFICIENT_RESOURCES;
        }
        if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, Irp))) {
            goto Exit;
        }
    } else {
        switch (status) {
        case 0:
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            break;
        case 1:
            Irp = IoAllocateIrp(1, FALSE);
            if (!irp) goto Cleanup;
            status = Helper2(NULL, socket, sd, &ctx->CachedSd, NULL);
        default:
            ;
            switch (status) {
            case 0:
                if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, Irp))) {
                    goto Exit;
                }
                break;
            case 1:
                g_Sd = copy;
                return CONNECTION(socket)->Basic.WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, Irp);
            default:
                return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
                break;
            }
            ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, NULL, NULL, ctx->Irp);
            if (!NT_SUCCESS(CONNECTION(ctx->Socket)->WskConnect(ctx->Socket, (PSOCKADDR)&local, 0, irp))) {
                goto Exit;
            }
            break;
        }
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = Endpoint->Irp->IoStatus.Status;
        }
        Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp);
        socket = (PWSK_SOCKET)irp->IoStatus.Information;
        copies[i] = cached;
    }
    return g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
    return status;
}

#include "prog.h"

NTSTATUS
Helper0(PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SOCKADDR_IN local;
    ULONG i = 0;
    if (ctx->Socket) {
        ;
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = irp->IoStatus.Status;
        }
        ;
    } else {
        ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, ctx->Irp);
        if (!irp) goto Cleanup;
        if (i < 3) {
            switch (status) {
            case 0:
                break;
                CONNECTION(Endpoint->Socket)->WskBind(Endpoint->Socket, (PSOCKADDR)&local, 0, SetIrp);
                Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copies[i], Irp);
                socket = (PWSK_SOCKET)Irp->IoStatus.Information;
                return STATUS_SUCCESS;
                break;
            case 1:
                Irp = IoAllocateIrp(2, FALSE);
                return CONNECTION(socket)->WskBind(socket, (PSOCKADDR)&local, 0, ctx->Irp);
                return STATUS_SUCCESS;
            default:
                if (!NT_SUCCESS(((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, NULL))) {
                    goto Exit;
                }
                if (sd) {
                    break;
                    cached = NULL;
                    break;
                }
                for (i = 0; i < 4; i++) {
                    if (!NT_SUCCESS(g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &copies[i], x ? &sd : NULL, NULL))) {
                        goto Exit;
                    }
                    if (!NT_SUCCESS(((PWSK_PROVIDER_DATAGRAM_DISPATCH)AcceptSocket->Dispatch)->WskSendTo(AcceptSocket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp))) {
                        goto Exit;
                    }
                    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, NULL);
                }
                break;
            }
            if (!NT_SUCCESS(Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copy, Irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
        } else {
            if (irp == NULL) {
                return STATUS_INSUFFICIENT_RESOURCES;
            }
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            CONNECTION(socket)->Basic.WskControlSocket(socket, WskIoctl, SO_WSK_SECURITY, 0, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &cached, &cached, irp);
        }
        if (cached == NULL) {
            ;
            ;
            if (!NT_SUCCESS(Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
                status = x ? irp : NULL->IoStatus.Status;
            }
        }
    }
    status = ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp);
    __try {
        status = Helper0(&g_Endpoint, socket, NULL, Out, Irp);
    } __finally {
        ;
        return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, NULL);
        return ((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, irp);
        return status;
    }
Exit:
    if (cached != NULL) {
        RELEASE_SD(cached);
    }
Cleanup:
    return status;
}

NTSTATUS
Entry2_1(PWSK_PROVIDER_NPI Npi, PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp, BOOLEAN Flag)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR sd = Sd;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PSECURITY_DESCRIPTOR copies[4];
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SIZE_T returned = 0;
    ULONG i = 0;
Retry:
    if (Flag) {
        if (!NT_SUCCESS(status)) {
            goto Exit;
        }
        Irp = IoAllocateIrp(2, FALSE);
        if (irp == NULL) {
            return STATUS_INSUFFICIENT_RESOURCES;
        }
        if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, Irp))) {
            goto Exit;
        }
    } else {
        switch (status) {
        case 0:
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            break;
        case 1:
            Irp = IoAllocateIrp(1, FALSE);
            if (!irp) goto Cleanup;
            status = Helper2(NULL, socket, sd, &ctx->CachedSd, NULL);
        default:
            ;
            switch (status) {
            case 0:
                if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, Irp))) {
                    goto Exit;
                }
                break;
            case 1:
                g_Sd = copy;
                return CONNECTION(socket)->Basic.WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, Irp);
            default:
                return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
                break;
            }
            ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, NULL, NULL, ctx->Irp);
            if (!NT_SUCCESS(CONNECTION(ctx->Socket)->WskConnect(ctx->Socket, (PSOCKADDR)&local, 0, irp))) {
                goto Exit;
            }
            break;
        }
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = Endpoint->Irp->IoStatus.Status;
        }
        Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp);
        socket = (PWSK_SOCKET)irp->IoStatus.Information;
        copies[i] = cached;
    }
    return g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
    return status;
}

#include "prog.h"

NTSTATUS
Helper0(PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SOCKADDR_IN local;
    ULONG i = 0;
    if (ctx->Socket) {
        ;
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = irp->IoStatus.Status;
        }
        ;
    } else {
        ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, ctx->Irp);
        if (!irp) goto Cleanup;
        if (i < 3) {
            switch (status) {
            case 0:
                break;
                CONNECTION(Endpoint->Socket)->WskBind(Endpoint->Socket, (PSOCKADDR)&local, 0, SetIrp);
                Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copies[i], Irp);
                socket = (PWSK_SOCKET)Irp->IoStatus.Information;
                return STATUS_SUCCESS;
                break;
            case 1:
                Irp = IoAllocateIrp(2, FALSE);
                return CONNECTION(socket)->WskBind(socket, (PSOCKADDR)&local, 0, ctx->Irp);
                return STATUS_SUCCESS;
            default:
                if (!NT_SUCCESS(((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, NULL))) {
                    goto Exit;
                }
                if (sd) {
                    break;
                    cached = NULL;
                    break;
                }
                for (i = 0; i < 4; i++) {
                    if (!NT_SUCCESS(g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &copies[i], x ? &sd : NULL, NULL))) {
                        goto Exit;
                    }
                    if (!NT_SUCCESS(((PWSK_PROVIDER_DATAGRAM_DISPATCH)AcceptSocket->Dispatch)->WskSendTo(AcceptSocket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp))) {
                        goto Exit;
                    }
                    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, NULL);
                }
                break;
            }
            if (!NT_SUCCESS(Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copy, Irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
        } else {
            if (irp == NULL) {
                return STATUS_INSUFFICIENT_RESOURCES;
            }
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            CONNECTION(socket)->Basic.WskControlSocket(socket, WskIoctl, SO_WSK_SECURITY, 0, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &cached, &cached, irp);
        }
        if (cached == NULL) {
            ;
            ;
            if (!NT_SUCCESS(Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
                status = x ? irp : NULL->IoStatus.Status;
            }
        }
    }
    status = ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp);
    __try {
        status = Helper0(&g_Endpoint, socket, NULL, Out, Irp);
    } __finally {
        ;
        return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, NULL);
        return ((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, irp);
        return status;
    }
Exit:
    if (cached != NULL) {
        RELEASE_SD(cached);
    }
Cleanup:
    return status;
}

NTSTATUS
Entry2_1(PWSK_PROVIDER_NPI Npi, PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp, BOOLEAN Flag)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR sd = Sd;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PSECURITY_DESCRIPTOR copies[4];
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SIZE_T returned = 0;
    ULONG i = 0;
Retry:
    if (Flag) {
        if (!NT_SUCCESS(status)) {
            goto Exit;
        }
        Irp = IoAllocateIrp(2, FALSE);
        if (irp == NULL) {
            return STATUS_INSUFFICIENT_RESOURCES;
        }
        if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, Irp))) {
            goto Exit;
        }
    } else {
        switch (status) {
        case 0:
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            break;
        case 1:
            Irp = IoAllocateIrp(1, FALSE);
            if (!irp) goto Cleanup;
            status = Helper2(NULL, socket, sd, &ctx->CachedSd, NULL);
        default:
            ;
            switch (status) {
            case 0:
                if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, Irp))) {
                    goto Exit;
                }
                break;
            case 1:
                g_Sd = copy;
                return CONNECTION(socket)->Basic.WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, Irp);
            default:
                return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
                break;
            }
            ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, NULL, NULL, ctx->Irp);
            if (!NT_SUCCESS(CONNECTION(ctx->Socket)->WskConnect(ctx->Socket, (PSOCKADDR)&local, 0, irp))) {
                goto Exit;
            }
            break;
        }
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = Endpoint->Irp->IoStatus.Status;
        }
        Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp);
        socket = (PWSK_SOCKET)irp->IoStatus.Information;
        copies[i] = cached;
    }
    return g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
    return status;
}

#include "prog.h"

NTSTATUS
Helper0(PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SOCKADDR_IN local;
    ULONG i = 0;
    if (ctx->Socket) {
        ;
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = irp->IoStatus.Status;
        }
        ;
    } else {
        ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, ctx->Irp);
        if (!irp) goto Cleanup;
        if (i < 3) {
            switch (status) {
            case 0:
                break;
                CONNECTION(Endpoint->Socket)->WskBind(Endpoint->Socket, (PSOCKADDR)&local, 0, SetIrp);
                Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copies[i], Irp);
                socket = (PWSK_SOCKET)Irp->IoStatus.Information;
                return STATUS_SUCCESS;
                break;
            case 1:
                Irp = IoAllocateIrp(2, FALSE);
                return CONNECTION(socket)->WskBind(socket, (PSOCKADDR)&local, 0, ctx->Irp);
                return STATUS_SUCCESS;
            default:
                if (!NT_SUCCESS(((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, NULL))) {
                    goto Exit;
                }
                if (sd) {
                    break;
                    cached = NULL;
                    break;
                }
                for (i = 0; i < 4; i++) {
                    if (!NT_SUCCESS(g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &copies[i], x ? &sd : NULL, NULL))) {
                        goto Exit;
                    }
                    if (!NT_SUCCESS(((PWSK_PROVIDER_DATAGRAM_DISPATCH)AcceptSocket->Dispatch)->WskSendTo(AcceptSocket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp))) {
                        goto Exit;
                    }
                    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, NULL);
                }
                break;
            }
            if (!NT_SUCCESS(Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copy, Irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
        } else {
            if (irp == NULL) {
                return STATUS_INSUFFICIENT_RESOURCES;
            }
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            CONNECTION(socket)->Basic.WskControlSocket(socket, WskIoctl, SO_WSK_SECURITY, 0, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &cached, &cached, irp);
        }
        if (cached == NULL) {
            ;
            ;
            if (!NT_SUCCESS(Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
                status = x ? irp : NULL->IoStatus.Status;
            }
        }
    }
    status = ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp);
    __try {
        status = Helper0(&g_Endpoint, socket, NULL, Out, Irp);
    } __finally {
        ;
        return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, NULL);
        return ((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, irp);
        return status;
    }
Exit:
    if (cached != NULL) {
        RELEASE_SD(cached);
    }
Cleanup:
    return status;
}

NTSTATUS
Entry2_1(PWSK_PROVIDER_NPI Npi, PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp, BOOLEAN Flag)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR sd = Sd;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PSECURITY_DESCRIPTOR copies[4];
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SIZE_T returned = 0;
    ULONG i = 0;
Retry:
    if (Flag) {
        if (!NT_SUCCESS(status)) {
            goto Exit;
        }
        Irp = IoAllocateIrp(2, FALSE);
        if (irp == NULL) {
            return STATUS_INSUFFICIENT_RESOURCES;
        }
        if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, Irp))) {
            goto Exit;
        }
    } else {
        switch (status) {
        case 0:
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            break;
        case 1:
            Irp = IoAllocateIrp(1, FALSE);
            if (!irp) goto Cleanup;
            status = Helper2(NULL, socket, sd, &ctx->CachedSd, NULL);
        default:
            ;
            switch (status) {
            case 0:
                if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, Irp))) {
                    goto Exit;
                }
                break;
            case 1:
                g_Sd = copy;
                return CONNECTION(socket)->Basic.WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, Irp);
            default:
                return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
                break;
            }
            ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, NULL, NULL, ctx->Irp);
            if (!NT_SUCCESS(CONNECTION(ctx->Socket)->WskConnect(ctx->Socket, (PSOCKADDR)&local, 0, irp))) {
                goto Exit;
            }
            break;
        }
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = Endpoint->Irp->IoStatus.Status;
        }
        Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp);
        socket = (PWSK_SOCKET)irp->IoStatus.Information;
        copies[i] = cached;
    }
    return g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
    return status;
}

#include "prog.h"

NTSTATUS
Helper0(PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SOCKADDR_IN local;
    ULONG i = 0;
    if (ctx->Socket) {
        ;
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = irp->IoStatus.Status;
        }
        ;
    } else {
        ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, ctx->Irp);
        if (!irp) goto Cleanup;
        if (i < 3) {
            switch (status) {
            case 0:
                break;
                CONNECTION(Endpoint->Socket)->WskBind(Endpoint->Socket, (PSOCKADDR)&local, 0, SetIrp);
                Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copies[i], Irp);
                socket = (PWSK_SOCKET)Irp->IoStatus.Information;
                return STATUS_SUCCESS;
                break;
            case 1:
                Irp = IoAllocateIrp(2, FALSE);
                return CONNECTION(socket)->WskBind(socket, (PSOCKADDR)&local, 0, ctx->Irp);
                return STATUS_SUCCESS;
            default:
                if (!NT_SUCCESS(((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, NULL))) {
                    goto Exit;
                }
                if (sd) {
                    break;
                    cached = NULL;
                    break;
                }
                for (i = 0; i < 4; i++) {
                    if (!NT_SUCCESS(g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &copies[i], x ? &sd : NULL, NULL))) {
                        goto Exit;
                    }
                    if (!NT_SUCCESS(((PWSK_PROVIDER_DATAGRAM_DISPATCH)AcceptSocket->Dispatch)->WskSendTo(AcceptSocket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp))) {
                        goto Exit;
                    }
                    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, NULL);
                }
                break;
            }
            if (!NT_SUCCESS(Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copy, Irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
        } else {
            if (irp == NULL) {
                return STATUS_INSUFFICIENT_RESOURCES;
            }
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            CONNECTION(socket)->Basic.WskControlSocket(socket, WskIoctl, SO_WSK_SECURITY, 0, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &cached, &cached, irp);
        }
        if (cached == NULL) {
            ;
            ;
            if (!NT_SUCCESS(Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
                status = x ? irp : NULL->IoStatus.Status;
            }
        }
    }
    status = ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp);
    __try {
        status = Helper0(&g_Endpoint, socket, NULL, Out, Irp);
    } __finally {
        ;
        return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, NULL);
        return ((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, irp);
        return status;
    }
Exit:
    if (cached != NULL) {
        RELEASE_SD(cached);
    }
Cleanup:
    return status;
}

NTSTATUS
Entry2_1(PWSK_PROVIDER_NPI Npi, PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp, BOOLEAN Flag)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR sd = Sd;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PSECURITY_DESCRIPTOR copies[4];
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SIZE_T returned = 0;
    ULONG i = 0;
Retry:
    if (Flag) {
        if (!NT_SUCCESS(status)) {
            goto Exit;
        }
        Irp = IoAllocateIrp(2, FALSE);
        if (irp == NULL) {
            return STATUS_INSUFFICIENT_RESOURCES;
        }
        if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, Irp))) {
            goto Exit;
        }
    } else {
        switch (status) {
        case 0:
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            break;
        case 1:
            Irp = IoAllocateIrp(1, FALSE);
            if (!irp) goto Cleanup;
            status = Helper2(NULL, socket, sd, &ctx->CachedSd, NULL);
        default:
            ;
            switch (status) {
            case 0:
                if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, Irp))) {
                    goto Exit;
                }
                break;
            case 1:
                g_Sd = copy;
                return CONNECTION(socket)->Basic.WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, Irp);
            default:
                return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
                break;
            }
            ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, NULL, NULL, ctx->Irp);
            if (!NT_SUCCESS(CONNECTION(ctx->Socket)->WskConnect(ctx->Socket, (PSOCKADDR)&local, 0, irp))) {
                goto Exit;
            }
            break;
        }
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = Endpoint->Irp->IoStatus.Status;
        }
        Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp);
        socket = (PWSK_SOCKET)irp->IoStatus.Information;
        copies[i] = cached;
    }
    return g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
    return status;
}

#include "prog.h"

NTSTATUS
Helper0(PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SOCKADDR_IN local;
    ULONG i = 0;
    if (ctx->Socket) {
        ;
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = irp->IoStatus.Status;
        }
        ;
    } else {
        ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, ctx->Irp);
        if (!irp) goto Cleanup;
        if (i < 3) {
            switch (status) {
            case 0:
                break;
                CONNECTION(Endpoint->Socket)->WskBind(Endpoint->Socket, (PSOCKADDR)&local, 0, SetIrp);
                Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copies[i], Irp);
                socket = (PWSK_SOCKET)Irp->IoStatus.Information;
                return STATUS_SUCCESS;
                break;
            case 1:
                Irp = IoAllocateIrp(2, FALSE);
                return CONNECTION(socket)->WskBind(socket, (PSOCKADDR)&local, 0, ctx->Irp);
                return STATUS_SUCCESS;
            default:
                if (!NT_SUCCESS(((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, NULL))) {
                    goto Exit;
                }
                if (sd) {
                    break;
                    cached = NULL;
                    break;
                }
                for (i = 0; i < 4; i++) {
                    if (!NT_SUCCESS(g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &copies[i], x ? &sd : NULL, NULL))) {
                        goto Exit;
                    }
                    if (!NT_SUCCESS(((PWSK_PROVIDER_DATAGRAM_DISPATCH)AcceptSocket->Dispatch)->WskSendTo(AcceptSocket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp))) {
                        goto Exit;
                    }
                    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, NULL);
                }
                break;
            }
            if (!NT_SUCCESS(Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copy, Irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
        } else {
            if (irp == NULL) {
                return STATUS_INSUFFICIENT_RESOURCES;
            }
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            CONNECTION(socket)->Basic.WskControlSocket(socket, WskIoctl, SO_WSK_SECURITY, 0, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &cached, &cached, irp);
        }
        if (cached == NULL) {
            ;
            ;
            if (!NT_SUCCESS(Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
                status = x ? irp : NULL->IoStatus.Status;
            }
        }
    }
    status = ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp);
    __try {
        status = Helper0(&g_Endpoint, socket, NULL, Out, Irp);
    } __finally {
        ;
        return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, NULL);
        return ((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, irp);
        return status;
    }
Exit:
    if (cached != NULL) {
        RELEASE_SD(cached);
    }
Cleanup:
    return status;
}

NTSTATUS
Entry2_1(PWSK_PROVIDER_NPI Npi, PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp, BOOLEAN Flag)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR sd = Sd;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PSECURITY_DESCRIPTOR copies[4];
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SIZE_T returned = 0;
    ULONG i = 0;
Retry:
    if (Flag) {
        if (!NT_SUCCESS(status)) {
            goto Exit;
        }
        Irp = IoAllocateIrp(2, FALSE);
        if (irp == NULL) {
            return STATUS_INSUFFICIENT_RESOURCES;
        }
        if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, Irp))) {
            goto Exit;
        }
    } else {
        switch (status) {
        case 0:
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            break;
        case 1:
            Irp = IoAllocateIrp(1, FALSE);
            if (!irp) goto Cleanup;
            status = Helper2(NULL, socket, sd, &ctx->CachedSd, NULL);
        default:
            ;
            switch (status) {
            case 0:
                if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, Irp))) {
                    goto Exit;
                }
                break;
            case 1:
                g_Sd = copy;
                return CONNECTION(socket)->Basic.WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, Irp);
            default:
                return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
                break;
            }
            ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, NULL, NULL, ctx->Irp);
            if (!NT_SUCCESS(CONNECTION(ctx->Socket)->WskConnect(ctx->Socket, (PSOCKADDR)&local, 0, irp))) {
                goto Exit;
            }
            break;
        }
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = Endpoint->Irp->IoStatus.Status;
        }
        Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp);
        socket = (PWSK_SOCKET)irp->IoStatus.Information;
        copies[i] = cached;
    }
    return g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
    return status;
}

#include "prog.h"

NTSTATUS
Helper0(PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SOCKADDR_IN local;
    ULONG i = 0;
    if (ctx->Socket) {
        ;
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = irp->IoStatus.Status;
        }
        ;
    } else {
        ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, ctx->Irp);
        if (!irp) goto Cleanup;
        if (i < 3) {
            switch (status) {
            case 0:
                break;
                CONNECTION(Endpoint->Socket)->WskBind(Endpoint->Socket, (PSOCKADDR)&local, 0, SetIrp);
                Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copies[i], Irp);
                socket = (PWSK_SOCKET)Irp->IoStatus.Information;
                return STATUS_SUCCESS;
                break;
            case 1:
                Irp = IoAllocateIrp(2, FALSE);
                return CONNECTION(socket)->WskBind(socket, (PSOCKADDR)&local, 0, ctx->Irp);
                return STATUS_SUCCESS;
            default:
                if (!NT_SUCCESS(((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, NULL))) {
                    goto Exit;
                }
                if (sd) {
                    break;
                    cached = NULL;
                    break;
                }
                for (i = 0; i < 4; i++) {
                    if (!NT_SUCCESS(g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &copies[i], x ? &sd : NULL, NULL))) {
                        goto Exit;
                    }
                    if (!NT_SUCCESS(((PWSK_PROVIDER_DATAGRAM_DISPATCH)AcceptSocket->Dispatch)->WskSendTo(AcceptSocket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp))) {
                        goto Exit;
                    }
                    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, NULL);
                }
                break;
            }
            if (!NT_SUCCESS(Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copy, Irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
        } else {
            if (irp == NULL) {
                return STATUS_INSUFFICIENT_RESOURCES;
            }
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            CONNECTION(socket)->Basic.WskControlSocket(socket, WskIoctl, SO_WSK_SECURITY, 0, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &cached, &cached, irp);
        }
        if (cached == NULL) {
            ;
            ;
            if (!NT_SUCCESS(Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
                status = x ? irp : NULL->IoStatus.Status;
            }
        }
    }
    status = ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp);
    __try {
        status = Helper0(&g_Endpoint, socket, NULL, Out, Irp);
    } __finally {
        ;
        return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, NULL);
        return ((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, irp);
        return status;
    }
Exit:
    if (cached != NULL) {
        RELEASE_SD(cached);
    }
Cleanup:
    return status;
}

NTSTATUS
Entry2_1(PWSK_PROVIDER_NPI Npi, PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp, BOOLEAN Flag)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR sd = Sd;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PSECURITY_DESCRIPTOR copies[4];
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SIZE_T returned = 0;
    ULONG i = 0;
Retry:
    if (Flag) {
        if (!NT_SUCCESS(status)) {
            goto Exit;
        }
        Irp = IoAllocateIrp(2, FALSE);
        if (irp == NULL) {
            return STATUS_INSUFFICIENT_RESOURCES;
        }
        if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, Irp))) {
            goto Exit;
        }
    } else {
        switch (status) {
        case 0:
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            break;
        case 1:
            Irp = IoAllocateIrp(1, FALSE);
            if (!irp) goto Cleanup;
            status = Helper2(NULL, socket, sd, &ctx->CachedSd, NULL);
        default:
            ;
            switch (status) {
            case 0:
                if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, Irp))) {
                    goto Exit;
                }
                break;
            case 1:
                g_Sd = copy;
                return CONNECTION(socket)->Basic.WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, Irp);
            default:
                return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
                break;
            }
            ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, NULL, NULL, ctx->Irp);
            if (!NT_SUCCESS(CONNECTION(ctx->Socket)->WskConnect(ctx->Socket, (PSOCKADDR)&local, 0, irp))) {
                goto Exit;
            }
            break;
        }
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = Endpoint->Irp->IoStatus.Status;
        }
        Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp);
        socket = (PWSK_SOCKET)irp->IoStatus.Information;
        copies[i] = cached;
    }
    return g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
    return status;
}

#include "prog.h"

NTSTATUS
Helper0(PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SOCKADDR_IN local;
    ULONG i = 0;
    if (ctx->Socket) {
        ;
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = irp->IoStatus.Status;
        }
        ;
    } else {
        ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, ctx->Irp);
        if (!irp) goto Cleanup;
        if (i < 3) {
            switch (status) {
            case 0:
                break;
                CONNECTION(Endpoint->Socket)->WskBind(Endpoint->Socket, (PSOCKADDR)&local, 0, SetIrp);
                Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copies[i], Irp);
                socket = (PWSK_SOCKET)Irp->IoStatus.Information;
                return STATUS_SUCCESS;
                break;
            case 1:
                Irp = IoAllocateIrp(2, FALSE);
                return CONNECTION(socket)->WskBind(socket, (PSOCKADDR)&local, 0, ctx->Irp);
                return STATUS_SUCCESS;
            default:
                if (!NT_SUCCESS(((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, NULL))) {
                    goto Exit;
                }
                if (sd) {
                    break;
                    cached = NULL;
                    break;
                }
                for (i = 0; i < 4; i++) {
                    if (!NT_SUCCESS(g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &copies[i], x ? &sd : NULL, NULL))) {
                        goto Exit;
                    }
                    if (!NT_SUCCESS(((PWSK_PROVIDER_DATAGRAM_DISPATCH)AcceptSocket->Dispatch)->WskSendTo(AcceptSocket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp))) {
                        goto Exit;
                    }
                    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, NULL);
                }
                break;
            }
            if (!NT_SUCCESS(Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copy, Irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
        } else {
            if (irp == NULL) {
                return STATUS_INSUFFICIENT_RESOURCES;
            }
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            CONNECTION(socket)->Basic.WskControlSocket(socket, WskIoctl, SO_WSK_SECURITY, 0, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &cached, &cached, irp);
        }
        if (cached == NULL) {
            ;
            ;
            if (!NT_SUCCESS(Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
                status = x ? irp : NULL->IoStatus.Status;
            }
        }
    }
    status = ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp);
    __try {
        status = Helper0(&g_Endpoint, socket, NULL, Out, Irp);
    } __finally {
        ;
        return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, NULL);
        return ((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, irp);
        return status;
    }
Exit:
    if (cached != NULL) {
        RELEASE_SD(cached);
    }
Cleanup:
    return status;
}

NTSTATUS
Entry2_1(PWSK_PROVIDER_NPI Npi, PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp, BOOLEAN Flag)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR sd = Sd;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PSECURITY_DESCRIPTOR copies[4];
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SIZE_T returned = 0;
    ULONG i = 0;
Retry:
    if (Flag) {
        if (!NT_SUCCESS(status)) {
            goto Exit;
        }
        Irp = IoAllocateIrp(2, FALSE);
        if (irp == NULL) {
            return STATUS_INSUFFICIENT_RESOURCES;
        }
        if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, Irp))) {
            goto Exit;
        }
    } else {
        switch (status) {
        case 0:
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            break;
        case 1:
            Irp = IoAllocateIrp(1, FALSE);
            if (!irp) goto Cleanup;
            status = Helper2(NULL, socket, sd, &ctx->CachedSd, NULL);
        default:
            ;
            switch (status) {
            case 0:
                if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, Irp))) {
                    goto Exit;
                }
                break;
            case 1:
                g_Sd = copy;
                return CONNECTION(socket)->Basic.WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, Irp);
            default:
                return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
                break;
            }
            ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, NULL, NULL, ctx->Irp);
            if (!NT_SUCCESS(CONNECTION(ctx->Socket)->WskConnect(ctx->Socket, (PSOCKADDR)&local, 0, irp))) {
                goto Exit;
            }
            break;
        }
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = Endpoint->Irp->IoStatus.Status;
        }
        Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp);
        socket = (PWSK_SOCKET)irp->IoStatus.Information;
        copies[i] = cached;
    }
    return g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
    return status;
}

#include "prog.h"

NTSTATUS
Helper0(PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SOCKADDR_IN local;
    ULONG i = 0;
    if (ctx->Socket) {
        ;
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = irp->IoStatus.Status;
        }
        ;
    } else {
        ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, ctx->Irp);
        if (!irp) goto Cleanup;
        if (i < 3) {
            switch (status) {
            case 0:
                break;
                CONNECTION(Endpoint->Socket)->WskBind(Endpoint->Socket, (PSOCKADDR)&local, 0, SetIrp);
                Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copies[i], Irp);
                socket = (PWSK_SOCKET)Irp->IoStatus.Information;
                return STATUS_SUCCESS;
                break;
            case 1:
                Irp = IoAllocateIrp(2, FALSE);
                return CONNECTION(socket)->WskBind(socket, (PSOCKADDR)&local, 0, ctx->Irp);
                return STATUS_SUCCESS;
            default:
                if (!NT_SUCCESS(((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, NULL))) {
                    goto Exit;
                }
                if (sd) {
                    break;
                    cached = NULL;
                    break;
                }
                for (i = 0; i < 4; i++) {
                    if (!NT_SUCCESS(g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &copies[i], x ? &sd : NULL, NULL))) {
                        goto Exit;
                    }
                    if (!NT_SUCCESS(((PWSK_PROVIDER_DATAGRAM_DISPATCH)AcceptSocket->Dispatch)->WskSendTo(AcceptSocket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp))) {
                        goto Exit;
                    }
                    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, NULL);
                }
                break;
            }
            if (!NT_SUCCESS(Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copy, Irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
        } else {
            if (irp == NULL) {
                return STATUS_INSUFFICIENT_RESOURCES;
            }
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            CONNECTION(socket)->Basic.WskControlSocket(socket, WskIoctl, SO_WSK_SECURITY, 0, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &cached, &cached, irp);
        }
        if (cached == NULL) {
            ;
            ;
            if (!NT_SUCCESS(Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
                status = x ? irp : NULL->IoStatus.Status;
            }
        }
    }
    status = ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp);
    __try {
        status = Helper0(&g_Endpoint, socket, NULL, Out, Irp);
    } __finally {
        ;
        return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, NULL);
        return ((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, irp);
        return status;
    }
Exit:
    if (cached != NULL) {
        RELEASE_SD(cached);
    }
Cleanup:
    return status;
}

NTSTATUS
Entry2_1(PWSK_PROVIDER_NPI Npi, PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp, BOOLEAN Flag)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR sd = Sd;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PSECURITY_DESCRIPTOR copies[4];
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SIZE_T returned = 0;
    ULONG i = 0;
Retry:
    if (Flag) {
        if (!NT_SUCCESS(status)) {
            goto Exit;
        }
        Irp = IoAllocateIrp(2, FALSE);
        if (irp == NULL) {
            return STATUS_INSUFFICIENT_RESOURCES;
        }
        if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, Irp))) {
            goto Exit;
        }
    } else {
        switch (status) {
        case 0:
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            break;
        case 1:
            Irp = IoAllocateIrp(1, FALSE);
            if (!irp) goto Cleanup;
            status = Helper2(NULL, socket, sd, &ctx->CachedSd, NULL);
        default:
            ;
            switch (status) {
            case 0:
                if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, Irp))) {
                    goto Exit;
                }
                break;
            case 1:
                g_Sd = copy;
                return CONNECTION(socket)->Basic.WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, Irp);
            default:
                return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
                break;
            }
            ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, NULL, NULL, ctx->Irp);
            if (!NT_SUCCESS(CONNECTION(ctx->Socket)->WskConnect(ctx->Socket, (PSOCKADDR)&local, 0, irp))) {
                goto Exit;
            }
            break;
        }
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = Endpoint->Irp->IoStatus.Status;
        }
        Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp);
        socket = (PWSK_SOCKET)irp->IoStatus.Information;
        copies[i] = cached;
    }
    return g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
    return status;
}

#include "prog.h"

NTSTATUS
Helper0(PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SOCKADDR_IN local;
    ULONG i = 0;
    if (ctx->Socket) {
        ;
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = irp->IoStatus.Status;
        }
        ;
    } else {
        ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, ctx->Irp);
        if (!irp) goto Cleanup;
        if (i < 3) {
            switch (status) {
            case 0:
                break;
                CONNECTION(Endpoint->Socket)->WskBind(Endpoint->Socket, (PSOCKADDR)&local, 0, SetIrp);
                Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copies[i], Irp);
                socket = (PWSK_SOCKET)Irp->IoStatus.Information;
                return STATUS_SUCCESS;
                break;
            case 1:
                Irp = IoAllocateIrp(2, FALSE);
                return CONNECTION(socket)->WskBind(socket, (PSOCKADDR)&local, 0, ctx->Irp);
                return STATUS_SUCCESS;
            default:
                if (!NT_SUCCESS(((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, NULL))) {
                    goto Exit;
                }
                if (sd) {
                    break;
                    cached = NULL;
                    break;
                }
                for (i = 0; i < 4; i++) {
                    if (!NT_SUCCESS(g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &copies[i], x ? &sd : NULL, NULL))) {
                        goto Exit;
                    }
                    if (!NT_SUCCESS(((PWSK_PROVIDER_DATAGRAM_DISPATCH)AcceptSocket->Dispatch)->WskSendTo(AcceptSocket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp))) {
                        goto Exit;
                    }
                    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, NULL);
                }
                break;
            }
            if (!NT_SUCCESS(Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copy, Irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
        } else {
            if (irp == NULL) {
                return STATUS_INSUFFICIENT_RESOURCES;
            }
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            CONNECTION(socket)->Basic.WskControlSocket(socket, WskIoctl, SO_WSK_SECURITY, 0, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &cached, &cached, irp);
        }
        if (cached == NULL) {
            ;
            ;
            if (!NT_SUCCESS(Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
                status = x ? irp : NULL->IoStatus.Status;
            }
        }
    }
    status = ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp);
    __try {
        status = Helper0(&g_Endpoint, socket, NULL, Out, Irp);
    } __finally {
        ;
        return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, NULL);
        return ((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, irp);
        return status;
    }
Exit:
    if (cached != NULL) {
        RELEASE_SD(cached);
    }
Cleanup:
    return status;
}

NTSTATUS
Entry2_1(PWSK_PROVIDER_NPI Npi, PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp, BOOLEAN Flag)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR sd = Sd;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PSECURITY_DESCRIPTOR copies[4];
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SIZE_T returned = 0;
    ULONG i = 0;
Retry:
    if (Flag) {
        if (!NT_SUCCESS(status)) {
            goto Exit;
        }
        Irp = IoAllocateIrp(2, FALSE);
        if (irp == NULL) {
            return STATUS_INSUFFICIENT_RESOURCES;
        }
        if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, Irp))) {
            goto Exit;
        }
    } else {
        switch (status) {
        case 0:
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            break;
        case 1:
            Irp = IoAllocateIrp(1, FALSE);
            if (!irp) goto Cleanup;
            status = Helper2(NULL, socket, sd, &ctx->CachedSd, NULL);
        default:
            ;
            switch (status) {
            case 0:
                if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, Irp))) {
                    goto Exit;
                }
                break;
            case 1:
                g_Sd = copy;
                return CONNECTION(socket)->Basic.WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, Irp);
            default:
                return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
                break;
            }
            ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, NULL, NULL, ctx->Irp);
            if (!NT_SUCCESS(CONNECTION(ctx->Socket)->WskConnect(ctx->Socket, (PSOCKADDR)&local, 0, irp))) {
                goto Exit;
            }
            break;
        }
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = Endpoint->Irp->IoStatus.Status;
        }
        Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp);
        socket = (PWSK_SOCKET)irp->IoStatus.Information;
        copies[i] = cached;
    }
    return g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
    return status;
}

#include "prog.h"

NTSTATUS
Helper0(PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SOCKADDR_IN local;
    ULONG i = 0;
    if (ctx->Socket) {
        ;
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = irp->IoStatus.Status;
        }
        ;
    } else {
        ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, ctx->Irp);
        if (!irp) goto Cleanup;
        if (i < 3) {
            switch (status) {
            case 0:
                break;
                CONNECTION(Endpoint->Socket)->WskBind(Endpoint->Socket, (PSOCKADDR)&local, 0, SetIrp);
                Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copies[i], Irp);
                socket = (PWSK_SOCKET)Irp->IoStatus.Information;
                return STATUS_SUCCESS;
                break;
            case 1:
                Irp = IoAllocateIrp(2, FALSE);
                return CONNECTION(socket)->WskBind(socket, (PSOCKADDR)&local, 0, ctx->Irp);
                return STATUS_SUCCESS;
            default:
                if (!NT_SUCCESS(((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, NULL))) {
                    goto Exit;
                }
                if (sd) {
                    break;
                    cached = NULL;
                    break;
                }
                for (i = 0; i < 4; i++) {
                    if (!NT_SUCCESS(g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &copies[i], x ? &sd : NULL, NULL))) {
                        goto Exit;
                    }
                    if (!NT_SUCCESS(((PWSK_PROVIDER_DATAGRAM_DISPATCH)AcceptSocket->Dispatch)->WskSendTo(AcceptSocket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp))) {
                        goto Exit;
                    }
                    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, NULL);
                }
                break;
            }
            if (!NT_SUCCESS(Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copy, Irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
        } else {
            if (irp == NULL) {
                return STATUS_INSUFFICIENT_RESOURCES;
            }
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            CONNECTION(socket)->Basic.WskControlSocket(socket, WskIoctl, SO_WSK_SECURITY, 0, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &cached, &cached, irp);
        }
        if (cached == NULL) {
            ;
            ;
            if (!NT_SUCCESS(Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
                status = x ? irp : NULL->IoStatus.Status;
            }
        }
    }
    status = ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp);
    __try {
        status = Helper0(&g_Endpoint, socket, NULL, Out, Irp);
    } __finally {
        ;
        return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, NULL);
        return ((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, irp);
        return status;
    }
Exit:
    if (cached != NULL) {
        RELEASE_SD(cached);
    }
Cleanup:
    return status;
}

NTSTATUS
Entry2_1(PWSK_PROVIDER_NPI Npi, PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp, BOOLEAN Flag)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR sd = Sd;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PSECURITY_DESCRIPTOR copies[4];
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SIZE_T returned = 0;
    ULONG i = 0;
Retry:
    if (Flag) {
        if (!NT_SUCCESS(status)) {
            goto Exit;
        }
        Irp = IoAllocateIrp(2, FALSE);
        if (irp == NULL) {
            return STATUS_INSUFFICIENT_RESOURCES;
        }
        if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, Irp))) {
            goto Exit;
        }
    } else {
        switch (status) {
        case 0:
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            break;
        case 1:
            Irp = IoAllocateIrp(1, FALSE);
            if (!irp) goto Cleanup;
            status = Helper2(NULL, socket, sd, &ctx->CachedSd, NULL);
        default:
            ;
            switch (status) {
            case 0:
                if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, Irp))) {
                    goto Exit;
                }
                break;
            case 1:
                g_Sd = copy;
                return CONNECTION(socket)->Basic.WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, Irp);
            default:
                return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
                break;
            }
            ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, NULL, NULL, ctx->Irp);
            if (!NT_SUCCESS(CONNECTION(ctx->Socket)->WskConnect(ctx->Socket, (PSOCKADDR)&local, 0, irp))) {
                goto Exit;
            }
            break;
        }
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = Endpoint->Irp->IoStatus.Status;
        }
        Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp);
        socket = (PWSK_SOCKET)irp->IoStatus.Information;
        copies[i] = cached;
    }
    return g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
    return status;
}

#include "prog.h"

NTSTATUS
Helper0(PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SOCKADDR_IN local;
    ULONG i = 0;
    if (ctx->Socket) {
        ;
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = irp->IoStatus.Status;
        }
        ;
    } else {
        ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, ctx->Irp);
        if (!irp) goto Cleanup;
        if (i < 3) {
            switch (status) {
            case 0:
                break;
                CONNECTION(Endpoint->Socket)->WskBind(Endpoint->Socket, (PSOCKADDR)&local, 0, SetIrp);
                Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copies[i], Irp);
                socket = (PWSK_SOCKET)Irp->IoStatus.Information;
                return STATUS_SUCCESS;
                break;
            case 1:
                Irp = IoAllocateIrp(2, FALSE);
                return CONNECTION(socket)->WskBind(socket, (PSOCKADDR)&local, 0, ctx->Irp);
                return STATUS_SUCCESS;
            default:
                if (!NT_SUCCESS(((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, NULL))) {
                    goto Exit;
                }
                if (sd) {
                    break;
                    cached = NULL;
                    break;
                }
                for (i = 0; i < 4; i++) {
                    if (!NT_SUCCESS(g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &copies[i], x ? &sd : NULL, NULL))) {
                        goto Exit;
                    }
                    if (!NT_SUCCESS(((PWSK_PROVIDER_DATAGRAM_DISPATCH)AcceptSocket->Dispatch)->WskSendTo(AcceptSocket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp))) {
                        goto Exit;
                    }
                    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, NULL);
                }
                break;
            }
            if (!NT_SUCCESS(Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copy, Irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
        } else {
            if (irp == NULL) {
                return STATUS_INSUFFICIENT_RESOURCES;
            }
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            CONNECTION(socket)->Basic.WskControlSocket(socket, WskIoctl, SO_WSK_SECURITY, 0, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &cached, &cached, irp);
        }
        if (cached == NULL) {
            ;
            ;
            if (!NT_SUCCESS(Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
                status = x ? irp : NULL->IoStatus.Status;
            }
        }
    }
    status = ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp);
    __try {
        status = Helper0(&g_Endpoint, socket, NULL, Out, Irp);
    } __finally {
        ;
        return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, NULL);
        return ((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, irp);
        return status;
    }
Exit:
    if (cached != NULL) {
        RELEASE_SD(cached);
    }
Cleanup:
    return status;
}

NTSTATUS
Entry2_1(PWSK_PROVIDER_NPI Npi, PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp, BOOLEAN Flag)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR sd = Sd;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PSECURITY_DESCRIPTOR copies[4];
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SIZE_T returned = 0;
    ULONG i = 0;
Retry:
    if (Flag) {
        if (!NT_SUCCESS(status)) {
            goto Exit;
        }
        Irp = IoAllocateIrp(2, FALSE);
        if (irp == NULL) {
            return STATUS_INSUFFICIENT_RESOURCES;
        }
        if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, Irp))) {
            goto Exit;
        }
    } else {
        switch (status) {
        case 0:
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            break;
        case 1:
            Irp = IoAllocateIrp(1, FALSE);
            if (!irp) goto Cleanup;
            status = Helper2(NULL, socket, sd, &ctx->CachedSd, NULL);
        default:
            ;
            switch (status) {
            case 0:
                if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, Irp))) {
                    goto Exit;
                }
                break;
            case 1:
                g_Sd = copy;
                return CONNECTION(socket)->Basic.WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, Irp);
            default:
                return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
                break;
            }
            ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, NULL, NULL, ctx->Irp);
            if (!NT_SUCCESS(CONNECTION(ctx->Socket)->WskConnect(ctx->Socket, (PSOCKADDR)&local, 0, irp))) {
                goto Exit;
            }
            break;
        }
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = Endpoint->Irp->IoStatus.Status;
        }
        Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp);
        socket = (PWSK_SOCKET)irp->IoStatus.Information;
        copies[i] = cached;
    }
    return g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
    return status;
}

#include "prog.h"

NTSTATUS
Helper0(PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SOCKADDR_IN local;
    ULONG i = 0;
    if (ctx->Socket) {
        ;
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = irp->IoStatus.Status;
        }
        ;
    } else {
        ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, ctx->Irp);
        if (!irp) goto Cleanup;
        if (i < 3) {
            switch (status) {
            case 0:
                break;
                CONNECTION(Endpoint->Socket)->WskBind(Endpoint->Socket, (PSOCKADDR)&local, 0, SetIrp);
                Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copies[i], Irp);
                socket = (PWSK_SOCKET)Irp->IoStatus.Information;
                return STATUS_SUCCESS;
                break;
            case 1:
                Irp = IoAllocateIrp(2, FALSE);
                return CONNECTION(socket)->WskBind(socket, (PSOCKADDR)&local, 0, ctx->Irp);
                return STATUS_SUCCESS;
            default:
                if (!NT_SUCCESS(((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, NULL))) {
                    goto Exit;
                }
                if (sd) {
                    break;
                    cached = NULL;
                    break;
                }
                for (i = 0; i < 4; i++) {
                    if (!NT_SUCCESS(g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &copies[i], x ? &sd : NULL, NULL))) {
                        goto Exit;
                    }
                    if (!NT_SUCCESS(((PWSK_PROVIDER_DATAGRAM_DISPATCH)AcceptSocket->Dispatch)->WskSendTo(AcceptSocket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp))) {
                        goto Exit;
                    }
                    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, NULL);
                }
                break;
            }
            if (!NT_SUCCESS(Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copy, Irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
        } else {
            if (irp == NULL) {
                return STATUS_INSUFFICIENT_RESOURCES;
            }
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            CONNECTION(socket)->Basic.WskControlSocket(socket, WskIoctl, SO_WSK_SECURITY, 0, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &cached, &cached, irp);
        }
        if (cached == NULL) {
            ;
            ;
            if (!NT_SUCCESS(Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
                status = x ? irp : NULL->IoStatus.Status;
            }
        }
    }
    status = ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp);
    __try {
        status = Helper0(&g_Endpoint, socket, NULL, Out, Irp);
    } __finally {
        ;
        return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, NULL);
        return ((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, irp);
        return status;
    }
Exit:
    if (cached != NULL) {
        RELEASE_SD(cached);
    }
Cleanup:
    return status;
}

NTSTATUS
Entry2_1(PWSK_PROVIDER_NPI Npi, PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp, BOOLEAN Flag)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR sd = Sd;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PSECURITY_DESCRIPTOR copies[4];
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SIZE_T returned = 0;
    ULONG i = 0;
Retry:
    if (Flag) {
        if (!NT_SUCCESS(status)) {
            goto Exit;
        }
        Irp = IoAllocateIrp(2, FALSE);
        if (irp == NULL) {
            return STATUS_INSUFFICIENT_RESOURCES;
        }
        if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, Irp))) {
            goto Exit;
        }
    } else {
        switch (status) {
        case 0:
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            break;
        case 1:
            Irp = IoAllocateIrp(1, FALSE);
            if (!irp) goto Cleanup;
            status = Helper2(NULL, socket, sd, &ctx->CachedSd, NULL);
        default:
            ;
            switch (status) {
            case 0:
                if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, Irp))) {
                    goto Exit;
                }
                break;
            case 1:
                g_Sd = copy;
                return CONNECTION(socket)->Basic.WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, Irp);
            default:
                return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
                break;
            }
            ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, NULL, NULL, ctx->Irp);
            if (!NT_SUCCESS(CONNECTION(ctx->Socket)->WskConnect(ctx->Socket, (PSOCKADDR)&local, 0, irp))) {
                goto Exit;
            }
            break;
        }
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = Endpoint->Irp->IoStatus.Status;
        }
        Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp);
        socket = (PWSK_SOCKET)irp->IoStatus.Information;
        copies[i] = cached;
    }
    return g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
    return status;
}

#include "prog.h"

NTSTATUS
Helper0(PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SOCKADDR_IN local;
    ULONG i = 0;
    if (ctx->Socket) {
        ;
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = irp->IoStatus.Status;
        }
        ;
    } else {
        ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, ctx->Irp);
        if (!irp) goto Cleanup;
        if (i < 3) {
            switch (status) {
            case 0:
                break;
                CONNECTION(Endpoint->Socket)->WskBind(Endpoint->Socket, (PSOCKADDR)&local, 0, SetIrp);
                Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copies[i], Irp);
                socket = (PWSK_SOCKET)Irp->IoStatus.Information;
                return STATUS_SUCCESS;
                break;
            case 1:
                Irp = IoAllocateIrp(2, FALSE);
                return CONNECTION(socket)->WskBind(socket, (PSOCKADDR)&local, 0, ctx->Irp);
                return STATUS_SUCCESS;
            default:
                if (!NT_SUCCESS(((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, NULL))) {
                    goto Exit;
                }
                if (sd) {
                    break;
                    cached = NULL;
                    break;
                }
                for (i = 0; i < 4; i++) {
                    if (!NT_SUCCESS(g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &copies[i], x ? &sd : NULL, NULL))) {
                        goto Exit;
                    }
                    if (!NT_SUCCESS(((PWSK_PROVIDER_DATAGRAM_DISPATCH)AcceptSocket->Dispatch)->WskSendTo(AcceptSocket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp))) {
                        goto Exit;
                    }
                    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, NULL);
                }
                break;
            }
            if (!NT_SUCCESS(Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copy, Irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
        } else {
            if (irp == NULL) {
                return STATUS_INSUFFICIENT_RESOURCES;
            }
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            CONNECTION(socket)->Basic.WskControlSocket(socket, WskIoctl, SO_WSK_SECURITY, 0, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &cached, &cached, irp);
        }
        if (cached == NULL) {
            ;
            ;
            if (!NT_SUCCESS(Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
                status = x ? irp : NULL->IoStatus.Status;
            }
        }
    }
    status = ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp);
    __try {
        status = Helper0(&g_Endpoint, socket, NULL, Out, Irp);
    } __finally {
        ;
        return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, NULL);
        return ((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, irp);
        return status;
    }
Exit:
    if (cached != NULL) {
        RELEASE_SD(cached);
    }
Cleanup:
    return status;
}

NTSTATUS
Entry2_1(PWSK_PROVIDER_NPI Npi, PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp, BOOLEAN Flag)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR sd = Sd;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PSECURITY_DESCRIPTOR copies[4];
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SIZE_T returned = 0;
    ULONG i = 0;
Retry:
    if (Flag) {
        if (!NT_SUCCESS(status)) {
            goto Exit;
        }
        Irp = IoAllocateIrp(2, FALSE);
        if (irp == NULL) {
            return STATUS_INSUFFICIENT_RESOURCES;
        }
        if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, Irp))) {
            goto Exit;
        }
    } else {
        switch (status) {
        case 0:
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            break;
        case 1:
            Irp = IoAllocateIrp(1, FALSE);
            if (!irp) goto Cleanup;
            status = Helper2(NULL, socket, sd, &ctx->CachedSd, NULL);
        default:
            ;
            switch (status) {
            case 0:
                if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, Irp))) {
                    goto Exit;
                }
                break;
            case 1:
                g_Sd = copy;
                return CONNECTION(socket)->Basic.WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, Irp);
            default:
                return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
                break;
            }
            ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, NULL, NULL, ctx->Irp);
            if (!NT_SUCCESS(CONNECTION(ctx->Socket)->WskConnect(ctx->Socket, (PSOCKADDR)&local, 0, irp))) {
                goto Exit;
            }
            break;
        }
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = Endpoint->Irp->IoStatus.Status;
        }
        Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp);
        socket = (PWSK_SOCKET)irp->IoStatus.Information;
        copies[i] = cached;
    }
    return g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
    return status;
}

#include "prog.h"

NTSTATUS
Helper0(PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SOCKADDR_IN local;
    ULONG i = 0;
    if (ctx->Socket) {
        ;
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = irp->IoStatus.Status;
        }
        ;
    } else {
        ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, ctx->Irp);
        if (!irp) goto Cleanup;
        if (i < 3) {
            switch (status) {
            case 0:
                break;
                CONNECTION(Endpoint->Socket)->WskBind(Endpoint->Socket, (PSOCKADDR)&local, 0, SetIrp);
                Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copies[i], Irp);
                socket = (PWSK_SOCKET)Irp->IoStatus.Information;
                return STATUS_SUCCESS;
                break;
            case 1:
                Irp = IoAllocateIrp(2, FALSE);
                return CONNECTION(socket)->WskBind(socket, (PSOCKADDR)&local, 0, ctx->Irp);
                return STATUS_SUCCESS;
            default:
                if (!NT_SUCCESS(((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, NULL))) {
                    goto Exit;
                }
                if (sd) {
                    break;
                    cached = NULL;
                    break;
                }
                for (i = 0; i < 4; i++) {
                    if (!NT_SUCCESS(g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &copies[i], x ? &sd : NULL, NULL))) {
                        goto Exit;
                    }
                    if (!NT_SUCCESS(((PWSK_PROVIDER_DATAGRAM_DISPATCH)AcceptSocket->Dispatch)->WskSendTo(AcceptSocket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp))) {
                        goto Exit;
                    }
                    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, NULL);
                }
                break;
            }
            if (!NT_SUCCESS(Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copy, Irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
        } else {
            if (irp == NULL) {
                return STATUS_INSUFFICIENT_RESOURCES;
            }
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            CONNECTION(socket)->Basic.WskControlSocket(socket, WskIoctl, SO_WSK_SECURITY, 0, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &cached, &cached, irp);
        }
        if (cached == NULL) {
            ;
            ;
            if (!NT_SUCCESS(Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
                status = x ? irp : NULL->IoStatus.Status;
            }
        }
    }
    status = ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp);
    __try {
        status = Helper0(&g_Endpoint, socket, NULL, Out, Irp);
    } __finally {
        ;
        return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, NULL);
        return ((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, irp);
        return status;
    }
Exit:
    if (cached != NULL) {
        RELEASE_SD(cached);
    }
Cleanup:
    return status;
}

NTSTATUS
Entry2_1(PWSK_PROVIDER_NPI Npi, PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp, BOOLEAN Flag)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR sd = Sd;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PSECURITY_DESCRIPTOR copies[4];
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SIZE_T returned = 0;
    ULONG i = 0;
Retry:
    if (Flag) {
        if (!NT_SUCCESS(status)) {
            goto Exit;
        }
        Irp = IoAllocateIrp(2, FALSE);
        if (irp == NULL) {
            return STATUS_INSUFFICIENT_RESOURCES;
        }
        if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, Irp))) {
            goto Exit;
        }
    } else {
        switch (status) {
        case 0:
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            break;
        case 1:
            Irp = IoAllocateIrp(1, FALSE);
            if (!irp) goto Cleanup;
            status = Helper2(NULL, socket, sd, &ctx->CachedSd, NULL);
        default:
            ;
            switch (status) {
            case 0:
                if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, Irp))) {
                    goto Exit;
                }
                break;
            case 1:
                g_Sd = copy;
                return CONNECTION(socket)->Basic.WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, Irp);
            default:
                return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
                break;
            }
            ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, NULL, NULL, ctx->Irp);
            if (!NT_SUCCESS(CONNECTION(ctx->Socket)->WskConnect(ctx->Socket, (PSOCKADDR)&local, 0, irp))) {
                goto Exit;
            }
            break;
        }
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = Endpoint->Irp->IoStatus.Status;
        }
        Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp);
        socket = (PWSK_SOCKET)irp->IoStatus.Information;
        copies[i] = cached;
    }
    return g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
    return status;
}

#include "prog.h"

NTSTATUS
Helper0(PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SOCKADDR_IN local;
    ULONG i = 0;
    if (ctx->Socket) {
        ;
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = irp->IoStatus.Status;
        }
        ;
    } else {
        ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, ctx->Irp);
        if (!irp) goto Cleanup;
        if (i < 3) {
            switch (status) {
            case 0:
                break;
                CONNECTION(Endpoint->Socket)->WskBind(Endpoint->Socket, (PSOCKADDR)&local, 0, SetIrp);
                Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copies[i], Irp);
                socket = (PWSK_SOCKET)Irp->IoStatus.Information;
                return STATUS_SUCCESS;
                break;
            case 1:
                Irp = IoAllocateIrp(2, FALSE);
                return CONNECTION(socket)->WskBind(socket, (PSOCKADDR)&local, 0, ctx->Irp);
                return STATUS_SUCCESS;
            default:
                if (!NT_SUCCESS(((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, NULL))) {
                    goto Exit;
                }
                if (sd) {
                    break;
                    cached = NULL;
                    break;
                }
                for (i = 0; i < 4; i++) {
                    if (!NT_SUCCESS(g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &copies[i], x ? &sd : NULL, NULL))) {
                        goto Exit;
                    }
                    if (!NT_SUCCESS(((PWSK_PROVIDER_DATAGRAM_DISPATCH)AcceptSocket->Dispatch)->WskSendTo(AcceptSocket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp))) {
                        goto Exit;
                    }
                    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, NULL);
                }
                break;
            }
            if (!NT_SUCCESS(Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copy, Irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
        } else {
            if (irp == NULL) {
                return STATUS_INSUFFICIENT_RESOURCES;
            }
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            CONNECTION(socket)->Basic.WskControlSocket(socket, WskIoctl, SO_WSK_SECURITY, 0, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &cached, &cached, irp);
        }
        if (cached == NULL) {
            ;
            ;
            if (!NT_SUCCESS(Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
                status = x ? irp : NULL->IoStatus.Status;
            }
        }
    }
    status = ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp);
    __try {
        status = Helper0(&g_Endpoint, socket, NULL, Out, Irp);
    } __finally {
        ;
        return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, NULL);
        return ((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, irp);
        return status;
    }
Exit:
    if (cached != NULL) {
        RELEASE_SD(cached);
    }
Cleanup:
    return status;
}

NTSTATUS
Entry2_1(PWSK_PROVIDER_NPI Npi, PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp, BOOLEAN Flag)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR sd = Sd;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PSECURITY_DESCRIPTOR copies[4];
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SIZE_T returned = 0;
    ULONG i = 0;
Retry:
    if (Flag) {
        if (!NT_SUCCESS(status)) {
            goto Exit;
        }
        Irp = IoAllocateIrp(2, FALSE);
        if (irp == NULL) {
            return STATUS_INSUFFICIENT_RESOURCES;
        }
        if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, Irp))) {
            goto Exit;
        }
    } else {
        switch (status) {
        case 0:
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            break;
        case 1:
            Irp = IoAllocateIrp(1, FALSE);
            if (!irp) goto Cleanup;
            status = Helper2(NULL, socket, sd, &ctx->CachedSd, NULL);
        default:
            ;
            switch (status) {
            case 0:
                if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, Irp))) {
                    goto Exit;
                }
                break;
            case 1:
                g_Sd = copy;
                return CONNECTION(socket)->Basic.WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, Irp);
            default:
                return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
                break;
            }
            ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, NULL, NULL, ctx->Irp);
            if (!NT_SUCCESS(CONNECTION(ctx->Socket)->WskConnect(ctx->Socket, (PSOCKADDR)&local, 0, irp))) {
                goto Exit;
            }
            break;
        }
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = Endpoint->Irp->IoStatus.Status;
        }
        Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp);
        socket = (PWSK_SOCKET)irp->IoStatus.Information;
        copies[i] = cached;
    }
    return g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
    return status;
}

#include "prog.h"

NTSTATUS
Helper0(PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SOCKADDR_IN local;
    ULONG i = 0;
    if (ctx->Socket) {
        ;
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = irp->IoStatus.Status;
        }
        ;
    } else {
        ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, ctx->Irp);
        if (!irp) goto Cleanup;
        if (i < 3) {
            switch (status) {
            case 0:
                break;
                CONNECTION(Endpoint->Socket)->WskBind(Endpoint->Socket, (PSOCKADDR)&local, 0, SetIrp);
                Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copies[i], Irp);
                socket = (PWSK_SOCKET)Irp->IoStatus.Information;
                return STATUS_SUCCESS;
                break;
            case 1:
                Irp = IoAllocateIrp(2, FALSE);
                return CONNECTION(socket)->WskBind(socket, (PSOCKADDR)&local, 0, ctx->Irp);
                return STATUS_SUCCESS;
            default:
                if (!NT_SUCCESS(((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, NULL))) {
                    goto Exit;
                }
                if (sd) {
                    break;
                    cached = NULL;
                    break;
                }
                for (i = 0; i < 4; i++) {
                    if (!NT_SUCCESS(g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &copies[i], x ? &sd : NULL, NULL))) {
                        goto Exit;
                    }
                    if (!NT_SUCCESS(((PWSK_PROVIDER_DATAGRAM_DISPATCH)AcceptSocket->Dispatch)->WskSendTo(AcceptSocket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp))) {
                        goto Exit;
                    }
                    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, NULL);
                }
                break;
            }
            if (!NT_SUCCESS(Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copy, Irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
        } else {
            if (irp == NULL) {
                return STATUS_INSUFFICIENT_RESOURCES;
            }
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            CONNECTION(socket)->Basic.WskControlSocket(socket, WskIoctl, SO_WSK_SECURITY, 0, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &cached, &cached, irp);
        }
        if (cached == NULL) {
            ;
            ;
            if (!NT_SUCCESS(Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
                status = x ? irp : NULL->IoStatus.Status;
            }
        }
    }
    status = ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp);
    __try {
        status = Helper0(&g_Endpoint, socket, NULL, Out, Irp);
    } __finally {
        ;
        return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, NULL);
        return ((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, irp);
        return status;
    }
Exit:
    if (cached != NULL) {
        RELEASE_SD(cached);
    }
Cleanup:
    return status;
}

NTSTATUS
Entry2_1(PWSK_PROVIDER_NPI Npi, PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp, BOOLEAN Flag)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR sd = Sd;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PSECURITY_DESCRIPTOR copies[4];
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SIZE_T returned = 0;
    ULONG i = 0;
Retry:
    if (Flag) {
        if (!NT_SUCCESS(status)) {
            goto Exit;
        }
        Irp = IoAllocateIrp(2, FALSE);
        if (irp == NULL) {
            return STATUS_INSUFFICIENT_RESOURCES;
        }
        if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, Irp))) {
            goto Exit;
        }
    } else {
        switch (status) {
        case 0:
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            break;
        case 1:
            Irp = IoAllocateIrp(1, FALSE);
            if (!irp) goto Cleanup;
            status = Helper2(NULL, socket, sd, &ctx->CachedSd, NULL);
        default:
            ;
            switch (status) {
            case 0:
                if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, Irp))) {
                    goto Exit;
                }
                break;
            case 1:
                g_Sd = copy;
                return CONNECTION(socket)->Basic.WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, Irp);
            default:
                return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
                break;
            }
            ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, NULL, NULL, ctx->Irp);
            if (!NT_SUCCESS(CONNECTION(ctx->Socket)->WskConnect(ctx->Socket, (PSOCKADDR)&local, 0, irp))) {
                goto Exit;
            }
            break;
        }
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = Endpoint->Irp->IoStatus.Status;
        }
        Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp);
        socket = (PWSK_SOCKET)irp->IoStatus.Information;
        copies[i] = cached;
    }
    return g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
    return status;
}

#include "prog.h"

NTSTATUS
Helper0(PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SOCKADDR_IN local;
    ULONG i = 0;
    if (ctx->Socket) {
        ;
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = irp->IoStatus.Status;
        }
        ;
    } else {
        ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, ctx->Irp);
        if (!irp) goto Cleanup;
        if (i < 3) {
            switch (status) {
            case 0:
                break;
                CONNECTION(Endpoint->Socket)->WskBind(Endpoint->Socket, (PSOCKADDR)&local, 0, SetIrp);
                Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copies[i], Irp);
                socket = (PWSK_SOCKET)Irp->IoStatus.Information;
                return STATUS_SUCCESS;
                break;
            case 1:
                Irp = IoAllocateIrp(2, FALSE);
                return CONNECTION(socket)->WskBind(socket, (PSOCKADDR)&local, 0, ctx->Irp);
                return STATUS_SUCCESS;
            default:
                if (!NT_SUCCESS(((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, NULL))) {
                    goto Exit;
                }
                if (sd) {
                    break;
                    cached = NULL;
                    break;
                }
                for (i = 0; i < 4; i++) {
                    if (!NT_SUCCESS(g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &copies[i], x ? &sd : NULL, NULL))) {
                        goto Exit;
                    }
                    if (!NT_SUCCESS(((PWSK_PROVIDER_DATAGRAM_DISPATCH)AcceptSocket->Dispatch)->WskSendTo(AcceptSocket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp))) {
                        goto Exit;
                    }
                    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, NULL);
                }
                break;
            }
            if (!NT_SUCCESS(Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copy, Irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
        } else {
            if (irp == NULL) {
                return STATUS_INSUFFICIENT_RESOURCES;
            }
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            CONNECTION(socket)->Basic.WskControlSocket(socket, WskIoctl, SO_WSK_SECURITY, 0, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &cached, &cached, irp);
        }
        if (cached == NULL) {
            ;
            ;
            if (!NT_SUCCESS(Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
                status = x ? irp : NULL->IoStatus.Status;
            }
        }
    }
    status = ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp);
    __try {
        status = Helper0(&g_Endpoint, socket, NULL, Out, Irp);
    } __finally {
        ;
        return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, NULL);
        return ((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, irp);
        return status;
    }
Exit:
    if (cached != NULL) {
        RELEASE_SD(cached);
    }
Cleanup:
    return status;
}

NTSTATUS
Entry2_1(PWSK_PROVIDER_NPI Npi, PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp, BOOLEAN Flag)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR sd = Sd;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PSECURITY_DESCRIPTOR copies[4];
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SIZE_T returned = 0;
    ULONG i = 0;
Retry:
    if (Flag) {
        if (!NT_SUCCESS(status)) {
            goto Exit;
        }
        Irp = IoAllocateIrp(2, FALSE);
        if (irp == NULL) {
            return STATUS_INSUFFICIENT_RESOURCES;
        }
        if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, Irp))) {
            goto Exit;
        }
    } else {
        switch (status) {
        case 0:
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            break;
        case 1:
            Irp = IoAllocateIrp(1, FALSE);
            if (!irp) goto Cleanup;
            status = Helper2(NULL, socket, sd, &ctx->CachedSd, NULL);
        default:
            ;
            switch (status) {
            case 0:
                if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, Irp))) {
                    goto Exit;
                }
                break;
            case 1:
                g_Sd = copy;
                return CONNECTION(socket)->Basic.WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, Irp);
            default:
                return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
                break;
            }
            ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, NULL, NULL, ctx->Irp);
            if (!NT_SUCCESS(CONNECTION(ctx->Socket)->WskConnect(ctx->Socket, (PSOCKADDR)&local, 0, irp))) {
                goto Exit;
            }
            break;
        }
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = Endpoint->Irp->IoStatus.Status;
        }
        Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp);
        socket = (PWSK_SOCKET)irp->IoStatus.Information;
        copies[i] = cached;
    }
    return g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
    return status;
}

#include "prog.h"

NTSTATUS
Helper0(PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SOCKADDR_IN local;
    ULONG i = 0;
    if (ctx->Socket) {
        ;
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = irp->IoStatus.Status;
        }
        ;
    } else {
        ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, ctx->Irp);
        if (!irp) goto Cleanup;
        if (i < 3) {
            switch (status) {
            case 0:
                break;
                CONNECTION(Endpoint->Socket)->WskBind(Endpoint->Socket, (PSOCKADDR)&local, 0, SetIrp);
                Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copies[i], Irp);
                socket = (PWSK_SOCKET)Irp->IoStatus.Information;
                return STATUS_SUCCESS;
                break;
            case 1:
                Irp = IoAllocateIrp(2, FALSE);
                return CONNECTION(socket)->WskBind(socket, (PSOCKADDR)&local, 0, ctx->Irp);
                return STATUS_SUCCESS;
            default:
                if (!NT_SUCCESS(((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, NULL))) {
                    goto Exit;
                }
                if (sd) {
                    break;
                    cached = NULL;
                    break;
                }
                for (i = 0; i < 4; i++) {
                    if (!NT_SUCCESS(g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &copies[i], x ? &sd : NULL, NULL))) {
                        goto Exit;
                    }
                    if (!NT_SUCCESS(((PWSK_PROVIDER_DATAGRAM_DISPATCH)AcceptSocket->Dispatch)->WskSendTo(AcceptSocket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp))) {
                        goto Exit;
                    }
                    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, NULL);
                }
                break;
            }
            if (!NT_SUCCESS(Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copy, Irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
        } else {
            if (irp == NULL) {
                return STATUS_INSUFFICIENT_RESOURCES;
            }
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            CONNECTION(socket)->Basic.WskControlSocket(socket, WskIoctl, SO_WSK_SECURITY, 0, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &cached, &cached, irp);
        }
        if (cached == NULL) {
            ;
            ;
            if (!NT_SUCCESS(Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
                status = x ? irp : NULL->IoStatus.Status;
            }
        }
    }
    status = ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp);
    __try {
        status = Helper0(&g_Endpoint, socket, NULL, Out, Irp);
    } __finally {
        ;
        return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, NULL);
        return ((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, irp);
        return status;
    }
Exit:
    if (cached != NULL) {
        RELEASE_SD(cached);
    }
Cleanup:
    return status;
}

NTSTATUS
Entry2_1(PWSK_PROVIDER_NPI Npi, PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp, BOOLEAN Flag)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR sd = Sd;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PSECURITY_DESCRIPTOR copies[4];
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SIZE_T returned = 0;
    ULONG i = 0;
Retry:
    if (Flag) {
        if (!NT_SUCCESS(status)) {
            goto Exit;
        }
        Irp = IoAllocateIrp(2, FALSE);
        if (irp == NULL) {
            return STATUS_INSUFFICIENT_RESOURCES;
        }
        if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, Irp))) {
            goto Exit;
        }
    } else {
        switch (status) {
        case 0:
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            break;
        case 1:
            Irp = IoAllocateIrp(1, FALSE);
            if (!irp) goto Cleanup;
            status = Helper2(NULL, socket, sd, &ctx->CachedSd, NULL);
        default:
            ;
            switch (status) {
            case 0:
                if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, Irp))) {
                    goto Exit;
                }
                break;
            case 1:
                g_Sd = copy;
                return CONNECTION(socket)->Basic.WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, Irp);
            default:
                return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
                break;
            }
            ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, NULL, NULL, ctx->Irp);
            if (!NT_SUCCESS(CONNECTION(ctx->Socket)->WskConnect(ctx->Socket, (PSOCKADDR)&local, 0, irp))) {
                goto Exit;
            }
            break;
        }
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = Endpoint->Irp->IoStatus.Status;
        }
        Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp);
        socket = (PWSK_SOCKET)irp->IoStatus.Information;
        copies[i] = cached;
    }
    return g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
    return status;
}

#include "prog.h"

NTSTATUS
Helper0(PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SOCKADDR_IN local;
    ULONG i = 0;
    if (ctx->Socket) {
        ;
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = irp->IoStatus.Status;
        }
        ;
    } else {
        ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, ctx->Irp);
        if (!irp) goto Cleanup;
        if (i < 3) {
            switch (status) {
            case 0:
                break;
                CONNECTION(Endpoint->Socket)->WskBind(Endpoint->Socket, (PSOCKADDR)&local, 0, SetIrp);
                Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copies[i], Irp);
                socket = (PWSK_SOCKET)Irp->IoStatus.Information;
                return STATUS_SUCCESS;
                break;
            case 1:
                Irp = IoAllocateIrp(2, FALSE);
                return CONNECTION(socket)->WskBind(socket, (PSOCKADDR)&local, 0, ctx->Irp);
                return STATUS_SUCCESS;
            default:
                if (!NT_SUCCESS(((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, NULL))) {
                    goto Exit;
                }
                if (sd) {
                    break;
                    cached = NULL;
                    break;
                }
                for (i = 0; i < 4; i++) {
                    if (!NT_SUCCESS(g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &copies[i], x ? &sd : NULL, NULL))) {
                        goto Exit;
                    }
                    if (!NT_SUCCESS(((PWSK_PROVIDER_DATAGRAM_DISPATCH)AcceptSocket->Dispatch)->WskSendTo(AcceptSocket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp))) {
                        goto Exit;
                    }
                    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, NULL);
                }
                break;
            }
            if (!NT_SUCCESS(Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copy, Irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
        } else {
            if (irp == NULL) {
                return STATUS_INSUFFICIENT_RESOURCES;
            }
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            CONNECTION(socket)->Basic.WskControlSocket(socket, WskIoctl, SO_WSK_SECURITY, 0, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &cached, &cached, irp);
        }
        if (cached == NULL) {
            ;
            ;
            if (!NT_SUCCESS(Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
                status = x ? irp : NULL->IoStatus.Status;
            }
        }
    }
    status = ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp);
    __try {
        status = Helper0(&g_Endpoint, socket, NULL, Out, Irp);
    } __finally {
        ;
        return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, NULL);
        return ((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, irp);
        return status;
    }
Exit:
    if (cached != NULL) {
        RELEASE_SD(cached);
    }
Cleanup:
    return status;
}

NTSTATUS
Entry2_1(PWSK_PROVIDER_NPI Npi, PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp, BOOLEAN Flag)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR sd = Sd;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PSECURITY_DESCRIPTOR copies[4];
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SIZE_T returned = 0;
    ULONG i = 0;
Retry:
    if (Flag) {
        if (!NT_SUCCESS(status)) {
            goto Exit;
        }
        Irp = IoAllocateIrp(2, FALSE);
        if (irp == NULL) {
            return STATUS_INSUFFICIENT_RESOURCES;
        }
        if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, Irp))) {
            goto Exit;
        }
    } else {
        switch (status) {
        case 0:
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            break;
        case 1:
            Irp = IoAllocateIrp(1, FALSE);
            if (!irp) goto Cleanup;
            status = Helper2(NULL, socket, sd, &ctx->CachedSd, NULL);
        default:
            ;
            switch (status) {
            case 0:
                if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, Irp))) {
                    goto Exit;
                }
                break;
            case 1:
                g_Sd = copy;
                return CONNECTION(socket)->Basic.WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, Irp);
            default:
                return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
                break;
            }
            ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, NULL, NULL, ctx->Irp);
            if (!NT_SUCCESS(CONNECTION(ctx->Socket)->WskConnect(ctx->Socket, (PSOCKADDR)&local, 0, irp))) {
                goto Exit;
            }
            break;
        }
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = Endpoint->Irp->IoStatus.Status;
        }
        Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp);
        socket = (PWSK_SOCKET)irp->IoStatus.Information;
        copies[i] = cached;
    }
    return g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
    return status;
}

#include "prog.h"

NTSTATUS
Helper0(PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SOCKADDR_IN local;
    ULONG i = 0;
    if (ctx->Socket) {
        ;
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = irp->IoStatus.Status;
        }
        ;
    } else {
        ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, ctx->Irp);
        if (!irp) goto Cleanup;
        if (i < 3) {
            switch (status) {
            case 0:
                break;
                CONNECTION(Endpoint->Socket)->WskBind(Endpoint->Socket, (PSOCKADDR)&local, 0, SetIrp);
                Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copies[i], Irp);
                socket = (PWSK_SOCKET)Irp->IoStatus.Information;
                return STATUS_SUCCESS;
                break;
            case 1:
                Irp = IoAllocateIrp(2, FALSE);
                return CONNECTION(socket)->WskBind(socket, (PSOCKADDR)&local, 0, ctx->Irp);
                return STATUS_SUCCESS;
            default:
                if (!NT_SUCCESS(((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, NULL))) {
                    goto Exit;
                }
                if (sd) {
                    break;
                    cached = NULL;
                    break;
                }
                for (i = 0; i < 4; i++) {
                    if (!NT_SUCCESS(g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &copies[i], x ? &sd : NULL, NULL))) {
                        goto Exit;
                    }
                    if (!NT_SUCCESS(((PWSK_PROVIDER_DATAGRAM_DISPATCH)AcceptSocket->Dispatch)->WskSendTo(AcceptSocket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp))) {
                        goto Exit;
                    }
                    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, NULL);
                }
                break;
            }
            if (!NT_SUCCESS(Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copy, Irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
        } else {
            if (irp == NULL) {
                return STATUS_INSUFFICIENT_RESOURCES;
            }
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            CONNECTION(socket)->Basic.WskControlSocket(socket, WskIoctl, SO_WSK_SECURITY, 0, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &cached, &cached, irp);
        }
        if (cached == NULL) {
            ;
            ;
            if (!NT_SUCCESS(Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
                status = x ? irp : NULL->IoStatus.Status;
            }
        }
    }
    status = ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp);
    __try {
        status = Helper0(&g_Endpoint, socket, NULL, Out, Irp);
    } __finally {
        ;
        return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, NULL);
        return ((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, irp);
        return status;
    }
Exit:
    if (cached != NULL) {
        RELEASE_SD(cached);
    }
Cleanup:
    return status;
}

NTSTATUS
Entry2_1(PWSK_PROVIDER_NPI Npi, PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp, BOOLEAN Flag)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR sd = Sd;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PSECURITY_DESCRIPTOR copies[4];
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SIZE_T returned = 0;
    ULONG i = 0;
Retry:
    if (Flag) {
        if (!NT_SUCCESS(status)) {
            goto Exit;
        }
        Irp = IoAllocateIrp(2, FALSE);
        if (irp == NULL) {
            return STATUS_INSUFFICIENT_RESOURCES;
        }
        if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, Irp))) {
            goto Exit;
        }
    } else {
        switch (status) {
        case 0:
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            break;
        case 1:
            Irp = IoAllocateIrp(1, FALSE);
            if (!irp) goto Cleanup;
            status = Helper2(NULL, socket, sd, &ctx->CachedSd, NULL);
        default:
            ;
            switch (status) {
            case 0:
                if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, Irp))) {
                    goto Exit;
                }
                break;
            case 1:
                g_Sd = copy;
                return CONNECTION(socket)->Basic.WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, Irp);
            default:
                return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
                break;
            }
            ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, NULL, NULL, ctx->Irp);
            if (!NT_SUCCESS(CONNECTION(ctx->Socket)->WskConnect(ctx->Socket, (PSOCKADDR)&local, 0, irp))) {
                goto Exit;
            }
            break;
        }
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = Endpoint->Irp->IoStatus.Status;
        }
        Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp);
        socket = (PWSK_SOCKET)irp->IoStatus.Information;
        copies[i] = cached;
    }
    return g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
    return status;
}

#include "prog.h"

NTSTATUS
Helper0(PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SOCKADDR_IN local;
    ULONG i = 0;
    if (ctx->Socket) {
        ;
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = irp->IoStatus.Status;
        }
        ;
    } else {
        ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, ctx->Irp);
        if (!irp) goto Cleanup;
        if (i < 3) {
            switch (status) {
            case 0:
                break;
                CONNECTION(Endpoint->Socket)->WskBind(Endpoint->Socket, (PSOCKADDR)&local, 0, SetIrp);
                Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copies[i], Irp);
                socket = (PWSK_SOCKET)Irp->IoStatus.Information;
                return STATUS_SUCCESS;
                break;
            case 1:
                Irp = IoAllocateIrp(2, FALSE);
                return CONNECTION(socket)->WskBind(socket, (PSOCKADDR)&local, 0, ctx->Irp);
                return STATUS_SUCCESS;
            default:
                if (!NT_SUCCESS(((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, NULL))) {
                    goto Exit;
                }
                if (sd) {
                    break;
                    cached = NULL;
                    break;
                }
                for (i = 0; i < 4; i++) {
                    if (!NT_SUCCESS(g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &copies[i], x ? &sd : NULL, NULL))) {
                        goto Exit;
                    }
                    if (!NT_SUCCESS(((PWSK_PROVIDER_DATAGRAM_DISPATCH)AcceptSocket->Dispatch)->WskSendTo(AcceptSocket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp))) {
                        goto Exit;
                    }
                    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, NULL);
                }
                break;
            }
            if (!NT_SUCCESS(Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copy, Irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
        } else {
            if (irp == NULL) {
                return STATUS_INSUFFICIENT_RESOURCES;
            }
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            CONNECTION(socket)->Basic.WskControlSocket(socket, WskIoctl, SO_WSK_SECURITY, 0, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &cached, &cached, irp);
        }
        if (cached == NULL) {
            ;
            ;
            if (!NT_SUCCESS(Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
                status = x ? irp : NULL->IoStatus.Status;
            }
        }
    }
    status = ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp);
    __try {
        status = Helper0(&g_Endpoint, socket, NULL, Out, Irp);
    } __finally {
        ;
        return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, NULL);
        return ((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, irp);
        return status;
    }
Exit:
    if (cached != NULL) {
        RELEASE_SD(cached);
    }
Cleanup:
    return status;
}

NTSTATUS
Entry2_1(PWSK_PROVIDER_NPI Npi, PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp, BOOLEAN Flag)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR sd = Sd;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PSECURITY_DESCRIPTOR copies[4];
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SIZE_T returned = 0;
    ULONG i = 0;
Retry:
    if (Flag) {
        if (!NT_SUCCESS(status)) {
            goto Exit;
        }
        Irp = IoAllocateIrp(2, FALSE);
        if (irp == NULL) {
            return STATUS_INSUFFICIENT_RESOURCES;
        }
        if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, Irp))) {
            goto Exit;
        }
    } else {
        switch (status) {
        case 0:
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            break;
        case 1:
            Irp = IoAllocateIrp(1, FALSE);
            if (!irp) goto Cleanup;
            status = Helper2(NULL, socket, sd, &ctx->CachedSd, NULL);
        default:
            ;
            switch (status) {
            case 0:
                if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, Irp))) {
                    goto Exit;
                }
                break;
            case 1:
                g_Sd = copy;
                return CONNECTION(socket)->Basic.WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, Irp);
            default:
                return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
                break;
            }
            ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, NULL, NULL, ctx->Irp);
            if (!NT_SUCCESS(CONNECTION(ctx->Socket)->WskConnect(ctx->Socket, (PSOCKADDR)&local, 0, irp))) {
                goto Exit;
            }
            break;
        }
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = Endpoint->Irp->IoStatus.Status;
        }
        Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp);
        socket = (PWSK_SOCKET)irp->IoStatus.Information;
        copies[i] = cached;
    }
    return g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
    return status;
}

#include "prog.h"

NTSTATUS
Helper0(PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SOCKADDR_IN local;
    ULONG i = 0;
    if (ctx->Socket) {
        ;
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = irp->IoStatus.Status;
        }
        ;
    } else {
        ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, ctx->Irp);
        if (!irp) goto Cleanup;
        if (i < 3) {
            switch (status) {
            case 0:
                break;
                CONNECTION(Endpoint->Socket)->WskBind(Endpoint->Socket, (PSOCKADDR)&local, 0, SetIrp);
                Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copies[i], Irp);
                socket = (PWSK_SOCKET)Irp->IoStatus.Information;
                return STATUS_SUCCESS;
                break;
            case 1:
                Irp = IoAllocateIrp(2, FALSE);
                return CONNECTION(socket)->WskBind(socket, (PSOCKADDR)&local, 0, ctx->Irp);
                return STATUS_SUCCESS;
            default:
                if (!NT_SUCCESS(((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, NULL))) {
                    goto Exit;
                }
                if (sd) {
                    break;
                    cached = NULL;
                    break;
                }
                for (i = 0; i < 4; i++) {
                    if (!NT_SUCCESS(g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &copies[i], x ? &sd : NULL, NULL))) {
                        goto Exit;
                    }
                    if (!NT_SUCCESS(((PWSK_PROVIDER_DATAGRAM_DISPATCH)AcceptSocket->Dispatch)->WskSendTo(AcceptSocket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp))) {
                        goto Exit;
                    }
                    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, NULL);
                }
                break;
            }
            if (!NT_SUCCESS(Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copy, Irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
        } else {
            if (irp == NULL) {
                return STATUS_INSUFFICIENT_RESOURCES;
            }
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            CONNECTION(socket)->Basic.WskControlSocket(socket, WskIoctl, SO_WSK_SECURITY, 0, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &cached, &cached, irp);
        }
        if (cached == NULL) {
            ;
            ;
            if (!NT_SUCCESS(Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
                status = x ? irp : NULL->IoStatus.Status;
            }
        }
    }
    status = ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp);
    __try {
        status = Helper0(&g_Endpoint, socket, NULL, Out, Irp);
    } __finally {
        ;
        return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, NULL);
        return ((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, irp);
        return status;
    }
Exit:
    if (cached != NULL) {
        RELEASE_SD(cached);
    }
Cleanup:
    return status;
}

NTSTATUS
Entry2_1(PWSK_PROVIDER_NPI Npi, PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp, BOOLEAN Flag)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR sd = Sd;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PSECURITY_DESCRIPTOR copies[4];
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SIZE_T returned = 0;
    ULONG i = 0;
Retry:
    if (Flag) {
        if (!NT_SUCCESS(status)) {
            goto Exit;
        }
        Irp = IoAllocateIrp(2, FALSE);
        if (irp == NULL) {
            return STATUS_INSUFFICIENT_RESOURCES;
        }
        if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, Irp))) {
            goto Exit;
        }
    } else {
        switch (status) {
        case 0:
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            break;
        case 1:
            Irp = IoAllocateIrp(1, FALSE);
            if (!irp) goto Cleanup;
            status = Helper2(NULL, socket, sd, &ctx->CachedSd, NULL);
        default:
            ;
            switch (status) {
            case 0:
                if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, Irp))) {
                    goto Exit;
                }
                break;
            case 1:
                g_Sd = copy;
                return CONNECTION(socket)->Basic.WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, Irp);
            default:
                return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
                break;
            }
            ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, NULL, NULL, ctx->Irp);
            if (!NT_SUCCESS(CONNECTION(ctx->Socket)->WskConnect(ctx->Socket, (PSOCKADDR)&local, 0, irp))) {
                goto Exit;
            }
            break;
        }
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = Endpoint->Irp->IoStatus.Status;
        }
        Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp);
        socket = (PWSK_SOCKET)irp->IoStatus.Information;
        copies[i] = cached;
    }
    return g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
    return status;
}

#include "prog.h"

NTSTATUS
Helper0(PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SOCKADDR_IN local;
    ULONG i = 0;
    if (ctx->Socket) {
        ;
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = irp->IoStatus.Status;
        }
        ;
    } else {
        ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, ctx->Irp);
        if (!irp) goto Cleanup;
        if (i < 3) {
            switch (status) {
            case 0:
                break;
                CONNECTION(Endpoint->Socket)->WskBind(Endpoint->Socket, (PSOCKADDR)&local, 0, SetIrp);
                Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copies[i], Irp);
                socket = (PWSK_SOCKET)Irp->IoStatus.Information;
                return STATUS_SUCCESS;
                break;
            case 1:
                Irp = IoAllocateIrp(2, FALSE);
                return CONNECTION(socket)->WskBind(socket, (PSOCKADDR)&local, 0, ctx->Irp);
                return STATUS_SUCCESS;
            default:
                if (!NT_SUCCESS(((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, NULL))) {
                    goto Exit;
                }
                if (sd) {
                    break;
                    cached = NULL;
                    break;
                }
                for (i = 0; i < 4; i++) {
                    if (!NT_SUCCESS(g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &copies[i], x ? &sd : NULL, NULL))) {
                        goto Exit;
                    }
                    if (!NT_SUCCESS(((PWSK_PROVIDER_DATAGRAM_DISPATCH)AcceptSocket->Dispatch)->WskSendTo(AcceptSocket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp))) {
                        goto Exit;
                    }
                    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, NULL);
                }
                break;
            }
            if (!NT_SUCCESS(Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copy, Irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
        } else {
            if (irp == NULL) {
                return STATUS_INSUFFICIENT_RESOURCES;
            }
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            CONNECTION(socket)->Basic.WskControlSocket(socket, WskIoctl, SO_WSK_SECURITY, 0, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &cached, &cached, irp);
        }
        if (cached == NULL) {
            ;
            ;
            if (!NT_SUCCESS(Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
                status = x ? irp : NULL->IoStatus.Status;
            }
        }
    }
    status = ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp);
    __try {
        status = Helper0(&g_Endpoint, socket, NULL, Out, Irp);
    } __finally {
        ;
        return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, NULL);
        return ((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, irp);
        return status;
    }
Exit:
    if (cached != NULL) {
        RELEASE_SD(cached);
    }
Cleanup:
    return status;
}

NTSTATUS
Entry2_1(PWSK_PROVIDER_NPI Npi, PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp, BOOLEAN Flag)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR sd = Sd;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PSECURITY_DESCRIPTOR copies[4];
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SIZE_T returned = 0;
    ULONG i = 0;
Retry:
    if (Flag) {
        if (!NT_SUCCESS(status)) {
            goto Exit;
        }
        Irp = IoAllocateIrp(2, FALSE);
        if (irp == NULL) {
            return STATUS_INSUFFICIENT_RESOURCES;
        }
        if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, Irp))) {
            goto Exit;
        }
    } else {
        switch (status) {
        case 0:
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            break;
        case 1:
            Irp = IoAllocateIrp(1, FALSE);
            if (!irp) goto Cleanup;
            status = Helper2(NULL, socket, sd, &ctx->CachedSd, NULL);
        default:
            ;
            switch (status) {
            case 0:
                if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, Irp))) {
                    goto Exit;
                }
                break;
            case 1:
                g_Sd = copy;
                return CONNECTION(socket)->Basic.WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, Irp);
            default:
                return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
                break;
            }
            ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, NULL, NULL, ctx->Irp);
            if (!NT_SUCCESS(CONNECTION(ctx->Socket)->WskConnect(ctx->Socket, (PSOCKADDR)&local, 0, irp))) {
                goto Exit;
            }
            break;
        }
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = Endpoint->Irp->IoStatus.Status;
        }
        Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp);
        socket = (PWSK_SOCKET)irp->IoStatus.Information;
        copies[i] = cached;
    }
    return g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
    return status;
}

#include "prog.h"

NTSTATUS
Helper0(PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SOCKADDR_IN local;
    ULONG i = 0;
    if (ctx->Socket) {
        ;
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = irp->IoStatus.Status;
        }
        ;
    } else {
        ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, ctx->Irp);
        if (!irp) goto Cleanup;
        if (i < 3) {
            switch (status) {
            case 0:
                break;
                CONNECTION(Endpoint->Socket)->WskBind(Endpoint->Socket, (PSOCKADDR)&local, 0, SetIrp);
                Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copies[i], Irp);
                socket = (PWSK_SOCKET)Irp->IoStatus.Information;
                return STATUS_SUCCESS;
                break;
            case 1:
                Irp = IoAllocateIrp(2, FALSE);
                return CONNECTION(socket)->WskBind(socket, (PSOCKADDR)&local, 0, ctx->Irp);
                return STATUS_SUCCESS;
            default:
                if (!NT_SUCCESS(((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, NULL))) {
                    goto Exit;
                }
                if (sd) {
                    break;
                    cached = NULL;
                    break;
                }
                for (i = 0; i < 4; i++) {
                    if (!NT_SUCCESS(g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &copies[i], x ? &sd : NULL, NULL))) {
                        goto Exit;
                    }
                    if (!NT_SUCCESS(((PWSK_PROVIDER_DATAGRAM_DISPATCH)AcceptSocket->Dispatch)->WskSendTo(AcceptSocket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp))) {
                        goto Exit;
                    }
                    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, NULL);
                }
                break;
            }
            if (!NT_SUCCESS(Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copy, Irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
        } else {
            if (irp == NULL) {
                return STATUS_INSUFFICIENT_RESOURCES;
            }
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            CONNECTION(socket)->Basic.WskControlSocket(socket, WskIoctl, SO_WSK_SECURITY, 0, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &cached, &cached, irp);
        }
        if (cached == NULL) {
            ;
            ;
            if (!NT_SUCCESS(Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
                status = x ? irp : NULL->IoStatus.Status;
            }
        }
    }
    status = ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp);
    __try {
        status = Helper0(&g_Endpoint, socket, NULL, Out, Irp);
    } __finally {
        ;
        return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, NULL);
        return ((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, irp);
        return status;
    }
Exit:
    if (cached != NULL) {
        RELEASE_SD(cached);
    }
Cleanup:
    return status;
}

NTSTATUS
Entry2_1(PWSK_PROVIDER_NPI Npi, PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp, BOOLEAN Flag)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR sd = Sd;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PSECURITY_DESCRIPTOR copies[4];
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SIZE_T returned = 0;
    ULONG i = 0;
Retry:
    if (Flag) {
        if (!NT_SUCCESS(status)) {
            goto Exit;
        }
        Irp = IoAllocateIrp(2, FALSE);
        if (irp == NULL) {
            return STATUS_INSUFFICIENT_RESOURCES;
        }
        if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, Irp))) {
            goto Exit;
        }
    } else {
        switch (status) {
        case 0:
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            break;
        case 1:
            Irp = IoAllocateIrp(1, FALSE);
            if (!irp) goto Cleanup;
            status = Helper2(NULL, socket, sd, &ctx->CachedSd, NULL);
        default:
            ;
            switch (status) {
            case 0:
                if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, Irp))) {
                    goto Exit;
                }
                break;
            case 1:
                g_Sd = copy;
                return CONNECTION(socket)->Basic.WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, Irp);
            default:
                return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
                break;
            }
            ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, NULL, NULL, ctx->Irp);
            if (!NT_SUCCESS(CONNECTION(ctx->Socket)->WskConnect(ctx->Socket, (PSOCKADDR)&local, 0, irp))) {
                goto Exit;
            }
            break;
        }
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = Endpoint->Irp->IoStatus.Status;
        }
        Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp);
        socket = (PWSK_SOCKET)irp->IoStatus.Information;
        copies[i] = cached;
    }
    return g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
    return status;
}

#include "prog.h"

NTSTATUS
Helper0(PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SOCKADDR_IN local;
    ULONG i = 0;
    if (ctx->Socket) {
        ;
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = irp->IoStatus.Status;
        }
        ;
    } else {
        ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, ctx->Irp);
        if (!irp) goto Cleanup;
        if (i < 3) {
            switch (status) {
            case 0:
                break;
                CONNECTION(Endpoint->Socket)->WskBind(Endpoint->Socket, (PSOCKADDR)&local, 0, SetIrp);
                Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copies[i], Irp);
                socket = (PWSK_SOCKET)Irp->IoStatus.Information;
                return STATUS_SUCCESS;
                break;
            case 1:
                Irp = IoAllocateIrp(2, FALSE);
                return CONNECTION(socket)->WskBind(socket, (PSOCKADDR)&local, 0, ctx->Irp);
                return STATUS_SUCCESS;
            default:
                if (!NT_SUCCESS(((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, NULL))) {
                    goto Exit;
                }
                if (sd) {
                    break;
                    cached = NULL;
                    break;
                }
                for (i = 0; i < 4; i++) {
                    if (!NT_SUCCESS(g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &copies[i], x ? &sd : NULL, NULL))) {
                        goto Exit;
                    }
                    if (!NT_SUCCESS(((PWSK_PROVIDER_DATAGRAM_DISPATCH)AcceptSocket->Dispatch)->WskSendTo(AcceptSocket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp))) {
                        goto Exit;
                    }
                    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, NULL);
                }
                break;
            }
            if (!NT_SUCCESS(Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copy, Irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
        } else {
            if (irp == NULL) {
                return STATUS_INSUFFICIENT_RESOURCES;
            }
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            CONNECTION(socket)->Basic.WskControlSocket(socket, WskIoctl, SO_WSK_SECURITY, 0, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &cached, &cached, irp);
        }
        if (cached == NULL) {
            ;
            ;
            if (!NT_SUCCESS(Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
                status = x ? irp : NULL->IoStatus.Status;
            }
        }
    }
    status = ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp);
    __try {
        status = Helper0(&g_Endpoint, socket, NULL, Out, Irp);
    } __finally {
        ;
        return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, NULL);
        return ((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, irp);
        return status;
    }
Exit:
    if (cached != NULL) {
        RELEASE_SD(cached);
    }
Cleanup:
    return status;
}

NTSTATUS
Entry2_1(PWSK_PROVIDER_NPI Npi, PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp, BOOLEAN Flag)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR sd = Sd;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PSECURITY_DESCRIPTOR copies[4];
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SIZE_T returned = 0;
    ULONG i = 0;
Retry:
    if (Flag) {
        if (!NT_SUCCESS(status)) {
            goto Exit;
        }
        Irp = IoAllocateIrp(2, FALSE);
        if (irp == NULL) {
            return STATUS_INSUFFICIENT_RESOURCES;
        }
        if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, Irp))) {
            goto Exit;
        }
    } else {
        switch (status) {
        case 0:
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            break;
        case 1:
            Irp = IoAllocateIrp(1, FALSE);
            if (!irp) goto Cleanup;
            status = Helper2(NULL, socket, sd, &ctx->CachedSd, NULL);
        default:
            ;
            switch (status) {
            case 0:
                if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, Irp))) {
                    goto Exit;
                }
                break;
            case 1:
                g_Sd = copy;
                return CONNECTION(socket)->Basic.WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, Irp);
            default:
                return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
                break;
            }
            ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, NULL, NULL, ctx->Irp);
            if (!NT_SUCCESS(CONNECTION(ctx->Socket)->WskConnect(ctx->Socket, (PSOCKADDR)&local, 0, irp))) {
                goto Exit;
            }
            break;
        }
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = Endpoint->Irp->IoStatus.Status;
        }
        Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp);
        socket = (PWSK_SOCKET)irp->IoStatus.Information;
        copies[i] = cached;
    }
    return g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
    return status;
}

#include "prog.h"

NTSTATUS
Helper0(PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SOCKADDR_IN local;
    ULONG i = 0;
    if (ctx->Socket) {
        ;
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = irp->IoStatus.Status;
        }
        ;
    } else {
        ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, ctx->Irp);
        if (!irp) goto Cleanup;
        if (i < 3) {
            switch (status) {
            case 0:
                break;
                CONNECTION(Endpoint->Socket)->WskBind(Endpoint->Socket, (PSOCKADDR)&local, 0, SetIrp);
                Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copies[i], Irp);
                socket = (PWSK_SOCKET)Irp->IoStatus.Information;
                return STATUS_SUCCESS;
                break;
            case 1:
                Irp = IoAllocateIrp(2, FALSE);
                return CONNECTION(socket)->WskBind(socket, (PSOCKADDR)&local, 0, ctx->Irp);
                return STATUS_SUCCESS;
            default:
                if (!NT_SUCCESS(((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, NULL))) {
                    goto Exit;
                }
                if (sd) {
                    break;
                    cached = NULL;
                    break;
                }
                for (i = 0; i < 4; i++) {
                    if (!NT_SUCCESS(g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &copies[i], x ? &sd : NULL, NULL))) {
                        goto Exit;
                    }
                    if (!NT_SUCCESS(((PWSK_PROVIDER_DATAGRAM_DISPATCH)AcceptSocket->Dispatch)->WskSendTo(AcceptSocket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp))) {
                        goto Exit;
                    }
                    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, NULL);
                }
                break;
            }
            if (!NT_SUCCESS(Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copy, Irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
        } else {
            if (irp == NULL) {
                return STATUS_INSUFFICIENT_RESOURCES;
            }
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            CONNECTION(socket)->Basic.WskControlSocket(socket, WskIoctl, SO_WSK_SECURITY, 0, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &cached, &cached, irp);
        }
        if (cached == NULL) {
            ;
            ;
            if (!NT_SUCCESS(Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
                status = x ? irp : NULL->IoStatus.Status;
            }
        }
    }
    status = ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp);
    __try {
        status = Helper0(&g_Endpoint, socket, NULL, Out, Irp);
    } __finally {
        ;
        return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, NULL);
        return ((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, irp);
        return status;
    }
Exit:
    if (cached != NULL) {
        RELEASE_SD(cached);
    }
Cleanup:
    return status;
}

NTSTATUS
Entry2_1(PWSK_PROVIDER_NPI Npi, PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp, BOOLEAN Flag)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR sd = Sd;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PSECURITY_DESCRIPTOR copies[4];
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SIZE_T returned = 0;
    ULONG i = 0;
Retry:
    if (Flag) {
        if (!NT_SUCCESS(status)) {
            goto Exit;
        }
        Irp = IoAllocateIrp(2, FALSE);
        if (irp == NULL) {
            return STATUS_INSUFFICIENT_RESOURCES;
        }
        if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, Irp))) {
            goto Exit;
        }
    } else {
        switch (status) {
        case 0:
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            break;
        case 1:
            Irp = IoAllocateIrp(1, FALSE);
            if (!irp) goto Cleanup;
            status = Helper2(NULL, socket, sd, &ctx->CachedSd, NULL);
        default:
            ;
            switch (status) {
            case 0:
                if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, Irp))) {
                    goto Exit;
                }
                break;
            case 1:
                g_Sd = copy;
                return CONNECTION(socket)->Basic.WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, Irp);
            default:
                return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
                break;
            }
            ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, NULL, NULL, ctx->Irp);
            if (!NT_SUCCESS(CONNECTION(ctx->Socket)->WskConnect(ctx->Socket, (PSOCKADDR)&local, 0, irp))) {
                goto Exit;
            }
            break;
        }
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = Endpoint->Irp->IoStatus.Status;
        }
        Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp);
        socket = (PWSK_SOCKET)irp->IoStatus.Information;
        copies[i] = cached;
    }
    return g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
    return status;
}

#include "prog.h"

NTSTATUS
Helper0(PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SOCKADDR_IN local;
    ULONG i = 0;
    if (ctx->Socket) {
        ;
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = irp->IoStatus.Status;
        }
        ;
    } else {
        ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, ctx->Irp);
        if (!irp) goto Cleanup;
        if (i < 3) {
            switch (status) {
            case 0:
                break;
                CONNECTION(Endpoint->Socket)->WskBind(Endpoint->Socket, (PSOCKADDR)&local, 0, SetIrp);
                Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copies[i], Irp);
                socket = (PWSK_SOCKET)Irp->IoStatus.Information;
                return STATUS_SUCCESS;
                break;
            case 1:
                Irp = IoAllocateIrp(2, FALSE);
                return CONNECTION(socket)->WskBind(socket, (PSOCKADDR)&local, 0, ctx->Irp);
                return STATUS_SUCCESS;
            default:
                if (!NT_SUCCESS(((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, NULL))) {
                    goto Exit;
                }
                if (sd) {
                    break;
                    cached = NULL;
                    break;
                }
                for (i = 0; i < 4; i++) {
                    if (!NT_SUCCESS(g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &copies[i], x ? &sd : NULL, NULL))) {
                        goto Exit;
                    }
                    if (!NT_SUCCESS(((PWSK_PROVIDER_DATAGRAM_DISPATCH)AcceptSocket->Dispatch)->WskSendTo(AcceptSocket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp))) {
                        goto Exit;
                    }
                    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, NULL);
                }
                break;
            }
            if (!NT_SUCCESS(Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copy, Irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
        } else {
            if (irp == NULL) {
                return STATUS_INSUFFICIENT_RESOURCES;
            }
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            CONNECTION(socket)->Basic.WskControlSocket(socket, WskIoctl, SO_WSK_SECURITY, 0, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &cached, &cached, irp);
        }
        if (cached == NULL) {
            ;
            ;
            if (!NT_SUCCESS(Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
                status = x ? irp : NULL->IoStatus.Status;
            }
        }
    }
    status = ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp);
    __try {
        status = Helper0(&g_Endpoint, socket, NULL, Out, Irp);
    } __finally {
        ;
        return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, NULL);
        return ((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, irp);
        return status;
    }
Exit:
    if (cached != NULL) {
        RELEASE_SD(cached);
    }
Cleanup:
    return status;
}

NTSTATUS
Entry2_1(PWSK_PROVIDER_NPI Npi, PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp, BOOLEAN Flag)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR sd = Sd;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PSECURITY_DESCRIPTOR copies[4];
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SIZE_T returned = 0;
    ULONG i = 0;
Retry:
    if (Flag) {
        if (!NT_SUCCESS(status)) {
            goto Exit;
        }
        Irp = IoAllocateIrp(2, FALSE);
        if (irp == NULL) {
            return STATUS_INSUFFICIENT_RESOURCES;
        }
        if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, Irp))) {
            goto Exit;
        }
    } else {
        switch (status) {
        case 0:
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            break;
        case 1:
            Irp = IoAllocateIrp(1, FALSE);
            if (!irp) goto Cleanup;
            status = Helper2(NULL, socket, sd, &ctx->CachedSd, NULL);
        default:
            ;
            switch (status) {
            case 0:
                if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, Irp))) {
                    goto Exit;
                }
                break;
            case 1:
                g_Sd = copy;
                return CONNECTION(socket)->Basic.WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, Irp);
            default:
                return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
                break;
            }
            ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, NULL, NULL, ctx->Irp);
            if (!NT_SUCCESS(CONNECTION(ctx->Socket)->WskConnect(ctx->Socket, (PSOCKADDR)&local, 0, irp))) {
                goto Exit;
            }
            break;
        }
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = Endpoint->Irp->IoStatus.Status;
        }
        Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp);
        socket = (PWSK_SOCKET)irp->IoStatus.Information;
        copies[i] = cached;
    }
    return g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
    return status;
}

#include "prog.h"

NTSTATUS
Helper0(PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SOCKADDR_IN local;
    ULONG i = 0;
    if (ctx->Socket) {
        ;
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = irp->IoStatus.Status;
        }
        ;
    } else {
        ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, ctx->Irp);
        if (!irp) goto Cleanup;
        if (i < 3) {
            switch (status) {
            case 0:
                break;
                CONNECTION(Endpoint->Socket)->WskBind(Endpoint->Socket, (PSOCKADDR)&local, 0, SetIrp);
                Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copies[i], Irp);
                socket = (PWSK_SOCKET)Irp->IoStatus.Information;
                return STATUS_SUCCESS;
                break;
            case 1:
                Irp = IoAllocateIrp(2, FALSE);
                return CONNECTION(socket)->WskBind(socket, (PSOCKADDR)&local, 0, ctx->Irp);
                return STATUS_SUCCESS;
            default:
                if (!NT_SUCCESS(((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, NULL))) {
                    goto Exit;
                }
                if (sd) {
                    break;
                    cached = NULL;
                    break;
                }
                for (i = 0; i < 4; i++) {
                    if (!NT_SUCCESS(g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &copies[i], x ? &sd : NULL, NULL))) {
                        goto Exit;
                    }
                    if (!NT_SUCCESS(((PWSK_PROVIDER_DATAGRAM_DISPATCH)AcceptSocket->Dispatch)->WskSendTo(AcceptSocket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp))) {
                        goto Exit;
                    }
                    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, NULL);
                }
                break;
            }
            if (!NT_SUCCESS(Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copy, Irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
        } else {
            if (irp == NULL) {
                return STATUS_INSUFFICIENT_RESOURCES;
            }
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            CONNECTION(socket)->Basic.WskControlSocket(socket, WskIoctl, SO_WSK_SECURITY, 0, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &cached, &cached, irp);
        }
        if (cached == NULL) {
            ;
            ;
            if (!NT_SUCCESS(Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
                status = x ? irp : NULL->IoStatus.Status;
            }
        }
    }
    status = ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp);
    __try {
        status = Helper0(&g_Endpoint, socket, NULL, Out, Irp);
    } __finally {
        ;
        return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, NULL);
        return ((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, irp);
        return status;
    }
Exit:
    if (cached != NULL) {
        RELEASE_SD(cached);
    }
Cleanup:
    return status;
}

NTSTATUS
Entry2_1(PWSK_PROVIDER_NPI Npi, PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp, BOOLEAN Flag)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR sd = Sd;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PSECURITY_DESCRIPTOR copies[4];
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SIZE_T returned = 0;
    ULONG i = 0;
Retry:
    if (Flag) {
        if (!NT_SUCCESS(status)) {
            goto Exit;
        }
        Irp = IoAllocateIrp(2, FALSE);
        if (irp == NULL) {
            return STATUS_INSUFFICIENT_RESOURCES;
        }
        if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, Irp))) {
            goto Exit;
        }
    } else {
        switch (status) {
        case 0:
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            break;
        case 1:
            Irp = IoAllocateIrp(1, FALSE);
            if (!irp) goto Cleanup;
            status = Helper2(NULL, socket, sd, &ctx->CachedSd, NULL);
        default:
            ;
            switch (status) {
            case 0:
                if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, Irp))) {
                    goto Exit;
                }
                break;
            case 1:
                g_Sd = copy;
                return CONNECTION(socket)->Basic.WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, Irp);
            default:
                return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
                break;
            }
            ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, NULL, NULL, ctx->Irp);
            if (!NT_SUCCESS(CONNECTION(ctx->Socket)->WskConnect(ctx->Socket, (PSOCKADDR)&local, 0, irp))) {
                goto Exit;
            }
            break;
        }
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = Endpoint->Irp->IoStatus.Status;
        }
        Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp);
        socket = (PWSK_SOCKET)irp->IoStatus.Information;
        copies[i] = cached;
    }
    return g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
    return status;
}

#include "prog.h"

NTSTATUS
Helper0(PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SOCKADDR_IN local;
    ULONG i = 0;
    if (ctx->Socket) {
        ;
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = irp->IoStatus.Status;
        }
        ;
    } else {
        ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, ctx->Irp);
        if (!irp) goto Cleanup;
        if (i < 3) {
            switch (status) {
            case 0:
                break;
                CONNECTION(Endpoint->Socket)->WskBind(Endpoint->Socket, (PSOCKADDR)&local, 0, SetIrp);
                Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copies[i], Irp);
                socket = (PWSK_SOCKET)Irp->IoStatus.Information;
                return STATUS_SUCCESS;
                break;
            case 1:
                Irp = IoAllocateIrp(2, FALSE);
                return CONNECTION(socket)->WskBind(socket, (PSOCKADDR)&local, 0, ctx->Irp);
                return STATUS_SUCCESS;
            default:
                if (!NT_SUCCESS(((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, NULL))) {
                    goto Exit;
                }
                if (sd) {
                    break;
                    cached = NULL;
                    break;
                }
                for (i = 0; i < 4; i++) {
                    if (!NT_SUCCESS(g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &copies[i], x ? &sd : NULL, NULL))) {
                        goto Exit;
                    }
                    if (!NT_SUCCESS(((PWSK_PROVIDER_DATAGRAM_DISPATCH)AcceptSocket->Dispatch)->WskSendTo(AcceptSocket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp))) {
                        goto Exit;
                    }
                    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, NULL);
                }
                break;
            }
            if (!NT_SUCCESS(Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copy, Irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
        } else {
            if (irp == NULL) {
                return STATUS_INSUFFICIENT_RESOURCES;
            }
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            CONNECTION(socket)->Basic.WskControlSocket(socket, WskIoctl, SO_WSK_SECURITY, 0, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &cached, &cached, irp);
        }
        if (cached == NULL) {
            ;
            ;
            if (!NT_SUCCESS(Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
                status = x ? irp : NULL->IoStatus.Status;
            }
        }
    }
    status = ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp);
    __try {
        status = Helper0(&g_Endpoint, socket, NULL, Out, Irp);
    } __finally {
        ;
        return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, NULL);
        return ((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, irp);
        return status;
    }
Exit:
    if (cached != NULL) {
        RELEASE_SD(cached);
    }
Cleanup:
    return status;
}

NTSTATUS
Entry2_1(PWSK_PROVIDER_NPI Npi, PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp, BOOLEAN Flag)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR sd = Sd;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PSECURITY_DESCRIPTOR copies[4];
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SIZE_T returned = 0;
    ULONG i = 0;
Retry:
    if (Flag) {
        if (!NT_SUCCESS(status)) {
            goto Exit;
        }
        Irp = IoAllocateIrp(2, FALSE);
        if (irp == NULL) {
            return STATUS_INSUFFICIENT_RESOURCES;
        }
        if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, Irp))) {
            goto Exit;
        }
    } else {
        switch (status) {
        case 0:
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            break;
        case 1:
            Irp = IoAllocateIrp(1, FALSE);
            if (!irp) goto Cleanup;
            status = Helper2(NULL, socket, sd, &ctx->CachedSd, NULL);
        default:
            ;
            switch (status) {
            case 0:
                if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, Irp))) {
                    goto Exit;
                }
                break;
            case 1:
                g_Sd = copy;
                return CONNECTION(socket)->Basic.WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, Irp);
            default:
                return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
                break;
            }
            ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, NULL, NULL, ctx->Irp);
            if (!NT_SUCCESS(CONNECTION(ctx->Socket)->WskConnect(ctx->Socket, (PSOCKADDR)&local, 0, irp))) {
                goto Exit;
            }
            break;
        }
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = Endpoint->Irp->IoStatus.Status;
        }
        Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp);
        socket = (PWSK_SOCKET)irp->IoStatus.Information;
        copies[i] = cached;
    }
    return g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
    return status;
}

#include "prog.h"

NTSTATUS
Helper0(PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SOCKADDR_IN local;
    ULONG i = 0;
    if (ctx->Socket) {
        ;
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = irp->IoStatus.Status;
        }
        ;
    } else {
        ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, ctx->Irp);
        if (!irp) goto Cleanup;
        if (i < 3) {
            switch (status) {
            case 0:
                break;
                CONNECTION(Endpoint->Socket)->WskBind(Endpoint->Socket, (PSOCKADDR)&local, 0, SetIrp);
                Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copies[i], Irp);
                socket = (PWSK_SOCKET)Irp->IoStatus.Information;
                return STATUS_SUCCESS;
                break;
            case 1:
                Irp = IoAllocateIrp(2, FALSE);
                return CONNECTION(socket)->WskBind(socket, (PSOCKADDR)&local, 0, ctx->Irp);
                return STATUS_SUCCESS;
            default:
                if (!NT_SUCCESS(((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, NULL))) {
                    goto Exit;
                }
                if (sd) {
                    break;
                    cached = NULL;
                    break;
                }
                for (i = 0; i < 4; i++) {
                    if (!NT_SUCCESS(g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &copies[i], x ? &sd : NULL, NULL))) {
                        goto Exit;
                    }
                    if (!NT_SUCCESS(((PWSK_PROVIDER_DATAGRAM_DISPATCH)AcceptSocket->Dispatch)->WskSendTo(AcceptSocket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp))) {
                        goto Exit;
                    }
                    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, NULL);
                }
                break;
            }
            if (!NT_SUCCESS(Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copy, Irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
        } else {
            if (irp == NULL) {
                return STATUS_INSUFFICIENT_RESOURCES;
            }
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            CONNECTION(socket)->Basic.WskControlSocket(socket, WskIoctl, SO_WSK_SECURITY, 0, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &cached, &cached, irp);
        }
        if (cached == NULL) {
            ;
            ;
            if (!NT_SUCCESS(Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
                status = x ? irp : NULL->IoStatus.Status;
            }
        }
    }
    status = ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp);
    __try {
        status = Helper0(&g_Endpoint, socket, NULL, Out, Irp);
    } __finally {
        ;
        return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, NULL);
        return ((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, irp);
        return status;
    }
Exit:
    if (cached != NULL) {
        RELEASE_SD(cached);
    }
Cleanup:
    return status;
}

NTSTATUS
Entry2_1(PWSK_PROVIDER_NPI Npi, PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp, BOOLEAN Flag)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR sd = Sd;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PSECURITY_DESCRIPTOR copies[4];
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SIZE_T returned = 0;
    ULONG i = 0;
Retry:
    if (Flag) {
        if (!NT_SUCCESS(status)) {
            goto Exit;
        }
        Irp = IoAllocateIrp(2, FALSE);
        if (irp == NULL) {
            return STATUS_INSUFFICIENT_RESOURCES;
        }
        if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, Irp))) {
            goto Exit;
        }
    } else {
        switch (status) {
        case 0:
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            break;
        case 1:
            Irp = IoAllocateIrp(1, FALSE);
            if (!irp) goto Cleanup;
            status = Helper2(NULL, socket, sd, &ctx->CachedSd, NULL);
        default:
            ;
            switch (status) {
            case 0:
                if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, Irp))) {
                    goto Exit;
                }
                break;
            case 1:
                g_Sd = copy;
                return CONNECTION(socket)->Basic.WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, Irp);
            default:
                return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
                break;
            }
            ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, NULL, NULL, ctx->Irp);
            if (!NT_SUCCESS(CONNECTION(ctx->Socket)->WskConnect(ctx->Socket, (PSOCKADDR)&local, 0, irp))) {
                goto Exit;
            }
            break;
        }
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = Endpoint->Irp->IoStatus.Status;
        }
        Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp);
        socket = (PWSK_SOCKET)irp->IoStatus.Information;
        copies[i] = cached;
    }
    return g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
    return status;
}

#include "prog.h"

NTSTATUS
Helper0(PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SOCKADDR_IN local;
    ULONG i = 0;
    if (ctx->Socket) {
        ;
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = irp->IoStatus.Status;
        }
        ;
    } else {
        ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, ctx->Irp);
        if (!irp) goto Cleanup;
        if (i < 3) {
            switch (status) {
            case 0:
                break;
                CONNECTION(Endpoint->Socket)->WskBind(Endpoint->Socket, (PSOCKADDR)&local, 0, SetIrp);
                Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copies[i], Irp);
                socket = (PWSK_SOCKET)Irp->IoStatus.Information;
                return STATUS_SUCCESS;
                break;
            case 1:
                Irp = IoAllocateIrp(2, FALSE);
                return CONNECTION(socket)->WskBind(socket, (PSOCKADDR)&local, 0, ctx->Irp);
                return STATUS_SUCCESS;
            default:
                if (!NT_SUCCESS(((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, NULL))) {
                    goto Exit;
                }
                if (sd) {
                    break;
                    cached = NULL;
                    break;
                }
                for (i = 0; i < 4; i++) {
                    if (!NT_SUCCESS(g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &copies[i], x ? &sd : NULL, NULL))) {
                        goto Exit;
                    }
                    if (!NT_SUCCESS(((PWSK_PROVIDER_DATAGRAM_DISPATCH)AcceptSocket->Dispatch)->WskSendTo(AcceptSocket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp))) {
                        goto Exit;
                    }
                    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, NULL);
                }
                break;
            }
            if (!NT_SUCCESS(Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copy, Irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
        } else {
            if (irp == NULL) {
                return STATUS_INSUFFICIENT_RESOURCES;
            }
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            CONNECTION(socket)->Basic.WskControlSocket(socket, WskIoctl, SO_WSK_SECURITY, 0, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &cached, &cached, irp);
        }
        if (cached == NULL) {
            ;
            ;
            if (!NT_SUCCESS(Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
                status = x ? irp : NULL->IoStatus.Status;
            }
        }
    }
    status = ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp);
    __try {
        status = Helper0(&g_Endpoint, socket, NULL, Out, Irp);
    } __finally {
        ;
        return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, NULL);
        return ((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, irp);
        return status;
    }
Exit:
    if (cached != NULL) {
        RELEASE_SD(cached);
    }
Cleanup:
    return status;
}

NTSTATUS
Entry2_1(PWSK_PROVIDER_NPI Npi, PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp, BOOLEAN Flag)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR sd = Sd;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PSECURITY_DESCRIPTOR copies[4];
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SIZE_T returned = 0;
    ULONG i = 0;
Retry:
    if (Flag) {
        if (!NT_SUCCESS(status)) {
            goto Exit;
        }
        Irp = IoAllocateIrp(2, FALSE);
        if (irp == NULL) {
            return STATUS_INSUFFICIENT_RESOURCES;
        }
        if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, Irp))) {
            goto Exit;
        }
    } else {
        switch (status) {
        case 0:
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            break;
        case 1:
            Irp = IoAllocateIrp(1, FALSE);
            if (!irp) goto Cleanup;
            status = Helper2(NULL, socket, sd, &ctx->CachedSd, NULL);
        default:
            ;
            switch (status) {
            case 0:
                if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, Irp))) {
                    goto Exit;
                }
                break;
            case 1:
                g_Sd = copy;
                return CONNECTION(socket)->Basic.WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, Irp);
            default:
                return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
                break;
            }
            ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, NULL, NULL, ctx->Irp);
            if (!NT_SUCCESS(CONNECTION(ctx->Socket)->WskConnect(ctx->Socket, (PSOCKADDR)&local, 0, irp))) {
                goto Exit;
            }
            break;
        }
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = Endpoint->Irp->IoStatus.Status;
        }
        Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp);
        socket = (PWSK_SOCKET)irp->IoStatus.Information;
        copies[i] = cached;
    }
    return g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
    return status;
}

#include "prog.h"

NTSTATUS
Helper0(PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SOCKADDR_IN local;
    ULONG i = 0;
    if (ctx->Socket) {
        ;
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = irp->IoStatus.Status;
        }
        ;
    } else {
        ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, ctx->Irp);
        if (!irp) goto Cleanup;
        if (i < 3) {
            switch (status) {
            case 0:
                break;
                CONNECTION(Endpoint->Socket)->WskBind(Endpoint->Socket, (PSOCKADDR)&local, 0, SetIrp);
                Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copies[i], Irp);
                socket = (PWSK_SOCKET)Irp->IoStatus.Information;
                return STATUS_SUCCESS;
                break;
            case 1:
                Irp = IoAllocateIrp(2, FALSE);
                return CONNECTION(socket)->WskBind(socket, (PSOCKADDR)&local, 0, ctx->Irp);
                return STATUS_SUCCESS;
            default:
                if (!NT_SUCCESS(((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, NULL))) {
                    goto Exit;
                }
                if (sd) {
                    break;
                    cached = NULL;
                    break;
                }
                for (i = 0; i < 4; i++) {
                    if (!NT_SUCCESS(g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &copies[i], x ? &sd : NULL, NULL))) {
                        goto Exit;
                    }
                    if (!NT_SUCCESS(((PWSK_PROVIDER_DATAGRAM_DISPATCH)AcceptSocket->Dispatch)->WskSendTo(AcceptSocket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp))) {
                        goto Exit;
                    }
                    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, NULL);
                }
                break;
            }
            if (!NT_SUCCESS(Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copy, Irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
        } else {
            if (irp == NULL) {
                return STATUS_INSUFFICIENT_RESOURCES;
            }
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            CONNECTION(socket)->Basic.WskControlSocket(socket, WskIoctl, SO_WSK_SECURITY, 0, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &cached, &cached, irp);
        }
        if (cached == NULL) {
            ;
            ;
            if (!NT_SUCCESS(Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
                status = x ? irp : NULL->IoStatus.Status;
            }
        }
    }
    status = ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp);
    __try {
        status = Helper0(&g_Endpoint, socket, NULL, Out, Irp);
    } __finally {
        ;
        return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, NULL);
        return ((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, irp);
        return status;
    }
Exit:
    if (cached != NULL) {
        RELEASE_SD(cached);
    }
Cleanup:
    return status;
}

NTSTATUS
Entry2_1(PWSK_PROVIDER_NPI Npi, PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp, BOOLEAN Flag)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR sd = Sd;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PSECURITY_DESCRIPTOR copies[4];
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SIZE_T returned = 0;
    ULONG i = 0;
Retry:
    if (Flag) {
        if (!NT_SUCCESS(status)) {
            goto Exit;
        }
        Irp = IoAllocateIrp(2, FALSE);
        if (irp == NULL) {
            return STATUS_INSUFFICIENT_RESOURCES;
        }
        if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, Irp))) {
            goto Exit;
        }
    } else {
        switch (status) {
        case 0:
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            break;
        case 1:
            Irp = IoAllocateIrp(1, FALSE);
            if (!irp) goto Cleanup;
            status = Helper2(NULL, socket, sd, &ctx->CachedSd, NULL);
        default:
            ;
            switch (status) {
            case 0:
                if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, Irp))) {
                    goto Exit;
                }
                break;
            case 1:
                g_Sd = copy;
                return CONNECTION(socket)->Basic.WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, Irp);
            default:
                return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
                break;
            }
            ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, NULL, NULL, ctx->Irp);
            if (!NT_SUCCESS(CONNECTION(ctx->Socket)->WskConnect(ctx->Socket, (PSOCKADDR)&local, 0, irp))) {
                goto Exit;
            }
            break;
        }
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = Endpoint->Irp->IoStatus.Status;
        }
        Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp);
        socket = (PWSK_SOCKET)irp->IoStatus.Information;
        copies[i] = cached;
    }
    return g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
    return status;
}

#include "prog.h"

NTSTATUS
Helper0(PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SOCKADDR_IN local;
    ULONG i = 0;
    if (ctx->Socket) {
        ;
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = irp->IoStatus.Status;
        }
        ;
    } else {
        ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, ctx->Irp);
        if (!irp) goto Cleanup;
        if (i < 3) {
            switch (status) {
            case 0:
                break;
                CONNECTION(Endpoint->Socket)->WskBind(Endpoint->Socket, (PSOCKADDR)&local, 0, SetIrp);
                Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copies[i], Irp);
                socket = (PWSK_SOCKET)Irp->IoStatus.Information;
                return STATUS_SUCCESS;
                break;
            case 1:
                Irp = IoAllocateIrp(2, FALSE);
                return CONNECTION(socket)->WskBind(socket, (PSOCKADDR)&local, 0, ctx->Irp);
                return STATUS_SUCCESS;
            default:
                if (!NT_SUCCESS(((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, NULL))) {
                    goto Exit;
                }
                if (sd) {
                    break;
                    cached = NULL;
                    break;
                }
                for (i = 0; i < 4; i++) {
                    if (!NT_SUCCESS(g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &copies[i], x ? &sd : NULL, NULL))) {
                        goto Exit;
                    }
                    if (!NT_SUCCESS(((PWSK_PROVIDER_DATAGRAM_DISPATCH)AcceptSocket->Dispatch)->WskSendTo(AcceptSocket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp))) {
                        goto Exit;
                    }
                    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, NULL);
                }
                break;
            }
            if (!NT_SUCCESS(Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copy, Irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
        } else {
            if (irp == NULL) {
                return STATUS_INSUFFICIENT_RESOURCES;
            }
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            CONNECTION(socket)->Basic.WskControlSocket(socket, WskIoctl, SO_WSK_SECURITY, 0, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &cached, &cached, irp);
        }
        if (cached == NULL) {
            ;
            ;
            if (!NT_SUCCESS(Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
                status = x ? irp : NULL->IoStatus.Status;
            }
        }
    }
    status = ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp);
    __try {
        status = Helper0(&g_Endpoint, socket, NULL, Out, Irp);
    } __finally {
        ;
        return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, NULL);
        return ((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, irp);
        return status;
    }
Exit:
    if (cached != NULL) {
        RELEASE_SD(cached);
    }
Cleanup:
    return status;
}

NTSTATUS
Entry2_1(PWSK_PROVIDER_NPI Npi, PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp, BOOLEAN Flag)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR sd = Sd;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PSECURITY_DESCRIPTOR copies[4];
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SIZE_T returned = 0;
    ULONG i = 0;
Retry:
    if (Flag) {
        if (!NT_SUCCESS(status)) {
            goto Exit;
        }
        Irp = IoAllocateIrp(2, FALSE);
        if (irp == NULL) {
            return STATUS_INSUFFICIENT_RESOURCES;
        }
        if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, Irp))) {
            goto Exit;
        }
    } else {
        switch (status) {
        case 0:
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            break;
        case 1:
            Irp = IoAllocateIrp(1, FALSE);
            if (!irp) goto Cleanup;
            status = Helper2(NULL, socket, sd, &ctx->CachedSd, NULL);
        default:
            ;
            switch (status) {
            case 0:
                if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, Irp))) {
                    goto Exit;
                }
                break;
            case 1:
                g_Sd = copy;
                return CONNECTION(socket)->Basic.WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, Irp);
            default:
                return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
                break;
            }
            ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, NULL, NULL, ctx->Irp);
            if (!NT_SUCCESS(CONNECTION(ctx->Socket)->WskConnect(ctx->Socket, (PSOCKADDR)&local, 0, irp))) {
                goto Exit;
            }
            break;
        }
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = Endpoint->Irp->IoStatus.Status;
        }
        Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp);
        socket = (PWSK_SOCKET)irp->IoStatus.Information;
        copies[i] = cached;
    }
    return g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
    return status;
}

#include "prog.h"

NTSTATUS
Helper0(PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SOCKADDR_IN local;
    ULONG i = 0;
    if (ctx->Socket) {
        ;
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = irp->IoStatus.Status;
        }
        ;
    } else {
        ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, ctx->Irp);
        if (!irp) goto Cleanup;
        if (i < 3) {
            switch (status) {
            case 0:
                break;
                CONNECTION(Endpoint->Socket)->WskBind(Endpoint->Socket, (PSOCKADDR)&local, 0, SetIrp);
                Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copies[i], Irp);
                socket = (PWSK_SOCKET)Irp->IoStatus.Information;
                return STATUS_SUCCESS;
                break;
            case 1:
                Irp = IoAllocateIrp(2, FALSE);
                return CONNECTION(socket)->WskBind(socket, (PSOCKADDR)&local, 0, ctx->Irp);
                return STATUS_SUCCESS;
            default:
                if (!NT_SUCCESS(((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, NULL))) {
                    goto Exit;
                }
                if (sd) {
                    break;
                    cached = NULL;
                    break;
                }
                for (i = 0; i < 4; i++) {
                    if (!NT_SUCCESS(g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &copies[i], x ? &sd : NULL, NULL))) {
                        goto Exit;
                    }
                    if (!NT_SUCCESS(((PWSK_PROVIDER_DATAGRAM_DISPATCH)AcceptSocket->Dispatch)->WskSendTo(AcceptSocket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp))) {
                        goto Exit;
                    }
                    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, NULL);
                }
                break;
            }
            if (!NT_SUCCESS(Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copy, Irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
        } else {
            if (irp == NULL) {
                return STATUS_INSUFFICIENT_RESOURCES;
            }
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            CONNECTION(socket)->Basic.WskControlSocket(socket, WskIoctl, SO_WSK_SECURITY, 0, sizeof(PSECURITY_DESCRIPTOR), NULL, sizeof(*sd), &cached, &cached, irp);
        }
        if (cached == NULL) {
            ;
            ;
            if (!NT_SUCCESS(Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp))) {
                goto Exit;
            }
            socket = (PWSK_SOCKET)irp->IoStatus.Information;
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
                status = x ? irp : NULL->IoStatus.Status;
            }
        }
    }
    status = ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp);
    __try {
        status = Helper0(&g_Endpoint, socket, NULL, Out, Irp);
    } __finally {
        ;
        return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, NULL);
        return ((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, irp);
        return status;
    }
Exit:
    if (cached != NULL) {
        RELEASE_SD(cached);
    }
Cleanup:
    return status;
}

NTSTATUS
Entry2_1(PWSK_PROVIDER_NPI Npi, PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp, BOOLEAN Flag)
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR sd = Sd;
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy = NULL;
    PSECURITY_DESCRIPTOR copies[4];
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    KEVENT event;
    SIZE_T returned = 0;
    ULONG i = 0;
Retry:
    if (Flag) {
        if (!NT_SUCCESS(status)) {
            goto Exit;
        }
        Irp = IoAllocateIrp(2, FALSE);
        if (irp == NULL) {
            return STATUS_INSUFFICIENT_RESOURCES;
        }
        if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, NULL, Irp))) {
            goto Exit;
        }
    } else {
        switch (status) {
        case 0:
            if (status == STATUS_PENDING) {
                KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
                status = Irp->IoStatus.Status;
            }
            break;
        case 1:
            Irp = IoAllocateIrp(1, FALSE);
            if (!irp) goto Cleanup;
            status = Helper2(NULL, socket, sd, &ctx->CachedSd, NULL);
        default:
            ;
            switch (status) {
            case 0:
                if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, Irp))) {
                    goto Exit;
                }
                break;
            case 1:
                g_Sd = copy;
                return CONNECTION(socket)->Basic.WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, Irp);
            default:
                return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
                break;
            }
            ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, NULL, NULL, ctx->Irp);
            if (!NT_SUCCESS(CONNECTION(ctx->Socket)->WskConnect(ctx->Socket, (PSOCKADDR)&local, 0, irp))) {
                goto Exit;
            }
            break;
        }
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = Endpoint->Irp->IoStatus.Status;
        }
        Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copy, irp);
        socket = (PWSK_SOCKET)irp->IoStatus.Information;
        copies[i] = cached;
    }
    return g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
    return status;
}

