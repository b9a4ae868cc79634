/*++

Copyright (c) Contoso Ltd. All rights reserved.

Module Name:

    beacon.h

Abstract:

    UDP presence beacon: private definitions.

--*/

#ifndef _UDPBEACON_BEACON_H_
#define _UDPBEACON_BEACON_H_

#include <ntddk.h>
#include <wsk.h>

#define UB_TAG                  'nCbU'
#define UB_BEACON_PORT          4789
#define UB_PAYLOAD_LENGTH       128

#define UB_DATAGRAM(_Socket)    ((PWSK_PROVIDER_DATAGRAM_DISPATCH)((_Socket)->Dispatch))

typedef struct _UB_BEACON {
    WSK_REGISTRATION        Registration;
    WSK_PROVIDER_NPI        Provider;
    PWSK_SOCKET             Socket;
    PSECURITY_DESCRIPTOR    CachedSd;       // WSK_CACHE_SD copy, see UbInitialize
    KEVENT                  IoEvent;
    KTIMER                  Timer;
    KDPC                    TimerDpc;
    ULONG                   Sequence;
    UCHAR                   Payload[UB_PAYLOAD_LENGTH];
} UB_BEACON, *PUB_BEACON;

NTSTATUS
NTAPI
UbIrpComplete(
    IN PDEVICE_OBJECT DeviceObject,
    IN PIRP Irp,
    IN PVOID Context
    );

NTSTATUS
UbWaitIrp(
    IN PUB_BEACON Beacon,
    IN PIRP Irp,
    IN NTSTATUS Status
    );

NTSTATUS
NTAPI
UbInitialize(
    IN PUB_BEACON Beacon,
    IN PSECURITY_DESCRIPTOR Template
    );

VOID
NTAPI
UbCleanup(
    IN PUB_BEACON Beacon
    );

NTSTATUS
NTAPI
UbCreateSocket(
    IN PUB_BEACON Beacon,
    IN PSOCKADDR LocalAddress
    );

NTSTATUS
NTAPI
UbCreateSocketV6(
    IN PUB_BEACON Beacon,
    IN PSOCKADDR LocalAddress
    );

NTSTATUS
NTAPI
UbSendBeacon(
    IN PUB_BEACON Beacon,
    IN PSOCKADDR Remote
    );

#endif // _UDPBEACON_BEACON_H_
