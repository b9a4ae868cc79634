import type { ReportedFix, Rule, RuleContext } from '../analysis/rule';
import type { WskCall } from '../analysis/calls';
import { contractOf } from '../analysis/calls';
import type { FunctionPaths, PathState, RoutineSet } from '../analysis/paths';
import { accessPath, addressedPath, callerPath, rootOf } from '../analysis/access';
import { verbOf } from '../analysis/memoryFrees';
import { argumentsOf, callExpressionsIn, calleeName, unparenthesize } from '../analysis/syntax';
import { describe } from '../analysis/types';
import type { Node } from '../parse/treeSitter';
import { KERNEL_FUNCTIONS, endsOf, kernelFunction, paramIndex, paramWithRole } from '../wsk/api';
import { MDL_BUILDERS, MDL_FREES, POOL_FREES } from '../wsk/kernel';
import { PENDING_BUFFERS, mdlPathOf } from '../wsk/buffers';
import { insertBefore, insertBeforeExit, usedArgument, valueIn } from './path-support';
import { message } from './render';

/** The kernel routines that free an IRP the driver owns (`true`) or reinitialise it (`false`), by the API table. */
const IRP_TOUCHES = new Map(KERNEL_FUNCTIONS.flatMap((fn) => {
  const frees = endsOf(fn.name, undefined).some((end) => end.kind === 'irp');
  return frees || fn.irpSetup === 'reinitialises' ? [[fn.name, { fn, frees }] as const] : [];
}));

