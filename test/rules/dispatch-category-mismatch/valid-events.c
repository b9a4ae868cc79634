/* valid: no findings */
#include "wsk.h"

/* Events enabled with a callback in place, disabled, or on tables the analysis cannot see filled. */

NTSTATUS WSKAPI OnAccept(PVOID SocketContext, ULONG Flags, PSOCKADDR LocalAddress, PSOCKADDR RemoteAddress,
                         PWSK_SOCKET AcceptSocket, PVOID *AcceptSocketContext,
                         const WSK_CLIENT_CONNECTION_DISPATCH **AcceptSocketDispatch);
WSK_INSPECT_ACTION WSKAPI OnInspect(PVOID SocketContext, PSOCKADDR LocalAddress, PSOCKADDR RemoteAddress,
                                    PWSK_INSPECT_ID InspectID);
NTSTATUS WSKAPI OnAbort(PVOID SocketContext, PWSK_INSPECT_ID InspectID);
NTSTATUS WSKAPI OnReceive(PVOID SocketContext, ULONG Flags, PWSK_DATA_INDICATION DataIndication,
                          SIZE_T BytesIndicated, SIZE_T *BytesAccepted);

const WSK_CLIENT_LISTEN_DISPATCH g_Conditional = { OnAccept, OnInspect, OnAbort };
WSK_CLIENT_CONNECTION_DISPATCH g_Filled;
const WSK_CLIENT_CONNECTION_DISPATCH g_NoReceive = { NULL, NULL, NULL };

static NTSTATUS
Done(PDEVICE_OBJECT DeviceObject, PIRP Irp, PVOID Context)
{
    KeSetEvent((PKEVENT)Context, IO_NO_INCREMENT, FALSE);
    return STATUS_MORE_PROCESSING_REQUIRED;
}

#define CREATE(flags, table)                                                                       \
    KeInitializeEvent(&done, NotificationEvent, FALSE);                                           \
    IoSetCompletionRoutine(Irp, Done, &done, TRUE, TRUE, TRUE);                                    \
    status = Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, flags, Context, \
                                      table, NULL, NULL, NULL, Irp);                             \
    if (status == STATUS_PENDING) {                                                                \
        KeWaitForSingleObject(&done, Executive, KernelMode, FALSE, NULL);                          \
        status = Irp->IoStatus.Status;                                                             \
    }

/* A conditional-accept set, waited for (it completes through the IRP). */
#define SET_CONDITIONAL(value)                                                                     \
    KeInitializeEvent(&done, NotificationEvent, FALSE);                                           \
    IoSetCompletionRoutine(Irp, Done, &done, TRUE, TRUE, TRUE);                                    \
    status = ((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskControlSocket(                   \
        socket, WskSetOption, SO_CONDITIONAL_ACCEPT, SOL_SOCKET, sizeof(value), &value, 0, NULL, NULL, Irp); \
    if (status == STATUS_PENDING) {                                                                \
        KeWaitForSingleObject(&done, Executive, KernelMode, FALSE, NULL);                          \
        status = Irp->IoStatus.Status;                                                             \
    }

NTSTATUS
ConditionalWithCallbacks(PWSK_PROVIDER_NPI Npi, PVOID Context, PIRP Irp, PWSK_SOCKET *Result)
{
    KEVENT done;
    NTSTATUS status;
    PWSK_SOCKET socket;
    ULONG on = 1;
    ULONG off = 0;
    WSK_EVENT_CALLBACK_CONTROL control = { &NPI_WSK_INTERFACE_ID, WSK_EVENT_ACCEPT };

    CREATE(WSK_FLAG_LISTEN_SOCKET, &g_Conditional)
    if (!NT_SUCCESS(status)) {
        return status;
    }
    socket = (PWSK_SOCKET)Irp->IoStatus.Information;
    *Result = socket;
    SET_CONDITIONAL(on)
    SET_CONDITIONAL(off)
    return ((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskControlSocket(
        socket, WskSetOption, SO_WSK_EVENT_CALLBACK, SOL_SOCKET, sizeof(control), &control, 0, NULL, NULL, NULL);
}

VOID
FillConnection(VOID)
{
    InitConnectionTable(&g_Filled);
}

NTSTATUS
FilledOrDisabled(PWSK_PROVIDER_NPI Npi, PVOID Context, ULONG Mask, PIRP Irp, PWSK_SOCKET *Result)
{
    KEVENT done;
    NTSTATUS status;
    PWSK_SOCKET socket;
    PWSK_SOCKET other;
    WSK_EVENT_CALLBACK_CONTROL control = { &NPI_WSK_INTERFACE_ID, WSK_EVENT_RECEIVE };
    WSK_EVENT_CALLBACK_CONTROL disable = { &NPI_WSK_INTERFACE_ID, WSK_EVENT_RECEIVE | WSK_EVENT_DISABLE };
    WSK_EVENT_CALLBACK_CONTROL chosen;

    CREATE(WSK_FLAG_CONNECTION_SOCKET, &g_Filled)
    if (!NT_SUCCESS(status)) {
        return status;
    }
    socket = (PWSK_SOCKET)Irp->IoStatus.Information;
    *Result = socket;
    /* The table is filled by a helper: its receive slot is unknown. */
    ((PWSK_PROVIDER_BASIC_DISPATCH)socket->Dispatch)->WskControlSocket(
        socket, WskSetOption, SO_WSK_EVENT_CALLBACK, SOL_SOCKET, sizeof(control), &control, 0, NULL, NULL, NULL);
    IoReuseIrp(Irp, STATUS_UNSUCCESSFUL);
    CREATE(WSK_FLAG_CONNECTION_SOCKET, &g_NoReceive)
    if (!NT_SUCCESS(status)) {
        return status;
    }
    other = (PWSK_SOCKET)Irp->IoStatus.Information;
    Keep(Context, other);
    /* Disabling needs no callback; a mask in a parameter is unknown. */
    ((PWSK_PROVIDER_BASIC_DISPATCH)other->Dispatch)->WskControlSocket(
        other, WskSetOption, SO_WSK_EVENT_CALLBACK, SOL_SOCKET, sizeof(disable), &disable, 0, NULL, NULL, NULL);
    chosen.NpiId = &NPI_WSK_INTERFACE_ID;
    chosen.EventMask = Mask;
    return ((PWSK_PROVIDER_BASIC_DISPATCH)other->Dispatch)->WskControlSocket(
        other, WskSetOption, SO_WSK_EVENT_CALLBACK, SOL_SOCKET, sizeof(chosen), &chosen, 0, NULL, NULL, NULL);
}
