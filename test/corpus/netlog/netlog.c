//
// netlog.c - sends driver events as syslog datagrams to a collector.
//
// The logging socket is a datagram socket restricted to SYSTEM, so that no
// user-mode process can bind the same local port and read the events.
//

#include <ntddk.h>
#include <wsk.h>
#include "trace.h"

#define NL_TAG              'goLN'
#define NL_BASE_PORT        5140
#define NL_BIND_ATTEMPTS    8

typedef struct _NL_LOGGER {
    WSK_REGISTRATION        Registration;
    WSK_PROVIDER_NPI        Provider;
    PWSK_SOCKET             Socket;
    PSECURITY_DESCRIPTOR    LogSd;
    KEVENT                  IoEvent;
    PIRP                    Irp;
    SOCKADDR_IN             Collector;
} NL_LOGGER;

static NL_LOGGER g_NlLog;

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD NlUnload;
IO_COMPLETION_ROUTINE NlIoComplete;

static const WSK_CLIENT_DISPATCH NlClientDispatch = { MAKE_WSK_VERSION(1, 0), 0, NULL };

_Use_decl_annotations_
NTSTATUS
NlIoComplete(PDEVICE_OBJECT DeviceObject, PIRP Irp, PVOID Context)
{
    UNREFERENCED_PARAMETER(DeviceObject);
    UNREFERENCED_PARAMETER(Irp);
    KeSetEvent((PKEVENT)Context, IO_NO_INCREMENT, FALSE);
    return STATUS_MORE_PROCESSING_REQUIRED;
}

static
NTSTATUS
NlWait(_In_ NTSTATUS Status)
{
    if (Status == STATUS_PENDING) {
        KeWaitForSingleObject(&g_NlLog.IoEvent, Executive, KernelMode, FALSE, NULL);
        Status = g_NlLog.Irp->IoStatus.Status;
    }
    return Status;
}

