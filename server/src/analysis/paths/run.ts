// The path engine: forward dataflow over a function's CFG that follows each socket, cached descriptor,
// IRP and status along the paths of the function.
//
// A path state says, for the values the function touches, what is known on that path: this socket is
// bound (since line 40), this descriptor is a cached copy (unless the cache call failed), this IRP came
// from IoAllocateIrp (NULL exactly when the allocation failed), this status is the result of that call.
// Values are named by where they come from (the call that produced them, or the access path they were
// read from at entry), and access paths (`sd`, `ctx->Socket`, `*Out`) map to values, so aliases follow
// naturally and a reassignment changes only what one path names.
//
// Branch conditions refine a state (`!NT_SUCCESS(status)` decides whether the call behind `status`
// failed; `irp == NULL` whether the allocation did; `status == STATUS_PENDING` whether the IRP is still
// pending), or prove a path infeasible. Each block holds a set of distinct states, joined by shape
// (state.ts), so the work grows with what the paths know, not with their number. Where more states
// meet than the budget allows, the function's objects are followed one at a time (this file); what
// still does not fit is left out and said so (FunctionPaths.incomplete); a function whose steps or
// state size exceed the budget is skipped and said so.
//
// Every state change records a note (where and why), which rules turn into related locations.

import type { Node } from '../../parse/treeSitter';
import type { Cfg } from '../cfg';
import type { ObjectKindName } from '../../wsk/api';
import type { Summary } from '../summary';
import type { Note, PathState } from './state';
import { Engine } from './engine';
import type { EngineContext, RoutineOnEntry, Run } from './engine';

/** A call to a function of the workspace whose summary the engine applied. */
export interface HelperCall {
  readonly node: Node;
  /** The called name, where findings about the call are reported. */
  readonly callee: Node;
  readonly summary: Summary;
  readonly args: readonly Node[];
}

/** What the engine found in one function, for the rules. */
export interface FunctionPaths {
  readonly definition: Node;
  /** Helper calls seen on some path, with their summaries. */
  readonly helperCalls: readonly HelperCall[];
  /** SO_WSK_SECURITY sets (directly or through helpers) on sockets the function was handed: `Ctx->Socket`. */
  readonly applies: readonly { readonly path: string; readonly note: Note }[];
  /** Ends of what belongs to objects it was handed (releases of the captures of a registration parameter). */
  readonly ownerEnds: readonly { readonly path: string; readonly kind: ObjectKindName; readonly note: Note }[];
  /** Completion routines set on IRPs handed in (`Irp`, `Ctx->Irp`), on some path, directly or through helpers. */
  readonly routineSets: readonly RoutineOnEntry[];
  /** Paths whose values at entry the function keeps on some path (stores, returns, gives away). */
  readonly kept: ReadonlySet<string>;
  /** Paths the function assigns on some path. */
  readonly written: ReadonlySet<string>;
  /** Some path waits (KeWaitFor…, or a helper that waits). */
  readonly waits: boolean;
  /** Kinds of object it ends through an alias its caller cannot name (see ObjectKind.endsThroughAliases). */
  readonly unseenEnds: ReadonlySet<ObjectKindName>;
  /** The analysis stopped early (too many steps, or states too large): path rules stay silent here. */
  readonly budgetExceeded: boolean;
  /**
   * Some paths were not followed: more distinct states met at `at` than the budget allows, even with
   * the function's objects followed one at a time. What was followed is true of real paths (findings
   * stand); a summary of the function claims nothing that needs every path.
   */
  readonly incomplete?: { readonly at: Node };
  /** The states just before a WSK call runs (its arguments evaluated). */
  statesBefore(call: Node): readonly PathState[];
  /** Reads (`s->Dispatch`) through an object that has ended (a closed socket), with the states in which they do. */
  readonly endedReads: readonly { readonly node: Node; readonly states: readonly PathState[] }[];
  /**
   * Reads of an IRP's `IoStatus` while the WSK call it was last given to may be pending, or after it when
   * a named completion routine was set before it, with the states in which they do.
   */
  readonly statusReads: readonly { readonly node: Node; readonly states: readonly PathState[] }[];
  /** Each way out of the function with the states that leave through it. */
  readonly exits: readonly { readonly node: Node; readonly states: readonly PathState[] }[];
  /** The value of an expression in a state (reading, never changing it). */
  valueOf(state: PathState, expression: Node): string;
  /** The value held by the variable whose address an argument passes (`&sd` → the value of `sd`). */
  pointeeOf(state: PathState, argument: Node): string | undefined;
}

