typedef struct _PEER {
    PWSK_SOCKET Socket;
    PVOID Held;
    ULONG Received;
    LIST_ENTRY Queue;
} PEER, *PPEER;

NTSTATUS WSKAPI PeerReceive(PVOID SocketContext, ULONG Flags, PWSK_DATA_INDICATION DataIndication,
                            SIZE_T BytesIndicated, SIZE_T *BytesAccepted);
NTSTATUS WSKAPI PeerDisconnected(PVOID SocketContext, ULONG Flags);
NTSTATUS WSKAPI PeerDatagram(PVOID SocketContext, ULONG Flags, PWSK_DATAGRAM_INDICATION DataIndication);
