import type { Rule, RuleContext, ReportedFix } from '../analysis/rule';
import type { WskCall } from '../analysis/calls';
import { contractOf } from '../analysis/calls';
import { controlRowOf } from '../analysis/controlContracts';
import type { FunctionPaths, IrpSetup, Note } from '../analysis/paths';
import { isConstantFalse } from '../analysis/paths';
import { setCalls } from '../analysis/roles';
import { functionName, argumentsOf, declaratorName, stripCasts, unparenthesize } from '../analysis/syntax';
import { perNode } from '../analysis/nodeMemo';
import type { Node } from '../parse/treeSitter';
import { INVOKE_FLAGS, irpRequired, kernelFunction, paramIndex, paramWithRole } from '../wsk/api';
import { insertBefore, related, statementInBlock, statesAt, usedArgument } from './path-support';
import { message } from './render';

export const rule: Rule = {
  meta: { id: 'WSK017', name: 'irp-setup', severity: 'error', fix: 'safe' },
  docs: {
    summary: 'An IRP the driver allocated reaches a WSK call without a completion routine set on every completion, reused without IoReuseIrp, with no stack location, or a WSK call gets a NULL Irp.',
    why: [
      'An IRP from IoAllocateIrp belongs to the driver, not to a thread: when WSK completes it, only a completion',
      'routine that returns STATUS_MORE_PROCESSING_REQUIRED stops the I/O manager from completing it further. With no',
      'routine, or one set with InvokeOnSuccess, InvokeOnError or InvokeOnCancel FALSE (skipped on that completion),',
      'the I/O manager goes on with an IRP it does not own — a bugcheck or a use after free — and a thread waiting for',
      'the routine\'s event hangs. An IRP given to a second WSK call without IoReuseIrp still carries the first',
      'request\'s stack location, Cancel and PendingReturned flags, and corrupts the second request; IoReuseIrp also',
      'clears the completion routine, so set it again after. WSK needs one stack location (StackSize of at least 1),',
      'and every WSK request but the control calls and name resolution needs an IRP: a NULL one is dereferenced.',
    ].join(' '),
    invalid: `NTSTATUS
BindSync(PWSK_SOCKET Socket, PVOID Local, PKEVENT Done)
{
    NTSTATUS status;
    PIRP irp = IoAllocateIrp(1, FALSE);

    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    IoSetCompletionRoutine(irp, BindDone, Done, TRUE, TRUE, FALSE);
    status = ((PWSK_PROVIDER_CONNECTION_DISPATCH)Socket->Dispatch)->WskBind(Socket, Local, 0, irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(Done, Executive, KernelMode, FALSE, NULL);
        status = irp->IoStatus.Status;
    }
    IoFreeIrp(irp);
    return status;
}
`,
    valid: `NTSTATUS
BindSync(PWSK_SOCKET Socket, PVOID Local, PKEVENT Done)
{
    NTSTATUS status;
    PIRP irp = IoAllocateIrp(1, FALSE);

    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    IoSetCompletionRoutine(irp, BindDone, Done, TRUE, TRUE, TRUE);
    status = ((PWSK_PROVIDER_CONNECTION_DISPATCH)Socket->Dispatch)->WskBind(Socket, Local, 0, irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(Done, Executive, KernelMode, FALSE, NULL);
        status = irp->IoStatus.Status;
    }
    IoFreeIrp(irp);
    return status;
}
`,
    fixWhen: 'FALSE → TRUE and StackSize → 1: always (not inside a macro\'s body, nor for a size in a helper); IoReuseIrp: when a completion routine is set again between the two calls',
    fixSafety: 'Safe: a constant FALSE Invoke flag becomes TRUE; a StackSize below 1 becomes 1; for an IRP given to a second WSK call, `IoReuseIrp(irp, STATUS_UNSUCCESSFUL);` goes just before the IoSetCompletionRoutine that follows the first call (offered only when there is one on every path, so that the routine IoReuseIrp clears is set again).',
  },
  onCall(call, context) {
    const param = paramWithRole(call.api, 'irp');
    const irp = usedArgument(call, param)?.value;
    if (!param || !irp || typeof irp === 'string' || (call.via && call.via.guarded.has(param))) return;
    // A wrapper's control operation that takes no IRP: the IRP passed is WSK021's, found in the wrapper.
    if (call.via && controlRowOf(call, context.values)?.row.irp === 'null') return;
    if (irpRequired(call.api) && nullIrp(call, irp, param, context)) return;
    // An operation that takes no IRP (WSK_RELEASE_SD): the IRP given is wrong whatever its setup (WSK012's).
    if (contractOf(call, param)?.expect === 'null') return;
    // Only where the function (or a helper) allocates or reuses an IRP can its setup be known: no paths elsewhere.
    if (!call.inFunction || !context.mayKnowIrp(call.inFunction)) return;
    const at = statesAt(call, context);
    if (!at) return;
    // A wrapper that sets the IRP up itself (or may): its own calls are checked inside it.
    if (call.via && setsIrpUp(call, irp, at.paths)) return;
    const request = call.via ? `${call.api.name} (in ${call.via.wrapper})` : call.api.name;
    let reused: { first: { note: Note }; setup: IrpSetup } | undefined;
    /** The one IoSetCompletionRoutine of this function that follows the first call on every path: IoReuseIrp goes before it. */
    let setAgain: Note | undefined;
    let bare: IrpSetup | undefined;
    let fixable = true;
    for (const state of at.states) {
      const facts = state.factsOf(at.paths.valueOf(state, irp));
      const setup = facts.irpSetup;
      if (!setup) continue;
      tooSmall(facts.object?.note ?? setup.since, call, context);
      // Only an IRP the driver owns (allocated or reinitialised in view) is known to be reused wrongly.
      if (setup.usedBy && setup.since) {
        reused ??= { first: setup.usedBy, setup };
        const routine = setup.routine;
        const here = routine && routine.afterUse && !routine.note.via && !routine.note.file ? routine.note : undefined;
        if (!here || (setAgain && setAgain.node.id !== here.node.id)) fixable = false;
        setAgain ??= here;
      } else if (setup.routine === false && setup.since) {
        bare ??= setup;
      }
    }
    if (reused) {
      const first = reused.first.note;
      context.report({
        target: irp,
        message: message(
          [`${context.text(irp)} was given to ${calleeName(first)} (line ${context.lineOf(first.node)}) and is not reused with IoReuseIrp before ${request}.`, 'It still carries the first request\'s stack location and flags, which corrupt this one. Call IoReuseIrp(irp, STATUS_UNSUCCESSFUL) once the first request completes, then set the completion routine again.'],
          [`The IRP was given to another WSK call (line ${context.lineOf(first.node)}) and is not reused with IoReuseIrp.`, `${context.text(irp)} still carries the first request's stack location and flags, which corrupt this ${request}. Call IoReuseIrp(irp, STATUS_UNSUCCESSFUL) once the first request completes, then set the completion routine again.`],
        ),
        related: related(first),
        fixes: fixable && setAgain ? reuseFix(setAgain, context) : [],
      });
      return;
    }
    if (bare?.since) {
      const since = bare.since;
      const origin = /\((Io\w+)\)/.exec(since.message)?.[1] ?? 'IoAllocateIrp';
      const after = origin.startsWith('IoAllocate') ? `its allocation (line ${context.lineOf(since.node)})` : `${origin} (line ${context.lineOf(since.node)})`;
      context.report({
        target: irp,
        message: message(
          [`${context.text(irp)} reaches ${request} with no completion routine set since ${after}.`, 'The I/O manager then goes on completing an IRP the driver owns (a bugcheck). Set a routine with IoSetCompletionRoutine(irp, Routine, Context, TRUE, TRUE, TRUE) that returns STATUS_MORE_PROCESSING_REQUIRED.'],
          [`The IRP reaches ${request} with no completion routine set since ${after}.`, `The I/O manager then goes on completing ${context.text(irp)}, which the driver owns (a bugcheck). Set a routine with IoSetCompletionRoutine(irp, Routine, Context, TRUE, TRUE, TRUE) that returns STATUS_MORE_PROCESSING_REQUIRED.`],
          [`The IRP reaches ${request} with no completion routine set.`, `None is set since ${after}. The I/O manager then goes on completing ${context.text(irp)}, which the driver owns (a bugcheck). Set a routine with IoSetCompletionRoutine(irp, Routine, Context, TRUE, TRUE, TRUE) that returns STATUS_MORE_PROCESSING_REQUIRED.`],
        ),
        related: related(since),
      });
    }
  },
  onFunction(info, context) {
    // A routine set with a constant FALSE Invoke flag on an owned IRP that reaches a WSK call, here or in a caller.
    const name = functionName(info.definition);
    if (!name) return;
    for (const set of setCalls(info.definition)) {
      const kernel = kernelFunction(set.childForFieldName('function')?.text ?? '');
      const args = argumentsOf(set);
      if (!kernel || args.length !== kernel.params.length) continue;
      const flags = INVOKE_FLAGS.map((flag) => ({ flag, node: args[paramIndex(kernel, flag)] })).filter((f) => f.node && isConstantFalse(context.values.evaluate(f.node)));
      if (flags.length === 0) continue;
      const owned = context.roles().ownedSetAt({ file: context.file, node: set }, name);
      if (!owned) continue;
      for (const { flag, node } of flags) {
        context.report({
          target: node,
          message: message(
            [`${flag} is FALSE: the completion routine is skipped when the request ${outcome(flag)}.`, 'The IRP is the driver\'s own and reaches a WSK call: WSK needs the routine on every completion, or a waiter hangs and the I/O manager completes an IRP it does not own. Pass TRUE.'],
          ),
          related: [{ target: owned.reaches.node, message: owned.reaches.message, ...(owned.file !== context.file ? { file: owned.file } : {}) }],
          fixes: [{ title: `Replace FALSE with TRUE (${flag})`, edits: [{ target: node, newText: 'TRUE' }], preferred: true }],
        });
      }
    }
  },
};

