// The workspace seen as one program: which function each name calls (callGraph.ts), what each function
// does to what it is handed (summaries, bottom-up over the call graph, recursion cut), the path
// engine's results per function, event callbacks registered in client dispatch tables (eventCallbacks.ts), and which
// descriptor fields and globals are released anywhere. Everything is computed on first use and thrown
// away when any file changes (a new Program is made for the next generation); after an edit inside the
// body of one function, the next program takes over the forwards of the functions it cannot affect
// (programMemory.ts), and a file's wrapper calls are found per function (callsIn), for the functions asked.

import type { Node } from '../parse/treeSitter';
import { ACCEPT_EVENT_CALLBACK, KERNEL_FUNCTIONS, OBJECT_KINDS, OPERATIONS, WSK_NAMES } from '../wsk/api';
import type { ObjectKindName } from '../wsk/api';
import { KERNEL_NAMES, MDL_FREES, POOL_FREES, WAITS } from '../wsk/kernel';
import { IRQL_ROUTINES } from '../wsk/irql';
import type { WskCall } from './calls';
import { buildCfg } from './cfg';
import { copiesIn } from './copies';
import { localNames, parameterDeclarations } from './declarations';
import type { Declaration, FileDeclarations } from './declarations';
import type { Facts, FunctionPaths, Note } from './paths';
import { analyzePaths } from './paths';
import type { MemoryFree, Summary, SummaryProvider } from './summary';
import { entryParamPath, partialSummary, summarize, wrapperSummary } from './summaries';
import { memoryFreesOf } from './memoryFrees';
import { findForwards, forwardedCall } from './forwarding';
import type { Binding, Forward } from './forwarding';
import type { WrapperSpec } from './config';
import { declaratorName, functionName, stripCasts } from './syntax';
import { Roles, routineOf, setCallsIn } from './roles';
import type { RoleSource } from './roles';
import { Irql } from './irql';
import { EventCallbacks } from './eventCallbacks';
import type { ValueReader } from './values';
import { CallGraph } from './callGraph';
import type { Callee } from './callGraph';
import type { Inherited, ProgramMemory } from './programMemory';

/** What the program reads of each file. */
export interface ProgramFile {
  readonly path: string;
  readonly view: string;
  readonly root: Node;
  readonly calls: readonly WskCall[];
  readonly values: ValueReader;
  readonly declarations: FileDeclarations;
  /** The calls each function makes by name, kept with the file while it does not change. */
  readonly callees: Map<number, Callee[]>;
  /** The IRQL annotations that masking blanked, by their offset in the view (see irql.ts). */
  readonly irqlAnnotations?: readonly { readonly name: string; readonly argument: string; readonly at: number }[];
}

/** What the helpers a function calls do, as far as the rules care (a returned object counts as created). */
export type HelperEffect = 'binds' | 'applies' | `creates ${ObjectKindName}` | `ends ${ObjectKindName}`;

/** A function the rules look at. */
export interface FunctionInfo {
  readonly definition: Node;
  /** Its WSK calls. */
  readonly calls: readonly WskCall[];
  /** What the helpers it calls do. */
  readonly helperEffects: ReadonlySet<HelperEffect>;
  /** It is registered as a WskAcceptEvent callback (its AcceptSocket is its own on success). */
  readonly acceptCallback?: boolean;
  /** It is registered as an event callback of some slot (eventCallbacks.ts tells which). */
  readonly eventCallback?: boolean;
}

/**
 * A function that passes its parameters on to more WSK calls than this is no thin wrapper: its calls
 * are checked in its own body, and its callers see none of them (each call site would otherwise repeat
 * them all: a generated function of 7,000 calls, called 12 times, made 84,000).
 */
const MAX_FORWARDS = 64;

/**
 * Names whose mention (in a function's text, or that of a function it calls) makes the analysis read the
 * function from its callers: its summary (see isRelevant), or the locks it takes or gives back (irql.ts).
 */
export const FOLLOWED_NAMES: readonly string[] = [...WSK_NAMES, ...KERNEL_NAMES, ...MDL_FREES, ...POOL_FREES, ...IRQL_ROUTINES.map((routine) => routine.name)].filter((n) => n !== 'NULL');
const WSK_NAMED = new RegExp(`\\b(?:${WSK_NAMES.join('|')})\\b`);
const KERNEL_NAMED = new RegExp(`\\b(?:${[...KERNEL_NAMES].filter((n) => n !== 'NULL').join('|')})\\b`);

