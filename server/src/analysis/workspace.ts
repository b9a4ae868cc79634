// The analysed set of files, as one workspace: each file's text, its parsed view (built by
// parse/sources: the headers it includes, their macros), its declarations; the types of all files
// together; and the analysis of its files (each file's run of the rules is in runner.ts; which
// functions an edit inside one function may affect, in editScope.ts; what it keeps of the last
// analysis, in reuse.ts). The LSP server keeps one Workspace for the
// session and feeds it edits; the CLI builds one for a run. No IO happens here: files come in as text.

import { loadParser } from '../parse/treeSitter';
import type { Parser } from '../parse/treeSitter';
import { ParseTimeout, ParsedFile } from '../parse/document';
import type { Preprocessed } from '../parse/preprocess';
import { preprocess } from '../parse/preprocess';
import type { ExpansionPolicy, MacroEnv } from '../parse/macros';
import type { BuildFile } from '../parse/sources/build';
import { BuildIncludes } from '../parse/sources/build';
import { IncludeResolver } from '../parse/sources/includes';
import type { ViewNames } from '../parse/sources/views';
import { SourceViews } from '../parse/sources/views';
import { KERNEL_FUNCTIONS, WSK_FUNCTIONS, isWskName } from '../wsk/api';
import { KERNEL_NAMES } from '../wsk/kernel';
import { findWskCalls } from './calls';
import type { WskCall } from './calls';
import type { Config } from './config';
import { EMPTY_CONFIG } from './config';
import { FileDeclarations, TypeIndex } from './declarations';
import type { Finding, Problem, SkippedFunction, UnusedSuppression } from './findings';
import { functionDefinitions } from './syntax';
import { applySuppressions, readSuppressions } from './suppressions';
import { compareFindings } from './findings';
import type { Rule } from './rule';
import { ValueReader } from './values';
import { builtinType } from './types';
import { DESCRIPTOR_CODES, Program } from './program';
import type { Callee } from './callGraph';
import type { ProgramFile } from './program';
import type { Inherited, ProgramMemory } from './programMemory';
import { Mover } from './reuse';
import { editScope, editedDefinition } from './editScope';
import type { Reuse } from './editScope';
import type { FileRun, FunctionRun } from './reuse';
import { dedupe, functionSpans, runRules, skippedFunctionsOf, supersede } from './runner';
import type { RuleRun, Trip } from './runner';
import { appendAll } from '../parse/arrays';

export interface AnalysisResult {
  /** What to report. */
  readonly findings: Finding[];
  /** Findings silenced by suppression comments (each with its justification). */
  readonly suppressed: Finding[];
  /** Suppression comments that silenced nothing. */
  readonly unusedSuppressions: UnusedSuppression[];
  /** Functions whose path rules were skipped because their paths exceeded the budget (a hint each). */
  readonly skippedFunctions: SkippedFunction[];
  readonly problems: Problem[];
}

/**
 * Where completion routines are set, and the IRPs they are set on: a routine's findings (WSK016) and a
 * setter's (WSK017) depend on the functions that allocate the IRP and give it to WSK, in any file.
 */
const COMPLETION_SETTERS = new RegExp(`\\b(?:${KERNEL_FUNCTIONS.filter((fn) => fn.irpSetup === 'setsCompletionRoutine').map((fn) => fn.name).join('|')})\\b`);
const IRP_WORDS = new RegExp(`\\b(?:${[...WSK_FUNCTIONS, ...KERNEL_FUNCTIONS].map((fn) => fn.name).join('|')}|MajorFunction)\\b`);


/** What the view-building of parse/ (which knows no WSK name) is told of names. */
const VIEW_NAMES: ViewNames = {
  neverExpand: (name) => isWskName(name) || KERNEL_NAMES.has(name),
  interesting: (name) => isWskName(name) || KERNEL_NAMES.has(name),
  argumentCallees: WSK_FUNCTIONS.map((fn) => fn.name),
  isTypeName: (name) => builtinType(name) !== undefined || name === 'VOID',
};

