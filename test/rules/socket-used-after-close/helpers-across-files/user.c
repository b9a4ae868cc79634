#include "conn.h"

VOID
ClosedTwiceThroughTheHelper(PLINK Link, BOOLEAN Failed)
{
    LinkCloseSocket(Link->Socket, Link->Irp, &Link->Done);
    if (Failed) {
        LinkCloseSocket(Link->Socket, Link->Irp, &Link->Done);
//                      ^^^^^^^^^^^^ WSK014 LinkCloseSocket closes Link->Socket a second time after the socket was closed at line 6
    }
}

VOID
AbortThenTearDown(PLINK Link)
{
    LinkAbort(Link);
    LinkTearDown(Link);
//               ^^^^ WSK014 LinkTearDown closes Link->Socket a second time
}

VOID
UsedAfterTheHelperClosedIt(PLINK Link, PWSK_BUF Buffer)
{
    LinkAbort(Link);
    IoReuseIrp(Link->Irp, STATUS_UNSUCCESSFUL);
    IoSetCompletionRoutine(Link->Irp, OnRequestDone, NULL, TRUE, TRUE, TRUE);
    ((PWSK_PROVIDER_CONNECTION_DISPATCH)Link->Socket->Dispatch)->WskSend(Link->Socket, Buffer, 0, Link->Irp);
//                                                                       ^^^^^^^^^^^^ WSK014 WskSend is called on this socket
}

VOID
TearDownTwiceIsFine(PLINK Link)
{
    LinkTearDown(Link);
    LinkTearDown(Link);
}
