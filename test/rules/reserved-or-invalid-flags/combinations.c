#include "wsk.h"

NTSTATUS
OpenBoth(PWSK_PROVIDER_NPI Npi, PIRP Irp)
{
    return Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP,
                                    WSK_FLAG_LISTEN_SOCKET | WSK_FLAG_CONNECTION_SOCKET,
//                                  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ WSK022 Flags of WskSocket must name
//                                  no fix: which category was meant is the author's choice
                                    NULL, NULL, NULL, NULL, NULL, Irp);
}

NTSTATUS
OpenOdd(PWSK_PROVIDER_NPI Npi, PIRP Irp)
{
    return Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_DGRAM, IPPROTO_UDP, 0x14,
//                                                                                 ^^^^ WSK022 Flags of WskSocket must name
//                                                                                 no fix: which category was meant is the author's choice
                                    NULL, NULL, NULL, NULL, NULL, Irp);
}

NTSTATUS
ReceiveAll(PWSK_SOCKET Socket, PWSK_BUF Buffer, PIRP Irp)
{
    return ((PWSK_PROVIDER_CONNECTION_DISPATCH)Socket->Dispatch)->WskReceive(Socket, Buffer, WSK_FLAG_WAITALL | WSK_FLAG_DRAIN, Irp);
//                                                                                           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ WSK022 WSK_FLAG_WAITALL and WSK_FLAG_DRAIN exclude each
//                                                                                           no fix: which of the two flags was meant is the author's choice
}

NTSTATUS
Drain(PWSK_SOCKET Socket, PMDL Mdl, BOOLEAN Small, PIRP Irp)
{
    WSK_BUF buffer;

    buffer.Mdl = Mdl;
    buffer.Offset = 0;
    if (Small) {
        buffer.Length = 16;
    } else {
        buffer.Length = 512;
    }
    return ((PWSK_PROVIDER_CONNECTION_DISPATCH)Socket->Dispatch)->WskReceive(Socket, &buffer, WSK_FLAG_DRAIN, Irp);
//                                                                                            ^^^^^^^^^^^^^^ WSK022 WSK_FLAG_DRAIN needs a zero-length WSK_BUF,
//                                                                                            no fix: Length or the flag: the author's choice
}

NTSTATUS
Reset(PWSK_SOCKET Socket, PIRP Irp)
{
    WSK_BUF last = { NULL, 0, 0 };

    return ((PWSK_PROVIDER_CONNECTION_DISPATCH)Socket->Dispatch)->WskDisconnect(Socket, &last, WSK_FLAG_ABORTIVE, Irp);
//                                                                                      ^^^^^ WSK022 Buffer must be NULL for
//                                                                                      preferred fix: Replace &last with NULL
//                                                                                      = NULL
}

NTSTATUS
Decide(PWSK_SOCKET Listener, PWSK_INSPECT_ID Id, PIRP Irp)
{
    return ((PWSK_PROVIDER_LISTEN_DISPATCH)Listener->Dispatch)->WskInspectComplete(Listener, Id, WskInspectPend, Irp);
//                                                                                               ^^^^^^^^^^^^^^ WSK022 Action of WskInspectComplete must be
//                                                                                               no fix: accept or reject is the author's choice
}

NTSTATUS
SendWithoutControl(PWSK_SOCKET Socket, PWSK_BUF Buffer, PSOCKADDR Remote, PIRP Irp)
{
    return ((PWSK_PROVIDER_DATAGRAM_DISPATCH)Socket->Dispatch)->WskSendTo(Socket, Buffer, 0, Remote, sizeof(ULONG), NULL, Irp);
//                                                                                                   ^^^^^^^^^^^^^ WSK022 ControlInfoLength must be 0 when
//                                                                                                   preferred fix: Replace sizeof(ULONG) with 0
//                                                                                                   = 0
}

NTSTATUS
DrainInitialised(PWSK_SOCKET Socket, PMDL Mdl, PIRP Irp)
{
    WSK_BUF buffer = { Mdl, 0, 64 };

    return ((PWSK_PROVIDER_CONNECTION_DISPATCH)Socket->Dispatch)->WskReceive(Socket, &buffer, WSK_FLAG_DRAIN, Irp);
//                                                                                            ^^^^^^^^^^^^^^ WSK022 WSK_FLAG_DRAIN needs a zero-length WSK_BUF, but its Length is 64
//                                                                                            no fix: Length or the flag: the author's choice
}
