// How a file's view is built, the same in the editor and the CLI: the headers it includes (resolved by
// includes.ts), the macros visible at each point (its own and those of its headers, at their
// `#include`), the driver's annotation macros blanked (annotations.ts), and the macros that matter
// expanded (macros.ts) in the WDK's C dialect. Which names matter is the caller's to say: this layer
// knows no WSK name.

import type { ExpansionPolicy } from '../macros';
import type { SourceMap } from '../macros';
import { MacroEnv, expandMacros } from '../macros';
import type { Define, Preprocessed, Undef } from '../preprocess';
import { maskAnnotations } from '../preprocess';
import { blankAnnotationMacros, blankHeadAnnotations } from './annotations';
import type { IncludeResolver } from './includes';

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

export class SourceViews {
  /** Include closures, until the next change (see invalidate). */
  private readonly closures = new Map<string, readonly string[]>();
  private readonly headerPolicy: ExpansionPolicy;
  private readonly cPolicy: ExpansionPolicy;

  /**
   * `preprocessed`: a file of the workspace in its first pass (undefined when the workspace does not
   * hold it). The resolver is the workspace's: it is told of every file added or deleted.
   */
  constructor(readonly includes: IncludeResolver, private readonly names: ViewNames, private readonly preprocessed: (path: string) => Preprocessed | undefined) {
    const { neverExpand, interesting, argumentCallees } = names;
    this.headerPolicy = { neverExpand, interesting, argumentCallees, mask: maskAnnotations };
    this.cPolicy = { ...this.headerPolicy, keywordAliases: C_KEYWORD_ALIASES };
  }

  /** Files or build files changed: includes may resolve to other files. */
  invalidate(): void {
    this.closures.clear();
  }

  /** The view of a file that tree-sitter parses, and its map back to the source. */
  build(path: string, pre: Preprocessed): { view: string; map: SourceMap } {
    const env = this.macroEnv(path, pre);
    const masked = blankHeadAnnotations(blankAnnotationMacros(pre.masked, pre.nonCode, env), pre.nonCode, env, this.names.isTypeName);
    return expandMacros(masked, pre.nonCode, env, /\.c$/i.test(path) ? this.cPolicy : this.headerPolicy);
  }

  /** Every header a file includes, directly or through other headers, in a stable order. */
  closure(path: string): readonly string[] {
    let closure = this.closures.get(path);
    if (!closure) {
      closure = this.includes.closure(path, (file) => this.preprocessed(file)?.includes);
      this.closures.set(path, closure);
    }
    return closure;
  }

  /** The macros visible in a file: its own, and those of the headers it includes, at the include. */
  macroEnv(path: string, pre: Preprocessed): MacroEnv {
    const entries: { offset: number; entry: Entry }[] = [];
    const visited = new Set<string>([path]);
    for (const include of pre.includes) {
      for (const entry of this.headerEntries(path, path, include, visited)) entries.push({ offset: include.offset, entry });
    }
    for (const define of pre.defines) entries.push({ offset: define.offset, entry: define });
    for (const undef of pre.undefs) entries.push({ offset: undef.offset, entry: undef });
    return new MacroEnv(entries);
  }

  /** A header's definitions in order, its own includes first (each header once). */
  private headerEntries(unit: string, from: string, include: Preprocessed['includes'][number], visited: Set<string>): Entry[] {
    const header = this.includes.resolve(include, from, unit);
    if (header === undefined || visited.has(header)) return [];
    visited.add(header);
    const pre = this.preprocessed(header);
    if (!pre) return [];
    const items: { offset: number; entry: Entry }[] = [];
    for (const inner of pre.includes) for (const entry of this.headerEntries(unit, header, inner, visited)) items.push({ offset: inner.offset, entry });
    for (const define of pre.defines) items.push({ offset: define.offset, entry: define });
    for (const undef of pre.undefs) items.push({ offset: undef.offset, entry: undef });
    return items.sort((a, b) => a.offset - b.offset).map((item) => item.entry);
  }
}
