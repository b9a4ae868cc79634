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
// pending), or prove a path infeasible. Each block holds a set of distinct states; identical states from
// different paths merge at joins, so the work stays bounded. When a function needs more states or
// steps than the budget allows, the analysis of that function stops and says so.
//
// Every state change records a note (where and why), which rules turn into related locations.

import type { Node } from '../parse/treeSitter';
import { WAITS, IRP_ALLOCATORS, POOL_ALLOCATORS, STATUS_TESTS } from '../wsk/kernel';
import { paramWithRole } from '../wsk/api';
import type { WskCall } from './calls';
import type { Block, Cfg, Element } from './cfg';
import { RETURNED, accessPath, addressedPath, dependsOn, identifiersOf, isOutsideStorage, pointeePath, rootOf } from './access';
import type { Summary, SummaryProvider } from './summaries';
import { callerPath } from './summaries';
import { MAX_SYNTAX_DEPTH, unparenthesize } from './syntax';
import { isDescriptorObject, isDescriptorPointer, isIrpPointer } from './types';
import type { CType } from './types';
import { parameterDeclarations } from './declarations';
import type { ValueReader } from './values';

export interface Note {
  readonly node: Node;
  readonly message: string;
  /** The file the node is in, when it is not the analysed function's (inside a helper). */
  readonly file?: string;
  /** The step inside a helper that this note (at the helper's call) stands for. */
  readonly via?: Note;
}

type CallId = number;

/** What is known of one value on one path. Facts are replaced, never mutated. */
export interface Facts {
  /** A socket bound for sure (born bound, or after WskConnect/WskListen/WskSendTo). */
  readonly bound?: Note;
  /** A socket bound by this WskBind, unless a branch proved that the call failed. */
  readonly bindCall?: { readonly call: CallId; readonly note: Note };
  /** A security descriptor: a cached copy (unless `call` failed), released, or provably not cached. */
  readonly descriptor?: {
    readonly state: 'cached' | 'released' | 'notCached';
    readonly note: Note;
    readonly call?: CallId;
    readonly cachedAt?: Note;
    /** Released on some paths of a helper only: no leak, but no proof of a second release either. */
    readonly maybe?: boolean;
  };
  /** The cached copy was handed off (stored outside the function, returned, or given away). */
  readonly escaped?: Note;
  /** Calls whose IRP carries this descriptor and may still be pending. */
  readonly usedBy?: readonly { readonly call: CallId; readonly note: Note; readonly label: string }[];
  /** An explicit NULL. */
  readonly isNull?: Note;
  /** An IRP from IoAllocateIrp: NULL exactly when the allocation failed. */
  readonly irpAlloc?: { readonly call: CallId; readonly note: Note };
  /** The status returned by a call (`final`: read back from the IRP after completion). */
  readonly statusOf?: { readonly call: CallId; readonly final: boolean };
  /** The IRP was last given to this call. */
  readonly irpOf?: CallId;
  /** `NT_SUCCESS(status)` of this call's status, kept in a variable (`cached = NT_SUCCESS(status)`). */
  readonly successOf?: CallId;
  /** The IRP of a WskSocketConnect/WskAccept: its IoStatus.Information is a bound socket. */
  readonly bornBound?: { readonly call: CallId; readonly note: Note };
}

export interface Outcome {
  /** true: the call failed; false: it did not fail (it may still be pending). */
  readonly failed?: boolean;
  readonly pending?: 'pending' | 'notPending' | 'done';
}

const UNKNOWN_VALUE = '?';


export class PathState {
  constructor(
    readonly env: Map<string, string> = new Map(),
    readonly facts: Map<string, Facts> = new Map(),
    readonly outcomes: Map<CallId, Outcome> = new Map(),
    readonly conditions: Map<string, { value: boolean; names: readonly string[] }> = new Map(),
    readonly generations: Map<string, number> = new Map(),
    /** Branch decisions taken on this path, latest last (not part of the state's identity). */
    readonly trail: Note[] = [],
  ) {}

  clone(): PathState {
    return new PathState(new Map(this.env), new Map(this.facts), new Map(this.outcomes), new Map(this.conditions), new Map(this.generations), this.trail.slice(-6));
  }

