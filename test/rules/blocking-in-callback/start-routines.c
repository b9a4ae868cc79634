/* valid: no findings */
#include "wsk-registration.h"

/* Work-item and system-thread start routines run at PASSIVE_LEVEL (roles.ts): whatever else names
   them, and wherever they are queued from (a callback, a locked region, a DPC), they are never taken
   for code at DISPATCH_LEVEL. */

typedef struct _RESOLVER {
    WSK_PROVIDER_NPI Npi;
    WSK_REGISTRATION Registration;
    PADDRINFOEXW Addresses;
    PIO_WORKITEM WorkItem;
    WORK_QUEUE_ITEM ExItem;
    KSPIN_LOCK Lock;
    KDPC Dpc;
    PIRP Irp;
    KEVENT Done;
    UNICODE_STRING Host;
} RESOLVER, *PRESOLVER;

static RESOLVER g_Resolver;

/* Queued from a locked region and from a DPC: it runs later, in a worker thread. */
VOID
ResolveWorker(PDEVICE_OBJECT DeviceObject, PVOID Context)
{
    PRESOLVER resolver = (PRESOLVER)Context;
    NTSTATUS status;

    status = resolver->Npi.Dispatch->WskGetAddressInfo(resolver->Npi.Client, &resolver->Host, NULL, NS_ALL, NULL, NULL,
        &resolver->Addresses, NULL, NULL, resolver->Irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(&resolver->Done, Executive, KernelMode, FALSE, NULL);
    }
}

VOID
QueueUnderLock(PRESOLVER resolver)
{
    KIRQL irql;

    KeAcquireSpinLock(&resolver->Lock, &irql);
    IoQueueWorkItem(resolver->WorkItem, (PIO_WORKITEM_ROUTINE)ResolveWorker, DelayedWorkQueue, resolver);
    KeReleaseSpinLock(&resolver->Lock, irql);
}

VOID
RetryDpc(PKDPC Dpc, PVOID Context, PVOID Argument1, PVOID Argument2)
{
    PRESOLVER resolver = (PRESOLVER)Context;

    IoQueueWorkItem(resolver->WorkItem, ResolveWorker, DelayedWorkQueue, resolver);
}

/* An ExInitializeWorkItem routine that a stray completion-routine set also names (the cast hides the
   signature): the work item's PASSIVE_LEVEL is trusted, precision first. */
VOID
FreeWorker(PVOID Context)
{
    PRESOLVER resolver = (PRESOLVER)Context;

    resolver->Npi.Dispatch->WskFreeAddressInfo(resolver->Npi.Client, resolver->Addresses);
    WskDeregister(&resolver->Registration);
}

VOID
QueueFree(PRESOLVER resolver)
{
    ExInitializeWorkItem(&resolver->ExItem, FreeWorker, resolver);
    ExQueueWorkItem(&resolver->ExItem, DelayedWorkQueue);
    IoSetCompletionRoutine(resolver->Irp, (PIO_COMPLETION_ROUTINE)FreeWorker, resolver, TRUE, TRUE, TRUE);
}

/* A system thread started from DriverEntry may wait for WSK to attach: it is not DriverEntry's path. */
VOID
CaptureThread(PVOID Context)
{
    PRESOLVER resolver = (PRESOLVER)Context;

    if (NT_SUCCESS(WskCaptureProviderNPI(&resolver->Registration, WSK_INFINITE_WAIT, &resolver->Npi))) {
        WskReleaseProviderNPI(&resolver->Registration);
    }
    PsTerminateSystemThread(STATUS_SUCCESS);
}

/* A WDF work item, by its config. */
VOID
EvtResolveWorkItem(WDFWORKITEM WorkItem)
{
    WskDeregister(&g_Resolver.Registration);
}

NTSTATUS
DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    HANDLE thread;
    WDF_WORKITEM_CONFIG config;

    KeInitializeDpc(&g_Resolver.Dpc, RetryDpc, &g_Resolver);
    WDF_WORKITEM_CONFIG_INIT(&config, EvtResolveWorkItem);
    return PsCreateSystemThread(&thread, THREAD_ALL_ACCESS, NULL, NULL, NULL, CaptureThread, &g_Resolver);
}
