#include "wsk.h"

/*
 * WSK_RELEASE_SD moved into a helper, given a descriptor the caller allocated from pool: it was never
 * cached, so releasing it is wrong (WSK009, at the argument the caller passes). Inlined, it is
 * reported; through the helper too: the helper releases what its caller passes on every path.
 */

WSK_PROVIDER_NPI g_Npi;

NTSTATUS
ReleaseSd(PSECURITY_DESCRIPTOR *Sd)
{
    return g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), Sd, 0, NULL, NULL, NULL);
}

NTSTATUS
InitDescriptor(VOID)
{
    NTSTATUS status;
    PSECURITY_DESCRIPTOR sd;

    sd = ExAllocatePoolWithTag(NonPagedPoolNx, SECURITY_DESCRIPTOR_MIN_LENGTH, 'xdbT');
    if (sd == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    status = RtlCreateSecurityDescriptor(sd, SECURITY_DESCRIPTOR_REVISION);
    if (!NT_SUCCESS(status)) {
        ReleaseSd(&sd);
//                ^^^ WSK009 WSK_RELEASE_SD of a descriptor that WSK never cached
//                no fix
        return status;
    }
    ExFreePoolWithTag(sd, 'xdbT');
    return STATUS_SUCCESS;
}
