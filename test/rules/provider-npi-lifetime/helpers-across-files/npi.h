#include "wsk-registration.h"

NTSTATUS NpiAcquire(PWSK_PROVIDER_NPI Npi);
VOID NpiDrop(VOID);
VOID ClientStop(VOID);
VOID ClientStopCleanly(VOID);
