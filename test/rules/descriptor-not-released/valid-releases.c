/* valid: no findings */
#include "wsk.h"

WSK_PROVIDER_NPI g_Npi;

typedef struct _ENDPOINT {
    PWSK_SOCKET Socket;
    PSECURITY_DESCRIPTOR CachedSd;
} ENDPOINT, *PENDPOINT;

#define CACHE_SD(_sd_, _out_) \
    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &(_sd_), \
                                     sizeof(PSECURITY_DESCRIPTOR), &(_out_), NULL, NULL)
#define RELEASE_SD(_cached_) \
    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &(_cached_), \
                                     0, NULL, NULL, NULL)
#define CHECK_STATUS(_s_) do { if (!NT_SUCCESS(_s_)) { goto Exit; } } while (0)

NTSTATUS
FailureBranchHasNothingToRelease(PSECURITY_DESCRIPTOR Sd)
{
    PSECURITY_DESCRIPTOR cached = NULL;
    NTSTATUS status;

    status = CACHE_SD(Sd, cached);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    Use(Sd);
    RELEASE_SD(cached);
    return STATUS_SUCCESS;
}

NTSTATUS
GotoCleanupWithNullTest(PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PIRP Irp)
{
    PSECURITY_DESCRIPTOR cached = NULL;
    NTSTATUS status;

    status = CACHE_SD(Sd, cached);
    CHECK_STATUS(status);
    status = ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(
        Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, Irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
        status = Irp->IoStatus.Status;
    }
    CHECK_STATUS(status);
    status = Validate(Sd);

Exit:
    if (cached != NULL) {
        RELEASE_SD(cached);
    }
    return status;
}

NTSTATUS
HandedOffToTheContext(PENDPOINT Endpoint, PSECURITY_DESCRIPTOR Sd)
{
    PSECURITY_DESCRIPTOR cached = NULL;
    NTSTATUS status = CACHE_SD(Sd, cached);

    if (NT_SUCCESS(status)) {
        Endpoint->CachedSd = cached;
    }
    return status;
}

NTSTATUS
CachedStraightIntoTheContext(PENDPOINT Endpoint, PSECURITY_DESCRIPTOR Sd)
{
    return CACHE_SD(Sd, Endpoint->CachedSd);
}

PSECURITY_DESCRIPTOR
ReturnedToTheCaller(PSECURITY_DESCRIPTOR Sd)
{
    PSECURITY_DESCRIPTOR cached = NULL;

    if (!NT_SUCCESS(CACHE_SD(Sd, cached))) {
        return NULL;
    }
    return cached;
}

NTSTATUS
GivenToAHelper(PSECURITY_DESCRIPTOR Sd)
{
    PSECURITY_DESCRIPTOR cached = NULL;
    NTSTATUS status = CACHE_SD(Sd, cached);

    if (NT_SUCCESS(status)) {
        status = RememberDescriptor(&cached);
    }
    return status;
}

NTSTATUS
CorrelatedBranches(BOOLEAN Secure, PSECURITY_DESCRIPTOR Sd)
{
    PSECURITY_DESCRIPTOR cached = NULL;
    NTSTATUS status = STATUS_SUCCESS;

    if (Secure) {
        status = CACHE_SD(Sd, cached);
        if (!NT_SUCCESS(status)) {
            return status;
        }
    }
    Work(Sd);
    if (Secure) {
        RELEASE_SD(cached);
    }
    return status;
}

NTSTATUS
AliasReleased(PSECURITY_DESCRIPTOR Sd)
{
    PSECURITY_DESCRIPTOR cached = NULL;
    PSECURITY_DESCRIPTOR copy;
    NTSTATUS status = CACHE_SD(Sd, cached);

    if (!NT_SUCCESS(status)) {
        return status;
    }
    copy = cached;
    cached = NULL;
    RELEASE_SD(copy);
    return status;
}

NTSTATUS
LoopCachesAndReleases(ULONG Count, PSECURITY_DESCRIPTOR *Descriptors)
{
    ULONG i;
    NTSTATUS status = STATUS_SUCCESS;

    for (i = 0; i < Count; i++) {
        PSECURITY_DESCRIPTOR cached = NULL;

        status = CACHE_SD(Descriptors[i], cached);
        if (!NT_SUCCESS(status)) {
            break;
        }
        Use(Descriptors[i]);
        RELEASE_SD(cached);
    }
    return status;
}

NTSTATUS
FinallyReleases(PSECURITY_DESCRIPTOR Sd, PVOID Buffer)
{
    PSECURITY_DESCRIPTOR cached = NULL;
    NTSTATUS status = STATUS_SUCCESS;

    if (!NT_SUCCESS(CACHE_SD(Sd, cached))) {
        return STATUS_UNSUCCESSFUL;
    }
    __try {
        if (Buffer == NULL) {
            status = STATUS_INVALID_PARAMETER;
            __leave;
        }
        Work(Buffer);
    } __finally {
        RELEASE_SD(cached);
    }
    return status;
}

NTSTATUS
SwitchEveryCaseReleases(ULONG Mode, PSECURITY_DESCRIPTOR Sd)
{
    PSECURITY_DESCRIPTOR cached = NULL;
    NTSTATUS status = CACHE_SD(Sd, cached);

    if (!NT_SUCCESS(status)) {
        return status;
    }
    switch (Mode) {
    case 1:
        status = Apply(1);
        RELEASE_SD(cached);
        break;
    default:
        RELEASE_SD(cached);
        return STATUS_NOT_SUPPORTED;
    }
    return status;
}

VOID
EndpointCleanup(PENDPOINT Endpoint)
{
    if (Endpoint->CachedSd != NULL) {
        RELEASE_SD(Endpoint->CachedSd);
        Endpoint->CachedSd = NULL;
    }
}

NTSTATUS
KeepAndApply(PENDPOINT Endpoint, PSECURITY_DESCRIPTOR Copy, PIRP Irp)
{
    Endpoint->CachedSd = Copy;
    return ((PWSK_PROVIDER_BASIC_DISPATCH)Endpoint->Socket->Dispatch)->WskControlSocket(
        Endpoint->Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET,
        sizeof(PSECURITY_DESCRIPTOR), &Endpoint->CachedSd, 0, NULL, NULL, Irp);
}

NTSTATUS
KeptByAHelper(PENDPOINT Endpoint, PSECURITY_DESCRIPTOR Sd, PIRP Irp)
{
    PSECURITY_DESCRIPTOR cached = NULL;
    NTSTATUS status = CACHE_SD(Sd, cached);

    /* KeepAndApply stores the copy in the endpoint: EndpointCleanup releases it, not this function. */
    if (NT_SUCCESS(status)) {
        status = KeepAndApply(Endpoint, cached, Irp);
    }
    return status;
}
