#include "wsk.h"

/*
 * WskRegister in a helper that surely registers what its caller passes: a local block stays registered
 * past the caller's return (through a helper of a helper, after a goto). Silent: a helper that may not
 * register, a global block, a caller that deregisters first.
 */

extern const WSK_CLIENT_DISPATCH g_ClientDispatch;
static WSK_REGISTRATION g_Registration;

static NTSTATUS
RegisterOn(PWSK_CLIENT_NPI Npi, PWSK_REGISTRATION Registration)
{
    return WskRegister(Npi, Registration);
}

static NTSTATUS
RegisterThrough(PWSK_CLIENT_NPI Npi, PWSK_REGISTRATION Registration)
{
    NTSTATUS status;

    status = RegisterOn(Npi, Registration);
    return status;
}

static NTSTATUS
RegisterIfGiven(PWSK_CLIENT_NPI Npi, PWSK_REGISTRATION Registration)
{
    if (Registration == NULL) {
        return STATUS_INVALID_PARAMETER;
    }
    return WskRegister(Npi, Registration);
}

NTSTATUS
GotoOutKeepsTheLocal(BOOLEAN Probe)
{
    WSK_CLIENT_NPI clientNpi = { NULL, &g_ClientDispatch };
    WSK_REGISTRATION registration;
    NTSTATUS status;

    status = RegisterThrough(&clientNpi, &registration);
//                                       ^^^^^^^^^^^^^ WSK019 The registration block registration is a local that stays registered
//                                       no fix
    if (!NT_SUCCESS(status)) {
        return status;
    }
    if (Probe) {
        goto out;
    }
    WskDeregister(&registration);
out:
    return STATUS_SUCCESS;
}

NTSTATUS
HelperMayNotRegister(VOID)
{
    WSK_CLIENT_NPI clientNpi = { NULL, &g_ClientDispatch };
    WSK_REGISTRATION registration;

    /* RegisterIfGiven tests its block first: no sure registration here. */
    return RegisterIfGiven(&clientNpi, &registration);
}

NTSTATUS
GlobalBlock(VOID)
{
    WSK_CLIENT_NPI clientNpi = { NULL, &g_ClientDispatch };

    return RegisterOn(&clientNpi, &g_Registration);
}

NTSTATUS
DeregisteredFirst(VOID)
{
    WSK_CLIENT_NPI clientNpi = { NULL, &g_ClientDispatch };
    WSK_REGISTRATION registration;
    NTSTATUS status;

    status = RegisterOn(&clientNpi, &registration);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    WskDeregister(&registration);
    return STATUS_SUCCESS;
}
