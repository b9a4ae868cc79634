/* valid: no findings */
#include "wsk.h"

/* A file's own static function that happens to share a registered callback's name: WSK never calls it. */
static NTSTATUS
PeerDisconnected(PVOID SocketContext, ULONG Flags)
{
    if (SocketContext == NULL) {
        return STATUS_INVALID_PARAMETER;
    }
    return Forget(SocketContext, Flags);
}

VOID
Drop(PVOID Peer)
{
    (VOID)PeerDisconnected(Peer, 0);
}