/** Routines that free or unlock memory a WSK request may use (Summary.freesMemory). */
const FREE_NAMED = new RegExp(`\\b(?:${[...MDL_FREES, ...POOL_FREES].join('|')})\\b`);

const WAIT_NAMED = new RegExp(`\\b(?:${[...WAITS].join('|')})\\b`);

/** Routines that make an IRP whose setup or NULL-ness the engine knows (allocators, IoReuseIrp, IoInitializeIrp). */
const IRP_SETUP_NAMES = new RegExp(`\\b(?:${[...new Set([
  ...(OBJECT_KINDS.find((kind) => kind.name === 'irp')?.births.map((b) => b.function) ?? []),
  ...KERNEL_FUNCTIONS.filter((fn) => fn.irpSetup === 'reinitialises').map((fn) => fn.name),
])].join('|')})\\b`);

/**
 * Names behind the descriptor effects (the control codes): the helpers a descriptor fix can call name
 * one, and files naming one depend on each other (whether a field is released anywhere is a
 * workspace-wide fact).
 */
export const DESCRIPTOR_CODES = new RegExp(`\\b(?:${[...new Set(OPERATIONS.map((op) => op.controlCode))].join('|')})\\b`);

/** Names behind the effects the rules follow through helpers: descriptor control codes, object routines. */
const OBJECT_NAMES = new RegExp(`\\b(?:${[...new Set([
  ...OPERATIONS.map((op) => op.controlCode),
  ...OBJECT_KINDS.flatMap((kind) => [...kind.births.map((b) => b.function), ...kind.ends.map((e) => e.function)]),
])].join('|')})\\b`);

export class Program implements SummaryProvider, RoleSource {
  private readonly functions = new Map<string, { file: ProgramFile; definition: Node }>();
  private readonly paths = new Map<string, FunctionPaths>();
  private readonly summaries = new Map<string, Summary | null>();
  /** Per completion routine: the functions setting it. */
  private readonly routineSetters = new Map<string, Set<string>>();
  private readonly graph: CallGraph;
  private relevant: Set<string> | undefined;
  private readonly inProgress = new Set<string>();
  /** Per function name: what it frees of what it is handed, when it has no summary (null while being computed). */
  private readonly frees = new Map<string, readonly MemoryFree[] | null>();
  private callbackView: EventCallbacks | undefined;
  private readonly tripped: { file: string; definition: Node; paths: FunctionPaths }[] = [];
  private released: Set<string> | undefined;
  /** Per function name: what it passes on to WSK calls (null while being computed). */
  private readonly forwards = new Map<string, readonly Forward[] | null>();
  /**
   * The functions whose forwards were found with a recursion cut on the way (depending on which
   * function of the cycle was asked first): never taken over by the next program (see forwardsBefore).
   */
  private readonly forwardsCut = new Set<string>();
  /** The functions whose forwards are being found, innermost last. */
  private readonly forwarding: string[] = [];
  /** How many functions' forwards were taken over from the program before (for tests and traces). */
  inheritedForwards = 0;
  private readonly callsByFile = new Map<string, readonly WskCall[]>();
  private readonly callsByDefinition = new Map<string, FileCalls>();
  private roleView: Roles | undefined;
  /** mayKnowIrp's answers by definition (asked for each IRP-taking call of a function). */
  private readonly irpKnown = new Map<number, boolean>();
  private irqlView: Irql | undefined;
  private routineNames: Set<string> | undefined;

  /** Of the program before (see Inherited): the functions whose facts cannot be taken over, and the file's calls by node. */
  private unstable: ReadonlySet<string> | undefined;
  private inheritedCalls: Map<number, WskCall> | undefined;

  /**
   * `releasedEverywhere`: when the files are only part of the program (the CLI's worker threads), what
   * the whole program releases (as releasedBy tells it), which then answers releasedAnywhere.
   * `previous`: what the program of the generation before found (its memory), when the only change
   * since is an edit inside the body of one function of one file (see Inherited): what it found of the
   * functions the edit cannot affect is taken over instead of worked out again.
   */
  constructor(
    readonly files: readonly ProgramFile[],
    private readonly wrappers: Readonly<Record<string, WrapperSpec>> = {},
    private readonly releasedEverywhere: () => ReadonlySet<string> | undefined = () => undefined,
    private previous?: Inherited,
  ) {
    for (const file of files) {
      for (const [name, definition] of file.declarations.functions) if (!this.functions.has(name)) this.functions.set(name, { file, definition });
    }
    this.graph = new CallGraph(this.functions);
  }

