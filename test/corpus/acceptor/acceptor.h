/*
 * acceptor.h - TCP acceptor of the remote management agent.
 */

#ifndef ACCEPTOR_H
#define ACCEPTOR_H

#include <ntddk.h>
#include <wsk.h>

#define AC_TAG              'tpcA'
#define AC_PORT             9440

#define AC_LISTEN(_s)       ((PWSK_PROVIDER_LISTEN_DISPATCH)(_s)->Dispatch)
#define AC_CONN(_s)         ((PWSK_PROVIDER_CONNECTION_DISPATCH)(_s)->Dispatch)

typedef struct _AC_LISTENER {
    WSK_REGISTRATION        Registration;
    WSK_PROVIDER_NPI        Provider;
    PWSK_SOCKET             ListenSocket;
    PSECURITY_DESCRIPTOR    ListenSd;       /* cached; listening socket */
    PSECURITY_DESCRIPTOR    ChildSd;        /* cached; applied to accepted sockets */
    BOOLEAN                 UseAsyncIo;
    KEVENT                  Event;
    SOCKADDR_IN             LocalAddress;
    volatile LONG           Accepted;
} AC_LISTENER, *PAC_LISTENER;

typedef struct _AC_CHILD {
    PAC_LISTENER            Listener;
    PWSK_SOCKET             Socket;
    PIRP                    Irp;
} AC_CHILD, *PAC_CHILD;

IO_COMPLETION_ROUTINE AcSyncComplete;
IO_COMPLETION_ROUTINE AcChildSecured;

#endif /* ACCEPTOR_H */
