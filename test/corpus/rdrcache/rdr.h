//
// rdr.h - connection cache of the "rdrcache" network redirector.
//

#pragma once

#include <ntifs.h>
#include <wsk.h>

#define RC_TAG                  'hcDR'
#define RC_FLAG_NOWAIT          0x00000001
#define RC_FLAG_SECONDARY       0x00000002

#define RC_RELEASE_SD(_psd)                                                 \
    g_Rc.Npi.Dispatch->WskControlClient(g_Rc.Npi.Client, WSK_RELEASE_SD,    \
                                        sizeof(PSECURITY_DESCRIPTOR), (_psd), \
                                        0, NULL, NULL, NULL)

typedef enum _RC_PROBE_MODE {
    RcProbeVerify = 0,
    RcProbeOnly,
    RcProbeDump
} RC_PROBE_MODE;

typedef struct _RC_GLOBALS {
    WSK_REGISTRATION        Registration;
    WSK_PROVIDER_NPI        Npi;
    ERESOURCE               Lock;
} RC_GLOBALS;

typedef struct _RC_SERVER {
    LIST_ENTRY              Link;
    PWSK_SOCKET             Socket;
    PWSK_SOCKET             Secondary;
    PWSK_SOCKET             PendingSocket;      // created, not bound yet
    SOCKADDR_IN6            Address;
    PSECURITY_DESCRIPTOR    ServerSd;           // cached copy, see RcAttachDescriptor
    PIRP                    Irp;
    KEVENT                  Event;
    ULONG                   Flags;
} RC_SERVER, *PRC_SERVER;

extern RC_GLOBALS g_Rc;
extern const WSK_CLIENT_CONNECTION_DISPATCH RcConnectionDispatch;
