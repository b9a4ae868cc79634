/* fuzz regression: budget
 * analysis took 16.36 s, over the budget of 10.94 s for 1.98 MB (long-line)
 * found by: npm run fuzz -- --seed 20261206 --input 33173 (mutated test/corpus/rpcmux [rmxlisten.c: line-delete, exploding-macros, truncate, token-duplicate; rmxpool.c: long-line])
 */
/*
 * rmxinit.c - entry, unload, per-tier descriptors and IOCTL dispatch.
 *
 * Copyright (c) Adventure Works Cycles.
 */

#include "rmx.h"

#define IOCTL_RMX_ACCEPT_ADMIN      CTL_CODE(FILE_DEVICE_NETWORK, 0xA01, METHOD_NEITHER, FILE_ANY_ACCESS)
#define IOCTL_RMX_SET_SPARE_POLICY  CTL_CODE(FILE_DEVICE_NETWORK, 0xA02, METHOD_NEITHER, FILE_WRITE_ACCESS)

RMX_CONTEXT g_Rmx;
PSECURITY_DESCRIPTOR g_RmxTierSd[RMX_TIER_COUNT];
static PACL g_RmxTierAcl[RMX_TIER_COUNT];

static const WSK_CLIENT_DISPATCH RmxClientDispatch = { MAKE_WSK_VERSION(1, 0), 0, NULL };

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD RmxUnload;
_Dispatch_type_(IRP_MJ_DEVICE_CONTROL) DRIVER_DISPATCH RmxDispatchDeviceControl;

NTSTATUS
RmxIrpDone(
    _In_ PDEVICE_OBJECT DeviceObject,
    _In_ PIRP Irp,
    _In_reads_opt_(_Inexpressible_("varies")) PVOID Context
    )
{
    UNREFERENCED_PARAMETER(DeviceObject);
    UNREFERENCED_PARAMETER(Irp);
    KeSetEvent((PKEVENT)Context, IO_NO_INCREMENT, FALSE);
    return STATUS_MORE_PROCESSING_REQUIRED;
}

NTSTATUS
RmxWait(
    _In_ PKEVENT Event,
