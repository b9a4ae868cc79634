// What a worker of a parallel run must hold. The analysis is whole-program (macros and types come from
// headers, a call is summarised from the callee's body in another file, an accept callback is
// registered in another file), and tree-sitter trees cannot move between threads, so each worker
// builds its own workspace. For its findings to be exactly those of one workspace holding every file,
// a worker's workspace must hold, besides the files it owns, everything their analysis can look up,
// in the same order as the single workspace (the analysis resolves a name to its first declaration in
// that order, so files added beyond that never change an answer):
//   - the headers of every file it holds, resolved as the workspace resolves them, for the same parse:
//     for their macros only, unless something is looked up in them;
//   - for each function called that the analysis may read from its caller (it, or what it calls, names
//     WSK, a tracked kernel routine or a lock routine; or it is a declared wrapper: the summary of any
//     other is none, whether its body is there or not; or its name says it unlocks, which means
//     something only without a body), the first file defining it; for each type name, tag or variable used,
//     the first file declaring it (a variable: the file's own global first); and whatever up to there
//     may declare it: a file-scope use of a macro of the workspace that can declare (`DEFINE_HANDLER(
//     OnRead) { … }`), a function head that a macro ends, a whole file whose braces never balance;
//   - for each function looked at, the files that may register it as an accept callback;
// and, in turn, what the declarations looked up need: a function's body, a typedef's or a global's
// statement (not the whole file: a driver tree is one web of same-named types, and following whole
// files would pull most of it into every worker). Macros count as what their bodies name (a name a
// macro pastes together with `##` is the one thing the scan cannot know).
//
// Only "relevant" functions need any of this: every rule reports on a WSK call, or on a call to a
// function that reaches one (or a declared wrapper), inside the function making it — or, inside a
// function with a role another file gives it (a completion routine, an event callback, a DPC routine, a
// dispatch routine, an IRQL annotation), on what that role forbids (a pageable DPC routine: WSK025).
// A function whose body and the macros it uses name no WSK API name, that calls no function defined by
// a relevant one and that nothing registers, has no findings whatever its context. So relevance is
// decided per piece of a file: each function definition, and the rest of the file (its declarations,
// initializers and macros) as one; a file whose braces never balance is one piece. A file with no
// relevant piece only needs its headers' macros, for the same parse — and none at all when nothing
// relevant includes it: such files are reported on unparsed (partition.ts). A registration counts
// in the statement making it: a file registering one routine does not register every name it writes
// (in a driver tree that made most files relevant).
//
// Everything is indexed once, and what a node needs is computed once, so that the closures of all the
// workers together cost a few passes over the tree, whatever its shape (`work` counts the steps).

import { C_KEYWORDS } from '../../parse/keywords';
import type { IncludeResolver } from '../../parse/sources/includes';
import { builtinType } from '../types';
import type { Kind, SourceFacts } from './scan';

export interface SplitFile {
  readonly path: string;
  /** Its length in characters: what it costs to read. */
  readonly size: number;
  readonly facts: SourceFacts;
  /** Reported on (a file given or found), not only read for context (a header it includes). */
  readonly analysed: boolean;
}

/** What a workspace must hold: the files it parses, and those it reads only for their macros. */
export interface Holding {
  readonly parsed: ReadonlySet<number>;
  readonly macros: ReadonlySet<number>;
}

const KINDS: readonly Kind[] = ['function', 'typedef', 'record', 'global'];
const [FUNCTION, TYPEDEF, RECORD, GLOBAL] = [0, 1, 2, 3];
const ALL_KINDS = [FUNCTION, TYPEDEF, RECORD, GLOBAL];
/** What a name written in a file is looked up as (besides a function, when called; a record, after struct). */
const NAMED_KINDS = [TYPEDEF, GLOBAL];
const NAMED_KINDS_AND_RECORD = [TYPEDEF, GLOBAL, RECORD];

/**
 * What a node's analysis looks up, as keys (a name declared somewhere, times four, plus its kind's
 * index: names declared nowhere are left out), and the files it needs parsed as a whole.
 */
interface Needs {
  readonly keys: readonly number[];
  readonly holds: readonly number[];
}