interface FileState {
  readonly path: string;
  text: string;
  /** Held only for the macros that files including it see: never parsed, declares nothing (see setFile). */
  macrosOnly: boolean;
  pre: Preprocessed | undefined;
  parsed: ParsedFile | undefined;
  declarations: FileDeclarations | undefined;
  /** The workspace generation at which the text last changed. */
  changedAt: number;
  /** The generation at which the file was last parsed. */
  parsedAt: number;
  /** Why the file could not be parsed (it is then analysed as empty). */
  failure?: string;
  /** The macros its view was expanded with. */
  env?: MacroEnv;
  /** What its last analysis found, function by function, for an edit inside one function (see reuse.ts). */
  run?: FileRun;
  /** What the file was before its last change, for finding who depended on the old text. */
  previousText: string | undefined;
  /** The functions it defined before its last change whose summaries callers saw (see summarisedFunctions). */
  previousFunctions: readonly string[];
  /**
   * The calls each function makes by name (ProgramFile.callees), kept across re-parses: a definition an
   * edit left alone is the same node in the new tree (see parse/syntaxTree.ts), its calls unchanged.
   */
  callees?: Map<number, Callee[]>;
  /** Its analysis before its last re-parse, until the next one is made (see keptCalls). */
  analysisBefore?: FileAnalysis;
}

/** A parsed file with what rules, hover and the program view need to read it. */
export interface FileAnalysis extends ProgramFile {
  readonly parsed: ParsedFile;
}

export class Workspace {
  private readonly files = new Map<string, FileState>();
  /** Includes, macros and views: what each file's parse sees of the others. */
  private readonly views: SourceViews;
  readonly types = new TypeIndex(() => this.allDeclarations());
  /** Bumped by every change; a parse remembers the generation it saw. */
  private generation = 0;
  /** The generation at which every file was last brought up to date. */
  private allParsedAt = -1;
  /** File analyses and the program view of the current generation. */
  private readonly analyses = new Map<string, FileAnalysis>();
  private program: Program | undefined;
  /**
   * What the program before the last change found, when that change was one file's text: the next
   * program may take over some of it (see inheritance).
   */
  private programBefore: { memory: ProgramMemory; path: string } | undefined;
  private programWrappers = '';
  private wrappers: NonNullable<Config['wrappers']> = {};
  /** Files holding their last analysis by function (see FileState.run). */
  private readonly runs = new Set<string>();
  /** Functions whose findings an analysis kept from the one before (an edit elsewhere in their file): for tests and traces. */
  private reused = 0;
  /** Functions whose forwards programs took over from the one before, in the programs dropped so far. */
  private inherited = 0;
  /** What the whole program releases, when this workspace holds only part of it (see setReleasedEverywhere). */
  private releasedEverywhere: ReadonlySet<string> | undefined;

  private constructor(private readonly parser: Parser, roots: readonly string[], private readonly incremental: boolean) {
    this.views = new SourceViews(new IncludeResolver(roots), VIEW_NAMES, (path) => {
      const state = this.files.get(path);
      return state ? this.preprocessed(state) : undefined;
    }, () => this.generation);
  }

  /** `roots`: the folders an `#include "…"` is also resolved against (the workspace folders). */
  static async create(roots: readonly string[] = [], { incremental = true }: { incremental?: boolean } = {}): Promise<Workspace> {
    return new Workspace(await loadParser(), roots, incremental);
  }

  /** The project's build files (their include directories); replaces those given before. */
  setBuildFiles(files: readonly BuildFile[]): void {
    this.views.includes.setBuild(BuildIncludes.read(files));
    this.changed();
    this.views.layoutChanged();
  }

  /**
   * Files of the program this workspace does not hold (a worker's part of a CLI run): includes resolve
   * as in a workspace holding them all (a header's name unique in the part may not be in the whole).
   */
  addOutsideFiles(paths: Iterable<string>): void {
    for (const path of paths) this.views.includes.add(path);
    this.changed();
    this.views.layoutChanged();
  }

