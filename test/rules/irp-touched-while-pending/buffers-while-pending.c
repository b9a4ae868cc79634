#include "wsk.h"

/* MDLs, buffers and addresses freed, unlocked or left to die with the frame while the WSK call that uses them may still be pending. */

#define CONNECTION(_s_) ((PWSK_PROVIDER_CONNECTION_DISPATCH)(_s_)->Dispatch)
#define DATAGRAM(_s_) ((PWSK_PROVIDER_DATAGRAM_DISPATCH)(_s_)->Dispatch)
#define BASIC(_s_) ((PWSK_PROVIDER_BASIC_DISPATCH)(_s_)->Dispatch)
#define RELEASE_REQUEST(_irp_, _p_) do { IoFreeIrp(_irp_); ExFreePoolWithTag((_p_), 'tksW'); } while (0)

NTSTATUS
GotoCleanupFreesTooEarly(PWSK_SOCKET Socket, ULONG Length, PVOID Context)
{
    NTSTATUS status = STATUS_INSUFFICIENT_RESOURCES;
    WSK_BUF buf;
    PMDL mdl = NULL;
    PIRP irp = NULL;
    PVOID data = ExAllocatePoolWithTag(NonPagedPoolNx, Length, 'tksW');

    if (data == NULL) {
        goto cleanup;
    }
    mdl = IoAllocateMdl(data, Length, FALSE, FALSE, NULL);
    if (mdl == NULL) {
        goto cleanup;
    }
    MmBuildMdlForNonPagedPool(mdl);
    irp = IoAllocateIrp(1, FALSE);
    if (irp == NULL) {
        goto cleanup;
    }
    buf.Mdl = mdl;
    buf.Offset = 0;
    buf.Length = Length;
    IoSetCompletionRoutine(irp, SendDone, Context, TRUE, TRUE, TRUE);
    status = CONNECTION(Socket)->WskSend(Socket, &buf, 0, irp);
cleanup:
    if (mdl != NULL) {
        IoFreeMdl(mdl);
//                ^^^ WSK015 The MDL mdl is freed while WskSend at line 35 may still be pending
//                no fix: the completion routine's Context is no KEVENT
    }
    if (data != NULL) {
        ExFreePoolWithTag(data, 'tksW');
//                        ^^^^ WSK015 data is freed while WskSend at line 35 may still be pending
//                        no fix: the completion routine's Context is no KEVENT
    }
    if (irp != NULL) {
        IoFreeIrp(irp);
//                ^^^ WSK015 The IRP is freed while WskSend at line 35
//                no fix: the completion routine's Context is no KEVENT
    }
    return status;
}

