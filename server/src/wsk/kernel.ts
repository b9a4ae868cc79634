// Kernel routines and constants the analysis recognises around WSK calls. Like the WSK names, these
// are never expanded as macros, so the analysis sees them as written.

import { KERNEL_FUNCTIONS, objectKind } from './api';

/** Routines whose result is a new IRP that may be NULL: the births of the irp kind. */
export const IRP_ALLOCATORS: ReadonlySet<string> = new Set(objectKind('irp').births.filter((birth) => 'result' in birth.place).map((birth) => birth.function));

/** Routines that wait until an IRP's completion event is signalled. */
export const WAITS: ReadonlySet<string> = new Set(['KeWaitForSingleObject', 'KeWaitForMultipleObjects']);

/** The event routines that never wait: given a completion routine's event, they do not complete its IRP. */
export const EVENT_ROUTINES_THAT_DO_NOT_WAIT: ReadonlySet<string> = new Set(['KeInitializeEvent', 'KeClearEvent', 'KeResetEvent', 'KeSetEvent', 'KeReadStateEvent']);

/** Debug output and assertions: they keep nothing they are handed and never wait. */
export const DEBUG_ROUTINES: ReadonlySet<string> = new Set(['DbgPrint', 'DbgPrintEx', 'vDbgPrintEx', 'KdPrint', 'KdPrintEx', 'ASSERT', 'NT_ASSERT', 'NT_VERIFY', 'UNREFERENCED_PARAMETER']);

/** Memory and MDL routines that fill, copy or read and never wait. */
export const MEMORY_ROUTINES_THAT_DO_NOT_WAIT: ReadonlySet<string> = new Set([
  'RtlZeroMemory', 'RtlCopyMemory', 'RtlMoveMemory', 'RtlFillMemory', 'MmBuildMdlForNonPagedPool', 'MmGetMdlByteCount', 'MmGetSystemAddressForMdlSafe',
]);

/** Pool allocators: memory from them is never a cached descriptor. */
export const POOL_ALLOCATORS: ReadonlySet<string> = new Set([
  'ExAllocatePool', 'ExAllocatePoolWithTag', 'ExAllocatePoolWithQuotaTag', 'ExAllocatePoolWithTagPriority',
  'ExAllocatePool2', 'ExAllocatePool3', 'ExAllocatePoolZero', 'ExAllocatePoolQuotaZero', 'ExAllocatePoolUninitialized',
]);

/** Pool frees: the rules look at what reaches them (memory WSK allocated must go back to WSK). */
export const POOL_FREES: ReadonlySet<string> = new Set(['ExFreePool', 'ExFreePoolWithTag', 'ExFreePool2', 'ExFreePoolWithQuotaTag']);

/** What frees or unlocks an MDL (WSK015: not while a call that was given it may be pending). */
export const MDL_FREES: ReadonlySet<string> = new Set(['IoFreeMdl', 'MmUnlockPages']);

/** What builds an MDL over a buffer (its first argument): the MDL's value names the call (WSK015). */
export const MDL_BUILDERS: ReadonlySet<string> = new Set(['IoAllocateMdl']);

/** Status tests. */
export const STATUS_TESTS = { success: 'NT_SUCCESS', pending: 'STATUS_PENDING' } as const;

export const KERNEL_NAMES: ReadonlySet<string> = new Set([
  ...IRP_ALLOCATORS, ...WAITS, ...POOL_ALLOCATORS, ...KERNEL_FUNCTIONS.map((fn) => fn.name), STATUS_TESTS.success, STATUS_TESTS.pending, 'NULL',
]);
