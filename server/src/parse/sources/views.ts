// How a file's view is built, the same in the editor and the CLI: the headers it includes (resolved by
// includes.ts), the macros visible at each point (its own and those of its headers, at their
// `#include`), the driver's annotation macros blanked (annotations.ts), and the macros that matter
// expanded (macros.ts) in the WDK's C dialect. Which names matter is the caller's to say: this layer
// knows no WSK name.
//
// A file of a large tree can include thousands of headers (through `<…>` and names found anywhere in
// the workspace), most of whose macros it never uses. Its macro environment is therefore made of the
// names it can reach (those written in it, and those written in the bodies of their definitions, in
// turn), looked up in an index of every header's definitions, rather than by copying every header.
// The order is the preprocessor's: a header's definitions come at its `#include`, nested headers'
// definitions at theirs, each header once, where it is first reached.

import { C_KEYWORDS } from '../keywords';
import type { ExpansionPolicy } from '../macros';
import type { SourceMap } from '../macros';
import { MacroEnv, expandMacros } from '../macros';
import type { Define, Preprocessed, Undef } from '../preprocess';
import { maskAnnotations } from '../preprocess';
import { blankAnnotationMacros, blankHeadAnnotations } from './annotations';
import type { IncludeClosure, IncludeResolver } from './includes';

/**
 * What the analysis knows of names: which make a macro worth expanding and which are never expanded,
 * and which are types that no file of the workspace defines (the WDK's typedefs).
 */
export interface ViewNames extends Pick<ExpansionPolicy, 'neverExpand' | 'interesting' | 'argumentCallees'> {
  isTypeName(name: string): boolean;
}

