#include "wsk.h"

VOID UnlockAndFree(PMDL Mdl);
VOID ReleaseRequestMemory(PMDL Mdl, PVOID Data);

NTSTATUS
SendLockedPages(PWSK_SOCKET Socket, PVOID Data, ULONG Length, PKEVENT Done)
{
    NTSTATUS status;
    WSK_BUF buf;
    PIRP irp = IoAllocateIrp(1, FALSE);

    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    buf.Mdl = IoAllocateMdl(Data, Length, FALSE, FALSE, NULL);
    if (buf.Mdl == NULL) {
        IoFreeIrp(irp);
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    MmProbeAndLockPages(buf.Mdl, KernelMode, IoReadAccess);
    buf.Offset = 0;
    buf.Length = Length;
    IoSetCompletionRoutine(irp, SendDone, Done, TRUE, TRUE, TRUE);
    status = ((PWSK_PROVIDER_CONNECTION_DISPATCH)Socket->Dispatch)->WskSend(Socket, &buf, 0, irp);
    UnlockAndFree(buf.Mdl);
//                ^^^^^^^ WSK015 UnlockAndFree unlocks the MDL buf.Mdl while WskSend at line 25 may still be pending
//                fix: Wait for the IRP (Done) first
//                  status = ((PWSK_PROVIDER_CONNECTION_DISPATCH)Socket->Dispatch)->WskSend(Socket, &buf, 0, irp);
//                + KeWaitForSingleObject(Done, Executive, KernelMode, FALSE, NULL);
//                  UnlockAndFree(buf.Mdl);
    KeWaitForSingleObject(Done, Executive, KernelMode, FALSE, NULL);
    IoFreeIrp(irp);
    return status;
}

NTSTATUS
FinallyReleasesTheMemory(PWSK_SOCKET Socket, PVOID Data, ULONG Length, PVOID Context)
{
    NTSTATUS status = STATUS_UNSUCCESSFUL;
    WSK_BUF buf;
    PMDL mdl = NULL;
    PIRP irp = IoAllocateIrp(1, FALSE);

    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    __try {
        mdl = IoAllocateMdl(Data, Length, FALSE, FALSE, NULL);
        if (mdl == NULL) {
            __leave;
        }
        MmBuildMdlForNonPagedPool(mdl);
        buf.Mdl = mdl;
        buf.Offset = 0;
        buf.Length = Length;
        IoSetCompletionRoutine(irp, ReceiveDone, Context, TRUE, TRUE, TRUE);
        status = ((PWSK_PROVIDER_CONNECTION_DISPATCH)Socket->Dispatch)->WskReceive(Socket, &buf, 0, irp);
    } __finally {
        if (mdl != NULL) {
            ReleaseRequestMemory(mdl, Data);
//                               ^^^ WSK015 ReleaseRequestMemory unlocks the MDL mdl while WskReceive at line 58 may still be pending
//                               no fix: the completion routine's Context is no KEVENT
//                                    ^^^^ WSK015 ReleaseRequestMemory frees Data while WskReceive at line 58 may still be pending
//                                    no fix: the completion routine's Context is no KEVENT
        }
    }
    return status;
}
