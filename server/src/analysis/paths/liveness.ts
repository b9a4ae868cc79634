// Which names the rest of a function may still read. The path engine forgets what a path knows of a
// local that no later code reads before writing it again: paths that differ only in a dead local
// (`status` after its last test, the wait result of a macro that declares it afresh at each use) are
// then one state, so the states of a block grow with what still matters, not with the paths that led
// there.
//
// A classic backward liveness over the CFG: an element reads every identifier it mentions, except the
// name a plain assignment (`x = …`) or a declaration defines, which it writes after evaluating the
// rest. Anything else (`&x` given to a call, `x++`, a nested assignment) counts as a read: the result
// keeps more than needed, never less. What reads and writes is an AccessModel: values (VALUE_ACCESSES),
// remembered tests, which a call handed `&x` rewrites (TEST_ACCESSES), and the status of an IRP's last
// WSK call (irpStatusReads.ts) are three readings of one function.

import type { Node } from '../../parse/treeSitter';
import { IdentifierIndex } from '../identifierIndex';
import type { Cfg, Element } from '../cfg';
import { argumentsOf, callExpressionsIn, stripCasts, unparenthesize } from '../syntax';
import { DEBUG_ROUTINES } from '../../wsk/kernel';
import { calleeText } from './conditions';
import { addressedPath } from '../access';
import { appendAll } from '../../parse/arrays';

/** What an element or a branch condition reads, and the names it then overwrites whole (`identifiers`: the names a node mentions). */
export interface AccessModel {
  element(element: Element, identifiers: (node: Node) => string[]): { reads: string[]; writes: string[] };
  condition(node: Node, identifiers: (node: Node) => string[]): string[];
}

export interface Liveness {
  /** Whether code reachable from the start of this block (itself included) may read the name. */
  liveAt(block: number, name: string): boolean;
}

/**
 * `variables`: the names to follow (the function's parameters and locals, the globals it assigns);
 * any other name (a callee, a constant, a global only read) is always live. `within`: the function's
 * identifiers, when several readings share them.
 */
export function liveness(cfg: Cfg, variables: ReadonlySet<string>, model: AccessModel = VALUE_ACCESSES, within = new IdentifierIndex(cfg.definition)): Liveness {
  const index = new Map<string, number>();
  for (const name of variables) index.set(name, index.size);
  const ids = (names: readonly string[]) => names.map((name) => index.get(name)).filter((i): i is number => i !== undefined);
  const identifiers = (node: Node) => within.namesWithin(node);
  // Per block, in order: what each step reads and then writes (condition reads come last).
  const steps = cfg.blocks.map((block) => {
    const list: { reads: number[]; writes: number[] }[] = block.elements.map((element) => {
      const { reads, writes } = model.element(element, identifiers);
      return { reads: ids(reads), writes: ids(writes) };
    });
    const conditionReads = block.successors.flatMap((edge) => (edge.condition ? model.condition(edge.condition.node, identifiers) : []));
    list.push({ reads: ids(conditionReads), writes: [] });
    return list;
  });
  const words = Math.max(1, Math.ceil(index.size / 32));
  const count = cfg.blocks.length;
  const gen = new Uint32Array(count * words);
  const kill = new Uint32Array(count * words);
  const has = (set: Uint32Array, base: number, i: number) => (set[base + (i >>> 5)] & (1 << (i & 31))) !== 0;
  const add = (set: Uint32Array, base: number, i: number) => {
    set[base + (i >>> 5)] = (set[base + (i >>> 5)] | (1 << (i & 31))) >>> 0;
  };
  for (const block of cfg.blocks) {
    const base = block.id * words;
    // Forward through the block: a read counts unless an earlier step of the block wrote the name.
    for (const step of steps[block.id]) {
      for (const i of step.reads) if (!has(kill, base, i)) add(gen, base, i);
      for (const i of step.writes) add(kill, base, i);
    }
  }
  const live = new Uint32Array(count * words);
  live.set(gen);
  const predecessors: number[][] = cfg.blocks.map(() => []);
  for (const block of cfg.blocks) for (const edge of block.successors) predecessors[edge.to.id].push(block.id);
  // Later blocks first (popped from the end): a backward problem settles in few rounds that way.
  const queue = cfg.blocks.map((block) => block.id);
  const queued = new Uint8Array(count).fill(1);
  while (queue.length > 0) {
    const to = queue.pop() as number;
    queued[to] = 0;
    for (const from of predecessors[to]) {
      let changed = false;
      for (let w = 0; w < words; w++) {
        // live[from] ⊇ live[to] minus what `from` writes before any read.
        const incoming = (live[to * words + w] & ~kill[from * words + w]) >>> 0;
        const merged = (live[from * words + w] | incoming) >>> 0;
        if (merged !== live[from * words + w]) {
          live[from * words + w] = merged;
          changed = true;
        }
      }
      if (changed && !queued[from]) {
        queued[from] = 1;
        queue.push(from);
      }
    }
  }
  return {
    liveAt(block, name) {
      const i = index.get(name);
      return i === undefined || has(live, block * words, i);
    },
  };
}

