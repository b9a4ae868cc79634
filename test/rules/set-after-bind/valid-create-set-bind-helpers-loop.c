/* valid: no findings */
#include "wsk.h"

/*
 * A loop that creates a socket, applies the descriptor and binds it, once per group, each request
 * through a helper: every iteration sets a new, unbound socket. Inlined, the same code yields nothing;
 * through the three helpers neither (once a WSK007: the helpers' statuses are their WSK calls').
 */

WSK_PROVIDER_NPI g_Npi;

typedef struct _GROUPS {
    PWSK_SOCKET Sockets[4];
    SOCKADDR_IN Addresses[4];
    PSECURITY_DESCRIPTOR GroupSd;
    KEVENT Event;
} GROUPS, *PGROUPS;

NTSTATUS
CreateSocket(PGROUPS Groups, PIRP Irp)
{
    return g_Npi.Dispatch->WskSocket(g_Npi.Client, AF_INET, SOCK_DGRAM, IPPROTO_UDP, WSK_FLAG_DATAGRAM_SOCKET, Groups, NULL, NULL, NULL, NULL, Irp);
}

NTSTATUS
SecureSocket(PGROUPS Groups, ULONG i, PIRP Irp)
{
    return ((PWSK_PROVIDER_BASIC_DISPATCH)Groups->Sockets[i]->Dispatch)->WskControlSocket(Groups->Sockets[i], WskSetOption, SO_WSK_SECURITY, SOL_SOCKET,
                                                                                         sizeof(PSECURITY_DESCRIPTOR), &Groups->GroupSd, 0, NULL, NULL, Irp);
}

NTSTATUS
BindSocket(PGROUPS Groups, ULONG i, PIRP Irp)
{
    return ((PWSK_PROVIDER_CONNECTION_DISPATCH)Groups->Sockets[i]->Dispatch)->WskBind(Groups->Sockets[i], (PSOCKADDR)&Groups->Addresses[i], 0, Irp);
}

NTSTATUS
WaitIrp(PGROUPS Groups, PIRP Irp, NTSTATUS Status)
{
    if (Status == STATUS_PENDING) {
        KeWaitForSingleObject(&Groups->Event, Executive, KernelMode, FALSE, NULL);
        Status = Irp->IoStatus.Status;
    }
    return Status;
}

NTSTATUS
OpenGroups(PGROUPS Groups, PIRP Irp)
{
    NTSTATUS status = STATUS_SUCCESS;
    ULONG i;

    for (i = 0; i < 4; i++) {
        status = WaitIrp(Groups, Irp, CreateSocket(Groups, Irp));
        if (!NT_SUCCESS(status)) {
            break;
        }
        Groups->Sockets[i] = (PWSK_SOCKET)Irp->IoStatus.Information;
        status = WaitIrp(Groups, Irp, SecureSocket(Groups, i, Irp));
        if (!NT_SUCCESS(status)) {
            break;
        }
        status = WaitIrp(Groups, Irp, BindSocket(Groups, i, Irp));
        if (!NT_SUCCESS(status)) {
            break;
        }
    }
    return status;
}
