#include "wsk.h"

typedef struct _TUNNEL {
    PWSK_SOCKET Socket;
    PIRP Irp;
    KEVENT Done;
    PSECURITY_DESCRIPTOR Sd;
    SOCKADDR_IN Local;
} TUNNEL, *PTUNNEL;

NTSTATUS TunnelBind(PTUNNEL Tunnel);
NTSTATUS TunnelSecure(PTUNNEL Tunnel);