  /**
   * What the next program may take over from this one (see Inherited): kept when a file changes, while
   * the program itself (every path and summary) goes. Undefined before relevance was worked out.
   */
  memory(): ProgramMemory | undefined {
    if (!this.relevant) return undefined;
    return { files: this.files, functions: this.functions, forwards: this.forwards, forwardsCut: this.forwardsCut, relevant: this.relevant };
  }

  /** Drops the memory of the program before (its forwards and the edited file's last analysis): once the edit's analysis is made. */
  forgetPrevious(): void {
    this.previous = undefined;
    this.inheritedCalls = undefined;
  }

  /** The path engine's results for a function (computed once). */
  pathsOf(file: ProgramFile, definition: Node): FunctionPaths {
    const key = `${file.path}#${definition.startIndex}`;
    let result = this.paths.get(key);
    if (!result) {
      const byNode = new Map<number, WskCall>();
      // A wrapper call stands for the WSK call the caller chooses the operation of, if any; a real one wins.
      const own = this.callsIn(file, definition);
      for (const call of [...own.filter((c) => c.via && !c.operation), ...own.filter((c) => c.via && c.operation), ...own.filter((c) => !c.via)]) byNode.set(call.node.startIndex, call);
      result = analyzePaths(buildCfg(definition), { calls: byNode, values: file.values, summaries: this, entryFacts: this.entryFacts(definition, file) });
      this.paths.set(key, result);
      if (result.budgetExceeded || result.incomplete) this.tripped.push({ file: file.path, definition, paths: result });
    }
    return result;
  }

  /**
   * Functions not fully analysed: their paths exceeded the budget (path rules stay silent), or some
   * were left out (findings hold for the paths followed).
   */
  budgetTrips(file: string): { definition: Node; paths: FunctionPaths }[] {
    return this.tripped.filter((trip) => trip.file === file);
  }

  /** `routine`: the summary of a completion routine too, which no WSK call's function calls (so is not relevant for the engine). */
  summaryOf(name: string, argumentCount: number, routine = false): Summary | undefined {
    const target = this.functions.get(name);
    const wrapper = Object.prototype.hasOwnProperty.call(this.wrappers, name) ? this.wrappers[name] : undefined;
    if (!target && wrapper) return wrapperSummary(name, wrapper);
    if (!target || !(this.isRelevant(name) || (routine && this.settersOf(name).size > 0))) return undefined;
    const params = parameterDeclarations(target.definition, target.file.path).map((p) => p.name);
    if (params.length !== argumentCount) return undefined;
    const cached = this.summaries.get(name);
    if (cached !== undefined) return cached ?? undefined;
    if (this.inProgress.has(name)) return undefined; // recursion: the inner call stays opaque
    this.inProgress.add(name);
    try {
      const paths = this.pathsOf(target.file, target.definition);
      const locals = localNames(target.definition);
      const isLocal = (local: string) => locals.has(local);
      const copies = copiesIn(target.definition);
      const whole = paths.budgetExceeded ? null : summarize(name, target.file.path, paths, params, isLocal, copies);
      const partial = whole && paths.incomplete ? partialSummary(whole, target.definition, params, isLocal, copies) : whole;
      const frees = partial ? this.freesIn(name, target, paths, params) : [];
      const summary = partial && frees.length > 0 ? { ...partial, freesMemory: frees } : partial;
      this.summaries.set(name, summary);
      return summary ?? undefined;
    } finally {
      this.inProgress.delete(name);
    }
  }

  /** Whether a function of the workspace (or one it calls) names a routine that frees or unlocks memory. */
  mayFreeMemory(name: string): boolean {
    return this.functions.has(name) && this.mentions(name, FREE_NAMED);
  }

  /** What a function frees or unlocks of what it is handed (Summary.freesMemory), whether it has a summary or not. */
  memoryFreesOf(name: string, argumentCount: number): readonly MemoryFree[] {
    if (!this.mayFreeMemory(name)) return [];
    const summary = this.summaryOf(name, argumentCount);
    if (summary) return summary.freesMemory ?? [];
    const known = this.frees.get(name);
    if (known !== undefined) return known ?? [];
    const target = this.functions.get(name) as { file: ProgramFile; definition: Node };
    const params = parameterDeclarations(target.definition, target.file.path).map((p) => p.name);
    if (params.length !== argumentCount || this.inProgress.has(name)) return [];
    this.frees.set(name, null); // recursion: the inner call frees nothing
    const paths = this.pathsOf(target.file, target.definition);
    const result = paths.budgetExceeded ? [] : this.freesIn(name, target, paths, params);
    this.frees.set(name, result);
    return result;
  }

