// How a run is split across worker threads. The analysis is whole-program (macros and types come from
// headers, a call is summarised from the callee's body in another file, an accept callback is
// registered in another file), and tree-sitter trees cannot move between threads, so each worker
// builds its own workspace. For its findings to be exactly those of one workspace holding every file,
// a worker's workspace must hold, besides the files it owns, everything their analysis can look up,
// in the same order as the single workspace (the analysis resolves a name to its first declaration in
// that order, so files added beyond that never change an answer):
//   - the headers of every file it holds, resolved by the workspace's own include resolver
//     (parse/sources/includes.ts), for the same parse;
//   - for each function called, the first file defining it; for each type name, tag or variable used,
//     the first file declaring it (a variable: the file's own global first); and whatever up to there
//     may declare it: a file-scope use of a macro of the workspace that can declare (`DEFINE_HANDLER(
//     OnRead) { … }`), a function head that a macro ends, a whole file whose braces never balance;
//   - for each function looked at, the files that may register it as an accept callback;
// and, in turn, what the declarations looked up need: a function's body, a typedef's or a global's
// statement (not the whole file: a driver tree is one web of same-named types, and following whole
// files would pull most of it into every worker). Macros count as what their bodies name (a name a
// macro pastes together with `##` is the one thing the scan cannot know). Whether a descriptor field
// is released anywhere is the one fact about the whole program: each worker tells what its own files
// release, and all of them get the union (see parallel.ts).
//
// Only "relevant" files need any of this: every rule reports on a WSK call, or on a call to a function
// that reaches one (or a declared wrapper). A file whose text and included macros name no WSK API
// name, and that calls no function defined by a relevant file, has no findings whatever its context;
// it needs only its headers, for the same parse.
//
// Each file is owned by one worker: analysed files are reported on, included headers that were not
// given only tell what they release. Relevant files that call each other's functions (when only one
// file defines the function: a name defined in many files, like DriverEntry, ties nothing) are kept
// together as one unit; a header goes with the first file including it; any other file is a unit of
// its own. Units are then spread over the workers, largest first, each to the worker it adds the
// least to.

import { builtinType } from '../analysis/types';
import type { IncludeResolver } from '../parse/sources/includes';
import { KERNEL_FUNCTIONS, LISTEN_DISPATCH_TYPE, WSK_NAMES } from '../wsk/api';
import { IDENTIFIER } from './scan';
import type { Declaration, Kind, SourceFacts } from './scan';

export interface PartitionFile {
  readonly path: string;
  readonly text: string;
  readonly facts: SourceFacts;
  /** Reported on (a file given or found), not only read for context (a header it includes). */
  readonly analysed: boolean;
}

export interface WorkerPlan {
  /** Indexes of the files its workspace holds, ascending (the single workspace's order). */
  readonly files: readonly number[];
  /** Indexes of the files it owns, ascending: every file is owned by exactly one worker. */
  readonly owned: readonly number[];
}

const KINDS: readonly Kind[] = ['function', 'typedef', 'record', 'global'];

/**
 * The routines that set a completion routine: a file naming one may name the routine it sets, defined in
 * another file whose findings (WSK016) depend on it, and on the dispatch routines that set it too.
 */
const COMPLETION_SETTERS: ReadonlySet<string> = new Set(KERNEL_FUNCTIONS.filter((fn) => fn.irpSetup === 'setsCompletionRoutine').map((fn) => fn.name));

/** Names that register a function as a callback (accept event) or a dispatch routine (its IRPs are passed down). */
const REGISTERING = [LISTEN_DISPATCH_TYPE, 'MajorFunction', 'DRIVER_DISPATCH'];

const C_KEYWORDS = new Set([
  'auto', 'break', 'case', 'char', 'const', 'continue', 'default', 'do', 'double', 'else', 'enum', 'extern', 'float',
  'for', 'goto', 'if', 'inline', 'int', 'long', 'register', 'restrict', 'return', 'short', 'signed', 'sizeof',
  'static', 'struct', 'switch', 'typedef', 'union', 'unsigned', 'void', 'volatile', 'while', '_Bool', 'bool',
]);

