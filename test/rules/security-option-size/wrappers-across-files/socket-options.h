#include "wsk.h"

typedef struct _BINDING {
    PWSK_SOCKET Socket;
    PIRP Irp;
    PSECURITY_DESCRIPTOR CachedSd;
} BINDING, *PBINDING;

NTSTATUS SetSockOpt(PWSK_SOCKET Sock, ULONG Level, ULONG Option, PVOID Buffer, SIZE_T Size, PIRP Irp);
NTSTATUS ControlSocket(PWSK_SOCKET Sock, WSK_CONTROL_SOCKET_TYPE Type, ULONG Code, ULONG Level, SIZE_T Size, PVOID Buffer, PIRP Irp);
NTSTATUS SetControlSocket(PBINDING Binding, WSK_CONTROL_SOCKET_TYPE Type, ULONG Code, ULONG Level, SIZE_T Size, PVOID Buffer);
