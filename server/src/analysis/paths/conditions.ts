// How a branch condition reads, independently of any state: `!x`, `x == NULL` and `NULL != x` are one
// test of `x`; a test with a call or an assignment in it may answer differently the next time.

import type { Node } from '../../parse/treeSitter';
import { perNode } from '../nodeMemo';
import { MAX_SYNTAX_DEPTH, unparenthesize } from '../syntax';

/**
 * Whether evaluating a condition twice may give two answers: it calls a function (`IsListEmpty`,
 * `InterlockedCompareExchange`) or assigns. ALL-CAPS callees are macros that test their argument
 * (`NT_SUCCESS`, `QUIC_FAILED`): the same test of the same value.
 */
export function hasSideEffects(node: Node): boolean {
  for (const call of [node, ...node.descendantsOfType(['call_expression', 'assignment_expression', 'update_expression'])]) {
    if (!call) continue;
    if (call.type === 'assignment_expression' || call.type === 'update_expression') return true;
    if (call.type !== 'call_expression') continue;
    const callee = calleeText(call);
    if (!callee || !/^[A-Z][A-Z0-9_]*$/.test(callee)) return true;
  }
  return false;
}

/** A condition's text with `!` and comparisons to NULL normalised away, to find the same test written twice. */
export function conditionText(node: Node): string {
  return normalizedCondition(node, true).text;
}

/**
 * What a condition tests and whether it holds on the edge: `!x`, `x == NULL`, `NULL == x`, `x == FALSE`
 * taken are `x` falsy; `x != NULL`, `x == TRUE` taken are `x` truthy. Blanks are left out of the text.
 */
export function normalizedCondition(condition: Node, value: boolean): { text: string; truthy: boolean } {
  const taken = normalizedTaken(condition);
  return { text: taken.text, truthy: value ? taken.truthy : !taken.truthy };
}

/**
 * The condition normalised on its taken edge, worked out once per node: each step of the normalisation
 * keeps or flips `truthy`, so the other edge's answer is the opposite.
 */
const normalizedTaken = perNode((condition: Node): { text: string; truthy: boolean } => {
  let node = unparenthesize(condition);
  let truthy = true;
  for (let i = 0; i < MAX_SYNTAX_DEPTH; i++) {
    if (node.type === 'unary_expression' && node.childForFieldName('operator')?.type === '!') {
      const argument = node.childForFieldName('argument');
      if (!argument) break;
      node = unparenthesize(argument);
      truthy = !truthy;
      continue;
    }
    const operator = node.type === 'binary_expression' ? node.childForFieldName('operator')?.type : undefined;
    if (operator !== '==' && operator !== '!=') break;
    const left = node.childForFieldName('left');
    const right = node.childForFieldName('right');
    if (!left || !right) break;
    const constant = (side: Node) => {
      const core = unparenthesize(side);
      if (isNullConstant(core) || (core.type === 'identifier' && core.text === 'FALSE') || core.type === 'false') return false;
      if ((core.type === 'identifier' && core.text === 'TRUE') || core.type === 'true') return true;
      return undefined;
    };
    const [subject, meaning] = constant(right) !== undefined ? [left, constant(right)] : constant(left) !== undefined ? [right, constant(left)] : [undefined, undefined];
    if (!subject || meaning === undefined) break;
    // `x == NULL` holds when x is falsy; `x != NULL` when it is truthy; `x == TRUE` when truthy.
    const equalMeansTruthy = meaning;
    truthy = operator === '==' ? (truthy ? equalMeansTruthy : !equalMeansTruthy) : (truthy ? !equalMeansTruthy : equalMeansTruthy);
    node = unparenthesize(subject);
  }
  return { text: node.text.replace(/\s+/g, ''), truthy };
});


export function isNullConstant(node: Node): boolean {
  return node.type === 'null' || (node.type === 'identifier' && node.text === 'NULL') || (node.type === 'number_literal' && /^0+[uUlL]*$/.test(node.text));
}

/** Whether a side of a comparison is a constant (NULL, a number, TRUE, a STATUS_ code): asked for every state on every edge. */
export const isConstantSide = perNode((node: Node): boolean => {
  const core = unparenthesize(node);
  return isNullConstant(core) || core.type === 'number_literal' || core.type === 'true' || core.type === 'false' || (core.type === 'identifier' && /^(?:STATUS_[A-Z_]+|NULL|TRUE|FALSE)$/.test(core.text));
});

/** The called name: `F` in `F(…)`, `WskBind` in `Dispatch->WskBind(…)`. */
export const calleeText = perNode(calleeTextOf);

function calleeTextOf(call: Node): string | undefined {
  const fn = call.childForFieldName('function');
  if (!fn) return undefined;
  const target = unparenthesize(fn);
  if (target.type === 'identifier') return target.text;
  if (target.type === 'field_expression') return target.childForFieldName('field')?.text;
  return undefined;
}
