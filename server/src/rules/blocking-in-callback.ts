import type { Rule, RuleContext } from '../analysis/rule';
import type { Blocking, DispatchRole, Held, Site } from '../analysis/irql';
import { functionName } from '../analysis/syntax';
import type { Node } from '../parse/treeSitter';
import { message } from './render';

export const rule: Rule = {
  meta: { id: 'WSK025', name: 'blocking-in-callback', severity: 'warning', fix: 'none' },
  docs: {
    summary: 'A wait for a WSK request or a PASSIVE-only WSK call in code that may run at DISPATCH_LEVEL (an event callback, a completion routine, a DPC, a spin-lock region), a pageable callback, or a provider-NPI capture that waits forever from DriverEntry.',
    why: [
      'WSK event callbacks and IoCompletion routines may be called at DISPATCH_LEVEL, DPCs always are, and a spin',
      'lock raises the IRQL to DISPATCH_LEVEL until its release. There nothing may wait: a KeWaitForSingleObject with',
      'a timeout, a call that needs PASSIVE_LEVEL (WskRegister, WskDeregister, WskGetAddressInfo, WskFreeAddressInfo,',
      'WskGetNameInfo, WskCaptureProviderNPI that waits, the SIO_ADDRESS_LIST IOCTLs) or pageable code (PAGED_CODE(),',
      '`#pragma alloc_text(PAGE, …)`) bugchecks with IRQL_NOT_LESS_OR_EQUAL — on the day the path runs at',
      'DISPATCH_LEVEL. Waiting inside a callback or completion routine for another WSK request deadlocks even at',
      'PASSIVE_LEVEL: the request may need the very thread the callback holds (the WSK documentation forbids it at',
      'any IRQL, so no test of the IRQL excuses it). Queue a work item (IoQueueWorkItem) or signal a worker thread',
      'and do the blocking work there. A WskCaptureProviderNPI with WSK_INFINITE_WAIT reached from DriverEntry',
      'stalls the boot of every driver loaded after this one until WSK attaches: use WSK_NO_WAIT there, or capture',
      'in a system thread.',
      '\n\nHow far it sees: roles come from IoSetCompletionRoutine[Ex], KeInitializeDpc, client dispatch tables, role',
      'declarations (KDEFERRED_ROUTINE, IO_COMPLETION_ROUTINE) and `_IRQL_requires_(DISPATCH_LEVEL)` /',
      '`_IRQL_requires_min_(DISPATCH_LEVEL)`. A work-item or system-thread start routine (IoQueueWorkItem[Ex],',
      'ExInitializeWorkItem, PsCreateSystemThread, WDF_WORKITEM_CONFIG_INIT, EvtWorkItemFunc) runs at PASSIVE_LEVEL:',
      'it is never taken for code at DISPATCH_LEVEL, even when another use names it (only an IRQL annotation on it',
      'says otherwise), and the path from DriverEntry does not go through it. Regions from the spin-lock routines (KeAcquireSpinLock,',
      'KeAcquireInStackQueuedSpinLock, ExAcquireSpinLockExclusive/Shared, WdfSpinLockAcquire, …) and',
      'KeRaiseIrql to DISPATCH_LEVEL, to their release along each path (a helper that releases a lock ends the region;',
      'a path the driver asserts it never takes, `NT_ASSERT(FALSE)`, ends there). Helpers are followed through their',
      'bodies, across files. A function of the workspace that returns holding a lock it takes (`LockTable(t)`, on',
      'every way out: its net effect) opens the region at its calls, and one that releases a lock (`UnlockTable(t)`)',
      'closes it, in any file; one that takes and gives back its own lock, or holds it on some ways out only (a',
      'try-lock), opens none. A PASSIVE-only call that every path reaches through a test keeping the IRQL below',
      'DISPATCH_LEVEL is not flagged, in any shape (`if (KeGetCurrentIrql() == PASSIVE_LEVEL)`, its `else` when negated, after',
      '`if (KeGetCurrentIrql() > PASSIVE_LEVEL) return;`, the level written first), nor makes its function PASSIVE-only',
      'for its callers; a wait for a WSK request is flagged whatever the test.',
    ].join(' '),
    invalid: `NTSTATUS WSKAPI
ConnDisconnectEvent(PVOID SocketContext, ULONG Flags)
{
    PCONN conn = (PCONN)SocketContext;

    /* May run at DISPATCH_LEVEL: WskGetNameInfo needs PASSIVE_LEVEL. */
    return conn->Npi.Dispatch->WskGetNameInfo(conn->Npi.Client, conn->Remote, sizeof(SOCKADDR_IN),
        NULL, NULL, 0, NULL, NULL, conn->Irp);
}

const WSK_CLIENT_CONNECTION_DISPATCH ConnDispatch = { NULL, ConnDisconnectEvent, NULL };
`,
    valid: `NTSTATUS WSKAPI
ConnDisconnectEvent(PVOID SocketContext, ULONG Flags)
{
    PCONN conn = (PCONN)SocketContext;

    /* The work item runs at PASSIVE_LEVEL and makes the call there. */
    IoQueueWorkItem(conn->WorkItem, ConnResolveWorker, DelayedWorkQueue, conn);
    return STATUS_SUCCESS;
}

const WSK_CLIENT_CONNECTION_DISPATCH ConnDispatch = { NULL, ConnDisconnectEvent, NULL };
`,
  },
  onDefinition(definition, context) {
    const irql = context.irql();
    const file = irql.fileOf(context.file);
    if (!file) return;
    const name = functionName(definition);
    const role = name ? irql.roleOf(name) : undefined;
    const held = irql.heldAt(file, definition);
    if (!role && held.size === 0) return;
    for (const blocking of irql.blockingIn(file, definition)) {
      const lock = held.get(blocking.call.id);
      // Below a test that keeps the IRQL under DISPATCH_LEVEL a PASSIVE-only call is fine (in a locked region the test never holds).
      if (blocking.kind === 'passive' && blocking.irqlTested) continue;
      if (role) reportInRole(context, blocking, name as string, role);
      else if (lock) reportInLock(context, blocking, lock);
    }
    const paged = role ? irql.pagedCodeIn(definition) : undefined;
    if (paged) reportPaged(context, paged, name as string, role as DispatchRole, 'PAGED_CODE()');
  },
  onFile(_root, context) {
    const irql = context.irql();
    if (!irql.fileOf(context.file)) return;
    // `#pragma alloc_text(PAGE, F)` of a routine that may run at DISPATCH_LEVEL (and has no PAGED_CODE(), reported there).
    for (const { name, start, end } of irql.pragmaEntriesIn(context.file)) {
      const role = irql.roleOf(name);
      const definition = role ? irql.definitionOf(name) : undefined;
      if (!role || !definition || irql.pagedCodeIn(definition)) continue;
      reportPaged(context, { start, end }, name, role, `#pragma alloc_text(PAGE…, ${name})`);
    }
    for (const capture of irql.infiniteCaptures()) {
      if (capture.file !== context.file) continue;
      context.report({
        target: capture.timeout,
        message: message(
          ['WskCaptureProviderNPI waits forever (WSK_INFINITE_WAIT) on a path from DriverEntry.', 'Until WSK attaches, DriverEntry does not return and the drivers loaded after this one wait too. Use WSK_NO_WAIT (and handle STATUS_DEVICE_NOT_READY), or capture in a system thread or work item.'],
        ),
        related: capture.chain.map((site) => toRelated(context, site)),
      });
    }
  },
};