NTSTATUS
EarlyReturnLeavesStackData(PWSK_SOCKET Socket, PVOID Context)
{
    UCHAR data[128];
    WSK_BUF buf;
    NTSTATUS status;
    PIRP irp = IoAllocateIrp(1, FALSE);

    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    buf.Mdl = IoAllocateMdl(data, sizeof(data), FALSE, FALSE, NULL);
    if (buf.Mdl == NULL) {
        IoFreeIrp(irp);
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    MmBuildMdlForNonPagedPool(buf.Mdl);
    buf.Offset = 0;
    buf.Length = sizeof(data);
    IoSetCompletionRoutine(irp, ReceiveDone, Context, TRUE, TRUE, TRUE);
    status = CONNECTION(Socket)->WskReceive(Socket, &buf, 0, irp);
    if (status == STATUS_PENDING) {
        /* The receive goes on into data[] after this frame is gone. */
        return status;
//      ^^^^^^^^^^^^^^ WSK015 The function returns while WskReceive at line 75 may still be pending
//      no fix: the completion routine's Context is no KEVENT
    }
    IoFreeMdl(buf.Mdl);
    IoFreeIrp(irp);
    return status;
}

NTSTATUS
SwitchFreesOutput(PWSK_SOCKET Socket, PVOID Context)
{
    NTSTATUS status;
    PSIZE_T backlog = ExAllocatePoolWithTag(NonPagedPoolNx, sizeof(SIZE_T), 'tksW');
    PIRP irp;

    if (backlog == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    irp = IoAllocateIrp(1, FALSE);
    if (irp == NULL) {
        ExFreePoolWithTag(backlog, 'tksW');
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    IoSetCompletionRoutine(irp, ControlDone, Context, TRUE, TRUE, TRUE);
    status = BASIC(Socket)->WskControlSocket(Socket, WskIoctl, SIO_WSK_QUERY_IDEAL_SEND_BACKLOG, 0,
                                             0, NULL, sizeof(SIZE_T), backlog, NULL, irp);
    switch (status) {
    case STATUS_PENDING:
        RELEASE_REQUEST(irp, backlog);
//                      ^^^ WSK015 The IRP is freed while WskControlSocket at line 103 may still be pending
//                      no fix: the completion routine's Context is no KEVENT
//                           ^^^^^^^ WSK015 backlog is freed while WskControlSocket at line 103 may still be pending
//                           no fix: the completion routine's Context is no KEVENT
        break;
    default:
        RELEASE_REQUEST(irp, backlog);
        break;
    }
    return status;
}

NTSTATUS
LoopUnlocksEachRound(PWSK_SOCKET Socket, PMDL *Mdls, ULONG Count, PKEVENT Done)
{
    NTSTATUS status = STATUS_SUCCESS;
    WSK_BUF buf;
    ULONG i;
    PIRP irp = IoAllocateIrp(1, FALSE);

    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    for (i = 0; i < Count; i++) {
        PMDL mdl = Mdls[i];

        buf.Mdl = mdl;
        buf.Offset = 0;
        buf.Length = MmGetMdlByteCount(mdl);
        IoReuseIrp(irp, STATUS_UNSUCCESSFUL);
        IoSetCompletionRoutine(irp, SendDone, Done, TRUE, TRUE, TRUE);
        status = CONNECTION(Socket)->WskSend(Socket, &buf, 0, irp);
        /* Unlocked before the wait: WSK may still be reading the pages. */
        MmUnlockPages(mdl);
//                    ^^^ WSK015 The MDL mdl is unlocked while WskSend at line 139 may still be pending
//                    fix: Wait for the IRP (Done) first
//                      /* Unlocked before the wait: WSK may still be reading the pages. */
//                    + KeWaitForSingleObject(Done, Executive, KernelMode, FALSE, NULL);
//                      MmUnlockPages(mdl);
        KeWaitForSingleObject(Done, Executive, KernelMode, FALSE, NULL);
    }
    IoFreeIrp(irp);
    return status;
}

NTSTATUS
FinallyFreesTheList(PWSK_SOCKET Socket, PWSK_BUF_LIST List, PVOID Remote, PKEVENT Done)
{
    NTSTATUS status = STATUS_UNSUCCESSFUL;
    PIRP irp = IoAllocateIrp(1, FALSE);

    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    __try {
        IoSetCompletionRoutine(irp, SendDone, Done, TRUE, TRUE, TRUE);
        status = DATAGRAM(Socket)->WskSendMessages(Socket, List, 0, Remote, 0, NULL, irp);
    } __finally {
        IoFreeMdl(List->Buffer.Mdl);
//                ^^^^^^^^^^^^^^^^ WSK015 The MDL List->Buffer.Mdl is freed while WskSendMessages at line 164 may still be pending
//                fix: Wait for the IRP (Done) first
//                  } __finally {
//                +     KeWaitForSingleObject(Done, Executive, KernelMode, FALSE, NULL);
//                      IoFreeMdl(List->Buffer.Mdl);
    }
    KeWaitForSingleObject(Done, Executive, KernelMode, FALSE, NULL);
    IoFreeIrp(irp);
    return status;
}

NTSTATUS
ReceiveFromLocals(PWSK_SOCKET Socket, PWSK_BUF Buffer, PVOID Context)
{
    ULONG controlLength = 0;
    ULONG controlFlags = 0;
    NTSTATUS status;
    PIRP irp = IoAllocateIrp(1, FALSE);

    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    IoSetCompletionRoutine(irp, ReceiveDone, Context, TRUE, TRUE, TRUE);
    status = DATAGRAM(Socket)->WskReceiveFrom(Socket, Buffer, 0, NULL, &controlLength, NULL, &controlFlags, irp);
    if (!NT_SUCCESS(status)) {
        IoFreeIrp(irp);
        return status;
    }
    return STATUS_PENDING;
//  ^^^^^^^^^^^^^^^^^^^^^^ WSK015 returns while WskReceiveFrom at line 190 may still be pending
//  no fix: the completion routine's Context is no KEVENT
}

NTSTATUS
SendToFreesControlInfo(PWSK_SOCKET Socket, PWSK_BUF Buffer, PVOID Remote, PVOID Context)
{
    NTSTATUS status;
    PCMSGHDR control = ExAllocatePoolWithTag(NonPagedPoolNx, 64, 'tksW');
    PIRP irp;

    if (control == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    irp = IoAllocateIrp(1, FALSE);
    if (irp == NULL) {
        ExFreePoolWithTag(control, 'tksW');
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    IoSetCompletionRoutine(irp, SendDone, Context, TRUE, TRUE, TRUE);
    status = DATAGRAM(Socket)->WskSendTo(Socket, Buffer, 0, Remote, 64, control, irp);
    ExFreePoolWithTag(control, 'tksW');
//                    ^^^^^^^ WSK015 control is freed while WskSendTo at line 216 may still be pending
//                    no fix: the completion routine's Context is no KEVENT
    return status;
}

NTSTATUS
AcceptIntoTheStack(PWSK_SOCKET Listener, PVOID Context, PWSK_SOCKET *Accepted)
{
    SOCKADDR_IN local;
    SOCKADDR_IN remote;
    NTSTATUS status;
    PIRP irp = IoAllocateIrp(1, FALSE);

    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    IoSetCompletionRoutine(irp, AcceptDone, Context, TRUE, TRUE, TRUE);
    status = ((PWSK_PROVIDER_LISTEN_DISPATCH)Listener->Dispatch)->WskAccept(
        Listener, 0, NULL, NULL, (PSOCKADDR)&local, (PSOCKADDR)&remote, irp);
    *Accepted = NULL;
    return status;
//  ^^^^^^^^^^^^^^ WSK015 returns while WskAccept at line 235 may still be pending
//  no fix: the completion routine's Context is no KEVENT
}
