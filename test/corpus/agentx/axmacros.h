//
// axmacros.h - project-wide helper macros (tracing, status checks, WSK
// dispatch wrappers). Every source file of the driver includes it.
//
// Copyright (c) Litware Networks. All rights reserved.
//

#ifndef AXMACROS_H
#define AXMACROS_H

//
// Old WDKs lack these; the WSK names are never redefined differently.
//
#ifndef SOL_SOCKET
#define SOL_SOCKET              0xffff
#endif
#ifndef SO_WSK_SECURITY
#define SO_WSK_SECURITY         (WSK_SO_BASE + 1)
#endif

// ---- tracing -------------------------------------------------------------

#define AX_TRACE(_level, _fmt, ...) \
    DbgPrintEx(DPFLTR_IHVNETWORK_ID, (_level), "agentx!%s: " _fmt "\n", __FUNCTION__, __VA_ARGS__)

#define AX_ERROR(_fmt, ...)     AX_TRACE(DPFLTR_ERROR_LEVEL, _fmt, __VA_ARGS__)
#define AX_INFO(_fmt, ...)      AX_TRACE(DPFLTR_INFO_LEVEL, _fmt, __VA_ARGS__)

// ---- status checks (every user has a Cleanup label) ----------------------

#define AX_CHECK(_status, _what)                                        \
    do {                                                                \
        if (!NT_SUCCESS(_status)) {                                     \
            AX_ERROR("%s failed: 0x%08X", (_what), (_status));          \
            goto Cleanup;                                               \
        }                                                               \
    } while (0)

#define AX_CHECK_ALLOC(_ptr, _status)                                   \
    do {                                                                \
        if ((_ptr) == NULL) {                                           \
            (_status) = STATUS_INSUFFICIENT_RESOURCES;                  \
            goto Cleanup;                                               \
        }                                                               \
    } while (0)

// ---- IRP handling --------------------------------------------------------

#define AX_REARM(_agent, _irp)                                                          \
    do {                                                                                \
        IoReuseIrp((_irp), STATUS_UNSUCCESSFUL);                                        \
        IoSetCompletionRoutine((_irp), AxIrpDone, &(_agent)->Event, TRUE, TRUE, TRUE);  \
    } while (0)

#define AX_WAIT(_agent, _irp, _status)                                                  \
    do {                                                                                \
        if ((_status) == STATUS_PENDING) {                                              \
            KeWaitForSingleObject(&(_agent)->Event, Executive, KernelMode, FALSE, NULL); \
            (_status) = (_irp)->IoStatus.Status;                                        \
        }                                                                               \
    } while (0)

// ---- WSK dispatch wrappers -----------------------------------------------

#define AX_SD_SIZE              sizeof(PSECURITY_DESCRIPTOR)
#define AX_LEVEL_TRANSPORT      IPPROTO_TCP

#define AX_CONN(_s)             ((PWSK_PROVIDER_CONNECTION_DISPATCH)((_s)->Dispatch))
#define AX_LISTEN(_s)           ((PWSK_PROVIDER_LISTEN_DISPATCH)((_s)->Dispatch))
#define AX_BASIC(_s)            ((PWSK_PROVIDER_BASIC_DISPATCH)((_s)->Dispatch))

#define AX_CLIENT_CONTROL(_agent, _code, _isz, _ib, _osz, _ob) \
    (_agent)->Provider.Dispatch->WskControlClient((_agent)->Provider.Client, (_code), (_isz), (_ib), (_osz), (_ob), NULL, NULL)

#define AX_CACHE_SD(_agent, _tmplAddr, _outAddr) \
    AX_CLIENT_CONTROL(_agent, WSK_CACHE_SD, AX_SD_SIZE, (_tmplAddr), AX_SD_SIZE, (_outAddr))

#define AX_RELEASE_SD(_agent, _sdAddr) \
    AX_CLIENT_CONTROL(_agent, WSK_RELEASE_SD, AX_SD_SIZE, (_sdAddr), 0, NULL)

#define AX_SET_OPTION(_s, _level, _code, _isz, _ib, _irp) \
    AX_BASIC(_s)->WskControlSocket((_s), WskSetOption, (_code), (_level), (_isz), (_ib), 0, NULL, NULL, (_irp))

#define AX_SET_SD(_s, _sdAddr, _irp) \
    AX_SET_OPTION(_s, SOL_SOCKET, SO_WSK_SECURITY, AX_SD_SIZE, _sdAddr, _irp)

// For call sites that "cannot pend" (they can: see AxOpenLoopbackPeer).
#define AX_SET_SD_SYNC(_s, _sdAddr) \
    AX_SET_SD(_s, _sdAddr, NULL)

#define AX_GET_SD(_s, _sdAddr, _irp) \
    AX_BASIC(_s)->WskControlSocket((_s), WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, AX_SD_SIZE, (_sdAddr), NULL, (_irp))

#if 0
// 1.x definitions, kept for the changelog: wrong size and level.
#define AX_SD_SIZE              sizeof(SECURITY_DESCRIPTOR)
#define AX_SET_SD(_s, _sdAddr, _irp) \
    AX_SET_OPTION(_s, AX_LEVEL_TRANSPORT, SO_WSK_SECURITY, AX_SD_SIZE, _sdAddr, NULL)
#endif

#endif // AXMACROS_H
