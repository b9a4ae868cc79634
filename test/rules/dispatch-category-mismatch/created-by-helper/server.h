#include "wsk.h"

typedef struct _SERVER {
    PWSK_PROVIDER_NPI Npi;
    PIRP Irp;
    KEVENT Done;
} SERVER, *PSERVER;

NTSTATUS ServerCreate(PSERVER Server, ULONG Flags);
NTSTATUS ServerCreateListener(PSERVER Server);
NTSTATUS ServerCreateDatagram(PSERVER Server);
NTSTATUS ServerWait(PSERVER Server, NTSTATUS Status);
