// Answers about syntax remembered per node. The path engine evaluates each expression once per path
// state that reaches it: what an expression names or calls never changes while its tree lives, so it is
// worked out once. Kept on the node (Node.memos, a slot per memo: a field read, where a map per tree
// keyed by id cost a hash lookup per question); a node the new copy takes from the old one starts
// afresh (its offsets moved), and a re-parse makes new nodes.

import type { Node } from '../parse/treeSitter';

/** Slots given so far (one per perNode, made at module load: a few dozen). */
let slots = 0;

/** Stands for an answer that is undefined (an empty slot is one not worked out yet). */
const UNDEFINED = Symbol('undefined');

/** `compute`, remembered for each node of each tree. */
export function perNode<T>(compute: (node: Node) => T): (node: Node) => T {
  const slot = slots++;
  return (node) => {
    const memos = (node.memos ??= []);
    const known = memos[slot];
    if (known !== undefined) return (known === UNDEFINED ? undefined : known) as T;
    const answer = compute(node);
    memos[slot] = answer === undefined ? UNDEFINED : answer;
    return answer;
  };
}
