// Wrappers that pass their parameters on to a WSK call unchanged: `SetSockOpt(Sock, Level, Option,
// Buffer, Size)` around `WskControlSocket(Sock, WskSetOption, Option, Level, Size, Buffer, 0, NULL,
// NULL, Irp)`. The contract is then the caller's to keep, so each call of the wrapper is checked as
// the WSK call it makes: its arguments against the contract (reported at the wrapper call's argument),
// and — when the caller chooses the control code — its effect on the paths (`SetSockOpt(s, SOL_SOCKET,
// SO_WSK_SECURITY, …)` applies the descriptor to `s`).
//
// A wrapper's forwards are found in its body, and through the functions it passes its own parameters
// on to in turn (`SetOption` → `ControlSocket` → `WskControlSocket`), bottom-up, recursion cut.

import type { Node } from '../parse/treeSitter';
import { paramIndex } from '../wsk/api';
import type { WskCall } from './calls';
import { operationOf } from './calls';
import { parameterDeclarations } from './declarations';
import { accessPath, addressedPath } from './access';
import { copiesAround, copiesIn, throughCopies } from './copies';
import { argumentsOf, stripCasts, unparenthesize } from './syntax';
import { cfgOf, reachedOnEveryPath } from './reach';
import { perNode } from './nodeMemo';
import type { Value, ValueReader } from './values';

/** Where the argument of one WSK parameter comes from, seen from a wrapper. */
export type Binding =
  /** The wrapper's parameter at this index, passed on unchanged. */
  | { readonly param: number }
  /**
   * An argument written inside the wrapper (or a function it calls), read in that file; `base` when it
   * is a field reached through one of the wrapper's parameters (`Npi->Client`: parameter 0, `->Client`).
   */
  | { readonly node: Node; readonly values: ValueReader; readonly base?: { readonly param: number; readonly link: string } };

/** One WSK call a wrapper makes with some of its parameters. */
export interface Forward {
  readonly inner: WskCall;
  /** The file the inner WSK call is in, and how its arguments read there. */
  readonly file: string;
  readonly values: ValueReader;
  /** For each WSK parameter of the inner call, where its argument comes from. */
  readonly bindings: ReadonlyMap<string, Binding>;
  /**
   * The WSK parameters whose argument a wrapper on the way tests before passing it on (`if (Irp ==
   * NULL)`, `Irp ? … : …`): what the caller passes there may not reach the call as it is.
   */
  readonly guarded: ReadonlySet<string>;
  /**
   * Every path through the wrapper (and through each function on the way down) makes the call: a use
   * it makes of what the caller passes is the caller's use on every path past the wrapper call. False
   * when some path returns without it (a test, an early return, a loop that may not run).
   */
  readonly always: boolean;
  /**
   * The wrapper returns the inner call's status unchanged (`return WskSend(…)`, or a local that holds
   * it and nothing else): the caller's tests of it are tests of the inner call.
   */
  readonly returnsStatus: boolean;
}

/** A function of the workspace, as the forwarding analysis reads it. */
export interface WrapperSource {
  readonly definition: Node;
  readonly file: string;
  readonly values: ValueReader;
  /** The WSK calls in its body. */
  readonly calls: readonly WskCall[];
  /** The calls in its body by name, with their arguments. */
  readonly callees: readonly { readonly name: string; readonly args: readonly Node[]; readonly node: Node }[];
}

/**
 * The forwards of a function: its own WSK calls that take at least one of its parameters (or a field
 * reached through one: `Conn->Irp`), and the forwards of the functions it calls with its parameters,
 * rewritten in its terms. `forwardsOf` looks up a callee's (with the argument count), undefined while
 * it is being computed (recursion).
 */