/**
 * The files (in the order the single workspace adds them) split over at most `workers` workers.
 * `includes` resolves includes as the single workspace does (it knows every file of the run and the
 * build files); `wrappers` are the declared wrapper functions (naming one makes a file relevant).
 */
export function partition(files: readonly PartitionFile[], includes: IncludeResolver, wrappers: Iterable<string>, workers: number): WorkerPlan[] {
  const graph = new DependencyGraph(files, includes, new Set([...WSK_NAMES, LISTEN_DISPATCH_TYPE, ...COMPLETION_SETTERS, ...wrappers]));
  const units = graph.units().map((unit) => {
    const closure = graph.closure(unit);
    let size = 0;
    for (const index of closure) size += files[index].text.length;
    return { unit, closure, size };
  });
  units.sort((a, b) => b.size - a.size || a.unit[0] - b.unit[0]);
  const plans: { files: Set<number>; owned: number[]; load: number }[] = [];
  for (let i = 0; i < Math.min(workers, units.length); i++) plans.push({ files: new Set(), owned: [], load: 0 });
  for (const { unit, closure } of units) {
    let best = plans[0];
    let bestLoad = Infinity;
    for (const plan of plans) {
      let load = plan.load;
      for (const index of closure) if (!plan.files.has(index)) load += files[index].text.length;
      if (load < bestLoad) {
        best = plan;
        bestLoad = load;
      }
    }
    for (const index of closure) best.files.add(index);
    best.owned.push(...unit);
    best.load = bestLoad;
  }
  return plans.map((plan) => ({ files: [...plan.files].sort((a, b) => a - b), owned: plan.owned.sort((a, b) => a - b) }));
}

/** A declaration and the file holding it. */
interface Located extends Declaration {
  readonly file: number;
}

/**
 * What the traversal visits: a whole file (one it owns, or one it cannot read finely), one statement,
 * or a file that only needs to be there (it registers an accept callback: nothing in it is looked up).
 */
interface Node {
  readonly file: number;
  readonly statement?: Declaration;
  readonly holdOnly?: boolean;
}

export class DependencyGraph {
  /** Per kind and name: the sure declarations in file order, and the files that may declare it. */
  private readonly declarations = new Map<Kind, Map<string, Located[]>>();
  private readonly weak = new Map<Kind, Map<string, number[]>>();
  private readonly found = new Map<string, readonly Node[]>();
  /** The headers each file includes, directly or not. */
  private readonly included: readonly (readonly number[])[];
  /** Files that may register a function (by name) as an accept callback. */
  private readonly registrars = new Map<string, number[]>();
  /** Every macro by name: the files defining it, with what its body names. */
  private readonly macros = new Map<string, { readonly file: number; readonly body: readonly string[]; readonly declares: boolean }[]>();
  private readonly includedSets = new Map<number, ReadonlySet<number>>();
  /** Per kind and name: the statements that may declare it (a function head, a macro used at file scope). */
  private readonly maybe = new Map<Kind, Map<string, Located[]>>();
  /** The functions each file defines or may define. */
  private readonly functionsByFile: ReadonlySet<string>[] = [];
  /** Files whose findings can depend on other files than their headers. */
  readonly relevant: ReadonlySet<number>;

