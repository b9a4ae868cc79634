/*++

Module Name:

    policy.c

Abstract:

    Cached descriptors of the VPN control channel.

--*/

#include "vpnctl.h"

VT_GLOBALS g_Vt;

_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
VtInitPolicy(
    _In_ PSECURITY_DESCRIPTOR Raw
    )
{
    return g_Vt.Npi.Dispatch->WskControlClient(g_Vt.Npi.Client,
                                               WSK_CACHE_SD,
                                               VT_SD_PTR_SIZE,
                                               &Raw,
                                               VT_SD_PTR_SIZE,
                                               &g_Vt.PolicySd,
                                               NULL,
                                               NULL);
}

_IRQL_requires_max_(PASSIVE_LEVEL)
VOID
VtShutdownPolicy(
    VOID
    )
{
    if (g_Vt.PolicySd == NULL) {
        return;
    }

    g_Vt.Npi.Dispatch->WskControlClient(g_Vt.Npi.Client,
                                        WSK_RELEASE_SD,
                                        VT_SD_PTR_SIZE,
                                        &g_Vt.PolicySd,
                                        0,
                                        NULL,
                                        NULL,
                                        NULL);
    g_Vt.PolicySd = NULL;
}

//
// Returns a cached copy of Raw that the caller owns, or NULL.
//
_Use_decl_annotations_
PSECURITY_DESCRIPTOR
VtCacheSessionSd(
    PSECURITY_DESCRIPTOR Raw
    )
{
    NTSTATUS status;
    PSECURITY_DESCRIPTOR cached = NULL;

    status = g_Vt.Npi.Dispatch->WskControlClient(g_Vt.Npi.Client,
                                                 WSK_CACHE_SD,
                                                 sizeof(Raw),
                                                 &Raw,
                                                 sizeof(cached),
                                                 &cached,
                                                 NULL,
                                                 NULL);
    if (!NT_SUCCESS(status)) {
        return NULL;
    }
    return cached;
}

_Use_decl_annotations_
NTSTATUS
VtCloneSd(
    PSECURITY_DESCRIPTOR Raw,
    PSECURITY_DESCRIPTOR *Clone
    )
{
    NTSTATUS status;
    PSECURITY_DESCRIPTOR copy = NULL;

    *Clone = NULL;

    status = g_Vt.Npi.Dispatch->WskControlClient(g_Vt.Npi.Client, WSK_CACHE_SD,
                                                 VT_SD_PTR_SIZE, &Raw,
                                                 VT_SD_PTR_SIZE, &copy,
                                                 NULL, NULL);
    if (NT_SUCCESS(status)) {
        *Clone = copy;
    }
    return status;
}

//
// Makes CachedSd the tunnel's session descriptor; the tunnel owns it from
// here on and VtCloseTunnel releases it.
//
_Use_decl_annotations_
VOID
VtAdoptSd(
    PVT_TUNNEL Tunnel,
    PSECURITY_DESCRIPTOR CachedSd
    )
{
    if (Tunnel->SessionSd != NULL) {
        g_Vt.Npi.Dispatch->WskControlClient(g_Vt.Npi.Client, WSK_RELEASE_SD,
                                            VT_SD_PTR_SIZE, &Tunnel->SessionSd,
                                            0, NULL, NULL, NULL);
    }
    Tunnel->SessionSd = CachedSd;
}
