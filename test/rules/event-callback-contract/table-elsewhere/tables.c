#include "wsk.h"
#include "peer.h"

/* The tables live here; the callbacks in peer.c. Designated, out of order, with a cast. */
const WSK_CLIENT_CONNECTION_DISPATCH g_PeerConnection = {
    .WskDisconnectEvent = PeerDisconnected,
    .WskReceiveEvent = (PFN_WSK_RECEIVE_EVENT)PeerReceive,
};

static WSK_CLIENT_DATAGRAM_DISPATCH g_PeerDatagram;

VOID
PeerSetUpTables(VOID)
{
    g_PeerDatagram.WskReceiveFromEvent = PeerDatagram;
}
