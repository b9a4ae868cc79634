/* valid: no findings */
#include "wsk.h"

#define IP_TTL 4
#define BASIC(_s_) ((PWSK_PROVIDER_BASIC_DISPATCH)(_s_)->Dispatch)

typedef struct _MY_OPTION MY_OPTION;

NTSTATUS
ShapesThatAreRight(PWSK_SOCKET Socket, PIRP Irp, ULONG Level, ULONG Request, SIZE_T Size, ULONG_PTR Address)
{
    ULONG on = 1;
    int enabled = 1;
    DWORD exclusive = 1;
    SIZE_T backlog = 0;
    ULONG ttl = 64;
    NTSTATUS status;

    status = BASIC(Socket)->WskControlSocket(Socket, WskSetOption, SO_REUSEADDR, SOL_SOCKET,
                                             sizeof(ULONG), &on, 0, NULL, NULL, Irp);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    status = BASIC(Socket)->WskControlSocket(Socket, WskSetOption, SO_KEEPALIVE, SOL_SOCKET,
                                             sizeof(enabled), &enabled, 0, NULL, NULL, Irp);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    status = BASIC(Socket)->WskControlSocket(Socket, WskSetOption, SO_EXCLUSIVEADDRUSE, SOL_SOCKET,
                                             4, &exclusive, 0, NULL, NULL, Irp);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    /* IP_TTL at IPPROTO_IP has SO_REUSEADDR's value: another option, not this row. */
    status = BASIC(Socket)->WskControlSocket(Socket, WskSetOption, IP_TTL, IPPROTO_IP,
                                             sizeof(ttl), &ttl, 0, NULL, NULL, NULL);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    /* A level, a request type and a size the analysis cannot know. */
    status = BASIC(Socket)->WskControlSocket(Socket, WskSetOption, SO_RCVBUF, Level,
                                             Size, &on, 0, NULL, NULL, Irp);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    status = BASIC(Socket)->WskControlSocket(Socket, Request, SO_RCVBUF, SOL_SOCKET,
                                             0, NULL, 0, NULL, NULL, NULL);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    /* A size of a type the analysis does not know. */
    status = BASIC(Socket)->WskControlSocket(Socket, WskSetOption, SO_BROADCAST, SOL_SOCKET,
                                             sizeof(MY_OPTION), &on, 0, NULL, NULL, Irp);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    /* A pointer-sized integer may hold the address. */
    status = BASIC(Socket)->WskControlSocket(Socket, WskIoctl, SIO_WSK_SET_SENDTO_ADDRESS, 0,
                                             sizeof(SOCKADDR_IN), (PVOID)Address, 0, NULL, NULL, Irp);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    status = BASIC(Socket)->WskControlSocket(Socket, WskGetOption, SO_RCVBUF, SOL_SOCKET,
                                             0, NULL, sizeof(ULONG), (PVOID)Address, NULL, Irp);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    /* WskIoctl ignores the level, whatever it is. */
    return BASIC(Socket)->WskControlSocket(Socket, WskIoctl, SIO_WSK_QUERY_RECEIVE_BACKLOG, IPPROTO_TCP,
                                           0, NULL, sizeof(backlog), &backlog, NULL, Irp);
}

NTSTATUS
ClientShapes(PWSK_PROVIDER_NPI Npi, PWSK_TRANSPORT Transports, SIZE_T Size, PIRP Irp)
{
    SIZE_T needed = 0;
    ULONG behavior = WSK_TDI_BEHAVIOR_BYPASS_TDI;
    NTSTATUS status;

    /* The probe for the needed size, then the query. */
    status = Npi->Dispatch->WskControlClient(Npi->Client, WSK_TRANSPORT_LIST_QUERY, 0, NULL, 0, NULL, &needed, NULL);
    if (status != STATUS_BUFFER_OVERFLOW) {
        return status;
    }
    status = Npi->Dispatch->WskControlClient(Npi->Client, WSK_TRANSPORT_LIST_QUERY, 0, NULL, Size, Transports, &needed, NULL);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    status = Npi->Dispatch->WskControlClient(Npi->Client, WSK_TDI_BEHAVIOR, sizeof(behavior), &behavior, 0, NULL, NULL, NULL);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    return Npi->Dispatch->WskControlClient(Npi->Client, WSK_TRANSPORT_LIST_CHANGE, 0, NULL, 0, NULL, NULL, Irp);
}

/* An IRP variable NULL until allocated, used only where it is not. */
NTSTATUS
KeepAliveWhenAllocated(PWSK_SOCKET Socket, BOOLEAN Wait, PKEVENT Done)
{
    PIRP irp = NULL;
    ULONG on = 1;
    NTSTATUS status = STATUS_INSUFFICIENT_RESOURCES;

    if (Wait) {
        irp = IoAllocateIrp(1, FALSE);
    }
    if (irp != NULL) {
        IoSetCompletionRoutine(irp, SyncDone, Done, TRUE, TRUE, TRUE);
        status = BASIC(Socket)->WskControlSocket(Socket, WskSetOption, SO_KEEPALIVE, SOL_SOCKET,
                                                 sizeof(on), &on, 0, NULL, NULL, irp);
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(Done, Executive, KernelMode, FALSE, NULL);
            status = irp->IoStatus.Status;
        }
        IoFreeIrp(irp);
    }
    return status;
}
