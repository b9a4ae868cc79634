/*++

Module Name:

    secmon.h

Abstract:

    Socket security monitor: applies a baseline descriptor to the sockets
    of the storage replication engine and records the descriptor each
    tracked socket ends up with.

Environment:

    Kernel mode, PASSIVE_LEVEL.

--*/

#ifndef SECMON_H
#define SECMON_H

#include <ntddk.h>
#include <wsk.h>

#define SM_TAG              'moMS'
#define SM_TABLE_SIZE       32

typedef enum _SM_TRACK_MODE {
    SmModeCapture,
    SmModeCompare,
    SmModeForget
} SM_TRACK_MODE;

typedef struct _SM_GLOBALS {
    WSK_REGISTRATION        Registration;
    WSK_PROVIDER_NPI        Npi;
    FAST_MUTEX              TableLock;
    PSECURITY_DESCRIPTOR    BaselineSd;     // cached copy, see SmInitBaseline
} SM_GLOBALS;

typedef struct _SM_ENTRY {
    PWSK_SOCKET             Socket;
    PSECURITY_DESCRIPTOR    CapturedSd;     // cached copy from SO_WSK_SECURITY get
    ULONG                   Mismatches;
} SM_ENTRY, *PSM_ENTRY;

extern SM_GLOBALS g_SmGlobals;
extern SM_ENTRY g_SmTable[SM_TABLE_SIZE];

#define SM_CLIENT()         (g_SmGlobals.Npi.Client)
#define SM_PROVIDER()       (g_SmGlobals.Npi.Dispatch)

_IRQL_requires_max_(PASSIVE_LEVEL)
PIRP
SmAllocateSyncIrp(
    _In_ PKEVENT Event
    );

_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
SmWaitForIrp(
    _In_ PIRP Irp,
    _In_ PKEVENT Event,
    _In_ NTSTATUS Status
    );

_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
SmQueryDescriptor(
    _In_ PWSK_SOCKET Socket,
    _Out_ PBOOLEAN MatchesBaseline
    );

_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
SmCaptureDescriptor(
    _In_ PWSK_SOCKET Socket,
    _Outptr_result_maybenull_ PSECURITY_DESCRIPTOR *Captured
    );

//
// Exported by the audit service driver (auditsvc.sys). Takes ownership of
// a cached descriptor copy: auditsvc releases it once the audit record
// has been written.
//
DECLSPEC_IMPORT
NTSTATUS
AuditSubmitSocketDescriptor(
    _In_ PWSK_SOCKET Socket,
    _In_ __drv_aliasesMem PSECURITY_DESCRIPTOR CachedSd
    );

#endif // SECMON_H