  /** The include resolver every view uses (the CLI plans its parallel runs with the same one). */
  get includes(): IncludeResolver {
    return this.views.includes;
  }

  paths(): string[] {
    return [...this.files.keys()];
  }

  has(path: string): boolean {
    return this.files.has(path);
  }

  text(path: string): string | undefined {
    return this.files.get(path)?.text;
  }

  /**
   * Adds or replaces a file. Returns false when nothing changed. `macrosOnly`: the file is there only
   * for the macros of the files including it (a worker of a parallel run that needs nothing else from
   * it): it is never parsed, and the program and the types do not see it.
   */
  setFile(path: string, text: string, { macrosOnly = false }: { macrosOnly?: boolean } = {}): boolean {
    const state = this.files.get(path);
    if (state && state.text === text && state.macrosOnly === macrosOnly) return false;
    const previousFunctions = state ? this.summarisedFunctions(state) : [];
    this.changed(state && state.macrosOnly === macrosOnly ? path : undefined);
    if (state) {
      state.previousText = state.text;
      state.previousFunctions = previousFunctions;
      state.text = text;
      state.pre = undefined;
      state.changedAt = this.generation;
      state.macrosOnly = macrosOnly;
      if (macrosOnly) {
        state.parsed?.dispose();
        state.parsed = undefined;
        state.declarations = undefined;
        this.analyses.delete(path);
      }
      this.views.textChanged(path);
    } else {
      this.files.set(path, { path, text, macrosOnly, pre: undefined, parsed: undefined, declarations: undefined, changedAt: this.generation, parsedAt: -1, previousText: undefined, previousFunctions: [] });
      this.views.includes.add(path);
      this.views.layoutChanged();
    }
    return true;
  }

  deleteFile(path: string): boolean {
    const state = this.files.get(path);
    if (!state) return false;
    state.parsed?.dispose();
    this.analyses.delete(path);
    this.files.delete(path);
    this.views.includes.delete(path);
    this.changed(undefined);
    this.views.forget(path);
    this.views.layoutChanged();
    return true;
  }

  /** How many functions' findings analyses kept from the one before, since the workspace was made (see reuse.ts). */
  get reusedFunctions(): number {
    return this.reused;
  }

  /** How many functions' forwards programs took over from the program before, since the workspace was made (see Program.forwardsBefore). */
  get inheritedFunctions(): number {
    return this.inherited + (this.program?.inheritedForwards ?? 0);
  }

  /** Frees every tree (WASM memory is not garbage-collected). */
  dispose(): void {
    for (const state of this.files.values()) state.parsed?.dispose();
    for (const path of this.files.keys()) this.views.includes.delete(path);
    this.files.clear();
  }

  /** The files whose findings may change when `path` changes: itself and every file including it. */
  /**
   * The files whose findings may change when `path` changes: itself; the files including it; the files
   * calling (or naming) a function it defines or defined before the change, and their callers in turn
   * (summaries travel up the call graph); and, when it deals with cached descriptors, every file that
   * does (whether a field is released anywhere is a workspace-wide fact).
   */
  dependents(path: string): string[] {
    const result = new Set<string>([path]);
    for (const other of this.files.keys()) {
      if (other !== path && this.views.includesHeader(other, path)) result.add(other);
    }
    const queue = [path];
    while (queue.length > 0) {
      const file = queue.pop() as string;
      const names = this.definedFunctions(file);
      if (names.size === 0) continue;
      const pattern = new RegExp(`\\b(?:${[...names].join('|')})\\b`);
      for (const [other, state] of this.files) {
        if (!result.has(other) && pattern.test(state.text)) {
          result.add(other);
          queue.push(other);
        }
      }
    }
    const state = this.files.get(path);
    if (state && (DESCRIPTOR_CODES.test(state.text) || DESCRIPTOR_CODES.test(state.previousText ?? ''))) {
      for (const [other, otherState] of this.files) if (DESCRIPTOR_CODES.test(otherState.text)) result.add(other);
    }
    // A change to an IRP's way to WSK (or to a routine's) may change the findings of every routine and setter.
    if (state && (IRP_WORDS.test(state.text) || IRP_WORDS.test(state.previousText ?? '') || this.programView().completionRoutineFiles().has(path))) {
      for (const [other, otherState] of this.files) if (COMPLETION_SETTERS.test(otherState.text)) result.add(other);
      for (const file of this.programView().completionRoutineFiles()) result.add(file);
    }
    return [...result];
  }