export const rule: Rule = {
  meta: { id: 'WSK015', name: 'irp-touched-while-pending', severity: 'error', fix: 'unsafe' },
  docs: {
    summary: 'An IRP, or memory its request uses, is freed, reused or read, or a local it uses dies, while the WSK call given that IRP may still be pending; or the IRP is used after a completion routine that frees it.',
    why: [
      'A WSK call that returns STATUS_PENDING goes on with its IRP: WSK owns it until the IRP completes. Freeing or',
      'reusing it before then races the completion — a use after free, a bugcheck — and its IoStatus holds no',
      'result yet (a garbage status, a socket that is not there). The same holds for the memory the request uses:',
      'the MDL of the WSK_BUF given to WskSend, WskReceive, WskSendTo, WskReceiveFrom, WskSendMessages or WskConnectEx',
      '(IoFreeMdl, MmUnlockPages), the buffer that the IoAllocateMdl which built that MDL maps (ExFreePool*), the',
      'Input/OutputBuffer of WskControlSocket/WskControlClient, the address buffers of WskAccept, WskGetLocalAddress',
      'and WskGetRemoteAddress, the control data of WskSendTo and WskReceiveFrom: WSK reads or writes them until the',
      'IRP completes, into freed pool or pages no longer locked. A KEVENT on the stack that the completion routine',
      'signals, or a buffer on the stack, dies with the function\'s frame while the request may still use it: it',
      'writes into another function\'s stack. (The WSK_BUF structure itself may be a local: WSK copies it; only its',
      'MDL must live.) Wait first: `if (status == STATUS_PENDING) { KeWaitForSingleObject(&event, …); status = irp->IoStatus.Status; }`.',
      'A test that the call returned something other than STATUS_PENDING (or failed: `!NT_SUCCESS`) proves it',
      'complete; `NT_SUCCESS` does not (STATUS_PENDING is a success code). And when the completion routine set on the',
      'IRP frees it (IoFreeIrp of its Irp parameter), any use of the IRP after the call — its IoStatus, IoFreeIrp,',
      'IoReuseIrp, another WSK call — touches freed pool, whatever the call returned.',
      '\n\nHow far it sees: any KeWaitForSingleObject/KeWaitForMultipleObjects after the call counts as its completion',
      '(one with a timeout too), as does a helper whose summary waits, or a function whose body is not in the',
      'workspace given the IRP or the status. A return with a local buffer in use is reported only for an IRP the',
      'function set up itself (allocated, reinitialised, or given its completion routine there). A free of memory',
      'the request uses counts in the function that issued the call and inside the helpers it calls, in any file',
      '(`FreeMdlChain(mdl)` that unlocks and frees each MDL, `FreeBuffers(ctx)` that frees `ctx->Data`), when the',
      'helper frees it before anything there may wait (a wait, a helper that waits, a routine whose body is not in',
      'the workspace) and is not handed the call\'s IRP, status or completion event (it may wait for the call or',
      'test how it went); not inside a macro that names no WSK or IRP routine; calls through a project\'s wrappers',
      'are not followed.',
    ].join(' '),
    fixWhen: 'when the event the IRP\'s completion routine gets as Context is in scope at the finding (its address, or a PKEVENT), the same on every path where the call may be pending',
    fixSafety: 'Unsafe: inserts `KeWaitForSingleObject(event, Executive, KernelMode, FALSE, NULL);` just before the statement, unconditionally and with no timeout — right when the completion routine signals the event on every completion (as the wait idiom assumes), a hang otherwise. Review it, and prefer the `if (status == STATUS_PENDING)` form after the call.',
    invalid: `NTSTATUS
SendSync(PWSK_SOCKET Socket, PWSK_BUF Buffer, PKEVENT Done)
{
    NTSTATUS status;
    PIRP irp = IoAllocateIrp(1, FALSE);

    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    IoSetCompletionRoutine(irp, SendDone, Done, TRUE, TRUE, TRUE);
    status = ((PWSK_PROVIDER_CONNECTION_DISPATCH)Socket->Dispatch)->WskSend(Socket, Buffer, 0, irp);
    /* No wait: WSK may still be sending with this IRP. */
    IoFreeIrp(irp);
    return status;
}
`,
    valid: `NTSTATUS
SendSync(PWSK_SOCKET Socket, PWSK_BUF Buffer)
{
    KEVENT done;
    NTSTATUS status;
    PIRP irp = IoAllocateIrp(1, FALSE);

    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    KeInitializeEvent(&done, SynchronizationEvent, FALSE);
    IoSetCompletionRoutine(irp, SendDone, &done, TRUE, TRUE, TRUE);
    status = ((PWSK_PROVIDER_CONNECTION_DISPATCH)Socket->Dispatch)->WskSend(Socket, Buffer, 0, irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(&done, Executive, KernelMode, FALSE, NULL);
        status = irp->IoStatus.Status;
    }
    IoFreeIrp(irp);
    return status;
}
`,
  },
  onFunction(info, context) {
    // A WSK call of the function's own with an IRP can be pending here, and a wrapper's that surely
    // leaves its request on the caller's IRP (the path engine issues it at the wrapper call only then:
    // it never waits and returns the call's status; one that may wait inside leaves nothing).
    const issued = info.calls.filter((call) => irpArgument(call) !== undefined);
    if (issued.length === 0) return;
    const paths = context.paths(info.definition);
    if (!paths || paths.budgetExceeded) return;
    const byStart = new Map(issued.map((call) => [call.node.startIndex, call]));
    const pendingCall = (state: PathState, irp: Node): WskCall | undefined => {
      const call = state.factsOf(paths.valueOf(state, irp)).irpOf;
      const wsk = call === undefined ? undefined : byStart.get(call);
      return wsk && state.mayBePending(call as number) ? wsk : undefined;
    };
    const freedBy = (state: PathState, irp: Node | string) => freedByRoutine(state, valueIn(paths, state, irp), byStart, context);
    const report: Reporter = (target, pending, sentence, advice, states = [], inside) => {
      context.report({
        target,
        message: message([sentence, advice]),
        related: [{ target: pending.callee, message: `the IRP is given to ${requestOf(pending)} here; it may return STATUS_PENDING` }, ...(inside ? [inside] : [])],
        fixes: waitFix(target, pending, states, paths, context),
      });
    };
    const pendingSentence = (what: string, pending: WskCall) => `${what} while ${requestOf(pending)} at line ${context.lineOf(pending.callee)} may still be pending.`;
    const freedAdvice = 'Once the request completes the IRP is gone, whatever the call returned: take what you need from it in the completion routine, or free it here and not there.';
    const reportFreed = (target: Node, found: Freed, what: string) => {
      context.report({
        target,
        message: message(
          [`${what} after ${requestOf(found.call)} at line ${context.lineOf(found.call.callee)}, whose completion routine ${found.routine} frees the IRP.`, freedAdvice],
          [`${what} after ${requestOf(found.call)} at line ${context.lineOf(found.call.callee)}, whose completion routine frees the IRP.`, `${found.routine} frees it. ${freedAdvice}`],
        ),
        related: [
          { target: found.call.callee, message: `the IRP is given to ${requestOf(found.call)} here` },
          { target: found.set.node, message: `${found.routine} is set here; it frees the IRP`, ...(found.set.file ? { file: found.set.file } : {}) },
        ],
      });
    };
    const waitAdvice = 'WSK owns the IRP until it completes: wait for it (KeWaitForSingleObject when the status is STATUS_PENDING) first.';

    // IoFreeIrp/IoReuseIrp of the IRP, directly or through a helper whose summary frees it; MDLs and buffers freed.
    for (const node of callExpressionsIn(info.definition)) {
      const name = calleeName(node)?.text;
      if (name && (MDL_FREES.has(name) || POOL_FREES.has(name))) {
        checkBufferFree(node, name, paths, byStart, context, report);
        continue;
      }
      if (name && !IRP_TOUCHES.has(name)) checkHelperFrees(node, name, paths, byStart, context, report);
      const touch = name ? IRP_TOUCHES.get(name) : undefined;
      const irpParam = touch ? paramWithRole(touch.fn, 'irp') : undefined;
      const irp = touch && irpParam ? argumentsOf(node)[paramIndex(touch.fn, irpParam)] : undefined;
      if (!touch || !irp) continue;
      const states = paths.statesBefore(node);
      const what = `The IRP is ${touch.frees ? 'freed' : 'reused'}`;
      const pending = firstPending(states, (state) => pendingCall(state, irp));
      if (pending) report(irp, pending, pendingSentence(what, pending), waitAdvice, states);
      const freed = pending ? undefined : firstPending(states, (state) => freedBy(state, irp));
      if (freed) reportFreed(irp, freed, what);
    }
    for (const helper of paths.helperCalls) {
      for (const effect of helper.summary.ends) {
        const index = effect.kind === 'irp' ? /^\$(\d+)$/.exec(effect.path) : null;
        const irp = index ? helper.args[Number(index[1])] : undefined;
        if (!irp) continue;
        const states = paths.statesBefore(helper.node);
        const pending = firstPending(states, (state) => pendingCall(state, irp));
        if (pending) report(irp, pending, pendingSentence(`${helper.summary.name} frees the IRP`, pending), waitAdvice, states);
      }
    }
    // Another WSK call given an IRP that the previous call's completion routine frees.
    for (const call of issued) {
      const irp = irpArgument(call);
      const freed = irp ? firstPending(paths.statesBefore(call.node), (state) => freedBy(state, irp.value)) : undefined;
      if (irp && freed && freed.call !== call) reportFreed(irp.node, freed, `The IRP is given to ${requestOf(call)}`);
    }

    // `irp->IoStatus` read before the IRP completed (no result there yet), or after a routine freed it.
    for (const read of paths.statusReads) {
      const target = ioStatusExpression(read.node);
      const base = target?.childForFieldName('argument');
      if (!target || !base) continue;
      const pending = firstPending(read.states, (state) => pendingCall(state, base));
      if (pending) report(target, pending, pendingSentence(`${context.text(target)} is read`, pending), 'It holds the result only once the IRP completed: wait for it (KeWaitForSingleObject when the status is STATUS_PENDING) first.', read.states);
      const freed = pending ? undefined : firstPending(read.states, (state) => freedBy(state, base));
      if (freed) reportFreed(target, freed, `${context.text(target)} is read`);
    }

    // A return while the completion routine may still signal a KEVENT of this frame, or WSK still uses a local buffer.
    const localMemory = localMemoryOf(issued, paths, info.definition, context);
    for (const exit of paths.exits) {
      const found = firstPending(exit.states, (state) => pendingWithLocalEvent(state, info.definition, byStart, context));
      const sentence = (call: WskCall) => `The function returns while ${requestOf(call)} at line ${context.lineOf(call.callee)} may still be pending.`;
      if (found) {
        report(exit.node, found.call, sentence(found.call), `Its completion routine gets ${found.event}, a local that dies with this frame: wait for the IRP before returning.`, exit.states);
        continue;
      }
      const buffer = firstPending(exit.states, (state) => {
        for (const [call, locals] of localMemory) {
          const id = call.node.startIndex;
          if (state.outcomes.has(id) && state.mayBePending(id) && setUpHere(state, id)) return { call, local: locals[0] };
        }
        return undefined;
      });
      if (buffer) report(exit.node, buffer.call, sentence(buffer.call), `WSK still uses ${buffer.local}, a local that dies with this frame: wait for the IRP before returning.`, exit.states);
    }
  },
};

