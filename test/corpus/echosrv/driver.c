/*++

Module Name:

    driver.c

Abstract:

    Driver entry, WSK registration and unload of the echo server.

Environment:

    Kernel mode only.

--*/

#include "echosrv.h"

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD EchoUnload;

#ifdef ALLOC_PRAGMA
#pragma alloc_text(INIT, DriverEntry)
#pragma alloc_text(PAGE, EchoUnload)
#pragma alloc_text(PAGE, EchoInitSecurity)
#endif

ECHO_GLOBALS g_EchoGlobals;

static const WSK_CLIENT_DISPATCH EchoClientDispatch = {
    MAKE_WSK_VERSION(1, 0),
    0,
    NULL
};

_Use_decl_annotations_
NTSTATUS
EchoSyncIrpCompletion(
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
// Builds a descriptor that grants access to SYSTEM and the administrators
// only, and caches it with WSK for the listening socket. The pool copy is
// freed as soon as WSK holds its own cached copy.
//
_Use_decl_annotations_
NTSTATUS
EchoInitSecurity(
    VOID
    )
{
    NTSTATUS status;
    PSECURITY_DESCRIPTOR sd = NULL;
    PACL dacl = NULL;
    ULONG daclLength;

    PAGED_CODE();

    daclLength = sizeof(ACL) +
                 2 * FIELD_OFFSET(ACCESS_ALLOWED_ACE, SidStart) +
                 RtlLengthSid(SeExports->SeLocalSystemSid) +
                 RtlLengthSid(SeExports->SeAliasAdminsSid);

    sd = ExAllocatePool2(POOL_FLAG_PAGED,
                         SECURITY_DESCRIPTOR_MIN_LENGTH + daclLength,
                         ECHO_POOL_TAG);
    if (sd == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }

    dacl = (PACL)((PUCHAR)sd + SECURITY_DESCRIPTOR_MIN_LENGTH);

    status = RtlCreateSecurityDescriptor(sd, SECURITY_DESCRIPTOR_REVISION);
    CHECK_STATUS(status);

    status = RtlCreateAcl(dacl, daclLength, ACL_REVISION);
    CHECK_STATUS(status);

    status = RtlAddAccessAllowedAce(dacl, ACL_REVISION, GENERIC_ALL,
                                    SeExports->SeLocalSystemSid);
    CHECK_STATUS(status);

    status = RtlAddAccessAllowedAce(dacl, ACL_REVISION, GENERIC_ALL,
                                    SeExports->SeAliasAdminsSid);
    CHECK_STATUS(status);

    status = RtlSetDaclSecurityDescriptor(sd, TRUE, dacl, FALSE);
    CHECK_STATUS(status);

    status = g_EchoGlobals.ProviderNpi.Dispatch->WskControlClient(
                 g_EchoGlobals.ProviderNpi.Client,
                 WSK_CACHE_SD,
                 sizeof(PSECURITY_DESCRIPTOR),
                 &sd,
                 sizeof(PSECURITY_DESCRIPTOR),
                 &g_EchoGlobals.ListenSd,
                 NULL,
                 NULL);
    if (!NT_SUCCESS(status)) {
        EchoTrace(DPFLTR_ERROR_LEVEL, "WSK_CACHE_SD failed: 0x%08x", status);
    }

Exit:
    ExFreePoolWithTag(sd, ECHO_POOL_TAG);
    return status;
}

_Use_decl_annotations_
VOID
EchoUnload(
    PDRIVER_OBJECT DriverObject
    )
{
    UNREFERENCED_PARAMETER(DriverObject);

    PAGED_CODE();

    EchoStopListener();

    if (g_EchoGlobals.ListenSd != NULL) {
        (VOID)g_EchoGlobals.ProviderNpi.Dispatch->WskControlClient(
            g_EchoGlobals.ProviderNpi.Client,
            WSK_RELEASE_SD,
            sizeof(PSECURITY_DESCRIPTOR),
            &g_EchoGlobals.ListenSd,
            0,
            NULL,
            NULL,
            NULL);
        g_EchoGlobals.ListenSd = NULL;
    }

    if (g_EchoGlobals.ProviderCaptured) {
        WskReleaseProviderNPI(&g_EchoGlobals.Registration);
        g_EchoGlobals.ProviderCaptured = FALSE;
    }

    WskDeregister(&g_EchoGlobals.Registration);

    EchoTrace(DPFLTR_INFO_LEVEL, "unloaded (%d connections served)",
              g_EchoGlobals.ConnectionCount);
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

    UNREFERENCED_PARAMETER(RegistryPath);

    RtlZeroMemory(&g_EchoGlobals, sizeof(g_EchoGlobals));
    KeInitializeSpinLock(&g_EchoGlobals.Lock);
    InitializeListHead(&g_EchoGlobals.Connections);

    clientNpi.ClientContext = NULL;
    clientNpi.Dispatch = &EchoClientDispatch;

    status = WskRegister(&clientNpi, &g_EchoGlobals.Registration);
    if (!NT_SUCCESS(status)) {
        return status;
    }

    status = WskCaptureProviderNPI(&g_EchoGlobals.Registration,
                                   WSK_INFINITE_WAIT,  /* BUG WSK025: WSK_INFINITE_WAIT on a path from DriverEntry */
                                   &g_EchoGlobals.ProviderNpi);
    if (!NT_SUCCESS(status)) {
        WskDeregister(&g_EchoGlobals.Registration);
        return status;
    }
    g_EchoGlobals.ProviderCaptured = TRUE;

    DriverObject->DriverUnload = EchoUnload;

    status = EchoInitSecurity();
    if (NT_SUCCESS(status)) {
        status = EchoStartListener();
    }

    if (!NT_SUCCESS(status)) {
        EchoUnload(DriverObject);
    }

    return status;
}
