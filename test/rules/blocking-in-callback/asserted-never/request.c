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

NTSTATUS
RequestDone(PDEVICE_OBJECT DeviceObject, PIRP Irp, PVOID Context)
{
    RequestFree((PREQUEST)Context);
    return STATUS_MORE_PROCESSING_REQUIRED;
}

NTSTATUS
RequestSend(PREQUEST request, PWSK_BUF buffer)
{
    IoSetCompletionRoutine(request->Irp, RequestDone, request, TRUE, TRUE, TRUE);
    return ((PWSK_PROVIDER_CONNECTION_DISPATCH)request->Socket->Dispatch)->WskSend(request->Socket, buffer, 0, request->Irp);
}
