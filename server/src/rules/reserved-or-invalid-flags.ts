import type { Node } from '../parse/treeSitter';
import type { ReportedFix, Rule, RuleContext } from '../analysis/rule';
import type { WskCall } from '../analysis/calls';
import { bitCount, flagValue } from '../analysis/flags';
import type { FlagValue } from '../analysis/flags';
import { addressedDefinitions } from '../analysis/fieldValues';
import { isNullConstant } from '../analysis/values';
import { argumentValue } from '../analysis/forwarding';
import { unparenthesize } from '../analysis/syntax';
import {
  CONTROL_INFO_PAIRS, DATA_FLAGS, FLAG_CONSTANTS, FLAG_CONSTRAINTS, INSPECT_ACTIONS, INSPECT_COMPLETE_ACTIONS, RESERVED_FLAGS,
  SOCKET_CATEGORIES, SOCKET_CATEGORY_BITS,
} from '../wsk/controls';
import type { FlagConstraint } from '../wsk/controls';
import { socketBirthOf } from '../wsk/api';
import { message } from './render';
import { wskCallIds } from './path-support';

/** WSK_BUF's fields in order, for its initialisers. */
const WSK_BUF_FIELDS = ['Mdl', 'Offset', 'Length'];

export const rule: Rule = {
  meta: { id: 'WSK022', name: 'reserved-or-invalid-flags', severity: 'error', fix: 'safe', supersedes: ['WSK021'] },
  docs: {
    summary: 'A reserved Flags is a constant other than 0, or WskSocket, WskReceive, WskDisconnect, WskInspectComplete, WskSendTo or WskSendMessages get flags or arguments that contradict each other.',
    why: [
      'WskBind, WskConnect, WskConnectEx, WskAccept, WskSocketConnect, WskSendTo, WskSendMessages and WskReceiveFrom',
      'reserve their Flags: "A WSK application must set this parameter to zero". A flag copied from WskSend or a socket',
      'category fails the request with STATUS_INVALID_PARAMETER (WskConnectEx says so) or does something undefined.',
      'WskSocket takes exactly one category; WSK_FLAG_WAITALL and WSK_FLAG_DRAIN exclude each other, and DRAIN needs a',
      'zero-length buffer; WSK_FLAG_ABORTIVE drops the connection and takes no final data (Buffer must be NULL);',
      'WskInspectComplete takes WskInspectAccept or WskInspectReject only; a NULL ControlInfo has a zero length. Each',
      'of these fails at run time, on a path a test rarely takes, while the compiler accepts it.',
    ].join(' '),
    invalid: `NTSTATUS
BindListener(PWSK_SOCKET Socket, PSOCKADDR Local, PIRP Irp)
{
    return ((PWSK_PROVIDER_LISTEN_DISPATCH)Socket->Dispatch)->WskBind(Socket, Local, WSK_FLAG_LISTEN_SOCKET, Irp);
}
`,
    valid: `NTSTATUS
BindListener(PWSK_SOCKET Socket, PSOCKADDR Local, PIRP Irp)
{
    return ((PWSK_PROVIDER_LISTEN_DISPATCH)Socket->Dispatch)->WskBind(Socket, Local, 0, Irp);
}
`,
    fixWhen: 'for a reserved Flags (→ 0), the Buffer of an abortive disconnect (→ NULL) and the length of a NULL ControlInfo (→ 0)',
    fixSafety: 'Safe: the replacement is the only value the contract allows there. Combined categories, WAITALL with DRAIN, a DRAIN receive with a buffer and an inspect action get no fix: which value was meant is the author\'s choice.',
  },
  onCall(call, context) {
    reservedFlags(call, context);
    socketCategory(call, context);
    flagConstraints(call, context);
    inspectAction(call, context);
    controlInfo(call, context);
  },
};

/**
 * The flags a call passes: the caller's argument (`node`), or — at a wrapper call whose wrapper writes
 * the flags itself — the wrapper's, judged here only against what the caller passes on.
 */
