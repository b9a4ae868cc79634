/* fuzz regression: budget
 * analysis took 4.24 s, over the budget of 3.35 s for 0.09 MB (program)
 * found by: npm run fuzz -- --seed 20261126 --input 6106 (generated program (prog.h, file0.c, file1.c))
 * config: {"rules":{"WSK006":"error"},"wrappers":{"Helper0":{"binds":3,"appliesSecurity":3,"caches":3}}}
 */
#include "wsk.h"

typedef struct _ENDPOINT {
    PWSK_SOCKET Socket;
    PSECURITY_DESCRIPTOR CachedSd;
    PIRP Irp;
    KEVENT Event;
    KSPIN_LOCK Lock;
    KDPC Dpc;
    PWSK_DATA_INDICATION Pending;
} ENDPOINT, *PENDPOINT;

#define CONNECTION(_s_) ((PWSK_PROVIDER_CONNECTION_DISPATCH)(_s_)->Dispatch)
#define BASIC(_s_) ((PWSK_PROVIDER_BASIC_DISPATCH)(_s_)->Dispatch)
#define CACHE_SD(_sd_, _out_) \
    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &(_sd_), \
                                     sizeof(PSECURITY_DESCRIPTOR), &(_out_), NULL, NULL)
#define RELEASE_SD(_cached_) \
    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &(_cached_), \
                                     0, NULL, NULL, NULL)

extern WSK_PROVIDER_NPI g_Npi;
extern PSECURITY_DESCRIPTOR g_Sd;
NTSTATUS Helper0(PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp);
NTSTATUS Helper1(PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp);
NTSTATUS Helper2(PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp);
NTSTATUS Helper3(PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp);
NTSTATUS Helper4(PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp);