/**
 * What a path knows of values: every mention reads, but for the name a plain assignment or a declaration
 * defines, and a variable a debug print is handed as such (`DbgPrintEx(…, "%x", status)`: the engine
 * evaluates nothing there that could tell).
 */
export const VALUE_ACCESSES: AccessModel = {
  element(element, identifiers) {
    const found = accesses(element, identifiers);
    if (element.kind !== 'opaque' && element.kind !== 'exit') withoutPrinted(element.node, found.reads);
    return found;
  },
  condition: (node, identifiers) => identifiers(node),
};

/**
 * What a path remembers of tests (`if (verified)`): as values, but a call handed `&x` may write `x`, so
 * the engine forgets the tests of `x` there (callEffects.ts): `x` mentioned only that way is written.
 */
export const TEST_ACCESSES: AccessModel = {
  element(element, identifiers) {
    const found = VALUE_ACCESSES.element(element, identifiers);
    if (element.kind !== 'opaque' && element.kind !== 'exit') addressedByCalls(element.node, found.reads, found.writes);
    return found;
  },
  condition: (node, identifiers) => identifiers(node),
};

/** What one element reads, and the names it then overwrites whole. */
function accesses(element: Element, identifiers: (node: Node) => string[]): { reads: string[]; writes: string[] } {
  switch (element.kind) {
    case 'declare': {
      const reads: string[] = [];
      const writes: string[] = [];
      for (const declarator of element.node.childrenForFieldName('declarator')) {
        if (!declarator) continue;
        const value = declarator.type === 'init_declarator' ? declarator.childForFieldName('value') : null;
        if (value) appendAll(reads, identifiers(value));
        const target = declarator.type === 'init_declarator' ? declarator.childForFieldName('declarator') : declarator;
        if (target?.type === 'identifier') writes.push(target.text);
        else if (target) appendAll(reads, identifiers(target)); // array sizes, pointer declarators: keep
      }
      return { reads, writes };
    }
    case 'assign': {
      const left = unparenthesize(element.left);
      if (left.type === 'identifier') return { reads: identifiers(element.right), writes: [left.text] };
      return { reads: [...identifiers(element.right), ...identifiers(element.left)], writes: [] };
    }
    case 'eval': {
      let node = element.node;
      if (node.type === 'expression_statement') node = node.namedChildren.find((c) => c && c.type !== 'comment') ?? node;
      node = unparenthesize(node);
      if (node.type === 'assignment_expression' && node.childForFieldName('operator')?.type === '=') {
        const left = node.childForFieldName('left');
        const right = node.childForFieldName('right');
        if (left && right && unparenthesize(left).type === 'identifier') return { reads: identifiers(right), writes: [unparenthesize(left).text] };
      }
      return { reads: identifiers(element.node), writes: [] };
    }
    default:
      return { reads: identifiers(element.node), writes: [] };
  }
}

/** `&x` handed to a call writes `x` (see TEST_ACCESSES); read too when the element mentions it otherwise. */
function addressedByCalls(node: Node, reads: string[], writes: string[]): void {
  const addressed: string[] = [];
  for (const call of callExpressionsIn(node)) {
    for (const argument of argumentsOf(call)) {
      // Without the type reader here, `(PVOID) & x` is a bitwise and: x stays read (more than needed).
      const path = addressedPath(argument, () => false);
      if (path !== undefined && /^\w+$/.test(path)) addressed.push(path);
    }
  }
  if (addressed.length === 0) return;
  const byAddress = countNames(addressed);
  // Read when the element mentions it anywhere else (`f(&x, x)`, `y = x + f(&x)`).
  dropNames(reads, byAddress);
  for (const name of byAddress.keys()) if (!writes.includes(name)) writes.push(name);
}

/** How many times each name occurs. */
function countNames(names: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  return counts;
}

/** Removes from `reads` each name that occurs there no more often than in `only` (all its mentions are those). */
function dropNames(reads: string[], only: ReadonlyMap<string, number>): void {
  const mentions = countNames(reads.filter((read) => only.has(read)));
  const dropped = new Set([...only].filter(([name, count]) => (mentions.get(name) ?? 0) <= count).map(([name]) => name));
  if (dropped.size === 0) return;
  let kept = 0;
  for (const read of reads) if (!dropped.has(read)) reads[kept++] = read;
  reads.length = kept;
}

/** Drops from `reads` the names only handed as such to debug prints (their other mentions are reads). */
function withoutPrinted(node: Node, reads: string[]): void {
  let printed: Map<string, number> | undefined;
  for (const call of callExpressionsIn(node)) {
    const name = calleeText(call);
    if (!name || !DEBUG_ROUTINES.has(name)) continue;
    for (const argument of argumentsOf(call)) {
      const inner = stripCasts(argument);
      if (inner.type !== 'identifier') continue;
      printed ??= new Map();
      printed.set(inner.text, (printed.get(inner.text) ?? 0) + 1);
    }
  }
  if (printed) dropNames(reads, printed);
}