  constructor(private readonly files: readonly PartitionFile[], includes: IncludeResolver, relevantNames: ReadonlySet<string>) {
    for (const kind of KINDS) {
      this.declarations.set(kind, new Map());
      this.maybe.set(kind, new Map());
      this.weak.set(kind, new Map());
    }
    this.included = includeClosures(files, includes);
    files.forEach((file, index) => {
      for (const [name, body] of file.facts.macros) push(this.macros, name, { file: index, body, declares: file.facts.declaringMacros.has(name) });
    });
    files.forEach((file, index) => {
      for (const declaration of file.facts.declarations) push(this.declarations.get(declaration.kind) as Map<string, Located[]>, declaration.name, { ...declaration, file: index });
      const maybe: Located[] = file.facts.maybe.map((declaration) => ({ ...declaration, file: index }));
      // `DEFINE_HANDLER(OnRead) { … }`, `DECLARE_SD(g_Sd);`: a macro of the workspace used at file scope
      // may declare anything it is given or names, in that statement.
      for (const { name, words, start, end } of file.facts.invocations) {
        if (!this.macros.get(name)?.some((macro) => this.visible(index).has(macro.file) && macro.declares)) continue;
        for (const declared of new Set([...words, ...this.withMacros(index, [name])])) {
          for (const kind of KINDS) maybe.push({ name: declared, kind, start, end, file: index });
        }
      }
      for (const declaration of maybe) push(this.maybe.get(declaration.kind) as Map<string, Located[]>, declaration.name, declaration);
      this.functionsByFile.push(new Set([
        ...file.facts.declarations.filter((d) => d.kind === 'function').map((d) => d.name),
        ...maybe.filter((d) => d.kind === 'function').map((d) => d.name),
        ...[...file.facts.weak].filter(([, kinds]) => kinds.has('function')).map(([name]) => name),
      ]));
      for (const [name, kinds] of file.facts.weak) for (const kind of kinds) push(this.weak.get(kind) as Map<string, number[]>, name, index);
    });
    const registering = this.macrosNaming(new Set(REGISTERING));
    files.forEach((file, index) => {
      if (!someIn(registering, file.facts.names)) return;
      for (const name of this.withMacros(index, file.facts.names)) if (this.mayDefine(name, 'function')) push(this.registrars, name, index);
    });
    this.relevant = this.relevantFiles(relevantNames);
  }

  /**
   * The units of work: relevant files tied by the functions they call, each header with the first
   * file including it; every other file alone.
   */
  units(): number[][] {
    const parent = this.files.map((_, index) => index);
    const find = (index: number): number => {
      while (parent[index] !== index) {
        parent[index] = parent[parent[index]];
        index = parent[index];
      }
      return index;
    };
    const union = (a: number, b: number) => {
      const rootA = find(a);
      const rootB = find(b);
      if (rootA !== rootB) parent[Math.max(rootA, rootB)] = Math.min(rootA, rootB);
    };
    const functions = this.declarations.get('function') as Map<string, Located[]>;
    const attached = new Set<number>();
    this.files.forEach((file, index) => {
      if (!file.analysed || isHeader(file.path)) return;
      if (this.relevant.has(index)) {
        // A file setting completion routines goes with the files defining the functions it names (the routines).
        const tied = this.namesSetter(index) ? new Set([...file.facts.called, ...file.facts.names]) : file.facts.called;
        for (const name of tied) {
          const definers = new Set(functions.get(name)?.map((d) => d.file));
          if (definers.size !== 1 || this.mayDefineUnsurely(name, 'function')) continue;
          const [definer] = definers;
          if (definer !== index && this.relevant.has(definer) && this.files[definer].analysed && !isHeader(this.files[definer].path)) union(index, definer);
        }
      }
      for (const header of this.included[index]) {
        if (!attached.has(header)) {
          attached.add(header);
          union(header, index);
        }
      }
    });
    const units = new Map<number, number[]>();
    this.files.forEach((_, index) => push(units, find(index), index));
    return [...units.values()];
  }

  /** Every file a workspace owning these files must hold. */
  closure(owned: readonly number[]): Set<number> {
    const files = new Set<number>();
    const hold = (file: number) => {
      if (files.has(file)) return;
      files.add(file);
      for (const header of this.included[file]) files.add(header);
    };
    const visited = new Set<string>();
    const queue: Node[] = [];
    const visit = (node: Node) => {
      if (node.holdOnly) {
        hold(node.file);
        return;
      }
      const key = node.statement ? `${node.file}:${node.statement.start}` : `${node.file}`;
      if (visited.has(key) || (node.statement && visited.has(`${node.file}`))) return;
      visited.add(key);
      hold(node.file);
      queue.push(node);
    };
    for (const file of owned) {
      if (this.relevant.has(file)) visit({ file });
      else hold(file);
    }
    while (queue.length > 0) for (const next of this.needsOf(queue.pop() as Node)) visit(next);
    return files;
  }

