#include "wsk-registration.h"

static NTSTATUS
SetDone(PDEVICE_OBJECT DeviceObject, PIRP Irp, PVOID Context)
{
    KeSetEvent((PKEVENT)Context, IO_NO_INCREMENT, FALSE);
    return STATUS_MORE_PROCESSING_REQUIRED;
}

#define RESOLVE(_npi_, _host_, _result_, _irp_) \
    (_npi_)->Dispatch->WskGetAddressInfo((_npi_)->Client, (_host_), NULL, NS_ALL, NULL, NULL, (_result_), NULL, NULL, (_irp_))

NTSTATUS
FreedWithPool(PWSK_PROVIDER_NPI Npi, PUNICODE_STRING Host, PVOID Remote, PIRP Irp)
{
    PADDRINFOEXW result = NULL;
    KEVENT done;
    NTSTATUS status;

    KeInitializeEvent(&done, NotificationEvent, FALSE);
    IoSetCompletionRoutine(Irp, SetDone, &done, TRUE, TRUE, TRUE);
    status = Npi->Dispatch->WskGetAddressInfo(Npi->Client, Host, NULL, NS_ALL, NULL, NULL, &result, NULL, NULL, Irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(&done, Executive, KernelMode, FALSE, NULL);
        status = Irp->IoStatus.Status;
    }
    if (!NT_SUCCESS(status)) {
        return status;
    }
    RtlCopyMemory(Remote, result->ai_addr, 16);
    ExFreePoolWithTag(result, 'sklw');
//                    ^^^^^^ WSK020 ExFreePoolWithTag frees the address list from line 22, which WSK allocated.
//                    preferred fix: Free the list with WskFreeAddressInfo
//                      RtlCopyMemory(Remote, result->ai_addr, 16);
//                    - ExFreePoolWithTag(result, 'sklw');
//                    + Npi->Dispatch->WskFreeAddressInfo(Npi->Client, result);
//                      return STATUS_SUCCESS;
    return STATUS_SUCCESS;
}

NTSTATUS
LeaksOnEarlyReturn(PWSK_PROVIDER_NPI Npi, PUNICODE_STRING Host, PVOID Remote, PIRP Irp)
{
    PADDRINFOEXW result = NULL;
    KEVENT done;
    NTSTATUS status;

    KeInitializeEvent(&done, NotificationEvent, FALSE);
    IoSetCompletionRoutine(Irp, SetDone, &done, TRUE, TRUE, TRUE);
    status = RESOLVE(Npi, Host, &result, Irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(&done, Executive, KernelMode, FALSE, NULL);
        status = Irp->IoStatus.Status;
    }
    if (!NT_SUCCESS(status)) {
        return status;
    }
    if (result->ai_family != 2) {
        return STATUS_NOT_SUPPORTED;
//      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ WSK020 The address list in result (line 50) is not freed before this return.
//      no fix: only ExFreePool* gets one
    }
    RtlCopyMemory(Remote, result->ai_addr, 16);
    Npi->Dispatch->WskFreeAddressInfo(Npi->Client, result);
    return STATUS_SUCCESS;
}

VOID
SynchronousLookupLeaksInLoop(PWSK_PROVIDER_NPI Npi, PUNICODE_STRING Hosts, ULONG Count)
{
    PADDRINFOEXW result;
    ULONG i;

    for (i = 0; i < Count; i++) {
        if (!NT_SUCCESS(Npi->Dispatch->WskGetAddressInfo(Npi->Client, &Hosts[i], NULL, NS_ALL, NULL, NULL, &result, NULL, NULL, NULL))) {
            continue;
        }
        if (result->ai_addr == NULL) {
            break;
        }
        Npi->Dispatch->WskFreeAddressInfo(Npi->Client, result);
    }
}
// @col 1-2 WSK020 is not freed before the end of the function
// no fix: only ExFreePool* gets one

