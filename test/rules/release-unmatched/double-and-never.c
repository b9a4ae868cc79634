#include "wsk.h"

WSK_PROVIDER_NPI g_Npi;

#define RELEASE_SD(_cached_) \
    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &(_cached_), \
                                     0, NULL, NULL, NULL)

NTSTATUS
ReleasedTwiceThroughCleanup(PSECURITY_DESCRIPTOR Sd)
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
        g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &cached,
                                         0, NULL, NULL, NULL);
        goto Exit;
    }

Exit:
    if (cached != NULL) {
        g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &cached,
//                                                                                                   ^^^^^^^ WSK009 already released at line 22
//                                                                                                   no fix: on the path where Use succeeds, this is the only release
                                         0, NULL, NULL, NULL);
    }
    return status;
}

VOID
ReleasedTwiceInARow(PSECURITY_DESCRIPTOR Cached)
{
    RELEASE_SD(Cached);
    RELEASE_SD(Cached);
//  ^^^^^^^^^^ WSK009 second WSK_RELEASE_SD
//  no fix: the release is written by a macro
}

VOID
ReleaseOfAnObject(VOID)
{
    SECURITY_DESCRIPTOR descriptor;
    PSECURITY_DESCRIPTOR sd = &descriptor;

    RtlCreateSecurityDescriptor(sd, SECURITY_DESCRIPTOR_REVISION);
    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, 0, NULL, NULL, NULL);
//                                                                                               ^^^ WSK009 the address of the SECURITY_DESCRIPTOR object
//                                                                                               no fix: only a second release is removed
}

VOID
ReleaseOfPoolMemory(VOID)
{
    PSECURITY_DESCRIPTOR sd = (PSECURITY_DESCRIPTOR)ExAllocatePoolWithTag(NonPagedPoolNx, 64, 'dsKW');

    if (sd == NULL) {
        return;
    }
    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, 0, NULL, NULL, NULL);
//                                                                                               ^^^ WSK009 allocated from pool
//                                                                                               no fix: only a second release is removed
}

NTSTATUS
UseAfterRelease(PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Cached, PIRP Irp)
{
    RELEASE_SD(Cached);
    return ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(
        Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &Cached, 0, NULL, NULL, Irp);
//                                                                                       ^^^^^^^ WSK009 released at line 74 before WskControlSocket uses it
//                                                                                       no fix: only a second release is removed
}
