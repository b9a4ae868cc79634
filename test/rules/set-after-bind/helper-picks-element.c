#include "wsk.h"

/*
 * A helper that sets SO_WSK_SECURITY on the element of an array its caller picks by a parameter: the
 * caller's element, whatever the caller's index is named. Set after that element's bind, it is too late.
 */

#define DGRAM(_s) ((PWSK_PROVIDER_DATAGRAM_DISPATCH)(_s)->Dispatch)

typedef struct _MONITORS {
    PWSK_SOCKET Sockets[4];
    SOCKADDR_IN Addresses[4];
} MONITORS, *PMONITORS;

extern PSECURITY_DESCRIPTOR g_Sd;

static NTSTATUS
SecureMonitor(PMONITORS Monitors, ULONG Index, PIRP Irp)
{
    return DGRAM(Monitors->Sockets[Index])->WskControlSocket(Monitors->Sockets[Index], WskSetOption, SO_WSK_SECURITY, SOL_SOCKET,
                                                             sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, Irp);
}

NTSTATUS
OpenMonitors(PMONITORS Monitors, PIRP Irp)
{
    NTSTATUS status = STATUS_SUCCESS;
    ULONG n;

    for (n = 0; n < 4 && NT_SUCCESS(status); n++) {
        status = DGRAM(Monitors->Sockets[n])->WskBind(Monitors->Sockets[n], (PSOCKADDR)&Monitors->Addresses[n], 0, Irp);
        if (NT_SUCCESS(status)) {
            status = SecureMonitor(Monitors, n, Irp);
//                   ^^^^^^^^^^^^^ WSK007 SecureMonitor applies SO_WSK_SECURITY to Monitors->Sockets[n] too late
//                   no fix
        }
    }
    return status;
}

/* Secured before its bind: correct. */
NTSTATUS
OpenMonitorsSecured(PMONITORS Monitors, PIRP Irp)
{
    NTSTATUS status = STATUS_SUCCESS;
    ULONG k;

    for (k = 0; k < 4 && NT_SUCCESS(status); k++) {
        status = SecureMonitor(Monitors, k, Irp);
        if (NT_SUCCESS(status)) {
            status = DGRAM(Monitors->Sockets[k])->WskBind(Monitors->Sockets[k], (PSOCKADDR)&Monitors->Addresses[k], 0, Irp);
        }
    }
    return status;
}
