/*++

Module Name:

    policy.c

Abstract:

    Baseline descriptor of the socket security monitor and its
    application to new replication sockets.

--*/

#include "secmon.h"

SM_GLOBALS g_SmGlobals;

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD SmUnload;

VOID SmFlushTable(VOID);

static const WSK_CLIENT_DISPATCH SmClientDispatch = { MAKE_WSK_VERSION(1, 0), 0, NULL };

_IRQL_requires_max_(PASSIVE_LEVEL)
static
NTSTATUS
SmInitBaseline(
    VOID
    )
{
    NTSTATUS status;
    PSECURITY_DESCRIPTOR sd;

    sd = ExAllocatePoolWithTag(PagedPool, SECURITY_DESCRIPTOR_MIN_LENGTH, SM_TAG);
    if (sd == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }

    //
    // No DACL at all would grant everyone access; an empty DACL grants no
    // one but the kernel.
    //
    status = RtlCreateSecurityDescriptor(sd, SECURITY_DESCRIPTOR_REVISION);
    if (NT_SUCCESS(status)) {
        status = SM_PROVIDER()->WskControlClient(SM_CLIENT(),
                                                 WSK_CACHE_SD,
                                                 sizeof(PSECURITY_DESCRIPTOR),
                                                 &sd,
                                                 sizeof(PSECURITY_DESCRIPTOR),
                                                 &g_SmGlobals.BaselineSd,
                                                 NULL,
                                                 NULL);
    }

    ExFreePoolWithTag(sd, SM_TAG);
    return status;
}

//
// Applies a private cached copy of Template to a socket that has not been
// bound yet. The copy is released once the set has completed: the socket
// keeps its own reference.
//
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
SmApplyTemplate(
    _In_ PWSK_SOCKET Socket,
    _In_ PSECURITY_DESCRIPTOR Template
    )
{
    NTSTATUS status;
    PSECURITY_DESCRIPTOR cachedSd = NULL;
    PIRP irp = NULL;
    KEVENT event;

    status = SM_PROVIDER()->WskControlClient(SM_CLIENT(),
                                             WSK_CACHE_SD,
                                             sizeof(PSECURITY_DESCRIPTOR),
                                             &Template,
                                             sizeof(PSECURITY_DESCRIPTOR),
                                             &cachedSd,
                                             NULL,
                                             NULL);
    if (!NT_SUCCESS(status)) {
        // Nothing was cached: nothing to release.
        return status;
    }

    KeInitializeEvent(&event, NotificationEvent, FALSE);
    irp = SmAllocateSyncIrp(&event);
    if (irp == NULL) {
        status = STATUS_INSUFFICIENT_RESOURCES;
        goto Exit;
    }

    status = ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(
                 Socket,
                 WskSetOption,
                 SO_WSK_SECURITY,
                 SOL_SOCKET,
                 sizeof(PVOID),
                 &cachedSd,
                 0,
                 NULL,
                 NULL,
                 irp);
    status = SmWaitForIrp(irp, &event, status);

#if DBG
    //
    // Checked builds read the descriptor back to make sure the provider
    // took it.
    //
    if (NT_SUCCESS(status)) {
        PSECURITY_DESCRIPTOR check = NULL;
        NTSTATUS checkStatus;

        IoFreeIrp(irp);
        irp = SmAllocateSyncIrp(&event);
        if (irp != NULL) {
            checkStatus = ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(
                              Socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET,
                              0, NULL, sizeof(check), &check, NULL, irp);
            if (checkStatus == STATUS_PENDING) {
                KeWaitForSingleObject(&event, Executive, KernelMode, FALSE, NULL);
                checkStatus = irp->IoStatus.Status;
            }
            if (NT_SUCCESS(checkStatus)) {
                NT_ASSERT(check == cachedSd);
                SM_PROVIDER()->WskControlClient(SM_CLIENT(), WSK_RELEASE_SD,
                                                sizeof(PSECURITY_DESCRIPTOR), &check,
                                                0, NULL, NULL, NULL);
            }
        }
    }
#endif

Exit:
    SM_PROVIDER()->WskControlClient(SM_CLIENT(),
                                    WSK_RELEASE_SD,
                                    sizeof(PSECURITY_DESCRIPTOR),
                                    &cachedSd,
                                    0,
                                    NULL,
                                    NULL,
                                    NULL);
    if (irp != NULL) {
        IoFreeIrp(irp);
    }
    return status;
}

_Use_decl_annotations_
VOID
SmUnload(
    PDRIVER_OBJECT DriverObject
    )
{
    UNREFERENCED_PARAMETER(DriverObject);

    SmFlushTable();

    if (g_SmGlobals.BaselineSd != NULL) {
        SM_PROVIDER()->WskControlClient(SM_CLIENT(),
                                        WSK_RELEASE_SD,
                                        sizeof(PSECURITY_DESCRIPTOR),
                                        &g_SmGlobals.BaselineSd,
                                        0,
                                        NULL,
                                        NULL,
                                        NULL);
        g_SmGlobals.BaselineSd = NULL;
    }

    WskReleaseProviderNPI(&g_SmGlobals.Registration);
    WskDeregister(&g_SmGlobals.Registration);
}

_Use_decl_annotations_
NTSTATUS
DriverEntry(
    PDRIVER_OBJECT DriverObject,
    PUNICODE_STRING RegistryPath
    )
{
    NTSTATUS status;
    WSK_CLIENT_NPI npi;

    UNREFERENCED_PARAMETER(RegistryPath);

    ExInitializeFastMutex(&g_SmGlobals.TableLock);

    npi.ClientContext = NULL;
    npi.Dispatch = &SmClientDispatch;
    status = WskRegister(&npi, &g_SmGlobals.Registration);
    if (!NT_SUCCESS(status)) {
        return status;
    }

    status = WskCaptureProviderNPI(&g_SmGlobals.Registration, WSK_INFINITE_WAIT, &g_SmGlobals.Npi);  /* BUG WSK025: WSK_INFINITE_WAIT on a path from DriverEntry */
    if (!NT_SUCCESS(status)) {
        WskDeregister(&g_SmGlobals.Registration);
        return status;
    }

    status = SmInitBaseline();
    if (!NT_SUCCESS(status)) {
        WskReleaseProviderNPI(&g_SmGlobals.Registration);
        WskDeregister(&g_SmGlobals.Registration);
        return status;
    }

    DriverObject->DriverUnload = SmUnload;
    return STATUS_SUCCESS;
}
