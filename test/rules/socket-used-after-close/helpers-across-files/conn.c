#include "conn.h"

VOID
LinkCloseSocket(PWSK_SOCKET Socket, PIRP Irp, PKEVENT Done)
{
    IoReuseIrp(Irp, STATUS_UNSUCCESSFUL);
    IoSetCompletionRoutine(Irp, OnRequestDone, NULL, TRUE, TRUE, TRUE);
    ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskCloseSocket(Socket, Irp);
    KeWaitForSingleObject(Done, Executive, KernelMode, FALSE, NULL);
}

VOID
LinkTearDown(PLINK Link)
{
    /* Closes and forgets: calling it twice is fine. */
    if (Link->Socket != NULL) {
        LinkCloseSocket(Link->Socket, Link->Irp, &Link->Done);
        Link->Socket = NULL;
    }
}

VOID
LinkAbort(PLINK Link)
{
    /* Closes, but leaves the pointer behind. */
    LinkCloseSocket(Link->Socket, Link->Irp, &Link->Done);
}
