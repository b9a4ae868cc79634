// One run of the path engine over a function's CFG: forward dataflow with a set of states per block,
// joined by shape (see state.ts); each element evaluated for its effects on the state (expressions.ts,
// callEffects.ts), branch conditions refining the state or proving the edge infeasible (refine.ts).
// A run may follow every object or one (`focus`): see run.ts.

import type { Node } from '../../parse/treeSitter';
import type { ObjectKindName } from '../../wsk/api';
import { PENDING_BUFFERS } from '../../wsk/buffers';
import type { WskCall } from '../calls';
import type { Block, Cfg, Element } from '../cfg';
import { RETURNED, pointeePath, rootOf } from '../access';
import type { SummaryProvider } from '../summary';
import type { ValueReader } from '../values';
import { PathState, UNKNOWN_VALUE, soleDifference, subsumes } from './state';
import type { Facts, Note, RoutineSet, Shape } from './state';
import type { HelperCall, PathOptions } from './run';
import { functionFactsOf } from './functionFacts';
import type { FunctionFacts } from './functionFacts';
import { evaluate, peek } from './expressions';
import { assign, copyMembers, forgetDead, gc, handOff, mayHoldTracked, write } from './transitions';
import { refine, refineCase } from './refine';

/** What the engine reads besides the CFG. */
export interface EngineContext {
  /** The WSK calls of the file, by the start of their call node. */
  readonly calls: ReadonlyMap<number, WskCall>;
  readonly values: ValueReader;
  /** Summaries of the workspace's functions, to see through calls to them. */
  readonly summaries?: SummaryProvider;
  /** What is known at entry of values handed in (`AcceptSocket` of an accept callback is bound). */
  readonly entryFacts?: ReadonlyMap<string, Facts>;
}

/**
 * The states that reached a block: all that ever did (by key), those not yet run through it, and the
 * shapes of all, by skeleton (to find the states one covers or merges with).
 */
interface Join {
  readonly seen: Set<string>;
  readonly pending: Map<string, PathState>;
  readonly bySkeleton: Map<string, { readonly key: string; readonly shape: Shape }[]>;
}

/** What one run of the engine found. */
export interface Run {
  readonly engine: Engine;
  readonly before: ReadonlyMap<number, readonly PathState[]>;
  readonly endedReads: ReadonlyMap<number, { readonly node: Node; readonly states: readonly PathState[] }>;
  readonly statusReads: ReadonlyMap<number, { readonly node: Node; readonly states: readonly PathState[] }>;
  readonly exits: readonly { node: Node; states: PathState[] }[];
  readonly helperCalls: ReadonlyMap<number, HelperCall>;
  readonly applies: readonly { path: string; note: Note }[];
  readonly ownerEnds: readonly { path: string; kind: ObjectKindName; note: Note }[];
  readonly routineSets: readonly RoutineOnEntry[];
  readonly kept: ReadonlySet<string>;
  readonly written: ReadonlySet<string>;
  readonly waits: boolean;
  readonly exceeded: boolean;
  /** The first point where states were left out (more distinct ones than the budget). */
  readonly overflowAt?: Node;
  /** The sites that created an object on some path of this run (what a focused run can follow). */
  readonly origins: ReadonlySet<number>;
  /** Kinds (see ObjectKind.endsThroughAliases) of which it ends an object its caller cannot name. */
  readonly unseenEnds: ReadonlySet<ObjectKindName>;
  readonly steps: number;
  readonly entries: number;
}

/** A completion routine set on an IRP the caller handed in (`Irp`, `Ctx->Irp`), directly or through helpers. */
export interface RoutineOnEntry {
  readonly path: string;
  readonly routine: RoutineSet;
}

