//
// axmain.c - driver entry/unload and WSK attachment of the AgentX master.
//
// Copyright (c) Litware Networks. All rights reserved.
//

#include "agentx.h"
#include "axmacros.h"

AX_AGENT g_AxAgent;

static const WSK_CLIENT_DISPATCH AxClientDispatch = { MAKE_WSK_VERSION(1, 0), 0, NULL };

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD AxUnload;

_Use_decl_annotations_
NTSTATUS
AxIrpDone(
    PDEVICE_OBJECT DeviceObject,
    PIRP Irp,
    PVOID Context
    )
{
    UNREFERENCED_PARAMETER(DeviceObject);
    UNREFERENCED_PARAMETER(Irp);
    KeSetEvent((PKEVENT)Context, IO_NO_INCREMENT, FALSE);
    return STATUS_MORE_PROCESSING_REQUIRED;
}

//
// The master descriptor is cached once; every socket of the agent uses it.
//
NTSTATUS
AxCacheMasterSd(
    _In_ PAX_AGENT Agent,
    _In_ PSECURITY_DESCRIPTOR Template
    )
{
    NTSTATUS status;

    status = AX_CACHE_SD(Agent, Template, &Agent->MasterSd);   /* BUG WSK012: InputBuffer is the descriptor pointer, not &Template */
    if (!NT_SUCCESS(status)) {
        AX_ERROR("WSK_CACHE_SD: 0x%08X", status);
        Agent->MasterSd = NULL;
    }
    return status;
}

_Use_decl_annotations_
VOID
AxUnload(
    PDRIVER_OBJECT DriverObject
    )
{
    PIRP irp;
    ULONG i;

    UNREFERENCED_PARAMETER(DriverObject);

    irp = IoAllocateIrp(1, FALSE);
    if (irp != NULL) {
        for (i = 0; i < g_AxAgent.PeerCount; i++) {
            if (g_AxAgent.Peers[i].Socket != NULL) {
                AxCloseSocket(&g_AxAgent, g_AxAgent.Peers[i].Socket, irp);
                g_AxAgent.Peers[i].Socket = NULL;
            }
        }
        if (g_AxAgent.MasterSocket != NULL) {
            AxCloseSocket(&g_AxAgent, g_AxAgent.MasterSocket, irp);
            g_AxAgent.MasterSocket = NULL;
        }
        IoFreeIrp(irp);
    }

    if (g_AxAgent.MasterSd != NULL) {
        AX_RELEASE_SD(&g_AxAgent, &g_AxAgent.MasterSd);
        g_AxAgent.MasterSd = NULL;
    }

    WskReleaseProviderNPI(&g_AxAgent.Registration);
    WskDeregister(&g_AxAgent.Registration);
    AX_INFO("unloaded, %u peers", g_AxAgent.PeerCount);
}

_Use_decl_annotations_
NTSTATUS
DriverEntry(
    PDRIVER_OBJECT DriverObject,
    PUNICODE_STRING RegistryPath
    )
{
    NTSTATUS status;
    WSK_CLIENT_NPI clientNpi;
    SECURITY_DESCRIPTOR masterTemplate;

    UNREFERENCED_PARAMETER(RegistryPath);

    RtlZeroMemory(&g_AxAgent, sizeof(g_AxAgent));
    KeInitializeEvent(&g_AxAgent.Event, SynchronizationEvent, FALSE);
    DriverObject->DriverUnload = AxUnload;

    clientNpi.ClientContext = &g_AxAgent;
    clientNpi.Dispatch = &AxClientDispatch;
    status = WskRegister(&clientNpi, &g_AxAgent.Registration);
    if (!NT_SUCCESS(status)) {
        return status;
    }

    status = WskCaptureProviderNPI(&g_AxAgent.Registration, WSK_INFINITE_WAIT, &g_AxAgent.Provider);  /* BUG WSK025: WSK_INFINITE_WAIT on a path from DriverEntry */
    if (!NT_SUCCESS(status)) {
        WskDeregister(&g_AxAgent.Registration);
        return status;
    }

    status = RtlCreateSecurityDescriptor(&masterTemplate, SECURITY_DESCRIPTOR_REVISION);
    AX_CHECK(status, "RtlCreateSecurityDescriptor");

    status = AxCacheMasterSd(&g_AxAgent, &masterTemplate);
    AX_CHECK(status, "AxCacheMasterSd");

    g_AxAgent.LocalAddress.sin_family = AF_INET;
    g_AxAgent.LocalAddress.sin_port = RtlUshortByteSwap(AX_MASTER_PORT);
    g_AxAgent.LocalAddress.sin_addr.s_addr = RtlUlongByteSwap(INADDR_LOOPBACK);

    status = AxOpenMasterSocket(&g_AxAgent);
    AX_CHECK(status, "AxOpenMasterSocket");

    AX_INFO("listening on port %u", AX_MASTER_PORT);
    return STATUS_SUCCESS;

Cleanup:
    AxUnload(DriverObject);
    return status;
}
