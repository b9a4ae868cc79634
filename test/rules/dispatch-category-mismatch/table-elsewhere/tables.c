#include "wsk.h"

NTSTATUS WSKAPI ServerAccept(PVOID SocketContext, ULONG Flags, PSOCKADDR LocalAddress, PSOCKADDR RemoteAddress,
                             PWSK_SOCKET AcceptSocket, PVOID *AcceptSocketContext,
                             const WSK_CLIENT_CONNECTION_DISPATCH **AcceptSocketDispatch);
NTSTATUS WSKAPI ServerInspect(PVOID SocketContext, PSOCKADDR LocalAddress, PSOCKADDR RemoteAddress,
                              PWSK_INSPECT_ID InspectID);
NTSTATUS WSKAPI ServerAbort(PVOID SocketContext, PWSK_INSPECT_ID InspectID);

/* Filled at run time: its slots are what the assignments give. */
WSK_CLIENT_LISTEN_DISPATCH g_ServerListen;
/* Handed to a helper that fills it: its slots are unknown. */
WSK_CLIENT_LISTEN_DISPATCH g_FilledElsewhere;

VOID
ServerSetUp(VOID)
{
    g_ServerListen.WskAcceptEvent = ServerAccept;
    FillListenTable(&g_FilledElsewhere);
}