export class Engine {
  /** What every run over this function knows of it first (functionFacts.ts). */
  readonly facts: FunctionFacts;
  readonly before = new Map<number, PathState[]>();
  readonly beforeKeys = new Map<number, Set<string>>();
  /** Reads through an ended object (see noteEndedRead), by node. */
  readonly endedReads = new Map<number, { node: Node; states: PathState[] }>();
  /** Reads of an IRP's IoStatus after a WSK call was given it (see noteStatusRead), by node. */
  readonly statusReads = new Map<number, { node: Node; states: PathState[] }>();
  readonly exits: { node: Node; states: PathState[] }[] = [];
  /** The buffer argument of each MDL builder (IoAllocateMdl) met, by the call's start. */
  readonly builtMdls = new Map<number, Node>();
  readonly helperCalls = new Map<number, HelperCall>();
  readonly applies: { path: string; note: Note }[] = [];
  /** Ends of what belongs to an object handed in (a release of captures on a registration parameter). */
  readonly ownerEnds: { path: string; kind: ObjectKindName; note: Note }[] = [];
  readonly routineSets: RoutineOnEntry[] = [];
  readonly kept = new Set<string>();
  readonly written = new Set<string>();
  waits = false;
  depth = 0;
  private steps = 0;
  private entries = 0;
  exceeded = false;
  overflowAt: Node | undefined;
  readonly origins = new Set<number>();
  readonly unseenEnds = new Set<ObjectKindName>();
  readonly calls: ReadonlyMap<number, WskCall>;
  /** Some WSK call of the function goes on using memory until its IRP completes (wsk/buffers.ts). */
  readonly holdsMemory: boolean;
  readonly values: ValueReader;

  exceed(): void {
    this.exceeded = true;
  }

  /** `focus`: follow only the object created at this site (other acquisitions make untracked values). */
  constructor(readonly cfg: Cfg, readonly context: EngineContext, private readonly options: PathOptions, readonly focus?: number) {
    this.calls = context.calls;
    this.holdsMemory = [...context.calls.values()].some((call) => PENDING_BUFFERS.has(call.api.name));
    this.values = context.values;
    this.facts = functionFactsOf(cfg, context);
  }

  get definition(): Node {
    return this.cfg.definition;
  }

  /**
   * Whether the end of this value is followed: an object this run follows, or what the caller handed
   * in (for the summary); a run focused on another object leaves other ends alone.
   */
  followsEnd(value: string, state: PathState): boolean {
    if (this.focus === undefined || state.factsOf(value).object !== undefined) return true;
    if (!value.startsWith('p:') || value.includes('#')) return false;
    const root = rootOf(value.slice(2));
    return this.facts.parameters.has(root) || !this.facts.locals.has(root);
  }

  /** Whether a value is what the caller handed in at a path it can name (through a parameter or a global). */
  callerNames(value: string): boolean {
    if (!value.startsWith('p:') || value.includes('#')) return false;
    const root = rootOf(value.slice(2));
    return this.facts.parameters.has(root) || !this.facts.locals.has(root);
  }

  /** Whether this run follows the object a site creates (every run but a focused one follows all). */
  tracks(site: number): boolean {
    this.origins.add(site);
    return this.focus === undefined || this.focus === site;
  }

  peekValue(state: PathState, expression: Node): string {
    return peek(this, state, expression);
  }

  pointeeValue(state: PathState, argument: Node): string | undefined {
    const path = pointeePath(argument, (name) => this.values.types.isTypeName(name));
    return path === undefined ? undefined : state.read(path);
  }

