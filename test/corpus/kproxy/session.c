//
// session.c - connection setup and teardown of the relay.
//
// Copyright (c) Fabrikam, Inc.
//

#include "kproxy.h"

const WSK_CLIENT_CONNECTION_DISPATCH KpUpstreamDispatch = { NULL, NULL, NULL };

//
// Client-facing socket of an outbound relay: created, bound to the
// configured local address, then restricted to the relay policy.
//
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
KpOpenDownstream(
    _Inout_ PKP_CONNECTION Conn
    )
{
    NTSTATUS status;
    PKP_DEVICE_EXTENSION devExt = Conn->DevExt;

    status = devExt->Provider.Dispatch->WskSocket(devExt->Provider.Client,
                                                  AF_INET,
                                                  SOCK_STREAM,
                                                  IPPROTO_TCP,
                                                  WSK_FLAG_CONNECTION_SOCKET,
                                                  Conn,
                                                  NULL,
                                                  NULL,
                                                  NULL,
                                                  NULL,
                                                  Conn->Irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(&Conn->Event, Executive, KernelMode, FALSE, NULL);
        status = Conn->Irp->IoStatus.Status;
    }
    CHECK_STATUS(status);

    Conn->Socket = (PWSK_SOCKET)Conn->Irp->IoStatus.Information;
    IoReuseIrp(Conn->Irp, STATUS_UNSUCCESSFUL);
    IoSetCompletionRoutine(Conn->Irp, KpIrpCompletion, &Conn->Event, TRUE, TRUE, TRUE);

    status = KpBindLocal(Conn);
    CHECK_STATUS(status);

    status = KpSecureSocket(Conn);      /* BUG WSK007: helper sets the descriptor after KpBindLocal bound the socket */
    CHECK_STATUS(status);

Exit:
    return status;
}

//
// Listener-side socket: restricted first, then bound. (Same helpers as
// above, in the order the contract requires.)
//
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
KpOpenPassive(
    _Inout_ PKP_CONNECTION Conn
    )
{
    NTSTATUS status;
    PKP_DEVICE_EXTENSION devExt = Conn->DevExt;

    status = devExt->Provider.Dispatch->WskSocket(devExt->Provider.Client,
                                                  AF_INET,
                                                  SOCK_STREAM,
                                                  IPPROTO_TCP,
                                                  WSK_FLAG_CONNECTION_SOCKET,
                                                  Conn,
                                                  NULL,
                                                  NULL,
                                                  NULL,
                                                  NULL,
                                                  Conn->Irp);
    status = KpWaitIrp(Conn, status);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    Conn->Socket = (PWSK_SOCKET)Conn->Irp->IoStatus.Information;

    status = KpSecureSocket(Conn);
    if (!NT_SUCCESS(status)) {
        return status;
    }

    return KpBindLocal(Conn);
}

//
// Server-facing socket: WskSocketConnect with a copy of the descriptor of
// the client-facing socket, then the relay policy on top.
//
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
KpOpenUpstream(
    _Inout_ PKP_CONNECTION Conn
    )
{
    NTSTATUS status;
    PKP_DEVICE_EXTENSION devExt = Conn->DevExt;
    SOCKADDR_IN local;

    status = KP_CONN_DISPATCH(Conn->Socket)->WskControlSocket(Conn->Socket,
                                                              WskGetOption,
                                                              SO_WSK_SECURITY,
                                                              SOL_SOCKET,
                                                              0,
                                                              NULL,
                                                              sizeof(PSECURITY_DESCRIPTOR),
                                                              &Conn->SessionSd,
                                                              NULL,
                                                              Conn->Irp);
    status = KpWaitIrp(Conn, status);
    CHECK_STATUS(status);

    RtlZeroMemory(&local, sizeof(local));
    local.sin_family = AF_INET;

    status = devExt->Provider.Dispatch->WskSocketConnect(devExt->Provider.Client,
                                                         SOCK_STREAM,
                                                         IPPROTO_TCP,
                                                         (PSOCKADDR)&local,
                                                         (PSOCKADDR)&devExt->UpstreamAddress,
                                                         0,
                                                         Conn,
                                                         &KpUpstreamDispatch,
                                                         NULL,
                                                         NULL,
                                                         Conn->SessionSd,
                                                         Conn->Irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(&Conn->Event, Executive, KernelMode, FALSE, NULL);
        status = Conn->Irp->IoStatus.Status;
    }
    CHECK_STATUS(status);

    Conn->UpstreamSocket = (PWSK_SOCKET)Conn->Irp->IoStatus.Information;
    IoReuseIrp(Conn->Irp, STATUS_UNSUCCESSFUL);
    IoSetCompletionRoutine(Conn->Irp, KpIrpCompletion, &Conn->Event, TRUE, TRUE, TRUE);

    status = KP_CONN_DISPATCH(Conn->UpstreamSocket)->WskControlSocket(     /* BUG WSK007: WskSocketConnect sockets are born bound */
                 Conn->UpstreamSocket,
                 WskSetOption,
                 SO_WSK_SECURITY,
                 SOL_SOCKET,
                 sizeof(PSECURITY_DESCRIPTOR),
                 &devExt->PolicySd,
                 0,
                 NULL,
                 NULL,
                 Conn->Irp);
    status = KpWaitIrp(Conn, status);

Exit:
    return status;
}

static
VOID
KpCloseSocket(
    _In_ PKP_CONNECTION Conn,
    _In_ PWSK_SOCKET Socket
    )
{
    NTSTATUS status;

    status = KP_CONN_DISPATCH(Socket)->WskCloseSocket(Socket, Conn->Irp);
    (VOID)KpWaitIrp(Conn, status);
}

_IRQL_requires_max_(PASSIVE_LEVEL)
VOID
KpCloseConnection(
    _Inout_ PKP_CONNECTION Conn
    )
{
    PKP_DEVICE_EXTENSION devExt = Conn->DevExt;

    if (Conn->UpstreamSocket != NULL) {
        KpCloseSocket(Conn, Conn->UpstreamSocket);
        Conn->UpstreamSocket = NULL;
    }

    if (Conn->Socket != NULL) {
        KpCloseSocket(Conn, Conn->Socket);
        Conn->Socket = NULL;
    }

    if (Conn->SessionSd != NULL) {
        devExt->Provider.Dispatch->WskControlClient(devExt->Provider.Client,
                                                    WSK_RELEASE_SD,
                                                    sizeof(PSECURITY_DESCRIPTOR),
                                                    &Conn->SessionSd,
                                                    0,
                                                    NULL,
                                                    NULL,
                                                    NULL);
    }

    KpReleaseSd(devExt, &Conn->SessionSd);     /* BUG WSK009: second release, the copy was released just above */

    IoFreeIrp(Conn->Irp);
    ExFreePoolWithTag(Conn, KP_POOL_TAG);
}