  private freesIn(name: string, target: { file: ProgramFile; definition: Node }, paths: FunctionPaths, params: readonly string[]): MemoryFree[] {
    if (!this.mentions(name, FREE_NAMED)) return [];
    const locals = localNames(target.definition);
    const isLocal = (local: string) => locals.has(local);
    return memoryFreesOf(paths, target.file.path, (value) => entryParamPath(value, params, isLocal, copiesIn(target.definition)), (type) => target.file.values.types.isTypeName(type), {
      freesOf: (callee, count) => this.memoryFreesOf(callee, count),
      waitsIn: (callee) => (this.functions.has(callee) ? this.mentions(callee, WAIT_NAMED) : undefined),
    });
  }

  /** Where functions and regions may run at DISPATCH_LEVEL, and what blocks there (computed on first use). */
  irql(): Irql {
    this.irqlView ??= new Irql(this);
    return this.irqlView;
  }

  /** The functions a definition calls by name, with their arguments. */
  callees(definition: Node): readonly Callee[] {
    return this.graph.calleesOf(definition);
  }

  /** What functions are to the I/O manager (completion routines, dispatch routines), computed on first use. */
  roles(): Roles {
    this.roleView ??= new Roles(this);
    return this.roleView;
  }

  /**
   * Whether a function may hold an IRP whose setup or NULL-ness its paths can know: it, or a function it
   * calls, allocates, reuses or initialises one (elsewhere every IRP is one handed in: unknown).
   */
  mayKnowIrp(definition: Node): boolean {
    let known = this.irpKnown.get(definition.id);
    if (known === undefined) {
      const name = functionName(definition);
      known = name === undefined || this.functions.get(name)?.definition.id !== definition.id || this.mentions(name, IRP_SETUP_NAMES)
        // A declared wrapper (`returnsIrp`) has no body to name one.
        || this.graph.calleesOf(definition).some((callee) => Object.prototype.hasOwnProperty.call(this.wrappers, callee.name));
      this.irpKnown.set(definition.id, known);
    }
    return known;
  }

  settersOf(routine: string): ReadonlySet<string> {
    this.completionRoutineNames();
    return this.routineSetters.get(routine) ?? new Set();
  }

  /** These functions and their callers, transitively (over the call graph by name). */
  withCallers(names: Iterable<string>): ReadonlySet<string> {
    return this.graph.withCallers(names);
  }

  definitionOf(name: string): { file: ProgramFile; definition: Node } | undefined {
    return this.functions.get(name);
  }

  /**
   * The functions of a file the rules look at: those with WSK calls, those calling a helper whose
   * summary does something the rules follow, those setting a completion routine, and the routines set.
   * `only`: just these definitions (by id), the others of the file left alone (see reuse.ts).
   */
  functionsOf(file: ProgramFile, only?: ReadonlySet<number>): FunctionInfo[] {
    const result = new Map<number, { definition: Node; calls: WskCall[]; helperEffects: Set<HelperEffect>; acceptCallback?: boolean; eventCallback?: boolean }>();
    const skip = (definition: Node) => only !== undefined && !only.has(definition.id);
    for (const call of this.callsOf(file, only)) {
      if (!call.inFunction || skip(call.inFunction)) continue;
      const entry = result.get(call.inFunction.id) ?? { definition: call.inFunction, calls: [], helperEffects: new Set<HelperEffect>() };
      entry.calls.push(call);
      result.set(call.inFunction.id, entry);
    }
    const eventCallbacks = this.eventCallbacks();
    for (const definition of file.declarations.functions.values()) {
      // An event callback has a contract of its own (an accept callback owns the socket it is handed),
      // even when it calls nothing.
      if (skip(definition)) continue;
      const registrations = eventCallbacks.registrationsOfDefinition(definition, file.path);
      if (registrations.length === 0) continue;
      const entry = result.get(definition.id) ?? { definition, calls: [], helperEffects: new Set<HelperEffect>() };
      entry.eventCallback = true;
      if (registrations.some((registration) => registration.slot === ACCEPT_EVENT_CALLBACK.name)) entry.acceptCallback = true;
      result.set(definition.id, entry);
    }
    for (const definition of file.declarations.functions.values()) {
      if (skip(definition)) continue;
      const effects = new Set<HelperEffect>();
      for (const { name, count } of this.graph.calleesOf(definition)) for (const effect of this.effectsOf(name, count)) effects.add(effect);
      if (effects.size === 0) continue;
      const entry = result.get(definition.id) ?? { definition, calls: [], helperEffects: effects };
      for (const effect of effects) entry.helperEffects.add(effect);
      result.set(definition.id, entry);
    }
    for (const { inFunction } of setCallsIn(file)) {
      if (!result.has(inFunction.id) && !skip(inFunction)) result.set(inFunction.id, { definition: inFunction, calls: [], helperEffects: new Set() });
    }
    for (const name of this.completionRoutineNames()) {
      const target = this.functions.get(name);
      if (target?.file === file && !result.has(target.definition.id) && !skip(target.definition)) result.set(target.definition.id, { definition: target.definition, calls: [], helperEffects: new Set() });
    }
    return [...result.values()];
  }

