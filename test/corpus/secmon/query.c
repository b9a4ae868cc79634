/*++

Module Name:

    query.c

Abstract:

    Reads back the descriptor of tracked sockets (SO_WSK_SECURITY get) and
    keeps the captured copies in a small table.

--*/

#include "secmon.h"

SM_ENTRY g_SmTable[SM_TABLE_SIZE];

_Use_decl_annotations_
NTSTATUS
SmQueryDescriptor(
    PWSK_SOCKET Socket,
    PBOOLEAN MatchesBaseline
    )
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR sd = NULL;
    PIRP irp = NULL;
    KEVENT event;

    PAGED_CODE();

    *MatchesBaseline = FALSE;
    KeInitializeEvent(&event, NotificationEvent, FALSE);

    __try {
        irp = SmAllocateSyncIrp(&event);
        if (irp == NULL) {
            status = STATUS_INSUFFICIENT_RESOURCES;
            __leave;
        }

        status = ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(
                     Socket,
                     WskGetOption,
                     SO_WSK_SECURITY,
                     SOL_SOCKET,
                     0,
                     NULL,
                     sizeof(PSECURITY_DESCRIPTOR),
                     &sd,
                     NULL,
                     irp);
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&event, Executive, KernelMode, FALSE, NULL);
            status = irp->IoStatus.Status;
        }
        if (!NT_SUCCESS(status)) {
            __leave;
        }

        //
        // WSK hands out the same cached copy for an identical descriptor.
        //
        *MatchesBaseline = (BOOLEAN)(sd == g_SmGlobals.BaselineSd);

#if DBG
        if (!*MatchesBaseline) {
            DbgPrintEx(DPFLTR_IHVNETWORK_ID, DPFLTR_WARNING_LEVEL,
                       "secmon: socket %p drifted from the baseline\n", Socket);
        }
#endif
    } __finally {
        if (sd != NULL) {
            SM_PROVIDER()->WskControlClient(SM_CLIENT(),
                                            WSK_RELEASE_SD,
                                            sizeof(PSECURITY_DESCRIPTOR),
                                            &sd,
                                            0,
                                            NULL,
                                            NULL,
                                            NULL);
        }
        if (irp != NULL) {
            IoFreeIrp(irp);
        }
    }

    return status;
}

_Use_decl_annotations_
NTSTATUS
SmCaptureDescriptor(
    PWSK_SOCKET Socket,
    PSECURITY_DESCRIPTOR *Captured
    )
{
    NTSTATUS status;
    PSECURITY_DESCRIPTOR sd = NULL;
    PIRP irp;
    KEVENT event;

    PAGED_CODE();

    *Captured = NULL;
    KeInitializeEvent(&event, NotificationEvent, FALSE);

    irp = SmAllocateSyncIrp(&event);
    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }

    status = ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(
                 Socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET,
                 0, NULL, sizeof(sd), &sd, NULL, irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(&event, Executive, KernelMode, FALSE, NULL);
        status = irp->IoStatus.Status;
    }
    IoFreeIrp(irp);

    if (!NT_SUCCESS(status)) {
        return status;
    }

    // The caller owns the copy from here on.
    *Captured = sd;
    return STATUS_SUCCESS;
}

//
// Sends the socket's current descriptor to the audit service, which
// becomes the owner of the copy.
//
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
SmSubmitAudit(
    _In_ PWSK_SOCKET Socket
    )
{
    NTSTATUS status;
    PSECURITY_DESCRIPTOR sd = NULL;
    KEVENT event;
    PIRP irp;

    KeInitializeEvent(&event, NotificationEvent, FALSE);
    irp = SmAllocateSyncIrp(&event);
    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }

    status = ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(
                 Socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET,
                 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &sd, NULL, irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(&event, Executive, KernelMode, FALSE, NULL);
        status = irp->IoStatus.Status;
    }
    IoFreeIrp(irp);

    if (NT_SUCCESS(status)) {
        status = AuditSubmitSocketDescriptor(Socket, sd);
    }
    return status;
}

_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
SmTrackSocket(
    _In_ ULONG Slot,
    _In_ PWSK_SOCKET Socket,
    _In_ SM_TRACK_MODE Mode
    )
{
    NTSTATUS status = STATUS_SUCCESS;
    PSM_ENTRY entry;
    BOOLEAN matches;

    if (Slot >= SM_TABLE_SIZE) {
        return STATUS_INVALID_PARAMETER;
    }

    entry = &g_SmTable[Slot];

    ExAcquireFastMutex(&g_SmGlobals.TableLock);

    switch (Mode) {
    case SmModeCapture:
        if (entry->CapturedSd != NULL) {
            status = STATUS_OBJECT_NAME_COLLISION;
            break;
        }
        entry->Socket = Socket;
        status = SmCaptureDescriptor(Socket, &entry->CapturedSd);
        break;

    case SmModeCompare:
        status = SmQueryDescriptor(Socket, &matches);
        if (NT_SUCCESS(status) && !matches) {
            entry->Mismatches++;
        }
        break;

    case SmModeForget:
        if (entry->CapturedSd != NULL) {
            SM_PROVIDER()->WskControlClient(SM_CLIENT(), WSK_RELEASE_SD,
                                            sizeof(PSECURITY_DESCRIPTOR), &entry->CapturedSd,
                                            0, NULL, NULL, NULL);
            entry->CapturedSd = NULL;
        }
        entry->Socket = NULL;
        entry->Mismatches = 0;
        break;

    default:
        status = STATUS_INVALID_PARAMETER;
        break;
    }

    ExReleaseFastMutex(&g_SmGlobals.TableLock);
    return status;
}

_IRQL_requires_max_(PASSIVE_LEVEL)
VOID
SmFlushTable(
    VOID
    )
{
    ULONG i;

    ExAcquireFastMutex(&g_SmGlobals.TableLock);

    for (i = 0; i < SM_TABLE_SIZE; i++) {
        if (g_SmTable[i].CapturedSd == NULL) {
            continue;
        }

        SM_PROVIDER()->WskControlClient(SM_CLIENT(),
                                        WSK_RELEASE_SD,
                                        sizeof(PSECURITY_DESCRIPTOR),
                                        &g_SmTable[i].CapturedSd,
                                        0,
                                        NULL,
                                        NULL,
                                        NULL);
        g_SmTable[i].CapturedSd = NULL;
        g_SmTable[i].Socket = NULL;
    }

    ExReleaseFastMutex(&g_SmGlobals.TableLock);
}
