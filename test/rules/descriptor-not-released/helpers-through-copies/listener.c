#include "sd.h"

NTSTATUS
LeaksThroughCopyingHelper(PSECURITY_DESCRIPTOR Sd)
{
    PSECURITY_DESCRIPTOR cached = NULL;
    NTSTATUS status;

    status = SdCacheInto(Sd, &cached);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    status = Validate(Sd);
    if (!NT_SUCCESS(status)) {
        return status;
//      ^^^^^^^^^^^^^^ WSK008 SdCacheInto leaves a cached copy in cached at line 9
//      no fix: a helper cached the copy: no WSK_CACHE_SD call here to take the client from
    }
    SdReleaseFrom(&cached);
    return STATUS_SUCCESS;
}

NTSTATUS
ReleasedThroughCopyingHelper(PSECURITY_DESCRIPTOR Sd)
{
    PSECURITY_DESCRIPTOR cached = NULL;
    NTSTATUS status = SdCacheInto(Sd, &cached);

    if (!NT_SUCCESS(status)) {
        return status;
    }
    status = Validate(Sd);
    SdReleaseFrom(&cached);
    return status;
}

NTSTATUS
ReleasedThroughTheCallersCopy(PSECURITY_DESCRIPTOR Sd, PLISTENER Listener)
{
    PLISTENER listener = Listener;
    NTSTATUS status = SdCacheInto(Sd, &Listener->CachedSd);

    if (!NT_SUCCESS(status)) {
        return status;
    }
    status = Validate(Sd);
    ListenerRelease(listener);
    return status;
}
