// Finding the WSK calls of a file: by name (`WskControlSocket(…)`) or through a dispatch table
// (`((PWSK_PROVIDER_BASIC_DISPATCH)s->Dispatch)->WskControlSocket(…)`, `npi.Dispatch->WskControlClient(…)`),
// whatever casts and parentheses surround the table, and only when the argument count fits the
// signature. Each call is classified once: which operation of the API table it performs.

import type { Node, Tree } from '../parse/treeSitter';
import type { ArgumentContract, Operation, WskFunction } from '../wsk/api';
import { OPTION_REQUEST_TYPES, POINTER_TYPE_PATTERN, REQUEST_TYPES, WSK_FUNCTIONS, operationsForControlCode, paramIndex, paramWithRole, wskFunction, wskFunctionOfPointerType } from '../wsk/api';
import { argumentsOf, callExpressionsIn, callsOfTree, unparenthesize } from './syntax';
import type { Value, ValueReader } from './values';

export interface WskCall {
  readonly api: WskFunction;
  /** The call_expression. */
  readonly node: Node;
  /** The called name: an identifier or the dispatch table's field. */
  readonly callee: Node;
  readonly args: readonly Node[];
  /** The function_definition the call is in. */
  readonly inFunction: Node | null;
  /** The operation of the API table the call performs, when its control code (and request type) say so. */
  readonly operation: Operation | undefined;
  /** The operations the call may perform: one when known, the request types' set when that is unknown. */
  readonly candidates: readonly Operation[];
  /** The request type is a known constant that is no option request (`WskIoctl`). */
  readonly requestTypeWrong: boolean;
  /**
   * A call of a project's wrapper that passes some of its parameters on to this WSK call unchanged
   * (`SetSockOpt(s, SOL_SOCKET, SO_WSK_SECURITY, …)`): `node` and `callee` are the wrapper call's,
   * `arg()` gives only the arguments the caller passes on (the others are the wrapper's business).
   */
  readonly via?: ForwardedVia;
  arg(name: string): Node | undefined;
}

export interface ForwardedVia {
  /** The WSK call inside the wrapper (or inside a function the wrapper passes its parameters on to). */
  readonly inner: WskCall;
  /** The file the inner call is in, and how its arguments read there. */
  readonly file: string;
  readonly innerValues: ValueReader;
  /** The wrapper's name. */
  readonly wrapper: string;
  /** The WSK parameters whose arguments come from the caller. */
  readonly forwarded: ReadonlySet<string>;
  /** The forwarded ones a wrapper on the way tests before passing them on (forwarding.ts). */
  readonly guarded: ReadonlySet<string>;
  /**
   * The caller's access paths of arguments the wrapper reaches through a field of what the caller
   * passes (`Npi->Client` inside `SetStatic(Npi, …)` is the caller's `Npi->Client`).
   */
  readonly paths: ReadonlyMap<string, string>;
  /** For each of those, the caller's argument the wrapper reaches it through (`Conn` of `Apply(Conn)`). */
  readonly through: ReadonlyMap<string, Node>;
  /**
   * The caller's arguments decide the operation (its control code or request type is passed on);
   * else the wrapper's own summary says what the operation does.
   */
  readonly choosesOperation: boolean;
  /**
   * The wrapper makes the inner call on every path (forwarding.ts): the uses it makes of the caller's
   * arguments are the caller's uses at the wrapper call, as definite as the inner call's would be.
   */
  readonly always: boolean;
  /** The wrapper returns the inner call's status unchanged (forwarding.ts). */
  readonly returnsStatus: boolean;
}

const CALL_NAMES = new RegExp(`\\b(?:${WSK_FUNCTIONS.map((fn) => fn.name).join('|')})\\b`, 'g');

/**
 * Every WSK call of a tree whose argument count fits: by the WSK function's name, or through a callee
 * declared with its function-pointer type (a local, parameter, field or cast of type `PFN_WSK_BIND`).
 * `within`: only those inside this node (a function an edit changed).
 */
export function findWskCalls(tree: Tree, view: string, values: ValueReader, within?: Node): WskCall[] {
  const calls: WskCall[] = [];
  const found = new Set<number>();
  const root = within ?? tree.rootNode;
  const from = within?.startIndex ?? 0;
  const text = within ? view.slice(from, within.endIndex) : view;
  CALL_NAMES.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = CALL_NAMES.exec(text)) !== null) {
    const at = from + match.index;
    const name = root.descendantForIndex(at, at + match[0].length);
    if (!name || (name.type !== 'identifier' && name.type !== 'field_identifier') || name.text !== match[0]) continue;
    const call = callOf(name);
    if (!call) continue;
    const api = wskFunction(match[0]);
    const args = argumentsOf(call);
    if (!api || args.length !== api.params.length) continue;
    found.add(call.id);
    calls.push(classify(api, call, name, args, values));
  }
  const pointerFields = values.types.fieldsTypedLike(POINTER_TYPE_PATTERN);
  if (!POINTER_TYPE_PATTERN.test(view) && pointerFields.size === 0) return calls;
  for (const call of within ? callExpressionsIn(within) : callsOfTree(tree.rootNode)) {
    if (found.has(call.id)) continue;
    const fn = call.childForFieldName('function');
    const target = fn ? pointerTarget(fn, values, pointerFields) : undefined;
    const args = argumentsOf(call);
    if (!target || args.length !== target.api.params.length) continue;
    calls.push(classify(target.api, call, target.callee, args, values));
  }
  return calls.sort((a, b) => a.node.startIndex - b.node.startIndex);
}

