// What the kernel and WSK say about IRQL: the WSK calls that need PASSIVE_LEVEL, the routines that raise
// the IRQL to DISPATCH_LEVEL until their release (spin locks, KeRaiseIrql), the routines that make a
// function a DPC, and the SAL annotations that say a function runs at DISPATCH_LEVEL. A table, as api.ts:
// the analysis asks it by name and argument index.

/** WSK calls that must be made at PASSIVE_LEVEL whatever their arguments (DDI `req.irql`). */
export const PASSIVE_ONLY_FUNCTIONS: readonly string[] = ['WskRegister', 'WskDeregister', 'WskGetAddressInfo', 'WskFreeAddressInfo', 'WskGetNameInfo'];

/** WskCaptureProviderNPI waits for WSK to attach (PASSIVE_LEVEL) unless its WaitTimeout is WSK_NO_WAIT. */
export const CAPTURE_WAIT = {
  function: 'WskCaptureProviderNPI',
  timeout: 'WaitTimeout',
  noWait: { name: 'WSK_NO_WAIT', value: 0 },
  infinite: { name: 'WSK_INFINITE_WAIT', value: 0xffffffff },
} as const;

/** WskControlSocket IOCTLs that need PASSIVE_LEVEL (the others may run at DISPATCH_LEVEL). */
export const PASSIVE_IOCTLS = {
  function: 'WskControlSocket',
  requestType: 'WskIoctl',
  codes: ['SIO_ADDRESS_LIST_QUERY', 'SIO_ADDRESS_LIST_CHANGE', 'SIO_ADDRESS_LIST_SORT'],
} as const;

/**
 * A routine that raises the IRQL to DISPATCH_LEVEL (`acquire`) or lowers it back (`release`). `key` is
 * the argument that names the lock, so that a release finds its acquire (the lock for KeAcquireSpinLock,
 * the handle for the in-stack queued forms); `irql` for KeRaiseIrql/KeLowerIrql, which name none.
 * `level`: KeRaiseIrql raises only when this argument is DISPATCH_LEVEL or above.
 */
export interface IrqlRoutine {
  readonly name: string;
  readonly acts: 'acquire' | 'release';
  readonly key: number | 'irql';
  readonly level?: number;
}

const pair = (acquire: string, release: string, acquireKey: number, releaseKey = acquireKey): IrqlRoutine[] => [
  { name: acquire, acts: 'acquire', key: acquireKey },
  { name: release, acts: 'release', key: releaseKey },
];

export const IRQL_ROUTINES: readonly IrqlRoutine[] = [
  ...pair('KeAcquireSpinLock', 'KeReleaseSpinLock', 0),
  { name: 'KeAcquireSpinLockRaiseToDpc', acts: 'acquire', key: 0 },
  ...pair('KeAcquireSpinLockAtDpcLevel', 'KeReleaseSpinLockFromDpcLevel', 0),
  ...pair('KeAcquireSpinLockForDpc', 'KeReleaseSpinLockForDpc', 0),
  ...pair('KeAcquireInStackQueuedSpinLock', 'KeReleaseInStackQueuedSpinLock', 1, 0),
  ...pair('KeAcquireInStackQueuedSpinLockAtDpcLevel', 'KeReleaseInStackQueuedSpinLockFromDpcLevel', 1, 0),
  ...pair('KeAcquireInStackQueuedSpinLockForDpc', 'KeReleaseInStackQueuedSpinLockForDpc', 1, 0),
  ...pair('KeAcquireQueuedSpinLock', 'KeReleaseQueuedSpinLock', 0),
  ...pair('ExAcquireSpinLockExclusive', 'ExReleaseSpinLockExclusive', 0),
  ...pair('ExAcquireSpinLockExclusiveAtDpcLevel', 'ExReleaseSpinLockExclusiveFromDpcLevel', 0),
  ...pair('ExAcquireSpinLockShared', 'ExReleaseSpinLockShared', 0),
  ...pair('ExAcquireSpinLockSharedAtDpcLevel', 'ExReleaseSpinLockSharedFromDpcLevel', 0),
  ...pair('WdfSpinLockAcquire', 'WdfSpinLockRelease', 0),
  ...pair('NdisAcquireSpinLock', 'NdisReleaseSpinLock', 0),
  ...pair('NdisDprAcquireSpinLock', 'NdisDprReleaseSpinLock', 0),
  { name: 'KeRaiseIrql', acts: 'acquire', key: 'irql', level: 0 },
  { name: 'KeRaiseIrqlToDpcLevel', acts: 'acquire', key: 'irql' },
  { name: 'KeLowerIrql', acts: 'release', key: 'irql' },
];

