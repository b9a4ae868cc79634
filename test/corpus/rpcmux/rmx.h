/*
 * rmx.h - RPC multiplexer: one kernel endpoint fanning RPC sessions out to
 * a pool of worker sockets. Private definitions.
 *
 * Copyright (c) Adventure Works Cycles.
 */

#pragma once

#include <ntddk.h>
#include <wsk.h>

#define RMX_TAG                 'xMpR'
#define RMX_MAX_WORKERS         8
#define RMX_MAX_ADMIN_PORTS     4
#define RMX_MAX_MONITORS        4
#define RMX_MAX_SD_LENGTH       4096

#define RMX_TIER_PUBLIC         0
#define RMX_TIER_ADMIN          1
#define RMX_TIER_WORKER         2
#define RMX_TIER_COUNT          3

#define RMX_CONN(s)             ((PWSK_PROVIDER_CONNECTION_DISPATCH)((s)->Dispatch))
#define RMX_LISTEN(s)           ((PWSK_PROVIDER_LISTEN_DISPATCH)((s)->Dispatch))
#define RMX_DGRAM(s)            ((PWSK_PROVIDER_DATAGRAM_DISPATCH)((s)->Dispatch))

typedef enum _RMX_CONN_STATE {
    RmxConnIdle = 0,
    RmxConnHaveIrp,
    RmxConnSecured,
    RmxConnBound,
    RmxConnConnected,
    RmxConnFailed
} RMX_CONN_STATE;

typedef struct _RMX_CONTEXT *PRMX_CONTEXT;

typedef struct _RMX_CONNECTION {
    PRMX_CONTEXT            Owner;
    PWSK_SOCKET             Socket;
    PIRP                    Irp;
    KEVENT                  Event;
    RMX_CONN_STATE          State;
    SOCKADDR_IN6            Remote;
    PSECURITY_DESCRIPTOR    PeerSd;         // read in the accept callback, released in RmxFreeConnection
    PIO_WORKITEM            WorkItem;
    ULONG                   Id;
} RMX_CONNECTION, *PRMX_CONNECTION;

typedef struct _RMX_ADMIN_REPLY {
    SOCKADDR_IN             Remote;
    ULONG                   DescriptorLength;
    UCHAR                   Descriptor[256];
} RMX_ADMIN_REPLY, *PRMX_ADMIN_REPLY;

typedef struct _RMX_CONTEXT {
    PDEVICE_OBJECT          DeviceObject;
    WSK_REGISTRATION        Registration;
    WSK_PROVIDER_NPI        Provider;
    KEVENT                  Event;

    PWSK_SOCKET             ListenV4;
    PWSK_SOCKET             ListenV6;
    SOCKADDR_IN             LocalV4;
    SOCKADDR_IN6            LocalV6;

    PWSK_SOCKET             AdminListen;
    PWSK_SOCKET             AdminConnection;
    PWSK_SOCKET             AdminSockets[RMX_MAX_ADMIN_PORTS];
    SOCKADDR_IN             AdminAddresses[RMX_MAX_ADMIN_PORTS];
    ULONG                   AdminPortCount;

    PWSK_SOCKET             Workers[RMX_MAX_WORKERS];
    PIRP                    WorkerIrps[RMX_MAX_WORKERS];
    KEVENT                  WorkerEvents[RMX_MAX_WORKERS];
    KWAIT_BLOCK             WaitBlocks[RMX_MAX_WORKERS];
    ULONG                   WorkerCount;
    PSECURITY_DESCRIPTOR    WorkerTemplate;     // absolute template, not cached

    PWSK_SOCKET             Monitors[RMX_MAX_MONITORS];
    SOCKADDR_IN             MonitorAddresses[RMX_MAX_MONITORS];
    ULONG                   MonitorCount;

    PWSK_SOCKET             SpareSocket;
    SOCKADDR_IN             SpareAddress;

    PSECURITY_DESCRIPTOR    UpstreamTemplate;   // absolute template, not cached
    ULONG                   NextConnectionId;
} RMX_CONTEXT;

extern RMX_CONTEXT g_Rmx;
extern PSECURITY_DESCRIPTOR g_RmxTierSd[RMX_TIER_COUNT];   // cached copies, one per tier

IO_COMPLETION_ROUTINE RmxIrpDone;

NTSTATUS RmxWait(_In_ PKEVENT Event, _In_ PIRP Irp, _In_ NTSTATUS Status);
VOID RmxCloseSocket(_In_ PRMX_CONTEXT Ctx, _In_ PWSK_SOCKET Socket);

NTSTATUS RmxOpenListeners(_Inout_ PRMX_CONTEXT Ctx);
NTSTATUS RmxIoctlAcceptAdmin(_Inout_ PRMX_CONTEXT Ctx, _Out_writes_bytes_(ReplyLength) PRMX_ADMIN_REPLY Reply, _In_ ULONG ReplyLength);
NTSTATUS RmxConnectUpstream(_In_ PRMX_CONTEXT Ctx, _In_ PSOCKADDR Remote, _Out_ PWSK_SOCKET *Socket);
VOID RmxFreeConnection(_In_ PRMX_CONNECTION Conn);

NTSTATUS RmxStartWorkers(_Inout_ PRMX_CONTEXT Ctx, _In_ ULONG Count);
NTSTATUS RmxStartAdmin(_Inout_ PRMX_CONTEXT Ctx);
NTSTATUS RmxOpenMonitors(_Inout_ PRMX_CONTEXT Ctx);
NTSTATUS RmxAdvance(_Inout_ PRMX_CONNECTION Conn);
NTSTATUS RmxIoctlSetSparePolicy(_Inout_ PRMX_CONTEXT Ctx, _In_reads_bytes_(UserLength) PVOID UserSd, _In_ ULONG UserLength);
VOID RmxStopAll(_Inout_ PRMX_CONTEXT Ctx);
