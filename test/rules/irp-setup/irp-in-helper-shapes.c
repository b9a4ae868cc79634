#include "wsk.h"

/*
 * The IRP a helper gives to its WSK call is judged at the caller's argument when the helper surely
 * makes the call and sets nothing up itself: through a helper of a helper, after a goto. A helper that
 * sets its own completion routine, or may not make the call, is judged inside (or not at all).
 */

static NTSTATUS
ConnectOn(PWSK_SOCKET Socket, PSOCKADDR Remote, PIRP Irp)
{
    return ((PWSK_PROVIDER_CONNECTION_DISPATCH)Socket->Dispatch)->WskConnect(Socket, Remote, 0, Irp);
}

static NTSTATUS
ConnectThrough(PWSK_SOCKET Socket, PSOCKADDR Remote, PIRP Irp)
{
    NTSTATUS status;

    status = ConnectOn(Socket, Remote, Irp);
    return status;
}

static NTSTATUS
ConnectWithRoutine(PWSK_SOCKET Socket, PSOCKADDR Remote, PIRP Irp, PKEVENT Done)
{
    IoSetCompletionRoutine(Irp, ConnectDone, Done, TRUE, TRUE, TRUE);
    return ((PWSK_PROVIDER_CONNECTION_DISPATCH)Socket->Dispatch)->WskConnect(Socket, Remote, 0, Irp);
}

static NTSTATUS
ConnectIfAddress(PWSK_SOCKET Socket, PSOCKADDR Remote, PIRP Irp)
{
    if (Remote == NULL) {
        return STATUS_INVALID_PARAMETER;
    }
    return ((PWSK_PROVIDER_CONNECTION_DISPATCH)Socket->Dispatch)->WskConnect(Socket, Remote, 0, Irp);
}

NTSTATUS
GotoConnectWithoutRoutine(PWSK_SOCKET Socket, PSOCKADDR Remote, PKEVENT Done)
{
    NTSTATUS status;
    PIRP irp = IoAllocateIrp(1, FALSE);

    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    if (Remote != NULL) {
        goto connect;
    }
    IoFreeIrp(irp);
    return STATUS_INVALID_PARAMETER;

connect:
    status = ConnectThrough(Socket, Remote, irp);
//                                          ^^^ WSK017 The IRP reaches WskConnect (in ConnectThrough) with no completion routine set.
//                                          no fix
    KeWaitForSingleObject(Done, Executive, KernelMode, FALSE, NULL);
    IoFreeIrp(irp);
    return status;
}

NTSTATUS
HelperSetsTheRoutine(PWSK_SOCKET Socket, PSOCKADDR Remote, PKEVENT Done)
{
    NTSTATUS status;
    PIRP irp = IoAllocateIrp(1, FALSE);

    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    status = ConnectWithRoutine(Socket, Remote, irp, Done);
    KeWaitForSingleObject(Done, Executive, KernelMode, FALSE, NULL);
    IoFreeIrp(irp);
    return status;
}

NTSTATUS
HelperMayNotConnect(PWSK_SOCKET Socket, PSOCKADDR Remote, PKEVENT Done)
{
    NTSTATUS status;
    PIRP irp = IoAllocateIrp(1, FALSE);

    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    /* ConnectIfAddress returns first without an address: no sure use of irp. */
    status = ConnectIfAddress(Socket, Remote, irp);
    KeWaitForSingleObject(Done, Executive, KernelMode, FALSE, NULL);
    IoFreeIrp(irp);
    return status;
}

NTSTATUS
RoutineSetFirst(PWSK_SOCKET Socket, PSOCKADDR Remote, PKEVENT Done)
{
    NTSTATUS status;
    PIRP irp = IoAllocateIrp(1, FALSE);

    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    IoSetCompletionRoutine(irp, ConnectDone, Done, TRUE, TRUE, TRUE);
    status = ConnectThrough(Socket, Remote, irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(Done, Executive, KernelMode, FALSE, NULL);
        status = irp->IoStatus.Status;
    }
    IoFreeIrp(irp);
    return status;
}