  /**
   * The functions a file defines now, or defined before its last change, whose summaries can matter to
   * callers: those that reach a WSK or tracked kernel name (now, or in the program before the change).
   * `DriverEntry` and the like reach none and change nobody's findings.
   */
  private definedFunctions(path: string): Set<string> {
    const state = this.files.get(path);
    if (!state) return new Set();
    const program = this.programView();
    const names = new Set<string>();
    for (const name of state.previousFunctions) names.add(name);
    for (const name of state.declarations?.functions.keys() ?? []) if (program.isSummarised(name)) names.add(name);
    return names;
  }

  /**
   * The functions a file defines whose summaries calls see, as the program of this generation tells,
   * while its trees live (the next parse deletes them): all of them when no program was built since the
   * last change. Kept instead of the program itself, which held every path and summary of the last
   * analysis until the next change.
   */
  private summarisedFunctions(state: FileState): string[] {
    const names = [...(state.declarations?.functions.keys() ?? [])];
    const program = this.program;
    return program ? names.filter((name) => program.isSummarised(name)) : names;
  }

  /** Parses a file (and whatever changed, for the types) and finds its WSK calls. */
  file(path: string): FileAnalysis | undefined {
    if (!this.files.has(path)) return undefined;
    this.ensureAllParsed();
    return this.parsedFile(path);
  }

  /** Parses one file now (with the macros of the headers it includes); a later analysis finds it up to date. */
  parse(path: string): void {
    const state = this.files.get(path);
    if (state && !state.macrosOnly) this.ensureParsed(state);
  }

  /**
   * For a workspace that holds only part of the program (the CLI splits a run across threads): what
   * the whole program releases (the union of releasedBy over all its files), which whether a field is
   * "released anywhere" then follows. Undefined: the workspace's own files tell.
   */
  setReleasedEverywhere(released: ReadonlySet<string> | undefined): void {
    this.releasedEverywhere = released;
    this.forgetRuns();
  }

  /** The descriptor storage (fields, globals) that the functions of these files release. */
  releasedBy(paths: Iterable<string>, wrappers: Config['wrappers'] = {}): ReadonlySet<string> {
    return this.programView(wrappers).releasedBy(new Set(paths));
  }

