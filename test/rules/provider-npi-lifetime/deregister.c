#include "wsk-registration.h"

static WSK_REGISTRATION g_Registration;
static WSK_PROVIDER_NPI g_Npi;

VOID
DeregisterWhileCaptured(VOID)
{
    if (NT_SUCCESS(WskCaptureProviderNPI(&g_Registration, WSK_NO_WAIT, &g_Npi))) {
        Use(g_Npi.Client);
        WskDeregister(&g_Registration);
//                    ^^^^^^^^^^^^^^^ WSK018 WskDeregister while the provider NPI captured at line 9 is still held.
//                    preferred fix: Release the provider NPI with WskReleaseProviderNPI(&g_Registration) first
//                      Use(g_Npi.Client);
//                    + WskReleaseProviderNPI(&g_Registration);
//                      WskDeregister(&g_Registration);
    }
}

VOID
DeregisterAfterCleanupLabel(BOOLEAN Fail)
{
    NTSTATUS status;

    status = WskCaptureProviderNPI(&g_Registration, WSK_NO_WAIT, &g_Npi);
    if (!NT_SUCCESS(status)) {
        goto Deregister;
    }
    if (Fail) {
        goto Deregister;
    }
    WskReleaseProviderNPI(&g_Registration);
    return;
Deregister:
    WskDeregister(&g_Registration);
//                ^^^^^^^^^^^^^^^ WSK018 still held
//                no fix: on the path where the capture failed there is nothing to release
}

static NTSTATUS
SetDone(PDEVICE_OBJECT DeviceObject, PIRP Irp, PVOID Context)
{
    KeSetEvent((PKEVENT)Context, IO_NO_INCREMENT, FALSE);
    return STATUS_MORE_PROCESSING_REQUIRED;
}

VOID
DeregisterWithOpenSocket(PIRP Irp)
{
    KEVENT done;
    PWSK_SOCKET socket;
    NTSTATUS status;

    if (!NT_SUCCESS(WskCaptureProviderNPI(&g_Registration, WSK_NO_WAIT, &g_Npi))) {
        return;
    }
    KeInitializeEvent(&done, NotificationEvent, FALSE);
    IoSetCompletionRoutine(Irp, SetDone, &done, TRUE, TRUE, TRUE);
    status = g_Npi.Dispatch->WskSocket(g_Npi.Client, 2, 1, 6, 0, NULL, NULL, NULL, NULL, NULL, Irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(&done, Executive, KernelMode, FALSE, NULL);
        status = Irp->IoStatus.Status;
    }
    WskReleaseProviderNPI(&g_Registration);
    if (!NT_SUCCESS(status)) {
        return;
    }
    socket = (PWSK_SOCKET)Irp->IoStatus.Information;
    Use(socket->Dispatch);
    WskDeregister(&g_Registration);
//                ^^^^^^^^^^^^^^^ WSK018 while the socket created at line
//                no fix: a socket is closed, not released
}
// @col 1-2 WSK013 neither closed nor handed off

typedef struct _DATAPATH {
    WSK_REGISTRATION Registration;
    WSK_PROVIDER_NPI Npi;
} DATAPATH, *PDATAPATH;

NTSTATUS
ContextCleanupSkipsRelease(PDATAPATH Datapath, PWSK_CLIENT_NPI ClientNpi, PVOID Callbacks)
{
    BOOLEAN registered = FALSE;
    NTSTATUS status;

    status = WskRegister(ClientNpi, &Datapath->Registration);
    if (!NT_SUCCESS(status)) {
        goto Error;
    }
    registered = TRUE;
    status = WskCaptureProviderNPI(&Datapath->Registration, WSK_INFINITE_WAIT, &Datapath->Npi);
    if (!NT_SUCCESS(status)) {
        goto Error;
    }
    status = Datapath->Npi.Dispatch->WskControlClient(Datapath->Npi.Client, 3, sizeof(PVOID), Callbacks, 0, NULL, NULL, NULL);
    if (!NT_SUCCESS(status)) {
        goto Error;
    }
    return STATUS_SUCCESS;
Error:
    if (registered) {
        WskDeregister(&Datapath->Registration);
//                    ^^^^^^^^^^^^^^^^^^^^^^^ WSK018 still held
//                    no fix: on the path where the capture failed there is nothing to release
    }
    return status;
}
