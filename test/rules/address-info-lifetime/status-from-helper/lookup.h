#include "wsk-registration.h"

typedef struct _LOOKUP {
    PWSK_PROVIDER_NPI Npi;
    PIRP Irp;
    KEVENT Done;
} LOOKUP, *PLOOKUP;

NTSTATUS LookupStart(PLOOKUP Lookup, PUNICODE_STRING Host, PADDRINFOEXW *Result);
