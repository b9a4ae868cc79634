#include "wsk.h"

#define PEER_DISPATCH(_s_) ((PWSK_PROVIDER_CONNECTION_DISPATCH)(_s_)->Dispatch)

NTSTATUS PeerBind(PWSK_SOCKET Socket, PSOCKADDR Local, ULONG Flags, PIRP Irp);
NTSTATUS PeerDisconnect(PWSK_SOCKET Socket, PWSK_BUF Final, ULONG Flags, PIRP Irp);