  /**
   * The WSK calls of a file: its own, and the calls of wrappers that pass some of the caller's
   * arguments on to a WSK call (checked as that call, see forwarding.ts). `only`: those outside any
   * function and those of these definitions (by id), the wrappers the others call left alone.
   */
  callsOf(file: ProgramFile, only?: ReadonlySet<number>): readonly WskCall[] {
    const cached = this.callsByFile.get(file.path);
    if (cached) return only ? cached.filter((call) => !call.inFunction || only.has(call.inFunction.id)) : cached;
    const result: WskCall[] = file.calls.filter((call) => !only || !call.inFunction || only.has(call.inFunction.id));
    for (const definition of file.declarations.functions.values()) {
      if (!only || only.has(definition.id)) result.push(...this.forwardedIn(file, definition));
    }
    result.sort((a, b) => a.node.startIndex - b.node.startIndex);
    if (!only) this.callsByFile.set(file.path, result);
    return result;
  }

  /** The calls of one function of a file, as callsOf tells them (computed per function: an edit's analysis asks only a few). */
  callsIn(file: ProgramFile, definition: Node): readonly WskCall[] {
    const byDefinition = this.fileCalls(file);
    let calls = byDefinition.calls.get(definition.id);
    if (!calls) {
      calls = [...(byDefinition.direct.get(definition.id) ?? []), ...this.forwardedIn(file, definition)].sort((a, b) => a.node.startIndex - b.node.startIndex);
      byDefinition.calls.set(definition.id, calls);
    }
    return calls;
  }

  /** The calls a function makes through wrappers of the workspace, each as the WSK call the wrapper makes (made once per function). */
  private forwardedIn(file: ProgramFile, definition: Node): readonly WskCall[] {
    const byDefinition = this.fileCalls(file);
    let forwarded = byDefinition.forwarded.get(definition.id);
    if (forwarded) return forwarded;
    const found: WskCall[] = [];
    // Only a function the file declares by its name forwards (one of two of the same name does not).
    if (byDefinition.declared.has(definition)) {
      for (const callee of this.graph.calleesOf(definition)) {
        if (byDefinition.directIds.has(callee.node.id) || !this.functions.has(callee.name)) continue;
        const name = callee.node.childForFieldName('function') ?? callee.node;
        for (const forward of this.forwardsOf(callee.name, callee.count) ?? []) {
          found.push(forwardedCall(forward, callee.name, callee.node, name, definition, file.values));
        }
      }
    }
    byDefinition.forwarded.set(definition.id, found);
    return found;
  }

  /** A file's own WSK calls by the function they are in, and what callsIn and forwardedIn found so far. */
  private fileCalls(file: ProgramFile): FileCalls {
    let known = this.callsByDefinition.get(file.path);
    if (!known) {
      const direct = new Map<number, WskCall[]>();
      for (const call of file.calls) {
        if (!call.inFunction) continue;
        const list = direct.get(call.inFunction.id);
        if (list) list.push(call);
        else direct.set(call.inFunction.id, [call]);
      }
      known = { direct, directIds: new Set(file.calls.map((call) => call.node.id)), declared: new Set(file.declarations.functions.values()), calls: new Map(), forwarded: new Map() };
      this.callsByDefinition.set(file.path, known);
    }
    return known;
  }