  /** What the analysis of a whole file, or of one declaration, can look up. */
  private needsOf(node: Node): Node[] {
    const facts = this.files[node.file].facts;
    const needs: Node[] = [];
    const add = (found: readonly Node[]) => {
      for (const next of found) needs.push(next);
    };
    let called: Iterable<string>;
    let named: Iterable<string>;
    let tags: Iterable<string>;
    const defined: string[] = [];
    if (node.statement) {
      const { start, end } = node.statement;
      const names = this.withMacros(node.file, this.files[node.file].text.slice(start, end).match(IDENTIFIER) ?? []);
      called = named = tags = names;
      if (node.statement.kind === 'function') defined.push(node.statement.name);
    } else {
      const expanded = [...this.withMacros(node.file, facts.names)].filter((name) => !facts.names.has(name));
      called = [...facts.called, ...expanded];
      named = [...facts.names, ...expanded];
      tags = [...facts.tags, ...expanded];
      defined.push(...this.functionsByFile[node.file]);
    }
    // A call resolves to the first definition of its name, a type name to the first typedef, a struct
    // tag (or a WDK record type) to the first body, a variable to the file's own global, else to the
    // first one declared (any name may be a variable).
    for (const name of called) add(this.declarersOf(name, 'function'));
    for (const name of named) {
      add(this.declarersOf(name, 'typedef'));
      if (builtinType(name)?.kind === 'record') add(this.declarersOf(name, 'record'));
    }
    for (const name of tags) add(this.declarersOf(name, 'record'));
    const ownGlobals = new Set(facts.declarations.filter((d) => d.kind === 'global').map((d) => d.name));
    for (const name of named) if (!ownGlobals.has(name)) add(this.declarersOf(name, 'global'));
    for (const name of defined) for (const file of this.registrars.get(name) ?? []) needs.push({ file, holdOnly: true });
    return needs;
  }

  /**
   * Where the analysis finds a name of this kind: every declaration of it in the first file surely
   * declaring it (a file's last one wins there), and whatever may declare it up to that file. C's
   * keywords are never looked up, and the WDK's own type names only as records (the analysis knows
   * their typedefs; a record's fields may come from the workspace).
   */
  private declarersOf(name: string, kind: Kind): readonly Node[] {
    const key = `${kind} ${name}`;
    const known = this.found.get(key);
    if (known) return known;
    const result: Node[] = [];
    if (!C_KEYWORDS.has(name) && (kind === 'record' || builtinType(name) === undefined)) {
      const sure = this.declarations.get(kind)?.get(name) ?? [];
      const first = sure[0]?.file;
      const upToFirst = (file: number) => first === undefined || file <= first;
      for (const declaration of sure) if (declaration.file === first) result.push({ file: first, statement: declaration });
      for (const declaration of this.maybe.get(kind)?.get(name) ?? []) if (upToFirst(declaration.file)) result.push({ file: declaration.file, statement: declaration });
      for (const file of this.weak.get(kind)?.get(name) ?? []) if (upToFirst(file)) result.push({ file });
    }
    this.found.set(key, result);
    return result;
  }

  /**
   * The files naming a WSK name (or a macro whose body names one, in turn), and those calling a
   * function that a relevant file defines (directly or through a macro), in turn.
   */
  private relevantFiles(relevantNames: ReadonlySet<string>): Set<number> {
    // Only names that can make a file relevant are indexed: WSK names, macros, functions.
    const naming = new Map<string, number[]>();
    const calling = new Map<string, number[]>();
    const mentioned = (name: string) => relevantNames.has(name) || this.macros.has(name);
    const defined = (name: string) => this.mayDefine(name, 'function');
    this.files.forEach((file, index) => {
      for (const name of file.facts.names) if (mentioned(name)) push(naming, name, index);
      for (const name of file.facts.called) if (defined(name)) push(calling, name, index);
    });
    const macrosNaming = new Map<string, string[]>();
    for (const [macro, definitions] of this.macros) for (const { body } of definitions) for (const name of body) push(macrosNaming, name, macro);
    const relevant = new Set<number>();
    const seen = new Set<string>();
    /** Names whose mention makes a file relevant (WSK names, macros), or only whose call does (functions). */
    const queue: { name: string; mention: boolean }[] = [];
    const add = (name: string, mention: boolean) => {
      const key = `${mention ? 'm' : 'c'} ${name}`;
      if (seen.has(key)) return;
      seen.add(key);
      queue.push({ name, mention });
    };
    for (const name of relevantNames) add(name, true);
    while (queue.length > 0) {
      const { name, mention } = queue.pop() as { name: string; mention: boolean };
      for (const macro of macrosNaming.get(name) ?? []) add(macro, true);
      for (const file of (mention ? naming : calling).get(name) ?? []) {
        if (relevant.has(file)) continue;
        relevant.add(file);
        for (const defined of this.functionsByFile[file]) add(defined, false);
        // The functions a file setting completion routines names may be routines: their files report on it.
        if (!this.namesSetter(file)) continue;
        for (const named of this.files[file].facts.names) {
          if (!defined(named)) continue;
          for (const definer of this.definersOf(named)) {
            if (relevant.has(definer)) continue;
            relevant.add(definer);
            for (const other of this.functionsByFile[definer]) add(other, false);
          }
        }
      }
    }
    return relevant;
  }