function flagsOf(call: WskCall, context: RuleContext, param = 'Flags'): { node?: Node; flags: FlagValue } | undefined {
  if (!call.api.params.some((p) => p.name === param)) return undefined;
  const node = call.arg(param);
  if (node) {
    const flags = flagValue(node, context.values, FLAG_CONSTANTS);
    return flags ? { node, flags } : undefined;
  }
  const inner = call.via?.inner.arg(param);
  const flags = inner && call.via ? flagValue(inner, call.via.innerValues, FLAG_CONSTANTS) : undefined;
  return flags ? { flags } : undefined;
}

function replaceWith(node: Node, text: string, context: RuleContext): ReportedFix[] {
  return [{ title: `Replace ${context.text(node)} with ${text}`, edits: [{ target: node, newText: text }], preferred: true }];
}

function reservedFlags(call: WskCall, context: RuleContext): void {
  const reserved = RESERVED_FLAGS.find((entry) => entry.function === call.api.name);
  const found = reserved ? flagsOf(call, context, reserved.param) : undefined;
  if (!reserved || !found?.node || found.flags.value === 0) return;
  context.report({
    target: found.node,
    message: message(
      [`${reserved.param} of ${call.api.name} is reserved and must be 0, not ${context.describe(found.node)}.`, 'WSK defines no flag for it: the request fails with STATUS_INVALID_PARAMETER or does something undefined.'],
      [`${reserved.param} of ${call.api.name} is reserved and must be 0.`, `It is ${context.describe(found.node)}. WSK defines no flag for it: the request fails or does something undefined.`],
    ),
    fixes: replaceWith(found.node, '0', context),
  });
}

function socketCategory(call: WskCall, context: RuleContext): void {
  // The creations whose Flags give the socket's category (the API table's mark on its birth: WskSocket).
  const mark = socketBirthOf(call.api.name);
  if (!mark || typeof mark.category === 'string') return;
  const found = flagsOf(call, context, mark.category.fromFlags);
  if (!found?.node) return;
  const { value } = found.flags;
  const outside = (value & ~SOCKET_CATEGORY_BITS) >>> 0;
  if (outside === 0 && bitCount(value) <= 1) return;
  const categories = SOCKET_CATEGORIES.filter((c) => c.value !== 0).map((c) => c.name).join(', ');
  context.report({
    target: found.node,
    message: message(
      [`Flags of WskSocket must name exactly one socket category, not ${context.describe(found.node)}.`, `Pass one of ${categories} (or 0 for a basic socket): the category decides which dispatch table the socket has.`],
      ['Flags of WskSocket must name exactly one socket category.', `It is ${context.describe(found.node)}. Pass one of ${categories} (or 0 for a basic socket).`],
    ),
  });
}

/** The rows of FLAG_CONSTRAINTS: a flag with one it excludes, or with data it rules out. */
function flagConstraints(call: WskCall, context: RuleContext): void {
  const rows = FLAG_CONSTRAINTS.filter((row) => row.function === call.api.name);
  const found = rows.length > 0 ? flagsOf(call, context) : undefined;
  if (!found) return;
  const has = (name: string) => hasFlag(found.flags, name);
  // Flags that exclude each other say enough about the call.
  const excluded = rows.find((row) => row.excludes && has(row.flag) && has(row.excludes));
  if (excluded) {
    if (found.node) context.report({ target: found.node, message: message([`${excluded.excludes} and ${excluded.flag} exclude each other in ${call.api.name}'s Flags.`, excluded.why]) });
    return;
  }
  for (const row of rows) {
    if (!row.buffer || !has(row.flag)) continue;
    if (row.buffer.must === 'empty') emptyBuffer(call, row, row.buffer.param, found.node, context);
    else nullBuffer(call, row, row.buffer.param, context);
  }
}

/** A buffer whose Length is a non-zero constant where the flag needs none (with the wrapper's own flags, reported at the caller's buffer). */
function emptyBuffer(call: WskCall, row: FlagConstraint, param: string, flags: Node | undefined, context: RuleContext): void {
  const length = constantBufferLength(call, param, context);
  if (length === undefined) return;
  const wrapper = flags ? '' : ` (${call.via?.wrapper} passes ${row.flag})`;
  context.report({
    target: flags ?? length.buffer,
    message: message([`${row.flag} needs a zero-length WSK_BUF, but its Length is ${length.text}${wrapper}.`, row.why]),
  });
}

