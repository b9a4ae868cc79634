#include "wsk.h"

#define CONNECTION(_s_) ((PWSK_PROVIDER_CONNECTION_DISPATCH)(_s_)->Dispatch)

VOID SetUp(PIRP Irp, PKEVENT Done);
VOID SetUpOnSuccessOnly(PIRP Irp, PKEVENT Done);
NTSTATUS Send(PWSK_SOCKET Socket, PWSK_BUF Buffer, PIRP Irp, PKEVENT Done);

NTSTATUS
SetUpByHelpers(PWSK_SOCKET Socket, PWSK_BUF Buffer, PKEVENT Done)
{
    PIRP irp = IoAllocateIrp(1, FALSE);
    NTSTATUS status;

    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    IoSetCompletionRoutine(irp, SyncDone, Done, TRUE, TRUE, TRUE);
    status = Send(Socket, Buffer, irp, Done);
    SetUp(irp, Done);
    status = Send(Socket, Buffer, irp, Done);
    SetUp(irp, Done);
    status = CONNECTION(Socket)->WskSend(Socket, Buffer, 0, irp);
    KeWaitForSingleObject(Done, Executive, KernelMode, FALSE, NULL);
    IoFreeIrp(irp);
    return status;
}

NTSTATUS
SentByAHelperThenAgain(PWSK_SOCKET Socket, PWSK_BUF Buffer, PKEVENT Done)
{
    PIRP irp = IoAllocateIrp(1, FALSE);
    NTSTATUS status;

    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    IoSetCompletionRoutine(irp, SyncDone, Done, TRUE, TRUE, TRUE);
    status = Send(Socket, Buffer, irp, Done);
    IoSetCompletionRoutine(irp, SyncDone, Done, TRUE, TRUE, TRUE);
    status = CONNECTION(Socket)->WskSend(Socket, Buffer, 0, irp);
//                                                          ^^^ WSK017 irp was given to Send
//                                                          preferred fix: Reuse irp with IoReuseIrp before setting its completion routine again
//                                                            status = Send(Socket, Buffer, irp, Done);
//                                                          + IoReuseIrp(irp, STATUS_UNSUCCESSFUL);
//                                                            IoSetCompletionRoutine(irp, SyncDone, Done, TRUE, TRUE, TRUE);
    KeWaitForSingleObject(Done, Executive, KernelMode, FALSE, NULL);
    IoFreeIrp(irp);
    return status;
}

NTSTATUS
ReusedByAHelperWithoutRoutine(PWSK_SOCKET Socket, PWSK_BUF Buffer, PKEVENT Done)
{
    PIRP irp = IoAllocateIrp(1, FALSE);
    NTSTATUS status;

    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    SetUpOnSuccessOnly(irp, Done);
    status = Send(Socket, Buffer, irp, Done);
    IoReuseIrp(irp, STATUS_UNSUCCESSFUL);
    status = CONNECTION(Socket)->WskSend(Socket, Buffer, 0, irp);
//                                                          ^^^ WSK017 no completion routine set since IoReuseIrp
//                                                          no fix: which routine and context to set is the driver's choice
    KeWaitForSingleObject(Done, Executive, KernelMode, FALSE, NULL);
    IoFreeIrp(irp);
    return status;
}
