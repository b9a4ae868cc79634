/*++

Module Name:

    wsk.c

Abstract:

    Socket helpers of the telemetry exporter. Setup calls reuse the WDF
    request created with the device and send its underlying IRP to WSK.

Environment:

    Kernel-mode Driver Framework, PASSIVE_LEVEL.

--*/

#include "tlm.h"

_Use_decl_annotations_
NTSTATUS
TlmIrpCompletion(
    PDEVICE_OBJECT DeviceObject,
    PIRP Irp,
    PVOID Context
    )
{
    UNREFERENCED_PARAMETER(DeviceObject);
    UNREFERENCED_PARAMETER(Irp);

    KeSetEvent((PRKEVENT)Context, IO_NO_INCREMENT, FALSE);
    return STATUS_MORE_PROCESSING_REQUIRED;
}

_Use_decl_annotations_
NTSTATUS
TlmWaitIrp(
    PTLM_DEVICE_CONTEXT DevCtx,
    PIRP Irp,
    NTSTATUS Status
    )
{
    if (Status == STATUS_PENDING) {
        KeWaitForSingleObject(&DevCtx->IoEvent, Executive, KernelMode, FALSE, NULL);
        Status = Irp->IoStatus.Status;
    }
    return Status;
}

//
// Readies the device's WSK request for another call and returns its IRP.
// A framework request always has an IRP: there is nothing to check.
//
static
PIRP
TlmPrepareWskIrp(
    _In_ PTLM_DEVICE_CONTEXT DevCtx
    )
{
    WDF_REQUEST_REUSE_PARAMS reuse;
    PIRP irp;

    WDF_REQUEST_REUSE_PARAMS_INIT(&reuse, WDF_REQUEST_REUSE_NO_FLAGS, STATUS_SUCCESS);
    (VOID)WdfRequestReuse(DevCtx->WskRequest, &reuse);

    irp = WdfRequestWdmGetIrp(DevCtx->WskRequest);
    IoSetCompletionRoutine(irp, TlmIrpCompletion, &DevCtx->IoEvent, TRUE, TRUE, TRUE);
    return irp;
}

_Use_decl_annotations_
NTSTATUS
TlmOpenExportSocket(
    PTLM_DEVICE_CONTEXT DevCtx,
    PSECURITY_DESCRIPTOR CachedSd,
    PWSK_SOCKET *Socket
    )
{
    NTSTATUS status;
    PIRP irp;
    PWSK_SOCKET socket;

    *Socket = NULL;

    irp = TlmPrepareWskIrp(DevCtx);
    status = DevCtx->Provider.Dispatch->WskSocket(DevCtx->Provider.Client,
                                                  AF_INET,
                                                  SOCK_DGRAM,
                                                  IPPROTO_UDP,
                                                  WSK_FLAG_DATAGRAM_SOCKET,
                                                  DevCtx,
                                                  NULL,
                                                  NULL,
                                                  NULL,
                                                  CachedSd,
                                                  irp);
    status = TlmWaitIrp(DevCtx, irp, status);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    socket = (PWSK_SOCKET)irp->IoStatus.Information;

    DevCtx->LocalAddress.sin_family = AF_INET;
    DevCtx->LocalAddress.sin_port = 0;
    DevCtx->LocalAddress.sin_addr.s_addr = INADDR_ANY;

    irp = TlmPrepareWskIrp(DevCtx);
    status = TLM_DGRAM(socket)->WskBind(socket, (PSOCKADDR)&DevCtx->LocalAddress, 0, irp);
    status = TlmWaitIrp(DevCtx, irp, status);
    if (!NT_SUCCESS(status)) {
        TlmCloseSocket(DevCtx, socket);
        return status;
    }

    *Socket = socket;
    return STATUS_SUCCESS;
}

_Use_decl_annotations_
VOID
TlmCloseSocket(
    PTLM_DEVICE_CONTEXT DevCtx,
    PWSK_SOCKET Socket
    )
{
    PIRP irp;

    irp = TlmPrepareWskIrp(DevCtx);
    (VOID)TlmWaitIrp(DevCtx, irp, TLM_DGRAM(Socket)->WskCloseSocket(Socket, irp));
}
