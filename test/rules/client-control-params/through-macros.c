#include "wsk.h"

/* The project's own macros around WskControlClient: a wrong argument of a use is reported on that
   argument, and its fix edits it there. */
#define MY_CACHE_SD(_npi, _in, _out)                                                            \
    (_npi)->Dispatch->WskControlClient((_npi)->Client, WSK_CACHE_SD,                           \
                                       sizeof(PSECURITY_DESCRIPTOR), (_in),                    \
                                       sizeof(PSECURITY_DESCRIPTOR), (_out), NULL, NULL)
#define MY_RELEASE_SD(_npi, _size, _sd)                                                         \
    (_npi)->Dispatch->WskControlClient((_npi)->Client, WSK_RELEASE_SD, _size, _sd, 0, NULL, NULL, NULL)
/* A macro that puts its argument in twice: an edit of the argument would change both places. */
#define MY_RELEASE_TWICE(_npi, _size, _sd)                                                      \
    (_npi)->Dispatch->WskControlClient((_npi)->Client, WSK_RELEASE_SD, _size, _sd, _size, NULL, NULL, NULL)

NTSTATUS
CacheThroughMacro(PWSK_PROVIDER_NPI Npi, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Cached)
{
    return MY_CACHE_SD(Npi, Sd, Cached);
//                          ^^ WSK012 (&Sd)
//                          preferred fix: Pass the address: &Sd
//                          = &Sd
}

NTSTATUS
ReleaseThroughMacro(PWSK_PROVIDER_NPI Npi, PSECURITY_DESCRIPTOR Cached)
{
    return MY_RELEASE_SD(Npi, sizeof(SECURITY_DESCRIPTOR), &Cached);
//                            ^^^^^^^^^^^^^^^^^^^^^^^^^^^ WSK012 InputSize must be sizeof(PSECURITY_DESCRIPTOR)
//                            preferred fix: Replace sizeof(SECURITY_DESCRIPTOR) with sizeof(PSECURITY_DESCRIPTOR)
//                            = sizeof(PSECURITY_DESCRIPTOR)
}

NTSTATUS
ReleaseThroughCopyingMacro(PWSK_PROVIDER_NPI Npi, PSECURITY_DESCRIPTOR Cached)
{
    return MY_RELEASE_TWICE(Npi, 0, &Cached);
//         ^^^^^^^^^^^^^^^^ WSK012 InputSize must be sizeof(PSECURITY_DESCRIPTOR)
//         no fix: the macro puts its argument in twice
}
