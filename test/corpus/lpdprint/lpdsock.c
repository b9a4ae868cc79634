/*++

Copyright (c) 2009  Northwind Printing Systems

Module Name:

    lpdsock.c

Abstract:

    Listening socket of the LPD gateway: created, restricted to the
    spooler descriptor, then bound and put in listening mode. Accepted
    connections are audited: the descriptor they inherited is read back
    and its length logged.

Environment:

    Kernel mode only, PASSIVE_LEVEL.

--*/

#include "lpd.h"

#ifdef ALLOC_PRAGMA
#pragma alloc_text(PAGE, LpdCreateListener)
#pragma alloc_text(PAGE, LpdAcceptOne)
#pragma alloc_text(PAGE, LpdCloseSocket)
#endif

NTSTATUS
LpdCreateListener(
    IN PLPD_DEVICE_EXTENSION Extension,
    IN PSOCKADDR_IN LocalAddress
    )
{
    NTSTATUS Status;
    PIRP Irp = NULL;
    PWSK_SOCKET Socket;
    ULONG Exclusive = 1;

    PAGED_CODE();

    Irp = IoAllocateIrp(1, FALSE);
    if (!Irp) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }

    IoSetCompletionRoutine(Irp, LpdCompletionRoutine, &Extension->CompletionEvent, TRUE, TRUE, TRUE);
    Status = Extension->WskProvider.Dispatch->WskSocket(
                 Extension->WskProvider.Client,
                 AF_INET,
                 SOCK_STREAM,
                 IPPROTO_TCP,
                 WSK_FLAG_LISTEN_SOCKET,
                 Extension,
                 NULL,
                 NULL,
                 NULL,
                 NULL,
                 Irp);
    Status = LpdWaitForIrp(Extension, Irp, Status);
    if (!NT_SUCCESS(Status)) {
        IoFreeIrp(Irp);
        return Status;
    }
    Socket = (PWSK_SOCKET)Irp->IoStatus.Information;

    //
    // Exclusive use of the port (a ULONG option, 4 bytes by definition).
    //
    IoReuseIrp(Irp, STATUS_UNSUCCESSFUL);
    IoSetCompletionRoutine(Irp, LpdCompletionRoutine, &Extension->CompletionEvent, TRUE, TRUE, TRUE);
    Status = LPD_LISTEN(Socket)->WskControlSocket(Socket,
                                                  WskSetOption,
                                                  SO_EXCLUSIVEADDRUSE,
                                                  SOL_SOCKET,
                                                  4,
                                                  &Exclusive,
                                                  0,
                                                  NULL,
                                                  NULL,
                                                  Irp);
    Status = LpdWaitForIrp(Extension, Irp, Status);
    if (!NT_SUCCESS(Status)) {
        goto CloseAndFail;
    }

    //
    // Restrict the socket before it is bound.
    //
    IoReuseIrp(Irp, STATUS_UNSUCCESSFUL);
    IoSetCompletionRoutine(Irp, LpdCompletionRoutine, &Extension->CompletionEvent, TRUE, TRUE, TRUE);
    Status = LPD_LISTEN(Socket)->WskControlSocket(Socket,
                                                  WskSetOption,
                                                  SO_WSK_SECURITY,
                                                  SOL_SOCKET,
                                                  sizeof(Extension->SpoolerSd),
                                                  &Extension->SpoolerSd,
                                                  0,
                                                  NULL,
                                                  NULL,
                                                  Irp);
    Status = LpdWaitForIrp(Extension, Irp, Status);
    if (!NT_SUCCESS(Status)) {
        goto CloseAndFail;
    }

    IoReuseIrp(Irp, STATUS_UNSUCCESSFUL);
    IoSetCompletionRoutine(Irp, LpdCompletionRoutine, &Extension->CompletionEvent, TRUE, TRUE, TRUE);
    Status = LPD_LISTEN(Socket)->WskBind(Socket, (PSOCKADDR)LocalAddress, 0, Irp);
    Status = LpdWaitForIrp(Extension, Irp, Status);
    if (!NT_SUCCESS(Status)) {
        goto CloseAndFail;
    }

    //
    // A listening socket needs no WskListen call: WSK_FLAG_LISTEN_SOCKET
    // sockets listen once bound. The descriptor is read back for the log
    // only in checked builds.
    //
