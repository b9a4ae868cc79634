// The one include resolver, for the editor, the CLI and the CLI's planning of parallel runs alike:
// which file of the workspace an `#include` names.
//
//   #include "x.h"   next to the including file, then under each workspace root, then as `<x.h>`;
//   #include <x.h>   in the include directories of the build files (build.ts), of the file being
//                    analysed first, then of the header including it; then the one file of the
//                    workspace with that name.
//
// Names are compared without case, as on Windows. The last resort (by name) takes a file only when it
// is the only one whose path ends with the include's path (`<km/trace.h>` needs a `km` folder): two
// `trace.h` in two drivers are ambiguous and neither is taken. The WDK's and the C library's headers are
// not in the workspace and stay unresolved; the analysis knows their names without them.

import * as nodePath from 'node:path';
import type { Include } from '../preprocess';
import { BuildIncludes } from './build';

/** What an include names: its path as written, and whether in angle brackets. */
export type IncludeName = Pick<Include, 'path' | 'angled'>;

/** The headers a file includes (see IncludeResolver.closure). */
export interface IncludeClosure {
  readonly headers: readonly string[];
  readonly reachedAt: ReadonlyMap<string, readonly number[]>;
}

/**
 * Look-ups beyond the workspace's files, for a caller that reads headers from disk (the CLI): the file
 * under a path (another case of its name counts), and whether a folder exists (where `$(SolutionDir)`
 * may be). Consulted after the workspace's files, candidate by candidate.
 */
export interface DiskProbe {
  file(candidate: string): string | undefined;
  folder(candidate: string): boolean;
}

export class IncludeResolver {
  /** Lower-case path to the paths of that spelling, first added first (it is the one an include names). */
  private readonly byLowerCase = new Map<string, string[]>();
  /** Lower-case file name to the paths of that name. */
  private readonly byName = new Map<string, Set<string>>();
  /** Folders holding files of the workspace (and their parents), lower-case: where `$(SolutionDir)` may be. */
  private folders: Set<string> | undefined;
  private readonly directories = new Map<string, readonly string[]>();
  /** Resolutions made since the files or build files last changed (a header is included by many files). */
  private readonly resolved = new Map<string, string | undefined>();
  private readonly roots: readonly string[];

  constructor(roots: readonly string[] = [], private build: BuildIncludes = BuildIncludes.none, private readonly disk?: DiskProbe) {
    this.roots = roots.map((root) => nodePath.resolve(root));
  }

  /** A resolver over these files (the planner's, the CLI's and the tests' way to make one). */
  static of(files: Iterable<string>, roots: readonly string[] = [], build: BuildIncludes = BuildIncludes.none, disk?: DiskProbe): IncludeResolver {
    const resolver = new IncludeResolver(roots, build, disk);
    for (const file of files) resolver.add(file);
    return resolver;
  }

  add(file: string): void {
    const lower = nodePath.normalize(file).toLowerCase();
    const spellings = this.byLowerCase.get(lower);
    if (spellings?.includes(file)) return;
    if (spellings) spellings.push(file);
    else this.byLowerCase.set(lower, [file]);
    const name = nodePath.basename(lower);
    const named = this.byName.get(name);
    if (named) named.add(file);
    else this.byName.set(name, new Set([file]));
    this.forgetLayout();
  }

  delete(file: string): void {
    const lower = nodePath.normalize(file).toLowerCase();
    const spellings = this.byLowerCase.get(lower);
    const index = spellings?.indexOf(file) ?? -1;
    if (!spellings || index < 0) return;
    spellings.splice(index, 1);
    if (spellings.length === 0) this.byLowerCase.delete(lower);
    this.byName.get(nodePath.basename(lower))?.delete(file);
    this.forgetLayout();
  }

  setBuild(build: BuildIncludes): void {
    this.build = build;
    this.forgetLayout();
  }

  /**
   * The file an include names, or undefined. `from` is the file holding the `#include`; `unit` the file
   * being analysed (whose include directories come first; itself by default).
   */
  resolve(include: IncludeName, from: string, unit: string = from): string | undefined {
    const unitDirectories = this.directoriesOf(unit);
    const fromDirectories = unit === from ? [] : this.directoriesOf(from);
    // The answer depends on the unit only through its include directories: units of a project share it.
    const key = `${include.angled ? '<' : '"'}${include.path}\0${from}\0${unitDirectories.join('\0')}`;
    if (this.resolved.has(key)) return this.resolved.get(key);
    const path = include.path.replace(/\\/g, '/');
    const bases = include.angled ? [] : [nodePath.dirname(from), ...this.roots];
    bases.push(...unitDirectories, ...fromDirectories);
    let found: string | undefined;
    for (const base of bases) {
      const candidate = nodePath.resolve(base, path);
      found = this.byLowerCase.get(candidate.toLowerCase())?.[0] ?? this.disk?.file(candidate);
      if (found !== undefined) break;
    }
    found ??= this.uniqueByName(path, from);
    this.resolved.set(key, found);
    return found;
  }

  /**
   * Every header a file includes, directly or through other headers, each once, in the order first
   * met (the preprocessor's: depth first, in the order of the `#include`s), with the offsets of the
   * `#include`s through which each was first reached.
   */
  closure(unit: string, includesOf: (file: string) => readonly (IncludeName & { readonly offset: number })[] | undefined): IncludeClosure {
    const headers: string[] = [];
    const reachedAt = new Map<string, readonly number[]>();
    const visit = (file: string, at: readonly number[]) => {
      for (const include of includesOf(file) ?? []) {
        const header = this.resolve(include, file, unit);
        if (header === undefined || header === unit || reachedAt.has(header)) continue;
        const headerAt = [...at, include.offset];
        reachedAt.set(header, headerAt);
        headers.push(header);
        visit(header, headerAt);
      }
    };
    visit(unit, []);
    return { headers, reachedAt };
  }

  /** The include directories the build files give a file (absolute, in search order). */
  directoriesOf(file: string): readonly string[] {
    if (this.build.isEmpty) return [];
    let directories = this.directories.get(file);
    if (!directories) {
      directories = this.build.directoriesOf(file, (folder) => this.holdsFiles(folder));
      this.directories.set(file, directories);
    }
    return directories;
  }

  /**
   * The only file whose path ends with the include's path (compared without case). The includer itself
   * is not a candidate: a header that includes its own name means another one (a wrapper of a system header).
   */
  private uniqueByName(path: string, from: string): string | undefined {
    const parts = path.split('/').filter((part) => part !== '' && part !== '.' && part !== '..');
    if (parts.length === 0) return undefined;
    const named = this.byName.get(parts[parts.length - 1].toLowerCase());
    if (!named) return undefined;
    const suffix = nodePath.sep + parts.join(nodePath.sep).toLowerCase();
    let match: string | undefined;
    for (const file of named) {
      if (file === from || !nodePath.normalize(file).toLowerCase().endsWith(suffix)) continue;
      if (match !== undefined) return undefined; // ambiguous
      match = file;
    }
    return match;
  }

  private holdsFiles(folder: string): boolean {
    if (!this.folders) {
      this.folders = new Set();
      for (const lower of this.byLowerCase.keys()) {
        for (let dir = nodePath.dirname(lower); !this.folders.has(dir); dir = nodePath.dirname(dir)) {
          this.folders.add(dir);
          if (nodePath.dirname(dir) === dir) break;
        }
      }
    }
    return this.folders.has(nodePath.normalize(folder).toLowerCase()) || (this.disk?.folder(folder) ?? false);
  }

  private forgetLayout(): void {
    this.folders = undefined;
    this.directories.clear();
    this.resolved.clear();
  }
}