  /** What a function passes on to WSK calls unchanged (undefined while it is being computed: recursion). */
  forwardsOf(name: string, count: number): readonly Forward[] | undefined {
    const target = this.functions.get(name);
    if (!target || !this.isRelevant(name)) return [];
    if (parameterDeclarations(target.definition, target.file.path).length !== count) return [];
    const known = this.forwards.get(name);
    if (known === null || (known && this.forwardsCut.has(name))) for (const outer of this.forwarding) this.forwardsCut.add(outer);
    if (known === null) return undefined;
    if (known) return known;
    const inherited = this.forwardsBefore(name, target.definition);
    if (inherited) {
      this.inheritedForwards++;
      this.forwards.set(name, inherited);
      return inherited;
    }
    this.forwards.set(name, null);
    this.forwarding.push(name);
    const source = {
      definition: target.definition,
      file: target.file.path,
      values: target.file.values,
      calls: target.file.calls.filter((call) => call.inFunction?.id === target.definition.id),
      callees: this.graph.calleesOf(target.definition),
    };
    let found: Forward[];
    try {
      found = findForwards(source, (callee, argumentCount) => this.forwardsOf(callee, argumentCount));
    } finally {
      this.forwarding.pop();
    }
    // Through a recursion what a function forwards would depend on which function of the cycle was
    // asked first (the one in progress answers nothing): a function whose forwards reached one keeps
    // only its own WSK calls', whichever order the workspace or a worker's part asks them in.
    if (this.forwardsCut.has(name)) found = findForwards(source, () => []);
    const kept = found.length > MAX_FORWARDS ? [] : found;
    this.forwards.set(name, kept);
    return kept;
  }

  /**
   * Whether the field or global an expression stores into (`&Ctx->CachedSd`, `&g_Sd`) is released
   * somewhere in the workspace, directly or through a release helper. Fields are told apart by their
   * struct where the types resolve (`LISTENER::CachedSd`), by name alone where they do not.
   */
  releasedAnywhere(storage: Node, values: ValueReader): boolean {
    const released = this.releasedEverywhere() ?? (this.released ??= this.collectReleased(this.files));
    const key = storageKey(storage, values);
    if (!key) return true;
    if (released.has(key)) return true;
    const [record, name] = key.split('::');
    if (released.has(`?::${name}`)) return true;
    return record === '?' && [...released].some((item) => item.endsWith(`::${name}`));
  }

  /** The storage (as releasedAnywhere keys it) that the functions of these files release, directly or through helpers. */
  releasedBy(paths: ReadonlySet<string>): Set<string> {
    return this.collectReleased(this.files.filter((file) => paths.has(file.path)));
  }

  // -------------------------------------------------------------------------------------------------

  /**
   * A function's forwards as the program before found them. They depend on its body, on the forwards
   * of the functions it calls and on which functions are relevant: they stand for a function whose
   * definition is the same node as before when none it calls (transitively) was edited, added or
   * removed, and none of them changed relevance. Its file's calls and values are this program's.
   */
  private forwardsBefore(name: string, definition: Node): readonly Forward[] | undefined {
    const previous = this.previous;
    const known = previous?.memory.forwards.get(name);
    if (!previous || !known || previous.memory.forwardsCut.has(name) || previous.memory.functions.get(name)?.definition !== definition || this.unstableNames().has(name)) return undefined;
    const values = (reader: ValueReader) => (reader === previous.values.before ? previous.values.now : reader);
    const moved: Forward[] = [];
    for (const forward of known) {
      let inner: WskCall | undefined = forward.inner;
      if (forward.file === previous.file) {
        this.inheritedCalls ??= new Map(previous.calls.map((call) => [call.node.id, call]));
        inner = this.inheritedCalls.get(forward.inner.node.id);
        if (inner?.node !== forward.inner.node) return undefined;
      }
      const bindings = new Map<string, Binding>();
      for (const [param, binding] of forward.bindings) bindings.set(param, 'node' in binding ? { ...binding, values: values(binding.values) } : binding);
      moved.push({ ...forward, inner, values: values(forward.values), bindings });
    }
    return moved;
  }

