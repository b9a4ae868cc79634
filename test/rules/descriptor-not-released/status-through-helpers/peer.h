#include "wsk.h"

typedef struct _PEER {
    PWSK_SOCKET Socket;
    PIRP Irp;
    KEVENT Done;
} PEER, *PPEER;

extern WSK_PROVIDER_NPI g_Npi;

NTSTATUS PeerGetSd(PPEER Peer, PSECURITY_DESCRIPTOR *Sd);
NTSTATUS PeerFinish(PPEER Peer, NTSTATUS Status);
NTSTATUS PeerValidate(PSECURITY_DESCRIPTOR Sd);