/** The names the graph is told about. */
export interface GraphNames {
  /** Names whose mention makes a function relevant: WSK names, the listen dispatch type, declared wrappers. */
  readonly relevant: ReadonlySet<string>;
  /**
   * Names whose mention makes the analysis read a function from its callers (program.ts FOLLOWED_NAMES:
   * its summary, the locks it takes): a call is followed only to a function that may mention one
   * (itself or through what it calls), or to a declared wrapper (whose summary depends on whether the
   * workspace defines it).
   */
  readonly summarised: ReadonlySet<string>;
  /**
   * Functions a call is followed to whatever they name: their name means something when no body is
   * found (irql.ts reads `UnlockQueue` without a body as releasing a lock, with one by what it does).
   */
  readonly followedByName?: (name: string) => boolean;
  readonly wrappers: ReadonlySet<string>;
  /**
   * Names that register the functions a file names besides: the type of accept-callback tables, the
   * completion-routine setters, a dispatch table. A function named so is relevant (its findings depend on
   * how it is registered: an accept callback, a completion routine, a dispatch routine), and whatever
   * analyses it holds the files that register it.
   */
  readonly registering: readonly string[];
}

interface MacroDefinition {
  readonly file: number;
  readonly body: readonly string[];
  readonly declares: boolean;
}

/**
 * The files, their statements and what each needs. A node is a whole file (numbered as the file) or
 * one file-scope statement (numbered after all the files).
 */
export class NeedGraph {
  /** Files holding a relevant piece. */
  readonly relevant: ReadonlySet<number>;
  /** For each file, the headers it includes, directly or not. */
  readonly included: readonly (readonly number[])[];
  /** Steps taken so far, counted (for tests of how the planning grows, which must not time it). */
  readonly work = { steps: 0 };

  private readonly firstStatement: number[] = [];
  private readonly nodeFile: number[] = [];
  private readonly macros = new Map<string, MacroDefinition[]>();
  /** Per kind and name: the statement nodes surely declaring it, in file order. */
  private readonly sure = new Map<Kind, Map<string, number[]>>();
  /** Per kind and name: the statement nodes that may declare it. */
  private readonly maybe = new Map<Kind, Map<string, number[]>>();
  /** Per kind and name: the files (braces never balance) that may declare it anywhere. */
  private readonly weak = new Map<Kind, Map<string, number[]>>();
  /** The functions each statement node defines or may define. */
  private readonly statementFunctions = new Map<number, string[]>();
  /** The functions each file defines or may define. */
  private readonly fileFunctions: Set<string>[] = [];
  /** Files that may register a function (by name) as an accept callback. */
  private readonly registrars = new Map<string, number[]>();
  /** Macro names by a name their bodies name. */
  private readonly macrosNaming = new Map<string, string[]>();
  /** Names declared somewhere (in some kind), numbered for keys. */
  private readonly nameIds = new Map<string, number>();
  private readonly names: string[] = [];
  private declarerCache: (readonly number[] | undefined)[] = [];
  /** The last walk (closure) that met each node, and each key. */
  private walks = 0;
  private nodeMarks = new Int32Array(0);
  private keyMarks = new Int32Array(0);
  private readonly needCache = new Map<number, Needs>();
  private readonly visibleCache = new Map<number, ReadonlySet<number>>();
  private readonly globalsCache = new Map<number, ReadonlySet<string>>();
  private readonly relevantPieces: ReadonlySet<number>;
  /** Functions a call is followed to (see GraphNames.summarised and followedByName). */
  private readonly followed: ReadonlySet<string>;
  private readonly followedByName: (name: string) => boolean;

