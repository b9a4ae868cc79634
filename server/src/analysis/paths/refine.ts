// Branch conditions along a path: whether a test decides a call's outcome or an object's NULLness on this
// path, refines the state, or proves the edge infeasible; the tests worth remembering.

import type { Node } from '../../parse/treeSitter';
import { STATUS_TESTS } from '../../wsk/kernel';
import type { Edge } from '../cfg';
import { accessPath, identifiersOf, rootOf } from '../access';
import { throughCopies } from '../copies';
import { MAX_SYNTAX_DEPTH, unparenthesize } from '../syntax';
import type { CallId, Outcome, PathState } from './state';
import { calleeText, conditionText, hasSideEffects, isConstantSide, isNullConstant, normalizedCondition } from './conditions';
import type { Engine } from './engine';
import { peek } from './expressions';

/** The state on an edge that assumes `condition` is `value`; undefined when that cannot happen. */
export function refine(engine: Engine, source: PathState, condition: Node, value: boolean, reuse = false): PathState | undefined {
  const state = reuse ? source : source.clone();
  const node = unparenthesize(condition);
  const decided = decide(engine, state, node, value);
  if (decided === false) return undefined;
  state.trail.push({ node, message: `${value ? 'taking' : 'not taking'} this branch` });
  if (decided === undefined && !conditionHasSideEffects(engine, node) && (engine.facts.repeatedConditions.has(throughCopies(conditionText(node), engine.facts.copies)) || testsParameter(engine, node))) {
    // `x`, `!x`, `x != NULL` and `NULL == x` are one test of `x`: a path that took one knows the others.
    const normalized = normalizedCondition(node, value);
    // A test through a copy (`*irp`) is one of its source's storage (`*Irp`): kept under that name.
    const text = throughCopies(normalized.text, engine.facts.copies);
    const truthy = normalized.truthy;
    const known = state.conditions.get(text);
    if (known && known.value !== truthy) return undefined;
    state.conditions.set(text, { value: truthy, names: identifiersOf(text) });
  }
  return state;
}

/**
 * The state on a switch's edge to `case value:` (the subject equals the value): a call's status that is
 * STATUS_PENDING, or STATUS_SUCCESS (it succeeded and is complete). Undefined when that cannot happen.
 */
export function refineCase(engine: Engine, state: PathState, edge: NonNullable<Edge['caseOf']>): PathState | undefined {
  const named = (node: Node | undefined, name: string) => node?.type === 'identifier' && node.text === name;
  let change: Outcome | undefined;
  if (named(edge.value, STATUS_TESTS.pending)) change = { pending: 'pending' };
  else if (named(edge.value, 'STATUS_SUCCESS')) change = { failed: false, pending: 'notPending' };
  else if (edge.excludes?.some((value) => named(value, STATUS_TESTS.pending))) change = { pending: 'notPending' };
  const status = change ? statusCall(engine, state, edge.subject) : undefined;
  if (!change || !status || (status.final && change.pending === 'pending')) return state;
  if (status.final && change.failed === undefined) return state;
  return setOutcome(state, status.call, change) ? state : undefined;
}