  /** The value an access path holds. */
  read(path: string): string {
    const held = this.env.get(path);
    if (held !== undefined) return held;
    const generation = identifiersOf(path).map((name) => this.generations.get(name)).filter((g) => g !== undefined);
    return generation.length > 0 ? `p:${path}#${generation.join(',')}` : `p:${path}`;
  }

  factsOf(value: string): Facts {
    return this.facts.get(value) ?? {};
  }

  outcome(call: CallId): Outcome {
    return this.outcomes.get(call) ?? {};
  }

  /** Whether a socket value is bound on this path, and where. */
  bound(value: string): Note | undefined {
    const facts = this.factsOf(value);
    if (facts.bound) return facts.bound;
    if (facts.bindCall && this.outcome(facts.bindCall.call).failed !== true) return facts.bindCall.note;
    return undefined;
  }

  /** The descriptor state of a value on this path (a failed cache leaves nothing cached). */
  descriptor(value: string): Facts['descriptor'] {
    const descriptor = this.factsOf(value).descriptor;
    if (descriptor?.state === 'cached' && descriptor.call !== undefined && this.outcome(descriptor.call).failed === true) return undefined;
    return descriptor;
  }

  /** Calls that took this descriptor and whose IRP may still be pending. */
  pendingUses(value: string): readonly { call: CallId; note: Note; label: string }[] {
    return (this.factsOf(value).usedBy ?? []).filter((use) => {
      const outcome = this.outcome(use.call);
      return outcome.pending !== 'done' && outcome.pending !== 'notPending' && outcome.failed !== true;
    });
  }

  /** Cached copies that nobody released or took over on this path. */
  leaks(): { value: string; cachedAt: Note }[] {
    const result: { value: string; cachedAt: Note }[] = [];
    for (const [value, facts] of this.facts) {
      const descriptor = this.descriptor(value);
      if (descriptor?.state === 'cached' && !facts.escaped) result.push({ value, cachedAt: descriptor.note });
    }
    return result;
  }

  /** How much the state tracks: what copying or comparing it costs. */
  size(): number {
    return this.env.size + this.facts.size + this.outcomes.size + this.conditions.size + this.generations.size;
  }

  /** A stable identity: two paths that know the same things are one state. */
  key(): string {
    const parts: string[] = [];
    for (const [path, value] of [...this.env].sort(byKey)) parts.push(`${path}=${value}`);
    parts.push('|');
    for (const [value, facts] of [...this.facts].sort(byKey)) parts.push(`${value}:${factsKey(facts)}`);
    parts.push('|');
    for (const [call, outcome] of [...this.outcomes].sort(byKey)) parts.push(`${call}:${outcome.failed ?? ''}/${outcome.pending ?? ''}`);
    parts.push('|');
    for (const [text, condition] of [...this.conditions].sort(byKey)) parts.push(`${text}:${condition.value}`);
    parts.push('|');
    for (const [name, generation] of [...this.generations].sort(byKey)) parts.push(`${name}#${generation}`);
    return parts.join(';');
  }
}

function byKey<K extends string | number>(a: [K, unknown], b: [K, unknown]): number {
  return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0;
}

function factsKey(facts: Facts): string {
  const at = (note?: Note) => (note ? note.node.startIndex : '');
  return [
    at(facts.bound), facts.bindCall?.call ?? '', facts.descriptor ? `${facts.descriptor.state}@${at(facts.descriptor.note)}/${facts.descriptor.call ?? ''}` : '',
    // Where a value was handed off does not matter for what follows, only that it was.
    facts.escaped ? 'e' : '', (facts.usedBy ?? []).map((u) => u.call).join('+'), at(facts.isNull), facts.irpAlloc?.call ?? '',
    facts.statusOf ? `${facts.statusOf.call}${facts.statusOf.final ? 'f' : ''}` : '', facts.irpOf ?? '', facts.bornBound?.call ?? '', facts.successOf ?? '',
  ].join(',');
}

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
  /** Paths whose values at entry the function keeps on some path (stores, returns, gives away). */
  readonly kept: ReadonlySet<string>;
  /** Paths the function assigns on some path. */
  readonly written: ReadonlySet<string>;
  /** Some path waits (KeWaitFor…, or a helper that waits). */
  readonly waits: boolean;
  /** The analysis stopped early (too many states or steps): path rules stay silent here. */
  readonly budgetExceeded: boolean;
  /** The states just before a WSK call runs (its arguments evaluated). */
  statesBefore(call: Node): readonly PathState[];
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

