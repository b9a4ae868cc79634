// One workspace analysed, in the main thread (a small run, or --jobs 1) or in a worker thread (a part
// of a larger run, see parallel.ts): every file added in the order of the whole run, parsed one by one
// (so that progress can be told), then each reported file analysed with its rules. A reported file it
// does not hold names nothing of WSK and has no finding (analysis/split/partition.ts). A worker holds only
// part of the program; it says what its own files release and learns what all of them release before
// any rule runs.

import type { Config } from '../analysis/config';
import type { AnalysisResult } from '../analysis/workspace';
import { Workspace } from '../analysis/workspace';
import { RULES } from '../rules/index';
import type { BuildFile } from '../parse/sources/build';
import type { SourceFile } from './files';
import { appendAll } from '../parse/arrays';

export interface AnalysisJob {
  /** The folders an `#include "…"` is also resolved against. */
  readonly roots: readonly string[];
  /** The build files of the run (where the headers are). */
  readonly buildFiles: readonly BuildFile[];
  /** Every file the workspace holds, in the order of the whole run (some only for their macros: see Workspace.setFile). */
  readonly files: readonly (SourceFile & { readonly macrosOnly?: boolean })[];
  /** When it holds less than the run: every file of the run, for includes to resolve as in one workspace holding all. */
  readonly outside: readonly string[];
  /** The files reported on, in path order, each with the index of its rule settings (one not held names nothing of WSK). */
  readonly reported: readonly { readonly path: string; readonly rules: number }[];
  readonly ruleSettings: readonly Config['rules'][];
  readonly wrappers: Config['wrappers'];
}

export interface JobHooks {
  /** A reported file was parsed (or needs no parse: it names nothing of WSK). */
  parsed?(): void;
  /** A reported file was analysed. */
  analysed?(): void;
  /**
   * For a workspace that holds only part of the program: `owned` are the files whose releases it
   * vouches for; `exchange` hands over what they release and resolves to what every part releases.
   */
  part?: { readonly owned: readonly string[]; exchange(released: readonly string[]): Promise<ReadonlySet<string>> };
}

export async function runJob(job: AnalysisJob, hooks: JobHooks = {}): Promise<AnalysisResult> {
  // Each file is parsed once: web-tree-sitter's trees go once copied (see ParsedFile.tree).
  const workspace = await Workspace.create(job.roots, { incremental: false });
  try {
    workspace.setBuildFiles(job.buildFiles);
    workspace.addOutsideFiles(job.outside);
    const reported = new Set(job.reported.map((file) => file.path));
    for (const file of job.files) workspace.setFile(file.path, file.text, { macrosOnly: file.macrosOnly });
    const held = new Set(job.files.map((file) => file.path));
    for (const file of job.reported) if (!held.has(file.path)) hooks.parsed?.();
    for (const file of job.files) {
      workspace.parse(file.path);
      if (reported.has(file.path)) hooks.parsed?.();
    }
    if (hooks.part) {
      const released = workspace.releasedBy(hooks.part.owned, job.wrappers);
      workspace.setReleasedEverywhere(await hooks.part.exchange([...released]));
    }
    const configs = job.ruleSettings.map((rules): Config => (job.wrappers ? { rules, wrappers: job.wrappers } : { rules }));
    const result: AnalysisResult = { findings: [], suppressed: [], unusedSuppressions: [], skippedFunctions: [], problems: [] };
    for (const { path, rules } of job.reported) {
      const one = workspace.analyze(RULES, configs[rules], [path]);
      appendAll(result.findings, one.findings);
      appendAll(result.suppressed, one.suppressed);
      appendAll(result.unusedSuppressions, one.unusedSuppressions);
      appendAll(result.skippedFunctions, one.skippedFunctions);
      appendAll(result.problems, one.problems);
      hooks.analysed?.();
    }
    return result;
  } finally {
    workspace.dispose();
  }
}
