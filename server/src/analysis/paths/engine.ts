// One run of the path engine over a function's CFG: forward dataflow with a set of states per block,
// joined by shape (see state.ts); elements evaluated for their effects on the state; WSK calls,
// helpers (through their summaries) and kernel routines applied; branch conditions refining the
// state or proving the edge infeasible. A run may follow every object or one (`focus`): see run.ts.

import type { Node } from '../../parse/treeSitter';
import { EVENT_ROUTINES_THAT_DO_NOT_WAIT, WAITS, POOL_ALLOCATORS, POOL_FREES, MDL_FREES, MDL_BUILDERS, STATUS_TESTS } from '../../wsk/kernel';
import { PENDING_BUFFERS, mdlPathOf } from '../../wsk/buffers';
import { INVOKE_FLAGS, OBJECT_KINDS, birthsOf, endsOf, kernelFunction, objectKind, paramIndex, paramWithRole } from '../../wsk/api';
import type { ObjectKindName, WskFunction } from '../../wsk/api';
import type { WskCall } from '../calls';
import type { Block, Cfg, Edge, Element } from '../cfg';
import { RETURNED, accessPath, addressedPath, assignedNames, callerPath, dependsOn, identifiersOf, isOutsideStorage, pointeePath, rootOf } from '../access';
import type { Summary, SummaryProvider } from '../summary';
import { MAX_SYNTAX_DEPTH, argumentsOf, callExpressionsIn, unparenthesize } from '../syntax';
import { isDescriptorObject, isDescriptorPointer, isIrpPointer } from '../types';
import type { CType } from '../types';
import { localNames, parameterDeclarations } from '../declarations';
import type { ValueReader } from '../values';
import { liveness } from './liveness';
import type { Liveness } from './liveness';
import { PathState, UNKNOWN_VALUE, shapeKey, soleDifference, subsumes } from './state';
import type { CallId, Facts, IrpSetup, Note, Outcome, RoutineSet, Shape } from './state';
import { calleeText, conditionText, hasSideEffects, isConstantSide, isNullConstant, normalizedCondition } from './conditions';
import type { HelperCall, PathOptions } from './run';

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

/** Fields whose read through an object uses it (`Socket->Dispatch`), by the API table. */
const USED_THROUGH = new Set(OBJECT_KINDS.map((kind) => kind.usedThrough).filter((field): field is string => field !== undefined));
/** A completion routine set on an IRP the caller handed in (`Irp`, `Ctx->Irp`), directly or through helpers. */
export interface RoutineOnEntry {
  readonly path: string;
  readonly routine: RoutineSet;
}

/** Functions that read their arguments and keep nothing: passing a descriptor to them is no hand-off. */
const NON_RETAINING = new Set(['DbgPrint', 'DbgPrintEx', 'vDbgPrintEx', 'KdPrint', 'KdPrintEx', 'RtlValidSecurityDescriptor', 'RtlLengthSecurityDescriptor', 'SeValidSecurityDescriptor', 'UNREFERENCED_PARAMETER', 'NT_ASSERT', 'ASSERT', 'NT_VERIFY']);

/** See Engine.prepare. */
interface FunctionFacts {
  readonly locals: ReadonlySet<string>;
  readonly repeatedConditions: ReadonlySet<string>;
  readonly parameters: ReadonlySet<string>;
  readonly bodyLocals: ReadonlySet<string>;
  readonly releaseSubjects: ReadonlySet<string>;
  /** Variables the function returns as they are (`return status;`). */
  readonly returnedNames: ReadonlySet<string>;
  readonly liveness: Liveness;
  /** By condition node id: see conditionHasSideEffects. */
  readonly sideEffects: Map<number, boolean>;
}

const prepared = new WeakMap<Cfg, FunctionFacts>();

export class Engine {
  private readonly locals: ReadonlySet<string>;
  private readonly before = new Map<number, PathState[]>();
  private readonly beforeKeys = new Map<number, Set<string>>();
  /** Reads through an ended object (see noteEndedRead), by node. */
  private readonly endedReads = new Map<number, { node: Node; states: PathState[] }>();
  /** Reads of an IRP's IoStatus after a WSK call was given it (see noteStatusRead), by node. */
  private readonly statusReads = new Map<number, { node: Node; states: PathState[] }>();
  private readonly exits: { node: Node; states: PathState[] }[] = [];
  /** The buffer argument of each MDL builder (IoAllocateMdl) met, by the call's start. */
  private readonly builtMdls = new Map<number, Node>();
  private readonly helperCalls = new Map<number, HelperCall>();
  private readonly applies: { path: string; note: Note }[] = [];
  /** Ends of what belongs to an object handed in (a release of captures on a registration parameter). */
  private readonly ownerEnds: { path: string; kind: ObjectKindName; note: Note }[] = [];
  private readonly routineSets: RoutineOnEntry[] = [];
  private readonly kept = new Set<string>();
  private readonly written = new Set<string>();
  private waits = false;
  private depth = 0;
  private steps = 0;
  private entries = 0;
  private exceeded = false;
  private overflowAt: Node | undefined;
  private readonly origins = new Set<number>();
  private readonly unseenEnds = new Set<ObjectKindName>();
  private readonly calls: ReadonlyMap<number, WskCall>;
  /** Some WSK call of the function goes on using memory until its IRP completes (wsk/buffers.ts). */
  private readonly holdsMemory: boolean;
  private readonly values: ValueReader;

  private exceed(): void {
    this.exceeded = true;
  }

  /**
   * Conditions tested more than once in the function: only those are worth remembering along a path
   * (`if (Secure) cache … if (Secure) release`); remembering every condition would split the paths of
   * independent tests into exponentially many states.
   */
  private readonly repeatedConditions: ReadonlySet<string>;
  private readonly parameters: ReadonlySet<string>;
  /** Locals declared in the body: what a path knows of them can be forgotten once no code mentions them. */
  private readonly bodyLocals: ReadonlySet<string>;
  private readonly releaseSubjects: ReadonlySet<string>;
  private readonly returnedNames: ReadonlySet<string>;
  private readonly liveness: Liveness;
  private readonly sideEffects: Map<number, boolean>;

  /** `focus`: follow only the object created at this site (other acquisitions make untracked values). */
  constructor(private readonly cfg: Cfg, private readonly context: EngineContext, private readonly options: PathOptions, private readonly focus?: number) {
    this.calls = context.calls;
    this.holdsMemory = [...context.calls.values()].some((call) => PENDING_BUFFERS.has(call.api.name));
    this.values = context.values;
    const known = prepared.get(cfg);
    const facts = known ?? this.prepare();
    if (!known) prepared.set(cfg, facts);
    ({ locals: this.locals, repeatedConditions: this.repeatedConditions, parameters: this.parameters, bodyLocals: this.bodyLocals, releaseSubjects: this.releaseSubjects, returnedNames: this.returnedNames, liveness: this.liveness, sideEffects: this.sideEffects } = facts);
  }

  /** What every run over this function needs to know of it (a function followed object by object runs many times). */
  private prepare(): FunctionFacts {
    const cfg = this.cfg;
    // A truncated CFG is not run: walking its function for names would be wasted.
    const locals: ReadonlySet<string> = cfg.truncated ? new Set<string>() : localNames(cfg.definition);
    const seen = new Set<string>();
    const repeatedConditions = new Set<string>();
    for (const block of cfg.blocks) {
      for (const edge of block.successors) {
        if (!edge.condition || !edge.condition.value) continue;
        const text = conditionText(edge.condition.node);
        if (seen.has(text)) repeatedConditions.add(text);
        seen.add(text);
      }
    }
    // Only names are needed here: the file a Declaration records is not read.
    const parameters = new Set(parameterDeclarations(cfg.definition, '').map((p) => p.name));
    return {
      locals,
      repeatedConditions,
      parameters,
      bodyLocals: new Set([...locals].filter((name) => !parameters.has(name))),
      releaseSubjects: cfg.truncated ? new Set() : this.findReleaseSubjects(),
      returnedNames: new Set(cfg.truncated ? [] : cfg.definition.descendantsOfType('return_statement').map((r) => r?.namedChildren.find((c) => c && c.type !== 'comment')).filter((e): e is Node => e?.type === 'identifier').map((e) => e.text)),
      liveness: liveness(cfg, new Set([...locals, ...assignedNames(cfg.definition)])),
      sideEffects: new Map(),
    };
  }

  /** Whether a branch condition calls or assigns (asked for every state on every edge: once per condition). */
  private conditionHasSideEffects(node: Node): boolean {
    let known = this.sideEffects.get(node.id);
    if (known === undefined) {
      known = hasSideEffects(node);
      this.sideEffects.set(node.id, known);
    }
    return known;
  }

  get definition(): Node {
    return this.cfg.definition;
  }

