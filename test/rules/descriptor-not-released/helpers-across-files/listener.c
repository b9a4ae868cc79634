#include "sd.h"

NTSTATUS
LeaksThroughHelper(PSECURITY_DESCRIPTOR Sd)
{
    PSECURITY_DESCRIPTOR cached = NULL;
    NTSTATUS status;

    status = SdCache(Sd, &cached);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    status = Validate(Sd);
    if (!NT_SUCCESS(status)) {
        return status;
//      ^^^^^^^^^^^^^^ WSK008 SdCache leaves a cached copy in cached at line 9
//      no fix: a helper cached the copy: no WSK_CACHE_SD call here to take the client from
    }
    SdRelease(&cached);
    return STATUS_SUCCESS;
}

NTSTATUS
ReleasedThroughHelper(PSECURITY_DESCRIPTOR Sd)
{
    PSECURITY_DESCRIPTOR cached = NULL;
    NTSTATUS status = SdCache(Sd, &cached);

    if (!NT_SUCCESS(status)) {
        return status;
    }
    status = Validate(Sd);
    SdRelease(&cached);
    return status;
}

NTSTATUS
ListenerStart(PLISTENER Listener, PSECURITY_DESCRIPTOR Sd)
{
    /* The copy lives in the listener: ListenerStop releases it. */
    return SdCache(Sd, &Listener->CachedSd);
}

VOID
ListenerStop(PLISTENER Listener)
{
    SdRelease(&Listener->CachedSd);
}
