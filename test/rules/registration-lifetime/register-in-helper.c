#include "wsk.h"

/*
 * WskRegister moved into a helper that takes the caller's stack registration block: the block stays
 * registered when the caller returns (WSK019, at the `&registration` the caller passes). Inlined, it
 * is reported; through the helper too: the helper registers on every path what its caller passes.
 */

extern const WSK_CLIENT_DISPATCH g_ClientDispatch;

NTSTATUS
RegisterOn(PWSK_CLIENT_NPI Npi, PWSK_REGISTRATION Registration)
{
    return WskRegister(Npi, Registration);
}

NTSTATUS
StackRegistration(VOID)
{
    WSK_CLIENT_NPI clientNpi = { NULL, &g_ClientDispatch };
    WSK_REGISTRATION registration;

    return RegisterOn(&clientNpi, &registration);
//                                ^^^^^^^^^^^^^ WSK019 The registration block registration is a local that stays registered
//                                no fix
}
