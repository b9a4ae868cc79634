/*++

Module Name:

    listener.c

Abstract:

    Creates a listening WSK socket whose address is protected by a security descriptor.

Environment:

    Kernel mode only.

--*/

#include "listener.h"

WSK_PROVIDER_NPI g_ProviderNpi;

IO_COMPLETION_ROUTINE ListenerIrpCompletion;

_Use_decl_annotations_
NTSTATUS
ListenerIrpCompletion(
    PDEVICE_OBJECT Reserved,
    PIRP Irp,
    PVOID Context
    )
{
    UNREFERENCED_PARAMETER(Reserved);
    UNREFERENCED_PARAMETER(Irp);

    KeSetEvent((PKEVENT)Context, IO_NO_INCREMENT, FALSE);
    return STATUS_MORE_PROCESSING_REQUIRED;
}

static
NTSTATUS
ListenerWait(
    _In_ PLISTENER_CONTEXT Context,
    _In_ PIRP Irp,
    _In_ NTSTATUS Status
    )
{
    if (Status == STATUS_PENDING) {
        KeWaitForSingleObject(&Context->CompletionEvent, Executive, KernelMode, FALSE, NULL);
        Status = Irp->IoStatus.Status;
    }
    return Status;
}

_Must_inspect_result_
static
NTSTATUS
ListenerCacheDescriptor(
    _Inout_ PLISTENER_CONTEXT Context,
    _In_ PSECURITY_DESCRIPTOR Descriptor,
    _In_ PIRP Irp
    )
{
    //
    // WSK_CACHE_SD completes synchronously: it takes no IRP.
    //
    return g_ProviderNpi.Dispatch->WskControlClient(
        g_ProviderNpi.Client,
        WSK_CACHE_SD,
        sizeof(PSECURITY_DESCRIPTOR),
        &Descriptor,
        sizeof(PSECURITY_DESCRIPTOR),
        &Context->CachedSd,
        NULL,
        Irp);
}

_Use_decl_annotations_
NTSTATUS
ListenerStart(
    PLISTENER_CONTEXT Context,
    PSECURITY_DESCRIPTOR Descriptor
    )
{
    NTSTATUS status;
    PIRP irp;

    PAGED_CODE();

    irp = IoAllocateIrp(1, FALSE);
    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    KeInitializeEvent(&Context->CompletionEvent, NotificationEvent, FALSE);
    IoSetCompletionRoutine(irp, ListenerIrpCompletion, &Context->CompletionEvent, TRUE, TRUE, TRUE);

    status = ListenerCacheDescriptor(Context, Descriptor, irp);
    EXIT_IF_FAILED(status);

    //
    // Apply the cached descriptor before the bind: it decides who may share the address.
    //
    IoReuseIrp(irp, STATUS_UNSUCCESSFUL);
    IoSetCompletionRoutine(irp, ListenerIrpCompletion, &Context->CompletionEvent, TRUE, TRUE, TRUE);
    status = WSK_BASIC(Context->Socket)->WskControlSocket(
        Context->Socket,
        WskSetOption,
        SO_WSK_SECURITY,
        SOL_SOCKET,
        sizeof(SECURITY_DESCRIPTOR),
        Context->CachedSd,
        0,
        NULL,
        NULL,
        irp);
    status = ListenerWait(Context, irp, status);
    EXIT_IF_FAILED(status);

    IoReuseIrp(irp, STATUS_UNSUCCESSFUL);
    IoSetCompletionRoutine(irp, ListenerIrpCompletion, &Context->CompletionEvent, TRUE, TRUE, TRUE);
    status = WSK_LISTEN(Context->Socket)->WskBind(
        Context->Socket, (PSOCKADDR)&Context->LocalAddress, 0, irp);
    status = ListenerWait(Context, irp, status);

Exit:
    IoFreeIrp(irp);
    return status;
}

_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
ListenerReadBack(
    _In_ PLISTENER_CONTEXT Context,
    _Out_ PSECURITY_DESCRIPTOR *Copy
    )
{
    //
    // SO_WSK_SECURITY completes through an IRP, even for a get.
    //
    return WSK_BASIC(Context->Socket)->WskControlSocket(
        Context->Socket,
        WskGetOption,
        SO_WSK_SECURITY,
        IPPROTO_TCP,
        0,
        NULL,
        sizeof(PSECURITY_DESCRIPTOR),
        Copy,
        NULL,
        NULL);
}

_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
ListenerSecureAccepted(
    _In_ PWSK_SOCKET ListenSocket,
    _In_ PSECURITY_DESCRIPTOR Descriptor,
    _Inout_ PIRP Irp,
    _In_ PKEVENT Done
    )
{
    PSECURITY_DESCRIPTOR cached = NULL;
    PWSK_SOCKET accepted;
    NTSTATUS status;

    status = g_ProviderNpi.Dispatch->WskControlClient(
        g_ProviderNpi.Client,
        WSK_CACHE_SD,
        sizeof(PSECURITY_DESCRIPTOR),
        &Descriptor,
        sizeof(PSECURITY_DESCRIPTOR),
        &cached,
        NULL,
        NULL);
    if (!NT_SUCCESS(status)) {
        return status;
    }

    status = WSK_LISTEN(ListenSocket)->WskAccept(ListenSocket, 0, NULL, NULL, NULL, NULL, Irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(Done, Executive, KernelMode, FALSE, NULL);
        status = Irp->IoStatus.Status;
    }
    if (!NT_SUCCESS(status)) {
        return status;
    }

    accepted = (PWSK_SOCKET)Irp->IoStatus.Information;
    IoReuseIrp(Irp, STATUS_UNSUCCESSFUL);
    status = WSK_BASIC(accepted)->WskControlSocket(
        accepted,
        WskSetOption,
        SO_WSK_SECURITY,
        SOL_SOCKET,
        sizeof(PSECURITY_DESCRIPTOR),
        &cached,
        0,
        NULL,
        NULL,
        Irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(Done, Executive, KernelMode, FALSE, NULL);
        status = Irp->IoStatus.Status;
    }

    g_ProviderNpi.Dispatch->WskControlClient(
        g_ProviderNpi.Client,
        WSK_RELEASE_SD,
        sizeof(PSECURITY_DESCRIPTOR),
        &cached,
        0,
        NULL,
        NULL,
        NULL);
    return status;
}
