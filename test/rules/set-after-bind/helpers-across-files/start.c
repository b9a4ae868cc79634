#include "endpoint.h"

NTSTATUS
EpStartWrongOrder(PENDPOINT Endpoint)
{
    NTSTATUS status;

    status = EpBind(Endpoint);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    return EpSecure(Endpoint);
//         ^^^^^^^^ WSK007 EpSecure applies SO_WSK_SECURITY to Endpoint->Socket too late
//         no fix: a helper's set is never moved
}

NTSTATUS
EpStartThenSetDirectly(PENDPOINT Endpoint)
{
    NTSTATUS status = EpBind(Endpoint);

    if (!NT_SUCCESS(status)) {
        return status;
    } IoReuseIrp(Endpoint->Irp, STATUS_UNSUCCESSFUL); IoSetCompletionRoutine(Endpoint->Irp, SyncDone, NULL, TRUE, TRUE, TRUE);
    return EP_CONNECTION(Endpoint)->Basic.WskControlSocket(Endpoint->Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET,
//                                        ^^^^^^^^^^^^^^^^ WSK007 already bound
//                                        no fix: the set is a return
                                                           sizeof(PSECURITY_DESCRIPTOR), &Endpoint->CachedSd, 0, NULL, NULL,
                                                           Endpoint->Irp);
}

NTSTATUS
EpStartRightOrder(PENDPOINT Endpoint)
{
    NTSTATUS status;

    status = EpSecure(Endpoint);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    return EpBind(Endpoint);
}

NTSTATUS
EpRetry(PENDPOINT Endpoint)
{
    NTSTATUS status = EpBind(Endpoint);

    if (!NT_SUCCESS(status)) {
        /* The bind failed: securing and binding again is fine. */
        status = EpSecure(Endpoint);
    }
    return status;
}

VOID
EpUnload(PENDPOINT Endpoint)
{
    g_Unused = Endpoint;
}
