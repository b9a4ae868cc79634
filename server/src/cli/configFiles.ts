// The run's `.wsk-lint.json` files, found and read as the editor finds them (analysis/configFiles.ts:
// the nearest one to each file wins), with the `--rule` flags over all of them.

import * as fs from 'node:fs';
import type { Config } from '../analysis/config';
import { ConfigFiles } from '../analysis/configFiles';

export interface ConfigError {
  /** The configuration file. */
  readonly file: string;
  /** What is wrong, one line each, where it is in the file (when it is about its text). */
  readonly problems: readonly { readonly message: string; readonly line?: number; readonly column?: number }[];
}

export class Configurations {
  private readonly files: ConfigFiles;

  constructor(private readonly overrides: Config, ruleIds: readonly string[]) {
    this.files = new ConfigFiles({ exists: (file) => fs.existsSync(file), read: (file) => fs.readFileSync(file, 'utf8') }, ruleIds);
  }

  /** Reads the configuration that applies in an analysed folder (its problems count even if it holds no file). */
  readIn(folder: string): void {
    this.files.applyingIn(folder);
  }

  /** The first configuration file read that has a problem: in CI a setting that is ignored is worse than a run that stops. */
  firstError(): ConfigError | undefined {
    const file = this.files.files().find((read) => read.errors.length > 0);
    return file && { file: file.file, problems: file.errors };
  }

  /** The configuration a file is analysed with: its rules, and the wrappers of every configuration read. */
  configFor(file: string): Config {
    const rules = { ...this.files.configFor(file).rules, ...this.overrides.rules };
    const { wrappers } = this;
    return wrappers ? { rules, wrappers } : { rules };
  }

  /** Whether a file or folder is left out by the `exclude` patterns of the configuration of the folder holding it. */
  isExcluded(file: string): boolean {
    return this.files.isExcluded(file);
  }

  /** The wrappers of every configuration read (the deeper file wins a conflict): they apply to the whole run. */
  get wrappers(): Config['wrappers'] {
    return this.files.wrappers();
  }
}
