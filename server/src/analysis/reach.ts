// Whether one point of a function can run after another on some path of its CFG (loops included):
// for orderings that do not depend on what the path knows (a client control before any socket).

import type { Node } from '../parse/treeSitter';
import type { Block, Cfg, Element } from './cfg';
import { buildCfg } from './cfg';
import { perNode } from './nodeMemo';

/** The CFG of a function, built once per tree (for the rules' questions beside the path engine's). */
export const cfgOf = perNode((definition: Node): Cfg => buildCfg(definition));

/** Where a node is evaluated: its block and the index of the element that holds it. */
function placeOf(cfg: Cfg, node: Node): { block: Block; index: number } | undefined {
  const places = placesOf(cfg);
  // The last element that starts at or before the node; elements do not nest.
  let lo = 0;
  let hi = places.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (places[mid].start <= node.startIndex) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  for (let i = found; i >= 0 && found - i < 8; i--) {
    if (node.endIndex <= places[i].end) return places[i];
  }
  return undefined;
}

const placeCache = new WeakMap<Cfg, { start: number; end: number; block: Block; index: number }[]>();

function placesOf(cfg: Cfg): { start: number; end: number; block: Block; index: number }[] {
  let places = placeCache.get(cfg);
  if (!places) {
    places = cfg.blocks.flatMap((block) => block.elements.map((element, index) => ({ start: element.node.startIndex, end: element.node.endIndex, block, index })));
    places.sort((a, b) => a.start - b.start || b.end - a.end);
    placeCache.set(cfg, places);
  }
  return places;
}

/**
 * The first of `froms` after which `to` can be evaluated on some path (undefined when none, or when a
 * node is not found): one walk back from `to`, whatever the number of `froms`.
 */
export function firstReaching(cfg: Cfg, froms: readonly Node[], to: Node): Node | undefined {
  const end = placeOf(cfg, to);
  if (!end) return undefined;
  const places = froms.map((from) => ({ from, place: placeOf(cfg, from) }));
  const sameBlock = places.find(({ place }) => place?.block.id === end.block.id && place.index < end.index);
  if (sameBlock) return sameBlock.from;
  const predecessors = predecessorsOf(cfg);
  const seen = new Set<number>();
  const queue = [...(predecessors.get(end.block.id) ?? [])];
  while (queue.length > 0) {
    const block = queue.shift() as Block;
    if (seen.has(block.id)) continue;
    seen.add(block.id);
    for (const next of predecessors.get(block.id) ?? []) queue.push(next);
  }
  return places.find(({ place }) => place !== undefined && seen.has(place.block.id))?.from;
}

const predecessorCache = new WeakMap<Cfg, Map<number, Block[]>>();

/** Each block's predecessors, by block id (built once per CFG). */
export function predecessorsOf(cfg: Cfg): ReadonlyMap<number, readonly Block[]> {
  let predecessors = predecessorCache.get(cfg);
  if (!predecessors) {
    predecessors = new Map<number, Block[]>();
    for (const block of cfg.blocks) {
      for (const edge of block.successors) {
        const list = predecessors.get(edge.to.id);
        if (list) list.push(block);
        else predecessors.set(edge.to.id, [block]);
      }
    }
    predecessorCache.set(cfg, predecessors);
  }
  return predecessors;
}

/**
 * Whether `to` can be evaluated on some path from the function's entry that evaluates no element
 * `stops` holds for (a wait, say) before it. False when `to` is not found.
 */
export function reachedWithout(cfg: Cfg, to: Node, stops: (element: Element) => boolean): boolean {
  const end = placeOf(cfg, to);
  if (!end) return false;
  if (end.block.elements.slice(0, end.index).some(stops)) return false;
  if (end.block.id === cfg.entry.id) return true;
  const predecessors = predecessorsOf(cfg);
  const seen = new Set<number>([end.block.id]);
  const queue = [...(predecessors.get(end.block.id) ?? [])];
  while (queue.length > 0) {
    const block = queue.pop() as Block;
    if (seen.has(block.id)) continue;
    seen.add(block.id);
    if (block.elements.some(stops)) continue;
    if (block.id === cfg.entry.id) return true;
    for (const next of predecessors.get(block.id) ?? []) queue.push(next);
  }
  return false;
}

/**
 * Whether every path from the function's entry to a way out evaluates `node` (the function surely
 * makes that call when it returns): false when some path leaves (a return, the closing brace, a block
 * with no way on) before it, and when `node` is not found.
 */
export function reachedOnEveryPath(cfg: Cfg, node: Node): boolean {
  if (cfg.truncated) return false;
  const at = placeOf(cfg, node);
  if (!at) return false;
  const seen = new Set<number>();
  const queue: Block[] = [cfg.entry];
  while (queue.length > 0) {
    const block = queue.pop() as Block;
    if (seen.has(block.id)) continue;
    seen.add(block.id);
    const elements = block.id === at.block.id ? block.elements.slice(0, at.index) : block.elements;
    if (elements.some((element) => element.kind === 'exit')) return false;
    if (block.id === at.block.id) continue;
    if (block.successors.length === 0) return false;
    for (const edge of block.successors) queue.push(edge.to);
  }
  return true;
}