  /** Runs the rules over the given files (all by default). */
  analyze(rules: readonly Rule[], config: Config = EMPTY_CONFIG, paths?: Iterable<string>): AnalysisResult {
    this.ensureAllParsed();
    const findings: Finding[] = [];
    const suppressed: Finding[] = [];
    const unusedSuppressions: UnusedSuppression[] = [];
    const skippedFunctions: SkippedFunction[] = [];
    const problems: Problem[] = [];
    const active = new Set(rules.filter((rule) => config.rules[rule.meta.id] !== 'off').map((rule) => rule.meta.id));
    const key = JSON.stringify([rules.map((rule) => rule.meta.id), config]);
    for (const path of paths ?? this.files.keys()) {
      const analysis = this.parsedFile(path);
      const state = this.files.get(path);
      if (!analysis || !state) continue;
      const failure = state.failure;
      if (failure) problems.push({ file: path, message: `skipped: ${failure}` });
      try {
        const { parsed } = analysis;
        const program = this.programView(config.wrappers);
        const reuse = failure ? undefined : editScope(state.run, key, state.text, analysis, program, this.macrosOf(state.path));
        this.forgetRun(state);
        const ran = runRules(analysis, rules, config, this, reuse?.dirty);
        const trips = skippedFunctionsOf(path, parsed, program, reuse?.dirty);
        const run = failure ? undefined : this.keepRun(state, analysis, key, ran, trips, reuse);
        const kept = run ? [...run.functions.values()] : [];
        const own = dedupe(supersede(run ? [...ran.outside, ...kept.flatMap((f) => f.findings)] : ran.all, rules).sort(compareFindings));
        const comments = readSuppressions(parsed);
        const applied = applySuppressions(own, comments);
        for (const finding of applied.findings) (finding.suppressed ? suppressed : findings).push(finding);
        for (const unused of applied.unused) {
          if (unused.rule !== undefined && !active.has(unused.rule)) continue;
          unusedSuppressions.push({
            file: path,
            span: unused.span,
            start: parsed.lines.position(unused.span.start),
            end: parsed.lines.position(unused.span.end),
            rule: unused.rule,
            message: unused.rule ? `Unused suppression: ${unused.rule} reports nothing here.` : 'Unused suppression: no finding here to silence.',
          });
        }
        const skipped = run ? kept.flatMap((f) => f.skipped) : trips.map((trip) => trip.skipped);
        appendAll(skippedFunctions, skipped.sort((a, b) => a.span.start - b.span.start));
      } catch (error) {
        problems.push({ file: path, message: `internal error while analysing: ${(error as Error).message}` });
      }
    }
    findings.sort(compareFindings);
    suppressed.sort(compareFindings);
    // What the program could take over from the one before is taken: the one before can go.
    this.program?.forgetPrevious();
    return { findings, suppressed, unusedSuppressions, skippedFunctions, problems };
  }

  // -------------------------------------------------------------------------------------------------

  private forgetRun(state: FileState): void {
    state.run = undefined;
    this.runs.delete(state.path);
  }

  /**
   * Keeps what this analysis found, function by function (those not analysed again moved from the
   * last one), for the next edit; undefined when the file's functions cannot be told apart by name.
   */
  private keepRun(state: FileState, analysis: FileAnalysis, key: string, ran: RuleRun, trips: readonly Trip[], reuse: Reuse | undefined): FileRun | undefined {
    const functions = reuse?.functions ?? functionSpans(analysis);
    if (!functions) return undefined;
    const mover = reuse && new Mover(state.path, reuse.change);
    const kept = new Map<string, FunctionRun>();
    for (const fn of functions) {
      const before = reuse && !reuse.dirty.has(fn.definition.id) ? reuse.run.functions.get(fn.name) : undefined;
      if (before) this.reused++;
      const names = reuse?.names.get(fn.name);
      kept.set(fn.name, before && mover
        ? { start: fn.start, end: fn.end, findings: before.findings.map((finding) => mover.finding(finding)), skipped: before.skipped.map((skipped) => mover.skipped(skipped)), names }
        : { start: fn.start, end: fn.end, findings: ran.byFunction.get(fn.definition.id) ?? [], skipped: trips.filter((trip) => trip.definition.id === fn.definition.id).map((trip) => trip.skipped), names });
    }
    // Findings of definitions without a name of their own are not attributed: the whole file then.
    const attributed = new Set(functions.map((fn) => fn.definition.id));
    if ([...ran.byFunction.keys()].some((id) => !attributed.has(id))) return undefined;
    if (trips.some((trip) => !attributed.has(trip.definition.id))) return undefined;
    const run: FileRun = { text: state.text, key, functions: kept };
    state.run = run;
    this.runs.add(state.path);
    return run;
  }

  /** A file already brought up to date by ensureAllParsed (its analysis is kept for this generation). */
  private parsedFile(path: string): FileAnalysis | undefined {
    const cached = this.analyses.get(path);
    if (cached) return cached;
    const state = this.files.get(path);
    if (!state || state.macrosOnly) return undefined;
    const parsed = this.ensureParsed(state);
    const declarations = state.declarations ?? new FileDeclarations(path, parsed.tree.rootNode);
    const values = new ValueReader(path, this.types, () => functionDefinitions(parsed.tree.rootNode));
    const callees = new Map<number, Callee[]>();
    for (const definition of declarations.functions.values()) {
      const known = state.callees?.get(definition.id);
      if (known) callees.set(definition.id, known);
    }
    state.callees = callees;
    const calls = this.keptCalls(state, parsed, values) ?? findWskCalls(parsed.tree, parsed.view, values);
    const analysis: FileAnalysis = { parsed, path, view: parsed.view, root: parsed.tree.rootNode, values, declarations, calls, callees, irqlAnnotations: irqlAnnotationsIn(parsed) };
    this.analyses.set(path, analysis);
    return analysis;
  }