/**
 * Whether a wrapper call may set up the IRP the caller passes before its WSK call: reinitialises it or
 * sets a completion routine on some path (its summary), or has no summary to tell.
 */
function setsIrpUp(call: WskCall, irp: Node, paths: FunctionPaths): boolean {
  const helper = paths.helperCalls.find((h) => h.node.id === call.node.id);
  const index = argumentsOf(call.node).findIndex((arg) => arg.id === irp.id);
  if (!helper || index < 0) return true;
  const path = `$${index}`;
  const { irpSetups = [], setsRoutine = [] } = helper.summary;
  return setsRoutine.some((set) => set.path === path) || irpSetups.some((setup) => setup.path === path && (setup.since !== undefined || setup.routine !== undefined));
}

/** A NULL Irp (a constant, or a variable NULL on some path): reported, true. */
function nullIrp(call: WskCall, irp: Node, param: string, context: RuleContext): boolean {
  const value = context.values.evaluate(irp);
  let assigned: Note | undefined;
  if (!(value.kind === 'integer' && value.value === 0)) {
    // A NULL on some path: a variable the function sets to NULL (or an IRP it allocates, whose NULL is WSK006's).
    if (!call.inFunction || !(assignsNull(call.inFunction, irp) || context.mayKnowIrp(call.inFunction))) return false;
    const at = statesAt(call, context);
    for (const state of at?.states ?? []) assigned ??= state.factsOf(at!.paths.valueOf(state, irp)).isNull;
    if (!assigned) return false;
  }
  context.report({
    target: irp,
    message: message(
      [assigned ? `${param} is NULL on a path to ${call.api.name} (NULL assigned at line ${context.lineOf(assigned.node)}).` : `${param} must not be NULL for ${call.api.name}.`, `${call.api.name} completes through an IRP and dereferences it: allocate one with IoAllocateIrp, check it, and set its completion routine.`],
    ),
    ...(assigned ? { related: related(assigned) } : {}),
  });
  return true;
}

