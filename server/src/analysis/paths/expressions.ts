// Expressions evaluated along a path: the value each produces (an access path's, a constant, a call's
// result) and its effects on the state; reads of IRP status and of ended objects noted for the rules.

import type { Node } from '../../parse/treeSitter';
import { OBJECT_KINDS, objectKind } from '../../wsk/api';
import { accessPath, addressedPath } from '../access';
import { MAX_SYNTAX_DEPTH, unparenthesize } from '../syntax';
import { isDescriptorObject } from '../types';
import { UNKNOWN_VALUE } from './state';
import type { PathState } from './state';
import type { Engine } from './engine';
import { copyMembers, handOff, write } from './transitions';
import { call } from './callEffects';

/** Fields whose read through an object uses it (`Socket->Dispatch`), by the API table. */
const USED_THROUGH = new Set(OBJECT_KINDS.map((kind) => kind.usedThrough).filter((field): field is string => field !== undefined));

/** Evaluates an expression for its effects; returns the value it produces. */
export function evaluate(engine: Engine, expression: Node, state: PathState): string {
  if (engine.depth >= MAX_SYNTAX_DEPTH) {
    engine.havoc(expression, state);
    return UNKNOWN_VALUE;
  }
  engine.depth++;
  try {
    return evaluateNode(engine, expression, state);
  } finally {
    engine.depth--;
  }
}

export function evaluateNode(engine: Engine, expression: Node, state: PathState): string {
  const node = expression;
  switch (node.type) {
    case 'parenthesized_expression': {
      const inner = node.namedChildren.find((c) => c && c.type !== 'comment');
      return inner ? evaluate(engine, inner, state) : UNKNOWN_VALUE;
    }
    case 'cast_expression': {
      const value = node.childForFieldName('value');
      return value ? evaluate(engine, value, state) : UNKNOWN_VALUE;
    }
    case 'identifier':
      if (node.text === 'NULL') return nullValue(engine, node, state);
      return namedConstant(engine, node) ?? state.read(node.text);
    case 'true':
    case 'false':
      return namedConstant(engine, node) ?? UNKNOWN_VALUE;
    case 'null':
      return nullValue(engine, node, state);
    case 'number_literal':
      return /^0+[uUlL]*$/.test(node.text) ? nullValue(engine, node, state) : /^(?:0[xX]0*[1-9a-fA-F][0-9a-fA-F]*|0*[1-9][0-9]*)[uUlL]*$/.test(node.text) ? 'k:TRUE' : UNKNOWN_VALUE;
    case 'field_expression':
    case 'subscript_expression': {
      const path = accessPath(node);
      if (node.type === 'field_expression') noteEndedRead(engine, node, state);
      if (path) noteStatusRead(engine, node, path, state);
      if (path) return readPath(path, state);
      evaluateChildren(engine, node, state);
      return UNKNOWN_VALUE;
    }
    case 'pointer_expression': {
      const argument = node.childForFieldName('argument');
      if (node.childForFieldName('operator')?.type === '&') {
        const path = argument ? accessPath(argument) : undefined;
        if (argument && path && isDescriptorObject(engine.values.typeOf(argument))) return objectDescriptor(engine, path, node, state);
        if (argument && !path) evaluate(engine, argument, state);
        return UNKNOWN_VALUE;
      }
      const path = accessPath(node);
      if (path) return state.read(path);
      if (argument) evaluate(engine, argument, state);
      return UNKNOWN_VALUE;
    }
    case 'assignment_expression': {
      const left = node.childForFieldName('left');
      const right = node.childForFieldName('right');
      const value = right ? evaluate(engine, right, state) : UNKNOWN_VALUE;
      const plain = node.childForFieldName('operator')?.type === '=';
      if (left) write(engine, left, plain ? value : UNKNOWN_VALUE, state, node);
      if (left && right && plain) copyMembers(engine, right, left, state, node);
      return plain ? value : UNKNOWN_VALUE;
    }
    case 'update_expression': {
      const argument = node.childForFieldName('argument');
      if (argument) write(engine, argument, UNKNOWN_VALUE, state, node);
      return UNKNOWN_VALUE;
    }
    case 'call_expression':
      return call(engine, node, state);
    case 'conditional_expression': {
      // `ok ? (PWSK_SOCKET)Irp->IoStatus.Information : NULL` holds one arm or the other, which a value
      // cannot say: an object either arm makes goes where the result goes, so it is not followed.
      const condition = node.childForFieldName('condition');
      if (condition) evaluate(engine, condition, state);
      for (const arm of [node.childForFieldName('consequence'), node.childForFieldName('alternative')]) {
        const value = arm ? evaluate(engine, arm, state) : UNKNOWN_VALUE;
        if (arm && state.factsOf(value).object?.state === 'live') handOff(engine, value, state, { node: arm, message: 'chosen by a conditional expression' });
      }
      return UNKNOWN_VALUE;
    }
    case 'comma_expression': {
      const left = node.childForFieldName('left');
      const right = node.childForFieldName('right');
      if (left) evaluate(engine, left, state);
      return right ? evaluate(engine, right, state) : UNKNOWN_VALUE;
    }
    case 'binary_expression': {
      // `(PSECURITY_DESCRIPTOR)&object` parses as a bitwise and: it is the address of `object`.
      const operand = castOfAddress(engine, node);
      if (operand) {
        const path = accessPath(operand);
        return path && isDescriptorObject(engine.values.typeOf(operand)) ? objectDescriptor(engine, path, node, state) : UNKNOWN_VALUE;
      }
      evaluateChildren(engine, node, state);
      return UNKNOWN_VALUE;
    }
    case 'sizeof_expression':
    case 'string_literal':
    case 'concatenated_string':
    case 'char_literal':
      return UNKNOWN_VALUE;
    default:
      evaluateChildren(engine, node, state);
      return UNKNOWN_VALUE;
  }
}

