#include "wsk.h"

WSK_PROVIDER_NPI g_ProviderNpi;

NTSTATUS
CacheMistakes(PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Cached, PIRP Irp)
{
    NTSTATUS status;

    status = g_ProviderNpi.Dispatch->WskControlClient(g_ProviderNpi.Client, WSK_CACHE_SD,
                                                      sizeof(SECURITY_DESCRIPTOR), Sd,
//                                                    ^^^^^^^^^^^^^^^^^^^^^^^^^^^ WSK012 for WSK_CACHE_SD
//                                                    preferred fix: Replace sizeof(SECURITY_DESCRIPTOR) with sizeof(PSECURITY_DESCRIPTOR)
//                                                    = sizeof(PSECURITY_DESCRIPTOR)
//                                                                                 ^^ WSK012 (&Sd)
//                                                                                 preferred fix: Pass the address: &Sd
//                                                                                 = &Sd
                                                      sizeof(PSECURITY_DESCRIPTOR), NULL, NULL, Irp);
//                                                                                  ^^^^ WSK012 OutputBuffer must be the address
//                                                                                  no fix: no PSECURITY_DESCRIPTOR variable in scope that the call does not use already
//                                                                                              ^^^ WSK012 Irp must be NULL for WSK_CACHE_SD
//                                                                                              preferred fix: Replace Irp with NULL
//                                                                                              = NULL
    return status;
}

NTSTATUS
ReleaseMistakes(PWSK_PROVIDER_NPI Npi, PSECURITY_DESCRIPTOR Cached)
{
    SIZE_T returned;
    PSECURITY_DESCRIPTOR other = NULL;

    return Npi->Dispatch->WskControlClient(Npi->Client, WSK_RELEASE_SD,
                                           8, Cached, sizeof(PSECURITY_DESCRIPTOR), &other, &returned, NULL);
//                                         ^ WSK012
//                                         preferred fix: Replace 8 with sizeof(PSECURITY_DESCRIPTOR)
//                                         = sizeof(PSECURITY_DESCRIPTOR)
//                                            ^^^^^^ WSK012
//                                            preferred fix: Pass the address: &Cached
//                                            = &Cached
//                                                    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ WSK012 OutputSize must be 0 for WSK_RELEASE_SD
//                                                    preferred fix: Replace sizeof(PSECURITY_DESCRIPTOR) with 0
//                                                    = 0
//                                                                                  ^^^^^^ WSK012
//                                                                                  preferred fix: Replace &other with NULL
//                                                                                  = NULL
//                                                                                          ^^^^^^^^^ WSK012
//                                                                                          preferred fix: Replace &returned with NULL
//                                                                                          = NULL
}

NTSTATUS
CacheIntoNothing(PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out)
{
    PSECURITY_DESCRIPTOR cached = NULL;
    NTSTATUS status;

    /* Sd is the input: the one descriptor pointer the call does not use yet is where the copy goes. */
    status = g_ProviderNpi.Dispatch->WskControlClient(g_ProviderNpi.Client, WSK_CACHE_SD,
                                                      sizeof(PSECURITY_DESCRIPTOR), &Sd,
                                                      sizeof(PSECURITY_DESCRIPTOR), NULL, NULL, NULL);
//                                                                                  ^^^^ WSK012
//                                                                                  fix: Replace NULL with &cached
//                                                                                  = &cached
    *Out = cached;
    return status;
}

/* Both allocators give a new IRP, never the NULL the caching call needs. */
NTSTATUS
CacheWithNewIrp(PDEVICE_OBJECT Device, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out)
{
    return g_ProviderNpi.Dispatch->WskControlClient(g_ProviderNpi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &Sd,
                                                    sizeof(PSECURITY_DESCRIPTOR), Out, NULL, IoAllocateIrpEx(Device, 1, FALSE));
//                                                                                           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ WSK012 Irp must be NULL for WSK_CACHE_SD
//                                                                                           preferred fix: Replace IoAllocateIrpEx(Device, 1, FALSE) with NULL
//                                                                                           = NULL
}

static PIRP
NewIrp(PDEVICE_OBJECT Device)
{
    return IoAllocateIrpEx(Device, 1, FALSE);
}

/* So does a function of the workspace declared to return one. */
NTSTATUS
CacheWithHelperIrp(PDEVICE_OBJECT Device, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out)
{
    return g_ProviderNpi.Dispatch->WskControlClient(g_ProviderNpi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &Sd,
                                                    sizeof(PSECURITY_DESCRIPTOR), Out, NULL, NewIrp(Device));
//                                                                                           ^^^^^^^^^^^^^^ WSK012 Irp must be NULL for WSK_CACHE_SD
//                                                                                           preferred fix: Replace NewIrp(Device) with NULL
//                                                                                           = NULL
}