export interface PathOptions {
  /** At most this many distinct states per block. */
  readonly maxStatesPerBlock: number;
  /** At most this many element evaluations per function. */
  readonly maxSteps: number;
  /**
   * At most this many state entries (paths' values, facts, outcomes) carried along the edges of one
   * function: the cost of a state grows with what it tracks, so a function with thousands of WSK calls
   * in a row is bounded by this, not by its steps.
   */
  readonly maxStateEntries: number;
}

export const DEFAULT_PATH_OPTIONS: PathOptions = { maxStatesPerBlock: 64, maxSteps: 40_000, maxStateEntries: 150_000 };

/**
 * What a function's budget grows by for each element and edge of its CFG, past the fixed budget, when it
 * ran out of the fixed one without ever meeting more states than allowed: the engine visits each block
 * once per distinct state that reaches it (states merge at joins), so a long but simple function (a
 * `switch` of thousands of cases, thousands of labels) costs its size times a few states. The fixed
 * budget stops paths that multiply; this part never stops a function for its size alone.
 */
const STEPS_PER_ELEMENT = 4;
const ENTRIES_PER_ELEMENT = 32;

/** The budget of one function: the fixed one, or what its size earns when that is more. */
export function budgetFor(cfg: Cfg, options: PathOptions): PathOptions {
  let size = 0;
  for (const block of cfg.blocks) size += block.elements.length + block.successors.length;
  return {
    ...options,
    maxSteps: Math.max(options.maxSteps, STEPS_PER_ELEMENT * size),
    maxStateEntries: Math.max(options.maxStateEntries, ENTRIES_PER_ELEMENT * size),
  };
}

/**
 * How many times its own budget (steps, state entries) a function may spend in all, its first run
 * included, when its objects are followed one at a time: each object's run is smaller than the whole,
 * but a function may hold dozens of them (the densest real one met, 17 KB with a dozen sockets, IRPs
 * and events, needs 2.4 times its budget).
 */
const SLICED_FACTOR = 2;

/**
 * Runs the engine over one function. When more distinct states meet at some point than the budget
 * allows, the function's objects (each descriptor, socket, IRP by where it is acquired) are followed
 * one at a time instead: objects whose facts do not interact then never multiply each other's states.
 */
