/*++

Module Name:

    tlm.h

Abstract:

    KMDF telemetry exporter: ships counters to a collector over UDP. The
    export socket carries the collector policy descriptor (a cached copy
    owned by the device context). User mode can read the policy back and
    rotate it through IOCTLs.

Environment:

    Kernel-mode Driver Framework

--*/

#pragma once

#include <ntddk.h>
#include <wdf.h>
#include <wsk.h>

#define TLM_POOL_TAG                'xEmT'
#define TLM_COLLECTOR_PORT          2055

#define IOCTL_TLM_QUERY_POLICY      CTL_CODE(FILE_DEVICE_NETWORK, 0x901, METHOD_BUFFERED, FILE_READ_ACCESS)
#define IOCTL_TLM_ROTATE_POLICY     CTL_CODE(FILE_DEVICE_NETWORK, 0x902, METHOD_BUFFERED, FILE_WRITE_ACCESS)

#define TLM_DGRAM(_s)               ((PWSK_PROVIDER_DATAGRAM_DISPATCH)(_s)->Dispatch)

typedef struct _TLM_DEVICE_CONTEXT {
    WDFDEVICE               Device;
    WDFQUEUE                ControlQueue;
    WDFREQUEST              WskRequest;         // carries the IRP of setup calls
    WDFWAITLOCK             PolicyLock;
    WSK_REGISTRATION        Registration;
    WSK_PROVIDER_NPI        Provider;
    BOOLEAN                 Registered;
    BOOLEAN                 ProviderCaptured;
    PWSK_SOCKET             ExportSocket;
    PSECURITY_DESCRIPTOR    CollectorSd;        // cached, see TlmEvtDevicePrepareHardware
    SOCKADDR_IN             LocalAddress;
    KEVENT                  IoEvent;
} TLM_DEVICE_CONTEXT, *PTLM_DEVICE_CONTEXT;

WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(TLM_DEVICE_CONTEXT, TlmGetDeviceContext)

typedef struct _TLM_QUEUE_CONTEXT {
    PTLM_DEVICE_CONTEXT     DeviceContext;
    ULONG                   Rotations;
} TLM_QUEUE_CONTEXT, *PTLM_QUEUE_CONTEXT;

WDF_DECLARE_CONTEXT_TYPE(TLM_QUEUE_CONTEXT)

DRIVER_INITIALIZE DriverEntry;
EVT_WDF_DRIVER_DEVICE_ADD TlmEvtDeviceAdd;
EVT_WDF_DEVICE_PREPARE_HARDWARE TlmEvtDevicePrepareHardware;
EVT_WDF_DEVICE_RELEASE_HARDWARE TlmEvtDeviceReleaseHardware;
EVT_WDF_IO_QUEUE_IO_DEVICE_CONTROL TlmEvtIoDeviceControl;
IO_COMPLETION_ROUTINE TlmIrpCompletion;

_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS
TlmWaitIrp(
    _In_ PTLM_DEVICE_CONTEXT DevCtx,
    _In_ PIRP Irp,
    _In_ NTSTATUS Status
    );

_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS
TlmOpenExportSocket(
    _In_ PTLM_DEVICE_CONTEXT DevCtx,
    _In_opt_ PSECURITY_DESCRIPTOR CachedSd,
    _Out_ PWSK_SOCKET *Socket
    );

_IRQL_requires_(PASSIVE_LEVEL)
VOID
TlmCloseSocket(
    _In_ PTLM_DEVICE_CONTEXT DevCtx,
    _In_ PWSK_SOCKET Socket
    );