  /** The functions edited, added or removed since the program before, those whose relevance changed, and their callers. */
  private unstableNames(): ReadonlySet<string> {
    if (this.unstable) return this.unstable;
    const before = this.previous?.memory;
    const changed: string[] = [];
    for (const [name, { definition }] of this.functions) {
      if (before?.functions.get(name)?.definition !== definition || before.relevant.has(name) !== this.isRelevant(name)) changed.push(name);
    }
    for (const name of before?.functions.keys() ?? []) if (!this.functions.has(name)) changed.push(name);
    this.unstable = this.withCallers(changed);
    return this.unstable;
  }

  private effectsOf(name: string, count: number): HelperEffect[] {
    if (!this.mayHaveEffects(name)) return [];
    const summary = this.summaryOf(name, count);
    if (!summary) return [];
    const effects: HelperEffect[] = [];
    if (summary.binds.length > 0) effects.push('binds');
    if (summary.applies.length > 0) effects.push('applies');
    for (const effect of [...summary.creates, ...(summary.returns ? [summary.returns] : [])]) effects.push(`creates ${effect.kind}`);
    for (const effect of summary.ends) effects.push(`ends ${effect.kind}`);
    for (const effect of summary.failsHolding ?? []) effects.push(`creates ${effect.kind}`);
    return [...new Set(effects)];
  }

  /**
   * A cheap, textual first look: a helper can only make, end or apply what it (or a function it calls)
   * names: a descriptor control code, or a routine of the API table's objects.
   */
  private mayHaveEffects(name: string): boolean {
    if (!this.functions.has(name) && Object.prototype.hasOwnProperty.call(this.wrappers, name)) return true;
    return this.mentions(name, OBJECT_NAMES);
  }

  /**
   * The functions of the workspace whose summary may say something about descriptors (they, or what
   * they call, name a descriptor control code), with their parameters: the helpers a fix can call.
   */
  descriptorHelpers(): { name: string; params: Declaration[]; summary: Summary }[] {
    const helpers: { name: string; params: Declaration[]; summary: Summary }[] = [];
    for (const [name, { file, definition }] of this.functions) {
      if (!this.mentions(name, DESCRIPTOR_CODES)) continue;
      const params = parameterDeclarations(definition, file.path);
      const summary = this.summaryOf(name, params.length);
      if (summary) helpers.push({ name, params, summary });
    }
    return helpers;
  }

  /** Whether calls to this function see its summary (its body reaches WSK or a tracked kernel routine). */
  isSummarised(name: string): boolean {
    return this.functions.has(name) ? this.isRelevant(name) : Object.prototype.hasOwnProperty.call(this.wrappers, name);
  }

  /**
   * A function is worth summarising when it is part of the WSK program: it, or a function it calls,
   * names WSK; or a function of the WSK program calls it and it (or a function it calls) names a
   * tracked kernel routine (a helper allocating the IRP a WSK call takes). A file system's IRP
   * handling in the same tree names the kernel routines too, but nothing of it reaches WSK.
   */
  private isRelevant(name: string): boolean {
    if (!this.relevant) {
      const kernel = this.graph.mentioning(KERNEL_NAMED);
      const relevant = new Set(this.graph.mentioning(WSK_NAMED));
      const queue = [...relevant];
      while (queue.length > 0) {
        for (const callee of this.graph.calls().get(queue.pop() as string) ?? []) {
          if (relevant.has(callee.name) || !kernel.has(callee.name)) continue;
          relevant.add(callee.name);
          queue.push(callee.name);
        }
      }
      this.relevant = relevant;
    }
    return this.relevant.has(name);
  }

  /** Whether a function's text, or that of a function it calls (transitively), matches `names`. */
  private mentions(name: string, names: RegExp): boolean {
    return this.graph.mentioning(names).has(name);
  }

  /** The files defining a function that some IoSetCompletionRoutine[Ex] of the workspace names as its routine. */
  completionRoutineFiles(): ReadonlySet<string> {
    const files = new Set<string>();
    for (const name of this.completionRoutineNames()) {
      const target = this.functions.get(name);
      if (target) files.add(target.file.path);
    }
    return files;
  }

  /** The functions some IoSetCompletionRoutine[Ex] of the workspace names as its routine. */
  private completionRoutineNames(): Set<string> {
    if (this.routineNames) return this.routineNames;
    this.routineNames = new Set();
    for (const file of this.files) {
      for (const { call, inFunction } of setCallsIn(file)) {
        const name = functionName(inFunction);
        const routine = routineOf(call);
        if (!routine || !name || this.functions.get(name)?.definition.id !== inFunction.id) continue;
        this.routineNames.add(routine);
        const setters = this.routineSetters.get(routine);
        if (setters) setters.add(name);
        else this.routineSetters.set(routine, new Set([name]));
      }
    }
    return this.routineNames;
  }