  /**
   * The WSK calls of a file just re-parsed after an edit inside the body of one function, the only
   * change since the last program (see inheritance): those of its other functions are the last
   * analysis' (the same nodes, read against the same declarations), that function's are found again.
   */
  private keptCalls(state: FileState, parsed: ParsedFile, values: ValueReader): WskCall[] | undefined {
    const before = state.analysisBefore;
    state.analysisBefore = undefined;
    const from = this.programBefore;
    if (!before || from?.path !== state.path || !from.memory.files.includes(before)) return undefined;
    const edited = editedDefinition(before.root, parsed.tree.rootNode);
    if (!edited) return undefined;
    const tree = parsed.tree;
    const kept = before.calls.filter((call) => call.node.tree === tree);
    return [...kept, ...findWskCalls(tree, parsed.view, values, edited)].sort((a, b) => a.node.startIndex - b.node.startIndex);
  }

  /**
   * The whole-program view (summaries, callbacks, releases) of the current generation and wrappers
   * (those of the last analysis when none are given).
   */
  programView(wrappers: Config['wrappers'] = this.wrappers): Program {
    this.ensureAllParsed();
    const key = JSON.stringify(wrappers ?? {});
    if (!this.program || this.programWrappers !== key) {
      const files = [...this.files.keys()].map((path) => this.parsedFile(path)).filter((a): a is FileAnalysis => a !== undefined);
      const before = this.programWrappers === key ? this.inheritance(files) : undefined;
      this.programBefore = undefined;
      this.inherited += this.program?.inheritedForwards ?? 0;
      this.program = new Program(files, wrappers, () => this.releasedEverywhere, before);
      this.programWrappers = key;
      this.wrappers = wrappers ?? {};
    }
    return this.program;
  }

  /**
   * What the new program may take over from the one before the last change (see Program's Inherited):
   * when that change was an edit inside the body of one function (every other file's analysis is the
   * same; in the edited file, every top-level node but that function is the same node as before, and
   * its head reads the same).
   */
  private inheritance(files: readonly FileAnalysis[]): Inherited | undefined {
    const from = this.programBefore;
    if (!from || from.memory.files.length !== files.length) return undefined;
    let before: ProgramFile | undefined;
    let now: FileAnalysis | undefined;
    for (const [index, file] of files.entries()) {
      const old = from.memory.files[index];
      if (old === file) continue;
      if (old.path !== from.path || file.path !== from.path || before) return undefined;
      before = old;
      now = file;
    }
    if (!before || !now || !editedDefinition(before.root, now.root)) return undefined;
    return { memory: from.memory, file: from.path, values: { before: before.values, now: now.values }, calls: now.calls };
  }

  /** Whether a file or a header it includes names `name` as a function (declares, defines or calls it). */
  isNamedIn(path: string, name: string): boolean {
    const pattern = new RegExp(`\\b${name}\\s*\\(`);
    return [path, ...this.views.headersOf(path)].some((file) => pattern.test(this.files.get(file)?.text ?? ''));
  }

  /** The macros a parsed file's view was expanded with. */
  macrosOf(path: string): MacroEnv | undefined {
    return this.files.get(path)?.env;
  }

  /** How a file's macros expand (for code a fix would write there). */
  expansionPolicy(path: string): ExpansionPolicy {
    return this.views.policyOf(path);
  }

  /** A parsed file of the workspace by path (for locations inside other files). */
  parsedOf(path: string): ParsedFile | undefined {
    return this.files.get(path)?.parsed;
  }