  /** `includes`: the resolver of the single workspace (it knows every file of the run and the build files). */
  constructor(private readonly files: readonly SplitFile[], includes: IncludeResolver, names: GraphNames) {
    for (const kind of KINDS) {
      this.sure.set(kind, new Map());
      this.maybe.set(kind, new Map());
      this.weak.set(kind, new Map());
    }
    files.forEach((_, index) => this.nodeFile.push(index));
    files.forEach((file, index) => {
      this.firstStatement.push(this.nodeFile.length);
      for (let s = 0; s < file.facts.statements.length; s++) this.nodeFile.push(index);
    });
    this.included = this.includeClosures(includes);
    files.forEach((file, index) => {
      for (const [name, body] of file.facts.macros) {
        push(this.macros, name, { file: index, body, declares: file.facts.declaringMacros.has(name) });
        for (const inner of body) push(this.macrosNaming, inner, name);
        this.work.steps += body.length + 1;
      }
    });
    files.forEach((file, index) => this.indexDeclarations(file.facts, index));
    for (const kind of KINDS) {
      for (const map of [this.sure, this.maybe, this.weak]) {
        for (const name of (map.get(kind) as Map<string, unknown>).keys()) {
          if (this.nameIds.has(name)) continue;
          this.nameIds.set(name, this.names.length);
          this.names.push(name);
        }
      }
    }
    this.declarerCache = new Array<readonly number[] | undefined>(this.names.length * KINDS.length).fill(undefined);
    this.keyMarks = new Int32Array(this.names.length * KINDS.length);
    this.nodeMarks = new Int32Array(this.nodeFile.length);
    const registering = this.namingInTurn(names.registering);
    files.forEach((file, index) => this.indexRegistrars(file.facts, index, registering));
    const pieces = this.indexPieces([...names.relevant, ...names.summarised]);
    const registered: number[] = [];
    for (const [piece, defined] of pieces.definedBy) if (defined.some((name) => this.registrars.has(name))) registered.push(piece);
    // A registered function is analysed for its role; it makes no caller relevant (its callers reach
    // WSK through it only if it names WSK itself, which the spread follows).
    const relevantPieces = this.spread(pieces, names.relevant, [], true).pieces;
    for (const piece of registered) relevantPieces.add(piece);
    // A pragma making a function with a role pageable is reported where it stands (WSK025), WSK or not;
    // the file relies on that function's role, and makes no caller relevant.
    files.forEach((file, index) => {
      if (file.facts.pagedNames.some((name) => this.registrars.has(name))) relevantPieces.add(index);
    });
    this.relevantPieces = relevantPieces;
    this.relevant = new Set([...this.relevantPieces].map((piece) => this.nodeFile[piece]));
    const mentioning = this.files.flatMap(({ facts }, file) => facts.mentions.map((offset) => this.pieceAt(file, offset)));
    this.followed = new Set([...this.spread(pieces, names.summarised, mentioning, false).functions, ...names.wrappers]);
    this.followedByName = names.followedByName ?? (() => false);
  }

  /**
   * The functions a file may register, by the statements that name a registering name (a completion
   * setter's call, a client table's initializer, a role type's declaration: the analysis reads each
   * registration inside one statement, through the macros it uses), and those annotated as running at
   * DISPATCH_LEVEL; the whole file when its braces do not balance or such a name is outside every statement and
   * every macro body of the file (which register where the macro is used).
   */
  private indexRegistrars(facts: SourceFacts, file: number, registering: ReadonlySet<string>): void {
    const register = (names: Iterable<string>) => {
      for (const name of this.withMacros(file, names)) if (mayBeFunctionName(name) && this.mayDefine(name, 'function')) push(this.registrars, name, file);
    };
    const { statements, outside } = facts;
    if (facts.unbalanced) {
      if (someIn(registering, facts.names) || facts.annotatedNames.length > 0) register(facts.names);
      return;
    }
    const covered = new Set<string>();
    for (const statement of statements) {
      this.work.steps += statement.names.length;
      const names = statement.names.filter((name) => registering.has(name));
      if (names.length === 0) continue;
      register(statement.names);
      for (const name of names) covered.add(name);
    }
    for (const name of facts.annotatedNames) if (this.mayDefine(name, 'function')) push(this.registrars, name, file);
    const inBodies = (name: string) => [...facts.macros.values()].some((body) => body.includes(name));
    for (const name of outside.names) {
      if (registering.has(name) && !covered.has(name) && !inBodies(name)) return register(facts.names);
    }
  }

  /** Where the need of a relevant file starts: the whole file, or only its relevant function definitions. */
  startsOf(file: number): number[] {
    if (this.relevantPieces.has(file)) return [file];
    const starts: number[] = [];
    const first = this.firstStatement[file];
    for (let s = 0; s < this.files[file].facts.statements.length; s++) if (this.relevantPieces.has(first + s)) starts.push(first + s);
    return starts;
  }