  /** Accept callbacks get an accepted, already-bound socket as their AcceptSocket parameter. */
  private entryFacts(definition: Node, file: ProgramFile): Map<string, Facts> | undefined {
    const name = functionName(definition);
    const registration = this.eventCallbacks().registrationsOfDefinition(definition, file.path).find((r) => r.slot === ACCEPT_EVENT_CALLBACK.name)?.note;
    if (!name || !registration) return undefined;
    const index = ACCEPT_EVENT_CALLBACK.params.findIndex((p) => p.role === 'socket');
    const param = parameterDeclarations(definition, file.path)[index];
    if (!param) return undefined;
    const node = declaratorName(param.declarator) ?? param.declarator;
    const accepted: Note = { node, message: `the socket is accepted (${name} is registered as WskAcceptEvent) and inherits the listening socket's binding`, via: registration };
    // The socket is the callback's once it returns STATUS_SUCCESS; a NULL one (the listener is closing) is
    // none: its NULL test decides the outcome of the parameter's site, as for a failed acquisition.
    return new Map([[param.name, { bound: accepted, object: { kind: 'socket', state: 'live', note: { node, message: 'the socket is accepted here', via: registration }, call: node.startIndex } }]]);
  }

  /** Which functions are WSK event callbacks, by the slot they are registered in (computed on first use). */
  eventCallbacks(): EventCallbacks {
    this.callbackView ??= new EventCallbacks(this.files);
    return this.callbackView;
  }

  private collectReleased(files: readonly ProgramFile[]): Set<string> {
    const released = new Set<string>();
    const add = (key: string | undefined) => {
      if (key) released.add(key);
    };
    for (const file of files) {
      for (const call of file.calls) {
        const input = call.operation?.effect === 'releaseDescriptor' ? call.arg('InputBuffer') : undefined;
        if (input) add(storageKey(input, file.values));
      }
      for (const definition of file.declarations.functions.values()) {
        for (const callee of this.graph.calleesOf(definition)) {
          if (!this.mayHaveEffects(callee.name)) continue;
          const summary = this.summaryOf(callee.name, callee.count);
          for (const effect of (summary?.ends ?? []).filter((e) => e.kind === 'descriptor' && !e.owner)) {
            // `SdRelease(&ctx->Sd)` releases what `*$0` points to; `SdFree(ctx->Sd)` what `$0` holds.
            const match = /^(\*?)\$(\d+)$/.exec(effect.path);
            const arg = match ? callee.args[Number(match[2])] : undefined;
            if (arg) add(match![1] ? storageKey(arg, file.values) : storageKey(arg, file.values, false));
          }
        }
      }
    }
    return released;
  }
}

/** A file's calls by function (see Program.fileCalls). */
interface FileCalls {
  readonly direct: ReadonlyMap<number, readonly WskCall[]>;
  readonly directIds: ReadonlySet<number>;
  /** The definitions the file declares by name (see forwardedIn). */
  readonly declared: ReadonlySet<Node>;
  readonly calls: Map<number, readonly WskCall[]>;
  readonly forwarded: Map<number, readonly WskCall[]>;
}

/**
 * The storage an expression names, as `Record::Field` (`?::Field` when the struct does not resolve) or
 * `::name` for a variable; `addressed`: the expression is its address (`&ctx->Sd`), else the value.
 */
function storageKey(expression: Node, values: ValueReader, addressed = true): string | undefined {
  let node: Node = stripCasts(expression);
  if (addressed) {
    const value = values.evaluate(expression);
    if (value.kind !== 'address') return undefined;
    node = stripCasts(value.of);
  }
  if (node.type === 'identifier') return `::${node.text}`;
  if (node.type !== 'field_expression') return undefined;
  const base = node.childForFieldName('argument');
  const field = node.childForFieldName('field')?.text;
  if (!base || !field) return undefined;
  const type = values.typeOf(base);
  const record = node.childForFieldName('operator')?.type === '->' ? (type.kind === 'pointer' ? type.to : undefined) : type;
  return `${record?.kind === 'record' ? record.key ?? record.name : '?'}::${field}`;
}
