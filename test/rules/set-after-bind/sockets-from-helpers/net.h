#include "wsk.h"

typedef struct _NET {
    PWSK_PROVIDER_NPI Npi;
    PIRP Irp;
    KEVENT Done;
    PSECURITY_DESCRIPTOR Sd;
    SOCKADDR_IN Address;
} NET, *PNET;

NTSTATUS NetOpenDatagram(PNET Net);
NTSTATUS NetConnect(PNET Net);
NTSTATUS NetAccept(PNET Net, PWSK_SOCKET Listener);
NTSTATUS NetWait(PNET Net, NTSTATUS Status);