function nullBuffer(call: WskCall, row: FlagConstraint, param: string, context: RuleContext): void {
  const buffer = call.arg(param);
  if (!buffer || context.values.evaluate(buffer).kind !== 'address') return;
  context.report({
    target: buffer,
    message: message(
      [`${param} must be NULL for ${row.what}, not ${context.describe(buffer)}.`, row.why],
      [`${param} must be NULL for ${row.what}.`, `It is ${context.describe(buffer)}. ${row.why}`],
    ),
    fixes: replaceWith(buffer, 'NULL', context),
  });
}

/** Whether flags carry a flag: by the name spelled, or by its value when no name is spelled. */
function hasFlag(flags: FlagValue, name: string): boolean {
  if (flags.names.length > 0) return flags.names.includes(name);
  const value = DATA_FLAGS.find((flag) => flag.name === name)?.value ?? 0;
  return value !== 0 && (flags.value & value) === value;
}

/** The Length of the local WSK_BUF given by address, when it is the same non-zero constant on every path. */
function constantBufferLength(call: WskCall, param: string, context: RuleContext): { text: string; buffer: Node } | undefined {
  const buffer = call.arg(param);
  if (!buffer || !call.inFunction) return undefined;
  const readOnly = wskCallIds(context);
  const lengths = addressedDefinitions(buffer, call.node, call.inFunction, WSK_BUF_FIELDS, context.values, readOnly)?.fields.get('Length') ?? [];
  if (lengths.length === 0) return undefined;
  let text: string | undefined;
  for (const definition of lengths) {
    if (definition.kind !== 'value') return undefined;
    const length = context.values.evaluate(definition.node);
    if (length.kind !== 'integer' || length.value === 0) return undefined;
    text ??= context.text(definition.node);
  }
  return text === undefined ? undefined : { text, buffer };
}

function inspectAction(call: WskCall, context: RuleContext): void {
  if (call.api.name !== 'WskInspectComplete') return;
  const node = call.arg('Action');
  if (!node) return;
  const value = context.values.evaluate(node);
  const name = value.kind === 'constant' ? value.name : value.kind === 'integer' ? INSPECT_ACTIONS.find((a) => a.value === value.value)?.name ?? `${value.value}` : undefined;
  const known = value.kind === 'integer' || INSPECT_ACTIONS.some((a) => a.name === name);
  if (!name || !known || INSPECT_COMPLETE_ACTIONS.includes(name)) return;
  context.report({
    target: node,
    message: message([`Action of WskInspectComplete must be ${INSPECT_COMPLETE_ACTIONS.join(' or ')}, not ${context.describe(node)}.`, 'WskInspectComplete ends an inspection the inspect callback pended: it accepts or rejects the connection.']),
  });
}

function controlInfo(call: WskCall, context: RuleContext): void {
  const pair = CONTROL_INFO_PAIRS.find((entry) => entry.function === call.api.name);
  const length = pair ? call.arg(pair.length) : undefined;
  const info = pair ? argumentValue(call, pair.info, context.values) : undefined;
  if (!pair || !length || !info || !isNullConstant(info)) return;
  const value = context.values.evaluate(unparenthesize(length));
  const nonzero = (value.kind === 'integer' && value.value !== 0) || (value.kind === 'sizeof' && value.type.kind !== 'unknown');
  if (!nonzero) return;
  context.report({
    target: length,
    message: message(
      [`${pair.length} must be 0 when ${pair.info} is NULL, not ${context.describe(length)}.`, `With no control information the length is 0; WSK would read ${context.describe(length)} bytes through NULL.`],
      [`${pair.length} must be 0 when ${pair.info} is NULL.`, `It is ${context.describe(length)}; with no control information the length is 0.`],
    ),
    fixes: replaceWith(length, '0', context),
  });
}
