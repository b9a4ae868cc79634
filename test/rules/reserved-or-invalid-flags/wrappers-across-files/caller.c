#include "peer.h"

NTSTATUS
StartPeer(PWSK_SOCKET Socket, PSOCKADDR Local, PWSK_BUF Final, PIRP Irp)
{
    NTSTATUS status = PeerBind(Socket, Local, WSK_FLAG_LISTEN_SOCKET, Irp);
//                                            ^^^^^^^^^^^^^^^^^^^^^^ WSK022 Flags of WskBind is reserved
//                                            preferred fix: Replace WSK_FLAG_LISTEN_SOCKET with 0
//                                            = 0

    if (!NT_SUCCESS(status)) {
        return status;
    }
    return PeerDisconnect(Socket, NULL, WSK_FLAG_ABORTIVE, Irp);
}

NTSTATUS
ResetPeer(PWSK_SOCKET Socket, PMDL Mdl, PIRP Irp)
{
    WSK_BUF last;

    last.Mdl = Mdl;
    last.Offset = 0;
    last.Length = 4;
    return PeerDisconnect(Socket, &last, WSK_FLAG_ABORTIVE, Irp);
//                                ^^^^^ WSK022 Buffer must be NULL for
//                                preferred fix: Replace &last with NULL
//                                = NULL
}