  run(): Run {
    const queue: Block[] = [this.cfg.entry];
    const initial = PathState.entry(this.facts.copies);
    for (const [path, facts] of this.context.entryFacts ?? []) initial.facts.set(`p:${path}`, facts);
    const joins = new Map<number, Join>();
    this.enter(joins, this.cfg.entry, initial);
    if (this.cfg.truncated) this.exceed();
    while (queue.length > 0 && !this.exceeded) {
      const block = queue.shift() as Block;
      const join = joins.get(block.id);
      const incoming = join ? [...join.pending.values()] : [];
      join?.pending.clear();
      // A waiting state belongs to this block alone (each edge made its own): it is changed in place.
      for (const state of incoming) {
        for (const element of block.elements) {
          if (++this.steps > this.options.maxSteps) this.exceed();
          if (this.exceeded) break;
          this.element(element, state);
        }
        if (this.exceeded) break;
        block.successors.forEach((edge, index) => {
          // The last edge takes the state itself: nothing reads it after.
          const last = index === block.successors.length - 1;
          const next = edge.condition ? refine(this, state, edge.condition.node, edge.condition.value, last)
            : edge.caseOf ? refineCase(this, last ? state : state.clone(), edge.caseOf)
            : last ? state : state.clone();
          if (!next || this.exceeded) return;
          forgetDead(this, next, edge.to.id);
          gc(this, next);
          this.charge(next);
          if (this.exceeded) return;
          const target = joins.get(edge.to.id);
          const wasIdle = !target || target.pending.size === 0;
          if (this.enter(joins, edge.to, next) && wasIdle) queue.push(edge.to);
        });
      }
    }
    return {
      engine: this,
      before: this.before,
      endedReads: this.endedReads,
      statusReads: this.statusReads,
      exits: this.exits,
      helperCalls: this.helperCalls,
      applies: this.applies,
      ownerEnds: this.ownerEnds,
      routineSets: this.routineSets,
      kept: this.kept,
      written: this.written,
      waits: this.waits,
      exceeded: this.exceeded,
      overflowAt: this.overflowAt,
      origins: this.origins,
      unseenEnds: this.unseenEnds,
      steps: this.steps,
      entries: this.entries,
    };
  }

  /**
   * Adds a state to those waiting at a block; false when nothing new waits there. A state already
   * seen there is dropped. Two waiting states that differ only in one remembered test (`F` true in
   * one, false in the other) are one state that does not know `F`: exactly the paths of both, since
   * a later test of `F` splits it again. So independent tests that nothing depends on never multiply.
   */
  private enter(joins: Map<number, Join>, block: Block, state: PathState): boolean {
    let join = joins.get(block.id);
    if (!join) {
      join = { seen: new Set(), pending: new Map(), bySkeleton: new Map() };
      joins.set(block.id, join);
    }
    let current = state;
    for (;;) {
      const shape = current.shape();
      const key = shape.key;
      if (join.seen.has(key)) return false;
      const group = join.bySkeleton.get(shape.skeleton) ?? [];
      // A state that knows more than one already here adds no path.
      if (group.some((member) => subsumes(member.shape, shape))) return false;
      // Two waiting states that disagree on one flag or test only are one that does not know it.
      const partner = group.find((member) => join.pending.has(member.key) && soleDifference(member.shape, shape));
      if (partner) {
        const difference = soleDifference(partner.shape, shape);
        this.forget(join, partner);
        const merged = current.clone();
        if (difference && 'plain' in difference) merged.env.set(difference.plain, UNKNOWN_VALUE);
        else if (difference) merged.conditions.delete(difference.condition);
        gc(this, merged);
        current = merged;
        continue;
      }
      // Waiting states this one stands for are dropped: it covers their paths.
      for (const member of group.filter((m) => join.pending.has(m.key) && subsumes(shape, m.shape))) this.forget(join, member);
      if (join.seen.size >= this.options.maxStatesPerBlock) {
        // More paths than the budget: the ones beyond it are left out, the others followed on.
        this.overflowAt ??= block.elements[0]?.node ?? this.cfg.definition;
        return false;
      }
      join.seen.add(key);
      join.pending.set(key, current);
      const members = join.bySkeleton.get(shape.skeleton);
      if (members) members.push({ key, shape });
      else join.bySkeleton.set(shape.skeleton, [{ key, shape }]);
      return true;
    }
  }

  /** Takes a waiting state back out of a block (merged into another, or covered by it). */
  private forget(join: Join, member: { key: string; shape: Shape }): void {
    join.pending.delete(member.key);
    join.seen.delete(member.key);
    const members = join.bySkeleton.get(member.shape.skeleton);
    if (members) members.splice(members.indexOf(member as (typeof members)[number]), 1);
  }