  /**
   * What a workspace owning these files must hold: each owned file (parsed when it is reported on or
   * relevant: a relevant file also tells what it releases), what the relevant ones need in turn
   * (parsed), and the headers of all these (for their macros, unless parsed anyway).
   */
  closure(owned: Iterable<number>): Holding {
    // Nodes and keys met by this walk are marked with its number (the closures of a plan share the
    // marks' arrays rather than each filling sets).
    const walk = ++this.walks;
    const parsed = new Set<number>();
    const queue: number[] = [];
    const visit = (node: number) => {
      this.work.steps++;
      const file = this.nodeFile[node];
      if (this.nodeMarks[node] === walk || this.nodeMarks[file] === walk) return;
      this.nodeMarks[node] = walk;
      parsed.add(file);
      queue.push(node);
    };
    const context: number[] = [];
    for (const file of owned) {
      if (this.relevant.has(file)) {
        parsed.add(file);
        for (const start of this.startsOf(file)) visit(start);
      } else if (this.files[file].analysed) {
        parsed.add(file);
      } else {
        context.push(file);
      }
    }
    while (queue.length > 0) {
      const needs = this.needsOf(queue.pop() as number);
      for (const key of needs.keys) {
        this.work.steps++;
        if (this.keyMarks[key] === walk) continue;
        this.keyMarks[key] = walk;
        for (const next of this.declarersOf(key)) visit(next);
      }
      for (const file of needs.holds) {
        this.work.steps++;
        parsed.add(file);
      }
    }
    const macros = new Set<number>();
    for (const file of [...parsed, ...context]) {
      if (!parsed.has(file)) macros.add(file);
      for (const header of this.included[file]) {
        this.work.steps++;
        if (!parsed.has(header)) macros.add(header);
      }
    }
    return { parsed, macros };
  }

  // -------------------------------------------------------------------------------------------------
  // Indexing

  private indexDeclarations(facts: SourceFacts, file: number): void {
    const first = this.firstStatement[file];
    const functions = new Set<string>();
    const defines = (node: number, name: string) => {
      functions.add(name);
      const list = this.statementFunctions.get(node);
      if (list) list.push(name);
      else this.statementFunctions.set(node, [name]);
    };
    for (const declaration of facts.declarations) {
      this.work.steps++;
      push(this.sure.get(declaration.kind) as Map<string, number[]>, declaration.name, first + declaration.statement);
      if (declaration.kind === 'function') defines(first + declaration.statement, declaration.name);
    }
    for (const declaration of facts.maybe) {
      this.work.steps++;
      push(this.maybe.get(declaration.kind) as Map<string, number[]>, declaration.name, first + declaration.statement);
      if (declaration.kind === 'function') defines(first + declaration.statement, declaration.name);
    }
    // `DEFINE_HANDLER(OnRead) { … }`, `DECLARE_SD(g_Sd);`: a macro of the workspace used at file scope
    // may declare anything it is given or names, in that statement.
    for (const { name, words, statement } of facts.invocations) {
      this.work.steps += words.length + 1;
      if (!this.visibleDefinitions(file, name).some((definition) => definition.declares)) continue;
      const node = first + statement;
      for (const declared of new Set([...words, ...this.withMacros(file, [name])])) {
        for (const kind of KINDS) push(this.maybe.get(kind) as Map<string, number[]>, declared, node);
        defines(node, declared);
      }
    }
    for (const [name, kinds] of facts.weak) {
      this.work.steps++;
      for (const kind of kinds) push(this.weak.get(kind) as Map<string, number[]>, name, file);
      if (kinds.has('function')) functions.add(name);
    }
    this.fileFunctions.push(functions);
  }

