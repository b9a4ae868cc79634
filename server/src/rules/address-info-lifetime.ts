import type { Node } from '../parse/treeSitter';
import type { ReportedFix, Rule, RuleContext } from '../analysis/rule';
import type { WskCall } from '../analysis/calls';
import type { FunctionPaths, Note, PathState } from '../analysis/paths';
import { accessPath, rootOf } from '../analysis/access';
import { argumentsOf, callExpressionsIn, unparenthesize } from '../analysis/syntax';
import { paramWithRole } from '../wsk/api';
import { POOL_FREES } from '../wsk/kernel';
import { holderOf, related, statesAt, wskCallIds } from './path-support';
import { message } from './render';

const GET = 'WskGetAddressInfo';
const FREE = 'WskFreeAddressInfo';

export const rule: Rule = {
  meta: { id: 'WSK020', name: 'address-info-lifetime', severity: 'error', fix: 'safe' },
  docs: {
    summary: 'A WskGetAddressInfo result leaks at an exit, is freed with ExFreePool*, twice, through a node of the list or on the failure path, or is used after its free or while the call may be pending.',
    why: [
      'WskGetAddressInfo allocates its result list from WSK\'s own pool and only WskFreeAddressInfo, called once with',
      'the head of the list, gives it back. A result that is not freed leaks non-paged pool on every lookup; one freed',
      'with ExFreePool or ExFreePoolWithTag, twice, or through a node reached by ai_next corrupts the pool and',
      'bugchecks later. On the path where the call failed there is no list, and until the call completes (its IRP may',
      'still be pending) the result pointer is not written yet.',
      '\n\nHow far it sees: the result is followed in the variable the call fills; returned or stored outside',
      'the function it is handed off. Uses are checked where the result reaches a WSK call, a helper or a pool free.',
    ].join(' '),
    invalid: `static NTSTATUS
SetDone(PDEVICE_OBJECT DeviceObject, PIRP Irp, PVOID Context)
{
    UNREFERENCED_PARAMETER(DeviceObject);
    UNREFERENCED_PARAMETER(Irp);
    KeSetEvent((PKEVENT)Context, IO_NO_INCREMENT, FALSE);
    return STATUS_MORE_PROCESSING_REQUIRED;
}

NTSTATUS
Resolve(PWSK_PROVIDER_NPI Npi, PUNICODE_STRING Host, PSOCKADDR Remote, PIRP Irp)
{
    PADDRINFOEXW result = NULL;
    KEVENT done;
    NTSTATUS status;

    KeInitializeEvent(&done, NotificationEvent, FALSE);
    IoSetCompletionRoutine(Irp, SetDone, &done, TRUE, TRUE, TRUE);
    status = Npi->Dispatch->WskGetAddressInfo(Npi->Client, Host, NULL, NS_ALL, NULL, NULL, &result, NULL, NULL, Irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(&done, Executive, KernelMode, FALSE, NULL);
        status = Irp->IoStatus.Status;
    }
    if (!NT_SUCCESS(status)) {
        return status;
    }
    RtlCopyMemory(Remote, result->ai_addr, sizeof(SOCKADDR_IN));
    ExFreePool(result);
    return STATUS_SUCCESS;
}
`,
    valid: `static NTSTATUS
SetDone(PDEVICE_OBJECT DeviceObject, PIRP Irp, PVOID Context)
{
    UNREFERENCED_PARAMETER(DeviceObject);
    UNREFERENCED_PARAMETER(Irp);
    KeSetEvent((PKEVENT)Context, IO_NO_INCREMENT, FALSE);
    return STATUS_MORE_PROCESSING_REQUIRED;
}

NTSTATUS
Resolve(PWSK_PROVIDER_NPI Npi, PUNICODE_STRING Host, PSOCKADDR Remote, PIRP Irp)
{
    PADDRINFOEXW result = NULL;
    KEVENT done;
    NTSTATUS status;

    KeInitializeEvent(&done, NotificationEvent, FALSE);
    IoSetCompletionRoutine(Irp, SetDone, &done, TRUE, TRUE, TRUE);
    status = Npi->Dispatch->WskGetAddressInfo(Npi->Client, Host, NULL, NS_ALL, NULL, NULL, &result, NULL, NULL, Irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(&done, Executive, KernelMode, FALSE, NULL);
        status = Irp->IoStatus.Status;
    }
    if (!NT_SUCCESS(status)) {
        return status;
    }
    RtlCopyMemory(Remote, result->ai_addr, sizeof(SOCKADDR_IN));
    Npi->Dispatch->WskFreeAddressInfo(Npi->Client, result);
    return STATUS_SUCCESS;
}
`,
    fixWhen: 'for ExFreePool*, when the NPI expression of the call that made the list is in scope',
    fixSafety: 'Safe: replaces ExFreePool*(r) with WskFreeAddressInfo through the same NPI (dispatch and client) as the WskGetAddressInfo that made the list, offered only where that NPI expression names variables in scope at the free.',
  },
  onFunction({ definition, calls, helperEffects }, context) {
    if (!helperEffects.has('creates addressInfo') && !calls.some((call) => call.api.name === GET)) return;
    const paths = context.paths(definition);
    if (!paths || paths.budgetExceeded) return;
    reportLeaks(paths, context);
    const wsk = wskCallIds(context);
    for (const call of callExpressionsIn(definition)) {
      const callee = call.childForFieldName('function');
      if (!callee || wsk.has(call.id)) continue;
      if (callee.type === 'identifier' && POOL_FREES.has(callee.text)) checkPoolFree(call, callee.text, paths, context);
      else checkUses(callee.text, argumentsOf(call).map(readOf), paths.statesBefore(call), context);
    }
  },
  onCall(call, context) {
    if (call.api.name === FREE) checkFree(call, context);
    else if (call.api.name !== GET) {
      const at = statesAt(call, context);
      if (at) checkUses(call.api.name, readsOf(call), at.states, context);
    }
  },
};

