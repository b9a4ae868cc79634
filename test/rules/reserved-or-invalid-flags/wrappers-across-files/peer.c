#include "peer.h"

/* Wrappers that pass their parameters on: the caller's arguments are what WSK gets. */
NTSTATUS
PeerBind(PWSK_SOCKET Socket, PSOCKADDR Local, ULONG Flags, PIRP Irp)
{
    return PEER_DISPATCH(Socket)->WskBind(Socket, Local, Flags, Irp);
}

NTSTATUS
PeerDisconnect(PWSK_SOCKET Socket, PWSK_BUF Final, ULONG Flags, PIRP Irp)
{
    return PEER_DISPATCH(Socket)->WskDisconnect(Socket, Final, Flags, Irp);
}
