/*++

Module Name:

    groups.c

Abstract:

    Descriptors and multicast group sockets of the discovery service.

--*/

#include "mcast.h"

WSK_PROVIDER_NPI g_McNpi;
SECURITY_DESCRIPTOR g_McDefaultSd;

_Use_decl_annotations_
NTSTATUS
McComplete(PDEVICE_OBJECT DeviceObject, PIRP Irp, PVOID Context)
{
    UNREFERENCED_PARAMETER(DeviceObject);
    UNREFERENCED_PARAMETER(Irp);
    KeSetEvent((PKEVENT)Context, IO_NO_INCREMENT, FALSE);
    return STATUS_MORE_PROCESSING_REQUIRED;
}

_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
McInitDescriptors(
    _Inout_ PMC_CONTROL Ctl,
    _In_ PSECURITY_DESCRIPTOR ServiceTemplate,
    _In_ PSECURITY_DESCRIPTOR GroupTemplate
    )
{
    NTSTATUS status;

    status = RtlCreateSecurityDescriptor(&g_McDefaultSd, SECURITY_DESCRIPTOR_REVISION);
    if (!NT_SUCCESS(status)) {
        return status;
    }

    status = MC_CACHE_SD(&ServiceTemplate, &Ctl->ServiceSd);     /* BUG WSK012: OutputSize is sizeof(SECURITY_DESCRIPTOR) in the macro */
    if (!NT_SUCCESS(status)) {
        return status;
    }

    return MC_CACHE_SD(&GroupTemplate, &Ctl->GroupSd);           /* BUG WSK012: same macro, same wrong OutputSize */
}

_IRQL_requires_max_(PASSIVE_LEVEL)
VOID
McShutdown(
    _Inout_ PMC_CONTROL Ctl
    )
{
    if (Ctl->ServiceSd != NULL) {
        MC_RELEASE_SD(&Ctl->ServiceSd);
        Ctl->ServiceSd = NULL;
    }
    if (Ctl->GroupSd != NULL) {
        MC_RELEASE_SD(&Ctl->GroupSd);
        Ctl->GroupSd = NULL;
    }
}

//
// One datagram socket per configured group: each socket gets the group
// descriptor, then is bound to the group's port.
//
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
McOpenGroups(
    _Inout_ PMC_CONTROL Ctl,
    _In_ ULONG GroupCount
    )
{
    NTSTATUS status = STATUS_SUCCESS;
    PIRP irp;
    ULONG i;

    if (GroupCount > MC_MAX_GROUPS) {
        return STATUS_INVALID_PARAMETER;
    }

    irp = IoAllocateIrp(1, FALSE);
    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }

    for (i = 0; i < GroupCount; i++) {
        MC_ARM(Ctl, irp);
        status = g_McNpi.Dispatch->WskSocket(g_McNpi.Client, AF_INET, SOCK_DGRAM, IPPROTO_UDP,
                                             WSK_FLAG_DATAGRAM_SOCKET, Ctl, NULL, NULL, NULL,
                                             NULL, irp);
        MC_WAIT(Ctl, irp, status);
        if (!NT_SUCCESS(status)) {
            break;
        }
        Ctl->Groups[i] = (PWSK_SOCKET)irp->IoStatus.Information;

        MC_ARM(Ctl, irp);
        status = MC_DGRAM(Ctl->Groups[i])->WskControlSocket(Ctl->Groups[i],
                                                            WskSetOption,
                                                            SO_WSK_SECURITY,
                                                            SOL_SOCKET,
                                                            sizeof(PSECURITY_DESCRIPTOR),
                                                            &Ctl->GroupSd,
                                                            0,
                                                            NULL,
                                                            NULL,
                                                            irp);
        MC_WAIT(Ctl, irp, status);
        if (!NT_SUCCESS(status)) {
            break;
        }

        MC_ARM(Ctl, irp);
        status = MC_DGRAM(Ctl->Groups[i])->WskBind(Ctl->Groups[i],
                                                   (PSOCKADDR)&Ctl->GroupAddress[i],
                                                   0,
                                                   irp);
        MC_WAIT(Ctl, irp, status);
        if (!NT_SUCCESS(status)) {
            break;
        }
    }

    IoFreeIrp(irp);
    return status;
}

//
// Uplink to the rendezvous server, created with the service descriptor.
//
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
McOpenUplink(
    _Inout_ PMC_CONTROL Ctl
    )
{
    NTSTATUS status;
    PIRP irp;

    irp = IoAllocateIrp(1, FALSE);
    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }

    MC_ARM(Ctl, irp);
    status = g_McNpi.Dispatch->WskSocket(g_McNpi.Client,
                                         AF_INET,
                                         SOCK_STREAM,
                                         IPPROTO_TCP,
                                         WSK_FLAG_CONNECTION_SOCKET,
                                         Ctl,
                                         NULL,
                                         NULL,
                                         NULL,
                                         Ctl->ServiceSd,
                                         irp);
    MC_WAIT(Ctl, irp, status);
    if (NT_SUCCESS(status)) {
        Ctl->Uplink = (PWSK_SOCKET)irp->IoStatus.Information;
    }

    IoFreeIrp(irp);
    return status;
}

//
// Used when the service descriptor could not be cached: the socket gets
// the built-in default descriptor instead.
//
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
McOpenFallbackSocket(
    _Inout_ PMC_CONTROL Ctl,
    _Out_ PWSK_SOCKET *Socket
    )
{
    NTSTATUS status;
    PIRP irp;

    *Socket = NULL;

    irp = IoAllocateIrp(1, FALSE);
    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }

    MC_ARM(Ctl, irp);
    status = g_McNpi.Dispatch->WskSocket(g_McNpi.Client,
                                         AF_INET,
                                         SOCK_STREAM,
                                         IPPROTO_TCP,
                                         WSK_FLAG_CONNECTION_SOCKET,
                                         Ctl,
                                         NULL,
                                         NULL,
                                         NULL,
                                         &g_McDefaultSd,    /* BUG WSK011: a SECURITY_DESCRIPTOR object, not a cached copy */
                                         irp);
    MC_WAIT(Ctl, irp, status);
    if (NT_SUCCESS(status)) {
        *Socket = (PWSK_SOCKET)irp->IoStatus.Information;
    }

    IoFreeIrp(irp);
    return status;
}
