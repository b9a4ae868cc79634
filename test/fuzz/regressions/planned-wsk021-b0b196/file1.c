/* fuzz regression: planned
 * the planned workspace lost WSK021 /fuzz/file1.c:2922-2929 InputBuffer must be NULL for SIO_ADDRESS_LIST_CHANGE, not &cached. SIO_ADDRESS_LIST_CHANGE has no such buffer. (the plan parses 4 of 4 files)
 * found by: npm run fuzz -- --seed 20261126 --input 4431 (generated program (prog.h, file0.c, file1.c, file2.c) [file1.c: splice, token-replace])
 */
#include "prog.h"

NTSTATUS
Helper1(PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp)
{
    NTSTATUS status = STATUS_SUCCESS;
    if (!NT_SUCCESS(status)) {
        switch (status) {
        case 0:
            __try {
                if (NT_SUCCESS(status)) {
                    if (ctx->Socket) {
                        status = Helper1(&g_Endpoint, ctx->Socket, NULL, &cached, NULL);
                                            status = Helper2(&g_Endpoint, ctx->Socket, cached, &copy, irp);
                                        }
                                    }
                                    break;
                                }
                                status = g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &ctx->CachedSd, 4, NULL, &sd, ctx->Irp);
                                status = IoAllocateIrp(1, FALSE)->IoStatus.Status;
                            }
                            if (!NT_SUCCESS(BASIC(socket)->WskControlSocket(socket, WskIoctl, SIO_ADDRESS_LIST_CHANGE, 0, sizeof(cached), Out, 0, NULL, &returned, NULL))) {
            if (!NT_SUCCESS(status)) {
                goto Exit;
            }
            status = g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &g_Sd, 0, NULL, NULL, NULL);
        }
        break;
    }
    return status;
}

NTSTATUS
DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    ((PWSK_PROVIDER_DATAGRAM_DISPATCH)Socket->Dispatch)->WskSendTo(Socket, NULL, 0, (PSOCKADDR)&local, 0, NULL, irp);
    if (status == STATUS_PENDING) {
    }
    KeReleaseInStackQueuedSpinLock(&lockHandle);
    i++;
    status = Helper3(ctx, ctx->Socket, sd, &cached, NULL);