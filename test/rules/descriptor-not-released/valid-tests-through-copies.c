/* valid: no findings */
#include "wsk.h"

/*
 * The same test written through the parameter and through a copy of it is one test: the path that
 * cached under `Conn->Secure` releases under `conn->Secure`, and the one that did not cache does not
 * release.
 */

typedef struct _CONN {
    BOOLEAN Secure;
    PWSK_SOCKET Socket;
} CONN, *PCONN;

extern WSK_PROVIDER_NPI g_Npi;

NTSTATUS Use(PCONN Conn);

NTSTATUS
UseMaybeSecured(PCONN Conn, PSECURITY_DESCRIPTOR Sd)
{
    PCONN conn = Conn;
    PSECURITY_DESCRIPTOR cached = NULL;
    NTSTATUS status;

    if (Conn->Secure) {
        status = g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &Sd,
                                                  sizeof(PSECURITY_DESCRIPTOR), &cached, NULL, NULL);
        if (!NT_SUCCESS(status)) {
            return status;
        }
    }
    status = Use(conn);
    if (conn->Secure) {
        g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &cached,
                                         0, NULL, NULL, NULL);
    }
    return status;
}
