/*
 * pfwd.h - kernel port forwarder: private definitions and WSK shorthands.
 *
 * Copyright (c) Adatum Corporation.
 */

#ifndef PFWD_H
#define PFWD_H

#include <ntddk.h>
#include <wsk.h>

#define PF_TAG              'dwFP'

/* Option buffer of SO_WSK_SECURITY. */
#define PF_SD_SIZE          sizeof(SECURITY_DESCRIPTOR)

/* Request type used by the "apply" path of the configuration IOCTL. */
#define PF_APPLY_REQUEST    WskIoctl

#define CHECK_STATUS(_s)    if (!NT_SUCCESS(_s)) { goto Exit; }

#define PF_CONN(_s)         ((PWSK_PROVIDER_CONNECTION_DISPATCH)(_s)->Dispatch)

#define PF_SET_SD(_sock, _psd, _irp)                                        \
    PF_CONN(_sock)->WskControlSocket((_sock), WskSetOption, SO_WSK_SECURITY, \
                                     SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), \
                                     (_psd), 0, NULL, NULL, (_irp))

#define PF_GET_SD(_sock, _psd, _irp)                                        \
    PF_CONN(_sock)->WskControlSocket((_sock), WskGetOption, SO_WSK_SECURITY, \
                                     SOL_SOCKET, 0, NULL,                   \
                                     sizeof(PSECURITY_DESCRIPTOR), (_psd), NULL, (_irp))

#define PF_RELEASE_SD(_fwd, _psd)                                           \
    (_fwd)->Npi->Dispatch->WskControlClient((_fwd)->Npi->Client, WSK_RELEASE_SD, \
                                            sizeof(PSECURITY_DESCRIPTOR), (_psd), \
                                            0, NULL, NULL, NULL)

typedef struct _PF_FORWARD {
    PWSK_PROVIDER_NPI       Npi;
    PWSK_SOCKET             Socket;             /* local side */
    PWSK_SOCKET             ListenSocket;
    PWSK_SOCKET             Reverse;
    PSECURITY_DESCRIPTOR    ForwardSd;          /* cached, released in PfStopForward */
    PSECURITY_DESCRIPTOR    ListenSd;           /* cached, released in PfStopForward */
    PIRP                    SpareIrp;
    CCHAR                   StackSize;
    KEVENT                  Event;
    SOCKADDR_IN             Local;
    SOCKADDR_IN             Target;
    BOOLEAN                 SdMatches;
} PF_FORWARD, *PPF_FORWARD;

#endif /* PFWD_H */