static
VOID
NlCloseSocket(_In_ PWSK_SOCKET Socket)
{
    NL_PREPARE_IRP(g_NlLog.Irp);
    (VOID)NlWait(((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskCloseSocket(Socket, g_NlLog.Irp));
}

_IRQL_requires_max_(PASSIVE_LEVEL)
static
NTSTATUS
NlCacheDescriptor(VOID)
{
    NTSTATUS status;
    PSECURITY_DESCRIPTOR sd;
    PACL dacl;
    ULONG daclSize;

    daclSize = sizeof(ACL) + FIELD_OFFSET(ACCESS_ALLOWED_ACE, SidStart) +
               RtlLengthSid(SeExports->SeLocalSystemSid);

    sd = ExAllocatePool2(POOL_FLAG_PAGED, SECURITY_DESCRIPTOR_MIN_LENGTH + daclSize, NL_TAG);
    if (sd == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    dacl = (PACL)((PUCHAR)sd + SECURITY_DESCRIPTOR_MIN_LENGTH);

    (VOID)RtlCreateSecurityDescriptor(sd, SECURITY_DESCRIPTOR_REVISION);
    (VOID)RtlCreateAcl(dacl, daclSize, ACL_REVISION);
    (VOID)RtlAddAccessAllowedAce(dacl, ACL_REVISION, GENERIC_ALL, SeExports->SeLocalSystemSid);
    status = RtlSetDaclSecurityDescriptor(sd, TRUE, dacl, FALSE);

    if (NT_SUCCESS(status)) {
        status = g_NlLog.Provider.Dispatch->WskControlClient(g_NlLog.Provider.Client,
                                                             WSK_CACHE_SD,
                                                             sizeof(PSECURITY_DESCRIPTOR),
                                                             &sd,
                                                             sizeof(PSECURITY_DESCRIPTOR),
                                                             &g_NlLog.LogSd,
                                                             NULL,
                                                             NULL);
    }

    ExFreePoolWithTag(sd, NL_TAG);
    return status;
}

//
// Creates the logging socket, restricts it and binds it to the first free
// port from NL_BASE_PORT on. Each attempt uses a new socket: a socket
// whose bind failed is closed, never re-used.
//
_IRQL_requires_max_(PASSIVE_LEVEL)
static
NTSTATUS
NlOpenSocket(VOID)
{
    NTSTATUS status = STATUS_UNSUCCESSFUL;
    PWSK_SOCKET socket;
    SOCKADDR_IN local;
    ULONG attempt;

    for (attempt = 0; attempt < NL_BIND_ATTEMPTS; attempt++) {
        NL_PREPARE_IRP(g_NlLog.Irp);
        status = g_NlLog.Provider.Dispatch->WskSocket(g_NlLog.Provider.Client,
                                                      AF_INET,
                                                      SOCK_DGRAM,
                                                      IPPROTO_UDP,
                                                      WSK_FLAG_DATAGRAM_SOCKET,
                                                      NULL,
                                                      NULL,
                                                      NULL,
                                                      NULL,
                                                      NULL,
                                                      g_NlLog.Irp);
        status = NlWait(status);
        if (!NT_SUCCESS(status)) {
            NL_TRACE_STATUS("WskSocket", status);
            break;
        }
        socket = (PWSK_SOCKET)g_NlLog.Irp->IoStatus.Information;

        NL_PREPARE_IRP(g_NlLog.Irp);
        status = ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskControlSocket(
                     socket,
                     WskSetOption,
                     SO_WSK_SECURITY,
                     0xffff,                    // SOL_SOCKET
                     sizeof(void *),
                     &g_NlLog.LogSd,
                     0,
                     NULL,
                     NULL,
                     g_NlLog.Irp);
        status = NlWait(status);
        if (!NT_SUCCESS(status)) {
            NL_TRACE_STATUS("SO_WSK_SECURITY", status);
            NlCloseSocket(socket);
            break;
        }

        RtlZeroMemory(&local, sizeof(local));
        local.sin_family = AF_INET;
        local.sin_port = RtlUshortByteSwap((USHORT)(NL_BASE_PORT + attempt));

        NL_PREPARE_IRP(g_NlLog.Irp);
        status = ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskBind(
                     socket, (PSOCKADDR)&local, 0, g_NlLog.Irp);
        status = NlWait(status);
        if (NT_SUCCESS(status)) {
            g_NlLog.Socket = socket;
            break;
        }

        NL_TRACE(NL_LEVEL_INFO, "port in use, trying the next one");
        NlCloseSocket(socket);
    }

#if 0
    //
    // Old scheme: one socket, descriptor applied after the bind. Kept for
    // reference until the collector migration is finished.
    //
    status = ((PWSK_PROVIDER_DATAGRAM_DISPATCH)socket->Dispatch)->WskControlSocket(
                 socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET,
                 sizeof(SECURITY_DESCRIPTOR), g_NlLog.LogSd, 0, NULL, NULL, NULL);
#endif

    return status;
}

_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
NlLogEvent(
    _In_reads_bytes_(Length) PVOID Message,
    _In_ ULONG Length
    )
{
    NTSTATUS status;
    WSK_BUF buffer;
    PMDL mdl;

    if (g_NlLog.Socket == NULL) {
        return STATUS_DEVICE_NOT_READY;
    }

    mdl = IoAllocateMdl(Message, Length, FALSE, FALSE, NULL);
    if (mdl == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    MmBuildMdlForNonPagedPool(mdl);

    buffer.Mdl = mdl;
    buffer.Offset = 0;
    buffer.Length = Length;

    NL_PREPARE_IRP(g_NlLog.Irp);
    status = ((PWSK_PROVIDER_DATAGRAM_DISPATCH)g_NlLog.Socket->Dispatch)->WskSendTo(
                 g_NlLog.Socket, &buffer, 0, (PSOCKADDR)&g_NlLog.Collector, 0, NULL, g_NlLog.Irp);
    status = NlWait(status);

    IoFreeMdl(mdl);
    return status;
}

//
// Diagnostic IOCTL: tells whether the logging socket still carries the
// logger's descriptor.
//
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
NlCheckSocketDescriptor(
    _Out_ PBOOLEAN Intact
    )
{
    NTSTATUS status;
    PSECURITY_DESCRIPTOR current = NULL;
    KEVENT event;
    PIRP irp;

    *Intact = FALSE;
    if (g_NlLog.Socket == NULL) {
        return STATUS_DEVICE_NOT_READY;
    }

    irp = IoAllocateIrp(1, FALSE);
    if (!irp) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    KeInitializeEvent(&event, SynchronizationEvent, FALSE);
    IoSetCompletionRoutine(irp, NlIoComplete, &event, TRUE, TRUE, TRUE);

    status = ((PWSK_PROVIDER_DATAGRAM_DISPATCH)g_NlLog.Socket->Dispatch)->WskControlSocket(
                 g_NlLog.Socket,
                 WskGetOption,
                 SO_WSK_SECURITY,
                 SOL_SOCKET,
                 0,
                 NULL,
                 sizeof(current),
                 &current,
                 NULL,
                 irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(&event, Executive, KernelMode, FALSE, NULL);
        status = irp->IoStatus.Status;
    }
    IoFreeIrp(irp);

    if (!NT_SUCCESS(status)) {
        NL_TRACE_STATUS("SO_WSK_SECURITY get", status);
        return status;
    }

    *Intact = (BOOLEAN)(current == g_NlLog.LogSd);

    g_NlLog.Provider.Dispatch->WskControlClient(g_NlLog.Provider.Client,
                                                WSK_RELEASE_SD,
                                                sizeof(PSECURITY_DESCRIPTOR),
                                                &current,
                                                0,
                                                NULL,
                                                NULL,
                                                NULL);
    return STATUS_SUCCESS;
}

_Use_decl_annotations_
VOID
NlUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);

    if (g_NlLog.Socket != NULL) {
        NlCloseSocket(g_NlLog.Socket);
        g_NlLog.Socket = NULL;
    }

    if (g_NlLog.LogSd != NULL) {
        g_NlLog.Provider.Dispatch->WskControlClient(g_NlLog.Provider.Client,
                                                    WSK_RELEASE_SD,
                                                    sizeof(PSECURITY_DESCRIPTOR),
                                                    &g_NlLog.LogSd,
                                                    0,
                                                    NULL,
                                                    NULL,
                                                    NULL);
        g_NlLog.LogSd = NULL;
    }

    if (g_NlLog.Irp != NULL) {
        IoFreeIrp(g_NlLog.Irp);
        g_NlLog.Irp = NULL;
    }

    WskReleaseProviderNPI(&g_NlLog.Registration);
    WskDeregister(&g_NlLog.Registration);
}

_Use_decl_annotations_
NTSTATUS
DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    NTSTATUS status;
    WSK_CLIENT_NPI npi;

    UNREFERENCED_PARAMETER(RegistryPath);

    RtlZeroMemory(&g_NlLog, sizeof(g_NlLog));
    KeInitializeEvent(&g_NlLog.IoEvent, SynchronizationEvent, FALSE);
    g_NlLog.Collector.sin_family = AF_INET;
    g_NlLog.Collector.sin_port = RtlUshortByteSwap(514);
    g_NlLog.Collector.sin_addr.s_addr = RtlUlongByteSwap(0x0A000001);

    g_NlLog.Irp = IoAllocateIrp(1, FALSE);
    if (g_NlLog.Irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }

    npi.ClientContext = NULL;
    npi.Dispatch = &NlClientDispatch;
    status = WskRegister(&npi, &g_NlLog.Registration);
    if (!NT_SUCCESS(status)) {
        IoFreeIrp(g_NlLog.Irp);
        return status;
    }

    status = WskCaptureProviderNPI(&g_NlLog.Registration, WSK_INFINITE_WAIT, &g_NlLog.Provider);  /* BUG WSK025: WSK_INFINITE_WAIT on a path from DriverEntry */
    if (!NT_SUCCESS(status)) {
        WskDeregister(&g_NlLog.Registration);
        IoFreeIrp(g_NlLog.Irp);
        return status;
    }

    DriverObject->DriverUnload = NlUnload;

    status = NlCacheDescriptor();
    if (NT_SUCCESS(status)) {
        status = NlOpenSocket();
    }
    if (!NT_SUCCESS(status)) {
        NlUnload(DriverObject);
    }
    return status;
}
