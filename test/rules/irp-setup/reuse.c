#include "wsk.h"

/* An IRP given to a second WSK call with no IoReuseIrp (or IoInitializeIrp) in between. */

#define CONNECTION(_s_) ((PWSK_PROVIDER_CONNECTION_DISPATCH)(_s_)->Dispatch)
#define SET_ROUTINE(_irp_, _ev_) IoSetCompletionRoutine((_irp_), SyncDone, (_ev_), TRUE, TRUE, TRUE)

NTSTATUS
SetAgainWithoutReuse(PWSK_SOCKET Socket, PVOID Local, PVOID Remote, PKEVENT Done)
{
    PIRP irp = IoAllocateIrp(1, FALSE);
    NTSTATUS status;

    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    IoSetCompletionRoutine(irp, SyncDone, Done, TRUE, TRUE, TRUE);
    status = CONNECTION(Socket)->WskBind(Socket, Local, 0, irp);
    KeWaitForSingleObject(Done, Executive, KernelMode, FALSE, NULL);
    IoSetCompletionRoutine(irp, SyncDone, Done, TRUE, TRUE, TRUE);
    status = CONNECTION(Socket)->WskConnect(Socket, Remote, 0, irp);
//                                                             ^^^ WSK017 irp was given to WskBind (line 18) and is not reused with IoReuseIrp before WskConnect
//                                                             preferred fix: Reuse irp with IoReuseIrp before setting its completion routine again
//                                                               KeWaitForSingleObject(Done, Executive, KernelMode, FALSE, NULL);
//                                                             + IoReuseIrp(irp, STATUS_UNSUCCESSFUL);
//                                                               IoSetCompletionRoutine(irp, SyncDone, Done, TRUE, TRUE, TRUE);
    KeWaitForSingleObject(Done, Executive, KernelMode, FALSE, NULL);
    IoFreeIrp(irp);
    return status;
}

NTSTATUS
NotSetAgain(PWSK_SOCKET Socket, PVOID Local, PVOID Remote, PKEVENT Done)
{
    PIRP irp = IoAllocateIrp(1, FALSE);
    NTSTATUS status;

    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    IoSetCompletionRoutine(irp, SyncDone, Done, TRUE, TRUE, TRUE);
    status = CONNECTION(Socket)->WskBind(Socket, Local, 0, irp);
    KeWaitForSingleObject(Done, Executive, KernelMode, FALSE, NULL);
    status = CONNECTION(Socket)->WskConnect(Socket, Remote, 0, irp);
//                                                             ^^^ WSK017 not reused
//                                                             no fix: no completion routine is set between the two calls (IoReuseIrp clears it)
    KeWaitForSingleObject(Done, Executive, KernelMode, FALSE, NULL);
    IoFreeIrp(irp);
    return status;
}

VOID
ReceiveLoop(PWSK_SOCKET Socket, PWSK_BUF Buffer, PKEVENT Done)
{
    PIRP irp = IoAllocateIrp(1, FALSE);
    ULONG round;

    if (irp == NULL) {
        return;
    }
    for (round = 0; round < 4; round++) {
        IoSetCompletionRoutine(irp, SyncDone, Done, TRUE, TRUE, TRUE);
        CONNECTION(Socket)->WskReceive(Socket, Buffer, 0, irp);
//                                                        ^^^ WSK017 not reused
//                                                        preferred fix: Reuse irp with IoReuseIrp before setting its completion routine again
//                                                          for (round = 0; round < 4; round++) {
//                                                        +     IoReuseIrp(irp, STATUS_UNSUCCESSFUL);
//                                                              IoSetCompletionRoutine(irp, SyncDone, Done, TRUE, TRUE, TRUE);
        KeWaitForSingleObject(Done, Executive, KernelMode, FALSE, NULL);
    }
    IoFreeIrp(irp);
}

NTSTATUS
EarlyReturnSkipsReuse(PWSK_SOCKET Socket, PVOID Local, PVOID Remote, PKEVENT Done, BOOLEAN Quick)
{
    PIRP irp = IoAllocateIrp(1, FALSE);
    NTSTATUS status;

    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    IoSetCompletionRoutine(irp, SyncDone, Done, TRUE, TRUE, TRUE);
    status = CONNECTION(Socket)->WskBind(Socket, Local, 0, irp);
    KeWaitForSingleObject(Done, Executive, KernelMode, FALSE, NULL);
    if (!Quick) {
        IoReuseIrp(irp, STATUS_UNSUCCESSFUL);
    }
    SET_ROUTINE(irp, Done);
    status = CONNECTION(Socket)->WskConnect(Socket, Remote, 0, irp);
//                                                             ^^^ WSK017 not reused
//                                                             no fix: the completion routine is set again by a macro
    KeWaitForSingleObject(Done, Executive, KernelMode, FALSE, NULL);
    IoFreeIrp(irp);
    return status;
}

VOID
ReleaseTakesNoIrp(PWSK_PROVIDER_NPI Npi, PWSK_SOCKET Socket, PVOID Local, PSECURITY_DESCRIPTOR Cached, PKEVENT Done)
{
    PIRP irp = IoAllocateIrp(1, FALSE);

    if (irp == NULL) {
        return;
    }
    IoSetCompletionRoutine(irp, SyncDone, Done, TRUE, TRUE, TRUE);
    CONNECTION(Socket)->WskBind(Socket, Local, 0, irp);
    KeWaitForSingleObject(Done, Executive, KernelMode, FALSE, NULL);
    /* WSK_RELEASE_SD takes no IRP at all: WSK012's, whatever the IRP's setup. */
    Npi->Dispatch->WskControlClient(Npi->Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &Cached, 0, NULL, NULL, irp);
//                                                                                                                     ^^^ WSK012 Irp must be NULL for WSK_RELEASE_SD
//                                                                                                                     preferred fix: Replace irp with NULL
//                                                                                                                     = NULL
    KeWaitForSingleObject(&g_Done, Executive, KernelMode, FALSE, NULL); IoFreeIrp(irp);
}
