#include "wsk.h"

#define BASIC(_s_) ((PWSK_PROVIDER_BASIC_DISPATCH)(_s_)->Dispatch)
#define FLAG_SIZE sizeof(BOOLEAN)

NTSTATUS
SetOptions(PWSK_SOCKET Socket, PIRP Irp)
{
    ULONG on = 1;
    BOOLEAN yes = TRUE;
    NTSTATUS status;

    status = BASIC(Socket)->WskControlSocket(Socket, WskSetOption, SO_KEEPALIVE, SOL_SOCKET,
                                             FLAG_SIZE, &yes, 0, NULL, NULL, Irp);
//                                           ^^^^^^^^^ WSK021 InputSize must be sizeof(ULONG) for
//                                           preferred fix: Replace FLAG_SIZE with sizeof(ULONG)
//                                           = sizeof(ULONG)
    if (!NT_SUCCESS(status)) {
        goto Exit;
    }
    status = BASIC(Socket)->WskControlSocket(Socket, WskSetOption, SO_BROADCAST, SOL_SOCKET,
                                             sizeof(on), on, sizeof(on), NULL, NULL, NULL);
//                                                       ^^ WSK021 InputBuffer must be the address
//                                                       preferred fix: Pass the address: &on
//                                                       = &on
//                                                           ^^^^^^^^^^ WSK021 OutputSize must be 0 for
//                                                           preferred fix: Replace sizeof(on) with 0
//                                                           = 0
//                                                                                   ^^^^ WSK021 Irp must not be NULL
//                                                                                   no fix: an IRP must be allocated and waited for
    if (!NT_SUCCESS(status)) {
        goto Exit;
    }
    status = BASIC(Socket)->WskControlSocket(Socket, WskSetOption, SO_RCVBUF, 0xffff,
                                             8, &on, 0, NULL, NULL, Irp);
//                                           ^ WSK021 InputSize must be sizeof(ULONG) for
//                                           preferred fix: Replace 8 with sizeof(ULONG)
//                                           = sizeof(ULONG)
Exit:
    return status;
}

NTSTATUS
GetOption(PWSK_SOCKET Socket, PIRP Irp)
{
    ULONG value = 0;
    SIZE_T returned = 0;

    return BASIC(Socket)->WskControlSocket(Socket, WskGetOption, SO_KEEPALIVE, SOL_SOCKET,
                                           sizeof(value), &value, sizeof(ULONG64), &value, &returned, Irp);
//                                         ^^^^^^^^^^^^^ WSK021 InputSize must be 0 for
//                                         preferred fix: Replace sizeof(value) with 0
//                                         = 0
//                                                        ^^^^^^ WSK021 InputBuffer must be NULL for
//                                                        preferred fix: Replace &value with NULL
//                                                        = NULL
//                                                                ^^^^^^^^^^^^^^^ WSK021 OutputSize must be sizeof(ULONG) for
//                                                                preferred fix: Replace sizeof(ULONG64) with sizeof(ULONG)
//                                                                = sizeof(ULONG)
//                                                                                         ^^^^^^^^^ WSK021 OutputSizeReturned must be NULL for
//                                                                                         preferred fix: Replace &returned with NULL
//                                                                                         = NULL
}

NTSTATUS
QueryBacklog(PWSK_SOCKET Socket, PIRP Irp)
{
    SIZE_T backlog = 0;
    ULONG small = 0;
    NTSTATUS status;

    status = BASIC(Socket)->WskControlSocket(Socket, WskIoctl, SIO_WSK_QUERY_IDEAL_SEND_BACKLOG, 0,
                                             0, NULL, sizeof(small), &backlog, NULL, Irp);
//                                                    ^^^^^^^^^^^^^ WSK021 OutputSize must be sizeof(SIZE_T) for
//                                                    preferred fix: Replace sizeof(small) with sizeof(SIZE_T)
//                                                    = sizeof(SIZE_T)
    if (!NT_SUCCESS(status)) {
        return status;
    }
    return BASIC(Socket)->WskControlSocket(Socket, WskIoctl, SIO_WSK_QUERY_RECEIVE_BACKLOG, 0,
                                           0, NULL, 8, &backlog, NULL, Irp);
//                                                  ^ WSK021 OutputSize must be sizeof(SIZE_T) for
//                                                  preferred fix: Replace 8 with sizeof(SIZE_T)
//                                                  = sizeof(SIZE_T)
}