/** IRQL_ROUTINES by name. */
export const IRQL_ROUTINE_BY_NAME: ReadonlyMap<string, IrqlRoutine> = new Map(IRQL_ROUTINES.map((routine) => [routine.name, routine]));

/** IRQL names by value (wdm.h), for KeRaiseIrql's level and the annotations. */
export const IRQL_LEVELS: Readonly<Record<string, number>> = { PASSIVE_LEVEL: 0, LOW_LEVEL: 0, APC_LEVEL: 1, DISPATCH_LEVEL: 2, DPC_LEVEL: 2, CMCI_LEVEL: 5, PROFILE_LEVEL: 27, CLOCK_LEVEL: 28, IPI_LEVEL: 29, POWER_LEVEL: 30, HIGH_LEVEL: 31 };

export const DISPATCH_LEVEL = IRQL_LEVELS.DISPATCH_LEVEL;

/** Routines that make their argument a DPC routine (it runs at DISPATCH_LEVEL), by argument index. */
export const DPC_INITIALIZERS: ReadonlyMap<string, number> = new Map([['KeInitializeDpc', 1], ['IoInitializeDpcRequest', 1]]);

/** Role types a function may be declared with (`KDEFERRED_ROUTINE MyDpc;`) that run it at DISPATCH_LEVEL. */
export const DISPATCH_ROLE_TYPES: ReadonlyMap<string, string> = new Map([
  ['KDEFERRED_ROUTINE', 'a DPC routine (declared KDEFERRED_ROUTINE)'],
  ['IO_DPC_ROUTINE', 'a DPC routine (declared IO_DPC_ROUTINE)'],
  ['IO_COMPLETION_ROUTINE', 'an IoCompletion routine (declared IO_COMPLETION_ROUTINE)'],
]);

/**
 * SAL annotations that say a function is called at DISPATCH_LEVEL or above, with the index of the
 * argument that holds the level: `_IRQL_requires_(DISPATCH_LEVEL)`, `_IRQL_requires_min_(DISPATCH_LEVEL)`,
 * and their `__drv_` forms. `_IRQL_requires_max_` says nothing of the kind.
 */
export const DISPATCH_ANNOTATIONS: readonly string[] = ['_IRQL_requires_', '_IRQL_requires_min_', '__drv_requiresIRQL', '__drv_minIRQL'];

/** The IRQL test a driver may guard a PASSIVE-only call with (`KeGetCurrentIrql() == PASSIVE_LEVEL`). */
export const CURRENT_IRQL = 'KeGetCurrentIrql';

/** The macro that asserts the code runs at PASSIVE/APC level (and marks it pageable). */
export const PAGED_CODE = 'PAGED_CODE';

/** What a start routine runs in: a system thread or a work item (at PASSIVE_LEVEL, never a direct call). */
export type StartKind = 'systemThread' | 'workItem';

/**
 * Routines (and WDF's config initialiser) that make their argument a start routine, by argument index:
 * it runs in a system thread or a work item, at PASSIVE_LEVEL.
 */
export const THREAD_STARTERS: ReadonlyMap<string, { readonly arg: number; readonly kind: StartKind }> = new Map([
  ['PsCreateSystemThread', { arg: 5, kind: 'systemThread' }],
  ['IoQueueWorkItem', { arg: 1, kind: 'workItem' }],
  ['IoQueueWorkItemEx', { arg: 1, kind: 'workItem' }],
  ['ExInitializeWorkItem', { arg: 1, kind: 'workItem' }],
  ['WDF_WORKITEM_CONFIG_INIT', { arg: 1, kind: 'workItem' }],
]);

/** Fields a routine is stored in to become a start routine (`config.EvtWorkItemFunc = Worker`). */
export const START_FIELDS: ReadonlyMap<string, StartKind> = new Map([['EvtWorkItemFunc', 'workItem']]);

/** Fields that make a routine the driver's unload routine: `DriverObject->DriverUnload`, WDF_DRIVER_CONFIG's `EvtDriverUnload`. */
export const UNLOAD_FIELDS: readonly string[] = ['DriverUnload', 'EvtDriverUnload'];

/**
 * Assertions whose argument is the condition (the last one): asserting a constant FALSE marks the path
 * as one the driver never takes (`NT_ASSERT(FALSE);` where it says "never here").
 */
export const ASSERTIONS: ReadonlySet<string> = new Set(['ASSERT', 'NT_ASSERT', 'NT_ASSERTMSG', 'NT_ASSERTMSGW', 'ASSERTMSG', 'NT_ASSERT_ASSUME', 'NT_FRE_ASSERT']);

/** The entry point from which captures must not wait forever. */
export const DRIVER_ENTRY = 'DriverEntry';