export function evaluateChildren(engine: Engine, node: Node, state: PathState): void {
  for (const child of node.namedChildren) if (child && child.type !== 'comment') evaluate(engine, child, state);
}

/**
 * `Socket->Dispatch` read where the socket has ended (closed): the state is kept for the rules. Only
 * reads the code evaluates count: a call's dispatch table (its callee) is not one.
 */
export function noteEndedRead(engine: Engine, node: Node, state: PathState): void {
  const field = node.childForFieldName('field')?.text;
  if (!field || !USED_THROUGH.has(field) || node.childForFieldName('operator')?.type !== '->') return;
  const base = node.childForFieldName('argument');
  if (!base) return;
  const object = state.factsOf(peek(engine, state, base)).object;
  if (object?.state !== 'ended' || objectKind(object.kind).usedThrough !== field) return;
  const read = engine.endedReads.get(node.id);
  if (read) read.states.push(state.clone());
  else engine.endedReads.set(node.id, { node, states: [state.clone()] });
}

/**
 * `irp->IoStatus…` read while the WSK call the IRP was last given to may be pending, or after it when
 * a completion routine set before it (which may free the IRP) names a function: the state is kept for the rules.
 */
export function noteStatusRead(engine: Engine, node: Node, path: string, state: PathState): void {
  const match = /^(.*?)(?:->|\.)IoStatus(?:\.|$)/.exec(path);
  if (!match) return;
  const facts = state.factsOf(state.read(match[1]));
  const call = facts.irpOf;
  const routine = facts.irpSetup?.routine;
  if (call === undefined || (!state.mayBePending(call) && !(routine && routine.name !== undefined && !routine.afterUse))) return;
  const read = engine.statusReads.get(node.id);
  if (read) read.states.push(state.clone());
  else engine.statusReads.set(node.id, { node, states: [state.clone()] });
}

/** `(PWSK_SOCKET)(irp->IoStatus.Information)` parses as a call of `(PWSK_SOCKET)`: the operand when it is a cast. */
export function castLikeCall(engine: Engine, node: Node): Node | undefined {
  const fn = node.childForFieldName('function');
  if (!fn || fn.type !== 'parenthesized_expression') return undefined;
  const type = unparenthesize(fn);
  if (type.type !== 'identifier' || !engine.values.types.isTypeName(type.text) || engine.values.variableType(type) !== undefined) return undefined;
  const args = node.childForFieldName('arguments')?.namedChildren.filter((a) => a && a.type !== 'comment') ?? [];
  return args.length === 1 && args[0] ? args[0] : undefined;
}

/** `(PVOID)&x` parses as `(PVOID) & x`: the `x` operand when the left side is a type. */
export function castOfAddress(engine: Engine, node: Node): Node | undefined {
  const path = addressedPath(node, (name) => engine.values.types.isTypeName(name));
  return path !== undefined ? (node.childForFieldName('right') ?? undefined) : undefined;
}

