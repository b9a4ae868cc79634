// Shared by the path rules: reading the path engine's states around a call, turning notes into related
// locations, and the statement-level edits their quick-fixes make. Not a rule itself.

import type { Node } from '../parse/treeSitter';
import type { WskCall } from '../analysis/calls';
import type { FunctionPaths, Note, PathState } from '../analysis/paths';
import type { RuleContext, Target } from '../analysis/rule';
import { paramWithRole } from '../wsk/api';
import { RETURNED } from '../analysis/access';

const CALL_IDS = new WeakMap<readonly WskCall[], ReadonlySet<number>>();

/**
 * The ids of the file's WSK calls: they change no variable of their caller and only read the
 * structures they are given. Built once per file: built per call, a file of thousands took seconds.
 */
export function wskCallIds(context: RuleContext): ReadonlySet<number> {
  let ids = CALL_IDS.get(context.calls);
  if (!ids) CALL_IDS.set(context.calls, (ids = new Set(context.calls.map((c) => c.node.id))));
  return ids;
}

/** The path engine's states just before a call, with the function's results (none when it gave up). */
export function statesAt(call: WskCall, context: RuleContext): { paths: FunctionPaths; states: readonly PathState[] } | undefined {
  const paths = call.inFunction ? context.paths(call.inFunction) : undefined;
  if (!paths || paths.budgetExceeded) return undefined;
  return { paths, states: paths.statesBefore(call.node) };
}

/**
 * The bind some state reaching a call knows of for its socket (WSK007's and WSK021's question): the
 * socket an expression names, or an access path (a field a wrapper reaches through its argument).
 */
export function boundOnSomePath(at: { paths: FunctionPaths; states: readonly PathState[] }, socket: Node | string): Note | undefined {
  for (const state of at.states) {
    const bound = state.bound(valueIn(at.paths, state, socket));
    if (bound) return bound;
  }
  return undefined;
}

/** The value an expression or an access path holds in one state. */
export function valueIn(paths: FunctionPaths, state: PathState, expression: Node | string): string {
  return typeof expression === 'string' ? state.read(expression) : paths.valueOf(state, expression);
}

/**
 * What a call surely uses as one WSK parameter, in the caller's terms: the call's own argument, or — at
 * a wrapper that makes its WSK call on every path (forwarding.ts, `always`) — the argument the caller
 * passes on (`SendOn(Socket, …)`) or the field the wrapper reaches through one (`Conn->Irp` inside
 * `Apply(Conn)`: the access path, and `Conn` to report at). A wrapper that may not make the call uses
 * nothing for sure: the caller is not judged for it.
 */
export function usedArgument(call: WskCall, param: string | undefined): { node: Node; value: Node | string } | undefined {
  if (!param || (call.via && !call.via.always)) return undefined;
  const argument = call.arg(param);
  if (argument) return { node: argument, value: argument };
  const path = call.via?.paths.get(param);
  const through = call.via?.through.get(param);
  return path && through ? { node: through, value: path } : undefined;
}

/** How a socket came to be bound: accepted (it inherits the listener's binding), created bound, or bound. */
export function bindingKind(bound: Note): 'accepted' | 'created bound' | 'bound' {
  const texts = [bound.message, bound.via?.message ?? ''];
  if (texts.some((text) => /accepted/.test(text))) return 'accepted';
  if (texts.some((text) => /created bound/.test(text))) return 'created bound';
  return 'bound';
}

/**
 * Whether what the call's operation does is this call site's doing: a WSK call, or a wrapper call
 * whose caller chooses the operation. A wrapper with its operation inside is its summary's business
 * (findings about it are reported at the helper, once).
 */
export function ownsOperation(call: WskCall): boolean {
  return !call.via || call.via.choosesOperation;
}

/** A note as related locations: itself and, through helpers, the steps inside them. */
export function related(note: Note): { target: Target; message: string; file?: string }[] {
  const result: { target: Target; message: string; file?: string }[] = [];
  for (let current: Note | undefined = note; current && result.length < 6; current = current.via) {
    if (current.message) result.push({ target: current.node, message: current.message, ...(current.file ? { file: current.file } : {}) });
  }
  return result;
}

/** The argument that passes the descriptor to the call: `&sd` of a set or release, `sd` of WskSocket. */
export function descriptorArgument(call: WskCall): { node: Node; byAddress: boolean; path?: string } | undefined {
  const byValue = paramWithRole(call.api, 'descriptor');
  if (byValue) {
    const node = call.arg(byValue);
    if (node) return { node, byAddress: false };
    // A wrapper that surely hands WSK a field of what its caller passes (`Sess->Sd` in `Connect(Sess, …)`).
    const used = usedArgument(call, byValue);
    return used && typeof used.value === 'string' ? { node: used.node, byAddress: false, path: used.value } : undefined;
  }
  const effect = call.operation?.effect;
  if (effect === 'applyDescriptor' || effect === 'releaseDescriptor') {
    const node = call.arg('InputBuffer');
    return node ? { node, byAddress: true } : undefined;
  }
  return undefined;
}

