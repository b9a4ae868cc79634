#include "wsk.h"

/*
 * WskGetAddressInfo in a helper that makes it on the IRP its caller passes (or a field of what it
 * passes) and returns its status without waiting: the list may still be pending at the caller, as it
 * would be inlined, until the caller's test or wait says otherwise.
 */

typedef struct _RESOLVER {
    PWSK_PROVIDER_NPI Npi;
    KEVENT Done;
    PIRP Irp;
} RESOLVER, *PRESOLVER;

NTSTATUS
Resolve(PWSK_PROVIDER_NPI Npi, PUNICODE_STRING Host, PADDRINFOEXW *Result, PIRP Irp)
{
    return Npi->Dispatch->WskGetAddressInfo(Npi->Client, Host, NULL, NS_ALL, NULL, NULL, Result, NULL, NULL, Irp);
}

NTSTATUS
ResolveWith(PRESOLVER Resolver, PUNICODE_STRING Host, PADDRINFOEXW *Result)
{
    return Resolver->Npi->Dispatch->WskGetAddressInfo(Resolver->Npi->Client, Host, NULL, NS_ALL, NULL, NULL, Result, NULL, NULL, Resolver->Irp);
}

/* Read at once: the lookup may still be pending (and the list is not counted as leaked at the return). */
NTSTATUS
CopiedBeforeCompletion(PWSK_PROVIDER_NPI Npi, PUNICODE_STRING Host, PVOID Remote, PIRP Irp)
{
    PADDRINFOEXW result = NULL;
    NTSTATUS status;

    status = Resolve(Npi, Host, &result, Irp);
    RtlCopyMemory(Remote, result->ai_addr, 16);
//                        ^^^^^^^^^^^^^^^ WSK020 may still be pending
//                        no fix
    return status;
}

/* Freed on success, STATUS_PENDING included: the list may not exist yet. */
NTSTATUS
FreeBeforeCompletion(PWSK_PROVIDER_NPI Npi, PUNICODE_STRING Host, PIRP Irp)
{
    PADDRINFOEXW result = NULL;
    NTSTATUS status;

    status = Resolve(Npi, Host, &result, Irp);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    Npi->Dispatch->WskFreeAddressInfo(Npi->Client, result);
//                                                 ^^^^^^ WSK020 may still be pending
//                                                 no fix
    return status;
}

/* The IRP a field of the resolver holds. */
NTSTATUS
FreeBeforeCompletionWith(PRESOLVER Resolver, PUNICODE_STRING Host)
{
    PADDRINFOEXW result = NULL;
    NTSTATUS status;

    status = ResolveWith(Resolver, Host, &result);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    Resolver->Npi->Dispatch->WskFreeAddressInfo(Resolver->Npi->Client, result);
//                                                                     ^^^^^^ WSK020 may still be pending
//                                                                     no fix
    return status;
}

/* Waited for when pending, freed once complete: no finding. */
NTSTATUS
FreeAfterCompletion(PRESOLVER Resolver, PUNICODE_STRING Host, PVOID Remote)
{
    PADDRINFOEXW result = NULL;
    NTSTATUS status;

    status = ResolveWith(Resolver, Host, &result);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(&Resolver->Done, Executive, KernelMode, FALSE, NULL);
        status = Resolver->Irp->IoStatus.Status;
    }
    if (!NT_SUCCESS(status)) {
        return status;
    }
    RtlCopyMemory(Remote, result->ai_addr, 16);
    Resolver->Npi->Dispatch->WskFreeAddressInfo(Resolver->Npi->Client, result);
    return status;
}

/* A helper with no IRP: complete when it returns, freed at once: no finding. */
NTSTATUS
ResolveNow(PWSK_PROVIDER_NPI Npi, PUNICODE_STRING Host, PADDRINFOEXW *Result)
{
    return Npi->Dispatch->WskGetAddressInfo(Npi->Client, Host, NULL, NS_ALL, NULL, NULL, Result, NULL, NULL, NULL);
}

NTSTATUS
FreeWithoutIrp(PWSK_PROVIDER_NPI Npi, PUNICODE_STRING Host)
{
    PADDRINFOEXW result = NULL;
    NTSTATUS status;

    status = ResolveNow(Npi, Host, &result);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    Npi->Dispatch->WskFreeAddressInfo(Npi->Client, result);
    return status;
}

/* A helper that waits for its lookup: complete at its call, freed at once: no finding. */
NTSTATUS
ResolveAndWait(PRESOLVER Resolver, PUNICODE_STRING Host, PADDRINFOEXW *Result)
{
    NTSTATUS status;

    status = Resolver->Npi->Dispatch->WskGetAddressInfo(Resolver->Npi->Client, Host, NULL, NS_ALL, NULL, NULL, Result, NULL, NULL, Resolver->Irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(&Resolver->Done, Executive, KernelMode, FALSE, NULL);
    }
    return status;
}

NTSTATUS
FreeAfterWaitingHelper(PRESOLVER Resolver, PUNICODE_STRING Host)
{
    PADDRINFOEXW result = NULL;
    NTSTATUS status;

    status = ResolveAndWait(Resolver, Host, &result);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    Resolver->Npi->Dispatch->WskFreeAddressInfo(Resolver->Npi->Client, result);
    return status;
}

/* A helper whose WskBind reads a field of the list it is passed: read after the caller freed it. */
NTSTATUS
BindTo(PWSK_SOCKET Socket, PADDRINFOEXW Address, PIRP Irp)
{
    return ((PWSK_PROVIDER_CONNECTION_DISPATCH)Socket->Dispatch)->WskBind(Socket, Address->ai_addr, 0, Irp);
}

NTSTATUS
BindAfterFree(PWSK_PROVIDER_NPI Npi, PUNICODE_STRING Host, PWSK_SOCKET Socket, PIRP Irp)
{
    PADDRINFOEXW result = NULL;
    NTSTATUS status;

    status = Resolve(Npi, Host, &result, NULL);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    Npi->Dispatch->WskFreeAddressInfo(Npi->Client, result);
    return BindTo(Socket, result, Irp);
//                        ^^^^^^ WSK020 WskBind reads result after its free
//                        no fix
}
