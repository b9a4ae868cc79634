/*++

Copyright (c) Proseware, Inc.

Module Name:

    isisd.c

Abstract:

    Inner helpers: each one issues a single WSK call and waits for it.
    Callers own NULL checks and bookkeeping of descriptors.

--*/

#include "isi.h"

_Use_decl_annotations_
NTSTATUS
IsiIrpComplete(
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
IsiWait(
    PISI_DEVICE Dev,
    PIRP Irp,
    NTSTATUS Status
    )
{
    if (Status == STATUS_PENDING) {
        KeWaitForSingleObject(&Dev->Event, Executive, KernelMode, FALSE, NULL);
        Status = Irp->IoStatus.Status;
    }
    return Status;
}

_Use_decl_annotations_
NTSTATUS
IsiBindLocal(
    PISI_DEVICE Dev,
    PWSK_SOCKET Socket,
    PSOCKADDR Local
    )
{
    NTSTATUS status;
    PIRP irp;

    irp = IoAllocateIrp(1, FALSE);
    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    IoSetCompletionRoutine(irp, IsiIrpComplete, &Dev->Event, TRUE, TRUE, TRUE);
    status = ISI_CONN(Socket)->WskBind(Socket, Local, 0, irp);
    status = IsiWait(Dev, irp, status);
    IoFreeIrp(irp);
    return status;
}

_Use_decl_annotations_
NTSTATUS
IsiConnectTarget(
    PISI_DEVICE Dev,
    PWSK_SOCKET Socket,
    PSOCKADDR Remote
    )
{
    NTSTATUS status;
    PIRP irp;

    irp = IoAllocateIrp(1, FALSE);
    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    IoSetCompletionRoutine(irp, IsiIrpComplete, &Dev->Event, TRUE, TRUE, TRUE);
    status = ISI_CONN(Socket)->WskConnect(Socket, Remote, 0, irp);
    status = IsiWait(Dev, irp, status);
    IoFreeIrp(irp);
    return status;
}

//
// Sd points at the caller's cached copy. (*Sd is a PSECURITY_DESCRIPTOR,
// so sizeof(*Sd) is the size of a pointer.)
//
_Use_decl_annotations_
NTSTATUS
IsiApplyDescriptor(
    PISI_DEVICE Dev,
    PWSK_SOCKET Socket,
    PSECURITY_DESCRIPTOR *Sd
    )
{
    NTSTATUS status;
    PIRP irp;

    irp = IoAllocateIrp(1, FALSE);
    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    IoSetCompletionRoutine(irp, IsiIrpComplete, &Dev->Event, TRUE, TRUE, TRUE);
    status = ISI_CONN(Socket)->WskControlSocket(Socket,
                                                WskSetOption,
                                                SO_WSK_SECURITY,
                                                SOL_SOCKET,
                                                sizeof(*Sd),
                                                Sd,
                                                0,
                                                NULL,
                                                NULL,
                                                irp);
    status = IsiWait(Dev, irp, status);
    IoFreeIrp(irp);
    return status;
}

_Use_decl_annotations_
NTSTATUS
IsiCacheDescriptor(
    PISI_DEVICE Dev,
    PSECURITY_DESCRIPTOR Template,
    PSECURITY_DESCRIPTOR *Cached
    )
{
    *Cached = NULL;
    return Dev->Provider.Dispatch->WskControlClient(Dev->Provider.Client,
                                                    WSK_CACHE_SD,
                                                    sizeof(PSECURITY_DESCRIPTOR),
                                                    &Template,
                                                    sizeof(PSECURITY_DESCRIPTOR),
                                                    Cached,
                                                    NULL,
                                                    NULL);
}

//
// Releases *Sd. The caller decides whether there is something to release
// and clears its pointer afterwards.
//
_Use_decl_annotations_
VOID
IsiReleaseDescriptor(
    PISI_DEVICE Dev,
    PSECURITY_DESCRIPTOR *Sd
    )
{
    Dev->Provider.Dispatch->WskControlClient(Dev->Provider.Client,
                                             WSK_RELEASE_SD,
                                             sizeof(PSECURITY_DESCRIPTOR),
                                             Sd,
                                             0,
                                             NULL,
                                             NULL,
                                             NULL);
}

_Use_decl_annotations_
VOID
IsiCloseSocket(
    PISI_DEVICE Dev,
    PWSK_SOCKET Socket
    )
{
    PIRP irp;

    irp = IoAllocateIrp(1, FALSE);
    if (irp == NULL) {
        return;
    }
    IoSetCompletionRoutine(irp, IsiIrpComplete, &Dev->Event, TRUE, TRUE, TRUE);
    (VOID)IsiWait(Dev, irp, ISI_CONN(Socket)->WskCloseSocket(Socket, irp));
    IoFreeIrp(irp);
}
