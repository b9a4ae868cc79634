#include "wsk.h"

/* Every WSK call whose Irp is required, not only SO_WSK_SECURITY: an unchecked allocation reaches it. */

#define CONNECTION(_s_) ((PWSK_PROVIDER_CONNECTION_DISPATCH)(_s_)->Dispatch)

NTSTATUS
SendUnchecked(PWSK_SOCKET Socket, PWSK_BUF Buffer, PKEVENT Done)
{
    PIRP irp = IoAllocateIrpEx(NULL, 1, FALSE);
    NTSTATUS status;

    IoSetCompletionRoutine(irp, SyncDone, Done, TRUE, TRUE, TRUE);
    status = CONNECTION(Socket)->WskSend(Socket, Buffer, 0, irp);
//                                                          ^^^ WSK006 Irp may be NULL here: it comes from IoAllocateIrpEx
//                                                          preferred fix: Check irp for NULL after the allocation
//                                                            PIRP irp = IoAllocateIrpEx(NULL, 1, FALSE);
//                                                          + if (irp == NULL) {
//                                                          +     return STATUS_INSUFFICIENT_RESOURCES;
//                                                          + }
//                                                            NTSTATUS status;
    KeWaitForSingleObject(Done, Executive, KernelMode, FALSE, NULL);
    IoFreeIrp(irp);
    return status;
}

VOID
CloseUnchecked(PWSK_SOCKET Socket, PKEVENT Done, BOOLEAN Wait)
{
    PIRP irp = IoAllocateIrp(1, FALSE);

    if (Wait) {
        KeClearEvent(Done);
    }
    IoSetCompletionRoutine(irp, SyncDone, Done, TRUE, TRUE, TRUE);
    CONNECTION(Socket)->Basic.WskCloseSocket(Socket, irp);
//                                                   ^^^ WSK006
//                                                   preferred fix: Check irp for NULL after the allocation
//                                                     PIRP irp = IoAllocateIrp(1, FALSE);
//                                                   + if (irp == NULL) {
//                                                   +     return;
//                                                   + }
//
//                                                     if (Wait) {
}

NTSTATUS
OptionalIrps(PWSK_SOCKET Socket, PWSK_PROVIDER_NPI Npi, PUNICODE_STRING Host, PADDRINFOEXW *Result, PKEVENT Done)
{
    PIRP irp = IoAllocateIrp(1, FALSE);
    ULONG on = 1;

    /* Name resolution may take a NULL Irp; SO_REUSEADDR needs one (the control-operation table's row). */
    IoSetCompletionRoutine(irp, SyncDone, Done, TRUE, TRUE, TRUE);
    ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskSetOption, SO_REUSEADDR, SOL_SOCKET,
                                                                       sizeof(on), &on, 0, NULL, NULL, irp);
//                                                                                                     ^^^ WSK006 Irp may be NULL here: it comes from IoAllocateIrp
//                                                                                                     preferred fix: Check irp for NULL after the allocation
//                                                                                                       PIRP irp = IoAllocateIrp(1, FALSE);
//                                                                                                     + if (irp == NULL) {
//                                                                                                     +     return STATUS_INSUFFICIENT_RESOURCES;
//                                                                                                     + }
//                                                                                                       ULONG on = 1;
    KeWaitForSingleObject(Done, Executive, KernelMode, FALSE, NULL);
    IoReuseIrp(irp, STATUS_UNSUCCESSFUL);
    IoSetCompletionRoutine(irp, SyncDone, Done, TRUE, TRUE, TRUE);
    return Npi->Dispatch->WskGetAddressInfo(Npi->Client, Host, NULL, 0, NULL, NULL, Result, NULL, NULL, irp);
}