export function analyzePaths(cfg: Cfg, context: EngineContext, options: PathOptions = DEFAULT_PATH_OPTIONS): FunctionPaths {
  let whole = new Engine(cfg, context, options).run();
  // Out of budget while never more states met than allowed: long, not branching. Followed again with
  // what its size earns (a function whose paths multiply is not: that would only cost more time).
  if (whole.exceeded && !whole.overflowAt && !cfg.truncated) {
    const sized = budgetFor(cfg, options);
    if (sized.maxSteps > options.maxSteps || sized.maxStateEntries > options.maxStateEntries) whole = new Engine(cfg, context, sized).run();
  }
  if ((!whole.exceeded && !whole.overflowAt) || cfg.truncated) return combine([whole], whole.exceeded ? 'skipped' : undefined);
  // A run that stopped midway saw only part of the function; one that left states out is still true.
  const runs: Run[] = whole.exceeded ? [] : [whole];
  const queue = [...whole.origins];
  const done = new Set<number>();
  let steps = whole.steps;
  let entries = whole.entries;
  let incomplete: Node | undefined;
  let failures = 0;
  while (queue.length > 0) {
    const focus = queue.shift() as number;
    if (done.has(focus)) continue;
    done.add(focus);
    // Each run may spend what is left of the whole budget, never more than a run's own.
    const left = {
      ...options,
      maxSteps: Math.min(options.maxSteps, options.maxSteps * SLICED_FACTOR - steps),
      maxStateEntries: Math.min(options.maxStateEntries, options.maxStateEntries * SLICED_FACTOR - entries),
    };
    if (left.maxSteps <= 0 || left.maxStateEntries <= 0) {
      incomplete ??= whole.overflowAt ?? cfg.definition;
      break;
    }
    const run = new Engine(cfg, context, left, focus).run();
    steps += run.steps;
    entries += run.entries;
    // Two runs of one object each in a row that also spend their budget or meet too many paths show
    // that the paths multiply for another reason than objects: the others would fare no better.
    failures = run.exceeded || run.overflowAt ? failures + 1 : 0;
    if (run.exceeded) {
      incomplete ??= run.overflowAt ?? whole.overflowAt ?? cfg.definition;
    } else {
      if (run.overflowAt) incomplete ??= run.overflowAt;
      runs.push(run);
    }
    if (failures >= 2) break;
    if (run.exceeded) continue;
    for (const origin of run.origins) if (!done.has(origin)) queue.push(origin);
  }
  if (runs.length === 0) return combine([whole], 'skipped');
  return combine(runs, incomplete);
}

/** The results of one or more runs over the same function, as one. */
function combine(runs: readonly Run[], incomplete?: Node | 'skipped'): FunctionPaths {
  const [first] = runs;
  const before = new Map<number, PathState[]>();
  const endedReads = new Map<number, { node: Node; states: PathState[] }>();
  const statusReads = new Map<number, { node: Node; states: PathState[] }>();
  const exits = new Map<number, { node: Node; states: PathState[] }>();
  const helperCalls = new Map<number, HelperCall>();
  for (const run of runs) {
    for (const [at, states] of run.before) before.set(at, [...(before.get(at) ?? []), ...states]);
    for (const [at, read] of run.endedReads) endedReads.set(at, { node: read.node, states: [...(endedReads.get(at)?.states ?? []), ...read.states] });
    for (const [at, read] of run.statusReads) statusReads.set(at, { node: read.node, states: [...(statusReads.get(at)?.states ?? []), ...read.states] });
    for (const exit of run.exits) {
      const known = exits.get(exit.node.id);
      if (known) known.states.push(...exit.states);
      else exits.set(exit.node.id, { node: exit.node, states: [...exit.states] });
    }
    for (const [at, call] of run.helperCalls) if (!helperCalls.has(at)) helperCalls.set(at, call);
  }
  const applies: { path: string; note: Note }[] = [];
  for (const run of runs) for (const apply of run.applies) if (!applies.some((a) => a.note.node.id === apply.note.node.id && a.path === apply.path)) applies.push(apply);
  return {
    definition: first.engine.definition,
    helperCalls: [...helperCalls.values()],
    applies,
    ownerEnds: runs.flatMap((run) => run.ownerEnds),
    routineSets: runs.flatMap((run) => run.routineSets),
    kept: new Set(runs.flatMap((run) => [...run.kept])),
    written: new Set(runs.flatMap((run) => [...run.written])),
    waits: runs.some((run) => run.waits),
    unseenEnds: new Set(runs.flatMap((run) => [...run.unseenEnds])),
    budgetExceeded: incomplete === 'skipped',
    ...(incomplete && incomplete !== 'skipped' ? { incomplete: { at: incomplete } } : {}),
    statesBefore: (call) => before.get(call.startIndex) ?? [],
    endedReads: [...endedReads.values()],
    statusReads: [...statusReads.values()],
    exits: [...exits.values()],
    valueOf: (state, expression) => first.engine.peekValue(state, expression),
    pointeeOf: (state, argument) => first.engine.pointeeValue(state, argument),
  };
}
