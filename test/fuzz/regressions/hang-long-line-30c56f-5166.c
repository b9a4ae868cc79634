/* fuzz regression: budget
 * analysis took 13.63 s, over the budget of 7.46 s for 1.11 MB (long-line): WSK017 searched the function's
 * text for NULL assignments once per call, WSK024 the function's calls once per cast (1.25 s after the fix)
 * found by: npm run fuzz -- --seed 20261207 --input 5166 (mutated test/rules/irp-touched-while-pending/helper-frees-memory.c [helper-frees-memory.c: line-delete; helper-frees-memory.c: long-line])
 * reduced by hand from 6,989 copies of the repeated line to 400
 */
#include "wsk.h"

/* MDLs and buffers freed or unlocked inside helpers (their summaries say so) while the WSK call that uses them may still be pending. */

#define CONNECTION(_s_) ((PWSK_PROVIDER_CONNECTION_DISPATCH)(_s_)->Dispatch)
#define BASIC(_s_) ((PWSK_PROVIDER_BASIC_DISPATCH)(_s_)->Dispatch)

typedef struct _SEND_CONTEXT {
    PWSK_SOCKET Socket;
    PVOID Data;
    WSK_BUF Buffer;
} SEND_CONTEXT, *PSEND_CONTEXT;

VOID
FreeMdlChain(PMDL Mdl)
{
    PMDL next;

    while (Mdl != NULL) {
        next = Mdl->Next;
        MmUnlockPages(Mdl);
        IoFreeMdl(Mdl);
        Mdl = next;
    }
}

VOID
FreeSendBuffers(PSEND_CONTEXT Send)
{
    if (Send->Buffer.Mdl != NULL) {
        IoFreeMdl(Send->Buffer.Mdl);
    }
    ExFreePoolWithTag(Send->Data, 'tksW');
}

VOID
FreeWskBuf(PWSK_BUF Buffer)
{
    /* Through another helper: its summary frees what it is given. */
    FreeMdlChain(Buffer->Mdl);
}

{
    NTSTATUS status;
    PIRP irp = IoAllocateIrp(1, FALSE);

    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    Send->Buffer.Mdl = IoAllocateMdl(Send->Data, Length, FALSE, FALSE, NULL);
    if (Send->Buffer.Mdl == NULL) {
        IoFreeIrp(irp);
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    MmBuildMdlForNonPagedPool(Send->Buffer.Mdl);
    Send->Buffer.Offset = 0;
    Send->Buffer.Length = Length;
    IoSetCompletionRoutine(irp, SendDone, Done, TRUE, TRUE, TRUE);
    status = CONNECTION(Send->Socket)->WskSend(Send->Socket, &Send->Buffer, 0, irp);
    if (!NT_SUCCESS(status)) {
        FreeSendBuffers(Send);
        IoFreeIrp(irp);
        return status;
    }
    /* Success is not completion: STATUS_PENDING is a success code. */
    FreeSendBuffers(Send);
//                  ^^^^ WSK015 FreeSendBuffers frees the MDL Send->Buffer.Mdl while WskSend at line 94 may still be pending
//                  fix: Wait for the IRP (Done) first
//                    /* Success is not completion: STATUS_PENDING is a success code. */
//                  + KeWaitForSingleObject(Done, Executive, KernelMode, FALSE, NULL);
//                    FreeSendBuffers(Send);
    KeWaitForSingleObject(Done, Executive, KernelMode, FALSE, NULL);
    IoFreeIrp(irp);
    return status;
}

NTSTATUS
SwitchFreesThroughTwoHelpers(PWSK_SOCKET Socket, PWSK_BUF Buffer, PVOID Context)
{
    NTSTATUS status;
    PIRP irp = IoAllocateIrp(1, FALSE);
    IoSetCompletionRoutine(irp, ReceiveDone, Context, TRUE, TRUE, TRUE);
    status = CONNECTION(Socket)->WskReceive(Socket, Buffer, 0, irp);
    switch (status) {
    case STATUS_SUCCESS:
        break;
    default:
        /* STATUS_PENDING lands here too. */
        FreeWskBuf(Buffer);
//                 ^^^^^^ WSK015 FreeWskBuf unlocks the MDL Buffer->Mdl while WskReceive at line 122 may still be pending
//                 no fix: the completion routine's Context is no KEVENT
        break;
    }
    return status;
((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; ((PWSK_PROVIDER_LISTEN_DISPATCH)ctx->Socket->Dispatch)->WskAccept(ctx->Socket, 0, NULL, NULL, NULL, NULL, irp);
socket = (PWSK_SOCKET)ctx->Irp->IoStatus.Information; 
}

NTSTATUS
LoopFreesOutputEachRound(PWSK_SOCKET Socket, ULONG Rounds, PKEVENT Done)
{
    NTSTATUS status = STATUS_SUCCESS;
    ULONG i;
    PIRP irp = IoAllocateIrp(1, FALSE);

    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    for (i = 0; i < Rounds; i++) {
        PSIZE_T backlog = ExAllocatePoolWithTag(NonPagedPoolNx, sizeof(SIZE_T), 'tksW');

        if (backlog == NULL) {
            break;
        }
        IoReuseIrp(irp, STATUS_UNSUCCESSFUL);
        IoSetCompletionRoutine(irp, ControlDone, Done, TRUE, TRUE, TRUE);
        status = BASIC(Socket)->WskControlSocket(Socket, WskIoctl, SIO_WSK_QUERY_IDEAL_SEND_BACKLOG, 0,
                                                 0, NULL, sizeof(SIZE_T), backlog, NULL, irp);
        FreeData(backlog);
//               ^^^^^^^ WSK015 FreeData frees backlog while WskControlSocket at line 154 may still be pending
//               fix: Wait for the IRP (Done) first
//                                                          0, NULL, sizeof(SIZE_T), backlog, NULL, irp);
//               + KeWaitForSingleObject(Done, Executive, KernelMode, FALSE, NULL);
//                 FreeData(backlog);
        KeWaitForSingleObject(Done, Executive, KernelMode, FALSE, NULL);
    }
    IoFreeIrp(irp);
    return status;
}
