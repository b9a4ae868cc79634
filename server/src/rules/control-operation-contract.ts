import type { Node } from '../parse/treeSitter';
import type { ReportedFix, Rule, RuleContext } from '../analysis/rule';
import type { WskCall } from '../analysis/calls';
import type { ControlProblem, ControlVerdict } from '../analysis/controlContracts';
import { controlRowOf, judgeBuffer, judgeIrp, judgeSize } from '../analysis/controlContracts';
import type { ControlRow, SizeRule } from '../wsk/controls';
import { CONTROL_BUFFERS, CONTROL_SIZES, controlTitle, sizeRuleText } from '../wsk/controls';
import type { Value } from '../analysis/values';
import { paramWithRole } from '../wsk/api';
import { eventControlFacts, checkEventControl } from './control-events';
import { checkOrder } from './control-order';
import { related, statesAt } from './path-support';
import type { Note } from '../analysis/paths';
import { isNullConstant } from '../analysis/values';
import { capitalised, message } from './render';
import { stripCasts } from '../analysis/syntax';

export const rule: Rule = {
  meta: { id: 'WSK021', name: 'control-operation-contract', severity: 'error', fix: 'safe', supersedes: ['WSK017', 'WSK024'] },
  docs: {
    summary: 'A WskControlSocket or WskControlClient call breaks its control code\'s row: a size, buffer or Irp, the order against bind, connect or socket creation, or the event-callback control structure.',
    why: [
      'Each socket option, IOCTL and client control code has one shape: the sizes and buffers it reads or writes,',
      'whether it completes through an IRP (SO_REUSEADDR and the other options need one; SIO_WSK_QUERY_INSPECT_ID,',
      'WSK_TRANSPORT_LIST_QUERY, the static callbacks and enabling SO_WSK_EVENT_CALLBACK take none), and when it may',
      'run: address-sharing options before bind, event callbacks after bind or connect, static callbacks before any',
      'socket. A wrong size makes WSK read or write the wrong number of bytes (a ULONG option given sizeof(BOOLEAN)',
      'overruns the caller\'s stack), a missing IRP fails the request, an unexpected one is never completed, an',
      'option set too late is rejected or silently ignored. A WSK_EVENT_CALLBACK_CONTROL whose NpiId was never set',
      'hands WSK stack garbage as a pointer, and a disable of several events at once leaves callbacks running that',
      'the driver believes stopped: a use after free at unload.',
    ].join(' '),
    invalid: `NTSTATUS
ShareAddress(PWSK_SOCKET Socket, PIRP Irp)
{
    ULONG on = 1;

    return ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(
        Socket, WskSetOption, SO_REUSEADDR, SOL_SOCKET,
        sizeof(on), &on, 0, NULL, NULL, NULL);
}
`,
    valid: `NTSTATUS
ShareAddress(PWSK_SOCKET Socket, PIRP Irp)
{
    ULONG on = 1;

    return ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(
        Socket, WskSetOption, SO_REUSEADDR, SOL_SOCKET,
        sizeof(on), &on, 0, NULL, NULL, Irp);
}
`,
    fixWhen: 'for a size (→ sizeof(T) or 0), a buffer or Irp that must be NULL (→ NULL) and a value where its address is due (→ &v)',
    fixSafety: 'Safe: each replacement is the only value the row allows there. A missing IRP, an ordering break and the event-callback structure get no fix: they need code around the call.',
  },
  onCall(call, context) {
    const found = controlRowOf(call, context.values);
    if (!found) return;
    const { row, code } = found;
    const events = eventControlFacts(call, row, context);
    // `inner`: the verdict the wrapper's own check gives its argument (it cannot see the caller's control structure).
    const check = (param: string, judged: (value: Value) => ControlVerdict, size?: SizeRule, inner = judged) => {
      const node = argumentOf(call, param, (value) => inner(value).ok === false);
      const verdict = node ? judged(context.values.evaluate(node)) : undefined;
      if (node && verdict?.ok === false) report(row, code, param, node, verdict.problem, size, context);
    };
    for (const { param, key } of CONTROL_SIZES) check(param, (value) => judgeSize(row[key], value), row[key]);
    for (const { param, key } of CONTROL_BUFFERS) check(param, (value) => judgeBuffer(row[key], value));
    const irpParam = paramWithRole(call.api, 'irp');
    if (irpParam) check(irpParam, (value) => judgeIrp(row.irp, value, events?.enabling ?? false), undefined, (value) => judgeIrp(row.irp, value, false));
    if (irpParam && row.irp === 'required') nullOnSomePath(call, row, code, irpParam, context);
    if (events) checkEventControl(row, code, events, context);
    checkOrder(call, row, code, events, context);
  },
};

