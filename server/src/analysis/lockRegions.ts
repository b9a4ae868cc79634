// Spin-lock regions: the calls that run while a lock acquired in the function may be held, on some path,
// and the locks a function returns holding (a lock wrapper). A small forward dataflow over the CFG whose
// states are the held locks and the branch conditions the path took, so that a release under the same
// test as its acquire is matched. irql.ts asks it for the regions of each function.

import type { Node } from '../parse/treeSitter';
import { ASSERTIONS, DISPATCH_LEVEL, IRQL_LEVELS, IRQL_ROUTINE_BY_NAME } from '../wsk/irql';
import type { IrqlRoutine } from '../wsk/irql';
import type { Block, Cfg } from './cfg';
import { hasSideEffects, normalizedCondition } from './paths/conditions';
import { argumentsOf, calleeName, unparenthesize } from './syntax';
import { copiesAround, copiesIn, throughCopies } from './copies';
import type { ValueReader } from './values';

/** A spin lock (or a raised IRQL) held at a call: the acquiring call. */
export interface Held {
  readonly acquire: Node;
  /** The routine called there: a lock routine, or a function of the workspace that returns with a lock held. */
  readonly routine: string;
  /** For such a function: the lock routine it calls (`KeAcquireSpinLock`). */
  readonly wraps?: string;
}

/** Held locks followed per path at most (deeper nesting is not followed further). */
const MAX_HELD = 4;
/** Branch conditions a lock state remembers at most. */
const MAX_CONDITIONS = 16;
/** Element visits per function before the lock dataflow gives up (then no region is claimed). */
const MAX_VISITS = 200_000;

/** `NT_ASSERT(FALSE);`: the driver says the path is never taken (the statement, or the call itself). */
export function assertsFalse(node: Node): boolean {
  const call = node.type === 'expression_statement' ? node.namedChild(0) : node;
  if (call?.type !== 'call_expression') return false;
  const name = calleeName(call)?.text;
  if (!name || !ASSERTIONS.has(name)) return false;
  const args = call.childForFieldName('arguments')?.namedChildren.filter((a): a is Node => a !== null && a.type !== 'comment') ?? [];
  const condition = args.length > 0 ? unparenthesize(args[args.length - 1]).text : '';
  return condition === 'FALSE' || condition === 'false' || condition === '0';
}

/** The calls inside a node, in the order they run (an argument's call before the call it is given to). */
export function callsInOrder(node: Node): Node[] {
  const calls = node.descendantsOfType('call_expression').filter((c): c is Node => c !== null);
  if (node.type === 'call_expression') calls.push(node);
  return [...new Map(calls.map((c) => [c.id, c])).values()].sort((a, b) => a.endIndex - b.endIndex || b.startIndex - a.startIndex);
}

/** An IRQL level argument's value: a level name or an integer; undefined when unknown. */
export function levelOf(text: string): number | undefined {
  const name = text.replace(/[()\s]/g, '');
  if (name in IRQL_LEVELS) return IRQL_LEVELS[name];
  return /^\d+$/.test(name) ? Number(name) : undefined;
}


export interface HeldLock extends Held {
  readonly key: string;
}

interface LockState {
  readonly held: readonly HeldLock[];
  /** Branch conditions the path took (normalised text → truthy), to match a release with its acquire's test. */
  readonly conditions: ReadonlyMap<string, boolean>;
}

/**
 * The calls that run while a lock acquired in this function may be held, on some path: a forward
 * dataflow whose states are the held locks (by the text of the lock, or of the in-stack handle) and
 * the conditions taken; states with the same locks meet by keeping the conditions they agree on.
 */
/** What the lock walk reads of one CFG element. */
interface ElementFacts {
  readonly assertsFalse: boolean;
  readonly calls: readonly { readonly call: Node; readonly name: string | undefined; readonly routine: IrqlRoutine | undefined; readonly effect: ReturnType<typeof lockEffect> }[];
  readonly assigned: readonly RegExp[];
}

/** How the lock walk sees calls that are not lock routines. */
export interface LockCalls {
  /** A helper that releases a lock its caller holds. */
  releases(name: string): boolean;
  /** A function that returns holding a lock: the routine inside and the lock's key at this call. */
  acquires(name: string, args: readonly Node[]): { routine: string; key: string } | undefined;
}

