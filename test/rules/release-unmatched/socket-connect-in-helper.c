#include "wsk.h"

/*
 * WskSocketConnect moved into a helper that takes the session's descriptor: the copy was released
 * just before, so handing it to the request is a use after release (WSK009, at the argument the
 * caller passes on). Inlined, it is reported; through the helper too: it reads the field on every path.
 */

typedef struct _SESSION {
    PWSK_PROVIDER_NPI Npi;
    PSECURITY_DESCRIPTOR SessionSd;
    SOCKADDR_IN Target;
} SESSION, *PSESSION;

NTSTATUS
ConnectSession(PSESSION Sess, PIRP Irp)
{
    return Sess->Npi->Dispatch->WskSocketConnect(Sess->Npi->Client, SOCK_STREAM, IPPROTO_TCP, NULL, (PSOCKADDR)&Sess->Target, 0,
                                                 Sess, NULL, NULL, NULL, Sess->SessionSd, Irp);
}

NTSTATUS
Reconnect(PSESSION Sess, PIRP Irp)
{
    if (Sess->SessionSd != NULL) {
        Sess->Npi->Dispatch->WskControlClient(Sess->Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &Sess->SessionSd, 0, NULL, NULL, NULL);
    }
    return ConnectSession(Sess, Irp);
//                        ^^^^ WSK009 This descriptor copy was released at line 26 before WskSocketConnect uses it here
//                        no fix
}
