#include "wsk-registration.h"

WSK_REGISTRATION g_Registration;

#define CAPTURE_NPI(_npi_) WskCaptureProviderNPI(&g_Registration, WSK_NO_WAIT, &(_npi_))
#define RETURN_IF_FAILED(_s_) do { if (!NT_SUCCESS(_s_)) { return (_s_); } } while (0)

NTSTATUS
EarlyReturn(PVOID List, SIZE_T Size)
{
    WSK_PROVIDER_NPI npi;
    NTSTATUS status;

    status = WskCaptureProviderNPI(&g_Registration, WSK_NO_WAIT, &npi);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    status = npi.Dispatch->WskControlClient(npi.Client, WSK_TRANSPORT_LIST_QUERY, 0, NULL, Size, List, &Size, NULL);
    if (!NT_SUCCESS(status)) {
        return status;
//      ^^^^^^^^^^^^^^ WSK018 The provider NPI captured in npi (line 14) is not released before this return.
//      preferred fix: Release the provider NPI with WskReleaseProviderNPI(&g_Registration) before leaving
//        if (!NT_SUCCESS(status)) {
//      +     WskReleaseProviderNPI(&g_Registration);
//            return status;
    }
    WskReleaseProviderNPI(&g_Registration);
    return STATUS_SUCCESS;
}

NTSTATUS
GotoCleanupSkipsRelease(PVOID List, SIZE_T Size)
{
    WSK_PROVIDER_NPI npi;
    NTSTATUS status;

    status = WskCaptureProviderNPI(&g_Registration, WSK_NO_WAIT, &npi);
    if (!NT_SUCCESS(status)) {
        goto Exit;
    }
    status = npi.Dispatch->WskControlClient(npi.Client, WSK_TRANSPORT_LIST_QUERY, 0, NULL, Size, List, &Size, NULL);
    if (!NT_SUCCESS(status)) {
        goto Exit;
    }
    WskReleaseProviderNPI(&g_Registration);
Exit:
    return status;
//  ^^^^^^^^^^^^^^ WSK018 is not released before this return
//  no fix: on other paths through this return the capture failed or was released
}

VOID
SwitchCaseForgets(ULONG Mode, PVOID List, SIZE_T Size)
{
    WSK_PROVIDER_NPI npi;

    if (!NT_SUCCESS(CAPTURE_NPI(npi))) {
        return;
    }
    switch (Mode) {
    case 1:
        npi.Dispatch->WskControlClient(npi.Client, WSK_TRANSPORT_LIST_QUERY, 0, NULL, Size, List, &Size, NULL);
        break;
    case 2:
        return;
//      ^^^^^^^ WSK018 captured in npi
//      preferred fix: Release the provider NPI with WskReleaseProviderNPI(&g_Registration) before leaving
//        case 2:
//      -     return;
//      +     {
//      +         WskReleaseProviderNPI(&g_Registration);
//      +         return;
//      +     }
//        default:
    default:
        break;
    }
    WskReleaseProviderNPI(&g_Registration);
}

NTSTATUS
MacroReturnsEarly(PVOID List, SIZE_T Size)
{
    WSK_PROVIDER_NPI npi;
    NTSTATUS status;

    status = CAPTURE_NPI(npi);
    RETURN_IF_FAILED(status);
    status = npi.Dispatch->WskControlClient(npi.Client, WSK_TRANSPORT_LIST_QUERY, 0, NULL, Size, List, &Size, NULL);
    RETURN_IF_FAILED(status);
//  ^^^^^^^^^^^^^^^^ WSK018 captured in npi
//  no fix: the return is inside the macro
    WskReleaseProviderNPI(&g_Registration);
    return status;
}

NTSTATUS
LoopBreaksOut(ULONG Count, PVOID List, SIZE_T Size)
{
    WSK_PROVIDER_NPI npi;
    NTSTATUS status = STATUS_SUCCESS;
    ULONG i;

    for (i = 0; i < Count; i++) {
        status = WskCaptureProviderNPI(&g_Registration, WSK_NO_WAIT, &npi);
        if (!NT_SUCCESS(status)) {
            break;
        }
        status = npi.Dispatch->WskControlClient(npi.Client, WSK_TRANSPORT_LIST_QUERY, 0, NULL, Size, List, &Size, NULL);
        if (!NT_SUCCESS(status)) {
            break;
        }
        WskReleaseProviderNPI(&g_Registration);
    }
    return status;
//  ^^^^^^^^^^^^^^ WSK018 captured in npi
//  no fix: on other paths through this return the capture failed or was released
}

VOID
FallsOffTheEnd(VOID)
{
    WSK_PROVIDER_NPI npi;

    if (NT_SUCCESS(WskCaptureProviderNPI(&g_Registration, WSK_INFINITE_WAIT, &npi))) {
        Use(npi.Client);
    }
}
// @col 1-2 WSK018 before the end of the function
// no fix: on the other path the capture failed

NTSTATUS
FinallyDoesNotRelease(PVOID List, SIZE_T Size)
{
    WSK_PROVIDER_NPI npi;
    NTSTATUS status;

    status = WskCaptureProviderNPI(&g_Registration, WSK_NO_WAIT, &npi);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    __try {
        status = npi.Dispatch->WskControlClient(npi.Client, WSK_TRANSPORT_LIST_QUERY, 0, NULL, Size, List, &Size, NULL);
    } __finally {
        Log(status);
    }
    return status;
//  ^^^^^^^^^^^^^^ WSK018 captured in npi
//  preferred fix: Release the provider NPI with WskReleaseProviderNPI(&g_Registration) before leaving
//    }
//  + WskReleaseProviderNPI(&g_Registration);
//    return status;
}
