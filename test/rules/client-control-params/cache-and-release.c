#include "wsk.h"

WSK_PROVIDER_NPI g_ProviderNpi;

NTSTATUS
CacheMistakes(PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Cached, PIRP Irp)
{
    NTSTATUS status;

    status = g_ProviderNpi.Dispatch->WskControlClient(g_ProviderNpi.Client, WSK_CACHE_SD,
                                                      sizeof(SECURITY_DESCRIPTOR), Sd,
//                                                    ^^^^^^^^^^^^^^^^^^^^^^^^^^^ WSK012 for WSK_CACHE_SD
//                                                                                 ^^ WSK012 (&Sd)
                                                      sizeof(PSECURITY_DESCRIPTOR), NULL, NULL, Irp);
//                                                                                  ^^^^ WSK012 OutputBuffer must be the address
//                                                                                              ^^^ WSK012 Irp must be NULL for WSK_CACHE_SD
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
//                                            ^^^^^^ WSK012
//                                                    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ WSK012 OutputSize must be 0 for WSK_RELEASE_SD
//                                                                                  ^^^^^^ WSK012
//                                                                                          ^^^^^^^^^ WSK012
}
