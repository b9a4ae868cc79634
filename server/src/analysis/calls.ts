// Finding the WSK calls of a file: by name (`WskControlSocket(…)`) or through a dispatch table
// (`((PWSK_PROVIDER_BASIC_DISPATCH)s->Dispatch)->WskControlSocket(…)`, `npi.Dispatch->WskControlClient(…)`),
// whatever casts and parentheses surround the table, and only when the argument count fits the
// signature. Each call is classified once: which operation of the API table it performs.

import type { Node, Tree } from '../parse/treeSitter';
import type { ArgumentContract, Operation, WskFunction } from '../wsk/api';
import { OPTION_REQUEST_TYPES, REQUEST_TYPES, WSK_FUNCTIONS, operationsForControlCode, paramIndex, paramWithRole, wskFunction } from '../wsk/api';
import { argumentsOf } from './syntax';
import type { ValueReader } from './values';

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
  arg(name: string): Node | undefined;
}

const CALL_NAMES = new RegExp(`\\b(?:${WSK_FUNCTIONS.map((fn) => fn.name).join('|')})\\b`, 'g');

/** Every WSK call of a tree whose argument count fits. */
export function findWskCalls(tree: Tree, view: string, values: ValueReader): WskCall[] {
  const calls: WskCall[] = [];
  CALL_NAMES.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = CALL_NAMES.exec(view)) !== null) {
    const name = tree.rootNode.descendantForIndex(match.index, match.index + match[0].length);
    if (!name || (name.type !== 'identifier' && name.type !== 'field_identifier') || name.text !== match[0]) continue;
    const call = callOf(name);
    if (!call) continue;
    const api = wskFunction(match[0]);
    const args = argumentsOf(call);
    if (!api || args.length !== api.params.length) continue;
    calls.push(classify(api, call, name, args, values));
  }
  return calls;
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

function classify(api: WskFunction, node: Node, callee: Node, args: Node[], values: ValueReader): WskCall {
  const arg = (name: string) => {
    const index = paramIndex(api, name);
    return index >= 0 ? args[index] : undefined;
  };
  const constantOf = (param: string | undefined): string | number | undefined => {
    const argument = param ? arg(param) : undefined;
    if (!argument) return undefined;
    const value = values.evaluate(argument);
    if (value.kind === 'constant') return value.name;
    if (value.kind === 'integer') return value.value;
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
  return { api, node, callee, args, inFunction: values.functionAt(node), operation, candidates, requestTypeWrong, arg };
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