/**
 * Whether the function writes NULL (or 0) into the variable an argument names, as written, or into a
 * variable whose value it copies there (`mm = irp` after `irp = NULL`).
 */
function assignsNull(definition: Node, argument: Node): boolean {
  const core = stripCasts(argument);
  if (core.type !== 'identifier') return false;
  const sources = assignedSources(definition);
  const pending = [core.text];
  const seen = new Set(pending);
  for (let name = pending.pop(); name !== undefined; name = pending.pop()) {
    for (const source of sources.get(name) ?? []) {
      if (source === NULL_SOURCE) return true;
      if (!seen.has(source)) {
        seen.add(source);
        pending.push(source);
      }
    }
  }
  return false;
}

/** Stands for NULL or 0 among what a variable is assigned. */
const NULL_SOURCE = '';

/**
 * What each variable of a function is assigned or initialised with, where that is NULL, 0 or another
 * variable (casts and parentheses aside; `a = b = NULL` gives both NULL). Read from the tree once per
 * function: a text search per call cost time in the square of a long function's length.
 */
const assignedSources = perNode((definition: Node): Map<string, string[]> => {
  const sources = new Map<string, string[]>();
  const add = (target: Node | null, value: Node | null) => {
    if (!target || !value) return;
    let core = stripCasts(value);
    while (core.type === 'assignment_expression' && core.childForFieldName('operator')?.text === '=') {
      const right = core.childForFieldName('right');
      if (!right) return;
      core = stripCasts(right);
    }
    const source = core.type === 'null' || (core.type === 'identifier' && core.text === 'NULL') || (core.type === 'number_literal' && core.text === '0') ? NULL_SOURCE : core.type === 'identifier' ? core.text : undefined;
    if (source === undefined) return;
    const list = sources.get(target.text);
    if (list) list.push(source);
    else sources.set(target.text, [source]);
  };
  for (const node of definition.descendantsOfType(['assignment_expression', 'init_declarator'])) {
    if (node.type === 'init_declarator') add(declaratorName(node.childForFieldName('declarator')), node.childForFieldName('value'));
    else if (node.childForFieldName('operator')?.text === '=') {
      const left = node.childForFieldName('left');
      add(left && unparenthesize(left).type === 'identifier' ? unparenthesize(left) : null, node.childForFieldName('right'));
    }
  }
  return sources;
});

