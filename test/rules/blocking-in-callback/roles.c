#include "wsk-registration.h"

/* Functions that may run at DISPATCH_LEVEL by their role, blocking there. */

typedef struct _CONN {
    PWSK_SOCKET Socket;
    WSK_PROVIDER_NPI Npi;
    PIRP Irp;
    KEVENT Done;
    KDPC Dpc;
    PVOID Remote;
} CONN, *PCONN;

NTSTATUS CloseDone(PDEVICE_OBJECT DeviceObject, PIRP Irp, PVOID Context);

/* A completion routine that issues another request and waits for it. */
NTSTATUS
SendDone(PDEVICE_OBJECT DeviceObject, PIRP Irp, PVOID Context)
{
    PCONN conn = (PCONN)Context;
    NTSTATUS status;

    IoReuseIrp(conn->Irp, STATUS_UNSUCCESSFUL);
    IoSetCompletionRoutine(conn->Irp, CloseDone, conn, TRUE, TRUE, TRUE);
    status = ((PWSK_PROVIDER_CONNECTION_DISPATCH)conn->Socket->Dispatch)->WskCloseSocket(conn->Socket, conn->Irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(&conn->Done, Executive, KernelMode, FALSE, NULL);
//      ^^^^^^^^^^^^^^^^^^^^^ WSK025 KeWaitForSingleObject waits for a WSK request inside SendDone (an IoCompletion routine).
    }
    return STATUS_MORE_PROCESSING_REQUIRED;
}

NTSTATUS
SendOnce(PCONN conn, PWSK_BUF buffer)
{
    IoSetCompletionRoutine(conn->Irp, SendDone, conn, TRUE, TRUE, TRUE);
    return ((PWSK_PROVIDER_CONNECTION_DISPATCH)conn->Socket->Dispatch)->WskSend(conn->Socket, buffer, 0, conn->Irp);
}

/* A DPC that resolves a name: WskGetNameInfo needs PASSIVE_LEVEL. */
VOID
ResolveDpc(PKDPC Dpc, PVOID Context, PVOID Arg1, PVOID Arg2)
{
    PCONN conn = (PCONN)Context;

    conn->Npi.Dispatch->WskGetNameInfo(conn->Npi.Client, conn->Remote, 16, NULL, NULL, 0, NULL, NULL, conn->Irp);
//                      ^^^^^^^^^^^^^^ WSK025 WskGetNameInfo needs PASSIVE_LEVEL, but ResolveDpc (a DPC routine) may run at DISPATCH_LEVEL.
}

VOID
StartResolve(PCONN conn)
{
    KeInitializeDpc(&conn->Dpc, ResolveDpc, conn);
}

/* A function the driver annotates as running at DISPATCH_LEVEL. */
_IRQL_requires_(DISPATCH_LEVEL)
VOID
DeregisterAtDispatch(PWSK_REGISTRATION Registration)
{
    WskDeregister(Registration);
//  ^^^^^^^^^^^^^ WSK025 WskDeregister blocks inside DeregisterAtDispatch, which may run at DISPATCH_LEVEL.
}

_IRQL_requires_min_(DISPATCH_LEVEL)
VOID CaptureAtDispatch(PWSK_REGISTRATION Registration, PWSK_PROVIDER_NPI Npi);

VOID
CaptureAtDispatch(PWSK_REGISTRATION Registration, PWSK_PROVIDER_NPI Npi)
{
    if (NT_SUCCESS(WskCaptureProviderNPI(Registration, 1000, Npi))) {
//                 ^^^^^^^^^^^^^^^^^^^^^ WSK025 WskCaptureProviderNPI blocks inside CaptureAtDispatch
        WskReleaseProviderNPI(Registration);
    }
}

/* An event callback that is pageable. */
NTSTATUS WSKAPI
ConnDisconnectEvent(PVOID SocketContext, ULONG Flags)
{
    PAGED_CODE();
//  ^^^^^^^^^^ WSK025 ConnDisconnectEvent is pageable (PAGED_CODE()) but may run at DISPATCH_LEVEL.
    return STATUS_SUCCESS;
}

/* A receive callback that asks for address-list changes: that IOCTL needs PASSIVE_LEVEL. */
NTSTATUS WSKAPI
ConnReceiveEvent(PVOID SocketContext, ULONG Flags, PVOID DataIndication, SIZE_T BytesIndicated, SIZE_T *BytesAccepted)
{
    PCONN conn = (PCONN)SocketContext;

    ((PWSK_PROVIDER_BASIC_DISPATCH)conn->Socket->Dispatch)->WskControlSocket(conn->Socket, WskIoctl, SIO_ADDRESS_LIST_CHANGE, 0, 0, NULL, 0, NULL, NULL, conn->Irp);
//                                                          ^^^^^^^^^^^^^^^^ WSK025 WskControlSocket blocks inside ConnReceiveEvent, which may run at DISPATCH_LEVEL.
    return STATUS_SUCCESS;
}

/* A completion routine named in alloc_text(PAGE). */
NTSTATUS
CloseDone(PDEVICE_OBJECT DeviceObject, PIRP Irp, PVOID Context)
{
    KeSetEvent(&((PCONN)Context)->Done, IO_NO_INCREMENT, FALSE);
    return STATUS_MORE_PROCESSING_REQUIRED;
}

#ifdef ALLOC_PRAGMA
#pragma alloc_text(PAGE, StartResolve)
#pragma alloc_text(PAGE, CloseDone)
//                       ^^^^^^^^^ WSK025 CloseDone is pageable
#endif

const WSK_CLIENT_CONNECTION_DISPATCH ConnDispatch = { ConnReceiveEvent, ConnDisconnectEvent, NULL };
