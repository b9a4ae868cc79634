#include "wsk.h"

/* Accept, inspect and abort events of a conditional-accept listener. */

typedef struct _LISTENER {
    PWSK_SOCKET Accepted;
    PSOCKADDR LastRemote;
    SOCKADDR_IN Remote;
    WSK_INSPECT_ID Pending;
    PWSK_INSPECT_ID PendingId;
} LISTENER, *PLISTENER;

NTSTATUS WSKAPI OnAccept(PVOID SocketContext, ULONG Flags, PSOCKADDR LocalAddress, PSOCKADDR RemoteAddress,
                         PWSK_SOCKET AcceptSocket, PVOID *AcceptSocketContext,
                         const WSK_CLIENT_CONNECTION_DISPATCH **AcceptSocketDispatch);
WSK_INSPECT_ACTION WSKAPI OnInspect(PVOID SocketContext, PSOCKADDR LocalAddress, PSOCKADDR RemoteAddress,
                                    PWSK_INSPECT_ID InspectID);
NTSTATUS WSKAPI OnAbort(PVOID SocketContext, PWSK_INSPECT_ID InspectID);

const WSK_CLIENT_LISTEN_DISPATCH g_ListenDispatch = {
    OnAccept,
    OnInspect,
    OnAbort,
};

NTSTATUS WSKAPI
OnAccept(PVOID SocketContext, ULONG Flags, PSOCKADDR LocalAddress, PSOCKADDR RemoteAddress,
         PWSK_SOCKET AcceptSocket, PVOID *AcceptSocketContext,
         const WSK_CLIENT_CONNECTION_DISPATCH **AcceptSocketDispatch)
{
    PLISTENER listener = (PLISTENER)SocketContext;
    PWSK_PROVIDER_CONNECTION_DISPATCH dispatch = (PWSK_PROVIDER_CONNECTION_DISPATCH)AcceptSocket->Dispatch;
//                                                                                  ^^^^^^^^^^^^^^^^^^^^^^ WSK023 AcceptSocket->Dispatch dereferences AcceptSocket before any test for NULL
//                                                                                  fix: Return early when AcceptSocket is NULL
//                                                                                    PLISTENER listener = (PLISTENER)SocketContext;
//                                                                                  + if (AcceptSocket == NULL) {
//                                                                                  +     return STATUS_REQUEST_NOT_ACCEPTED;
//                                                                                  + }
//                                                                                    PWSK_PROVIDER_CONNECTION_DISPATCH dispatch = (PWSK_PROVIDER_CONNECTION_DISPATCH)AcceptSocket->Dispatch;

    listener->LastRemote = RemoteAddress;
//                         ^^^^^^^^^^^^^ WSK023 OnAccept stores the RemoteAddress pointer
//                         no fix
    listener->Remote = *(PSOCKADDR_IN)RemoteAddress;
    listener->Accepted = AcceptSocket;
    *AcceptSocketContext = listener;
    *AcceptSocketDispatch = NULL;
    Trace(dispatch);
    return STATUS_SUCCESS;
}

WSK_INSPECT_ACTION WSKAPI
OnInspect(PVOID SocketContext, PSOCKADDR LocalAddress, PSOCKADDR RemoteAddress, PWSK_INSPECT_ID InspectID)
{
    PLISTENER listener = (PLISTENER)SocketContext;

    if (((PSOCKADDR_IN)RemoteAddress)->sin_port == 0) {
        return STATUS_SUCCESS;
//             ^^^^^^^^^^^^^^ WSK023 OnInspect returns STATUS_SUCCESS, which a WskInspectEvent callback may not return
//             no fix: an inspect event answers with one of three actions
    }
    listener->Pending.Key = InspectID->Key;
//                          ^^^^^^^^^^^^^^ WSK023 InspectID->Key dereferences InspectID before any test for NULL
//                          fix: Return early when InspectID is NULL
//                            }
//                          + if (InspectID == NULL) {
//                          +     return WskInspectReject;
//                          + }
//                            listener->Pending.Key = InspectID->Key;
    listener->PendingId = InspectID;
//                        ^^^^^^^^^ WSK023 OnInspect stores the InspectID pointer
//                        no fix
    return WskInspectPend;
}

NTSTATUS WSKAPI
OnAbort(PVOID SocketContext, PWSK_INSPECT_ID InspectID)
{
    PLISTENER listener = (PLISTENER)SocketContext;

    /* Never NULL in an abort: no test needed. */
    if (listener->Pending.Key == InspectID->Key) {
        return STATUS_UNSUCCESSFUL;
//             ^^^^^^^^^^^^^^^^^^^ WSK023 OnAbort returns STATUS_UNSUCCESSFUL, which a WskAbortEvent callback may not return
//             preferred fix: Return STATUS_SUCCESS
//             = STATUS_SUCCESS
    }
    return STATUS_SUCCESS;
}
