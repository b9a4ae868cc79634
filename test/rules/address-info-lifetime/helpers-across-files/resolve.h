#include "wsk-registration.h"

NTSTATUS ResolveHost(PWSK_PROVIDER_NPI Npi, PUNICODE_STRING Host, PADDRINFOEXW *Result);
VOID ReleaseHost(PWSK_PROVIDER_NPI Npi, PADDRINFOEXW Result);
