#include "wsk-registration.h"

extern WSK_REGISTRATION g_Registration;

NTSTATUS ClientStart(VOID);
NTSTATUS ClientStartClean(VOID);
NTSTATUS ClientStartAlwaysRegistered(VOID);
VOID ClientStop(VOID);
