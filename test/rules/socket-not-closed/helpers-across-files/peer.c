#include "sock.h"

NTSTATUS
LeaksWhatTheHelperOpened(PPEER Peer, PSOCKADDR Remote)
{
    PWSK_SOCKET socket = NULL;
    NTSTATUS status;

    status = SockOpen(Peer, &socket);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    if (Remote == NULL) {
        return STATUS_INVALID_PARAMETER;
//      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ WSK013 SockOpen leaves a socket in socket at line 9
    }
    Peer->Socket = socket;
    return STATUS_SUCCESS;
}

NTSTATUS
ClosedByTheHelper(PPEER Peer, PSOCKADDR Remote)
{
    PWSK_SOCKET socket = NULL;
    NTSTATUS status;

    status = SockOpen(Peer, &socket);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    if (Remote == NULL) {
        SockClose(Peer, socket);
        return STATUS_INVALID_PARAMETER;
    }
    Peer->Socket = socket;
    return STATUS_SUCCESS;
}

NTSTATUS
FailedOpenNeedsNothing(PPEER Peer)
{
    PWSK_SOCKET socket = NULL;

    if (!NT_SUCCESS(SockOpen(Peer, &socket))) {
        return STATUS_UNSUCCESSFUL;
    }
    Peer->Socket = socket;
    return STATUS_SUCCESS;
}
