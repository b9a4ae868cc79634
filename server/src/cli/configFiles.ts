// Which `.wsk-lint.json` applies to which file. Each analysed root takes the nearest configuration file
// in itself or the closest folder above it (so `wsk-lint src` run at a repository's top honours the
// repository's file), and a file follows the innermost root that contains it. The `--rule` flags go
// over all of them. A file's `exclude` patterns are relative to the folder holding it; the `wrappers`
// of all of them apply to the whole run (a wrapper is a fact about a function, wherever it is called).
// The parsing itself is shared with the language server (analysis/config.ts).

import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Config } from '../analysis/config';
import { CONFIG_FILE, EMPTY_CONFIG, mergeConfigs, parseConfig } from '../analysis/config';
import { globMatcher } from '../analysis/globs';
import type { PathMatcher } from '../analysis/globs';

export interface ConfigError {
  /** The configuration file. */
  readonly file: string;
  /** What is wrong, one line each, where it is in the file (when it is about its text). */
  readonly problems: readonly { readonly message: string; readonly line?: number; readonly column?: number }[];
}

export class Configurations {
  private constructor(
    /** Roots, innermost (longest) first, with the configuration that applies under each. */
    private readonly byRoot: readonly RootSettings[],
    private readonly overrides: Config,
    /** The wrappers of every root (the innermost root wins a conflict): they apply to the whole run. */
    readonly wrappers: Config['wrappers'],
  ) {}

  /** Reads the configuration of every root; the first unreadable or invalid file is an error. */
  static load(roots: readonly string[], overrides: Config, ruleIds: readonly string[]): Configurations | ConfigError {
    const parsed = new Map<string, Config>();
    const byRoot: RootSettings[] = [];
    for (const root of roots) {
      const file = nearestConfigFile(root);
      let config = EMPTY_CONFIG;
      if (file) {
        let cached = parsed.get(file);
        if (!cached) {
          let text: string;
          try {
            text = fs.readFileSync(file, 'utf8');
          } catch (error) {
            return { file, problems: [{ message: `cannot read: ${(error as Error).message}` }] };
          }
          const { config: read, errors } = parseConfig(text, ruleIds);
          // In CI a setting that is ignored is worse than a run that stops: every problem is fatal here.
          if (errors.length > 0) return { file, problems: errors };
          cached = read;
          parsed.set(file, cached);
        }
        config = cached;
      }
      const exclude = globMatcher(config.exclude ?? []);
      const base = file ? path.dirname(file) : root;
      byRoot.push({ root, config, excluded: (target) => exclude(path.relative(base, target)) });
    }
    byRoot.sort((a, b) => b.root.length - a.root.length);
    return new Configurations(byRoot, overrides, mergeConfigs(...byRoot.map((settings) => settings.config).reverse()).wrappers);
  }

  /** The configuration a file is analysed with: its rules, and the wrappers of every root. */
  configFor(file: string): Config {
    const { rules } = mergeConfigs(this.ownerOf(file)?.config ?? EMPTY_CONFIG, this.overrides);
    return this.wrappers ? { rules, wrappers: this.wrappers } : { rules };
  }

  /** Whether a file or folder is left out by the `exclude` patterns of the root it is under. */
  isExcluded(file: string): boolean {
    return this.ownerOf(file)?.excluded(file) ?? false;
  }

  private ownerOf(file: string): RootSettings | undefined {
    return this.byRoot.find(({ root }) => file === root || file.startsWith(root.endsWith(path.sep) ? root : root + path.sep));
  }
}

interface RootSettings {
  readonly root: string;
  readonly config: Config;
  readonly excluded: PathMatcher;
}

function nearestConfigFile(folder: string): string | undefined {
  for (let dir = folder; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, CONFIG_FILE);
    if (fs.existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) return undefined;
  }
}