type Reporter = (target: Node, pending: WskCall, sentence: string, advice: string, states?: readonly PathState[], inside?: { target: Node; message: string; file?: string }) => void;

/**
 * Whether the IRP of a call was set up in this function on this path (allocated or reinitialised here,
 * or its completion routine set here). A request on an IRP handed in, set up by a caller the analysis
 * does not follow here, is not judged at this function's returns: unknown is never flagged.
 */
function setUpHere(state: PathState, call: number): boolean {
  for (const facts of state.facts.values()) {
    const setup = facts.irpOf === call ? facts.irpSetup : undefined;
    if (setup && (setup.since !== undefined || (setup.routine && !setup.routine.note.via))) return true;
  }
  return false;
}

/** IoFreeMdl/MmUnlockPages of an MDL, or ExFreePool* of memory, that a call which may still be pending uses. */
function checkBufferFree(node: Node, name: string, paths: FunctionPaths, byStart: ReadonlyMap<number, WskCall>, context: RuleContext, report: Reporter): void {
  const freed = argumentsOf(node)[0];
  if (!freed) return;
  const states = paths.statesBefore(node);
  const found = firstPending(states, (state) => {
    for (const use of state.pendingHolders(paths.valueOf(state, freed))) {
      const call = byStart.get(use.call);
      if (call) return call;
    }
    return undefined;
  });
  if (!found) return;
  const what = MDL_FREES.has(name) ? `The MDL ${context.text(freed)} is ${name === 'IoFreeMdl' ? 'freed' : 'unlocked'}` : `${context.text(freed)} is freed`;
  report(freed, found, `${what} while ${requestOf(found)} at line ${context.lineOf(found.callee)} may still be pending.`, 'WSK reads or writes that memory until the IRP completes: wait for it (KeWaitForSingleObject when the status is STATUS_PENDING) first.', states);
}