/** The address list made at a call, in a state, with what the rules need to know of it. */
interface List {
  readonly value: string;
  readonly state: 'live' | 'failed' | 'ended';
  readonly note: Note;
  readonly bornAt?: Note;
  /** Its call may still be pending on this path. */
  readonly pending: boolean;
}

function listOf(state: PathState, value: string | undefined, context: RuleContext): List | undefined {
  const object = value === undefined ? undefined : state.factsOf(value).object;
  if (!value || object?.kind !== 'addressInfo') return undefined;
  if (object.state === 'ended') return object.maybe ? undefined : { value, state: 'ended', note: object.note, bornAt: object.bornAt, pending: false };
  if (object.state !== 'live') return undefined;
  const outcome = object.call === undefined ? {} : state.outcome(object.call);
  if (outcome.failed === true) return { value, state: 'failed', note: object.note, pending: false };
  const complete = object.call === undefined || outcome.pending === 'done' || outcome.pending === 'notPending' || madeWithoutIrp(object.note, object.call, context);
  return { value, state: 'live', note: object.note, pending: !complete };
}

/**
 * Whether the call a note names was made with a NULL Irp (it is complete when it returns). A helper's
 * list (made at the helper's call `at`) is complete when the helper returns, unless the helper leaves
 * its WskGetAddressInfo pending on an IRP the caller passes (leftOnCallersIrp): then, as inlined, the
 * caller's tests and waits tell.
 */
function madeWithoutIrp(note: Note, at: number, context: RuleContext): boolean {
  if (note.via) return !leftOnCallersIrp(at, context);
  const call = context.calls.find((c) => c.callee.id === note.node.id);
  const param = call ? paramWithRole(call.api, 'irp') : undefined;
  const irp = param ? call?.arg(param) : undefined;
  return irp !== undefined && isNullIrp(irp, context);
}

/**
 * A helper call whose WskGetAddressInfo is made on every path through it, on the IRP the caller passes
 * (or a field of what it passes), and whose status it returns (forwarding.ts): the request it leaves is
 * the caller's, pending until the caller's tests or waits say otherwise (a helper that waits for it
 * completes it at its call: the path engine's outcome says so).
 */
