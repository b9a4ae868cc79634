// Answers about syntax remembered per node. The path engine evaluates each expression once per path
// state that reaches it: what an expression names or calls never changes while its tree lives, so it is
// worked out once. Keyed by the tree (a re-parse makes a new one, and the old one's answers go with it;
// a node the new copy takes from the old one is answered anew: its offsets moved).

import type { Node } from '../parse/treeSitter';

/** `compute`, remembered for each node of each tree. */
export function perNode<T>(compute: (node: Node) => T): (node: Node) => T {
  const byTree = new WeakMap<object, Map<number, T>>();
  return (node) => {
    let known = byTree.get(node.tree);
    if (!known) {
      known = new Map();
      byTree.set(node.tree, known);
    }
    if (known.has(node.id)) return known.get(node.id) as T;
    const answer = compute(node);
    known.set(node.id, answer);
    return answer;
  };
}