#if DBG
    {
        PSECURITY_DESCRIPTOR Applied = NULL;

        IoReuseIrp(Irp, STATUS_UNSUCCESSFUL);
        IoSetCompletionRoutine(Irp, LpdCompletionRoutine, &Extension->CompletionEvent, TRUE, TRUE, TRUE);
        Status = LPD_LISTEN(Socket)->WskControlSocket(Socket,
                                                      WskGetOption,
                                                      SO_WSK_SECURITY,
                                                      SOL_SOCKET,
                                                      0,
                                                      NULL,
                                                      sizeof(Applied),
                                                      &Applied,
                                                      NULL,
                                                      Irp);
        Status = LpdWaitForIrp(Extension, Irp, Status);
        if (NT_SUCCESS(Status)) {
            DbgPrint("lpd: listener descriptor %p\n", Applied);
            Extension->WskProvider.Dispatch->WskControlClient(Extension->WskProvider.Client,
                                                              WSK_RELEASE_SD,
                                                              sizeof(PSECURITY_DESCRIPTOR),
                                                              &Applied,
                                                              0,
                                                              NULL,
                                                              NULL,
                                                              NULL);
        }
        Status = STATUS_SUCCESS;
    }
#endif

    Extension->ListenSocket = Socket;
    IoFreeIrp(Irp);
    return STATUS_SUCCESS;

CloseAndFail:
    IoFreeIrp(Irp);
    LpdCloseSocket(Extension, Socket);
    return Status;
}

/*++

Routine Description:

    Accepts one connection and audits it: an accepted socket inherits the
    listening socket's descriptor, which is read (not set) here.

--*/
NTSTATUS
LpdAcceptOne(
    IN PLPD_DEVICE_EXTENSION Extension,
    OUT PLPD_PEER_INFO PeerInfo OPTIONAL
    )
{
    NTSTATUS Status;
    PIRP Irp;
    PWSK_SOCKET Accepted;
    PSECURITY_DESCRIPTOR PeerSd = NULL;
    SOCKADDR_IN Remote;

    PAGED_CODE();

    Irp = IoAllocateIrp(1, FALSE);
    if (Irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }

    IoSetCompletionRoutine(Irp, LpdCompletionRoutine, &Extension->CompletionEvent, TRUE, TRUE, TRUE);
    Status = LPD_LISTEN(Extension->ListenSocket)->WskAccept(Extension->ListenSocket,
                                                            0,
                                                            NULL,
                                                            NULL,
                                                            NULL,
                                                            (PSOCKADDR)&Remote,
                                                            Irp);
    Status = LpdWaitForIrp(Extension, Irp, Status);
    if (!NT_SUCCESS(Status)) {
        IoFreeIrp(Irp);
        return Status;
    }
    Accepted = (PWSK_SOCKET)Irp->IoStatus.Information;
    Extension->AcceptedCount++;

    IoReuseIrp(Irp, STATUS_UNSUCCESSFUL);
    IoSetCompletionRoutine(Irp, LpdCompletionRoutine, &Extension->CompletionEvent, TRUE, TRUE, TRUE);
    Status = LPD_CONNECTION(Accepted)->WskControlSocket(Accepted,
                                                       WskGetOption,
                                                       SO_WSK_SECURITY,
                                                       SOL_SOCKET,
                                                       0,
                                                       NULL,
                                                       sizeof(PVOID),
                                                       &PeerSd,
                                                       NULL,
                                                       Irp);
    Status = LpdWaitForIrp(Extension, Irp, Status);
    IoFreeIrp(Irp);

    if (ARGUMENT_PRESENT(PeerInfo)) {
        RtlCopyMemory(&PeerInfo->Remote, &Remote, sizeof(SOCKADDR_IN));
        PeerInfo->HasDescriptor = (BOOLEAN)(PeerSd != NULL);
        PeerInfo->DescriptorLength = 0;
    }

    if (PeerSd != NULL) {
        if (ARGUMENT_PRESENT(PeerInfo)) {
            PeerInfo->DescriptorLength = RtlLengthSecurityDescriptor(PeerSd);
        }
        Extension->WskProvider.Dispatch->WskControlClient(Extension->WskProvider.Client,
                                                          WSK_RELEASE_SD,
                                                          sizeof(PSECURITY_DESCRIPTOR),
                                                          &PeerSd,
                                                          0,
                                                          NULL,
                                                          NULL,
                                                          NULL);
        PeerSd = NULL;
    }

    //
    // The gateway only audits here; the connection is served by the
    // spooler through the accepted socket, closed when the job is done.
    //
    LpdCloseSocket(Extension, Accepted);
    return NT_SUCCESS(Status) ? STATUS_SUCCESS : Status;
}

VOID
LpdCloseSocket(
    IN PLPD_DEVICE_EXTENSION Extension,
    IN PWSK_SOCKET Socket
    )
{
    PIRP Irp;

    PAGED_CODE();

    Irp = IoAllocateIrp(1, FALSE);
    if (Irp == NULL) {
        return;
    }

    IoSetCompletionRoutine(Irp, LpdCompletionRoutine, &Extension->CompletionEvent, TRUE, TRUE, TRUE);
    (VOID)LpdWaitForIrp(Extension, Irp, LPD_CONNECTION(Socket)->WskCloseSocket(Socket, Irp));
    IoFreeIrp(Irp);
}