  // -------------------------------------------------------------------------------------------------
  // Elements (expressions: expressions.ts; calls: callEffects.ts; state changes: transitions.ts)

  private element(element: Element, state: PathState): void {
    const node = element.node;
    if (node.hasError && element.kind !== 'exit') {
      this.havoc(node, state);
      return;
    }
    switch (element.kind) {
      case 'eval': {
        const value = evaluate(this, node, state);
        // The returned value is held until the exit (after any __finally), so its facts survive.
        if (element.returned) state.env.set(RETURNED, value);
        return;
      }
      case 'assign':
        write(this, element.left, evaluate(this, element.right, state), state, element.node);
        copyMembers(this, element.right, element.left, state, element.node);
        return;
      case 'declare':
        this.declare(node, state);
        return;
      case 'opaque':
        this.havoc(node, state);
        return;
      case 'exit': {
        const returned = node.type === 'return_statement' ? state.env.get(RETURNED) : undefined;
        const expression = node.namedChildren.find((c) => c && c.type !== 'comment');
        if (returned !== undefined && expression) handOff(this, returned, state, { node: expression, message: 'returned to the caller' });
        const exit = this.exits.find((e) => e.node.id === node.id);
        if (exit) exit.states.push(state.clone());
        else this.exits.push({ node, states: [state.clone()] });
        return;
      }
    }
  }

  private declare(declaration: Node, state: PathState): void {
    for (const declarator of declaration.childrenForFieldName('declarator')) {
      if (!declarator) continue;
      const name = declarator.type === 'init_declarator' ? declarator.childForFieldName('declarator') : declarator;
      const id = name ? innermostName(name) : undefined;
      if (!id) continue;
      const value = declarator.type === 'init_declarator' ? declarator.childForFieldName('value') : null;
      let result = value ? evaluate(this, value, state) : UNKNOWN_VALUE;
      // As for assignments: a 0 only matters where an IRP or a descriptor may be NULL (not `size_t i = 0`).
      const spec = declaration.childForFieldName('type');
      if (state.factsOf(result).isNull && spec && name && !mayHoldTracked(this.values.types.typeOf(spec, name))) result = UNKNOWN_VALUE;
      assign(this, id, result, state, declarator);
    }
  }

  /** Unknown code: every path it mentions may have changed, and cached copies it mentions are handed off. */
  havoc(node: Node, state: PathState): void {
    // Each name once: an expression too deep to follow (a chain of macros) repeats the same few.
    const names = new Set<string>();
    for (const identifier of node.descendantsOfType('identifier')) if (identifier) names.add(identifier.text);
    for (const name of names) {
      this.charge(state); // each assignment scans the state
      handOff(this, state.read(name), state, { node, message: 'passed to code the analysis cannot read' });
      assign(this, name, UNKNOWN_VALUE, state, node);
    }
  }

  // -------------------------------------------------------------------------------------------------
  // The budget, and the states the rules read

  /** Counts a state about to be keyed or kept against the budget of state entries. */
  charge(state: PathState): void {
    this.entries += state.size();
    if (this.entries > this.options.maxStateEntries) this.exceed();
  }

  /** Keeps the states just before a call (each distinct one once), for the rules. */
  recordBefore(node: Node, state: PathState): void {
    this.charge(state);
    const key = state.key();
    const keys = this.beforeKeys.get(node.startIndex) ?? new Set<string>();
    if (keys.has(key)) return;
    keys.add(key);
    this.beforeKeys.set(node.startIndex, keys);
    const list = this.before.get(node.startIndex);
    if (list) list.push(state.clone());
    else this.before.set(node.startIndex, [state.clone()]);
  }
}

function innermostName(declarator: Node): string | undefined {
  let node: Node | null = declarator;
  while (node && node.type !== 'identifier') node = node.childForFieldName('declarator') ?? (node.type === 'parenthesized_declarator' ? node.firstNamedChild : null);
  return node?.text;
}