/** The WSK function a callee expression's declared type names, and where the call is reported. */
function pointerTarget(fn: Node, values: ValueReader, pointerFields: ReadonlySet<string>): { api: WskFunction; callee: Node } | undefined {
  const callee = unparenthesize(fn);
  const typeName = (text: string | undefined) => {
    const name = text?.replace(/\s+/g, '');
    return name ? wskFunctionOfPointerType(name) : undefined;
  };
  switch (callee.type) {
    case 'cast_expression': {
      const api = typeName(callee.childForFieldName('type')?.text);
      return api ? { api, callee } : undefined;
    }
    case 'identifier': {
      const api = typeName(values.declarationOf(callee)?.spec.text);
      return api ? { api, callee } : undefined;
    }
    case 'field_expression': {
      const field = callee.childForFieldName('field');
      const base = callee.childForFieldName('argument');
      if (!field || !base || !pointerFields.has(field.text)) return undefined;
      const type = values.typeOf(base);
      const record = callee.childForFieldName('operator')?.type === '->' ? (type.kind === 'pointer' ? type.to : undefined) : type;
      const api = record ? typeName(values.types.fields(record)?.get(field.text)?.spec.text) : undefined;
      return api ? { api, callee: field } : undefined;
    }
    default:
      return undefined;
  }
}

/** The call_expression whose callee is this name (directly or as a dispatch-table field). */
function callOf(name: Node): Node | null {
  let callee: Node | null = name;
  if (name.type === 'field_identifier') {
    callee = name.parent;
    if (!callee || callee.type !== 'field_expression' || callee.childForFieldName('field')?.id !== name.id) return null;
  }
  let parent = callee?.parent ?? null;
  while (parent && parent.type === 'parenthesized_expression') {
    callee = parent;
    parent = parent.parent;
  }
  if (!parent || parent.type !== 'call_expression' || !callee) return null;
  const fn = parent.childForFieldName('function');
  return fn && fn.id === callee.id ? parent : null;
}

function classify(api: WskFunction, node: Node, callee: Node, args: readonly Node[], values: ValueReader): WskCall {
  const arg = (name: string) => {
    const index = paramIndex(api, name);
    return index >= 0 ? args[index] : undefined;
  };
  const evaluate = (param: string) => {
    const argument = arg(param);
    return argument ? values.evaluate(argument) : undefined;
  };
  return { api, node, callee, args, inFunction: values.functionAt(node), ...operationOf(api, evaluate), arg };
}

/**
 * The operation a call performs, from the values of its arguments (`evaluate` gives the value of the
 * argument for a parameter, where it is known).
 */
export function operationOf(api: WskFunction, evaluate: (param: string) => Value | undefined): Pick<WskCall, 'operation' | 'candidates' | 'requestTypeWrong'> {
  const constantOf = (param: string | undefined): string | number | undefined => {
    const value = param ? evaluate(param) : undefined;
    if (value?.kind === 'constant') return value.name;
    if (value?.kind === 'integer') return value.value;
    return undefined;
  };

  const code = constantOf(paramWithRole(api, 'controlCode'));
  const all = typeof code === 'string' ? operationsForControlCode(api.name, code) : [];
  let operation: Operation | undefined;
  let candidates = all;
  let requestTypeWrong = false;
  if (all.length === 1 && all[0].requestType === undefined) {
    operation = all[0];
  } else if (all.length > 0) {
    const request = requestTypeName(constantOf(paramWithRole(api, 'requestType')));
    if (request !== undefined && (OPTION_REQUEST_TYPES as readonly string[]).includes(request)) {
      operation = all.find((op) => op.requestType === request);
      candidates = operation ? [operation] : all;
    } else if (request !== undefined) {
      requestTypeWrong = true;
    }
  }
  return { operation, candidates, requestTypeWrong };
}

/** A request type constant's name, from its name or its value. */
function requestTypeName(value: string | number | undefined): string | undefined {
  if (typeof value === 'string') return REQUEST_TYPES.some((r) => r.name === value) ? value : undefined;
  if (typeof value === 'number') return REQUEST_TYPES.find((r) => r.value === value)?.name ?? `${value}`;
  return undefined;
}

/**
 * What the contract says of a parameter of this call: the operation's, or — when the operation is not
 * known exactly — what all its candidate operations agree on.
 */
export function contractOf(call: WskCall, param: string): ArgumentContract | undefined {
  const operations = call.operation ? [call.operation] : call.candidates;
  if (operations.length === 0) return undefined;
  const contracts = operations.map((op) => op.contract.args.find((a) => a.param === param));
  const first = contracts[0];
  if (!first || contracts.some((c) => !c || c.expect !== first.expect)) return undefined;
  return first;
}
