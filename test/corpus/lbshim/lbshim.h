/*++

Module Name:

    lbshim.h

Abstract:

    Loopback WSK provider shim. The replication driver's built-in self
    test runs its protocol code against this in-memory provider instead of
    the network stack. The shim implements the basic provider dispatch;
    each emulated socket forwards control requests to a synchronous
    operations table.

--*/

#pragma once

#include <ntddk.h>
#include <wsk.h>

#define LB_TAG                      'mhSL'

#define WSK_BASIC(_s)               ((PWSK_PROVIDER_BASIC_DISPATCH)((_s)->Dispatch))
#define LB_FROM_WSK(_s)             CONTAINING_RECORD((_s), LB_SOCKET, Base)
#define LB_SD_SIZE                  sizeof(PSECURITY_DESCRIPTOR)

typedef struct _LB_SOCKET LB_SOCKET, *PLB_SOCKET;

//
// Synchronous control routine of an emulated socket: same parameters as
// WSK's, minus the IRP.
//
typedef
NTSTATUS
LB_CONTROL_ROUTINE(
    _In_ PLB_SOCKET Socket,
    _In_ WSK_CONTROL_SOCKET_TYPE RequestType,
    _In_ ULONG ControlCode,
    _In_ ULONG Level,
    _In_ SIZE_T InputSize,
    _In_reads_bytes_opt_(InputSize) PVOID InputBuffer,
    _In_ SIZE_T OutputSize,
    _Out_writes_bytes_opt_(OutputSize) PVOID OutputBuffer,
    _Out_opt_ SIZE_T *OutputSizeReturned
    );
typedef LB_CONTROL_ROUTINE *PLB_CONTROL_ROUTINE;

typedef struct _LB_SOCKET_OPS {
    PLB_CONTROL_ROUTINE     WskControlSocket;
    VOID                    (*WskCloseSocket)(_In_ PLB_SOCKET Socket);
} LB_SOCKET_OPS, *PLB_SOCKET_OPS;

struct _LB_SOCKET {
    WSK_SOCKET              Base;           // Base.Dispatch points at LbBasicDispatch
    const LB_SOCKET_OPS     *Ops;
    SECURITY_DESCRIPTOR     Absolute;       // emulated socket's own copy
    BOOLEAN                 HasDescriptor;
    BOOLEAN                 Bound;
};

extern const WSK_PROVIDER_BASIC_DISPATCH LbBasicDispatch;
extern const LB_SOCKET_OPS LbDefaultOps;

NTSTATUS
LbCreateSocket(
    _Outptr_ PLB_SOCKET *Socket
    );