/** In C files (not C++ headers) the WDK's excpt.h turns `try`/`except`/`finally`/`leave` into the SEH keywords. */
const C_KEYWORD_ALIASES: ExpansionPolicy['keywordAliases'] = [
  { pattern: /\btry(?=\s*\{)/g, replacement: '__try' },
  { pattern: /\bexcept(?=\s*\()/g, replacement: '__except', after: '}' },
  { pattern: /\bfinally(?=\s*\{)/g, replacement: '__finally', after: '}' },
  { pattern: /\bleave(?=\s*;)/g, replacement: '__leave' },
];

type Entry = Define | Undef;


const IDENTIFIER = /[A-Za-z_]\w*/g;

/** A file's include closure, and the last generation of the workspace at which it or a file in it changed. */
interface ClosureState {
  closure: IncludeClosure | undefined;
  /** The closure before the files came or went, to tell whether that changed it. */
  previous: IncludeClosure | undefined;
  touchedAt: number;
}

export class SourceViews {
  /** Include closures by file: recomputed when a file in them changes, or files come and go. */
  private readonly closures = new Map<string, ClosureState>();
  /** Every definition and #undef of the indexed headers by name, and what each header added. */
  private readonly byName = new Map<string, { readonly file: string; readonly entry: Entry }[]>();
  private readonly indexed = new Map<string, Preprocessed>();
  /** The names of the index that `##` queries asked for (see namesWith). */
  private readonly pasteQueries = new Map<string, Set<string>>();
  private readonly headerPolicy: ExpansionPolicy;
  private readonly cPolicy: ExpansionPolicy;

  /**
   * `preprocessed`: a file of the workspace in its first pass (undefined when the workspace does not
   * hold it). The resolver is the workspace's: it is told of every file added or deleted. `generation`:
   * the workspace's count of changes, which `touchedAt` answers in.
   */
  constructor(
    readonly includes: IncludeResolver,
    private readonly names: ViewNames,
    private readonly preprocessed: (path: string) => Preprocessed | undefined,
    private readonly generation: () => number,
  ) {
    const { interesting, argumentCallees } = names;
    // C's keywords are never expanded, even where a header defines them: the CLR's contract.h turns every
    // `return` into C++ (`#define return if (0 && __ReturnOK::…) … else return`), and what a driver does
    // with them (`#define inline __inline`) changes nothing the analysis reads.
    const neverExpand = (name: string) => C_KEYWORDS.has(name) || names.neverExpand(name);
    this.headerPolicy = { neverExpand, interesting, argumentCallees, mask: maskAnnotations };
    this.cPolicy = { ...this.headerPolicy, keywordAliases: C_KEYWORD_ALIASES };
  }

  /** A file's text changed: its closure and those holding it are read again, and count as changed. */
  textChanged(path: string): void {
    for (const [unit, state] of this.closures) {
      if (unit !== path && !(state.closure ?? state.previous)?.reachedAt.has(path)) continue;
      state.closure = undefined;
      state.previous = undefined;
      state.touchedAt = this.generation();
    }
  }

  /**
   * Files came or went, or the build files changed: every include may resolve elsewhere. Closures are
   * read again; those that come out different count as changed.
   */
  layoutChanged(): void {
    for (const state of this.closures.values()) {
      state.previous = state.closure ?? state.previous;
      state.closure = undefined;
    }
  }

  /** A file left the workspace: its closure goes. */
  forget(path: string): void {
    this.closures.delete(path);
  }

  /** The last generation at which the file's include closure, or a file in it, changed. */
  touchedAt(path: string): number {
    this.closureOf(path);
    return (this.closures.get(path) as ClosureState).touchedAt;
  }

  /** The view of a file that tree-sitter parses, its map back to the source, and the macros it used. */
  build(path: string, pre: Preprocessed): { view: string; map: SourceMap; env: MacroEnv } {
    const env = this.macroEnv(path, pre);
    const masked = blankHeadAnnotations(blankAnnotationMacros(pre.masked, pre.nonCode, env), pre.nonCode, env, this.names.isTypeName);
    return { ...expandMacros(masked, pre.nonCode, env, this.policyOf(path)), env };
  }

  /** How a file's macros expand: C files know the WDK's `try`/`except` keyword aliases, headers (C++) not. */
  policyOf(path: string): ExpansionPolicy {
    return /\.c$/i.test(path) ? this.cPolicy : this.headerPolicy;
  }

  /** The headers a file includes, directly or not. */
  headersOf(path: string): readonly string[] {
    return this.closureOf(path).headers;
  }

  /** Whether a file includes a header, directly or not. */
  includesHeader(path: string, header: string): boolean {
    return this.closureOf(path).reachedAt.has(header);
  }

  /**
   * The macros visible in a file that it can reach: its own, and those of the headers it includes (at
   * the include), for the names written in it and, in turn, in the bodies of their definitions.
   */
  private macroEnv(path: string, pre: Preprocessed): MacroEnv {
    const { headers, reachedAt } = this.closureOf(path, pre);
    for (const header of headers) this.index(header);
    const keyed: { key: readonly number[]; entry: Entry }[] = [];
    for (const entry of [...pre.defines, ...pre.undefs]) keyed.push({ key: [entry.offset], entry });
    const wanted = new Set<string>();
    const queue: string[] = [];
    const want = (name: string) => {
      if (wanted.has(name)) return;
      wanted.add(name);
      queue.push(name);
    };
    const wantBody = (define: Define) => {
      for (const word of define.body.match(IDENTIFIER) ?? []) want(word);
      // `prefix##name`: the names a paste can make are those with its fixed part (all, when it has none).
      if (define.body.includes('##')) for (const name of this.pastable(define)) want(name);
    };
    // The masked text holds the file's own directives: the names its own macros use are in it too, but
    // not those they paste. Only a header's macro is looked for (none when the file reaches no header).
    if (reachedAt.size > 0) for (const word of pre.masked.match(IDENTIFIER) ?? []) if (this.byName.has(word)) want(word);
    for (const define of pre.defines) if (define.body.includes('##')) wantBody(define);
    while (queue.length > 0) {
      const name = queue.pop() as string;
      for (const { file, entry } of this.byName.get(name) ?? []) {
        const at = reachedAt.get(file);
        if (at === undefined) continue;
        keyed.push({ key: [...at, entry.offset], entry });
        if ('body' in entry) wantBody(entry);
      }
    }
    keyed.sort((a, b) => compareKeys(a.key, b.key));
    return new MacroEnv(keyed.map(({ key, entry }) => ({ offset: key[0], entry })));
  }

  /**
   * The indexed names the `##` of a definition can make: those starting with the first word of the
   * pasted chain, or ending with its last, when that word is no parameter; every name when both are.
   */
  private *pastable(define: Define): Iterable<string> {
    const isParameter = (word: string) => define.params?.includes(word) === true || word === '__VA_ARGS__';
    for (const [chain] of define.body.matchAll(/\w+(?:\s*##\s*\w+)+/g)) {
      const words = chain.split(/\s*##\s*/);
      const first = isParameter(words[0]) ? undefined : words[0];
      const last = isParameter(words[words.length - 1]) ? undefined : words[words.length - 1];
      if (first === undefined && last === undefined) {
        yield* [...this.byName.keys()];
        return;
      }
      if (first !== undefined) yield* this.namesWith(`^${first}`);
      if (last !== undefined) yield* this.namesWith(`$${last}`);
    }
  }

  /**
   * The indexed names starting (`^word`) or ending (`$word`) with a word, kept up to date as the index
   * changes once asked for (drivers paste with a few fixed words).
   */
  private namesWith(query: string): ReadonlySet<string> {
    let names = this.pasteQueries.get(query);
    if (!names) {
      names = new Set([...this.byName.keys()].filter((name) => matchesQuery(name, query)));
      this.pasteQueries.set(query, names);
    }
    return names;
  }

  private closureOf(path: string, pre = this.preprocessed(path)): IncludeClosure {
    let state = this.closures.get(path);
    if (state?.closure) return state.closure;
    const closure = this.includes.closure(path, (file) => (file === path ? pre : this.preprocessed(file))?.includes);
    if (!state) {
      this.closures.set(path, { closure, previous: undefined, touchedAt: this.generation() });
      return closure;
    }
    if (state.previous && !sameClosure(state.previous, closure)) state.touchedAt = this.generation();
    state.closure = closure;
    state.previous = undefined;
    return closure;
  }

  /** Puts a header's definitions in the index (again, when its text changed). */
  private index(file: string): void {
    const pre = this.preprocessed(file);
    const before = this.indexed.get(file);
    if (before === pre) return;
    if (before) {
      for (const name of new Set([...before.defines, ...before.undefs].map((entry) => entry.name))) {
        const kept = (this.byName.get(name) ?? []).filter((item) => item.file !== file);
        if (kept.length > 0) {
          this.byName.set(name, kept);
        } else {
          this.byName.delete(name);
          for (const names of this.pasteQueries.values()) names.delete(name);
        }
      }
      this.indexed.delete(file);
    }
    if (!pre) return;
    for (const entry of [...pre.defines, ...pre.undefs]) {
      const list = this.byName.get(entry.name);
      if (list) {
        list.push({ file, entry });
        continue;
      }
      this.byName.set(entry.name, [{ file, entry }]);
      for (const [query, names] of this.pasteQueries) if (matchesQuery(entry.name, query)) names.add(entry.name);
    }
    this.indexed.set(file, pre);
  }
}

/** The same headers, reached through the same `#include`s (so in the same order). */
function sameClosure(a: IncludeClosure, b: IncludeClosure): boolean {
  if (a.headers.length !== b.headers.length) return false;
  for (const [header, at] of a.reachedAt) {
    const other = b.reachedAt.get(header);
    if (!other || other.length !== at.length || other.some((offset, i) => offset !== at[i])) return false;
  }
  return true;
}

function matchesQuery(name: string, query: string): boolean {
  return query[0] === '^' ? name.startsWith(query.slice(1)) : name.endsWith(query.slice(1));
}

/** Lexicographic order of offset paths: where an entry stands once every `#include` is replaced by its header. */
function compareKeys(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}
