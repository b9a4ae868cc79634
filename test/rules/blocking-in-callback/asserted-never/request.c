/* valid: no findings */
#include "wsk-registration.h"

/* A completion routine frees its request; the free helper closes the socket synchronously only on a
   branch the driver asserts it never takes. */

typedef struct _REQUEST {
    PIRP Irp;
    PWSK_SOCKET Socket;
    BOOLEAN OwnsSocket;
} REQUEST, *PREQUEST;

NTSTATUS SyncClose(PWSK_SOCKET Socket);

VOID
RequestFree(PREQUEST request)
{
    IoFreeIrp(request->Irp);
    if (request->OwnsSocket) {
        NT_ASSERT(FALSE);
        SyncClose(request->Socket);
    }
    ExFreePoolWithTag(request, 'qerR');
}

NTSTATUS RequestReceive(PREQUEST request, PWSK_BUF buffer);

/* The routine goes on with an asynchronous receive, then frees the request it is done with: the free
   helper's wait is on the path the driver asserts it never takes. */
NTSTATUS
RequestDone(PDEVICE_OBJECT DeviceObject, PIRP Irp, PVOID Context)
{
    PREQUEST next = (PREQUEST)ExAllocatePoolWithTag(NonPagedPool, sizeof(REQUEST), 'qerR');

    if (next != NULL) {
        RequestReceive(next, NULL);
    }
    RequestFree((PREQUEST)Context);
    return STATUS_MORE_PROCESSING_REQUIRED;
}

NTSTATUS
RequestReceive(PREQUEST request, PWSK_BUF buffer)
{
    IoSetCompletionRoutine(request->Irp, RequestDone, request, TRUE, TRUE, TRUE);
    return ((PWSK_PROVIDER_CONNECTION_DISPATCH)request->Socket->Dispatch)->WskReceive(request->Socket, buffer, 0, request->Irp);
}

NTSTATUS
RequestSend(PREQUEST request, PWSK_BUF buffer)
{
    IoSetCompletionRoutine(request->Irp, RequestDone, request, TRUE, TRUE, TRUE);
    return ((PWSK_PROVIDER_CONNECTION_DISPATCH)request->Socket->Dispatch)->WskSend(request->Socket, buffer, 0, request->Irp);
}