function leftOnCallersIrp(at: number, context: RuleContext): boolean {
  const call = context.calls.find((c) => c.via && c.node.startIndex === at && c.api.name === GET);
  if (!call?.via?.always || !call.via.returnsStatus) return false;
  const param = paramWithRole(call.api, 'irp');
  if (!param) return false;
  const irp = call.arg(param);
  return irp ? !isNullIrp(irp, context) : call.via.paths.has(param);
}

function isNullIrp(irp: Node, context: RuleContext): boolean {
  const value = context.values.evaluate(irp);
  return value.kind === 'integer' && value.value === 0;
}

/** Exits that a completed list held in a local reaches neither freed nor handed off. */
function reportLeaks(paths: FunctionPaths, context: RuleContext): void {
  for (const exit of paths.exits) {
    let found: { list: List; holder: string } | undefined;
    for (const state of exit.states) {
      for (const leak of state.leaks('addressInfo')) {
        const list = listOf(state, leak.value, context);
        const holder = holderOf(state, leak.value);
        if (list?.state === 'live' && !list.pending && holder) found ??= { list, holder };
      }
    }
    if (!found) continue;
    const before = exit.node.type === 'return_statement' ? 'before this return' : 'before the end of the function';
    context.report({
      target: exit.node,
      message: message(
        [`The address list in ${found.holder} (line ${context.lineOf(found.list.note.node)}) is not freed ${before}.`, 'WSK allocated it: free it with WskFreeAddressInfo, or hand it off. Each lookup leaks non-paged pool otherwise.'],
        [`An address list from WskGetAddressInfo is not freed ${before}.`, `It is held in ${found.holder} since line ${context.lineOf(found.list.note.node)}: free it with WskFreeAddressInfo.`],
      ),
      related: related(found.list.note),
    });
  }
}

/** ExFreePool* of an address list: WSK allocated it, only WskFreeAddressInfo may free it. */
function checkPoolFree(call: Node, name: string, paths: FunctionPaths, context: RuleContext): void {
  const argument = argumentsOf(call)[0];
  if (!argument) return;
  const list = paths.statesBefore(call).map((state) => listOf(state, paths.valueOf(state, argument), context)).find((l) => l?.state === 'live');
  if (!list) return;
  const replacement = freeThroughNpi(list.note, argument, call, context);
  const fixes: ReportedFix[] = replacement && !context.inMacro(call)
    ? [{ title: `Free the list with ${FREE}`, edits: [{ target: call, newText: replacement }], preferred: true }]
    : [];
  context.report({
    target: argument,
    message: message(
      [`${name} frees the address list from line ${context.lineOf(list.note.node)}, which WSK allocated.`, `Free it with ${FREE} through the NPI that made it: ${name} corrupts WSK's pool.`],
    ),
    related: related(list.note),
    fixes,
  });
}

/** `Npi->Dispatch->WskFreeAddressInfo(Npi->Client, r)` with the NPI of the call that made the list, when it is in scope. */
function freeThroughNpi(bornAt: Note, argument: Node, at: Node, context: RuleContext): string | undefined {
  if (bornAt.via) return undefined;
  const get = context.calls.find((call) => call.callee.id === bornAt.node.id && call.api.name === GET);
  const table = get?.callee.parent?.type === 'field_expression' ? get.callee.parent.childForFieldName('argument') : null;
  const client = get?.arg('Client');
  if (!table || !client) return undefined;
  const dispatch = unparenthesize(table);
  for (const part of [dispatch, client]) {
    const path = accessPath(part);
    if (!path || !isVisible(rootOf(path), at, context)) return undefined;
  }
  return `${context.text(dispatch)}->${FREE}(${context.text(client)}, ${context.text(argument)})`;
}

