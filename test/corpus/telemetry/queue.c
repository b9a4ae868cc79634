/*++

Module Name:

    queue.c

Abstract:

    Control IOCTLs of the telemetry exporter: read the collector policy
    back from the export socket, or rotate it (new socket with the new
    policy, then the old socket and policy are retired).

Environment:

    Kernel-mode Driver Framework, PASSIVE_LEVEL (sequential queue).

--*/

#include "tlm.h"

static
NTSTATUS
TlmQueryPolicy(
    _In_ PTLM_DEVICE_CONTEXT DevCtx,
    _In_ WDFREQUEST Request
    )
{
    NTSTATUS status;
    PSECURITY_DESCRIPTOR sd = NULL;
    PVOID outBuf;
    size_t outLen;
    ULONG sdLen;
    PIRP irp;

    if (DevCtx->ExportSocket == NULL) {
        return STATUS_DEVICE_NOT_READY;
    }

    status = WdfRequestRetrieveOutputBuffer(Request, sizeof(ULONG), &outBuf, &outLen);
    if (!NT_SUCCESS(status)) {
        return status;
    }

    irp = IoAllocateIrp(1, FALSE);
    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    IoSetCompletionRoutine(irp, TlmIrpCompletion, &DevCtx->IoEvent, TRUE, TRUE, TRUE);

    WdfWaitLockAcquire(DevCtx->PolicyLock, NULL);
    status = TLM_DGRAM(DevCtx->ExportSocket)->WskControlSocket(DevCtx->ExportSocket,
                                                               WskGetOption,
                                                               SO_WSK_SECURITY,
                                                               SOL_SOCKET,
                                                               0,
                                                               NULL,
                                                               sizeof(sd),
                                                               &sd,
                                                               NULL,
                                                               irp);
    status = TlmWaitIrp(DevCtx, irp, status);
    WdfWaitLockRelease(DevCtx->PolicyLock);
    IoFreeIrp(irp);

    if (!NT_SUCCESS(status)) {
        return status;
    }

    sdLen = RtlLengthSecurityDescriptor(sd);
    if (outLen < sdLen) {
        *(PULONG)outBuf = sdLen;
        WdfRequestSetInformation(Request, sizeof(ULONG));
        status = STATUS_BUFFER_OVERFLOW;
    } else {
        RtlCopyMemory(outBuf, sd, sdLen);
        WdfRequestSetInformation(Request, sdLen);
    }

    DevCtx->Provider.Dispatch->WskControlClient(DevCtx->Provider.Client,
                                                WSK_RELEASE_SD,
                                                sizeof(PSECURITY_DESCRIPTOR),
                                                &sd,
                                                0,
                                                NULL,
                                                NULL,
                                                NULL);
    return status;
}

static
NTSTATUS
TlmRotatePolicy(
    _In_ PTLM_DEVICE_CONTEXT DevCtx,
    _In_ WDFREQUEST Request
    )
{
    NTSTATUS status;
    PSECURITY_DESCRIPTOR templateSd;
    size_t length;
    PSECURITY_DESCRIPTOR newSd = NULL;
    PSECURITY_DESCRIPTOR oldSd;
    PWSK_SOCKET newSocket = NULL;
    PWSK_SOCKET oldSocket;

    status = WdfRequestRetrieveInputBuffer(Request, SECURITY_DESCRIPTOR_MIN_LENGTH, &templateSd, &length);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    if (!RtlValidRelativeSecurityDescriptor(templateSd, (ULONG)length, 0)) {
        return STATUS_INVALID_SECURITY_DESCR;
    }

    status = DevCtx->Provider.Dispatch->WskControlClient(DevCtx->Provider.Client,
                                                         WSK_CACHE_SD,
                                                         sizeof(PSECURITY_DESCRIPTOR),
                                                         &templateSd,
                                                         sizeof(PSECURITY_DESCRIPTOR),
                                                         &newSd,
                                                         NULL,
                                                         NULL);
    if (!NT_SUCCESS(status)) {
        return status;
    }

    //
    // TlmOpenExportSocket waits for WskSocket, so the copy is no longer in
    // flight when it returns, whatever the outcome.
    //
    status = TlmOpenExportSocket(DevCtx, newSd, &newSocket);
    if (!NT_SUCCESS(status)) {
        DevCtx->Provider.Dispatch->WskControlClient(DevCtx->Provider.Client,
                                                    WSK_RELEASE_SD,
                                                    sizeof(PSECURITY_DESCRIPTOR),
                                                    &newSd,
                                                    0,
                                                    NULL,
                                                    NULL,
                                                    NULL);
        return status;
    }

    WdfWaitLockAcquire(DevCtx->PolicyLock, NULL);
    oldSocket = DevCtx->ExportSocket;
    oldSd = DevCtx->CollectorSd;
    DevCtx->ExportSocket = newSocket;
    DevCtx->CollectorSd = newSd;
    WdfWaitLockRelease(DevCtx->PolicyLock);

    if (oldSocket != NULL) {
        TlmCloseSocket(DevCtx, oldSocket);
    }
    if (oldSd != NULL) {
        DevCtx->Provider.Dispatch->WskControlClient(DevCtx->Provider.Client,
                                                    WSK_RELEASE_SD,
                                                    sizeof(PSECURITY_DESCRIPTOR),
                                                    &oldSd,
                                                    0,
                                                    NULL,
                                                    NULL,
                                                    NULL);
    }
    return STATUS_SUCCESS;
}

_Use_decl_annotations_
VOID
TlmEvtIoDeviceControl(
    WDFQUEUE Queue,
    WDFREQUEST Request,
    size_t OutputBufferLength,
    size_t InputBufferLength,
    ULONG IoControlCode
    )
{
    PTLM_QUEUE_CONTEXT queueCtx = WdfObjectGet_TLM_QUEUE_CONTEXT(Queue);
    PTLM_DEVICE_CONTEXT devCtx = queueCtx->DeviceContext;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(OutputBufferLength);
    UNREFERENCED_PARAMETER(InputBufferLength);

    switch (IoControlCode) {
    case IOCTL_TLM_QUERY_POLICY:
        status = TlmQueryPolicy(devCtx, Request);
        break;

    case IOCTL_TLM_ROTATE_POLICY:
        status = TlmRotatePolicy(devCtx, Request);
        if (NT_SUCCESS(status)) {
            queueCtx->Rotations++;
        }
        break;

    default:
        status = STATUS_INVALID_DEVICE_REQUEST;
        break;
    }

    WdfRequestComplete(Request, status);
}