export function lockRegions(cfg: Cfg, values: ValueReader, calls: LockCalls): { held: ReadonlyMap<number, Held>; exits: readonly (readonly HeldLock[])[] } {
  const result = new Map<number, Held>();
  const exits: (readonly HeldLock[])[] = [];
  if (cfg.truncated) return { held: result, exits: [] };
  const copies = copiesIn(cfg.definition);
  const states = new Map<number, Map<string, LockState>>([[cfg.entry.id, new Map([['', { held: [], conditions: new Map() }]])]]);
  const queue: Block[] = [cfg.entry];
  const queued = new Set<number>([cfg.entry.id]);
  let visits = 0;
  // What each element holds is read once: a block is walked again for every lock state that reaches it.
  const facts = new Map<number, ElementFacts>();
  const factsOf = (node: Node): ElementFacts => {
    let known = facts.get(node.id);
    if (!known) {
      known = {
        assertsFalse: assertsFalse(node),
        calls: callsInOrder(node).map((call) => {
          const name = calleeName(call)?.text;
          const routine = name ? IRQL_ROUTINE_BY_NAME.get(name) : undefined;
          return { call, name, routine, effect: routine ? lockEffect(routine, call, values) : undefined };
        }),
        assigned: assignedReaders(node),
      };
      facts.set(node.id, known);
    }
    return known;
  };
  while (queue.length > 0) {
    const block = queue.shift() as Block;
    queued.delete(block.id);
    for (const start of [...(states.get(block.id)?.values() ?? [])]) {
      let state: LockState | undefined = start;
      for (const element of block.elements) {
        if (++visits > MAX_VISITS) return { held: new Map(), exits: [] };
        const known = factsOf(element.node);
        if (known.assertsFalse) {
          state = undefined;
          break;
        }
        if (element.kind === 'exit') {
          exits.push(state.held);
          continue;
        }
        for (const { call, name, routine, effect } of known.calls) {
          const wrapper = !routine && name ? calls.acquires(name, argumentsOf(call)) : undefined;
          if (effect?.acts === 'acquire' && routine) {
            if (state.held.length < MAX_HELD) state = { ...state, held: [...state.held, { key: effect.key, acquire: call, routine: routine.name }] };
          } else if (wrapper) {
            if (state.held.length > 0 && !result.has(call.id)) result.set(call.id, { acquire: state.held[0].acquire, routine: state.held[0].routine, ...(state.held[0].wraps ? { wraps: state.held[0].wraps } : {}) });
            if (state.held.length < MAX_HELD) state = { ...state, held: [...state.held, { key: wrapper.key, acquire: call, routine: name as string, wraps: wrapper.routine }] };
          } else if (effect?.acts === 'release') {
            state = { ...state, held: released(state.held, effect.key) };
          } else if (!routine && name && state.held.length > 0 && calls.releases(name)) {
            // A helper that releases: which lock it is, the text cannot tell; the latest one.
            state = { ...state, held: released(state.held, '') };
          } else if (state.held.length > 0 && !result.has(call.id)) {
            result.set(call.id, { acquire: state.held[0].acquire, routine: state.held[0].routine, ...(state.held[0].wraps ? { wraps: state.held[0].wraps } : {}) });
          }
        }
        state = forget(state, known.assigned);
      }
      if (!state) continue;
      for (const edge of block.successors) {
        let next = state;
        if (edge.condition && !hasSideEffects(edge.condition.node)) {
          const normalized = normalizedCondition(edge.condition.node, edge.condition.value);
          // A test through a copy (`mm->Locked`) is one of its source's storage (copies.ts).
          const text = throughCopies(normalized.text, copies);
          const truthy = normalized.truthy;
          const known = state.conditions.get(text);
          if (known === !truthy) continue; // this path took the other branch of the same test
          if (known === undefined && state.conditions.size < MAX_CONDITIONS) next = { ...state, conditions: new Map([...state.conditions, [text, truthy]]) };
        }
        if (merge(states, edge.to.id, next) && !queued.has(edge.to.id)) {
          queued.add(edge.to.id);
          queue.push(edge.to);
        }
      }
    }
  }
  return { held: result, exits };
}

