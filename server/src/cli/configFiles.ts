// Which `.wsk-lint.json` applies to which file. Each analysed root takes the nearest configuration file
// in itself or the closest folder above it (so `wsk-lint src` run at a repository's top honours the
// repository's file), and a file follows the innermost root that contains it. The `--rule` flags go
// over all of them. The parsing itself is shared with the language server (analysis/config.ts).

import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Config } from '../analysis/config';
import { CONFIG_FILE, EMPTY_CONFIG, mergeConfigs, parseConfig } from '../analysis/config';

export interface ConfigError {
  /** The configuration file. */
  readonly file: string;
  /** One line. */
  readonly message: string;
}

export class Configurations {
  private constructor(
    /** Roots, innermost (longest) first, with the configuration that applies under each. */
    private readonly byRoot: readonly { readonly root: string; readonly config: Config }[],
    private readonly overrides: Config,
  ) {}

  /** Reads the configuration of every root; the first unreadable or invalid file is an error. */
  static load(roots: readonly string[], overrides: Config, ruleIds: readonly string[]): Configurations | ConfigError {
    const parsed = new Map<string, Config>();
    const byRoot: { root: string; config: Config }[] = [];
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
            return { file, message: `cannot read: ${(error as Error).message}` };
          }
          const { config: read, errors } = parseConfig(text, ruleIds);
          // In CI a setting that is ignored is worse than a run that stops: every problem is fatal here.
          if (errors.length > 0) return { file, message: errors.join('; ') };
          cached = read;
          parsed.set(file, cached);
        }
        config = cached;
      }
      byRoot.push({ root, config });
    }
    byRoot.sort((a, b) => b.root.length - a.root.length);
    return new Configurations(byRoot, overrides);
  }

  /** The configuration a file is analysed with. */
  configFor(file: string): Config {
    const owner = this.byRoot.find(({ root }) => file === root || file.startsWith(root.endsWith(path.sep) ? root : root + path.sep));
    return mergeConfigs(owner?.config ?? EMPTY_CONFIG, this.overrides);
  }
}

function nearestConfigFile(folder: string): string | undefined {
  for (let dir = folder; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, CONFIG_FILE);
    if (fs.existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) return undefined;
  }
}