/** The value of an expression in a state, without effects (for conditions and rules). */
export function peek(engine: Engine, state: PathState, expression: Node): string {
  const node = unparenthesize(expression);
  if (node.type === 'cast_expression') {
    const value = node.childForFieldName('value');
    return value ? peek(engine, state, value) : UNKNOWN_VALUE;
  }
  if (node.type === 'call_expression') {
    const cast = castLikeCall(engine, node);
    return cast ? peek(engine, state, cast) : `c:${node.startIndex}`;
  }
  if (node.type === 'assignment_expression') {
    const left = node.childForFieldName('left');
    const path = left ? accessPath(left) : undefined;
    return path ? state.read(path) : UNKNOWN_VALUE;
  }
  if (node.type === 'null' || (node.type === 'identifier' && node.text === 'NULL')) return 'null';
  const constant = namedConstant(engine, node);
  if (constant) return constant;
  const path = accessPath(node);
  if (!path) return UNKNOWN_VALUE;
  const status = statusRead(path, state);
  return status ?? state.read(path);
}

/** `STATUS_…`, `TRUE`, `FALSE` (unless a local of that name hides them), C `true`/`false`: a known constant value. */
export function namedConstant(engine: Engine, node: Node): string | undefined {
  if (node.type === 'true') return 'k:TRUE';
  if (node.type === 'false') return 'k:FALSE';
  if (node.type !== 'identifier') return undefined;
  const name = node.text;
  return (name.startsWith('STATUS_') || name === 'TRUE' || name === 'FALSE') && !engine.facts.locals.has(name) ? `k:${name}` : undefined;
}

export function readPath(path: string, state: PathState): string {
  const status = statusRead(path, state);
  if (status) return status;
  const information = informationRead(path, state);
  if (information) return information;
  return state.read(path);
}

/** `irp->IoStatus.Status`: the final status of the call the IRP was last given to. */
export function statusRead(path: string, state: PathState): string | undefined {
  const match = /^(.*)(?:->|\.)IoStatus\.Status$/.exec(path);
  if (!match) return undefined;
  const call = state.factsOf(state.read(match[1])).irpOf;
  if (call === undefined) return undefined;
  const value = `fs:${call}`;
  state.facts.set(value, { statusOf: { call, final: true } });
  return value;
}

/**
 * `irp->IoStatus.Information`: what the last call given the IRP produced — after WskSocket,
 * WskSocketConnect or WskAccept the new socket (bound from birth for the last two), which the
 * function owns unless that call failed. Each run of that call produces a new value (a loop's next
 * socket is not the one of the round before).
 */
export function informationRead(path: string, state: PathState): string | undefined {
  const match = /^(.*)(?:->|\.)IoStatus\.Information$/.exec(path);
  if (!match) return undefined;
  const facts = state.factsOf(state.read(match[1]));
  if (facts.yields) {
    const { call, note, bound, ...made } = facts.yields;
    const value = `s:${call}`;
    if (!state.facts.has(value) && state.outcome(call).failed !== true) {
      const birth = Object.keys(made).length > 0 ? { socketBirth: made } : {};
      state.facts.set(value, { ...(bound ? { bound: note } : {}), object: { kind: 'socket', state: 'live', note, call }, ...birth });
    }
    return value;
  }
  return facts.irpOf === undefined ? undefined : `info:${facts.irpOf}`;
}

export function nullValue(engine: Engine, node: Node, state: PathState): string {
  // A NULL is an object of its own: when objects are followed one at a time, the NULLs of others
  // would multiply the states as much as the objects themselves.
  if (engine.focus !== undefined && engine.focus !== node.startIndex) return UNKNOWN_VALUE;
  const value = `null@${node.startIndex}`;
  state.facts.set(value, { isNull: { node, message: 'NULL assigned here' } });
  return value;
}

/** `&sdObject`: a descriptor that is provably not a cached copy. */
export function objectDescriptor(engine: Engine, path: string, node: Node, state: PathState): string {
  if (!engine.tracks(node.startIndex)) return UNKNOWN_VALUE;
  const value = `obj:${path}@${node.startIndex}`;
  state.facts.set(value, { object: { kind: 'descriptor', state: 'foreign', note: { node, message: `the address of the SECURITY_DESCRIPTOR object ${path}` } } });
  return value;
}
