#include "wsk.h"

/*
 * The send moved into a helper, after the caller closed the socket: the helper's send uses the closed
 * socket (WSK014, at the socket the caller passes). Inlined, it is reported at the send's socket;
 * through the helper at the socket passed: the helper sends on every path.
 */

NTSTATUS
SendOn(PWSK_SOCKET Socket, PWSK_BUF Buffer, PIRP Irp)
{
    return ((PWSK_PROVIDER_CONNECTION_DISPATCH)Socket->Dispatch)->WskSend(Socket, Buffer, 0, Irp);
}

NTSTATUS
CloseThenSend(PWSK_SOCKET Socket, PWSK_BUF Buffer, PIRP Irp, PKEVENT Done)
{
    IoReuseIrp(Irp, STATUS_UNSUCCESSFUL);
    IoSetCompletionRoutine(Irp, CloseDone, Done, TRUE, TRUE, TRUE);
    ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskCloseSocket(Socket, Irp);
    KeWaitForSingleObject(Done, Executive, KernelMode, FALSE, NULL);
    IoReuseIrp(Irp, STATUS_UNSUCCESSFUL);
    IoSetCompletionRoutine(Irp, SendDone, Done, TRUE, TRUE, TRUE);
    return SendOn(Socket, Buffer, Irp);
//                ^^^^^^ WSK014
}
