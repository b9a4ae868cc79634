/*++

Copyright (c) 2009  Northwind Printing Systems

Module Name:

    lpd.h

Abstract:

    Private definitions of the LPD print gateway (RFC 1179 on TCP 515).
    The listening socket is restricted to the local spooler service with a
    cached security descriptor.

Environment:

    Kernel mode only.

Revision History:

    2009-03-11  created (WDK 7600)

--*/

#ifndef _LPD_H_
#define _LPD_H_

#include <ntddk.h>
#include <wsk.h>

#define LPD_POOL_TAG            'gdpL'
#define LPD_PORT                515
#define LPD_DEVICE_NAME         L"\\Device\\LpdGateway"
#define LPD_MAX_BACKLOG         8

#define LPD_CONNECTION(s)       ((PWSK_PROVIDER_CONNECTION_DISPATCH)((s)->Dispatch))
#define LPD_LISTEN(s)           ((PWSK_PROVIDER_LISTEN_DISPATCH)((s)->Dispatch))

typedef struct _LPD_DEVICE_EXTENSION {
    PDEVICE_OBJECT          DeviceObject;
    WSK_REGISTRATION        WskRegistration;
    WSK_PROVIDER_NPI        WskProvider;
    BOOLEAN                 WskRegistered;
    BOOLEAN                 ProviderCaptured;
    PSECURITY_DESCRIPTOR    SpoolerSd;          // WSK_CACHE_SD copy, released in LpdUnload
    PWSK_SOCKET             ListenSocket;
    KEVENT                  CompletionEvent;
    ULONG                   AcceptedCount;
} LPD_DEVICE_EXTENSION, *PLPD_DEVICE_EXTENSION;

typedef struct _LPD_PEER_INFO {
    SOCKADDR_IN             Remote;
    ULONG                   DescriptorLength;
    BOOLEAN                 HasDescriptor;
} LPD_PEER_INFO, *PLPD_PEER_INFO;

//
// lpdinit.c
//

DRIVER_INITIALIZE DriverEntry;

VOID
LpdUnload(
    __in PDRIVER_OBJECT DriverObject
    );

NTSTATUS NTAPI
LpdCompletionRoutine(
    __in PDEVICE_OBJECT DeviceObject,
    __in PIRP Irp,
    __in_opt PVOID Context
    );

NTSTATUS
LpdWaitForIrp(
    IN PLPD_DEVICE_EXTENSION Extension,
    IN PIRP Irp,
    IN NTSTATUS Status
    );

//
// lpdsock.c
//

NTSTATUS
LpdCreateListener(
    IN PLPD_DEVICE_EXTENSION Extension,
    IN PSOCKADDR_IN LocalAddress
    );

NTSTATUS
LpdAcceptOne(
    IN PLPD_DEVICE_EXTENSION Extension,
    OUT PLPD_PEER_INFO PeerInfo OPTIONAL
    );

VOID
LpdCloseSocket(
    IN PLPD_DEVICE_EXTENSION Extension,
    IN PWSK_SOCKET Socket
    );

#endif // _LPD_H_