  /**
   * For each file, the headers it includes directly or not, resolved by the workspace's own resolver.
   * A file's `#include`s resolve the same for every unit with the same include directories (the only
   * way the unit changes an answer, see IncludeResolver.resolve), so each file's are resolved once per
   * such set and each unit's closure is a walk over indexes: linear in the closures' sizes (resolving
   * every `#include` again for every unit reaching it was half of the planning).
   */
  private includeClosures(includes: IncludeResolver): number[][] {
    const indexOf = new Map<string, number>();
    this.files.forEach((file, index) => {
      if (!indexOf.has(file.path)) indexOf.set(file.path, index);
    });
    const resolvedFor = new Map<string, (readonly number[] | undefined)[]>();
    const marks = new Int32Array(this.files.length).fill(-1);
    return this.files.map((unitFile, unit) => {
      const directories = includes.directoriesOf(unitFile.path).join('\0');
      let resolved = resolvedFor.get(directories);
      if (!resolved) resolvedFor.set(directories, (resolved = new Array<readonly number[] | undefined>(this.files.length)));
      const table = resolved;
      const direct = (from: number): readonly number[] => {
        let found = table[from];
        if (!found) {
          found = this.files[from].facts.includes.flatMap((include) => {
            this.work.steps++;
            const header = includes.resolve(include, this.files[from].path, unitFile.path);
            return header === undefined ? [] : indexOf.get(header) ?? [];
          });
          table[from] = found;
        }
        return found;
      };
      const headers: number[] = [];
      marks[unit] = unit;
      const stack = [unit];
      while (stack.length > 0) {
        for (const header of direct(stack.pop() as number)) {
          this.work.steps++;
          if (marks[header] === unit) continue;
          marks[header] = unit;
          headers.push(header);
          stack.push(header);
        }
      }
      return headers;
    });
  }

  // -------------------------------------------------------------------------------------------------
  // Relevance

  /**
   * Pieces are statement nodes defining a function, and file nodes for the rest of each file (for all
   * of it when its braces never balance). Returns, for each name that can make a piece matter (the
   * names given, macros, functions), the pieces naming it; and what each piece defines.
   */
  private indexPieces(given: Iterable<string>): { naming: Map<string, number[]>; definedBy: Map<number, readonly string[]> } {
    // Only names that can make a piece matter are indexed.
    const naming = new Map<string, number[]>();
    for (const name of given) naming.set(name, []);
    for (const name of this.macros.keys()) naming.set(name, []);
    for (const map of [this.sure, this.maybe, this.weak]) for (const name of (map.get('function') as Map<string, unknown>).keys()) naming.set(name, []);
    const definedBy = new Map<number, readonly string[]>();
    const index = (piece: number, names: Iterable<string>) => {
      for (const name of names) {
        this.work.steps++;
        naming.get(name)?.push(piece);
      }
    };
    this.files.forEach(({ facts }, file) => {
      if (facts.unbalanced) {
        index(file, facts.names);
        definedBy.set(file, [...this.fileFunctions[file]]);
        return;
      }
      index(file, facts.outside.names);
      facts.statements.forEach((statement, s) => {
        const node = this.firstStatement[file] + s;
        const functions = this.statementFunctions.get(node);
        if (!functions) return;
        index(node, statement.names);
        definedBy.set(node, functions);
      });
    });
    return { naming, definedBy };
  }

  /** Whether a piece calls a name (a word before `(` in a body or an initializer, or in a macro's body). */
  private pieceCalls(piece: number, name: string): boolean {
    const facts = this.files[this.nodeFile[piece]].facts;
    if (piece < this.files.length) return (facts.unbalanced ? facts.called : facts.outside.called).has(name);
    return facts.statements[piece - this.firstStatement[this.nodeFile[piece]]].called.includes(name);
  }