NTSTATUS
QueryInspectId(PWSK_SOCKET Socket, PWSK_INSPECT_ID Id, PIRP Irp)
{
    ULONG returned = 0;

    return BASIC(Socket)->WskControlSocket(Socket, WskIoctl, SIO_WSK_QUERY_INSPECT_ID, 0,
                                           0, NULL, sizeof(PWSK_INSPECT_ID), Id, NULL, Irp);
//                                                  ^^^^^^^^^^^^^^^^^^^^^^^ WSK021 OutputSize must be sizeof(WSK_INSPECT_ID) for
//                                                  preferred fix: Replace sizeof(PWSK_INSPECT_ID) with sizeof(WSK_INSPECT_ID)
//                                                  = sizeof(WSK_INSPECT_ID)
//                                                                               ^^^^ WSK021 OutputSizeReturned must be an address
//                                                                               no fix: which variable should receive it is the author's choice
//                                                                                     ^^^ WSK021 Irp must be NULL for
//                                                                                     preferred fix: Replace Irp with NULL
//                                                                                     = NULL
}

NTSTATUS
WatchAddresses(PWSK_SOCKET Socket)
{
    return BASIC(Socket)->WskControlSocket(Socket, WskIoctl, SIO_ADDRESS_LIST_CHANGE, 0,
                                           0, NULL, 0, NULL, NULL, NULL);
//                                                                 ^^^^ WSK021 Irp must not be NULL
//                                                                 no fix: an IRP must be allocated and waited for
}

NTSTATUS
ClientControls(PWSK_PROVIDER_NPI Npi, PIRP Irp, int Which)
{
    SIZE_T needed = 0;
    ULONG behavior = WSK_TDI_BEHAVIOR_BYPASS_TDI;

    switch (Which) {
    case 0:
        return Npi->Dispatch->WskControlClient(Npi->Client, WSK_TRANSPORT_LIST_QUERY, 0, NULL, 0, NULL, &needed, Irp);
//                                                                                                               ^^^ WSK021 Irp must be NULL for
//                                                                                                               preferred fix: Replace Irp with NULL
//                                                                                                               = NULL
    case 1:
        return Npi->Dispatch->WskControlClient(Npi->Client, WSK_TRANSPORT_LIST_CHANGE, 0, NULL, 0, NULL, NULL, NULL);
//                                                                                                             ^^^^ WSK021 Irp must not be NULL
//                                                                                                             no fix: an IRP must be allocated and waited for
    case 2:
        return Npi->Dispatch->WskControlClient(Npi->Client, WSK_TDI_BEHAVIOR, sizeof(USHORT), &behavior, 0, NULL, NULL, NULL);
//                                                                            ^^^^^^^^^^^^^^ WSK021 InputSize must be sizeof(ULONG) for
//                                                                            preferred fix: Replace sizeof(USHORT) with sizeof(ULONG)
//                                                                            = sizeof(ULONG)
    default:
        return Npi->Dispatch->WskControlClient(Npi->Client, WSK_TRANSPORT_LIST_QUERY, 0, NULL, 0, NULL, NULL, NULL);
//                                                                                                      ^^^^ WSK021 OutputSizeReturned must be an address
//                                                                                                      no fix: which variable should receive it is the author's choice
    }
}

NTSTATUS
QueryWithOwnIrp(PWSK_PROVIDER_NPI Npi, PVOID List, SIZE_T Size, PIRP *Spare)
{
    SIZE_T needed = 0;
    NTSTATUS status;
    PIRP irp = IoAllocateIrp(1, FALSE);

    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    /* No completion routine (WSK017's) and an IRP where none is due (WSK021's): one finding, WSK021's. */
    status = Npi->Dispatch->WskControlClient(Npi->Client, WSK_TRANSPORT_LIST_QUERY, 0, NULL, Size, List, &needed, irp);
//                                                                                                                ^^^ WSK021 Irp must be NULL for
//                                                                                                                preferred fix: Replace irp with NULL
//                                                                                                                = NULL
    *Spare = irp;
    return status;
}

NTSTATUS
KeepAliveMaybeWithoutIrp(PWSK_SOCKET Socket, BOOLEAN Wait, PIRP Given)
{
    PIRP irp = NULL;
    ULONG on = 1;

    if (Wait) {
        irp = Given;
    }
    return BASIC(Socket)->WskControlSocket(Socket, WskSetOption, SO_KEEPALIVE, SOL_SOCKET,
                                           sizeof(on), &on, 0, NULL, NULL, irp);
//                                                                         ^^^ WSK021 Irp is NULL on a path to an SO_KEEPALIVE set
//                                                                         no fix: an IRP must be allocated on that path
}
