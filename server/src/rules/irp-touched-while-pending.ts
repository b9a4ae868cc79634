import type { Rule, RuleContext } from '../analysis/rule';
import type { WskCall } from '../analysis/calls';
import { contractOf } from '../analysis/calls';
import type { PathState } from '../analysis/paths';
import { argumentsOf, calleeName, unparenthesize } from '../analysis/syntax';
import type { Node } from '../parse/treeSitter';
import { KERNEL_FUNCTIONS, endsOf, kernelFunction, paramIndex, paramWithRole } from '../wsk/api';
import { message } from './render';

/** The kernel routines that free an IRP the driver owns (`true`) or reinitialise it (`false`), by the API table. */
const IRP_TOUCHES = new Map(KERNEL_FUNCTIONS.flatMap((fn) => {
  const frees = endsOf(fn.name, undefined).some((end) => end.kind === 'irp');
  return frees || fn.irpSetup === 'reinitialises' ? [[fn.name, { fn, frees }] as const] : [];
}));

export const rule: Rule = {
  meta: { id: 'WSK015', name: 'irp-touched-while-pending', severity: 'error', fix: 'none' },
  docs: {
    summary: 'An IRP is freed, reused or its IoStatus read, or the function returns while the completion routine\'s Context is a local, while the WSK call given that IRP may still be pending.',
    why: [
      'A WSK call that returns STATUS_PENDING goes on with its IRP: WSK owns it until the IRP completes. Freeing or',
      'reusing it before then races the completion — a use after free, a bugcheck — and its IoStatus holds no',
      'result yet (a garbage status, a socket that is not there). A KEVENT on the stack that the completion routine',
      'signals dies with the function\'s frame while the routine may still run: it writes into another function\'s',
      'stack. Wait first: `if (status == STATUS_PENDING) { KeWaitForSingleObject(&event, …); status = irp->IoStatus.Status; }`.',
      'A test that the call returned something other than STATUS_PENDING (or failed: `!NT_SUCCESS`) proves it',
      'complete; `NT_SUCCESS` does not (STATUS_PENDING is a success code).',
      '\n\nHow far it sees: any KeWaitForSingleObject/KeWaitForMultipleObjects after the call counts as its completion',
      '(one with a timeout too), as does a helper whose summary waits, or a function whose body is not in the',
      'workspace given the IRP or the status. The MDLs and buffers of a pending call, and an IRP its completion',
      'routine frees, are not checked yet; nor are calls through a project\'s wrappers.',
    ].join(' '),
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
    // Only a WSK call of the function's own (not a wrapper's, which may wait inside) with an IRP can be pending here.
    const issued = info.calls.filter((call) => !call.via && irpArgument(call) !== undefined);
    if (issued.length === 0) return;
    const paths = context.paths(info.definition);
    if (!paths || paths.budgetExceeded) return;
    const byStart = new Map(issued.map((call) => [call.node.startIndex, call]));
    const pendingCall = (state: PathState, irp: Node): WskCall | undefined => {
      const call = state.factsOf(paths.valueOf(state, irp)).irpOf;
      const wsk = call === undefined ? undefined : byStart.get(call);
      return wsk && state.mayBePending(call as number) ? wsk : undefined;
    };
    const report = (target: Node, pending: WskCall, what: string, advice: string, sentence?: string) => {
      const line = context.lineOf(pending.callee);
      context.report({
        target,
        message: message([sentence ?? `${what} while ${pending.api.name} at line ${line} may still be pending.`, advice]),
        related: [{ target: pending.callee, message: `the IRP is given to ${pending.api.name} here; it may return STATUS_PENDING` }],
      });
    };
    const waitAdvice = 'WSK owns the IRP until it completes: wait for it (KeWaitForSingleObject when the status is STATUS_PENDING) first.';

    // IoFreeIrp/IoReuseIrp of the IRP, directly or through a helper whose summary frees it.
    for (const node of info.definition.descendantsOfType('call_expression')) {
      if (!node) continue;
      const name = calleeName(node)?.text;
      const touch = name ? IRP_TOUCHES.get(name) : undefined;
      const irpParam = touch ? paramWithRole(touch.fn, 'irp') : undefined;
      const irp = touch && irpParam ? argumentsOf(node)[paramIndex(touch.fn, irpParam)] : undefined;
      if (!touch || !irp) continue;
      const pending = firstPending(paths.statesBefore(node), (state) => pendingCall(state, irp));
      if (pending) report(irp, pending, `The IRP is ${touch.frees ? 'freed' : 'reused'}`, waitAdvice);
    }
    for (const helper of paths.helperCalls) {
      for (const effect of helper.summary.ends) {
        const index = effect.kind === 'irp' ? /^\$(\d+)$/.exec(effect.path) : null;
        const irp = index ? helper.args[Number(index[1])] : undefined;
        if (!irp) continue;
        const pending = firstPending(paths.statesBefore(helper.node), (state) => pendingCall(state, irp));
        if (pending) report(irp, pending, `${helper.summary.name} frees the IRP`, waitAdvice);
      }
    }

    // `irp->IoStatus` read before the IRP completed: no result there yet.
    for (const read of paths.pendingStatusReads) {
      const target = ioStatusExpression(read.node);
      const base = target?.childForFieldName('argument');
      if (!target || !base) continue;
      const pending = firstPending(read.states, (state) => pendingCall(state, base));
      if (pending) report(target, pending, `${context.text(target)} is read`, 'It holds the result only once the IRP completed: wait for it (KeWaitForSingleObject when the status is STATUS_PENDING) first.');
    }

    // A return while the completion routine may still signal a KEVENT of this frame.
    for (const exit of paths.exits) {
      const found = firstPending(exit.states, (state) => pendingWithLocalEvent(state, info.definition, byStart, context));
      if (found) {
        const sentence = `The function returns while ${found.call.api.name} at line ${context.lineOf(found.call.callee)} may still be pending.`;
        report(exit.node, found.call, '', `Its completion routine gets ${found.event}, a local that dies with this frame: wait for the IRP before returning.`, sentence);
      }
    }
  },
};

function irpArgument(call: WskCall): Node | undefined {
  const param = paramWithRole(call.api, 'irp');
  const irp = param ? call.arg(param) : undefined;
  if (!irp) return undefined;
  // An operation that takes no IRP (WSK_RELEASE_SD) completes at once: the IRP given is WSK012's.
  if (contractOf(call, param as string)?.expect === 'null') return undefined;
  const bare = unparenthesize(irp);
  return bare.type === 'null' || bare.text === 'NULL' || bare.text === '0' ? undefined : irp;
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
  const body = definition.childForFieldName('body');
  const variable = context.variablesInScope(node).find((v) => v.declaration.name === target.text);
  const declared = variable?.declaration.declarator;
  if (!declared || !body || declared.startIndex < body.startIndex || declared.endIndex > body.endIndex) return undefined;
  if (declared.type === 'pointer_declarator' || declared.childForFieldName('declarator')?.type === 'pointer_declarator') return undefined;
  let declaration: Node | null = declared;
  while (declaration && declaration.type !== 'declaration') declaration = declaration.parent;
  if (!declaration || declaration.namedChildren.some((child) => child?.type === 'storage_class_specifier' && child.text === 'static')) return undefined;
  return target.text;
}