export function findForwards(source: WrapperSource, forwardsOf: (name: string, count: number) => readonly Forward[] | undefined): Forward[] {
  const params = parameterDeclarations(source.definition, source.file).map((p) => p.name);
  if (params.length === 0) return [];
  const changed = reassigned(source.definition, new Set(params));
  // A local that only copies a parameter (`PIRP irp = Irp;`) passes that parameter on.
  const copies = copiesIn(source.definition);
  // Read only for a function that forwards something (most functions do not).
  let tests: ReadonlySet<string> | undefined;
  const testedParams = () => (tests ??= tested(source.definition, new Set(params), copies));
  const typeName = (name: string) => source.values.types.isTypeName(name);
  const parameterOf = (argument: Node): number | undefined => {
    const core = stripCasts(argument);
    // `&*P` and `(PSOCKADDR)&(*P)` are P (the form a helper handed a local's address passes it on in).
    const written = core.type === 'identifier' ? core.text : /^\*([A-Za-z_$][\w$]*)$/.exec(addressedPath(core, typeName) ?? '')?.[1];
    const name = written === undefined ? undefined : throughCopies(written, copies);
    const index = name === undefined ? -1 : params.indexOf(name);
    return index >= 0 && name !== undefined && !changed.has(name) ? index : undefined;
  };
  /** `Npi->Client` over an unchanged parameter `Npi`: that parameter and the rest of the path. */
  const baseOf = (argument: Node): { param: number; link: string } | undefined => {
    const written = accessPath(argument);
    const path = written === undefined ? undefined : throughCopies(written, copies);
    const match = path ? /^([A-Za-z_$][\w$]*)((?:->|\.).*)$/.exec(path) : null;
    const index = match ? params.indexOf(match[1]) : -1;
    return match && index >= 0 && !changed.has(match[1]) ? { param: index, link: match[2] } : undefined;
  };
  const onEveryPath = (node: Node) => reachedOnEveryPath(cfgOf(source.definition), node);
  const forwards: Forward[] = [];
  for (const call of source.calls) {
    if (call.via) continue;
    const bindings = new Map<string, Binding>();
    for (const param of call.api.params) {
      const argument = call.arg(param.name);
      if (!argument) continue;
      const index = parameterOf(argument);
      const base = index === undefined ? baseOf(argument) : undefined;
      bindings.set(param.name, index === undefined ? { node: argument, values: source.values, ...(base ? { base } : {}) } : { param: index });
    }
    if (forwardsSome(bindings)) forwards.push({ inner: call, file: source.file, values: source.values, bindings, guarded: guardedOf(bindings, params, testedParams()), always: onEveryPath(call.node), returnsStatus: returnsResultOf(source.definition, call.node) });
  }
  for (const callee of source.callees) {
    for (const forward of forwardsOf(callee.name, callee.args.length) ?? []) {
      const bindings = new Map<string, Binding>();
      for (const [name, binding] of forward.bindings) {
        const argument = 'param' in binding ? callee.args[binding.param] : undefined;
        if (!argument) {
          // A field of the callee's parameter: of ours when we pass that parameter on unchanged.
          const calleeArg = 'base' in binding && binding.base ? callee.args[binding.base.param] : undefined;
          const index = calleeArg ? parameterOf(calleeArg) : undefined;
          bindings.set(name, 'node' in binding ? { node: binding.node, values: binding.values, ...(index !== undefined && binding.base ? { base: { param: index, link: binding.base.link } } : {}) } : binding);
          continue;
        }
        const index = parameterOf(argument);
        bindings.set(name, index === undefined ? { node: argument, values: source.values } : { param: index });
      }
      if (forwardsSome(bindings)) forwards.push({ ...forward, bindings, guarded: new Set([...forward.guarded, ...guardedOf(bindings, params, testedParams())]), always: forward.always && onEveryPath(callee.node), returnsStatus: forward.returnsStatus && returnsResultOf(source.definition, callee.node) });
    }
  }
  return forwards;
}

/**
 * The WSK call a call of a wrapper makes, seen from the caller: its arguments are the caller's where
 * the wrapper passes them on, and only those are the caller's to answer for.
 */
