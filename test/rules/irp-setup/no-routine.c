#include "wsk.h"

/* An IRP of the driver's own reaches a WSK call with no completion routine set since it was allocated or reused. */

#define CONNECTION(_s_) ((PWSK_PROVIDER_CONNECTION_DISPATCH)(_s_)->Dispatch)
#define ALLOCATE_OR_FAIL(_irp_) \
    _irp_ = IoAllocateIrp(1, FALSE); \
    if (_irp_ == NULL) { return STATUS_INSUFFICIENT_RESOURCES; }

NTSTATUS
Straight(PWSK_SOCKET Socket, PVOID Local)
{
    PIRP irp = IoAllocateIrp(1, FALSE);
    NTSTATUS status;

    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    status = CONNECTION(Socket)->WskBind(Socket, Local, 0, irp);
//                                                         ^^^ WSK017 irp reaches WskBind with no completion routine set since its allocation (line 13)
//                                                         no fix: which routine and context to set is the driver's choice
    KeWaitForSingleObject(&g_Done, Executive, KernelMode, FALSE, NULL); IoFreeIrp(irp);
    return status;
}

NTSTATUS
GotoCleanup(PWSK_SOCKET Socket, PVOID Local, PKEVENT Done, BOOLEAN Early)
{
    PIRP irp = NULL;
    NTSTATUS status = STATUS_SUCCESS;

    irp = IoAllocateIrp(1, FALSE);
    if (irp == NULL) {
        status = STATUS_INSUFFICIENT_RESOURCES;
        goto Cleanup;
    }
    if (!Early) {
        IoSetCompletionRoutine(irp, SyncDone, Done, TRUE, TRUE, TRUE);
    }
    status = CONNECTION(Socket)->WskBind(Socket, Local, 0, irp);
//                                                         ^^^ WSK017 no completion routine
//                                                         no fix: which routine and context to set is the driver's choice
Cleanup:
    if (irp != NULL) {
        KeWaitForSingleObject(&g_Done, Executive, KernelMode, FALSE, NULL); IoFreeIrp(irp);
    }
    return status;
}

NTSTATUS
ReusedWithoutRoutine(PWSK_SOCKET Socket, PVOID Local, PVOID Remote, PKEVENT Done)
{
    PIRP irp = IoAllocateIrp(1, FALSE);
    NTSTATUS status;

    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    IoSetCompletionRoutine(irp, SyncDone, Done, TRUE, TRUE, TRUE);
    status = CONNECTION(Socket)->WskBind(Socket, Local, 0, irp);
    KeWaitForSingleObject(Done, Executive, KernelMode, FALSE, NULL);
    IoReuseIrp(irp, STATUS_UNSUCCESSFUL);
    status = CONNECTION(Socket)->WskConnect(Socket, Remote, 0, irp);
//                                                             ^^^ WSK017 since IoReuseIrp (line 62)
//                                                             no fix: which routine and context to set is the driver's choice
    KeWaitForSingleObject(Done, Executive, KernelMode, FALSE, NULL);
    IoFreeIrp(irp);
    return status;
}

NTSTATUS
BySwitch(PWSK_SOCKET Socket, PVOID Address, ULONG Kind, PKEVENT Done)
{
    PIRP irp;

    ALLOCATE_OR_FAIL(irp);
    switch (Kind) {
    case 1:
        IoSetCompletionRoutine(irp, SyncDone, Done, TRUE, TRUE, TRUE);
        break;
    case 2:
        break;
    default:
        IoFreeIrp(irp);
        return STATUS_INVALID_PARAMETER;
    }
    return CONNECTION(Socket)->WskConnect(Socket, Address, 0, irp);
//                                                            ^^^ WSK017 no completion routine
//                                                            no fix: which routine and context to set is the driver's choice
}

VOID
InALoop(PWSK_SOCKET Socket, PWSK_BUF Buffers, ULONG Count, PKEVENT Done)
{
    ULONG i;

    for (i = 0; i < Count; i++) {
        PIRP irp = IoAllocateIrp(1, FALSE);
        if (irp == NULL) {
            break;
        }
        CONNECTION(Socket)->WskSend(Socket, &Buffers[i], 0, irp);
//                                                          ^^^ WSK017 no completion routine
//                                                          no fix: which routine and context to set is the driver's choice
        KeWaitForSingleObject(Done, Executive, KernelMode, FALSE, NULL);
        IoFreeIrp(irp);
    }
}

NTSTATUS
InATryFinally(PWSK_SOCKET Socket, PVOID Local)
{
    PIRP irp = IoAllocateIrpEx(NULL, 2, FALSE);
    NTSTATUS status = STATUS_UNSUCCESSFUL;

    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    __try {
        status = CONNECTION(Socket)->WskBind(Socket, Local, 0, irp);
//                                                             ^^^ WSK017 no completion routine
//                                                             no fix: which routine and context to set is the driver's choice
    } __finally {
        KeWaitForSingleObject(&g_Done, Executive, KernelMode, FALSE, NULL); IoFreeIrp(irp);
    }
    return status;
}
