/* valid: no findings */
#include "wsk-registration.h"

static const WSK_CLIENT_DISPATCH g_ClientDispatch = { MAKE_WSK_VERSION(1, 0), 0, NULL };
static WSK_REGISTRATION g_Registration;
static WSK_PROVIDER_NPI g_Npi;

typedef struct _CLIENT {
    WSK_REGISTRATION Registration;
    WSK_PROVIDER_NPI Npi;
} CLIENT, *PCLIENT;

/* Captured into a global, released in the unload routine. */
NTSTATUS
ClientStart(VOID)
{
    WSK_CLIENT_NPI clientNpi;
    NTSTATUS status;

    clientNpi.ClientContext = NULL;
    clientNpi.Dispatch = &g_ClientDispatch;
    status = WskRegister(&clientNpi, &g_Registration);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    status = WskCaptureProviderNPI(&g_Registration, WSK_NO_WAIT, &g_Npi);
    if (!NT_SUCCESS(status)) {
        WskDeregister(&g_Registration);
        return status;
    }
    return STATUS_SUCCESS;
}

VOID
ClientUnload(PDRIVER_OBJECT DriverObject)
{
    WskReleaseProviderNPI(&g_Registration);
    WskDeregister(&g_Registration);
}

/* A capture that failed needs no release. */
NTSTATUS
FailedCaptureNotReleased(PVOID List, SIZE_T Size)
{
    WSK_PROVIDER_NPI npi;
    NTSTATUS status;

    status = WskCaptureProviderNPI(&g_Registration, WSK_NO_WAIT, &npi);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    status = npi.Dispatch->WskControlClient(npi.Client, WSK_TRANSPORT_LIST_QUERY, 0, NULL, Size, List, &Size, NULL);
    WskReleaseProviderNPI(&g_Registration);
    return status;
}

/* Captured twice, released twice. */
VOID
CapturedTwice(VOID)
{
    WSK_PROVIDER_NPI first;
    WSK_PROVIDER_NPI second;

    if (!NT_SUCCESS(WskCaptureProviderNPI(&g_Registration, WSK_NO_WAIT, &first))) {
        return;
    }
    if (NT_SUCCESS(WskCaptureProviderNPI(&g_Registration, WSK_NO_WAIT, &second))) {
        Use(second.Client);
        WskReleaseProviderNPI(&g_Registration);
    }
    Use(first.Client);
    WskReleaseProviderNPI(&g_Registration);
}

/* Released on the cleanup path only when captured, in a loop, and in a __finally block. */
NTSTATUS
CleanupGuardedByFlag(ULONG Count, PVOID List, SIZE_T Size)
{
    WSK_PROVIDER_NPI npi;
    BOOLEAN captured = FALSE;
    NTSTATUS status;
    ULONG i;

    status = WskCaptureProviderNPI(&g_Registration, WSK_NO_WAIT, &npi);
    if (!NT_SUCCESS(status)) {
        goto Exit;
    }
    captured = TRUE;
    for (i = 0; i < Count; i++) {
        status = npi.Dispatch->WskControlClient(npi.Client, WSK_TRANSPORT_LIST_QUERY, 0, NULL, Size, List, &Size, NULL);
        if (!NT_SUCCESS(status)) {
            goto Exit;
        }
    }
Exit:
    if (captured) {
        WskReleaseProviderNPI(&g_Registration);
    }
    return status;
}

NTSTATUS
ReleasedInFinally(PVOID List, SIZE_T Size)
{
    WSK_PROVIDER_NPI npi;
    NTSTATUS status;

    status = WskCaptureProviderNPI(&g_Registration, WSK_NO_WAIT, &npi);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    __try {
        status = npi.Dispatch->WskControlClient(npi.Client, WSK_TRANSPORT_LIST_QUERY, 0, NULL, Size, List, &Size, NULL);
    } __finally {
        WskReleaseProviderNPI(&g_Registration);
    }
    return status;
}

/* The NPI handed to a context, released when the context goes. */
NTSTATUS
CaptureIntoContext(PCLIENT Client)
{
    return WskCaptureProviderNPI(&Client->Registration, WSK_NO_WAIT, &Client->Npi);
}

/* Sockets created before the release stay usable: the NPI is released right after creation. */
NTSTATUS
ReleaseThenDeregisterLater(PCLIENT Client, PIRP Irp)
{
    NTSTATUS status;

    status = WskCaptureProviderNPI(&Client->Registration, WSK_NO_WAIT, &Client->Npi);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    status = Client->Npi.Dispatch->WskSocket(Client->Npi.Client, 2, 1, 6, 0, NULL, NULL, NULL, NULL, NULL, Irp);
    WskReleaseProviderNPI(&Client->Registration);
    WskDeregister(&Client->Registration);
    return status;
}

/* The unload of another thread's sockets: nothing on this path is held. */
VOID
UnloadOnlyDeregisters(VOID)
{
    WskDeregister(&g_Registration);
}
