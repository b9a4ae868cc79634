#include "wsk.h"

WSK_PROVIDER_NPI g_Npi;
PSECURITY_DESCRIPTOR g_ListenerSd;

typedef struct _ENDPOINT {
    PWSK_SOCKET Socket;
    PSECURITY_DESCRIPTOR CachedSd;
} ENDPOINT, *PENDPOINT;

NTSTATUS
EndpointInitialize(PENDPOINT Endpoint, PSECURITY_DESCRIPTOR Sd)
{
    return g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &Sd,
                                            sizeof(PSECURITY_DESCRIPTOR), &Endpoint->CachedSd, NULL, NULL);
//                                                                        ^^^^^^^^^^^^^^^^^^^ WSK008 No WSK_RELEASE_SD anywhere in the workspace releases Endpoint->CachedSd: release it where the object is torn down.
//                                                                        no fix: the release belongs where the object is torn down
}

NTSTATUS
ListenerInitialize(PSECURITY_DESCRIPTOR Sd)
{
    return g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &Sd,
                                            sizeof(PSECURITY_DESCRIPTOR), &g_ListenerSd, NULL, NULL);
//                                                                        ^^^^^^^^^^^^^ WSK008 releases g_ListenerSd: release it where the driver is torn down.
//                                                                        no fix: the release belongs where the driver is torn down
}