/** A lock's key in a function's parameters' terms: `c->Lock` in `Lock(PCONN c)` → `$0->Lock`. */
export function paramKey(key: string, params: readonly string[]): string {
  const root = /^\**([A-Za-z_]\w*)/.exec(key)?.[1];
  const index = root === undefined ? -1 : params.indexOf(root);
  return index < 0 ? key : key.replace(new RegExp(`\\b${root}\\b`), `$${index}`);
}

/** A wrapper's lock key at a call: `$0->Lock` with `conn` → `conn->Lock`; `$0` with `&table` → `table`. */
export function keyAtCall(key: string, args: readonly Node[]): string {
  return key.replace(/\$(\d+)/, (_all, index: string) => {
    const arg = args[Number(index)];
    return arg ? lockKey(arg) : '?';
  });
}

/** What a call of a lock routine does here: the key it acquires or releases (none for KeRaiseIrql below DISPATCH_LEVEL). */
function lockEffect(routine: IrqlRoutine, call: Node, values: ValueReader): { acts: 'acquire' | 'release'; key: string } | undefined {
  const args = call.childForFieldName('arguments')?.namedChildren.filter((a): a is Node => a !== null && a.type !== 'comment') ?? [];
  if (routine.level !== undefined) {
    const level = args[routine.level];
    const value = level ? values.evaluate(level) : undefined;
    const known = value?.kind === 'integer' ? value.value : level ? levelOf(level.text) : undefined;
    if (known === undefined || known < DISPATCH_LEVEL) return undefined;
  }
  if (routine.key === 'irql') return { acts: routine.acts, key: 'irql' };
  const arg = args[routine.key];
  return { acts: routine.acts, key: arg ? lockKey(arg) : '?' };
}

/**
 * A lock's text without `&`, casts and blanks: `&ctx->Lock` and `&(ctx->Lock)` are one lock; through a
 * copy of a variable (`&mm->Lock` with `mm = ctx`), its source's (copies.ts).
 */
function lockKey(node: Node): string {
  return throughCopies(node.text.replace(/\s+/g, '').replace(/^&/, '').replace(/[()]/g, ''), copiesAround(node));
}

/** The held locks after a release: the one of this key, else (an alias the text cannot match) the latest. */
function released(held: readonly HeldLock[], key: string): HeldLock[] {
  let index = -1;
  for (let i = held.length - 1; i >= 0; i--) if (held[i].key === key) { index = i; break; }
  if (index < 0) index = held.length - 1;
  return index < 0 ? [...held] : [...held.slice(0, index), ...held.slice(index + 1)];
}

/** What an element assigns (or takes the address of), as tests of whether a condition's text reads it. */
function assignedReaders(node: Node): readonly RegExp[] {
  const assigned: RegExp[] = [];
  for (const child of [node, ...node.descendantsOfType(['assignment_expression', 'update_expression', 'pointer_expression', 'init_declarator'])]) {
    if (!child) continue;
    const target = child.type === 'assignment_expression' ? child.childForFieldName('left')
      : child.type === 'update_expression' ? child.childForFieldName('argument')
        : child.type === 'init_declarator' ? child.childForFieldName('declarator')
          : child.childForFieldName('operator')?.type === '&' ? child.childForFieldName('argument') : null;
    if (target) assigned.push(new RegExp(`(?<![\\w.>])${target.text.replace(/\s+/g, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w])`));
  }
  return assigned;
}

/** Conditions that read what an element assigns (or takes the address of) no longer hold: `x = …` forgets `x->Locked`, `x->Count++` does not. */
function forget(state: LockState, assigned: readonly RegExp[]): LockState {
  if (state.conditions.size === 0 || assigned.length === 0) return state;
  const conditions = new Map([...state.conditions].filter(([text]) => !assigned.some((reads) => reads.test(text))));
  return conditions.size === state.conditions.size ? state : { ...state, conditions };
}

/** Adds a state at a block; true when that changed what the block holds. */
function merge(states: Map<number, Map<string, LockState>>, block: number, state: LockState): boolean {
  const key = state.held.map((h) => `${h.key}@${h.acquire.id}`).join('|');
  const at = states.get(block) ?? new Map<string, LockState>();
  states.set(block, at);
  const existing = at.get(key);
  if (!existing) {
    at.set(key, state);
    return true;
  }
  const conditions = new Map([...existing.conditions].filter(([text, value]) => state.conditions.get(text) === value));
  if (conditions.size === existing.conditions.size) return false;
  at.set(key, { held: existing.held, conditions });
  return true;
}