export const DEFAULT_PATH_OPTIONS: PathOptions = { maxStatesPerBlock: 64, maxSteps: 40_000, maxStateEntries: 250_000 };

/** Functions that read their arguments and keep nothing: passing a descriptor to them is no hand-off. */
const NON_RETAINING = new Set(['DbgPrint', 'DbgPrintEx', 'vDbgPrintEx', 'KdPrint', 'KdPrintEx', 'RtlValidSecurityDescriptor', 'RtlLengthSecurityDescriptor', 'SeValidSecurityDescriptor', 'UNREFERENCED_PARAMETER', 'NT_ASSERT', 'ASSERT', 'NT_VERIFY']);

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

/** Runs the engine over one function. */
export function analyzePaths(cfg: Cfg, context: EngineContext, options: PathOptions = DEFAULT_PATH_OPTIONS): FunctionPaths {
  return new Engine(cfg, context, options).run();
}

class Engine {
  private readonly locals: Set<string>;
  private readonly before = new Map<number, PathState[]>();
  private readonly beforeKeys = new Map<number, Set<string>>();
  private readonly exits: { node: Node; states: PathState[] }[] = [];
  private readonly helperCalls = new Map<number, HelperCall>();
  private readonly applies: { path: string; note: Note }[] = [];
  private readonly kept = new Set<string>();
  private readonly written = new Set<string>();
  private waits = false;
  private depth = 0;
  private steps = 0;
  private entries = 0;
  private exceeded = false;
  private readonly calls: ReadonlyMap<number, WskCall>;
  private readonly values: ValueReader;

  /**
   * Conditions tested more than once in the function: only those are worth remembering along a path
   * (`if (Secure) cache … if (Secure) release`); remembering every condition would split the paths of
   * independent tests into exponentially many states.
   */
  private readonly repeatedConditions: ReadonlySet<string>;
  private readonly parameters: ReadonlySet<string>;

  constructor(private readonly cfg: Cfg, private readonly context: EngineContext, private readonly options: PathOptions) {
    // A truncated CFG is not run: walking its function for names would be wasted.
    this.locals = cfg.truncated ? new Set() : localNames(cfg.definition);
    const seen = new Set<string>();
    const repeated = new Set<string>();
    for (const block of cfg.blocks) {
      for (const edge of block.successors) {
        if (!edge.condition || !edge.condition.value) continue;
        const text = conditionText(edge.condition.node);
        if (seen.has(text)) repeated.add(text);
        seen.add(text);
      }
    }
    this.repeatedConditions = repeated;
    // Only names are needed here: the file a Declaration records is not read.
    this.parameters = new Set(parameterDeclarations(cfg.definition, '').map((p) => p.name));
    this.calls = context.calls;
    this.values = context.values;
  }

