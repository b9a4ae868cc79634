/* valid: no findings */
#include "wsk.h"

/*
 * A retry loop that applies the descriptor and then binds, both through helpers: the loop goes round
 * only when the bind failed, so the socket is never bound at the set. Inlined, the same code yields
 * nothing; through the helpers, the set is reported as after the bind (WSK007).
 */

typedef struct _TUNNEL {
    PWSK_SOCKET Socket;
    PIRP Irp;
    KEVENT Event;
    PSECURITY_DESCRIPTOR SessionSd;
    SOCKADDR_IN Local;
} TUNNEL, *PTUNNEL;

NTSTATUS
SecureSocket(PTUNNEL Tunnel)
{
    return ((PWSK_PROVIDER_BASIC_DISPATCH)Tunnel->Socket->Dispatch)->WskControlSocket(Tunnel->Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET,
                                                                                     sizeof(PSECURITY_DESCRIPTOR), &Tunnel->SessionSd, 0, NULL, NULL, Tunnel->Irp);
}

NTSTATUS
BindSocket(PTUNNEL Tunnel)
{
    return ((PWSK_PROVIDER_CONNECTION_DISPATCH)Tunnel->Socket->Dispatch)->WskBind(Tunnel->Socket, (PSOCKADDR)&Tunnel->Local, 0, Tunnel->Irp);
}

NTSTATUS
OpenInRange(PTUNNEL Tunnel, USHORT FirstPort)
{
    NTSTATUS status = STATUS_UNSUCCESSFUL;
    ULONG attempt;

    for (attempt = 0; attempt < 8; attempt++) {
        status = SecureSocket(Tunnel);
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&Tunnel->Event, Executive, KernelMode, FALSE, NULL);
            status = Tunnel->Irp->IoStatus.Status;
        }
        if (!NT_SUCCESS(status)) {
            break;
        }
        Tunnel->Local.sin_port = (USHORT)(FirstPort + attempt);
        status = BindSocket(Tunnel);
        if (status == STATUS_PENDING) {
            KeWaitForSingleObject(&Tunnel->Event, Executive, KernelMode, FALSE, NULL);
            status = Tunnel->Irp->IoStatus.Status;
        }
        if (NT_SUCCESS(status)) {
            break;
        }
        if (status != STATUS_ADDRESS_ALREADY_EXISTS) {
            break;
        }
    }
    return status;
}
