//
// conn.c - socket helpers shared by the downstream and upstream sides.
//
// Copyright (c) Fabrikam, Inc.
//

#include "kproxy.h"

_Use_decl_annotations_
NTSTATUS
KpIrpCompletion(
    PDEVICE_OBJECT DeviceObject,
    PIRP Irp,
    PVOID Context
    )
{
    UNREFERENCED_PARAMETER(DeviceObject);
    UNREFERENCED_PARAMETER(Irp);

    KeSetEvent((PKEVENT)Context, IO_NO_INCREMENT, FALSE);
    return STATUS_MORE_PROCESSING_REQUIRED;
}

_Use_decl_annotations_
NTSTATUS
KpWaitIrp(
    PKP_CONNECTION Conn,
    NTSTATUS Status
    )
{
    if (Status == STATUS_PENDING) {
        KeWaitForSingleObject(&Conn->Event, Executive, KernelMode, FALSE, NULL);
        Status = Conn->Irp->IoStatus.Status;
    }

    IoReuseIrp(Conn->Irp, STATUS_UNSUCCESSFUL);
    IoSetCompletionRoutine(Conn->Irp, KpIrpCompletion, &Conn->Event, TRUE, TRUE, TRUE);
    return Status;
}

_Use_decl_annotations_
VOID
KpReleaseSd(
    PKP_DEVICE_EXTENSION DevExt,
    PSECURITY_DESCRIPTOR *Sd
    )
{
    if (*Sd != NULL) {
        DevExt->Provider.Dispatch->WskControlClient(DevExt->Provider.Client,
                                                    WSK_RELEASE_SD,
                                                    sizeof(PSECURITY_DESCRIPTOR),
                                                    Sd,
                                                    0,
                                                    NULL,
                                                    NULL,
                                                    NULL);
        *Sd = NULL;
    }
}

//
// Binds the client-facing socket to the local address recorded in Conn.
//
_Use_decl_annotations_
NTSTATUS
KpBindLocal(
    PKP_CONNECTION Conn
    )
{
    NTSTATUS status;

    status = KP_CONN_DISPATCH(Conn->Socket)->WskBind(Conn->Socket,
                                                     (PSOCKADDR)&Conn->LocalAddress,
                                                     0,
                                                     Conn->Irp);
    status = KpWaitIrp(Conn, status);

    KpTrace("bind: 0x%08x", status);
    return status;
}

//
// Applies the relay policy descriptor to the client-facing socket.
//
_Use_decl_annotations_
NTSTATUS
KpSecureSocket(
    PKP_CONNECTION Conn
    )
{
    NTSTATUS status;

    status = KP_CONN_DISPATCH(Conn->Socket)->WskControlSocket(Conn->Socket,
                                                              WskSetOption,
                                                              SO_WSK_SECURITY,
                                                              SOL_SOCKET,
                                                              sizeof(PSECURITY_DESCRIPTOR),
                                                              &Conn->DevExt->PolicySd,
                                                              0,
                                                              NULL,
                                                              NULL,
                                                              Conn->Irp);
    status = KpWaitIrp(Conn, status);

    KpTrace("SO_WSK_SECURITY: 0x%08x", status);
    return status;
}

_IRQL_requires_max_(PASSIVE_LEVEL)
PKP_CONNECTION
KpAllocateConnection(
    _In_ PKP_DEVICE_EXTENSION DevExt
    )
{
    PKP_CONNECTION conn;

    conn = ExAllocatePool2(POOL_FLAG_NON_PAGED, sizeof(KP_CONNECTION), KP_POOL_TAG);
    if (conn == NULL) {
        return NULL;
    }

    conn->DevExt = DevExt;
    conn->Irp = IoAllocateIrp(1, FALSE);
    if (conn->Irp == NULL) {
        ExFreePoolWithTag(conn, KP_POOL_TAG);
        return NULL;
    }

    KeInitializeEvent(&conn->Event, SynchronizationEvent, FALSE);
    IoSetCompletionRoutine(conn->Irp, KpIrpCompletion, &conn->Event, TRUE, TRUE, TRUE);
    return conn;
}

//
// Gives a freshly created outbound connection its own IRP and the relay
// policy. The socket is not bound yet: the relay binds it afterwards.
//
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
KpAttachPolicy(
    _Inout_ PKP_CONNECTION Conn
    )
{
    NTSTATUS status;

    Conn->Irp = IoAllocateIrp(1, FALSE);
    KeInitializeEvent(&Conn->Event, SynchronizationEvent, FALSE);
    IoSetCompletionRoutine(Conn->Irp, KpIrpCompletion, &Conn->Event, TRUE, TRUE, TRUE);

    status = KP_CONN_DISPATCH(Conn->Socket)->WskControlSocket(Conn->Socket,
                                                              WskSetOption,
                                                              SO_WSK_SECURITY,
                                                              SOL_SOCKET,
                                                              sizeof(PSECURITY_DESCRIPTOR),
                                                              &Conn->DevExt->PolicySd,
                                                              0,
                                                              NULL,
                                                              NULL,
                                                              Conn->Irp);   /* BUG WSK006: IoAllocateIrp result never checked */
    return KpWaitIrp(Conn, status);
}