/**
 * Memory a call that may still be pending uses, freed or unlocked inside a helper before anything there
 * may wait (its summary's freesMemory). Not judged when the helper is handed that call's IRP, status or
 * completion event: it may be the one that waits for the call, or tests how it went.
 */
function checkHelperFrees(node: Node, name: string, paths: FunctionPaths, byStart: ReadonlyMap<number, WskCall>, context: RuleContext, report: Reporter): void {
  const args = argumentsOf(node);
  const frees = context.memoryFreesOf(name, args.length);
  if (frees.length === 0) return;
  const typeName = (type: string) => context.values.types.isTypeName(type);
  const states = paths.statesBefore(node);
  const reported = new Set<number>();
  for (const free of frees) {
    const index = /^\**\$(\d+)/.exec(free.path);
    const target = index ? args[Number(index[1])] : calleeName(node);
    const mapped = callerPath(free.path, args, typeName);
    if (!target || mapped === undefined || reported.has(target.id)) continue;
    const found = firstPending(states, (state) => {
      for (const use of state.pendingHolders(state.read(mapped))) {
        const call = byStart.get(use.call);
        if (call && !handedTheRequest(state, use.call, args, paths, typeName)) return call;
      }
      return undefined;
    });
    if (!found) continue;
    reported.add(target.id);
    const verb = verbOf(free.routine);
    const what = MDL_FREES.has(free.routine) ? `the MDL ${mapped}` : mapped;
    report(target, found, `${name} ${verb} ${what} while ${requestOf(found)} at line ${context.lineOf(found.callee)} may still be pending.`,
      'WSK reads or writes that memory until the IRP completes: wait for it (KeWaitForSingleObject when the status is STATUS_PENDING) first.', states,
      { target: free.note.node, message: `${free.routine} ${verb} it here`, file: free.note.file });
  }
}

