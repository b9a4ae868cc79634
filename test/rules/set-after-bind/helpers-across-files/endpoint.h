#pragma once
#include "wsk.h"

typedef struct _ENDPOINT {
    PWSK_SOCKET Socket;
    PSECURITY_DESCRIPTOR CachedSd;
    PSOCKADDR LocalAddress;
    PIRP Irp;
    KEVENT Done;
} ENDPOINT, *PENDPOINT;

#define EP_CONNECTION(_ep_) ((PWSK_PROVIDER_CONNECTION_DISPATCH)(_ep_)->Socket->Dispatch)

NTSTATUS EpBind(PENDPOINT Endpoint);
NTSTATUS EpSecure(PENDPOINT Endpoint);