  /**
   * Whether the end of this value is followed: an object this run follows, or what the caller handed
   * in (for the summary); a run focused on another object leaves other ends alone.
   */
  private followsEnd(value: string, state: PathState): boolean {
    if (this.focus === undefined || state.factsOf(value).object !== undefined) return true;
    if (!value.startsWith('p:') || value.includes('#')) return false;
    const root = rootOf(value.slice(2));
    return this.parameters.has(root) || !this.locals.has(root);
  }

  /** Whether a value is what the caller handed in at a path it can name (through a parameter or a global). */
  private callerNames(value: string): boolean {
    if (!value.startsWith('p:') || value.includes('#')) return false;
    const root = rootOf(value.slice(2));
    return this.parameters.has(root) || !this.locals.has(root);
  }

  /** Whether this run follows the object a site creates (every run but a focused one follows all). */
  private tracks(site: number): boolean {
    this.origins.add(site);
    return this.focus === undefined || this.focus === site;
  }

  peekValue(state: PathState, expression: Node): string {
    return this.peek(state, expression);
  }

  pointeeValue(state: PathState, argument: Node): string | undefined {
    const path = pointeePath(argument, (name) => this.values.types.isTypeName(name));
    return path === undefined ? undefined : state.read(path);
  }

  run(): Run {
    const queue: Block[] = [this.cfg.entry];
    const initial = new PathState();
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
          const next = edge.condition ? this.refine(state, edge.condition.node, edge.condition.value, last)
            : edge.caseOf ? this.refineCase(last ? state : state.clone(), edge.caseOf)
            : last ? state : state.clone();
          if (!next || this.exceeded) return;
          this.forgetDead(next, edge.to.id);
          this.gc(next);
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
      const key = shapeKey(shape);
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
        this.gc(merged);
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
  // Elements

  private element(element: Element, state: PathState): void {
    const node = element.node;
    if (node.hasError && element.kind !== 'exit') {
      this.havoc(node, state);
      return;
    }
    switch (element.kind) {
      case 'eval': {
        const value = this.evaluate(node, state);
        // The returned value is held until the exit (after any __finally), so its facts survive.
        if (element.returned) state.env.set(RETURNED, value);
        return;
      }
      case 'assign':
        this.write(element.left, this.evaluate(element.right, state), state, element.node);
        this.copyMembers(element.right, element.left, state, element.node);
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
        if (returned !== undefined && expression) this.handOff(returned, state, { node: expression, message: 'returned to the caller' });
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
      let result = value ? this.evaluate(value, state) : UNKNOWN_VALUE;
      // As for assignments: a 0 only matters where an IRP or a descriptor may be NULL (not `size_t i = 0`).
      const spec = declaration.childForFieldName('type');
      if (state.factsOf(result).isNull && spec && name && !mayHoldTracked(this.values.types.typeOf(spec, name))) result = UNKNOWN_VALUE;
      this.assign(id, result, state, declarator);
    }
  }

  /** Unknown code: every path it mentions may have changed, and cached copies it mentions are handed off. */
  private havoc(node: Node, state: PathState): void {
    // Each name once: an expression too deep to follow (a chain of macros) repeats the same few.
    const names = new Set<string>();
    for (const identifier of node.descendantsOfType('identifier')) if (identifier) names.add(identifier.text);
    for (const name of names) {
      this.charge(state); // each assignment scans the state
      this.handOff(state.read(name), state, { node, message: 'passed to code the analysis cannot read' });
      this.assign(name, UNKNOWN_VALUE, state, node);
    }
  }

  // -------------------------------------------------------------------------------------------------
  // Expressions

  /** Evaluates an expression for its effects; returns the value it produces. */
  private evaluate(expression: Node, state: PathState): string {
    if (this.depth >= MAX_SYNTAX_DEPTH) {
      this.havoc(expression, state);
      return UNKNOWN_VALUE;
    }
    this.depth++;
    try {
      return this.evaluateNode(expression, state);
    } finally {
      this.depth--;
    }
  }

  private evaluateNode(expression: Node, state: PathState): string {
    const node = expression;
    switch (node.type) {
      case 'parenthesized_expression': {
        const inner = node.namedChildren.find((c) => c && c.type !== 'comment');
        return inner ? this.evaluate(inner, state) : UNKNOWN_VALUE;
      }
      case 'cast_expression': {
        const value = node.childForFieldName('value');
        return value ? this.evaluate(value, state) : UNKNOWN_VALUE;
      }
      case 'identifier':
        if (node.text === 'NULL') return this.nullValue(node, state);
        return this.namedConstant(node) ?? state.read(node.text);
      case 'true':
      case 'false':
        return this.namedConstant(node) ?? UNKNOWN_VALUE;
      case 'null':
        return this.nullValue(node, state);
      case 'number_literal':
        return /^0+[uUlL]*$/.test(node.text) ? this.nullValue(node, state) : /^(?:0[xX]0*[1-9a-fA-F][0-9a-fA-F]*|0*[1-9][0-9]*)[uUlL]*$/.test(node.text) ? 'k:TRUE' : UNKNOWN_VALUE;
      case 'field_expression':
      case 'subscript_expression': {
        const path = accessPath(node);
        if (node.type === 'field_expression') this.noteEndedRead(node, state);
        if (path) this.noteStatusRead(node, path, state);
        if (path) return this.readPath(path, state);
        this.evaluateChildren(node, state);
        return UNKNOWN_VALUE;
      }
      case 'pointer_expression': {
        const argument = node.childForFieldName('argument');
        if (node.childForFieldName('operator')?.type === '&') {
          const path = argument ? accessPath(argument) : undefined;
          if (argument && path && isDescriptorObject(this.values.typeOf(argument))) return this.objectDescriptor(path, node, state);
          if (argument && !path) this.evaluate(argument, state);
          return UNKNOWN_VALUE;
        }
        const path = accessPath(node);
        if (path) return state.read(path);
        if (argument) this.evaluate(argument, state);
        return UNKNOWN_VALUE;
      }
      case 'assignment_expression': {
        const left = node.childForFieldName('left');
        const right = node.childForFieldName('right');
        const value = right ? this.evaluate(right, state) : UNKNOWN_VALUE;
        const plain = node.childForFieldName('operator')?.type === '=';
        if (left) this.write(left, plain ? value : UNKNOWN_VALUE, state, node);
        if (left && right && plain) this.copyMembers(right, left, state, node);
        return plain ? value : UNKNOWN_VALUE;
      }
      case 'update_expression': {
        const argument = node.childForFieldName('argument');
        if (argument) this.write(argument, UNKNOWN_VALUE, state, node);
        return UNKNOWN_VALUE;
      }
      case 'call_expression':
        return this.call(node, state);
      case 'conditional_expression': {
        // `ok ? (PWSK_SOCKET)Irp->IoStatus.Information : NULL` holds one arm or the other, which a value
        // cannot say: an object either arm makes goes where the result goes, so it is not followed.
        const condition = node.childForFieldName('condition');
        if (condition) this.evaluate(condition, state);
        for (const arm of [node.childForFieldName('consequence'), node.childForFieldName('alternative')]) {
          const value = arm ? this.evaluate(arm, state) : UNKNOWN_VALUE;
          if (arm && state.factsOf(value).object?.state === 'live') this.handOff(value, state, { node: arm, message: 'chosen by a conditional expression' });
        }
        return UNKNOWN_VALUE;
      }
      case 'comma_expression': {
        const left = node.childForFieldName('left');
        const right = node.childForFieldName('right');
        if (left) this.evaluate(left, state);
        return right ? this.evaluate(right, state) : UNKNOWN_VALUE;
      }
      case 'binary_expression': {
        // `(PSECURITY_DESCRIPTOR)&object` parses as a bitwise and: it is the address of `object`.
        const operand = this.castOfAddress(node);
        if (operand) {
          const path = accessPath(operand);
          return path && isDescriptorObject(this.values.typeOf(operand)) ? this.objectDescriptor(path, node, state) : UNKNOWN_VALUE;
        }
        this.evaluateChildren(node, state);
        return UNKNOWN_VALUE;
      }
      case 'sizeof_expression':
      case 'string_literal':
      case 'concatenated_string':
      case 'char_literal':
        return UNKNOWN_VALUE;
      default:
        this.evaluateChildren(node, state);
        return UNKNOWN_VALUE;
    }
  }

  private evaluateChildren(node: Node, state: PathState): void {
    for (const child of node.namedChildren) if (child && child.type !== 'comment') this.evaluate(child, state);
  }

  /**
   * A NULL test of something the caller handed in (`*Cached != NULL`, `Ctx->Sd`): remembered along the
   * path, so that a summary can tell that a release it skipped was of a NULL pointer.
   */
  private testsParameter(node: Node): boolean {
    let subject: Node | null = node;
    if (node.type === 'binary_expression') {
      const left = node.childForFieldName('left');
      const right = node.childForFieldName('right');
      subject = left && right ? (isNullConstant(unparenthesize(right)) ? left : isNullConstant(unparenthesize(left)) ? right : null) : null;
    }
    const path = subject ? accessPath(subject) : undefined;
    return path !== undefined && (path.startsWith('*') || path.includes('->')) && this.parameters.has(rootOf(path)) && this.releaseSubjects.has(path);
  }

  /**
   * What the function's releases may release (`*Cached` of `release(Cached)`, `Ctx->Sd` of
   * `ReleaseSd(&Ctx->Sd)`): only NULL tests of these tell a summary anything, and remembering every
   * other test of a parameter (`Config->LocalAddress`, `Config->InterfaceIndex`) would double the
   * states for each one.
   */
  private findReleaseSubjects(): Set<string> {
    const subjects = new Set<string>();
    const typeName = (name: string) => this.values.types.isTypeName(name);
    for (const call of callExpressionsIn(this.cfg.definition)) {
      const wsk = this.calls.get(call.startIndex);
      const name = calleeText(call);
      const args = argumentsOf(call);
      const releases = wsk ? endsOf(wsk.api.name, wsk.operation?.effect).length > 0 : name !== undefined && (kernelFunction(name) ? endsOf(name, undefined).length > 0 : (this.context.summaries?.summaryOf(name, args.length)?.ends.length ?? 0) > 0);
      if (!releases) continue;
      for (const arg of args) {
        for (const path of [accessPath(arg), pointeePath(arg, typeName)]) if (path) subjects.add(path.replace(/^\*&/, ''));
      }
    }
    return subjects;
  }

  /**
   * `Socket->Dispatch` read where the socket has ended (closed): the state is kept for the rules. Only
   * reads the code evaluates count: a call's dispatch table (its callee) is not one.
   */
  private noteEndedRead(node: Node, state: PathState): void {
    const field = node.childForFieldName('field')?.text;
    if (!field || !USED_THROUGH.has(field) || node.childForFieldName('operator')?.type !== '->') return;
    const base = node.childForFieldName('argument');
    if (!base) return;
    const object = state.factsOf(this.peek(state, base)).object;
    if (object?.state !== 'ended' || objectKind(object.kind).usedThrough !== field) return;
    const read = this.endedReads.get(node.id);
    if (read) read.states.push(state.clone());
    else this.endedReads.set(node.id, { node, states: [state.clone()] });
  }

  /**
   * `irp->IoStatus…` read while the WSK call the IRP was last given to may be pending, or after it when
   * a completion routine set before it (which may free the IRP) names a function: the state is kept for the rules.
   */
  private noteStatusRead(node: Node, path: string, state: PathState): void {
    const match = /^(.*?)(?:->|\.)IoStatus(?:\.|$)/.exec(path);
    if (!match) return;
    const facts = state.factsOf(state.read(match[1]));
    const call = facts.irpOf;
    const routine = facts.irpSetup?.routine;
    if (call === undefined || (!state.mayBePending(call) && !(routine && routine.name !== undefined && !routine.afterUse))) return;
    const read = this.statusReads.get(node.id);
    if (read) read.states.push(state.clone());
    else this.statusReads.set(node.id, { node, states: [state.clone()] });
  }

  /** `(PWSK_SOCKET)(irp->IoStatus.Information)` parses as a call of `(PWSK_SOCKET)`: the operand when it is a cast. */
  private castLikeCall(node: Node): Node | undefined {
    const fn = node.childForFieldName('function');
    if (!fn || fn.type !== 'parenthesized_expression') return undefined;
    const type = unparenthesize(fn);
    if (type.type !== 'identifier' || !this.values.types.isTypeName(type.text) || this.values.variableType(type) !== undefined) return undefined;
    const args = node.childForFieldName('arguments')?.namedChildren.filter((a) => a && a.type !== 'comment') ?? [];
    return args.length === 1 && args[0] ? args[0] : undefined;
  }

  /** `(PVOID)&x` parses as `(PVOID) & x`: the `x` operand when the left side is a type. */
  private castOfAddress(node: Node): Node | undefined {
    const path = addressedPath(node, (name) => this.values.types.isTypeName(name));
    return path !== undefined ? (node.childForFieldName('right') ?? undefined) : undefined;
  }

  /** The value of an expression in a state, without effects (for conditions and rules). */
  private peek(state: PathState, expression: Node): string {
    const node = unparenthesize(expression);
    if (node.type === 'cast_expression') {
      const value = node.childForFieldName('value');
      return value ? this.peek(state, value) : UNKNOWN_VALUE;
    }
    if (node.type === 'call_expression') {
      const cast = this.castLikeCall(node);
      return cast ? this.peek(state, cast) : `c:${node.startIndex}`;
    }
    if (node.type === 'assignment_expression') {
      const left = node.childForFieldName('left');
      const path = left ? accessPath(left) : undefined;
      return path ? state.read(path) : UNKNOWN_VALUE;
    }
    if (node.type === 'null' || (node.type === 'identifier' && node.text === 'NULL')) return 'null';
    const constant = this.namedConstant(node);
    if (constant) return constant;
    const path = accessPath(node);
    if (!path) return UNKNOWN_VALUE;
    const status = this.statusRead(path, state);
    return status ?? state.read(path);
  }

  /** `STATUS_…`, `TRUE`, `FALSE` (unless a local of that name hides them), C `true`/`false`: a known constant value. */
  private namedConstant(node: Node): string | undefined {
    if (node.type === 'true') return 'k:TRUE';
    if (node.type === 'false') return 'k:FALSE';
    if (node.type !== 'identifier') return undefined;
    const name = node.text;
    return (name.startsWith('STATUS_') || name === 'TRUE' || name === 'FALSE') && !this.locals.has(name) ? `k:${name}` : undefined;
  }

  private readPath(path: string, state: PathState): string {
    const status = this.statusRead(path, state);
    if (status) return status;
    const information = this.informationRead(path, state);
    if (information) return information;
    return state.read(path);
  }

  /** `irp->IoStatus.Status`: the final status of the call the IRP was last given to. */
  private statusRead(path: string, state: PathState): string | undefined {
    const match = /^(.*)(?:->|\.)IoStatus\.Status$/.exec(path);
    if (!match) return undefined;
    const call = state.factsOf(state.read(match[1])).irpOf;
    if (call === undefined) return undefined;
    const value = `fs:${call}`;
    state.facts.set(value, { statusOf: { call, final: true } });
    return value;
  }

  /**
   * `irp->IoStatus.Information`: what the last call given the IRP produced — after WskSocket,
   * WskSocketConnect or WskAccept the new socket (bound from birth for the last two), which the
   * function owns unless that call failed. Each run of that call produces a new value (a loop's next
   * socket is not the one of the round before).
   */
  private informationRead(path: string, state: PathState): string | undefined {
    const match = /^(.*)(?:->|\.)IoStatus\.Information$/.exec(path);
    if (!match) return undefined;
    const facts = state.factsOf(state.read(match[1]));
    if (facts.yields) {
      const { call, note, bound } = facts.yields;
      const value = `s:${call}`;
      if (!state.facts.has(value) && state.outcome(call).failed !== true) {
        state.facts.set(value, { ...(bound ? { bound: note } : {}), object: { kind: 'socket', state: 'live', note, call } });
      }
      return value;
    }
    return facts.irpOf === undefined ? undefined : `info:${facts.irpOf}`;
  }

  private nullValue(node: Node, state: PathState): string {
    // A NULL is an object of its own: when objects are followed one at a time, the NULLs of others
    // would multiply the states as much as the objects themselves.
    if (this.focus !== undefined && this.focus !== node.startIndex) return UNKNOWN_VALUE;
    const value = `null@${node.startIndex}`;
    state.facts.set(value, { isNull: { node, message: 'NULL assigned here' } });
    return value;
  }

  /** `&sdObject`: a descriptor that is provably not a cached copy. */
  private objectDescriptor(path: string, node: Node, state: PathState): string {
    if (!this.tracks(node.startIndex)) return UNKNOWN_VALUE;
    const value = `obj:${path}@${node.startIndex}`;
    state.facts.set(value, { object: { kind: 'descriptor', state: 'foreign', note: { node, message: `the address of the SECURITY_DESCRIPTOR object ${path}` } } });
    return value;
  }

  private write(left: Node, value: string, state: PathState, at: Node): void {
    const path = accessPath(left);
    if (!path) {
      this.evaluate(left, state);
      return;
    }
    // A NULL only matters where an IRP or a descriptor may be NULL: elsewhere (`ctx->Socket = NULL`)
    // it would only split paths that the rules cannot tell apart.
    if (state.factsOf(value).isNull && !mayHoldTracked(this.values.typeOf(left))) value = UNKNOWN_VALUE;
    this.assign(path, value, state, at);
  }

  /** Makes `path` hold `value`; what depended on the old object is forgotten. */
  private assign(path: string, value: string, state: PathState, at: Node): void {
    // A NULL held by a variable is an object a focused run can follow (a NULL argument is not).
    if (value.startsWith('null@')) this.origins.add(Number(value.slice(5)));
    if (path !== RETURNED) this.written.add(path);
    if (isOutsideStorage(path, (name) => this.locals.has(name))) {
      this.handOff(value, state, { node: at, message: `stored in ${path}` });
    } else if (/\[(?!\d+\])/.test(path)) {
      // An element of a local array picked by a variable: which one a later `Sockets[j]` names is not
      // known, so what is stored there is not followed.
      this.handOff(value, state, { node: at, message: `stored in ${path}` });
    }
    for (const key of [...state.env.keys()]) if (dependsOn(key, path)) state.env.delete(key);
    if (!path.includes('->') && !path.includes('.') && !path.includes('[') && !path.startsWith('*')) {
      state.generations.set(path, at.startIndex);
      // `Sockets[i]` names another element once `i` changes: what was known of the old one is gone
      // (and a loop that writes `i` at the same place must not meet last round's facts).
      for (const value of [...state.facts.keys()]) {
        if (value.startsWith('p:') && dependsOn(value.slice(2).replace(/#.*$/, ''), path)) state.facts.delete(value);
      }
    }
    for (const [text, condition] of state.conditions) if (condition.names.includes(rootOf(path))) state.conditions.delete(text);
    state.env.set(path, value);
  }

  /**
   * `*Out = pair;` copies the members of a local structure too: what `pair.Socket` holds, `Out->Socket`
   * (`(*Out).Socket`) now holds (and it is handed off when that storage is the caller's).
   */
  private copyMembers(right: Node, left: Node, state: PathState, at: Node): void {
    const value = unparenthesize(right);
    if (value.type !== 'identifier' || this.values.typeOf(value).kind !== 'record') return;
    const source = value.text;
    const target = accessPath(left);
    if (!source || !target || source === target) return;
    for (const [path, value] of [...state.env]) {
      if (path.startsWith(`${source}.`)) this.assign(`${target}${path.slice(source.length)}`, value, state, at);
    }
  }

  /** An object given to someone else is theirs to end. */
  private handOff(value: string, state: PathState, note: Note): void {
    const facts = state.facts.get(value);
    // Entry values too: a summary tells callers which of the values they hand in the function keeps.
    if (facts?.object?.state === 'live' && facts.object.owned !== false) {
      if (!facts.escaped) state.facts.set(value, { ...facts, escaped: note });
    } else if (value.startsWith('p:') && !value.includes('#')) {
      // What the function keeps of the values it was handed is for its summary, whatever the path:
      // kept outside the states, so that paths differing only in it merge.
      this.kept.add(value.slice(2));
    }
  }

  // -------------------------------------------------------------------------------------------------
  // Calls

  private call(node: Node, state: PathState): string {
    const cast = this.castLikeCall(node);
    if (cast) return this.evaluate(cast, state);
    const args = argumentsOf(node);
    for (const arg of args) this.evaluate(arg, state);
    const result = `c:${node.startIndex}`;
    const wsk = this.calls.get(node.startIndex);
    const name = calleeText(node);
    if (wsk?.via) {
      // A wrapper: what its body does (its summary), and what the operation the caller chose does.
      this.recordBefore(node, state);
      const summary = name ? this.context.summaries?.summaryOf(name, args.length) : undefined;
      if (summary) this.applySummary(summary, node, args, state);
      else for (const arg of args) this.giveAway(arg, state, node);
      if (wsk.via.choosesOperation) this.wskCall(wsk, node, state);
      return result;
    }
    if (wsk) {
      this.recordBefore(node, state);
      this.wskCall(wsk, node, state);
      return result;
    }
    const births = name ? birthsOf(name, undefined).filter((birth) => 'result' in birth.place) : [];
    if (births.length > 0) {
      // An IRP allocation: NULL exactly when it failed; owned (IoAllocateIrp) or the I/O manager's.
      if (!this.tracks(node.startIndex)) return UNKNOWN_VALUE;
      const [birth] = births;
      state.outcomes.set(node.startIndex, {});
      const allocated: Facts = { object: { kind: birth.kind, state: 'live', call: node.startIndex, owned: birth.owned, note: { node, message: `${name} may fail and return NULL` } } };
      // An IRP the driver owns starts with no completion routine and no request.
      const setup: IrpSetup | undefined = birth.owned && birth.kind === 'irp' ? { since: { node, message: `the IRP is allocated here (${name})` }, routine: false, usedBy: false } : undefined;
      state.facts.set(result, setup ? { ...allocated, irpSetup: setup } : allocated);
      return result;
    }
    if (name && POOL_ALLOCATORS.has(name)) {
      if (!this.tracks(node.startIndex)) return UNKNOWN_VALUE;
      state.facts.set(result, { object: { kind: 'descriptor', state: 'foreign', note: { node, message: `allocated from pool by ${name}` }, call: node.startIndex } });
      return result;
    }
    const kernel = name ? kernelFunction(name) : undefined;
    if (kernel) {
      // What frees or reinitialises an IRP: the states before it, for the rules (WSK015).
      if (kernel.irpSetup === 'reinitialises' || endsOf(kernel.name, undefined).length > 0) this.recordBefore(node, state);
      // A modelled kernel routine is never a hand-off: only its documented effects count.
      for (const end of endsOf(kernel.name, undefined)) {
        this.endObject(end.kind, this.targetOf(this.argumentOf(kernel, args, end.arg), end.through, state), end.owner === true, node, state, { node: this.noteNode(node), message: end.message });
      }
      if (kernel.irpSetup) this.setUpIrp(kernel, args, node, state);
      return UNKNOWN_VALUE;
    }
    if (name && WAITS.has(name)) {
      this.completeAll(state);
      return result;
    }
    if (name === STATUS_TESTS.success) {
      // Kept in a variable (`cached = NT_SUCCESS(status)`), it still says whether that call failed.
      const status = args[0] ? this.statusCall(state, args[0]) : undefined;
      if (!status) return UNKNOWN_VALUE;
      const value = `ok:${status.call}`;
      state.facts.set(value, { successOf: status.call });
      return value;
    }
    if (name && NON_RETAINING.has(name)) return UNKNOWN_VALUE;
    // What a pool free is handed (an address list WSK allocated must go back through WskFreeAddressInfo),
    // or a function that may free memory a request of this function's uses (WSK015).
    if (name && (POOL_FREES.has(name) || MDL_FREES.has(name) || (this.holdsMemory && this.context.summaries?.mayFreeMemory?.(name)))) this.recordBefore(node, state);
    // And what any call reads through an object (`RtlCopyMemory(&a, result->ai_addr, n)`): a use after its end.
    else if (this.readsThroughObject(args, state)) this.recordBefore(node, state);
    const summary = name ? this.context.summaries?.summaryOf(name, args.length) : undefined;
    if (summary) {
      this.recordBefore(node, state);
      this.applySummary(summary, node, args, state);
      return result;
    }
    // A function the analysis does not see into: what it is given may be kept, released, waited for.
    // Handed one call's IRP or status (`status = MyWait(ctx, irp, status)`), what it returns is taken
    // as that call's final status: its tests hold for the call, which is complete after it.
    const handed = new Set<CallId>();
    for (const arg of args) {
      const facts = state.factsOf(this.peek(state, arg));
      for (const call of [facts.irpOf, facts.statusOf?.call]) if (call !== undefined) handed.add(call);
    }
    // Handed the event an IRP's completion routine signals (its Context), it may wait for that IRP too
    // (not the event routines that never wait).
    if (!name || !EVENT_ROUTINES_THAT_DO_NOT_WAIT.has(name)) for (const call of this.signalledBy(args, state)) state.outcomes.set(call, { ...state.outcome(call), pending: 'done' });
    for (const arg of args) this.giveAway(arg, state, node);
    // An MDL is named by the call that built it, which tells the buffer it maps (WSK015).
    if (name && MDL_BUILDERS.has(name)) {
      if (args[0]) this.builtMdls.set(node.startIndex, args[0]);
      return result;
    }
    if (handed.size === 0 && this.isReturnedStatus(node)) {
      // Its own status, complete when it returns, when the function returns it: an `NT_SUCCESS` test
      // of it tells which way it went (a DriverEntry that fails after registering returns such a
      // status). Elsewhere its outcome would only split paths that no rule tells apart.
      state.facts.set(result, { statusOf: { call: node.startIndex, final: true } });
      return result;
    }
    if (handed.size !== 1) return UNKNOWN_VALUE;
    const [call] = handed;
    const value = `w:${node.startIndex}`;
    state.facts.set(value, { statusOf: { call, final: true } });
    return value;
  }

  /** The WSK calls whose IRP's completion routine gets one of these arguments (or its address) as Context. */
  private signalledBy(args: readonly Node[], state: PathState): CallId[] {
    const typeName = (name: string) => this.values.types.isTypeName(name);
    const paths = new Set<string>();
    for (const arg of args) {
      const path = addressedPath(arg, typeName) ?? accessPath(arg);
      if (path !== undefined) paths.add(path);
    }
    const calls: CallId[] = [];
    if (paths.size === 0) return calls;
    for (const facts of state.facts.values()) {
      const routine = facts.irpSetup?.routine;
      if (facts.irpOf !== undefined && routine && routine.context !== undefined && paths.has(routine.context)) calls.push(facts.irpOf);
    }
    return calls;
  }

  /** Whether an argument reads a field through a value that is a WSK object on this path (`r->ai_addr`). */
  private readsThroughObject(args: readonly Node[], state: PathState): boolean {
    for (const arg of args) {
      const path = accessPath(arg) ?? addressedPath(arg, (name) => this.values.types.isTypeName(name));
      if (!path) continue;
      for (const separator of path.matchAll(/->|\.|\[/g)) {
        if (state.factsOf(state.read(path.slice(0, separator.index))).object) return true;
      }
    }
    return false;
  }

  /** Whether a call's result is returned as it is, or put in a variable the function returns. */
  private isReturnedStatus(call: Node): boolean {
    let node: Node = call;
    while (node.parent && (node.parent.type === 'parenthesized_expression' || node.parent.type === 'cast_expression')) node = node.parent;
    const parent = node.parent;
    if (!parent) return false;
    if (parent.type === 'return_statement') return true;
    const target = parent.type === 'assignment_expression' ? parent.childForFieldName('left') : parent.type === 'init_declarator' ? parent.childForFieldName('declarator') : null;
    return target?.type === 'identifier' && this.returnedNames.has(target.text);
  }

  /** The argument a call passes for a parameter of its signature. */
  private argumentOf(fn: WskFunction, args: readonly Node[], param: string): Node | undefined {
    const index = paramIndex(fn, param);
    return index >= 0 ? args[index] : undefined;
  }

  /**
   * The value a call's argument names for an effect: the argument's value, or the object it points to.
   * `materialized`: made a value of its own when unknown, so facts can be put on it.
   */
  private targetOf(argument: Node | undefined, through: 'value' | 'pointee', state: PathState): { path?: string; value: string } | undefined {
    if (!argument) return undefined;
    const typeName = (name: string) => this.values.types.isTypeName(name);
    const path = through === 'pointee' ? pointeePath(argument, typeName) : accessPath(argument);
    if (path === undefined) return through === 'value' ? { value: this.peek(state, argument) } : undefined;
    return { path, value: state.read(path) };
  }

  /**
   * An object ends (released, closed, freed): the one `target` names, or — `owner` — one of those that
   * belong to it (WskReleaseProviderNPI ends a capture of the registration it names).
   */
  private endObject(kind: ObjectKindName, target: { path?: string; value: string } | undefined, owner: boolean, node: Node, state: PathState, note: Note, maybe = false): void {
    if (!target) return;
    if (owner) {
      for (const [value, facts] of state.facts) {
        if (facts.of !== target.value || state.object(value, kind)?.state !== 'live') continue;
        state.facts.set(value, { ...facts, object: { ...(facts.object as NonNullable<Facts['object']>), state: 'ended', note, bornAt: facts.object?.note, ...(maybe ? { maybe } : {}) } });
        return;
      }
      // None here: what the caller handed in (for the summary: it ends what belongs to its argument).
      if (target.value.startsWith('p:') && !target.value.includes('#')) {
        this.ownerEnds.push({ path: target.value.slice(2), kind, note });
        // On this path: a summary says it happens on every path when every exit carries this.
        if (!maybe) state.facts.set(target.value, { ...state.factsOf(target.value), ownedEnded: { kind, note } });
      }
      return;
    }
    if (!this.followsEnd(target.value, state)) return;
    const value = target.path !== undefined ? this.materialize(target.path, state, node) : target.value;
    if (value === UNKNOWN_VALUE) return;
    const facts = state.factsOf(value);
    const previous = facts.object?.kind === kind ? facts.object : undefined;
    if (!previous && objectKind(kind).endsThroughAliases && !this.callerNames(value)) this.unseenEnds.add(kind);
    const bornAt = previous?.bornAt ?? (previous?.state === 'live' ? previous.note : undefined);
    state.facts.set(value, { ...facts, object: { kind, state: 'ended', note, ...(bornAt ? { bornAt } : {}), ...(maybe ? { maybe } : {}) } });
  }

  /** The node a note about a call points at: its callee's name. */
  private noteNode(call: Node): Node {
    return this.calls.get(call.startIndex)?.callee ?? calleeNode(call) ?? call;
  }

  /** A wait: every IRP issued so far has completed. */
  private completeAll(state: PathState): void {
    this.waits = true;
    for (const [call, outcome] of state.outcomes) if (outcome.pending !== 'done') state.outcomes.set(call, { ...outcome, pending: 'done' });
  }

  /** What a helper does, applied to the caller's state at its call. */
  private applySummary(summary: Summary, node: Node, args: readonly Node[], state: PathState): void {
    const id = node.startIndex;
    const callee = node.childForFieldName('function') ?? node;
    this.helperCalls.set(id, { node, callee: calleeNode(node) ?? callee, summary, args });
    const at = (via: Note | true | undefined, message: string): Note => ({
      node: calleeNode(node) ?? callee,
      message,
      ...(via && via !== true ? { via: { ...via, file: via.file ?? summary.file } } : {}),
    });
    const typeName = (name: string) => this.values.types.isTypeName(name);
    const map = (path: string) => callerPath(path, args, typeName);
    state.outcomes.set(id, {});

    // What the helper keeps is no longer the caller's to release.
    for (const path of summary.keeps) {
      const mapped = map(path);
      if (mapped) this.handOff(state.read(mapped), state, { node: calleeNode(node) ?? callee, message: `kept by ${summary.name}` });
      if (mapped) this.forgetSetup(mapped, state);
    }
    for (const effect of summary.irpSetups ?? []) {
      const mapped = map(effect.path);
      if (mapped) this.applyIrpSetup(mapped, effect, (inner, message) => at(inner, message), node, state);
    }
    for (const set of summary.setsRoutine ?? []) {
      const mapped = map(set.path);
      const value = mapped ? state.read(mapped) : undefined;
      if (value?.startsWith('p:') && !value.includes('#')) this.routineSets.push({ path: value.slice(2), routine: { ...set.routine, note: at(set.routine.note, set.routine.note.message) } });
    }
    for (const effect of summary.binds) {
      const mapped = map(effect.path);
      if (!mapped || !this.tracks(id)) continue;
      const value = this.materialize(mapped, state, node);
      const facts = state.factsOf(value);
      const note = at(effect.note, `${summary.name} binds the socket ${mapped}`);
      state.facts.set(value, effect.when === 'success' ? { ...facts, bindCall: { call: id, note } } : { ...facts, bound: note });
    }
    // A descriptor an IRP issued inside the helper may still carry: released too early, it is WSK010.
    for (const effect of summary.pendingUses) {
      const mapped = map(effect.path);
      if (mapped) this.use(state.read(mapped), id, at(effect.note, `${summary.name} issues an IRP that carries the descriptor`), summary.name, state);
    }
    for (const effect of summary.applies) {
      const mapped = map(effect.path);
      const value = mapped ? state.read(mapped) : undefined;
      if (value?.startsWith('p:') && !value.includes('#')) this.applies.push({ path: value.slice(2), note: at(effect.note, `${summary.name} applies SO_WSK_SECURITY`) });
    }
    for (const effect of summary.ends) {
      const mapped = map(effect.path);
      if (!mapped) continue;
      const note = at(effect.note, `${summary.name} ${objectKind(effect.kind).verbs.ends}`);
      this.endObject(effect.kind, { path: mapped, value: state.read(mapped) }, effect.owner === true, node, state, note, effect.when === 'maybe');
    }
    // An end through an alias the caller cannot name may be of any of its objects of that kind.
    for (const kind of summary.endsUnseen ?? []) {
      this.unseenEnds.add(kind);
      for (const [value, facts] of state.facts) {
        const object = state.object(value, kind);
        if (object?.state !== 'live' || object.owned === false) continue;
        state.facts.set(value, { ...facts, object: { ...object, state: 'ended', maybe: true, bornAt: object.note, note: at(undefined, `${summary.name} may end it through an alias`) } });
      }
    }
    // What it writes no longer holds what it held (effects above were on the values held at the call).
    for (const path of summary.writes) {
      const mapped = map(path);
      if (mapped && !summary.creates.some((c) => c.path === path)) this.assign(mapped, UNKNOWN_VALUE, state, node);
    }
    // What it leaves NULL is NULL: a second release through it releases NULL (WSK009).
    for (const path of summary.nulls ?? []) {
      const mapped = map(path);
      if (!mapped || (this.focus !== undefined && this.focus !== id)) continue;
      const value = `null@${id}:${path}`;
      state.facts.set(value, { isNull: at(undefined, `${summary.name} sets ${mapped} to NULL`) });
      this.assign(mapped, value, state, node);
    }
    for (const effect of summary.creates) {
      const mapped = effect.path === '' ? undefined : map(effect.path);
      if (effect.path !== '' && !mapped) continue;
      if (!this.tracks(id)) {
        if (mapped) this.assign(mapped, UNKNOWN_VALUE, state, node);
        continue;
      }
      const value = `o:${id}:${effect.kind}:${effect.path}`;
      const ownerPath = effect.of ? map(effect.of) : undefined;
      const note = at(effect.note, `${summary.name} ${objectKind(effect.kind).verbs.creates}${mapped ? ` ${mapped}` : ''}`);
      state.facts.set(value, { object: { kind: effect.kind, state: 'live', note, ...(effect.when === 'success' ? { call: id } : {}) }, ...(ownerPath ? { of: state.read(ownerPath) } : {}) });
      if (mapped) this.assign(mapped, value, state, node);
    }
    // A helper that passes back a status handed in (a wait helper) returns that call's status.
    const passed = (summary.returnsPassedIn ?? []).map((path) => {
      const mapped = map(path);
      return mapped ? state.factsOf(this.readPath(mapped, state)).statusOf : undefined;
    });
    const passedStatus = passed.length > 0 && passed.every((p) => p && p.call === passed[0]?.call) ? passed[0] : undefined;
    const result: Facts = {
      ...(passedStatus
        ? { statusOf: { call: passedStatus.call, final: passed.some((p) => p?.final) } }
        : summary.returnsStatus ? { statusOf: { call: id, final: summary.pendingUses.length === 0 } } : {}),
      ...(summary.returns && this.tracks(id) ? { object: returnedObject(summary, id, at) } : {}),
    };
    state.facts.set(`c:${id}`, result);
    if (summary.waits) this.completeAll(state);
  }

  /**
   * IoReuseIrp/IoInitializeIrp make an IRP fresh (only the driver's own IRPs can be); IoSetCompletionRoutine[Ex]
   * sets its routine, partial when an Invoke flag is a constant FALSE.
   */
  private setUpIrp(kernel: WskFunction, args: readonly Node[], node: Node, state: PathState): void {
    const irp = this.argumentOf(kernel, args, 'Irp');
    const path = irp ? accessPath(irp) : undefined;
    if (!irp || !path) return;
    const at = { node: this.noteNode(node), message: '' };
    if (kernel.irpSetup === 'reinitialises') {
      // A run focused on another object still reinitialises the IRP it follows (its own allocation).
      const held = state.factsOf(state.read(path));
      if (!this.tracks(node.startIndex) && !held.irpSetup && !held.object) return;
      const value = this.materialize(path, state, node);
      state.facts.set(value, { ...state.factsOf(value), irpSetup: { since: { ...at, message: `the IRP is reinitialised here (${kernel.name})` }, routine: false, usedBy: false } });
      return;
    }
    const value = this.materialize(path, state, node);
    const facts = state.factsOf(value);
    const routineArg = this.argumentOf(kernel, args, 'CompletionRoutine');
    const partial = INVOKE_FLAGS.some((flag) => {
      const argument = this.argumentOf(kernel, args, flag);
      return argument !== undefined && isConstantFalse(this.values.evaluate(argument));
    });
    const name = routineArg ? functionNamed(routineArg) : undefined;
    const contextArg = this.argumentOf(kernel, args, 'Context');
    const context = contextArg ? (addressedPath(contextArg, (n) => this.values.types.isTypeName(n)) ?? accessPath(contextArg)) : undefined;
    const routine: RoutineSet = { note: { ...at, message: `the completion routine${name ? ` ${name}` : ''} is set here` }, ...(name ? { name } : {}), partial, afterUse: typeof facts.irpSetup?.usedBy === 'object', ...(context && !isConstantName(context) ? { context } : {}) };
    state.facts.set(value, { ...facts, irpSetup: { ...facts.irpSetup, routine } });
    if (value.startsWith('p:') && !value.includes('#')) this.routineSets.push({ path: value.slice(2), routine });
  }

  /** What a helper did to an IRP's setup: the parts it made known replace the caller's, those it left unclear are forgotten. */
  private applyIrpSetup(path: string, effect: NonNullable<Summary['irpSetups']>[number], at: (inner: Note, message: string) => Note, node: Node, state: PathState): void {
    const value = this.materialize(path, state, node);
    const facts = state.factsOf(value);
    const setup: { -readonly [K in keyof IrpSetup]: IrpSetup[K] } = { ...facts.irpSetup };
    const via = (note: Note): Note => at(note, note.message);
    if (effect.since === null) delete setup.since;
    else if (effect.since) setup.since = via(effect.since);
    if (effect.routine === null) delete setup.routine;
    else if (effect.routine !== undefined) setup.routine = effect.routine && { ...effect.routine, note: via(effect.routine.note), afterUse: effect.routine.afterUse || (effect.since === undefined && typeof setup.usedBy === 'object') };
    if (effect.usedBy === null) delete setup.usedBy;
    else if (effect.usedBy !== undefined) setup.usedBy = effect.usedBy && { call: node.startIndex, note: via(effect.usedBy.note) };
    state.facts.set(value, { ...facts, irpSetup: setup });
  }

  /** Code the analysis cannot read was given this path: what it set up on the IRPs it reaches is unknown. */
  private forgetSetup(path: string, state: PathState): void {
    for (const [held, value] of state.env) {
      const facts = state.facts.get(value);
      if (!facts?.irpSetup || (held !== path && !dependsOn(held, path))) continue;
      const { irpSetup: _forgotten, ...rest } = facts;
      void _forgotten;
      state.facts.set(value, rest);
    }
    const entry = state.facts.get(`p:${path}`);
    if (entry?.irpSetup && !state.env.has(path)) {
      const { irpSetup: _forgotten, ...rest } = entry;
      void _forgotten;
      state.facts.set(`p:${path}`, rest);
    }
  }

  private giveAway(arg: Node, state: PathState, call: Node): void {
    const addressed = addressedPath(arg, (name) => this.values.types.isTypeName(name));
    const path = addressed ?? accessPath(arg);
    if (!path || isConstantName(path)) return;
    const value = state.read(path);
    const note = { node: call, message: `given to ${calleeText(call) ?? 'a function'}` };
    this.handOff(value, state, note);
    // `&conn` gives away what the local holds in its fields too (`conn.Socket`).
    if (addressed !== undefined) for (const [held, inner] of state.env) if (dependsOn(held, addressed)) this.handOff(inner, state, note);
    this.forgetSetup(path, state);
    const facts = state.factsOf(value);
    for (const call of [facts.irpOf, facts.statusOf?.call]) {
      if (call !== undefined) state.outcomes.set(call, { ...state.outcome(call), pending: 'done' });
    }
    if (addressed !== undefined) this.assign(addressed, UNKNOWN_VALUE, state, call);
  }

  /** Counts a state about to be keyed or kept against the budget of state entries. */
  private charge(state: PathState): void {
    this.entries += state.size();
    if (this.entries > this.options.maxStateEntries) this.exceed();
  }

  private recordBefore(node: Node, state: PathState): void {
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

  private wskCall(call: WskCall, node: Node, state: PathState): void {
    const id = node.startIndex;
    const api = call.api;
    const arg = (role: Parameters<typeof paramWithRole>[1]) => {
      const param = paramWithRole(api, role);
      return param ? call.arg(param) : undefined;
    };
    const note = (message: string): Note => ({ node: call.callee, message });

    // A call that runs again (in a loop) produces new values: forget what was known of the old ones.
    for (const prefix of ['s', 'info', 'fs']) state.facts.delete(`${prefix}:${id}`);
    state.outcomes.set(id, {});
    state.facts.set(`c:${id}`, { statusOf: { call: id, final: false } });
    const irp = arg('irp');
    const irpPath = irp ? accessPath(irp) : undefined;
    const births = birthsOf(api.name, call.operation?.effect);
    if (irpPath) {
      const irpValue = this.materialize(irpPath, state, node);
      const { yields: _previous, ...facts } = state.factsOf(irpValue);
      void _previous;
      // The socket a WskSocket, WskSocketConnect or WskAccept makes arrives in the IRP's Information.
      const birth = births.find((b) => 'irpInformation' in b.place);
      const yields = birth && this.tracks(id) ? { yields: { call: id, note: note(birth.message), bound: api.bornBound !== undefined } } : {};
      const irpSetup: IrpSetup = { ...facts.irpSetup, usedBy: { call: id, note: note(`the IRP is given to ${api.name} here`) } };
      state.facts.set(irpValue, { ...facts, irpOf: id, ...yields, irpSetup });
    }

    const socket = arg('socket');
    const socketPath = socket ? accessPath(socket) : undefined;
    if (api.binds && socketPath && this.tracks(id)) {
      const value = this.materialize(socketPath, state, node);
      const facts = state.factsOf(value);
      if (api.name === 'WskBind') state.facts.set(value, { ...facts, bindCall: { call: id, note: note('the socket is bound here') } });
      else state.facts.set(value, { ...facts, bound: note(`the socket is bound (${api.name} needs a bound socket)`) });
    }

    this.holdBuffers(call, node, state);

    const descriptorArg = arg('descriptor');
    if (descriptorArg) this.use(this.peek(state, descriptorArg), id, note(`${api.name} takes the descriptor here`), api.name, state);

    const typeName = (name: string) => this.values.types.isTypeName(name);
    if (call.operation?.effect === 'applyDescriptor') {
      const input = call.arg('InputBuffer');
      const path = input ? pointeePath(input, typeName) : undefined;
      if (path) this.use(state.read(path), id, note('SO_WSK_SECURITY applies the descriptor here'), 'the SO_WSK_SECURITY set', state);
      const socketValue = socketPath ? state.read(socketPath) : undefined;
      if (socketValue?.startsWith('p:') && !socketValue.includes('#') && !this.applies.some((a) => a.note.node.id === call.callee.id)) {
        this.applies.push({ path: socketValue.slice(2), note: note('SO_WSK_SECURITY is applied here') });
      }
    }
    // The objects the call makes into what an argument points to, and those it ends (the API table).
    for (const birth of births) {
      if (!('arg' in birth.place)) continue;
      const argument = call.arg(birth.place.arg);
      const path = argument ? pointeePath(argument, typeName) : undefined;
      if (!path) continue;
      if (!this.tracks(id)) {
        this.assign(path, UNKNOWN_VALUE, state, node);
        continue;
      }
      const value = `o:${id}`;
      const owner = birth.of ? this.targetOf(call.arg(birth.of.arg), birth.of.through, state)?.value : undefined;
      state.facts.set(value, { object: { kind: birth.kind, state: 'live', note: note(birth.message), call: id, owned: birth.owned }, ...(owner ? { of: owner } : {}) });
      this.assign(path, value, state, node);
    }
    for (const end of endsOf(api.name, call.operation?.effect)) {
      this.endObject(end.kind, this.targetOf(call.arg(end.arg), end.through, state), end.owner === true, node, state, note(end.message));
    }
  }

  /**
   * The value a path holds, made a value of its own when it holds nothing known (`?`): facts must never
   * stick to the shared unknown. A fresh value per site, reset when the site runs again.
   */
  private materialize(path: string, state: PathState, at: Node): string {
    const value = state.read(path);
    if (value !== UNKNOWN_VALUE) return value;
    const fresh = `u:${at.startIndex}:${path}`;
    state.facts.delete(fresh);
    state.env.set(path, fresh);
    return fresh;
  }

  /**
   * The memory WSK goes on using until the call's IRP completes (wsk/buffers.ts): a WSK_BUF's MDL, the
   * buffer the IoAllocateMdl that built it maps, the buffers and addresses given as pointers.
   */
  private holdBuffers(call: WskCall, node: Node, state: PathState): void {
    const buffers = PENDING_BUFFERS.get(call.api.name);
    if (!buffers || !this.tracks(node.startIndex)) return;
    const id = node.startIndex;
    const hold = (value: string | undefined, what: string) => {
      if (value === undefined || value === UNKNOWN_VALUE) return;
      const facts = state.factsOf(value);
      const use = { call: id, note: { node: call.callee, message: `${call.api.name} uses ${what} until its IRP completes` } };
      state.facts.set(value, { ...facts, heldBy: [...(facts.heldBy ?? []).filter((u) => u.call !== id), use] });
    };
    const typeName = (name: string) => this.values.types.isTypeName(name);
    for (const { param, list } of buffers.mdls) {
      const argument = call.arg(param);
      const addressed = argument ? addressedPath(argument, typeName) : undefined;
      const pointer = argument && addressed === undefined ? accessPath(argument) : undefined;
      const mdlPath = mdlPathOf(addressed, pointer, list === true);
      if (mdlPath === undefined || isConstantName(addressed ?? pointer ?? '')) continue;
      const mdl = this.materialize(mdlPath, state, node);
      hold(mdl, `the MDL ${mdlPath}`);
      const built = /^c:(\d+)$/.exec(mdl);
      const mapped = built ? this.builtMdls.get(Number(built[1])) : undefined;
      if (mapped && addressedPath(mapped, typeName) === undefined) hold(this.peek(state, mapped), `the memory its MDL maps`);
    }
    for (const param of buffers.memory) {
      const argument = call.arg(param);
      if (argument && addressedPath(argument, typeName) === undefined && accessPath(argument) !== undefined) hold(this.peek(state, argument), param);
    }
  }

  /** A call whose IRP carries the descriptor (SO_WSK_SECURITY set, WskSocket): it must outlive the IRP. */
  private use(value: string, call: CallId, note: Note, label: string, state: PathState): void {
    if (value === UNKNOWN_VALUE) return;
    const facts = state.factsOf(value);
    state.facts.set(value, { ...facts, usedBy: [...(facts.usedBy ?? []).filter((u) => u.call !== call), { call, note, label }] });
  }

  // -------------------------------------------------------------------------------------------------
  // Conditions

  /** The state on an edge that assumes `condition` is `value`; undefined when that cannot happen. */
  private refine(source: PathState, condition: Node, value: boolean, reuse = false): PathState | undefined {
    const state = reuse ? source : source.clone();
    const node = unparenthesize(condition);
    const decided = this.decide(state, node, value);
    if (decided === false) return undefined;
    state.trail.push({ node, message: `${value ? 'taking' : 'not taking'} this branch` });
    if (decided === undefined && !this.conditionHasSideEffects(node) && (this.repeatedConditions.has(conditionText(node)) || this.testsParameter(node))) {
      // `x`, `!x`, `x != NULL` and `NULL == x` are one test of `x`: a path that took one knows the others.
      const { text, truthy } = normalizedCondition(node, value);
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
  private refineCase(state: PathState, edge: NonNullable<Edge['caseOf']>): PathState | undefined {
    const named = (node: Node | undefined, name: string) => node?.type === 'identifier' && node.text === name;
    let change: Outcome | undefined;
    if (named(edge.value, STATUS_TESTS.pending)) change = { pending: 'pending' };
    else if (named(edge.value, 'STATUS_SUCCESS')) change = { failed: false, pending: 'notPending' };
    else if (edge.excludes?.some((value) => named(value, STATUS_TESTS.pending))) change = { pending: 'notPending' };
    const status = change ? this.statusCall(state, edge.subject) : undefined;
    if (!change || !status || (status.final && change.pending === 'pending')) return state;
    if (status.final && change.failed === undefined) return state;
    return this.setOutcome(state, status.call, change) ? state : undefined;
  }

  /** true: the condition refined the state; false: the edge is infeasible; undefined: nothing known. */
  private decide(state: PathState, node: Node, value: boolean): boolean | undefined {
    if (node.type === 'unary_expression' && node.childForFieldName('operator')?.type === '!') {
      let inner: Node | null = node;
      let polarity = value;
      for (let i = 0; inner?.type === 'unary_expression' && inner.childForFieldName('operator')?.type === '!' && i < MAX_SYNTAX_DEPTH; i++) {
        const argument: Node | null = inner.childForFieldName('argument');
        inner = argument ? unparenthesize(argument) : null;
        polarity = !polarity;
      }
      return inner && inner.type !== 'unary_expression' ? this.decide(state, inner, polarity) : undefined;
    }
    if (node.type === 'call_expression' && calleeText(node) === STATUS_TESTS.success) {
      const argument = node.childForFieldName('arguments')?.namedChildren.find((a) => a && a.type !== 'comment');
      const status = argument ? this.statusCall(state, argument) : undefined;
      return status === undefined ? undefined : this.setOutcome(state, status.call, { failed: !value });
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
          const status = this.statusCall(state, subject);
          if (!status || status.final) return undefined;
          return this.setOutcome(state, status.call, { pending: equal ? 'pending' : 'notPending' });
        }
        if (constant.type === 'identifier' && constant.text === 'STATUS_SUCCESS') {
          const status = this.statusCall(state, subject);
          if (!status || !equal) return undefined;
          return this.setOutcome(state, status.call, { failed: false, pending: 'notPending' });
        }
        if (isNullConstant(constant)) {
          const held = this.peek(state, subject);
          if (held === 'k:TRUE') return !equal;
          if (held === 'k:FALSE') return equal;
          return this.nullness(state, held, equal);
        }
        // tree-sitter-c reads `TRUE`/`FALSE` as the literals `true`/`false`, like C's own.
        const truth = constant.type === 'true' || constant.type === 'false' ? constant.type === 'true'
          : constant.type === 'identifier' && (constant.text === 'TRUE' || constant.text === 'FALSE') ? constant.text === 'TRUE' : undefined;
        if (truth !== undefined) return this.decide(state, unparenthesize(subject), truth ? equal : !equal);
        return undefined;
      }
      if ((operator === '<' || operator === '>=') && constant.type === 'number_literal' && /^0+$/.test(constant.text) && subject === left) {
        const status = this.statusCall(state, subject);
        if (!status) return undefined;
        const failed = operator === '<' ? value : !value;
        return this.setOutcome(state, status.call, { failed });
      }
      return undefined;
    }
    if (node.type === 'identifier' || node.type === 'field_expression' || node.type === 'pointer_expression' || node.type === 'assignment_expression') {
      const subject = this.peek(state, node);
      // A flag set to TRUE or FALSE on this path (`if (sdCached)` after `sdCached = TRUE;`).
      if (subject === 'k:TRUE') return value;
      if (subject === 'k:FALSE') return !value;
      const facts = state.factsOf(subject);
      if (facts.successOf !== undefined) return this.setOutcome(state, facts.successOf, { failed: !value });
      if (facts.isNull || facts.object) return this.nullness(state, subject, !value);
    }
    return undefined;
  }

  /** The call behind a status expression (`status`, `WskBind(...)`, `irp->IoStatus.Status`). */
  private statusCall(state: PathState, expression: Node): { call: CallId; final: boolean } | undefined {
    const value = this.peek(state, expression);
    return state.factsOf(value).statusOf;
  }

  private nullness(state: PathState, subject: string, isNull: boolean): boolean | undefined {
    const facts = state.factsOf(subject);
    if (facts.isNull) return isNull;
    const object = facts.object;
    // An acquisition is NULL exactly when it failed; an ended object was not NULL when it ended.
    if ((object?.state === 'live' || object?.state === 'foreign') && object.call !== undefined) return this.setOutcome(state, object.call, { failed: isNull });
    if (object?.state === 'ended') return isNull ? false : true;
    return undefined;
  }

  private setOutcome(state: PathState, call: CallId, change: Outcome): boolean {
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
   * Forgets what no code from `block` on can look at: the values of locals it never mentions, that a
   * name was reassigned (only a later read through it could tell), and tests it cannot repeat. What a
   * parameter or a global holds stays: the caller sees it at the exit.
   */
  private forgetDead(state: PathState, block: number): void {
    const dead = (name: string) => !this.liveness.liveAt(block, name);
    for (const [path, value] of [...state.env]) {
      // An object keeps its holder: a finding at the exit names it, and a fix there ends it only
      // where no path through that exit ended it already.
      if (state.factsOf(value).object) continue;
      if (path !== RETURNED && this.bodyLocals.has(rootOf(path)) && dead(rootOf(path))) state.env.delete(path);
    }
    for (const name of [...state.generations.keys()]) if (dead(name)) state.generations.delete(name);
    for (const [text, condition] of [...state.conditions]) {
      if (condition.names.some((name) => !this.parameters.has(name) && dead(name))) state.conditions.delete(text);
    }
  }

  /**
   * Forgets the facts of values nobody can reach any more (so that paths which differ only in them
   * merge), but never an object the function owns: one nobody holds is a leak. Entry values (`p:`)
   * stay reachable through their path.
   */
  private gc(state: PathState): void {
    // A path that holds nothing known reads like one never touched (its entry value, without facts).
    for (const [path, value] of state.env) {
      if (value === UNKNOWN_VALUE && path !== RETURNED && !path.includes('#') && !state.facts.has(`p:${path}`)) state.env.delete(path);
    }
    // That a name was reassigned only matters to reads through it that meet values of before: a
    // parameter (its entry objects are the caller's), or a name some held value was read through.
    const readThrough = new Set<string>();
    for (const value of [...state.env.values(), ...state.facts.keys()]) {
      if (value.startsWith('p:')) for (const name of identifiersOf(value.slice(2).replace(/#.*$/, ''))) readThrough.add(name);
    }
    for (const name of [...state.generations.keys()]) {
      if (!this.parameters.has(name) && !readThrough.has(name)) state.generations.delete(name);
    }
    const held = new Set(state.env.values());
    for (const [value, facts] of state.facts) {
      if (held.has(value) || value.startsWith('p:') || (facts.object?.state === 'live' && facts.object.owned !== false)) continue;
      state.facts.delete(value);
    }
    // Outcomes of calls no remaining fact refers to are forgotten too.
    const referenced = new Set<CallId>();
    for (const facts of state.facts.values()) {
      for (const call of [facts.bindCall?.call, facts.object?.call, facts.statusOf?.call, facts.irpOf, facts.successOf, facts.yields?.call, ...(facts.usedBy ?? []).map((u) => u.call), ...(facts.heldBy ?? []).map((u) => u.call)]) {
        if (call !== undefined) referenced.add(call);
      }
    }
    for (const call of [...state.outcomes.keys()]) if (!referenced.has(call)) state.outcomes.delete(call);
  }
}
/** `FALSE`, `0`, `false`: a constant false. */
export function isConstantFalse(value: ReturnType<ValueReader['evaluate']>): boolean {
  return (value.kind === 'constant' && value.name === 'FALSE') || (value.kind === 'integer' && value.value === 0);
}

/** The function a completion-routine argument names: `Done`, `&Done`, `(PIO_COMPLETION_ROUTINE)Done`. */
export function functionNamed(argument: Node): string | undefined {
  let node = unparenthesize(argument);
  for (let i = 0; i < MAX_SYNTAX_DEPTH; i++) {
    if (node.type === 'cast_expression') {
      const value = node.childForFieldName('value');
      if (!value) return undefined;
      node = unparenthesize(value);
    } else if (node.type === 'pointer_expression' && node.childForFieldName('operator')?.type === '&') {
      const inner = node.childForFieldName('argument');
      if (!inner) return undefined;
      node = unparenthesize(inner);
    } else {
      break;
    }
  }
  return node.type === 'identifier' && node.text !== 'NULL' ? node.text : undefined;
}

function calleeNode(call: Node): Node | undefined {
  const fn = call.childForFieldName('function');
  if (!fn) return undefined;
  const target = unparenthesize(fn);
  if (target.type === 'identifier') return target;
  if (target.type === 'field_expression') return target.childForFieldName('field') ?? undefined;
  return undefined;
}

/** The object a helper returns, made at its call: see ObjectEffect (`nullable`: a NULL test tells). */
function returnedObject(summary: Summary, call: CallId, at: (via: Note | undefined, message: string) => Note): NonNullable<Facts['object']> {
  const returned = summary.returns as NonNullable<Summary['returns']>;
  const message = returned.nullable ? `${summary.name} may return NULL` : `${summary.name} returns a new ${objectKind(returned.kind).noun}`;
  return { kind: returned.kind, state: 'live', note: at(returned.note, message), ...(returned.when === 'success' || returned.nullable ? { call } : {}) };
}

/** Whether a value of this type may be an IRP, a descriptor or a socket (unknown types may). */
function mayHoldTracked(type: CType): boolean {
  if (type.kind === 'unknown') return true;
  if (type.kind !== 'pointer') return false;
  if (isIrpPointer(type) || isDescriptorPointer(type)) return true;
  // A socket NULL until created tells a cleanup's `if (socket != NULL)` apart from the paths where it was.
  if (type.to.kind === 'record' && type.to.name === 'WSK_SOCKET') return true;
  return type.to.kind === 'void' || type.to.kind === 'unknown';
}

/** An ALL_CAPS name with no access in it (`STATUS_UNSUCCESSFUL`, `TRUE`): a constant, not an object. */
function isConstantName(path: string): boolean {
  return /^[A-Z][A-Z0-9_]*$/.test(path);
}

function innermostName(declarator: Node): string | undefined {
  let node: Node | null = declarator;
  while (node && node.type !== 'identifier') node = node.childForFieldName('declarator') ?? (node.type === 'parenthesized_declarator' ? node.firstNamedChild : null);
  return node?.text;
}