/** Whether a helper's arguments hand it a call's IRP, its status, or what its completion routine gets as Context. */
function handedTheRequest(state: PathState, call: number, args: readonly Node[], paths: FunctionPaths, typeName: (name: string) => boolean): boolean {
  const contexts = new Set<string>();
  for (const facts of state.facts.values()) {
    const routine = facts.irpOf === call ? facts.irpSetup?.routine : undefined;
    if (routine && routine.context !== undefined) contexts.add(routine.context);
  }
  return args.some((arg) => {
    const facts = state.factsOf(paths.valueOf(state, arg));
    if (facts.irpOf === call || facts.statusOf?.call === call) return true;
    const path = addressedPath(arg, typeName) ?? accessPath(arg);
    return path !== undefined && contexts.has(path);
  });
}

interface Freed {
  readonly call: WskCall;
  readonly routine: string;
  readonly set: RoutineSet['note'];
}

/**
 * The WSK call an IRP was last given to, when the completion routine set on it before that call frees
 * the IRP it gets (its summary frees its Irp parameter): the IRP may be gone whatever the call returned.
 */
function freedByRoutine(state: PathState, irp: string, byStart: ReadonlyMap<number, WskCall>, context: RuleContext): Freed | undefined {
  const facts = state.factsOf(irp);
  const call = facts.irpOf === undefined ? undefined : byStart.get(facts.irpOf);
  const setup = facts.irpSetup;
  const routine = setup?.routine;
  if (!call || !routine || routine.afterUse || routine.name === undefined || !setup?.usedBy || setup.usedBy.call !== facts.irpOf) return undefined;
  const summary = context.routineSummaryOf(routine.name);
  const frees = summary?.ends.some((end) => end.kind === 'irp' && end.path === '$1');
  return frees ? { call, routine: routine.name, set: routine.note.via ?? routine.note } : undefined;
}

/**
 * The locals each call's memory lives in (wsk/buffers.ts): `&local`, `&local.field` or a local array
 * given as a buffer, address or length, or mapped by the IoAllocateMdl that built a WSK_BUF's MDL.
 * The WSK_BUF itself may be a local: only its MDL must live.
 */
function localMemoryOf(issued: readonly WskCall[], paths: FunctionPaths, definition: Node, context: RuleContext): Map<WskCall, string[]> {
  const result = new Map<WskCall, string[]>();
  const builders = new Map<number, Node>();
  for (const node of callExpressionsIn(definition)) {
    const name = calleeName(node)?.text;
    const buffer = name && MDL_BUILDERS.has(name) ? argumentsOf(node)[0] : undefined;
    if (buffer) builders.set(node.startIndex, buffer);
  }
  const typeName = (name: string) => context.values.types.isTypeName(name);
  for (const call of issued) {
    const buffers = PENDING_BUFFERS.get(call.api.name);
    if (!buffers) continue;
    const locals = new Set<string>();
    for (const param of buffers.memory) {
      const argument = call.arg(param);
      if (argument && localStorage(argument, definition, context)) locals.add(context.text(argument));
    }
    for (const { param, list } of buffers.mdls) {
      const argument = call.arg(param);
      const addressed = argument ? addressedPath(argument, typeName) : undefined;
      const mdlPath = argument ? mdlPathOf(addressed, addressed === undefined ? accessPath(argument) : undefined, list === true) : undefined;
      if (!mdlPath) continue;
      for (const state of paths.statesBefore(call.node)) {
        const built = /^c:(\d+)$/.exec(state.read(mdlPath));
        const mapped = built ? builders.get(Number(built[1])) : undefined;
        if (mapped && localStorage(mapped, definition, context)) locals.add(context.text(mapped));
      }
    }
    if (locals.size > 0) result.set(call, [...locals]);
  }
  return result;
}

/** `&local`, `&local.field`, `(PSOCKADDR)&local`, or a local array (its name), of a non-static local of the function. */
function localStorage(argument: Node, definition: Node, context: RuleContext): boolean {
  const addressed = addressedPath(argument, (name) => context.values.types.isTypeName(name));
  let node = unparenthesize(argument);
  while (node.type === 'cast_expression') {
    const value = node.childForFieldName('value');
    if (!value) return false;
    node = unparenthesize(value);
  }
  // The memory of the local itself, not memory it points to (`&ctx->Address`).
  const name = addressed !== undefined ? (addressed.includes('->') || addressed.startsWith('*') ? undefined : rootOf(addressed)) : node.type === 'identifier' ? node.text : undefined;
  if (name === undefined) return false;
  const variable = context.variablesInScope(argument).find((v) => v.declaration.name === name);
  if (!variable || (addressed === undefined && variable.type.kind !== 'array')) return false;
  return isNonStaticLocal(variable.declaration.declarator, definition);
}