export function forwardedCall(forward: Forward, wrapper: string, call: Node, callee: Node, inFunction: Node | null, values: ValueReader): WskCall {
  const args = argumentsOf(call);
  const api = forward.inner.api;
  const callerArg = (name: string): Node | undefined => {
    const binding = forward.bindings.get(name);
    return binding && 'param' in binding ? args[binding.param] : undefined;
  };
  const evaluate = (name: string) => {
    const binding = forward.bindings.get(name);
    if (!binding) return undefined;
    if ('param' in binding) {
      const argument = args[binding.param];
      return argument ? values.evaluate(argument) : undefined;
    }
    return binding.values.evaluate(binding.node);
  };
  const forwarded = new Set(api.params.map((p) => p.name).filter((name) => callerArg(name) !== undefined));
  // Fields the wrapper reaches through what the caller passes: `Npi->Client` of `Wrapper(&npi)` is npi.Client.
  const paths = new Map<string, string>();
  const through = new Map<string, Node>();
  for (const [name, binding] of forward.bindings) {
    const argument = 'base' in binding && binding.base ? args[binding.base.param] : undefined;
    if (!argument || !('base' in binding) || !binding.base) continue;
    through.set(name, argument);
    const core = stripCasts(argument);
    const object = core.type === 'pointer_expression' && core.childForFieldName('operator')?.type === '&' ? core.childForFieldName('argument') : null;
    const written = object ? accessPath(object) : accessPath(argument);
    // Through a copy of a variable, its source's storage (copies.ts).
    const path = written === undefined ? undefined : throughCopies(written, copiesAround(argument));
    if (path) paths.set(name, object && binding.base.link.startsWith('->') ? `${path}.${binding.base.link.slice(2)}` : `${path}${binding.base.link}`);
  }
  const operation = operationOf(api, evaluate);
  const choosesOperation = operation.operation !== undefined && api.params.some((p) => (p.role === 'controlCode' || p.role === 'requestType') && forwarded.has(p.name));
  return {
    api,
    node: call,
    callee,
    args: api.params.map((p) => callerArg(p.name)).filter((a): a is Node => a !== undefined),
    inFunction,
    ...operation,
    via: { inner: forward.inner, file: forward.file, innerValues: forward.values, wrapper, forwarded, guarded: forward.guarded, paths, through, choosesOperation, always: forward.always, returnsStatus: forward.returnsStatus },
    arg: (name) => (paramIndex(api, name) >= 0 ? callerArg(name) : undefined),
  };
}

/**
 * The value of a WSK parameter's argument at a call: the caller's, or — at a wrapper call whose
 * wrapper writes that argument itself (`SO_KEEPALIVE` inside `SetKeepAlive(Socket, Irp)`) — the
 * wrapper's, read in the wrapper's file.
 */
export function argumentValue(call: WskCall, name: string, values: ValueReader): Value | undefined {
  const node = call.arg(name);
  if (node) return values.evaluate(node);
  const inner = call.via?.inner.arg(name);
  return inner && call.via ? call.via.innerValues.evaluate(inner) : undefined;
}

/**
 * Whether a function returns what a call of its evaluates to, unchanged: the call is a return's value
 * (casts and parentheses aside), or it initialises or is assigned to a local that every return returns
 * and nothing else assigns.
 */
function returnsResultOf(definition: Node, call: Node): boolean {
  let node = call;
  while (node.parent && (node.parent.type === 'parenthesized_expression' || node.parent.type === 'cast_expression')) node = node.parent;
  const parent = node.parent;
  if (!parent) return false;
  if (parent.type === 'return_statement') return true;
  const target = parent.type === 'assignment_expression' && parent.childForFieldName('right')?.id === node.id && parent.childForFieldName('operator')?.text === '=' ? parent.childForFieldName('left')
    : parent.type === 'init_declarator' && parent.childForFieldName('value')?.id === node.id ? parent.childForFieldName('declarator') : null;
  const local = target ? unparenthesize(target) : undefined;
  if (local?.type !== 'identifier') return false;
  const { returned, writes } = returnsOf(definition);
  if (returned !== local.text) return false;
  return (writes.get(local.text) ?? []).every((id) => id === parent.id);
}