/**
 * A StackSize below 1 at the allocation of an IRP that reaches a WSK call (reported once per argument).
 * An IRP a helper allocated with a constant below 1 is reported at the helper's call, the allocation
 * among the related locations: the helper's own analysis never sees the IRP reach WSK.
 */
function tooSmall(allocation: Note | undefined, call: WskCall, context: RuleContext): void {
  if (!allocation || allocation.file) return;
  let inner = allocation;
  while (inner.via) inner = inner.via;
  const size = stackSizeOf(inner.node);
  if (!size) return;
  const value = inner === allocation ? context.values.evaluate(size) : literalValue(size);
  if (value?.kind !== 'integer' || value.value >= 1) return;
  const why = `WSK uses the IRP's stack location (line ${context.lineOf(call.callee)}): with none, it writes past the IRP.`;
  if (inner === allocation) {
    context.report({
      target: size,
      message: message([`StackSize must be at least 1 for an IRP given to ${call.api.name}, not ${context.text(size)}.`, why]),
      fixes: [{ title: 'Allocate the IRP with one stack location', edits: [{ target: size, newText: '1' }], preferred: true }],
    });
    return;
  }
  const helper = allocation.node.type === 'call_expression' ? allocation.node.childForFieldName('function') ?? allocation.node : allocation.node;
  context.report({
    target: helper,
    message: message([`StackSize must be at least 1 for an IRP given to ${call.api.name}: ${helper.text} allocates it with ${size.text}.`, why]),
    related: [...related(allocation).slice(1, -1), { target: size, message: 'the IRP is allocated with no stack location here', ...(inner.file ? { file: inner.file } : {}) }],
  });
}

/** The StackSize argument of an allocator's call. */
function stackSizeOf(node: Node): Node | undefined {
  if (node.type !== 'call_expression') return undefined;
  const kernel = kernelFunction(node.childForFieldName('function')?.text ?? '');
  const index = kernel ? paramIndex(kernel, 'StackSize') : -1;
  const args = argumentsOf(node);
  return index >= 0 && kernel && args.length === kernel.params.length ? args[index] : undefined;
}

/** An integer written as a literal (`0`, `(CCHAR)0`): a helper's constants, which this file's values do not hold. */
function literalValue(node: Node): { kind: 'integer'; value: number } | undefined {
  const core = stripCasts(node);
  return core.type === 'number_literal' && /^\d+[uUlL]*$/.test(core.text) ? { kind: 'integer', value: Number.parseInt(core.text, 10) } : undefined;
}

/** `IoReuseIrp(irp, STATUS_UNSUCCESSFUL);` just before the completion routine set again. */
function reuseFix(set: Note, context: RuleContext): ReportedFix[] {
  let call: Node | null = set.node;
  while (call && call.type !== 'call_expression') call = call.parent;
  const statement = call ? statementInBlock(call) : undefined;
  const kernel = call ? kernelFunction(call.childForFieldName('function')?.text ?? '') : undefined;
  const irp = call && kernel ? argumentsOf(call)[paramIndex(kernel, 'Irp')] : undefined;
  if (!statement || !irp || context.inMacro(statement) || context.inMacro(irp)) return [];
  const text = context.text(irp);
  return [{ title: `Reuse ${text} with IoReuseIrp before setting its completion routine again`, edits: [insertBefore(statement, [`IoReuseIrp(${text}, STATUS_UNSUCCESSFUL);`], context)], preferred: true }];
}

function calleeName(note: Note): string {
  return note.node.text;
}

function outcome(flag: string): string {
  return flag === 'InvokeOnSuccess' ? 'succeeds' : flag === 'InvokeOnError' ? 'fails' : 'is cancelled';
}
