#include "lookup.h"

/* Starts the lookup on the lookup's IRP and passes its status back. */
NTSTATUS
LookupStart(PLOOKUP Lookup, PUNICODE_STRING Host, PADDRINFOEXW *Result)
{
    NTSTATUS status;

    status = Lookup->Npi->Dispatch->WskGetAddressInfo(Lookup->Npi->Client, Host, NULL, NS_ALL, NULL, NULL, Result, NULL, NULL,
                                                      Lookup->Irp);
    return status;
}
