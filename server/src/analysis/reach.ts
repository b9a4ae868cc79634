// Whether one point of a function can run after another on some path of its CFG (loops included):
// for orderings that do not depend on what the path knows (a client control before any socket).

import type { Node } from '../parse/treeSitter';
import type { Block, Cfg } from './cfg';

/** Where a node is evaluated: its block and the index of the element that holds it. */
function placeOf(cfg: Cfg, node: Node): { block: Block; index: number } | undefined {
  for (const block of cfg.blocks) {
    const index = block.elements.findIndex((element) => element.node.startIndex <= node.startIndex && node.endIndex <= element.node.endIndex);
    if (index >= 0) return { block, index };
  }
  return undefined;
}

/** Whether `to` can be evaluated after `from` on some path (false when either is not found). */
export function reachesAfter(cfg: Cfg, from: Node, to: Node): boolean {
  const start = placeOf(cfg, from);
  const end = placeOf(cfg, to);
  if (!start || !end) return false;
  if (start.block.id === end.block.id && start.index < end.index) return true;
  const seen = new Set<number>();
  const queue = start.block.successors.map((edge) => edge.to);
  while (queue.length > 0) {
    const block = queue.shift() as Block;
    if (seen.has(block.id)) continue;
    seen.add(block.id);
    if (block.id === end.block.id) return true;
    for (const edge of block.successors) queue.push(edge.to);
  }
  return false;
}
