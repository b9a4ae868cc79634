#include "wsk.h"

/* Where the quick-fix puts the release, and when it guards it with a NULL test. */

WSK_PROVIDER_NPI g_Npi;

#define CACHE_SD(_sd_, _out_) \
    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &(_sd_), \
                                     sizeof(PSECURITY_DESCRIPTOR), &(_out_), NULL, NULL)
#define RETURN_IF_FAILED(_status_) if (!NT_SUCCESS(_status_)) { return (_status_); }

NTSTATUS
ReturnWithoutBraces(PWSK_PROVIDER_NPI Npi, PSECURITY_DESCRIPTOR Sd, BOOLEAN Quick)
{
    PSECURITY_DESCRIPTOR cached = NULL;
    NTSTATUS status;

    status = Npi->Dispatch->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &Sd,
                                             sizeof(PSECURITY_DESCRIPTOR), &cached, NULL, NULL);
    if (!NT_SUCCESS(status))
        return status;
    if (Quick)
        return STATUS_SUCCESS;
//      ^^^^^^^^^^^^^^^^^^^^^^ WSK008
//      fix: Release cached with WSK_RELEASE_SD before leaving
//        if (Quick)
//      -     return STATUS_SUCCESS;
//      +     {
//      +         Npi->Dispatch->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, NULL);
//      +         return STATUS_SUCCESS;
//      +     }
//        Npi->Dispatch->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, NULL);
    Npi->Dispatch->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, NULL);
    return status;
}

VOID
CachedOnEveryPath(PWSK_PROVIDER_NPI Npi, PSECURITY_DESCRIPTOR Sd)
{
    PSECURITY_DESCRIPTOR cached = NULL;
    NTSTATUS status;

    status = Npi->Dispatch->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &Sd,
                                             sizeof(PSECURITY_DESCRIPTOR), &cached, NULL, NULL);
    if (!NT_SUCCESS(status)) {
        return;
    }
    Use(Sd);
}
// @col 1-2 WSK008
// fix: Release cached with WSK_RELEASE_SD before leaving
//       Use(Sd);
// +     Npi->Dispatch->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, NULL);
//   }

NTSTATUS
LeavesThroughAMacro(PSECURITY_DESCRIPTOR Sd)
{
    PSECURITY_DESCRIPTOR cached = NULL;
    NTSTATUS status;

    status = CACHE_SD(Sd, cached);
    RETURN_IF_FAILED(status);
    status = Use(Sd);
    RETURN_IF_FAILED(status);
//  ^^^^^^^^^^^^^^^^ WSK008
//  no fix: the return is written by a macro
    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, NULL);
    return status;
}

NTSTATUS
StatusNotChecked(PWSK_PROVIDER_NPI Npi, PSECURITY_DESCRIPTOR Sd, BOOLEAN Quick)
{
    PSECURITY_DESCRIPTOR cached = NULL;

    /* The cache may have failed: the release the fix adds is guarded. */
    Npi->Dispatch->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &Sd,
                                    sizeof(PSECURITY_DESCRIPTOR), &cached, NULL, NULL);
    if (Quick) {
        return STATUS_SUCCESS;
//      ^^^^^^^^^^^^^^^^^^^^^^ WSK008 is not released before this return.
//      fix: Release cached with WSK_RELEASE_SD before leaving
//        if (Quick) {
//      +     if (cached != NULL) {
//      +         Npi->Dispatch->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, NULL);
//      +     }
//            return STATUS_SUCCESS;
    }
    Npi->Dispatch->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, NULL);
    return STATUS_SUCCESS;
}

NTSTATUS
ReleasedOnOnePath(PWSK_PROVIDER_NPI Npi, PSECURITY_DESCRIPTOR Sd, BOOLEAN Early)
{
    PSECURITY_DESCRIPTOR cached = NULL;
    NTSTATUS status;

    status = Npi->Dispatch->WskControlClient(Npi->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &Sd,
                                             sizeof(PSECURITY_DESCRIPTOR), &cached, NULL, NULL);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    if (Early) {
        Npi->Dispatch->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, NULL);
    }
    return status;
//  ^^^^^^^^^^^^^^ WSK008 It leaks on the path through the branch at line
//  no fix: another path through this return has released the copy; a release here would be a second one
}
