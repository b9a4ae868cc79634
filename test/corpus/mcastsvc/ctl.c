/*++

Module Name:

    ctl.c

Abstract:

    TCP control endpoint and peer audits of the discovery service.

--*/

#include "mcast.h"

//
// The control socket is bound by the caller (McOpenControl); this starts
// listening and then restricts who may share the port.
//
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
McListenAndSecure(
    _Inout_ PMC_CONTROL Ctl,
    _In_ PWSK_SOCKET Socket
    )
{
    NTSTATUS status;
    PIRP irp;

    irp = IoAllocateIrp(1, FALSE);
    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }

    MC_ARM(Ctl, irp);
    status = MC_CONN(Socket)->WskListen(Socket, irp);
    MC_WAIT(Ctl, irp, status);

    if (NT_SUCCESS(status)) {
        MC_ARM(Ctl, irp);
        status = MC_CONN(Socket)->WskControlSocket(Socket,    /* BUG WSK007: a listening socket is bound */
                                                   WskSetOption,
                                                   SO_WSK_SECURITY,
                                                   SOL_SOCKET,
                                                   sizeof(PSECURITY_DESCRIPTOR),
                                                   &Ctl->ServiceSd,
                                                   0,
                                                   NULL,
                                                   NULL,
                                                   irp);
        MC_WAIT(Ctl, irp, status);
    }

    IoFreeIrp(irp);
    return status;
}

_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
McConnectPeer(
    _Inout_ PMC_CONTROL Ctl,
    _In_ PWSK_SOCKET Socket,
    _In_ PSOCKADDR Remote
    )
{
    NTSTATUS status;
    PIRP irp;

    irp = IoAllocateIrp(1, FALSE);
    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }

    MC_ARM(Ctl, irp);
    status = MC_CONN(Socket)->WskConnect(Socket, Remote, 0, irp);
    MC_WAIT(Ctl, irp, status);
    if (!NT_SUCCESS(status)) {
        IoFreeIrp(irp);
        return status;
    }

    // Peers only talk to SYSTEM: tighten the connected socket.
    MC_ARM(Ctl, irp);
    status = MC_CONN(Socket)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET,   /* BUG WSK007: WskConnect bound the socket */
                                               sizeof(PSECURITY_DESCRIPTOR), &Ctl->ServiceSd,
                                               0, NULL, NULL, irp);
    MC_WAIT(Ctl, irp, status);

    if (NT_SUCCESS(status) && Ctl->PeerCount < MC_MAX_PEERS) {
        Ctl->Peers[Ctl->PeerCount++] = Socket;
    }

    IoFreeIrp(irp);
    return status;
}

//
// Looks for a peer connection that carries Target.
//
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
McFindPeerWithDescriptor(
    _In_ PMC_CONTROL Ctl,
    _In_ PSECURITY_DESCRIPTOR Target,
    _Out_ PULONG Index
    )
{
    NTSTATUS status;
    PSECURITY_DESCRIPTOR sd;
    BOOLEAN found = FALSE;
    PIRP irp;
    ULONG i;

    *Index = MAXULONG;

    irp = IoAllocateIrp(1, FALSE);
    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }

    for (i = 0; i < Ctl->PeerCount; i++) {
        sd = NULL;

        MC_ARM(Ctl, irp);
        status = MC_CONN(Ctl->Peers[i])->WskControlSocket(Ctl->Peers[i],
                                                          WskGetOption,
                                                          SO_WSK_SECURITY,
                                                          SOL_SOCKET,
                                                          0,
                                                          NULL,
                                                          sizeof(sd),
                                                          &sd,
                                                          NULL,
                                                          irp);
        MC_WAIT(Ctl, irp, status);
        if (!NT_SUCCESS(status)) {
            continue;
        }

        if (sd == Target) {
            *Index = i;
            found = TRUE;
            break;
        }

        MC_RELEASE_SD(&sd);
    }

    IoFreeIrp(irp);
    return found ? STATUS_SUCCESS : STATUS_NOT_FOUND;     /* BUG WSK008: the matching copy is kept after the break */
}

//
// Checks that a group socket still carries the group descriptor.
//
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
McAuditGroup(
    _Inout_ PMC_CONTROL Ctl,
    _In_ ULONG Group
    )
{
    NTSTATUS status = STATUS_SUCCESS;
    PSECURITY_DESCRIPTOR sd = NULL;
    PIRP irp = NULL;

    __try {
        irp = IoAllocateIrp(1, FALSE);
        if (irp == NULL) {
            status = STATUS_INSUFFICIENT_RESOURCES;
            __leave;
        }

        MC_ARM(Ctl, irp);
        status = MC_DGRAM(Ctl->Groups[Group])->WskControlSocket(Ctl->Groups[Group],
                                                                WskGetOption,
                                                                SO_WSK_SECURITY,
                                                                SOL_SOCKET,
                                                                0,
                                                                NULL,
                                                                sizeof(PSECURITY_DESCRIPTOR),
                                                                &sd,
                                                                NULL,
                                                                irp);
        MC_WAIT(Ctl, irp, status);
        if (!NT_SUCCESS(status)) {
            __leave;
        }

        if (sd != Ctl->GroupSd) {
            Ctl->AuditMismatch = TRUE;
            __leave;
        }

        MC_RELEASE_SD(&sd);
    } __finally {
        if (irp != NULL) {
            IoFreeIrp(irp);
        }
    }

    return status;      /* BUG WSK008: the copy leaks through the __leave on a mismatch */
}

//
// Re-applies a fresh copy of Template to a group socket that is being
// recreated (not bound yet).
//
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
McRelabelGroup(
    _Inout_ PMC_CONTROL Ctl,
    _In_ PWSK_SOCKET Socket,
    _In_ PSECURITY_DESCRIPTOR Template
    )
{
    NTSTATUS status;
    PSECURITY_DESCRIPTOR cachedSd = NULL;
    PIRP irp;

    status = g_McNpi.Dispatch->WskControlClient(g_McNpi.Client, WSK_CACHE_SD,
                                                sizeof(PSECURITY_DESCRIPTOR), &Template,
                                                sizeof(PSECURITY_DESCRIPTOR), &cachedSd,
                                                NULL, NULL);
    if (!NT_SUCCESS(status)) {
        return status;
    }

    irp = IoAllocateIrp(1, FALSE);
    if (irp == NULL) {
        MC_RELEASE_SD(&cachedSd);
        return STATUS_INSUFFICIENT_RESOURCES;
    }

    // The group table keeps Ctl->GroupSd; the private copy is not needed
    // past this point.
    MC_RELEASE_SD(&cachedSd);

    MC_ARM(Ctl, irp);
    status = MC_DGRAM(Socket)->WskControlSocket(Socket,
                                                WskSetOption,
                                                SO_WSK_SECURITY,
                                                SOL_SOCKET,
                                                sizeof(PSECURITY_DESCRIPTOR),
                                                &cachedSd,      /* BUG WSK009: used after its release above */
                                                0,
                                                NULL,
                                                NULL,
                                                irp);
    MC_WAIT(Ctl, irp, status);

    IoFreeIrp(irp);
    return status;
}
