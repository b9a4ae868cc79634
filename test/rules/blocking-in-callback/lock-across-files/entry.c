/* valid: no findings */
#include "wsk-registration.h"

/* Helpers that block, each reached from a locked region of table.c. */

typedef struct _ENTRY {
    WSK_PROVIDER_NPI Npi;
    PADDRINFOEXW Result;
    PWSK_SOCKET Socket;
    PIRP Irp;
    KEVENT Done;
    UNICODE_STRING Host;
} ENTRY, *PENTRY;

static VOID
FreeResult(PENTRY entry)
{
    entry->Npi.Dispatch->WskFreeAddressInfo(entry->Npi.Client, entry->Result);
    entry->Result = NULL;
}

VOID
DropEntry(PVOID Entry)
{
    if (((PENTRY)Entry)->Result != NULL) {
        FreeResult((PENTRY)Entry);
    }
}

VOID
ResolveEntry(PVOID Entry)
{
    PENTRY entry = (PENTRY)Entry;
    NTSTATUS status;

    status = entry->Npi.Dispatch->WskGetAddressInfo(entry->Npi.Client, &entry->Host, NULL, NS_ALL, NULL, NULL,
        &entry->Result, NULL, NULL, entry->Irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(&entry->Done, Executive, KernelMode, FALSE, NULL);
    }
}