  run(): FunctionPaths {
    const seen = new Map<number, Set<string>>();
    const pending = new Map<number, PathState[]>();
    const queue: Block[] = [this.cfg.entry];
    const initial = new PathState();
    for (const [path, facts] of this.context.entryFacts ?? []) initial.facts.set(`p:${path}`, facts);
    pending.set(this.cfg.entry.id, [initial]);
    if (this.cfg.truncated) this.exceeded = true;
    seen.set(this.cfg.entry.id, new Set());
    while (queue.length > 0 && !this.exceeded) {
      const block = queue.shift() as Block;
      const incoming = pending.get(block.id) ?? [];
      pending.delete(block.id);
      for (const start of incoming) {
        const state = start.clone();
        for (const element of block.elements) {
          if (++this.steps > this.options.maxSteps) this.exceeded = true;
          if (this.exceeded) break;
          this.element(element, state);
        }
        if (this.exceeded) break;
        for (const edge of block.successors) {
          const next = edge.condition ? this.refine(state, edge.condition.node, edge.condition.value) : state.clone();
          if (!next) continue;
          this.gc(next);
          this.charge(next);
          if (this.exceeded) break;
          const known = seen.get(edge.to.id) ?? new Set<string>();
          seen.set(edge.to.id, known);
          const key = next.key();
          if (known.has(key)) continue;
          if (known.size >= this.options.maxStatesPerBlock) {
            this.exceeded = true;
            break;
          }
          known.add(key);
          const list = pending.get(edge.to.id);
          if (list) list.push(next);
          else {
            pending.set(edge.to.id, [next]);
            queue.push(edge.to);
          }
        }
      }
    }
    const before = this.before;
    return {
      definition: this.cfg.definition,
      helperCalls: [...this.helperCalls.values()],
      applies: this.applies,
      kept: this.kept,
      written: this.written,
      waits: this.waits,
      budgetExceeded: this.exceeded,
      statesBefore: (call) => before.get(call.startIndex) ?? [],
      exits: this.exits,
      valueOf: (state, expression) => this.peek(state, expression),
      pointeeOf: (state, argument) => {
        const path = pointeePath(argument, (name) => this.values.types.isTypeName(name));
        return path === undefined ? undefined : state.read(path);
      },
    };
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
      const result = value ? this.evaluate(value, state) : UNKNOWN_VALUE;
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
        return plain ? value : UNKNOWN_VALUE;
      }
      case 'update_expression': {
        const argument = node.childForFieldName('argument');
        if (argument) this.write(argument, UNKNOWN_VALUE, state, node);
        return UNKNOWN_VALUE;
      }
      case 'call_expression':
        return this.call(node, state);
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
    return path !== undefined && (path.startsWith('*') || path.includes('->')) && this.parameters.has(rootOf(path));
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

  /** `irp->IoStatus.Information` after WskSocketConnect/WskAccept: the new, bound socket. */
  /**
   * `irp->IoStatus.Information`: what the last call given the IRP produced — after WskSocketConnect or
   * WskAccept a bound socket. Each run of that call produces a new value (a loop's next socket is not
   * the one bound in the round before).
   */
  private informationRead(path: string, state: PathState): string | undefined {
    const match = /^(.*)(?:->|\.)IoStatus\.Information$/.exec(path);
    if (!match) return undefined;
    const facts = state.factsOf(state.read(match[1]));
    if (facts.bornBound) {
      const value = `s:${facts.bornBound.call}`;
      if (!state.facts.has(value)) state.facts.set(value, { bound: facts.bornBound.note });
      return value;
    }
    return facts.irpOf === undefined ? undefined : `info:${facts.irpOf}`;
  }

  private nullValue(node: Node, state: PathState): string {
    const value = `null@${node.startIndex}`;
    state.facts.set(value, { isNull: { node, message: 'NULL assigned here' } });
    return value;
  }