/**
 * What returnsResultOf asks of a function, read once (a generated function of thousands of WSK calls
 * asked it for each): the identifier every return statement returns, if one, and the nodes (by id)
 * that write each name.
 */
const returnsOf = perNode((definition: Node): { returned: string | undefined; writes: ReadonlyMap<string, readonly number[]> } => {
  const returns = definition.descendantsOfType('return_statement');
  const texts = new Set(returns.map((r) => {
    const value = r.namedChildren.find((c) => c && c.type !== 'comment');
    return value ? unparenthesize(value).text : '';
  }));
  const returned = returns.length > 0 && texts.size === 1 && !texts.has('') ? [...texts][0] : undefined;
  const writes = new Map<string, number[]>();
  if (returned === undefined) return { returned, writes };
  for (const write of definition.descendantsOfType(['assignment_expression', 'update_expression', 'init_declarator', 'pointer_expression'])) {
    if (!write) continue;
    const written = write.type === 'assignment_expression' ? write.childForFieldName('left')
      : write.type === 'update_expression' ? write.childForFieldName('argument')
        : write.type === 'init_declarator' ? (write.childForFieldName('value') ? write.childForFieldName('declarator') : null)
          : write.childForFieldName('operator')?.type === '&' ? write.childForFieldName('argument') : null;
    if (!written) continue;
    const name = unparenthesize(written).text;
    const list = writes.get(name);
    if (list) list.push(write.id);
    else writes.set(name, [write.id]);
  }
  return { returned, writes };
});

/** Whether a call takes something of the wrapper's caller: a parameter, or a field reached through one (`Conn->Irp`). */
function forwardsSome(bindings: ReadonlyMap<string, Binding>): boolean {
  return [...bindings.values()].some((b) => 'param' in b || ('base' in b && b.base !== undefined));
}

/** The WSK parameters bound to a parameter the wrapper tests. */
function guardedOf(bindings: ReadonlyMap<string, Binding>, params: readonly string[], tests: ReadonlySet<string>): Set<string> {
  return new Set([...bindings].filter(([, binding]) => 'param' in binding && tests.has(params[binding.param])).map(([name]) => name));
}

/** The parameters a function tests (itself or a copy): in a condition, against a constant, or as an operand of `!`, `&&`, `||`. */
function tested(definition: Node, params: ReadonlySet<string>, copies: ReadonlyMap<string, string>): Set<string> {
  const names = new Set<string>();
  const note = (node: Node | null) => {
    const core = node ? unparenthesize(node) : undefined;
    const name = core?.type === 'identifier' ? throughCopies(core.text, copies) : undefined;
    if (name !== undefined && params.has(name)) names.add(name);
  };
  for (const node of definition.descendantsOfType(['if_statement', 'while_statement', 'do_statement', 'for_statement', 'conditional_expression', 'unary_expression', 'binary_expression'])) {
    if (!node) continue;
    if (node.type === 'unary_expression') {
      if (node.childForFieldName('operator')?.type === '!') note(node.childForFieldName('argument'));
    } else if (node.type === 'binary_expression') {
      if (['==', '!=', '&&', '||'].includes(node.childForFieldName('operator')?.type ?? '')) {
        note(node.childForFieldName('left'));
        note(node.childForFieldName('right'));
      }
    } else note(node.childForFieldName('condition'));
  }
  return names;
}

/** The parameters a function assigns, increments or takes the address of: not passed on unchanged. */
function reassigned(definition: Node, params: ReadonlySet<string>): Set<string> {
  const names = new Set<string>();
  for (const node of definition.descendantsOfType(['assignment_expression', 'update_expression', 'pointer_expression'])) {
    if (!node) continue;
    const target = node.type === 'assignment_expression' ? node.childForFieldName('left')
      : node.type === 'update_expression' ? node.childForFieldName('argument')
        : node.childForFieldName('operator')?.type === '&' ? node.childForFieldName('argument') : null;
    const core = target ? unparenthesize(target) : undefined;
    if (core?.type === 'identifier' && params.has(core.text)) names.add(core.text);
  }
  return names;
}
