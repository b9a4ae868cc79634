/*++

Module Name:

    selftest.c

Abstract:

    Power-on self test of the replication driver: first against the
    loopback shim, then one round trip against the real WSK provider.

--*/

#include "lbshim.h"

typedef struct _LB_TEST_CONTEXT {
    PWSK_PROVIDER_NPI       Npi;            // the real provider
    PSECURITY_DESCRIPTOR    TestSd;         // cached copy used by LbTestRealProvider
    KEVENT                  Event;
    ULONG                   Failures;
} LB_TEST_CONTEXT, *PLB_TEST_CONTEXT;

static IO_COMPLETION_ROUTINE LbTestComplete;

static
NTSTATUS
LbTestComplete(
    _In_ PDEVICE_OBJECT DeviceObject,
    _In_ PIRP Irp,
    _In_ PVOID Context
    )
{
    UNREFERENCED_PARAMETER(DeviceObject);
    UNREFERENCED_PARAMETER(Irp);
    KeSetEvent((PKEVENT)Context, IO_NO_INCREMENT, FALSE);
    return STATUS_MORE_PROCESSING_REQUIRED;
}

#define LB_EXPECT(_ctx, _cond)                                          \
    if (!(_cond)) {                                                     \
        (_ctx)->Failures++;                                             \
        DbgPrintEx(DPFLTR_IHVDRIVER_ID, DPFLTR_ERROR_LEVEL,             \
                   "lbshim: self test failed: %s (line %d)\n",          \
                   #_cond, __LINE__);                                   \
    }

//
// The emulated socket's operations table is synchronous and takes the
// absolute descriptor itself; there is no IRP and no cached copy here.
//
static
VOID
LbTestEmulatedSecurity(
    _Inout_ PLB_TEST_CONTEXT Ctx
    )
{
    NTSTATUS status;
    PLB_SOCKET sock;
    SECURITY_DESCRIPTOR absolute;
    SECURITY_DESCRIPTOR readBack;
    SIZE_T returned = 0;

    status = RtlCreateSecurityDescriptor(&absolute, SECURITY_DESCRIPTOR_REVISION);
    LB_EXPECT(Ctx, NT_SUCCESS(status));

    status = LbCreateSocket(&sock);
    if (!NT_SUCCESS(status)) {
        Ctx->Failures++;
        return;
    }

    status = sock->Ops->WskControlSocket(sock,
                                         WskSetOption,
                                         SO_WSK_SECURITY,
                                         SOL_SOCKET,
                                         sizeof(SECURITY_DESCRIPTOR),
                                         &absolute,
                                         0,
                                         NULL,
                                         NULL);
    LB_EXPECT(Ctx, NT_SUCCESS(status));

    status = sock->Ops->WskControlSocket(sock, WskGetOption, SO_WSK_SECURITY, IPPROTO_TCP,
                                         0, NULL, sizeof(readBack), &readBack, &returned);
    LB_EXPECT(Ctx, status == STATUS_NOT_SUPPORTED);

    status = sock->Ops->WskControlSocket(sock, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET,
                                         0, NULL, sizeof(readBack), &readBack, &returned);
    LB_EXPECT(Ctx, NT_SUCCESS(status) && returned == sizeof(SECURITY_DESCRIPTOR));

    sock->Bound = TRUE;
    status = sock->Ops->WskControlSocket(sock, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET,
                                         sizeof(SECURITY_DESCRIPTOR), &absolute, 0, NULL, NULL);
    LB_EXPECT(Ctx, status == STATUS_INVALID_DEVICE_STATE);

    sock->Ops->WskCloseSocket(sock);
}

//
// One real socket: the cached test descriptor is applied before the bind,
// read back, and the read-back copy released.
//
static
NTSTATUS
LbTestRealProvider(
    _Inout_ PLB_TEST_CONTEXT Ctx
    )
{
    NTSTATUS status;
    PWSK_SOCKET socket = NULL;
    PSECURITY_DESCRIPTOR current = NULL;
    SOCKADDR_IN local;
    PIRP irp;

    irp = IoAllocateIrp(1, FALSE);
    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }

    KeInitializeEvent(&Ctx->Event, SynchronizationEvent, FALSE);
    IoSetCompletionRoutine(irp, LbTestComplete, &Ctx->Event, TRUE, TRUE, TRUE);
    status = Ctx->Npi->Dispatch->WskSocket(Ctx->Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP,
                                           WSK_FLAG_CONNECTION_SOCKET, Ctx, NULL, NULL, NULL,
                                           NULL, irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(&Ctx->Event, Executive, KernelMode, FALSE, NULL);
        status = irp->IoStatus.Status;
    }
    if (!NT_SUCCESS(status)) {
        goto Exit;
    }
    socket = (PWSK_SOCKET)irp->IoStatus.Information;

    IoReuseIrp(irp, STATUS_UNSUCCESSFUL);
    IoSetCompletionRoutine(irp, LbTestComplete, &Ctx->Event, TRUE, TRUE, TRUE);
    status = WSK_BASIC(socket)->WskControlSocket(socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET,
                                                 LB_SD_SIZE, &Ctx->TestSd, 0, NULL, NULL, irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(&Ctx->Event, Executive, KernelMode, FALSE, NULL);
        status = irp->IoStatus.Status;
    }
    if (!NT_SUCCESS(status)) {
        goto Exit;
    }

    RtlZeroMemory(&local, sizeof(local));
    local.sin_family = AF_INET;
    local.sin_addr.s_addr = RtlUlongByteSwap(INADDR_LOOPBACK);

    IoReuseIrp(irp, STATUS_UNSUCCESSFUL);
    IoSetCompletionRoutine(irp, LbTestComplete, &Ctx->Event, TRUE, TRUE, TRUE);
    status = ((PWSK_PROVIDER_CONNECTION_DISPATCH)socket->Dispatch)->WskBind(socket, (PSOCKADDR)&local, 0, irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(&Ctx->Event, Executive, KernelMode, FALSE, NULL);
        status = irp->IoStatus.Status;
    }
    if (!NT_SUCCESS(status)) {
        goto Exit;
    }

    IoReuseIrp(irp, STATUS_UNSUCCESSFUL);
    IoSetCompletionRoutine(irp, LbTestComplete, &Ctx->Event, TRUE, TRUE, TRUE);
    status = WSK_BASIC(socket)->WskControlSocket(socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET,
                                                 0, NULL, LB_SD_SIZE, &current, NULL, irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(&Ctx->Event, Executive, KernelMode, FALSE, NULL);
        status = irp->IoStatus.Status;
    }

    LB_EXPECT(Ctx, !NT_SUCCESS(status) || current == Ctx->TestSd);

    if (current) {
        Ctx->Npi->Dispatch->WskControlClient(Ctx->Npi->Client, WSK_RELEASE_SD, LB_SD_SIZE, &current,
                                             0, NULL, NULL, NULL);
    }

Exit:
    if (socket != NULL) {
        IoReuseIrp(irp, STATUS_UNSUCCESSFUL);
        IoSetCompletionRoutine(irp, LbTestComplete, &Ctx->Event, TRUE, TRUE, TRUE);
        if (WSK_BASIC(socket)->WskCloseSocket(socket, irp) == STATUS_PENDING) {
            KeWaitForSingleObject(&Ctx->Event, Executive, KernelMode, FALSE, NULL);
        }
    }
    IoFreeIrp(irp);
    return status;
}

_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
LbRunSelfTest(
    _In_ PWSK_PROVIDER_NPI Npi,
    _In_ PSECURITY_DESCRIPTOR TestTemplate
    )
{
    NTSTATUS status;
    LB_TEST_CONTEXT ctx;

    RtlZeroMemory(&ctx, sizeof(ctx));
    ctx.Npi = Npi;

    LbTestEmulatedSecurity(&ctx);

    status = Npi->Dispatch->WskControlClient(Npi->Client,
                                             WSK_CACHE_SD,
                                             LB_SD_SIZE,
                                             &TestTemplate,
                                             LB_SD_SIZE,
                                             &ctx.TestSd,
                                             NULL,
                                             NULL);
    if (NT_SUCCESS(status)) {
        status = LbTestRealProvider(&ctx);

        Npi->Dispatch->WskControlClient(Npi->Client,
                                        WSK_RELEASE_SD,
                                        LB_SD_SIZE,
                                        &ctx.TestSd,
                                        0,
                                        NULL,
                                        NULL,
                                        NULL);
    }

    if (ctx.Failures != 0) {
        status = STATUS_UNSUCCESSFUL;
    }
    return status;
}
