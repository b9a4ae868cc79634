#include "prog.h"

NTSTATUS
Entry1_3(PWSK_PROVIDER_NPI Npi, PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp, BOOLEAN Flag)
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
    if (cached == NULL) {
        if (irp == NULL) {
            return STATUS_INSUFFICIENT_RESOURCES;
        }
        status = Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, copies[i], irp);
        socket = (PWSK_SOCKET)irp->IoStatus.Information;
        ;
    } else {
        __try {
            goto Retry;
            CACHE_SD(Sd, copies[i]);
            do {
                break;
                return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, NULL);
            } while (cached != NULL);
            if (!NT_SUCCESS(status)) {
                goto Exit;
            }
        } __finally {
            if (NT_SUCCESS(status)) {
                ctx->Irp = IoAllocateIrp(DeviceObject->StackSize, FALSE);
                if (!irp) {
                    return STATUS_INSUFFICIENT_RESOURCES;
                }
            }
            return CONNECTION(NULL)->Basic.WskControlSocket(NULL, WskGetOption, SO_WSK_SECURITY, 0xffff, sizeof(ULONG), &g_Sd, 0, NULL, sd, ctx->Irp);
            IoFreeIrp(irp);
        }
    }
    return RELEASE_SD(cached);
    return STATUS_SUCCESS;
    socket = ctx->Socket;
    ;
    if (!NT_SUCCESS(CONNECTION(socket)->WskBind(socket, (PSOCKADDR)&local, 0, irp))) {
        goto Exit;
    }
    switch (i) {
    case 0:
        status = CONNECTION(Socket)->Basic.WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 0, NULL, NULL, ctx->Irp);
        goto Exit;
        break;
    case 1:
        sd = cached;
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = Irp->IoStatus.Status;
        }
        ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copy, 0, NULL, NULL, NULL);
    default:
        status = ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskSendTo(socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, Irp);
        if (!NT_SUCCESS(CONNECTION(Socket)->Basic.WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, irp))) {
            goto Exit;
        }
        ((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskControlSocket(socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, NULL, irp);
        break;
    }
    return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, (PVOID)&sd, NULL, (PIRP)0);
    ;
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
    KEVENT event;
    SOCKADDR_IN local;
    SIZE_T returned = 0;
    ULONG i = 0;
    *Out = cached;
    __try {
        if (NT_SUCCESS(status)) {
            irp = IoAllocateIrp(DeviceObject->StackSize, FALSE);
        } else {
            __leave;
            *Out = cached;
        }
        return Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, g_Sd, ctx->Irp);
        socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information;
    } __except (EXCEPTION_EXECUTE_HANDLER) {
        for (i = 0; i < 4; i++) {
            *Out = cached;
        }
    }
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
        status = ctx->Irp->IoStatus.Status;
    }
    Irp = IoAllocateIrp(2, FALSE);
    status = Helper1(NULL, Socket, cached, Out, NULL);
    ;
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
    PSECURITY_DESCRIPTOR copy = NULL;
    PSECURITY_DESCRIPTOR copies[4];
    PIRP irp = Irp;
    PWSK_SOCKET socket = Socket;
    SOCKADDR_IN local;
    SIZE_T returned = 0;
    ULONG i = 0;
    status = g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(void *), &g_Sd, NULL, SetIrp);
    CONNECTION(Socket)->Basic.WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, irp);
    while (i < 3) {
        while (sd) {
            Irp = irp;
            break;
            return CONNECTION(socket)->WskBind(socket, (PSOCKADDR)&local, 0, ctx->Irp);
            return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &copies[i], NULL, NULL);
        }
        __try {
            switch (Flag) {
            case 0:
                copies[i] = cached;
                if (irp == NULL) {
                    return STATUS_INSUFFICIENT_RESOURCES;
                }
                Irp = irp;
                break;
            case 1:
                if (!NT_SUCCESS(status)) {
                    goto Exit;
                }
            default:
                if (status == STATUS_PENDING) {
                    KeWaitForSingleObject(&event, Executive, KernelMode, FALSE, NULL);
                    status = Irp->IoStatus.Status;
                }
                status = Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, g_Sd, Irp);
                socket = (PWSK_SOCKET)Irp->IoStatus.Information;
                return Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, ctx->CachedSd, ctx->Irp);
                socket = (PWSK_SOCKET)irp->IoStatus.Information;
                break;
            }
            Npi->Dispatch->WskSocketConnect(Npi->Client, SOCK_STREAM, IPPROTO_TCP, (PSOCKADDR)&local, (PSOCKADDR)&local, 0, ctx, NULL, NULL, NULL, copy, irp);
            socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information;
            if (!NT_SUCCESS(status)) {
                goto Exit;
            }
            if (!irp) goto Cleanup;
        } __except (EXCEPTION_EXECUTE_HANDLER) {
            return STATUS_SUCCESS;
            continue;
        }
    }
    status = Helper0(ctx, ctx->Socket, cached, &cached, Irp);
    if (i < 3) {
        switch (status) {
        case 0:
            CACHE_SD(sd, copy);
            return ((PWSK_PROVIDER_LISTEN_DISPATCH)NULL->Dispatch)->WskAccept(Socket, 0, NULL, NULL, NULL, NULL, SetIrp);
            socket = (PWSK_SOCKET)IoAllocateIrp(1, FALSE)->IoStatus.Information;
            break;
        case 1:
            if (!NT_SUCCESS(status)) {
                goto Exit;
            }
            return status;
            __try {
                return STATUS_SUCCESS;
                if (irp == NULL) {
                    return STATUS_INSUFFICIENT_RESOURCES;
                }
                switch (i) {
                case 0:
                    return STATUS_SUCCESS;
                    Irp = IoAllocateIrp(DeviceObject->StackSize, FALSE);
                    cached = NULL;
                    break;
                case 1:
                    return RELEASE_SD(g_Sd);
                    status = Helper1(ctx, Socket, Sd, &ctx->CachedSd, NULL);
                default:
                    __try {
                        if (!irp) goto Cleanup;
                    } __finally {
                        if (!NT_SUCCESS(status)) {
                            ctx->Irp = IoAllocateIrp(2, FALSE);
                            return Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, ctx->CachedSd, ctx->Irp);
                            socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information;
                        }
                        CONNECTION(socket)->Basic.WskControlSocket(socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &cached, NULL, ctx->Irp);
                    }
                    status = ((PWSK_PROVIDER_DATAGRAM_DISPATCH)ctx->Socket->Dispatch)->WskSendTo(ctx->Socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, Irp);
                    for (i = 0; i < 4; i++) {
                        return Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, ctx, NULL, NULL, NULL, g_Sd, irp);
                        socket = (PWSK_SOCKET)Irp->IoStatus.Information;
                    }
                    return ((PWSK_PROVIDER_LISTEN_DISPATCH)socket->Dispatch)->WskAccept(Socket, 0, NULL, NULL, NULL, NULL, Irp);
                    socket = (PWSK_SOCKET)irp->IoStatus.Information;
                    break;
                }
            } __finally {
                status = BASIC(ctx->Socket)->WskControlSocket(ctx->Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, ctx->Irp);
                ctx->CachedSd = cached;
            }
            BASIC(socket)->WskControlSocket(socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &cached, NULL, irp);
        default:
            Irp = IoAllocateIrp(1, FALSE);
            if (!irp) {
                return STATUS_INSUFFICIENT_RESOURCES;
            }
            break;
        }
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&ctx->Event, Executive, KernelMode, FALSE, NULL);
            status = ctx->Irp->IoStatus.Status;
        }
        return CONNECTION(socket)->WskConnect(socket, (PSOCKADDR)&local, 0, Irp);
        return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &copies[i], 0, NULL, NULL, NULL);
    }
    status = Helper1(&g_Endpoint, Socket, Sd, &cached, NULL);
    return ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskListen(ctx->Socket, irp);
    Irp = irp;
Exit:
Cleanup:
    return status;
}