  /**
   * `only`: the one file whose text changed (the last analyses of the others then no longer stand for
   * an edit of theirs: what they depend on may have changed); undefined: anything may have.
   */
  private changed(only?: string): void {
    this.forgetRuns(only);
    this.generation++;
    // Files that are not re-parsed keep their analysis (calls, scopes); the program view is rebuilt.
    this.inherited += this.program?.inheritedForwards ?? 0;
    const memory = only ? this.program?.memory() : undefined;
    this.programBefore = only && memory ? { memory, path: only } : undefined;
    this.program = undefined;
    this.types.invalidate();
  }

  private forgetRuns(except?: string): void {
    for (const path of this.runs) {
      if (path === except) continue;
      const state = this.files.get(path);
      if (state) state.run = undefined;
      this.runs.delete(path);
    }
  }

  /**
   * Whether a file's view must be rebuilt: its text changed, a header it includes changed, or an
   * include now resolves to another file (a header was added or deleted, the build files changed).
   */
  private isStale(state: FileState): boolean {
    return !state.parsed || state.changedAt > state.parsedAt || this.views.touchedAt(state.path) > state.parsedAt;
  }

  private ensureAllParsed(): void {
    if (this.allParsedAt === this.generation) return;
    for (const state of this.files.values()) if (!state.macrosOnly) this.ensureParsed(state);
    this.allParsedAt = this.generation;
  }

  private ensureParsed(state: FileState): ParsedFile {
    if (state.parsed && !this.isStale(state)) return state.parsed;
    const previous = state.parsed;
    let parsed: ParsedFile;
    state.failure = undefined;
    // web-tree-sitter's tree is kept for the next incremental parse only once a file has changed (a
    // document being edited): kept for every file of a large folder, it held hundreds of megabytes of
    // WebAssembly memory, which never shrinks, for files nobody edits.
    const keepForEdits = this.incremental && previous !== undefined;
    try {
      parsed = ParsedFile.parse(this.parser, state.path, state.text, (pre) => {
        state.pre = pre;
        const built = this.views.build(state.path, pre);
        state.env = built.env;
        return built;
      }, previous, keepForEdits);
    } catch (error) {
      if (!(error instanceof ParseTimeout)) throw error;
      // Given up: the file stays in the workspace as empty, and says why.
      state.failure = error.message;
      parsed = ParsedFile.empty(this.parser, state.path, state.text);
    }
    previous?.dispose();
    state.parsed = parsed;
    state.analysisBefore = this.analyses.get(state.path);
    this.analyses.delete(state.path);
    state.parsedAt = this.generation;
    state.declarations = new FileDeclarations(state.path, parsed.tree.rootNode);
    this.types.invalidate();
    return parsed;
  }

  private preprocessed(state: FileState): Preprocessed {
    state.pre ??= preprocess(state.text);
    return state.pre;
  }

  private *allDeclarations(): Iterable<FileDeclarations> {
    for (const state of this.files.values()) if (state.declarations) yield state.declarations;
  }
}

/** Convenience for one-shot runs (CLI, tests): a workspace of these files, analysed once. */
export async function analyzeFiles(files: readonly { path: string; text: string }[], rules: readonly Rule[], config: Config = EMPTY_CONFIG, roots: readonly string[] = []): Promise<AnalysisResult> {
  const workspace = await Workspace.create(roots);
  try {
    for (const file of files) workspace.setFile(file.path, file.text);
    return workspace.analyze(rules, config);
  } finally {
    workspace.dispose();
  }
}

/** The IRQL annotations masking blanked, at their offsets in the view (see ProgramFile.irqlAnnotations). */
function irqlAnnotationsIn(parsed: ParsedFile): ProgramFile['irqlAnnotations'] {
  return parsed.pre.irqlAnnotations.flatMap((annotation) => {
    const at = parsed.map.toView(annotation.start);
    return at === undefined ? [] : [{ name: annotation.name, argument: annotation.argument, at }];
  });
}
