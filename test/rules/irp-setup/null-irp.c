#include "wsk.h"

/* A WSK call that completes through an IRP, given NULL. */

#define CONNECTION(_s_) ((PWSK_PROVIDER_CONNECTION_DISPATCH)(_s_)->Dispatch)

NTSTATUS
NullConstant(PWSK_SOCKET Socket, PWSK_BUF Buffer)
{
    return CONNECTION(Socket)->WskSend(Socket, Buffer, 0, NULL);
//                                                        ^^^^ WSK017 Irp must not be NULL for WskSend
//                                                        no fix: an IRP must be allocated and set up first
}

NTSTATUS
NullOnAPath(PWSK_SOCKET Socket, PVOID Remote, PIRP Given, BOOLEAN Have)
{
    PIRP irp = NULL;

    if (Have) {
        irp = Given;
    }
    return CONNECTION(Socket)->WskConnect(Socket, Remote, 0, irp);
//                                                           ^^^ WSK017 Irp is NULL on a path to WskConnect (NULL assigned at line 18)
//                                                           no fix: an IRP must be allocated and set up first
}

NTSTATUS
NullThroughACopy(PWSK_SOCKET Socket, PVOID Remote, PIRP Given, BOOLEAN Have)
{
    PIRP irp = NULL;
    PIRP chosen;

    if (Have) {
        irp = Given;
    }
    chosen = irp;
    return CONNECTION(Socket)->WskConnect(Socket, Remote, 0, chosen);
//                                                           ^^^^^^ WSK017 Irp is NULL on a path to WskConnect (NULL assigned at line 31)
//                                                           no fix: an IRP must be allocated and set up first
}

NTSTATUS
NullThroughACast(PWSK_SOCKET Socket, PVOID Remote, PIRP Given, BOOLEAN Have)
{
    PIRP irp = NULL;

    if (Have) {
        irp = Given;
    }
    return CONNECTION(Socket)->WskConnect(Socket, Remote, 0, (PIRP)irp);
//                                                           ^^^^^^^^^ WSK017 Irp is NULL on a path to WskConnect (NULL assigned at line 46)
//                                                           no fix: an IRP must be allocated and set up first
}
