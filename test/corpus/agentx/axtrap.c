//
// axtrap.c - SNMP trap targets of the AgentX master (UDP 162).
//
// Copyright (c) Litware Networks. All rights reserved.
//

#include "agentx.h"
#include "axmacros.h"

#define AX_TRAP_PORT            162

#ifdef AX_LEGACY_V1
static NTSTATUS AxSecureLegacyTrapSocket(_In_ PAX_AGENT Agent, _In_ PWSK_SOCKET Socket);
#endif

NTSTATUS
AxResolveTarget(
    _In_ PAX_AGENT Agent,
    _Inout_ PAX_TRAP_TARGET Target
    )
{
    UNREFERENCED_PARAMETER(Agent);

    if (Target->Address.sin_addr.s_addr == INADDR_ANY) {
        AX_ERROR("target %p has no address", Target);
        return STATUS_INVALID_ADDRESS;
    }
    if (Target->Address.sin_port == 0) {
        Target->Address.sin_port = RtlUshortByteSwap(AX_TRAP_PORT);
    }
    Target->Address.sin_family = AF_INET;
    return STATUS_SUCCESS;
}

//
// Each trap target gets its own datagram socket, born with a cached copy
// of the target's configured descriptor.
//
NTSTATUS
AxOpenTrapSocket(
    _In_ PAX_AGENT Agent,
    _Inout_ PAX_TRAP_TARGET Target
    )
{
    NTSTATUS status;
    PIRP irp = NULL;
    PSECURITY_DESCRIPTOR targetSd = NULL;
    PWSK_SOCKET socket = NULL;
    SOCKADDR_IN local;

    irp = IoAllocateIrp(1, FALSE);
    AX_CHECK_ALLOC(irp, status);

    status = AX_CACHE_SD(Agent, &Target->Template, &targetSd);
    AX_CHECK(status, "WSK_CACHE_SD");

    status = AxResolveTarget(Agent, Target);
    AX_CHECK(status, "AxResolveTarget");

    AX_REARM(Agent, irp);
    status = Agent->Provider.Dispatch->WskSocket(Agent->Provider.Client, AF_INET, SOCK_DGRAM, IPPROTO_UDP,
                                                 WSK_FLAG_DATAGRAM_SOCKET, Target, NULL, NULL, NULL, targetSd, irp);
    AX_WAIT(Agent, irp, status);
    AX_CHECK(status, "WskSocket");
    socket = (PWSK_SOCKET)irp->IoStatus.Information;

#ifdef AX_LEGACY_V1
    if (Target->Version == 1) {
        status = AxSecureLegacyTrapSocket(Agent, socket);
        AX_CHECK(status, "legacy SO_WSK_SECURITY");
    }
#endif

    RtlZeroMemory(&local, sizeof(local));
    local.sin_family = AF_INET;
    AX_REARM(Agent, irp);
    status = AX_CONN(socket)->WskBind(socket, (PSOCKADDR)&local, 0, irp);
    AX_WAIT(Agent, irp, status);
    AX_CHECK(status, "WskBind");

    Target->Socket = socket;
    socket = NULL;

    //
    // The socket holds its own reference to the descriptor from here on.
    //
    AX_RELEASE_SD(Agent, &targetSd);
    targetSd = NULL;
    AX_INFO("trap target %p ready", Target);

Cleanup:
    if (socket != NULL) {
        AxCloseSocket(Agent, socket, irp);
    }
    if (irp != NULL) {
        IoFreeIrp(irp);
    }
    return status;      /* BUG WSK008: targetSd leaks when AX_CHECK jumps here after AxResolveTarget fails */
}

#ifdef AX_LEGACY_V1
//
// v1 management stations configured the trap policy by the size of the
// descriptor image; the v1 wrapper kept that convention.
//
#undef AX_SD_SIZE
#define AX_SD_SIZE              sizeof(SECURITY_DESCRIPTOR)

static
NTSTATUS
AxSecureLegacyTrapSocket(
    _In_ PAX_AGENT Agent,
    _In_ PWSK_SOCKET Socket
    )
{
    NTSTATUS status;
    PIRP irp;

    irp = IoAllocateIrp(1, FALSE);
    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }

    AX_REARM(Agent, irp);
    status = AX_SET_OPTION(Socket, SOL_SOCKET, SO_WSK_SECURITY, AX_SD_SIZE, &Agent->MasterSd, irp);  /* BUG WSK001: AX_SD_SIZE is redefined above as sizeof(SECURITY_DESCRIPTOR) */
    AX_WAIT(Agent, irp, status);

    IoFreeIrp(irp);
    return status;
}
#endif
