/*++

Copyright (c) 2009-2014 Northwind Traders

Module Name:

    bridge.h

Abstract:

    TDI-to-WSK bridge: lets the legacy TDX client stack open WSK sockets.

Revision History:

    2014-03-02  ported the descriptor handling from TDI to WSK.

--*/

#ifndef _TDXBRIDGE_H_
#define _TDXBRIDGE_H_

#include <ntddk.h>
#include <wsk.h>

#define TB_TAG                  'gdBT'
#define TB_MAX_BRIDGES          16

typedef struct _TB_BRIDGE {
    ULONG                   Signature;
    PWSK_SOCKET             Socket;
    PWSK_SOCKET             ControlSocket;
    KEVENT                  Event;
    ULONG                   AddressFamily;
    BOOLEAN                 Secure;
} TB_BRIDGE, *PTB_BRIDGE;

extern WSK_REGISTRATION TbRegistration;
extern WSK_PROVIDER_NPI TbProvider;
extern PSECURITY_DESCRIPTOR g_TbBridgeSd;

NTSTATUS
NTAPI
TbInitDescriptors(
    VOID
    );

NTSTATUS
NTAPI
TbCreateBridgeSocket(
    IN OUT PTB_BRIDGE Bridge
    );

VOID
NTAPI
TbUnload(
    IN PDRIVER_OBJECT DriverObject
    );

#endif
