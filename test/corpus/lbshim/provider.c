/*++

Module Name:

    provider.c

Abstract:

    The loopback provider: WskControlSocket and WskCloseSocket of the
    basic dispatch, implemented over emulated sockets.

--*/

#include "lbshim.h"

static LB_CONTROL_ROUTINE LbControl;

static
VOID
LbClose(
    _In_ PLB_SOCKET Socket
    )
{
    ExFreePoolWithTag(Socket, LB_TAG);
}

const LB_SOCKET_OPS LbDefaultOps = {
    LbControl,
    LbClose
};

//
// Provider side of WskControlSocket. This is the routine WSK clients call
// through LbBasicDispatch; it is not a call to WSK itself.
//
static
NTSTATUS
WSKAPI
WskControlSocket(
    _In_ PWSK_SOCKET Socket,
    _In_ WSK_CONTROL_SOCKET_TYPE RequestType,
    _In_ ULONG ControlCode,
    _In_ ULONG Level,
    _In_ SIZE_T InputSize,
    _In_reads_bytes_opt_(InputSize) PVOID InputBuffer,
    _In_ SIZE_T OutputSize,
    _Out_writes_bytes_opt_(OutputSize) PVOID OutputBuffer,
    _Out_opt_ SIZE_T *OutputSizeReturned,
    _Inout_opt_ PIRP Irp
    )
{
    PLB_SOCKET sock = LB_FROM_WSK(Socket);
    NTSTATUS status;

    status = sock->Ops->WskControlSocket(sock,
                                         RequestType,
                                         ControlCode,
                                         Level,
                                         InputSize,
                                         InputBuffer,
                                         OutputSize,
                                         OutputBuffer,
                                         OutputSizeReturned);

    if (Irp != NULL) {
        Irp->IoStatus.Status = status;
        Irp->IoStatus.Information = 0;
        IoCompleteRequest(Irp, IO_NO_INCREMENT);
        return STATUS_PENDING;
    }
    return status;
}

static
NTSTATUS
WSKAPI
WskCloseSocket(
    _In_ PWSK_SOCKET Socket,
    _Inout_ PIRP Irp
    )
{
    PLB_SOCKET sock = LB_FROM_WSK(Socket);

    sock->Ops->WskCloseSocket(sock);

    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_PENDING;
}

const WSK_PROVIDER_BASIC_DISPATCH LbBasicDispatch = {
    WskControlSocket,
    WskCloseSocket
};

//
// Emulated sockets keep an absolute copy of the descriptor they are given:
// the operations table receives the descriptor itself, not its address.
//
static
NTSTATUS
LbControl(
    _In_ PLB_SOCKET Socket,
    _In_ WSK_CONTROL_SOCKET_TYPE RequestType,
    _In_ ULONG ControlCode,
    _In_ ULONG Level,
    _In_ SIZE_T InputSize,
    _In_reads_bytes_opt_(InputSize) PVOID InputBuffer,
    _In_ SIZE_T OutputSize,
    _Out_writes_bytes_opt_(OutputSize) PVOID OutputBuffer,
    _Out_opt_ SIZE_T *OutputSizeReturned
    )
{
    if (Level != SOL_SOCKET || ControlCode != SO_WSK_SECURITY) {
        return STATUS_NOT_SUPPORTED;
    }

    switch (RequestType) {
    case WskSetOption:
        if (Socket->Bound) {
            return STATUS_INVALID_DEVICE_STATE;
        }
        if (InputSize != sizeof(SECURITY_DESCRIPTOR) || InputBuffer == NULL) {
            return STATUS_INVALID_PARAMETER;
        }
        RtlCopyMemory(&Socket->Absolute, InputBuffer, sizeof(SECURITY_DESCRIPTOR));
        Socket->HasDescriptor = TRUE;
        return STATUS_SUCCESS;

    case WskGetOption:
        if (OutputSize < sizeof(SECURITY_DESCRIPTOR) || OutputBuffer == NULL) {
            return STATUS_BUFFER_TOO_SMALL;
        }
        RtlCopyMemory(OutputBuffer, &Socket->Absolute, sizeof(SECURITY_DESCRIPTOR));
        if (OutputSizeReturned != NULL) {
            *OutputSizeReturned = sizeof(SECURITY_DESCRIPTOR);
        }
        return STATUS_SUCCESS;

    default:
        return STATUS_NOT_SUPPORTED;
    }
}

_Use_decl_annotations_
NTSTATUS
LbCreateSocket(
    PLB_SOCKET *Socket
    )
{
    PLB_SOCKET sock;

    sock = ExAllocatePool2(POOL_FLAG_NON_PAGED, sizeof(*sock), LB_TAG);
    if (sock == NULL) {
        *Socket = NULL;
        return STATUS_INSUFFICIENT_RESOURCES;
    }

    sock->Base.Dispatch = &LbBasicDispatch;
    sock->Ops = &LbDefaultOps;
    sock->HasDescriptor = FALSE;
    sock->Bound = FALSE;

    *Socket = sock;
    return STATUS_SUCCESS;
}