  /** The piece holding an offset of a file: the function definition around it, else the rest of the file. */
  private pieceAt(file: number, offset: number): number {
    const { statements, unbalanced } = this.files[file].facts;
    if (unbalanced) return file;
    let low = 0;
    let high = statements.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (statements[middle].end <= offset) low = middle + 1;
      else high = middle - 1;
    }
    const statement = statements[low];
    const node = this.firstStatement[file] + low;
    return statement && statement.start <= offset && this.statementFunctions.has(node) ? node : file;
  }

  /**
   * The pieces that the seeds reach: pieces naming a seed name (or a macro whose body names one, in
   * turn) and the seed pieces; then the pieces reaching a function that a piece reached defines
   * (calling it, when `calls`; naming it at all, else), in turn. Returns the pieces and the functions.
   */
  private spread(index: ReturnType<NeedGraph['indexPieces']>, names: Iterable<string>, pieces: Iterable<number>, calls: boolean): { pieces: Set<number>; functions: Set<string> } {
    const reached = new Set<number>();
    const functions = new Set<string>();
    const mentioned = new Set<string>();
    const called = new Set<string>();
    /** Names whose mention reaches a piece (seed names, macros), or only whose call does, when `calls` (functions). */
    const queue: { name: string; mention: boolean }[] = [];
    const add = (name: string, mention: boolean) => {
      const seen = mention ? mentioned : called;
      if (seen.has(name)) return;
      seen.add(name);
      queue.push({ name, mention });
    };
    const reach = (piece: number) => {
      if (reached.has(piece)) return;
      reached.add(piece);
      for (const defined of index.definedBy.get(piece) ?? []) {
        functions.add(defined);
        add(defined, !calls);
      }
    };
    for (const name of names) add(name, true);
    for (const piece of pieces) reach(piece);
    while (queue.length > 0) {
      const { name, mention } = queue.pop() as { name: string; mention: boolean };
      for (const macro of this.macrosNaming.get(name) ?? []) add(macro, true);
      for (const piece of index.naming.get(name) ?? []) {
        this.work.steps++;
        if (mention || this.pieceCalls(piece, name)) reach(piece);
      }
    }
    return { pieces: reached, functions };
  }

  /** The names given, and the macros whose bodies name one of them (in turn, anywhere). */
  private namingInTurn(names: readonly string[]): Set<string> {
    const result = new Set(names);
    const queue = [...names];
    while (queue.length > 0) {
      for (const macro of this.macrosNaming.get(queue.pop() as string) ?? []) {
        this.work.steps++;
        if (!result.has(macro)) {
          result.add(macro);
          queue.push(macro);
        }
      }
    }
    return result;
  }

  // -------------------------------------------------------------------------------------------------
  // Needs

  /** What the analysis of a whole file, or of one statement, can look up (computed once per node). */
  private needsOf(node: number): Needs {
    const known = this.needCache.get(node);
    if (known) return known;
    const file = this.nodeFile[node];
    const facts = this.files[file].facts;
    // A call resolves to the first definition of its name, a type name to the first typedef, a struct
    // tag (or a WDK record type) to the first body, a variable to the file's own global, else to the
    // first one declared (any name may be a variable). A statement's names are looked up as all.
    const keys = new Set<number>();
    const ownGlobals = this.globalsOf(file);
    const lookUp = (name: string, kinds: readonly number[]) => {
      this.work.steps++;
      const id = this.nameIds.get(name);
      if (id === undefined) return;
      for (const kind of kinds) {
        if ((kind !== GLOBAL || !ownGlobals.has(name)) && (kind !== FUNCTION || this.followed.has(name) || this.followedByName(name))) keys.add(id * KINDS.length + kind);
      }
    };
    let defined: Iterable<string>;
    if (node >= this.files.length) {
      for (const name of this.withMacros(file, facts.statements[node - this.firstStatement[file]].names)) lookUp(name, ALL_KINDS);
      defined = this.statementFunctions.get(node) ?? [];
    } else {
      for (const name of this.withMacros(file, facts.names)) {
        const written = facts.names.has(name);
        if (!written) lookUp(name, ALL_KINDS);
        else lookUp(name, builtinType(name)?.kind === 'record' ? NAMED_KINDS_AND_RECORD : NAMED_KINDS);
      }
      for (const name of facts.called) lookUp(name, [FUNCTION]);
      for (const name of facts.tags) lookUp(name, [RECORD]);
      defined = this.fileFunctions[file];
    }
    const holds: number[] = [];
    for (const name of defined) for (const registrar of this.registrars.get(name) ?? []) holds.push(registrar);
    const needs = { keys: [...keys], holds };
    this.needCache.set(node, needs);
    return needs;
  }

  /**
   * Where the analysis finds a name of this kind: every declaration of it in the first file surely
   * declaring it (a file's last one wins there), and whatever may declare it up to that file. C's
   * keywords are never looked up, and the WDK's own type names only as records and variables (the
   * analysis knows their typedefs; a record's fields may come from the workspace, and a variable of that
   * name, which only broken code declares, is what `sizeof(NAME)` measures).
   */
  private declarersOf(key: number): readonly number[] {
    const known = this.declarerCache[key];
    if (known) return known;
    const kind = KINDS[key % KINDS.length];
    const name = this.names[Math.floor(key / KINDS.length)];
    const result: number[] = [];
    if (!C_KEYWORDS.has(name) && (kind === 'record' || kind === 'global' || builtinType(name) === undefined)) {
      const sure = this.sure.get(kind)?.get(name) ?? [];
      const first = sure.length > 0 ? this.nodeFile[sure[0]] : Infinity;
      for (const node of sure) {
        this.work.steps++;
        if (this.nodeFile[node] === first) result.push(node);
      }
      for (const node of this.maybe.get(kind)?.get(name) ?? []) {
        this.work.steps++;
        if (this.nodeFile[node] <= first) result.push(node);
      }
      for (const file of this.weak.get(kind)?.get(name) ?? []) {
        this.work.steps++;
        if (file <= first) result.push(file);
      }
    }
    this.declarerCache[key] = result;
    return result;
  }

  /** Names and what the macros among them name (those the file or its headers define, in turn). */
  private withMacros(file: number, names: Iterable<string>): Set<string> {
    const result = new Set<string>();
    const queue: string[] = [];
    const add = (name: string) => {
      this.work.steps++;
      if (result.has(name)) return;
      result.add(name);
      queue.push(name);
    };
    for (const name of names) add(name);
    while (queue.length > 0) {
      const name = queue.pop() as string;
      if (!this.macros.has(name)) continue;
      for (const definition of this.visibleDefinitions(file, name)) for (const inner of definition.body) add(inner);
    }
    return result;
  }

  /**
   * The definitions of a macro that a file sees: its own and its headers'. Whichever list is shorter
   * is walked (a macro defined in hundreds of drivers' headers, a file including hundreds of headers).
   */
  private visibleDefinitions(file: number, name: string): readonly MacroDefinition[] {
    const definitions = this.macros.get(name);
    if (!definitions) return [];
    const visible = this.visible(file);
    if (definitions.length <= visible.size) {
      this.work.steps += definitions.length;
      return definitions.filter((definition) => visible.has(definition.file));
    }
    const result: MacroDefinition[] = [];
    for (const other of visible) {
      this.work.steps++;
      const facts = this.files[other].facts;
      const body = facts.macros.get(name);
      if (body) result.push({ file: other, body, declares: facts.declaringMacros.has(name) });
    }
    return result;
  }

  /** How many macros a file sees: its own and those of the headers it includes. */
  macrosSeen(file: number): number {
    let count = this.files[file].facts.macros.size;
    for (const header of this.included[file]) count += this.files[header].facts.macros.size;
    this.work.steps += this.included[file].length + 1;
    return count;
  }

  /** The globals a file declares (a variable resolves to the file's own first). */
  private globalsOf(file: number): ReadonlySet<string> {
    let globals = this.globalsCache.get(file);
    if (!globals) {
      globals = new Set(this.files[file].facts.declarations.filter((d) => d.kind === 'global').map((d) => d.name));
      this.globalsCache.set(file, globals);
    }
    return globals;
  }

  /** The file and the headers it includes: where the macros it sees come from. */
  private visible(file: number): ReadonlySet<number> {
    let visible = this.visibleCache.get(file);
    if (!visible) {
      visible = new Set([file, ...this.included[file]]);
      this.work.steps += visible.size;
      this.visibleCache.set(file, visible);
    }
    return visible;
  }

  private mayDefine(name: string, kind: Kind): boolean {
    return this.sure.get(kind)?.has(name) === true || this.maybe.get(kind)?.has(name) === true || this.weak.get(kind)?.has(name) === true;
  }
}

/**
 * A keyword or a WDK type is never a registered routine (a file whose braces never balance "may
 * define" anything, these too: registering them made most of a driver tree relevant).
 */
function mayBeFunctionName(name: string): boolean {
  return !C_KEYWORDS.has(name) && builtinType(name) === undefined && name !== 'NULL';
}

function someIn(wanted: ReadonlySet<string>, names: ReadonlySet<string>): boolean {
  for (const name of wanted) if (names.has(name)) return true;
  return false;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
