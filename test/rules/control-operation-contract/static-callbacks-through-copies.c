#include "wsk.h"

/*
 * As static-callbacks-in-helper.c, through copies: the helper reads the client through a typed copy of
 * the NPI it is handed, the caller hands it a copy of its own NPI. The client is the same one, so the
 * static callbacks still come after a socket was created on it.
 */

extern const WSK_CLIENT_CONNECTION_DISPATCH g_Events;

NTSTATUS
SetStaticOn(PVOID Context, PWSK_EVENT_CALLBACK_CONTROL Control)
{
    PWSK_PROVIDER_NPI npi = (PWSK_PROVIDER_NPI)Context;

    return npi->Dispatch->WskControlClient(npi->Client, WSK_SET_STATIC_EVENT_CALLBACKS, sizeof(WSK_EVENT_CALLBACK_CONTROL), Control, 0, NULL, NULL, NULL);
}

NTSTATUS
OpenThenStaticThroughCopies(PWSK_PROVIDER_NPI Npi, PIRP Irp, PKEVENT Done, PWSK_SOCKET *Out)
{
    WSK_EVENT_CALLBACK_CONTROL control = { &NPI_WSK_INTERFACE_ID, WSK_EVENT_RECEIVE };
    PWSK_PROVIDER_NPI provider = Npi;
    NTSTATUS status;

    status = Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET,
                                      NULL, &g_Events, NULL, NULL, NULL, Irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(Done, Executive, KernelMode, FALSE, NULL);
        status = Irp->IoStatus.Status;
    }
    if (!NT_SUCCESS(status)) {
        return status;
    }
    *Out = (PWSK_SOCKET)Irp->IoStatus.Information;
    return SetStaticOn(provider, &control);
//         ^^^^^^^^^^^ WSK021 WSK_SET_STATIC_EVENT_CALLBACKS comes after a socket was created on the same client (line 26)
//         no fix: the call must move
}

NTSTATUS
StaticThenOpen(PWSK_PROVIDER_NPI Npi, PIRP Irp)
{
    WSK_EVENT_CALLBACK_CONTROL control = { &NPI_WSK_INTERFACE_ID, WSK_EVENT_RECEIVE };
    PWSK_PROVIDER_NPI provider = Npi;
    NTSTATUS status = SetStaticOn(provider, &control);

    if (!NT_SUCCESS(status)) {
        return status;
    }
    return provider->Dispatch->WskSocket(provider->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET,
                                         NULL, &g_Events, NULL, NULL, NULL, Irp);
}