  /** Whether a file (or a macro it uses) names IoSetCompletionRoutine[Ex]. */
  private namesSetter(file: number): boolean {
    return someIn(COMPLETION_SETTERS, this.withMacros(file, this.files[file].facts.names));
  }

  /** The files that define or may define a function. */
  private definersOf(name: string): number[] {
    const files = new Set<number>();
    for (const declaration of this.declarations.get('function')?.get(name) ?? []) files.add(declaration.file);
    for (const declaration of this.maybe.get('function')?.get(name) ?? []) files.add(declaration.file);
    for (const file of this.weak.get('function')?.get(name) ?? []) files.add(file);
    return [...files];
  }

  /** The names given, and the macros whose bodies name one of them (in turn, anywhere). */
  private macrosNaming(names: ReadonlySet<string>): Set<string> {
    const result = new Set(names);
    let grown = true;
    while (grown) {
      grown = false;
      for (const [macro, definitions] of this.macros) {
        if (!result.has(macro) && definitions.some(({ body }) => body.some((name) => result.has(name)))) {
          result.add(macro);
          grown = true;
        }
      }
    }
    return result;
  }

  /** Names and what the macros among them name (those the file or its headers define, in turn). */
  private withMacros(file: number, names: Iterable<string>): Set<string> {
    const visible = this.visible(file);
    const result = new Set<string>();
    const queue: string[] = [];
    const add = (name: string) => {
      if (result.has(name)) return;
      result.add(name);
      queue.push(name);
    };
    for (const name of names) add(name);
    while (queue.length > 0) {
      const name = queue.pop() as string;
      for (const macro of this.macros.get(name) ?? []) if (visible.has(macro.file)) for (const inner of macro.body) add(inner);
    }
    return result;
  }

  /** The file and the headers it includes: where the macros it sees come from. */
  private visible(file: number): ReadonlySet<number> {
    let visible = this.includedSets.get(file);
    if (!visible) {
      visible = new Set([file, ...this.included[file]]);
      this.includedSets.set(file, visible);
    }
    return visible;
  }

  private mayDefine(name: string, kind: Kind): boolean {
    return this.declarations.get(kind)?.has(name) === true || this.mayDefineUnsurely(name, kind);
  }

  private mayDefineUnsurely(name: string, kind: Kind): boolean {
    return this.maybe.get(kind)?.has(name) === true || this.weak.get(kind)?.has(name) === true;
  }
}

/** For each file, the headers it includes directly or not, as the workspace resolves them. */
function includeClosures(files: readonly PartitionFile[], includes: IncludeResolver): number[][] {
  const indexOf = new Map(files.map((file, index) => [file.path, index]));
  const includesOf = new Map(files.map((file) => [file.path, file.facts.includes]));
  return files.map((file) => includes.closure(file.path, (path) => includesOf.get(path)).headers.flatMap((header) => indexOf.get(header) ?? []));
}

function someIn(wanted: ReadonlySet<string>, names: ReadonlySet<string>): boolean {
  for (const name of wanted) if (names.has(name)) return true;
  return false;
}

function isHeader(file: string): boolean {
  return /\.h$/i.test(file);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
