#include "wsk.h"

/* WskSocket's client table against its constant Flags. */

NTSTATUS WSKAPI OnAccept(PVOID SocketContext, ULONG Flags, PSOCKADDR LocalAddress, PSOCKADDR RemoteAddress,
                         PWSK_SOCKET AcceptSocket, PVOID *AcceptSocketContext,
                         const WSK_CLIENT_CONNECTION_DISPATCH **AcceptSocketDispatch);
NTSTATUS WSKAPI OnReceive(PVOID SocketContext, ULONG Flags, PWSK_DATA_INDICATION DataIndication,
                          SIZE_T BytesIndicated, SIZE_T *BytesAccepted);
NTSTATUS WSKAPI OnDatagram(PVOID SocketContext, ULONG Flags, PWSK_DATAGRAM_INDICATION DataIndication);

const WSK_CLIENT_LISTEN_DISPATCH g_Listen = { OnAccept, NULL, NULL };
const WSK_CLIENT_CONNECTION_DISPATCH g_Connection = { .WskReceiveEvent = OnReceive };
static const WSK_CLIENT_DATAGRAM_DISPATCH g_Datagram = { OnDatagram };
const WSK_CLIENT_STREAM_DISPATCH g_Stream = { &g_Listen, &g_Connection };

#define LISTEN_FLAGS WSK_FLAG_LISTEN_SOCKET

NTSTATUS
OpenListener(PWSK_PROVIDER_NPI Npi, PVOID Context, PIRP Irp)
{
    return Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, LISTEN_FLAGS,
                                    Context, &g_Connection, NULL, NULL, NULL, Irp);
//                                           ^^^^^^^^^^^^^ WSK024 A listen socket gets the WSK_CLIENT_CONNECTION_DISPATCH g_Connection
}

NTSTATUS
OpenDatagram(PWSK_PROVIDER_NPI Npi, PVOID Context, PIRP Irp)
{
    return Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_DGRAM, IPPROTO_UDP, 0x4,
                                    Context, (PVOID)&g_Listen, NULL, NULL, NULL, Irp);
//                                           ^^^^^^^^^^^^^^^^ WSK024 A datagram socket gets the WSK_CLIENT_LISTEN_DISPATCH g_Listen
}

NTSTATUS
OpenBasic(PWSK_PROVIDER_NPI Npi, PIRP Irp)
{
    return Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_BASIC_SOCKET,
                                    NULL, &g_Datagram, NULL, NULL, NULL, Irp);
//                                        ^^^^^^^^^^^ WSK024 A basic socket gets the WSK_CLIENT_DATAGRAM_DISPATCH g_Datagram
}

NTSTATUS
OpenStream(PWSK_PROVIDER_NPI Npi, PVOID Context, PIRP Irp)
{
    return Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_STREAM_SOCKET,
                                    Context, &g_Connection, NULL, NULL, NULL, Irp);
//                                           ^^^^^^^^^^^^^ WSK024 A stream socket gets the WSK_CLIENT_CONNECTION_DISPATCH
}