/** true: the condition refined the state; false: the edge is infeasible; undefined: nothing known. */
export function decide(engine: Engine, state: PathState, node: Node, value: boolean): boolean | undefined {
  if (node.type === 'unary_expression' && node.childForFieldName('operator')?.type === '!') {
    let inner: Node | null = node;
    let polarity = value;
    for (let i = 0; inner?.type === 'unary_expression' && inner.childForFieldName('operator')?.type === '!' && i < MAX_SYNTAX_DEPTH; i++) {
      const argument: Node | null = inner.childForFieldName('argument');
      inner = argument ? unparenthesize(argument) : null;
      polarity = !polarity;
    }
    return inner && inner.type !== 'unary_expression' ? decide(engine, state, inner, polarity) : undefined;
  }
  if (node.type === 'call_expression' && calleeText(node) === STATUS_TESTS.success) {
    const argument = node.childForFieldName('arguments')?.namedChildren.find((a) => a && a.type !== 'comment');
    const status = argument ? statusCall(engine, state, argument) : undefined;
    return status === undefined ? undefined : setOutcome(state, status.call, { failed: !value });
  }
  if (node.type === 'binary_expression') {
    const operator = node.childForFieldName('operator')?.type;
    const left = node.childForFieldName('left');
    const right = node.childForFieldName('right');
    if (!left || !right || !operator) return undefined;
    const [subject, other] = isConstantSide(left) ? [right, left] : [left, right];
    const constant = unparenthesize(other);
    if (operator === '==' || operator === '!=') {
      const equal = operator === '==' ? value : !value;
      if (constant.type === 'identifier' && constant.text === STATUS_TESTS.pending) {
        const status = statusCall(engine, state, subject);
        if (!status || status.final) return undefined;
        return setOutcome(state, status.call, { pending: equal ? 'pending' : 'notPending' });
      }
      if (constant.type === 'identifier' && constant.text === 'STATUS_SUCCESS') {
        const status = statusCall(engine, state, subject);
        if (!status || !equal) return undefined;
        return setOutcome(state, status.call, { failed: false, pending: 'notPending' });
      }
      if (isNullConstant(constant)) {
        const held = peek(engine, state, subject);
        if (held === 'k:TRUE') return !equal;
        if (held === 'k:FALSE') return equal;
        return nullness(state, held, equal);
      }
      // tree-sitter-c reads `TRUE`/`FALSE` as the literals `true`/`false`, like C's own.
      const truth = constant.type === 'true' || constant.type === 'false' ? constant.type === 'true'
        : constant.type === 'identifier' && (constant.text === 'TRUE' || constant.text === 'FALSE') ? constant.text === 'TRUE' : undefined;
      if (truth !== undefined) return decide(engine, state, unparenthesize(subject), truth ? equal : !equal);
      return undefined;
    }
    if ((operator === '<' || operator === '>=') && constant.type === 'number_literal' && /^0+$/.test(constant.text) && subject === left) {
      const status = statusCall(engine, state, subject);
      if (!status) return undefined;
      const failed = operator === '<' ? value : !value;
      return setOutcome(state, status.call, { failed });
    }
    return undefined;
  }
  // A value tested by itself (`if (!Ctx->Irps[i])`) reads as its test against NULL.
  if (node.type === 'identifier' || node.type === 'field_expression' || node.type === 'pointer_expression' || node.type === 'subscript_expression' || node.type === 'assignment_expression') {
    const subject = peek(engine, state, node);
    // A flag set to TRUE or FALSE on this path (`if (sdCached)` after `sdCached = TRUE;`).
    if (subject === 'k:TRUE') return value;
    if (subject === 'k:FALSE') return !value;
    const facts = state.factsOf(subject);
    if (facts.successOf !== undefined) return setOutcome(state, facts.successOf, { failed: !value });
    if (facts.isNull || facts.object) return nullness(state, subject, !value);
  }
  return undefined;
}

/** The call behind a status expression (`status`, `WskBind(...)`, `irp->IoStatus.Status`). */
export function statusCall(engine: Engine, state: PathState, expression: Node): { call: CallId; final: boolean } | undefined {
  const value = peek(engine, state, expression);
  return state.factsOf(value).statusOf;
}

export function nullness(state: PathState, subject: string, isNull: boolean): boolean | undefined {
  const facts = state.factsOf(subject);
  if (facts.isNull) return isNull;
  const object = facts.object;
  // An acquisition is NULL exactly when it failed; an ended object was not NULL when it ended.
  if ((object?.state === 'live' || object?.state === 'foreign') && object.call !== undefined) return setOutcome(state, object.call, { failed: isNull });
  if (object?.state === 'ended') return isNull ? false : true;
  return undefined;
}

export function setOutcome(state: PathState, call: CallId, change: Outcome): boolean {
  const current = state.outcome(call);
  if (change.failed !== undefined && current.failed !== undefined && current.failed !== change.failed) return false;
  if (change.pending === 'pending' && (current.pending === 'notPending' || current.pending === 'done')) return false;
  if (change.pending === 'notPending' && current.pending === 'pending') return false;
  if (change.pending === 'pending' && current.failed === true) return false;
  const pending = change.pending === undefined ? current.pending : current.pending === 'done' ? 'done' : change.pending;
  state.outcomes.set(call, { failed: change.failed ?? current.failed, pending });
  return true;
}

/**
 * A NULL test of something the caller handed in (`*Cached != NULL`, `Ctx->Sd`): remembered along the
 * path, so that a summary can tell that a release it skipped was of a NULL pointer.
 */
export function testsParameter(engine: Engine, node: Node): boolean {
  let subject: Node | null = node;
  if (node.type === 'binary_expression') {
    const left = node.childForFieldName('left');
    const right = node.childForFieldName('right');
    subject = left && right ? (isNullConstant(unparenthesize(right)) ? left : isNullConstant(unparenthesize(left)) ? right : null) : null;
  }
  const written = subject ? accessPath(subject) : undefined;
  const path = written === undefined ? undefined : throughCopies(written, engine.facts.copies);
  return path !== undefined && (path.startsWith('*') || path.includes('->')) && engine.facts.parameters.has(rootOf(path)) && engine.facts.releaseSubjects.has(path);
}

/** Whether a branch condition calls or assigns (asked for every state on every edge: once per condition). */
export function conditionHasSideEffects(engine: Engine, node: Node): boolean {
  let known = engine.facts.sideEffects.get(node.id);
  if (known === undefined) {
    known = hasSideEffects(node);
    engine.facts.sideEffects.set(node.id, known);
  }
  return known;
}