/**
 * The wait inserted before the finding's statement: `KeWaitForSingleObject(event, …)` on the event the
 * IRP's completion routine gets as Context, when that Context is a KEVENT (its address, or a PKEVENT)
 * visible there as at the set. Unsafe: the wait is unconditional (it hangs if the routine does not signal
 * the event on every completion) and takes no timeout.
 */
function waitFix(target: Node, pending: WskCall, states: readonly PathState[], paths: FunctionPaths, context: RuleContext): ReportedFix[] {
  const irp = irpArgument(pending);
  if (!irp || context.inMacro(target)) return [];
  let event: string | undefined;
  const id = pending.node.startIndex;
  for (const state of states) {
    if (!state.outcomes.has(id) || !state.mayBePending(id)) continue;
    const routine = state.factsOf(valueIn(paths, state, irp.value)).irpSetup?.routine;
    const argument = routine && !routine.note.via ? contextArgument(routine) : undefined;
    const text = argument ? eventIn(argument, target, context) : undefined;
    if (!text || (event !== undefined && event !== text)) return [];
    event = text;
  }
  const at = insertionPoint(target);
  if (!event || !at) return [];
  const wait = `KeWaitForSingleObject(${event}, Executive, KernelMode, FALSE, NULL);`;
  const edit = at.type === 'return_statement' ? insertBeforeExit(at, [wait], context) : insertBefore(at, [wait], context);
  return [{ title: `Wait for the IRP (${event}) first`, edits: [edit] }];
}

/** The Context argument of the IoSetCompletionRoutine[Ex] a routine set note stands at. */
function contextArgument(routine: RoutineSet): Node | undefined {
  let set: Node | null = routine.note.node;
  while (set && set.type !== 'call_expression') set = set.parent;
  const name = set ? calleeName(set)?.text : undefined;
  const kernel = name ? kernelFunction(name) : undefined;
  return set && kernel && kernel.irpSetup === 'setsCompletionRoutine' ? argumentsOf(set)[paramIndex(kernel, 'Context')] : undefined;
}

/** The Context as a KEVENT pointer usable at `at` (same variable in scope there): `&done`, `Done`. */
function eventIn(argument: Node, at: Node, context: RuleContext): string | undefined {
  const node = unparenthesize(argument);
  const root = node.type === 'pointer_expression' ? node.childForFieldName('argument') : node;
  if (!root || root.type !== 'identifier') return undefined;
  const there = context.variablesInScope(root).find((v) => v.declaration.name === root.text);
  const here = context.variablesInScope(at).find((v) => v.declaration.name === root.text);
  if (!there || !here || there.declaration.declarator.startIndex !== here.declaration.declarator.startIndex) return undefined;
  const type = describe(there.type);
  const isEvent = node.type === 'pointer_expression' ? type === 'KEVENT' : type === 'PKEVENT' || type === 'PRKEVENT' || type === 'KEVENT *';
  return isEvent ? context.text(node) : undefined;
}

/** The statement to insert before: one directly in a block, a case or after a label (never before the label). */
function insertionPoint(node: Node): Node | undefined {
  for (let current: Node | null = node; current?.parent; current = current.parent) {
    const parent = current.parent;
    if (current.type === 'comment' || current.type === 'function_definition') return undefined;
    if (parent.type === 'compound_statement' && current.type !== 'labeled_statement') return current;
    if (parent.type === 'case_statement' && parent.childForFieldName('value')?.id !== current.id) return current;
    if (parent.type === 'labeled_statement' && current.type !== 'statement_identifier') return current;
    if (current.type === 'return_statement') return current;
  }
  return undefined;
}

/** The request a call makes: `WskSend`, or `WskSend (in SendOn)` for a wrapper's. */
function requestOf(call: WskCall): string {
  return call.via ? `${call.api.name} (in ${call.via.wrapper})` : call.api.name;
}

