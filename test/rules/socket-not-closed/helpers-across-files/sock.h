#pragma once
#include "wsk.h"

typedef struct _PEER {
    PWSK_SOCKET Socket;
    PWSK_PROVIDER_NPI Npi;
    KEVENT Done;
    PIRP Irp;
} PEER, *PPEER;

NTSTATUS SockOpen(PPEER Peer, PWSK_SOCKET *Socket);
VOID SockClose(PPEER Peer, PWSK_SOCKET Socket);