/** An Irp that must not be NULL held in a variable that is NULL on some path to the call (as WSK005). */
function nullOnSomePath(call: WskCall, row: ControlRow, code: string, param: string, context: RuleContext): void {
  const irp = call.arg(param);
  const at = statesAt(call, context);
  // Through a wrapper, the caller's IRP when the wrapper passes it on untested.
  if (!irp || !at || call.via?.guarded.has(param) || isNullConstant(context.values.evaluate(irp))) return;
  let assigned: Note | undefined;
  for (const state of at.states) assigned ??= state.factsOf(at.paths.valueOf(state, irp)).isNull;
  if (!assigned) return;
  const op = controlTitle(row, code);
  context.report({
    target: irp,
    message: message([`${param} is NULL on a path to ${op} (NULL assigned at line ${context.lineOf(assigned.node)}).`, `${capitalised(op)} completes through an IRP: allocate one on every path that reaches the call.`]),
    related: related(assigned),
  });
}

/**
 * The caller's argument for a parameter, unless a wrapper passes its own parameter on in the wrong
 * shape (then the finding is the wrapper's, once) or the argument is the wrapper's own business.
 */
function argumentOf(call: WskCall, param: string, isWrong: (value: Value) => boolean): Node | undefined {
  const node = call.arg(param);
  if (!node) return undefined;
  const inner = call.via?.inner.arg(param);
  if (call.via && inner && isWrong(call.via.innerValues.evaluate(inner))) return undefined;
  return node;
}

function report(row: ControlRow, code: string, param: string, node: Node, problem: ControlProblem, size: SizeRule | undefined, context: RuleContext): void {
  const expected = size ? sizeRuleText(size) : undefined;
  const op = controlTitle(row, code);
  const given = context.describe(node);
  const replace = (text: string): ReportedFix[] => [{ title: `Replace ${context.text(node)} with ${text}`, edits: [{ target: node, newText: text }], preferred: true }];
  switch (problem) {
    case 'literalSize':
    case 'wrongSize':
      context.report({
        target: node,
        message: message(
          [`${param} must be ${expected} for ${op}, not ${given}.`, problem === 'literalSize' ? 'A literal is the size on one target only.' : `${given} is another size: WSK reads or writes ${unitOf(size)} through the buffer.`],
          [`${param} must be ${expected} for ${op}.`, `It is ${given}.`],
        ),
        fixes: expected ? replace(expected) : [],
      });
      return;
    case 'nonzeroSize':
      context.report({
        target: node,
        message: message([`${param} must be 0 for ${op}, not ${given}.`, `${capitalised(op)} has no ${param.startsWith('Input') ? 'input' : 'output'}.`], [`${param} must be 0 for ${op}.`, `It is ${given}.`]),
        fixes: replace('0'),
      });
      return;
    case 'notNull':
      context.report({
        target: node,
        message: message(
          [`${param} must be NULL for ${op}, not ${given}.`, param === 'Irp' ? `${capitalised(op)} ${row.irp === 'nullToEnable' ? 'that enables events' : ''} takes no IRP: WSK completes it at once and never completes one given.`.replace('  ', ' ') : `${capitalised(op)} has no such buffer.`],
          [`${param} must be NULL for ${op}.`, `It is ${given}.`],
        ),
        fixes: replace('NULL'),
      });
      return;
    case 'nullIrp':
      context.report({ target: node, message: message([`${param} must not be NULL for ${op}.`, `${capitalised(op)} completes through an IRP: allocate one with IoAllocateIrp, set a completion routine and wait for it.`]) });
      return;
    case 'nullBuffer':
      context.report({ target: node, message: message([`${param} must be an address for ${op}, not ${given}.`, `WSK reads or writes the value through it.`], [`${param} must be an address for ${op}.`, `It is ${given}.`]) });
      return;
    case 'valueNotAddress': {
      const inner = stripCasts(node);
      const text = context.text(inner);
      context.report({
        target: node,
        message: message([`${param} must be the address of ${text} (&${text}) for ${op}, not its value.`, 'WSK reads or writes the value through the pointer it is given.']),
        fixes: [{ title: `Pass the address: &${text}`, edits: [{ target: inner, newText: `&${text}` }], preferred: true }],
      });
    }
  }
}

/** What a size rule measures, for messages: `a ULONG`. */
function unitOf(size: SizeRule | undefined): string {
  if (size === 'ulong') return 'a ULONG';
  if (size === 'sizeT') return 'a pointer-sized SIZE_T';
  if (typeof size === 'object') return `a whole ${size.record}`;
  return 'nothing';
}