/**
 * The IRP a call surely gives WSK: its argument, or at a wrapper that surely makes its call, the one
 * the caller passes on or the field the wrapper reads it from (`Server->Irp` in `Refresh(Server, …)`).
 */
function irpArgument(call: WskCall): { node: Node; value: Node | string } | undefined {
  const param = paramWithRole(call.api, 'irp');
  const irp = usedArgument(call, param);
  if (!irp) return undefined;
  // An operation that takes no IRP (WSK_RELEASE_SD) completes at once: the IRP given is WSK012's.
  if (contractOf(call, param as string)?.expect === 'null') return undefined;
  const bare = unparenthesize(irp.node);
  return typeof irp.value === 'string' || !(bare.type === 'null' || bare.text === 'NULL' || bare.text === '0') ? irp : undefined;
}

function firstPending<T>(states: readonly PathState[], find: (state: PathState) => T | undefined): T | undefined {
  for (const state of states) {
    const found = find(state);
    if (found) return found;
  }
  return undefined;
}

/** The `x->IoStatus` part of a read (`irp->IoStatus.Status` reads through it). */
function ioStatusExpression(node: Node): Node | undefined {
  for (let current: Node | null = node; current?.type === 'field_expression'; current = current.childForFieldName('argument')) {
    if (current.childForFieldName('field')?.text === 'IoStatus') return current;
  }
  return undefined;
}

/**
 * An IRP given to a WSK call that may still be pending whose completion routine, set in this function,
 * gets the address of a local (non-static) of this function as its Context (`&event`, `&sync.Event`).
 */
function pendingWithLocalEvent(state: PathState, definition: Node, byStart: ReadonlyMap<number, WskCall>, context: RuleContext): { call: WskCall; event: string } | undefined {
  for (const facts of state.facts.values()) {
    const call = facts.irpOf === undefined ? undefined : byStart.get(facts.irpOf);
    const routine = facts.irpSetup?.routine;
    if (!call || !routine || routine.note.via || !state.mayBePending(facts.irpOf as number)) continue;
    const set = routine.note.node.parent?.type === 'call_expression' ? routine.note.node.parent : routine.note.node.parent?.parent;
    const name = set ? calleeName(set)?.text : undefined;
    const kernel = name ? kernelFunction(name) : undefined;
    if (!set || !kernel || kernel.irpSetup !== 'setsCompletionRoutine') continue;
    const argument = argumentsOf(set)[paramIndex(kernel, 'Context')];
    const local = argument ? addressedLocal(argument, definition, context) : undefined;
    if (local) return { call, event: context.text(argument as Node) };
  }
  return undefined;
}

/** `&name` or `&name.field…` (casts and parentheses aside) of a non-static local declared in the function's body. */
function addressedLocal(argument: Node, definition: Node, context: RuleContext): string | undefined {
  let node = unparenthesize(argument);
  while (node.type === 'cast_expression') {
    const value = node.childForFieldName('value');
    if (!value) return undefined;
    node = unparenthesize(value);
  }
  if (node.type !== 'pointer_expression' || node.childForFieldName('operator')?.type !== '&') return undefined;
  let target = node.childForFieldName('argument');
  while (target && target.type === 'field_expression' && target.childForFieldName('operator')?.type === '.') target = target.childForFieldName('argument');
  if (!target) return undefined;
  target = unparenthesize(target);
  if (target.type !== 'identifier') return undefined;
  const variable = context.variablesInScope(node).find((v) => v.declaration.name === target.text);
  const declared = variable?.declaration.declarator;
  if (!declared || declared.type === 'pointer_declarator' || declared.childForFieldName('declarator')?.type === 'pointer_declarator') return undefined;
  return isNonStaticLocal(declared, definition) ? target.text : undefined;
}

/** A declarator inside the function's body whose declaration is not `static`. */
function isNonStaticLocal(declared: Node, definition: Node): boolean {
  const body = definition.childForFieldName('body');
  if (!body || declared.startIndex < body.startIndex || declared.endIndex > body.endIndex) return false;
  let declaration: Node | null = declared;
  while (declaration && declaration.type !== 'declaration') declaration = declaration.parent;
  return !!declaration && !declaration.namedChildren.some((child) => child?.type === 'storage_class_specifier' && child.text === 'static');
}