function reportInRole(context: RuleContext, blocking: Blocking, name: string, role: DispatchRole): void {
  const first = blocking.kind === 'wait'
    ? `${blocking.what} inside ${name} (${role.what}).`
    : `${blocking.what}, but ${name} (${role.what}) may run at DISPATCH_LEVEL.`;
  const advice = blocking.kind === 'wait'
    ? 'A callback or completion routine must not wait for another WSK request: at any IRQL it may deadlock, at DISPATCH_LEVEL it bugchecks (IRQL_NOT_LESS_OR_EQUAL). Queue a work item and wait there, or go on asynchronously.'
    : 'The call bugchecks there (IRQL_NOT_LESS_OR_EQUAL). Queue a work item (IoQueueWorkItem) that makes it at PASSIVE_LEVEL.';
  context.report({
    target: blocking.callee,
    message: message([first, advice], [`${blocking.callee.text} blocks inside ${name}, which may run at DISPATCH_LEVEL.`, `${blocking.what}; ${name} is ${role.what}. ${advice}`]),
    related: [...(role.site ? [toRelated(context, role.site)] : []), ...blocking.related.map((site) => toRelated(context, site))],
  });
}

function reportInLock(context: RuleContext, blocking: Blocking, lock: Held): void {
  const line = context.lineOf(lock.acquire);
  const first = `${blocking.what} while a spin lock is held (${lock.routine}, line ${line}).`;
  const how = lock.wraps ? `${lock.routine} (which returns holding a lock it takes with ${lock.wraps})` : lock.routine;
  const advice = `${how} raises the IRQL to DISPATCH_LEVEL until its release: blocking there bugchecks (IRQL_NOT_LESS_OR_EQUAL) or deadlocks. Release the lock first, or move the call to a work item.`;
  context.report({
    target: blocking.callee,
    message: message([first, advice], [`${blocking.callee.text} blocks while a spin lock is held (line ${line}).`, `${blocking.what}. ${advice}`]),
    related: [{ target: lock.acquire.childForFieldName('function') ?? lock.acquire, message: `the lock is acquired here (${how}); the IRQL is DISPATCH_LEVEL until its release` }, ...blocking.related.map((site) => toRelated(context, site))],
  });
}

function reportPaged(context: RuleContext, target: Node | { start: number; end: number }, name: string, role: DispatchRole, how: string): void {
  context.report({
    target,
    message: message(
      [`${name} is pageable (${how}) but is ${role.what}: it may run at DISPATCH_LEVEL.`, 'Pageable code that runs at DISPATCH_LEVEL bugchecks when its page is out (IRQL_NOT_LESS_OR_EQUAL). Keep it in non-paged code: remove it from alloc_text(PAGE…) and drop PAGED_CODE().'],
      [`${name} is pageable (${how}) but may run at DISPATCH_LEVEL.`, `It is ${role.what}. Pageable code that runs at DISPATCH_LEVEL bugchecks when its page is out (IRQL_NOT_LESS_OR_EQUAL). Keep it in non-paged code.`],
    ),
    related: role.site ? [toRelated(context, role.site)] : [],
  });
}

function toRelated(context: RuleContext, site: Site): { target: Site['target']; message: string; file?: string } {
  return { target: site.target, message: site.message, ...(site.file !== context.file ? { file: site.file } : {}) };
}