/** The value of the descriptor a call receives, in one state. */
export function descriptorValue(paths: FunctionPaths, state: PathState, argument: { node: Node; byAddress: boolean; path?: string }): string | undefined {
  if (argument.path !== undefined) return state.read(argument.path);
  return argument.byAddress ? paths.pointeeOf(state, argument.node) : paths.valueOf(state, argument.node);
}

/** The statement a node belongs to, when that statement sits directly in a block (so lines can be inserted around it). */
export function statementInBlock(node: Node): Node | undefined {
  for (let current: Node | null = node; current?.parent; current = current.parent) {
    if (current.parent.type === 'compound_statement' && current.type !== 'comment') return current;
    if (current.type === 'function_definition') return undefined;
  }
  return undefined;
}

/** An edit that puts `lines` on their own lines just before `statement`, indented like it. */
export function insertBefore(statement: Node, lines: readonly string[], context: RuleContext): { target: Target; newText: string } {
  const indent = context.indentOf(statement);
  return { target: { start: statement.startIndex, end: statement.startIndex }, newText: lines.map((line) => `${line}\n${indent}`).join('') };
}

/** An edit that puts `lines` on their own lines just after `statement`. */
export function insertAfter(statement: Node, lines: readonly string[], context: RuleContext): { target: Target; newText: string } {
  const indent = context.indentOf(statement);
  return { target: { start: statement.endIndex, end: statement.endIndex }, newText: lines.map((line) => `\n${indent}${line}`).join('') };
}

/** The cleanup label a function's gotos jump to most, if it has one. */
export function cleanupLabel(definition: Node): string | undefined {
  const counts = new Map<string, number>();
  for (const jump of definition.descendantsOfType('goto_statement')) {
    const label = jump?.childForFieldName('label')?.text;
    if (label) counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** The declared return type text of a function (`NTSTATUS`, `VOID`). */
export function returnType(definition: Node): string | undefined {
  return definition.childForFieldName('type')?.text;
}

/** An access path that holds a value in a state (the first one), for messages. */
export function valueHolder(state: PathState, value: string): string | undefined {
  for (const [path, held] of state.env) if (held === value && path !== RETURNED) return path;
  return undefined;
}

/**
 * Whether a live socket is the function's on this path: made by a call (`socket.call`) whose success
 * the path proved — and, when that call is a WSK call (`wskCalls`: the start of each; the socket is
 * its IRP's `IoStatus.Information`), whose completion it proved too (a wait, or a status that is not
 * STATUS_PENDING: NT_SUCCESS alone does not prove it); or made on every path of a helper.
 */
export function isOwnSocket(socket: { readonly call?: number }, state: PathState, wskCalls: ReadonlySet<number>): boolean {
  if (socket.call === undefined) return true;
  const outcome = state.outcome(socket.call);
  if (outcome.failed !== false) return false;
  return !wskCalls.has(socket.call) || outcome.pending === 'notPending' || outcome.pending === 'done';
}

/**
 * An edit that puts `lines` just before a function exit: before a `return` in a block, around a
 * `return` that is an `if`'s whole body (braces added), or at the end of the body (the closing brace).
 */
export function insertBeforeExit(exit: Node, lines: readonly string[], context: RuleContext): { target: Target; newText: string } {
  const indent = context.indentOf(exit);
  if (exit.type !== 'return_statement') {
    return { target: { start: exit.startIndex, end: exit.startIndex }, newText: lines.map((line) => `    ${line}\n${indent}`).join('') };
  }
  if (exit.parent?.type === 'compound_statement') return insertBefore(exit, lines, context);
  return { target: exit, newText: `{\n${lines.map((line) => `${indent}    ${line}\n`).join('')}${indent}    ${context.text(exit)}\n${indent}}` };
}

/**
 * How to pass the object an entry value names to a call that takes its address: `p:g_Reg` → `&g_Reg`,
 * `p:*Reg` → `Reg`; none for a value made inside the function.
 */
export function addressOfEntry(value: string | undefined): string | undefined {
  if (!value?.startsWith('p:') || value.includes('#')) return undefined;
  const path = value.slice(2);
  if (/^\*[A-Za-z_]\w*$/.test(path)) return path.slice(1);
  return path.startsWith('*') ? undefined : `&${path}`;
}

/** An access path that holds a value in a state (the variable a finding names an object by). */
export function holderOf(state: PathState, value: string): string | undefined {
  for (const [path, held] of state.env) if (held === value) return path;
  return undefined;
}