VOID
FreeTwiceAndOnFailure(PWSK_PROVIDER_NPI Npi, PUNICODE_STRING Host, BOOLEAN Again)
{
    PADDRINFOEXW result = NULL;
    NTSTATUS status;

    status = Npi->Dispatch->WskGetAddressInfo(Npi->Client, Host, NULL, NS_ALL, NULL, NULL, &result, NULL, NULL, NULL);
    if (!NT_SUCCESS(status)) {
        goto Cleanup;
    }
    Npi->Dispatch->WskFreeAddressInfo(Npi->Client, result);
    if (Again) {
        Npi->Dispatch->WskFreeAddressInfo(Npi->Client, result);
//                                                     ^^^^^^ WSK020 This address list was already freed at line 97
//                                                     no fix: the second free must go
    }
    return;
Cleanup:
    Npi->Dispatch->WskFreeAddressInfo(Npi->Client, result);
//                                                 ^^^^^^ WSK020 on the path where the WskGetAddressInfo at line 93 failed
//                                                 no fix: a failed call returns no list
}

VOID
FreesANode(PWSK_PROVIDER_NPI Npi, PUNICODE_STRING Host)
{
    PADDRINFOEXW result;
    PADDRINFOEXW entry;

    if (!NT_SUCCESS(Npi->Dispatch->WskGetAddressInfo(Npi->Client, Host, NULL, NS_ALL, NULL, NULL, &result, NULL, NULL, NULL))) {
        return;
    }
    for (entry = result; entry->ai_next != NULL; entry = entry->ai_next) {
        Use(entry->ai_addr);
    }
    Npi->Dispatch->WskFreeAddressInfo(Npi->Client, entry);
//                                                 ^^^^^ WSK020 a node reached through ai_next
//                                                 no fix: the head is not in scope under a name the fix can trust
}
// @col 1-2 WSK020 The address list in result (line 116) is not freed
// no fix: only ExFreePool* gets one

NTSTATUS
ReadBeforeCompletion(PWSK_PROVIDER_NPI Npi, PUNICODE_STRING Host, PWSK_SOCKET Socket, PIRP Irp)
{
    PADDRINFOEXW result = NULL;
    NTSTATUS status;

    status = Npi->Dispatch->WskGetAddressInfo(Npi->Client, Host, NULL, NS_ALL, NULL, NULL, &result, NULL, NULL, Irp);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    Npi->Dispatch->WskFreeAddressInfo(Npi->Client, result);
//                                                 ^^^^^^ WSK020 may still be pending
//                                                 no fix: the wait needs the IRP's event
    return status;
}

NTSTATUS
CopiedAfterFree(PWSK_PROVIDER_NPI Npi, PUNICODE_STRING Host, PVOID Remote)
{
    PADDRINFOEXW result = NULL;
    NTSTATUS status;

    status = Npi->Dispatch->WskGetAddressInfo(Npi->Client, Host, NULL, NS_ALL, NULL, NULL, &result, NULL, NULL, NULL);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    Npi->Dispatch->WskFreeAddressInfo(Npi->Client, result);
    RtlCopyMemory(Remote, result->ai_addr, 16);
//                        ^^^^^^^^^^^^^^^ WSK020 RtlCopyMemory reads result after its free at line 155.
//                        no fix: the copy must move before the free
    return STATUS_SUCCESS;
}

NTSTATUS
CopiedBeforeCompletion(PWSK_PROVIDER_NPI Npi, PUNICODE_STRING Host, PVOID Remote, PIRP Irp)
{
    PADDRINFOEXW result = NULL;
    NTSTATUS status;

    status = Npi->Dispatch->WskGetAddressInfo(Npi->Client, Host, NULL, NS_ALL, NULL, NULL, &result, NULL, NULL, Irp);
    RtlCopyMemory(Remote, result->ai_addr, 16);
//                        ^^^^^^^^^^^^^^^ WSK020 RtlCopyMemory reads result while the WskGetAddressInfo at line 168 may still be pending.
//                        no fix: the wait needs the IRP's event
    return status;
}
