#include "wsk.h"

/*
 * A release helper judged at its caller's argument when it releases on every path: a descriptor from
 * pool (after a goto, through a helper of a helper), a copy a helper's WskSocket takes through a field
 * after its release. Silent: a helper that releases only when the copy is not NULL, a cached copy.
 */

WSK_PROVIDER_NPI g_Npi;

typedef struct _LISTENER {
    PSECURITY_DESCRIPTOR Sd;
    PVOID Context;
} LISTENER, *PLISTENER;

static VOID
ReleaseCopy(PSECURITY_DESCRIPTOR *Sd)
{
    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), Sd, 0, NULL, NULL, NULL);
}

static VOID
ReleaseThrough(PSECURITY_DESCRIPTOR *Sd)
{
    ReleaseCopy(Sd);
}

static VOID
ReleaseIfAny(PSECURITY_DESCRIPTOR *Sd)
{
    if (*Sd != NULL) {
        g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), Sd, 0, NULL, NULL, NULL);
    }
}

static NTSTATUS
OpenListener(PLISTENER Listener, PIRP Irp)
{
    return g_Npi.Dispatch->WskSocket(g_Npi.Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_LISTEN_SOCKET, Listener->Context, NULL, NULL, NULL,
                                     Listener->Sd, Irp);
}

NTSTATUS
GotoCleanupReleasesPool(BOOLEAN Fail)
{
    PSECURITY_DESCRIPTOR sd;

    sd = ExAllocatePoolWithTag(NonPagedPoolNx, SECURITY_DESCRIPTOR_MIN_LENGTH, 'xdbT');
    if (sd == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    if (Fail) {
        goto cleanup;
    }
    ExFreePoolWithTag(sd, 'xdbT');
    return STATUS_SUCCESS;

cleanup:
    ReleaseThrough(&sd);
//                 ^^^ WSK009 WSK_RELEASE_SD of a descriptor that WSK never cached
//                 no fix
    return STATUS_UNSUCCESSFUL;
}

NTSTATUS
OpenAfterRelease(PLISTENER Listener, PIRP Irp)
{
    ReleaseCopy(&Listener->Sd);
    return OpenListener(Listener, Irp);
//                      ^^^^^^^^ WSK009 This descriptor copy was released at line 68 before WskSocket (in OpenListener) uses it here
//                      no fix
}

NTSTATUS
MaybeReleasePool(VOID)
{
    PSECURITY_DESCRIPTOR sd = ExAllocatePoolWithTag(NonPagedPoolNx, SECURITY_DESCRIPTOR_MIN_LENGTH, 'xdbT');

    if (sd == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    /* ReleaseIfAny releases only on some paths: not judged as a release. */
    ReleaseIfAny(&sd);
    return STATUS_SUCCESS;
}

NTSTATUS
ReleaseCachedCopy(PSECURITY_DESCRIPTOR Template)
{
    PSECURITY_DESCRIPTOR copy = NULL;
    NTSTATUS status;

    status = g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &Template, sizeof(PSECURITY_DESCRIPTOR), &copy, NULL, NULL);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    ReleaseCopy(&copy);
    return STATUS_SUCCESS;
}