  /** `&sdObject`: a descriptor that is provably not a cached copy. */
  private objectDescriptor(path: string, node: Node, state: PathState): string {
    const value = `obj:${path}@${node.startIndex}`;
    state.facts.set(value, { descriptor: { state: 'notCached', note: { node, message: `the address of the SECURITY_DESCRIPTOR object ${path}` } } });
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
    if (path !== RETURNED) this.written.add(path);
    if (isOutsideStorage(path, (name) => this.locals.has(name))) {
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

  /** A cached copy given to someone else is theirs to release. */
  private handOff(value: string, state: PathState, note: Note): void {
    const facts = state.facts.get(value);
    // Entry values too: a summary tells callers which of the values they hand in the function keeps.
    if (facts?.descriptor?.state === 'cached') {
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
    const args = node.childForFieldName('arguments')?.namedChildren.filter((a): a is Node => a !== null && a.type !== 'comment') ?? [];
    for (const arg of args) this.evaluate(arg, state);
    const result = `c:${node.startIndex}`;
    const wsk = this.calls.get(node.startIndex);
    if (wsk) {
      this.recordBefore(node, state);
      this.wskCall(wsk, node, state);
      return result;
    }
    const name = calleeText(node);
    if (name && IRP_ALLOCATORS.has(name)) {
      state.facts.set(result, { irpAlloc: { call: node.startIndex, note: { node, message: `${name} may fail and return NULL` } } });
      return result;
    }
    if (name && POOL_ALLOCATORS.has(name)) {
      state.facts.set(result, { descriptor: { state: 'notCached', note: { node, message: `allocated from pool by ${name}` }, call: node.startIndex } });
      return result;
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
    const summary = name ? this.context.summaries?.summaryOf(name, args.length) : undefined;
    if (summary) {
      this.recordBefore(node, state);
      this.applySummary(summary, node, args, state);
      return result;
    }
    // A function the analysis does not see into: what it is given may be kept, released, waited for.
    for (const arg of args) this.giveAway(arg, state, node);
    return UNKNOWN_VALUE;
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
    }
    for (const effect of summary.binds) {
      const mapped = map(effect.path);
      if (!mapped) continue;
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
    for (const effect of summary.releases) {
      const mapped = map(effect.path);
      if (!mapped) continue;
      const value = this.materialize(mapped, state, node);
      const facts = state.factsOf(value);
      const note = at(effect.note, `${summary.name} releases the copy`);
      state.facts.set(value, { ...facts, descriptor: { state: 'released', note, cachedAt: facts.descriptor?.cachedAt, maybe: effect.when === 'maybe' } });
    }
    // What it writes no longer holds what it held (effects above were on the values held at the call).
    for (const path of summary.writes) {
      const mapped = map(path);
      if (mapped && !summary.caches.some((c) => c.path === path)) this.assign(mapped, UNKNOWN_VALUE, state, node);
    }
    for (const effect of summary.caches) {
      const mapped = map(effect.path);
      if (!mapped) continue;
      const value = `o:${id}:${effect.path}`;
      const note = at(effect.note, `${summary.name} leaves a cached copy in ${mapped}`);
      state.facts.set(value, { descriptor: { state: 'cached', note, call: effect.when === 'success' ? id : undefined, cachedAt: note } });
      this.assign(mapped, value, state, node);
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
      ...(summary.returnsIrp ? { irpAlloc: { call: id, note: at(summary.returnsIrp, `${summary.name} may return NULL`) } } : {}),
      ...(summary.returnsCached ? { descriptor: { state: 'cached' as const, note: at(summary.returnsCached.note, `${summary.name} returns a cached copy`), call: summary.returnsCached.when === 'success' ? id : undefined } } : {}),
    };
    state.facts.set(`c:${id}`, result);
    if (summary.waits) this.completeAll(state);
  }

  private giveAway(arg: Node, state: PathState, call: Node): void {
    const addressed = addressedPath(arg, (name) => this.values.types.isTypeName(name));
    const path = addressed ?? accessPath(arg);
    if (!path || isConstantName(path)) return;
    const value = state.read(path);
    const note = { node: call, message: `given to ${calleeText(call) ?? 'a function'}` };
    this.handOff(value, state, note);
    const facts = state.factsOf(value);
    for (const call of [facts.irpOf, facts.statusOf?.call]) {
      if (call !== undefined) state.outcomes.set(call, { ...state.outcome(call), pending: 'done' });
    }
    if (addressed !== undefined) this.assign(addressed, UNKNOWN_VALUE, state, call);
  }

  /** Counts a state about to be keyed or kept against the budget of state entries. */
  private charge(state: PathState): void {
    this.entries += state.size();
    if (this.entries > this.options.maxStateEntries) this.exceeded = true;
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
    if (irpPath) {
      const irpValue = this.materialize(irpPath, state, node);
      const { bornBound: _previous, ...facts } = state.factsOf(irpValue);
      void _previous;
      const born = api.bornBound ? { bornBound: { call: id, note: note(api.name === 'WskAccept' ? 'the socket is accepted here and inherits the listening socket\'s binding' : 'the socket is created bound here') } } : {};
      state.facts.set(irpValue, { ...facts, irpOf: id, ...born });
    }

    const socket = arg('socket');
    const socketPath = socket ? accessPath(socket) : undefined;
    if (api.binds && socketPath) {
      const value = this.materialize(socketPath, state, node);
      const facts = state.factsOf(value);
      if (api.name === 'WskBind') state.facts.set(value, { ...facts, bindCall: { call: id, note: note('the socket is bound here') } });
      else state.facts.set(value, { ...facts, bound: note(`the socket is bound (${api.name} needs a bound socket)`) });
    }

    const descriptorArg = arg('descriptor');
    if (descriptorArg) this.use(this.peek(state, descriptorArg), id, note(`${api.name} takes the descriptor here`), api.name, state);

    const operation = call.operation;
    if (!operation) return;
    const input = call.arg('InputBuffer');
    const output = call.arg('OutputBuffer');
    const typeName = (name: string) => this.values.types.isTypeName(name);
    switch (operation.effect) {
      case 'applyDescriptor': {
        const path = input ? pointeePath(input, typeName) : undefined;
        if (path) this.use(state.read(path), id, note('SO_WSK_SECURITY applies the descriptor here'), 'the SO_WSK_SECURITY set', state);
        const socketValue = socketPath ? state.read(socketPath) : undefined;
        if (socketValue?.startsWith('p:') && !socketValue.includes('#') && !this.applies.some((a) => a.note.node.id === call.callee.id)) {
          this.applies.push({ path: socketValue.slice(2), note: note('SO_WSK_SECURITY is applied here') });
        }
        return;
      }
      case 'readDescriptor':
      case 'cacheDescriptor': {
        const path = output ? pointeePath(output, typeName) : undefined;
        if (!path) return;
        const value = `o:${id}`;
        const cachedAt = note(operation.effect === 'cacheDescriptor' ? 'the descriptor is cached here' : 'a cached copy is read back here');
        state.facts.set(value, { descriptor: { state: 'cached', note: cachedAt, call: id, cachedAt } });
        this.assign(path, value, state, node);
        return;
      }
      case 'releaseDescriptor': {
        const path = input ? pointeePath(input, typeName) : undefined;
        if (!path) return;
        const value = this.materialize(path, state, node);
        const facts = state.factsOf(value);
        state.facts.set(value, { ...facts, descriptor: { state: 'released', note: note('the copy is released here'), cachedAt: facts.descriptor?.cachedAt } });
        return;
      }
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

  /** A call whose IRP carries the descriptor (SO_WSK_SECURITY set, WskSocket): it must outlive the IRP. */
  private use(value: string, call: CallId, note: Note, label: string, state: PathState): void {
    if (value === UNKNOWN_VALUE) return;
    const facts = state.factsOf(value);
    state.facts.set(value, { ...facts, usedBy: [...(facts.usedBy ?? []).filter((u) => u.call !== call), { call, note, label }] });
  }

  // -------------------------------------------------------------------------------------------------
  // Conditions

  /** The state on an edge that assumes `condition` is `value`; undefined when that cannot happen. */
  private refine(source: PathState, condition: Node, value: boolean): PathState | undefined {
    const state = source.clone();
    const node = unparenthesize(condition);
    const decided = this.decide(state, node, value);
    if (decided === false) return undefined;
    state.trail.push({ node, message: `${value ? 'taking' : 'not taking'} this branch` });
    if (decided === undefined && (this.repeatedConditions.has(conditionText(node)) || this.testsParameter(node))) {
      const text = node.text.replace(/\s+/g, '');
      const known = state.conditions.get(text);
      if (known && known.value !== value) return undefined;
      state.conditions.set(text, { value, names: identifiersOf(text) });
    }
    return state;
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
      if (facts.isNull || facts.irpAlloc || facts.descriptor) return this.nullness(state, subject, !value);
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
    if (facts.irpAlloc) return this.setOutcome(state, facts.irpAlloc.call, { failed: isNull });
    const descriptor = facts.descriptor;
    if (descriptor?.state === 'cached' && descriptor.call !== undefined) return this.setOutcome(state, descriptor.call, { failed: isNull });
    if (descriptor?.state === 'notCached' && descriptor.call !== undefined) return this.setOutcome(state, descriptor.call, { failed: isNull });
    if (descriptor?.state === 'released') return isNull ? false : true;
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
   * Forgets the facts of values nobody can reach any more (so that paths which differ only in them
   * merge), but never a cached copy: a copy nobody holds is a leak. Entry values (`p:`) stay reachable
   * through their path.
   */
  private gc(state: PathState): void {
    // A path that holds nothing known reads like one never touched (its entry value, without facts).
    for (const [path, value] of state.env) {
      if (value === UNKNOWN_VALUE && path !== RETURNED && !path.includes('#') && !state.facts.has(`p:${path}`)) state.env.delete(path);
    }
    const held = new Set(state.env.values());
    for (const [value, facts] of state.facts) {
      if (held.has(value) || value.startsWith('p:') || facts.descriptor?.state === 'cached') continue;
      state.facts.delete(value);
    }
    // Outcomes of calls no remaining fact refers to are forgotten too.
    const referenced = new Set<CallId>();
    for (const facts of state.facts.values()) {
      for (const call of [facts.bindCall?.call, facts.descriptor?.call, facts.irpAlloc?.call, facts.statusOf?.call, facts.irpOf, facts.successOf, facts.bornBound?.call, ...(facts.usedBy ?? []).map((u) => u.call)]) {
        if (call !== undefined) referenced.add(call);
      }
    }
    for (const call of [...state.outcomes.keys()]) if (!referenced.has(call)) state.outcomes.delete(call);
  }
}

/** A condition's text with `!` and comparisons to NULL normalised away, to find the same test written twice. */
function conditionText(node: Node): string {
  return node.text.replace(/\s+/g, '').replace(/^!+/, '').replace(/(?:[!=]=(?:NULL|0|FALSE|TRUE))$/, '');
}

function calleeNode(call: Node): Node | undefined {
  const fn = call.childForFieldName('function');
  if (!fn) return undefined;
  const target = unparenthesize(fn);
  if (target.type === 'identifier') return target;
  if (target.type === 'field_expression') return target.childForFieldName('field') ?? undefined;
  return undefined;
}

function calleeText(call: Node): string | undefined {
  const fn = call.childForFieldName('function');
  if (!fn) return undefined;
  const target = unparenthesize(fn);
  if (target.type === 'identifier') return target.text;
  if (target.type === 'field_expression') return target.childForFieldName('field')?.text;
  return undefined;
}

/** Whether a value of this type may be an IRP or a descriptor (unknown types may). */
function mayHoldTracked(type: CType): boolean {
  if (type.kind === 'unknown') return true;
  if (type.kind !== 'pointer') return false;
  if (isIrpPointer(type) || isDescriptorPointer(type)) return true;
  return type.to.kind === 'void' || type.to.kind === 'unknown';
}

/** An ALL_CAPS name with no access in it (`STATUS_UNSUCCESSFUL`, `TRUE`): a constant, not an object. */
function isConstantName(path: string): boolean {
  return /^[A-Z][A-Z0-9_]*$/.test(path);
}

function isNullConstant(node: Node): boolean {
  return node.type === 'null' || (node.type === 'identifier' && node.text === 'NULL') || (node.type === 'number_literal' && /^0+$/.test(node.text));
}

function isConstantSide(node: Node): boolean {
  const core = unparenthesize(node);
  return isNullConstant(core) || core.type === 'number_literal' || core.type === 'true' || core.type === 'false' || (core.type === 'identifier' && /^(?:STATUS_[A-Z_]+|NULL|TRUE|FALSE)$/.test(core.text));
}

function innermostName(declarator: Node): string | undefined {
  let node: Node | null = declarator;
  while (node && node.type !== 'identifier') node = node.childForFieldName('declarator') ?? (node.type === 'parenthesized_declarator' ? node.firstNamedChild : null);
  return node?.text;
}

/** Parameters and locals of a function (anything declared inside it). */
export function localNames(definition: Node): Set<string> {
  const names = new Set<string>();
  for (const declarator of definition.descendantsOfType(['parameter_declaration', 'declaration'])) {
    if (!declarator) continue;
    for (const d of declarator.childrenForFieldName('declarator')) {
      const name = d ? innermostName(d.type === 'init_declarator' ? (d.childForFieldName('declarator') ?? d) : d) : undefined;
      if (name) names.add(name);
    }
  }
  return names;
}
