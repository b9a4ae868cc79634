#include "wsk.h"

NTSTATUS SendBuffer(PWSK_SOCKET Socket, PWSK_BUF Buffer, PIRP Irp);
NTSTATUS SendAndWait(PWSK_SOCKET Socket, PWSK_BUF Buffer, PIRP Irp, PKEVENT Done);
NTSTATUS SendIfAny(PWSK_SOCKET Socket, PWSK_BUF Buffer, PIRP Irp);
NTSTATUS SendQuietly(PWSK_SOCKET Socket, PWSK_BUF Buffer, PIRP Irp);
NTSTATUS SendThroughTwo(PWSK_SOCKET Socket, PWSK_BUF Buffer, PIRP Irp);

typedef struct _SERVER {
    PWSK_SOCKET Socket;
    PIRP Irp;
    KEVENT Event;
} SERVER, *PSERVER;

NTSTATUS SetReuseOn(PSERVER Server, PULONG Value);