/** WskFreeAddressInfo: a second free, a free where the call failed or may be pending, a free of a node. */
function checkFree(call: WskCall, context: RuleContext): void {
  const argument = call.arg('AddrInfo');
  const at = statesAt(call, context);
  if (!argument || !at) return;
  let node: string | undefined;
  for (const state of at.states) {
    const value = at.paths.valueOf(state, argument);
    const list = listOf(state, value, context);
    if (list?.state === 'ended') return report(argument, [`This address list was already freed at line ${context.lineOf(list.note.node)} on a path that reaches this free.`, 'WskFreeAddressInfo frees the whole list once: remove this free.'], list.note, context);
    if (list?.state === 'failed') return report(argument, [`${FREE} on the path where the WskGetAddressInfo at line ${context.lineOf(list.note.node)} failed.`, 'A failed call returns no list: free only on the success path.'], list.note, context);
    if (list?.pending) return report(argument, [`${FREE} while ${lookup(list.note, context)} may still be pending.`, 'The list exists once the call has completed: wait for its IRP first.'], list.note, context);
    if (value?.startsWith('p:') && /(?:->|\.)ai_next\b/.test(value)) node ??= value.slice(2).replace(/#.*$/, '');
  }
  if (node) {
    context.report({
      target: argument,
      message: message(
        [`${FREE} of ${context.text(argument)}, a node reached through ai_next, not the head of the list.`, 'Only the pointer WskGetAddressInfo returned may be freed: it frees the whole list.'],
        [`${FREE} of a node reached through ai_next, not the head of the list.`, `The argument holds ${node}: free only the pointer WskGetAddressInfo returned.`],
      ),
    });
  }
}

/** An argument (`node`) and the access path it reads through (`r->ai_addr`, `&r->ai_addr`: `r->ai_addr`). */
interface Read {
  readonly node: Node;
  readonly path: string | undefined;
}

function readOf(argument: Node): Read {
  return { node: argument, path: accessPath(argument) ?? accessPath(unparenthesize(argument).childForFieldName('argument') ?? argument) };
}

/**
 * What a WSK call reads: its arguments. At a wrapper's call (checked here, not as a call of the
 * function), every argument the caller passes, and — when the wrapper makes the call on every path —
 * the fields it reads through them (`result->ai_addr` inside `Bind(Socket, result)`, reported at
 * `result`), as the call would inlined.
 */
function readsOf(call: WskCall): Read[] {
  const reads = (call.via ? argumentsOf(call.node) : call.args).map(readOf);
  if (call.via?.always) {
    for (const [param, path] of call.via.paths) {
      const through = call.via.through.get(param);
      if (through) reads.push({ node: through, path });
    }
  }
  return reads;
}

/** An argument of a call that reads through a freed list, or one whose call may be pending. */
function checkUses(name: string, reads: readonly Read[], states: readonly PathState[], context: RuleContext): void {
  for (const { node: argument, path } of reads) {
    if (!path) continue;
    for (const prefix of prefixesOf(path)) {
      for (const state of states) {
        const list = listOf(state, state.read(prefix), context);
        if (list?.state === 'ended') return report(argument, [`${name} reads ${prefix} after its free at line ${context.lineOf(list.note.node)}.`, 'The list is gone after WskFreeAddressInfo: copy what you need before freeing it.'], list.note, context);
        if (list?.pending) return report(argument, [`${name} reads ${prefix} while ${lookup(list.note, context)} may still be pending.`, 'The result is written when the call completes: wait for its IRP first.'], list.note, context);
      }
    }
  }
}

/** The call that makes a list: `the WskGetAddressInfo at line 9`, or through a helper `the WskGetAddressInfo in Resolve at line 9`. */
function lookup(note: Note, context: RuleContext): string {
  return `the WskGetAddressInfo${note.via ? ` in ${note.node.text}` : ''} at line ${context.lineOf(note.node)}`;
}

function report(target: Node, lines: readonly [string, string], note: Note, context: RuleContext): void {
  context.report({ target, message: message(lines), related: related(note) });
}

/** The access paths a path reads through: `r` and `r->ai_addr` for `r->ai_addr->sa_family`. */
function prefixesOf(path: string): string[] {
  const result: string[] = [];
  const pattern = /->|\.|\[/g;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(path)) !== null) result.push(path.slice(0, match.index));
  return result;
}


function isVisible(name: string, at: Node, context: RuleContext): boolean {
  return context.variablesInScope(at).some((v) => v.declaration.name === name) || context.values.types.global(name, context.file) !== undefined;
}
