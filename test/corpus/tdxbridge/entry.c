/*++

Copyright (c) 2009-2014 Northwind Traders

Module Name:

    entry.c

Abstract:

    Driver entry and unload of the TDI-to-WSK bridge.

--*/

#include "bridge.h"

DRIVER_INITIALIZE DriverEntry;

static WSK_CLIENT_DISPATCH TbClientDispatch = {
    MAKE_WSK_VERSION(1, 0),
    0,
    NULL
};

VOID
NTAPI
TbUnload(
    IN PDRIVER_OBJECT DriverObject
    )
{
    UNREFERENCED_PARAMETER(DriverObject);

    if (g_TbBridgeSd != NULL) {
        TbProvider.Dispatch->WskControlClient(TbProvider.Client,
                                              WSK_RELEASE_SD,
                                              sizeof(PSECURITY_DESCRIPTOR),
                                              &g_TbBridgeSd,
                                              sizeof(PSECURITY_DESCRIPTOR),    /* BUG WSK012: OutputSize must be 0 */
                                              NULL,
                                              NULL,
                                              NULL);
        g_TbBridgeSd = NULL;
    }

    WskReleaseProviderNPI(&TbRegistration);
    WskDeregister(&TbRegistration);
}

NTSTATUS
NTAPI
DriverEntry(
    IN PDRIVER_OBJECT DriverObject,
    IN PUNICODE_STRING RegistryPath
    )
{
    NTSTATUS status;
    WSK_CLIENT_NPI npi;
    WSK_EVENT_CALLBACK_CONTROL callbackControl;

    UNREFERENCED_PARAMETER(RegistryPath);

    npi.ClientContext = NULL;
    npi.Dispatch = &TbClientDispatch;

    status = WskRegister(&npi, &TbRegistration);
    if (!NT_SUCCESS(status)) {
        return status;
    }

    status = WskCaptureProviderNPI(&TbRegistration, WSK_INFINITE_WAIT, &TbProvider);  /* BUG WSK025: WSK_INFINITE_WAIT on a path from DriverEntry */
    if (!NT_SUCCESS(status)) {
        WskDeregister(&TbRegistration);
        return status;
    }

    //
    // Listening sockets of the bridge get their accept events enabled at
    // creation time.
    //
    callbackControl.NpiId = &NPI_WSK_INTERFACE_ID;
    callbackControl.EventMask = WSK_EVENT_ACCEPT;
    status = TbProvider.Dispatch->WskControlClient(TbProvider.Client,
                                                   WSK_SET_STATIC_EVENT_CALLBACKS,
                                                   sizeof(callbackControl),
                                                   &callbackControl,
                                                   0,
                                                   NULL,
                                                   NULL,
                                                   NULL);
    if (!NT_SUCCESS(status)) {
        WskReleaseProviderNPI(&TbRegistration);
        WskDeregister(&TbRegistration);
        return status;
    }

    status = TbInitDescriptors();
    if (!NT_SUCCESS(status)) {
        TbUnload(DriverObject);
        return status;
    }

    DriverObject->DriverUnload = TbUnload;
    return STATUS_SUCCESS;
}
