/* valid: no findings */
#include "wsk.h"

WSK_PROVIDER_NPI g_Npi;

#define RELEASE_SD(_cached_) \
    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &(_cached_), \
                                     0, NULL, NULL, NULL)

NTSTATUS
ReleaseAndForget(PSECURITY_DESCRIPTOR Sd)
{
    PSECURITY_DESCRIPTOR cached = NULL;
    NTSTATUS status;

    status = g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &Sd,
                                              sizeof(PSECURITY_DESCRIPTOR), &cached, NULL, NULL);
    if (!NT_SUCCESS(status)) {
        goto Exit;
    }
    status = Use(Sd);
    if (!NT_SUCCESS(status)) {
        RELEASE_SD(cached);
        cached = NULL;
        goto Exit;
    }

Exit:
    if (cached != NULL) {
        RELEASE_SD(cached);
    }
    return status;
}

VOID
ReleaseEachInALoop(PSECURITY_DESCRIPTOR *Cached, ULONG Count)
{
    ULONG i;

    for (i = 0; i < Count; i++) {
        RELEASE_SD(Cached[i]);
    }
}

VOID
ReleaseWhatAHelperFilledIn(VOID)
{
    PSECURITY_DESCRIPTOR sd = NULL;

    if (NT_SUCCESS(FetchCachedDescriptor(&sd))) {
        RELEASE_SD(sd);
    }
}

typedef struct _CONTEXT {
    PWSK_SOCKET Socket;
    PSECURITY_DESCRIPTOR Sd;
} CONTEXT, *PCONTEXT;

NTSTATUS
CheckOrRelease(PCONTEXT Context)
{
    NTSTATUS status = Check(Context->Socket);

    if (!NT_SUCCESS(status)) {
        RELEASE_SD(Context->Sd);
        return status;
    }
    return STATUS_SUCCESS;
}

VOID
ReleaseWhereTheHelperDidNot(PCONTEXT Context)
{
    /* CheckOrRelease releases the copy on some of its paths only: that is no release to count twice. */
    if (NT_SUCCESS(CheckOrRelease(Context))) {
        Use(Context->Socket);
        RELEASE_SD(Context->Sd);
    }
}
