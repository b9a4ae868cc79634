// Which `.wsk-lint.json` applies to which file, the same in the editor and the CLI: the nearest one in
// the folder holding the file or in a folder above it, wherever the analysis started (a workspace
// folder, a PATH of the command line), so that both pick the same file for the same source. Files are
// not merged: the nearest one wins. A file's or folder's exclusion is judged by the configuration of
// the folder holding it, its `exclude` patterns relative to that configuration's folder. The `wrappers`
// of all the configurations met apply everywhere (a wrapper is a fact about a function, wherever it
// is called); of two that declare the same function, the deeper one wins.
//
// No I/O here: the adapters hand in how to tell that a file exists and how to read it.

import * as nodePath from 'node:path';
import type { Config } from './config';
import type { ConfigProblem } from './config';
import { CONFIG_FILE, EMPTY_CONFIG, mergeConfigs, parseConfig } from './config';
import type { PathMatcher } from './globs';
import { globMatcher } from './globs';

export interface ConfigReader {
  exists(file: string): boolean;
  /** The file's text; throws when it cannot be read. */
  read(file: string): string;
}

/** One configuration file as read: what it says, and what is wrong with it (each where it is). */
export interface ConfigFile {
  readonly file: string;
  readonly config: Config;
  readonly errors: readonly ConfigProblem[];
  readonly excluded: PathMatcher;
}

export class ConfigFiles {
  /** Folder to the configuration file applying in it (null: none up to the root). */
  private readonly nearest = new Map<string, string | null>();
  private readonly read = new Map<string, ConfigFile>();
  /** The wrappers of the files read, until another is read. */
  private merged: { wrappers: Config['wrappers'] } | undefined;

  constructor(private readonly reader: ConfigReader, private readonly ruleIds: readonly string[]) {}

  /** The configuration file that applies to a file or folder: the nearest one at or above the folder holding it. */
  fileFor(path: string): ConfigFile | undefined {
    return this.applyingIn(nodePath.dirname(path));
  }

  /** The configuration file that applies to the files of a folder: the nearest one in it or above it. */
  applyingIn(folder: string): ConfigFile | undefined {
    const file = this.nearestIn(folder);
    return file === undefined ? undefined : this.load(file);
  }

  /** The configuration a file is analysed with (without the settings or flags over it). */
  configFor(path: string): Config {
    return this.fileFor(path)?.config ?? EMPTY_CONFIG;
  }

  /** Whether the `exclude` patterns of the configuration applying to a file or folder leave it out. */
  isExcluded(path: string): boolean {
    return this.fileFor(path)?.excluded(path) ?? false;
  }

  /** The wrappers of the configuration files read so far; the deeper file wins a conflict. */
  wrappers(): Config['wrappers'] {
    if (!this.merged) {
      const byDepth = [...this.read.values()].sort((a, b) => a.file.length - b.file.length || (a.file < b.file ? -1 : 1));
      this.merged = { wrappers: mergeConfigs(EMPTY_CONFIG, ...byDepth.map((file) => file.config)).wrappers };
    }
    return this.merged.wrappers;
  }

  /** The configuration files read so far, in path order. */
  files(): ConfigFile[] {
    return [...this.read.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  }

  /** Configuration files were added, changed or deleted: everything is looked up and read again. */
  forget(): void {
    this.nearest.clear();
    this.read.clear();
    this.merged = undefined;
  }

  private nearestIn(folder: string): string | undefined {
    const known = this.nearest.get(folder);
    if (known !== undefined) return known ?? undefined;
    const candidate = nodePath.join(folder, CONFIG_FILE);
    const parent = nodePath.dirname(folder);
    const found = this.reader.exists(candidate) ? candidate : parent === folder ? undefined : this.nearestIn(parent);
    this.nearest.set(folder, found ?? null);
    return found;
  }

  private load(file: string): ConfigFile {
    let loaded = this.read.get(file);
    if (!loaded) {
      let config = EMPTY_CONFIG;
      let errors: ConfigProblem[];
      try {
        ({ config, errors } = parseConfig(this.reader.read(file), this.ruleIds));
      } catch (error) {
        errors = [{ message: `cannot read: ${(error as Error).message}`, line: 1, column: 1 }];
      }
      const exclude = globMatcher(config.exclude ?? []);
      const base = nodePath.dirname(file);
      loaded = { file, config, errors, excluded: (path) => exclude(nodePath.relative(base, path)) };
      this.read.set(file, loaded);
      this.merged = undefined;
    }
    return loaded;
  }
}
