// One workspace analysed, in the main thread (a small run, or --jobs 1) or in a worker thread (a part
// of a larger run, see parallel.ts): every file added in the order of the whole run, parsed one by one
// (so that progress can be told), then each reported file analysed with its rules. A worker holds only
// part of the program; it says what its own files release and learns what all of them release before
// any rule runs.

import type { Config } from '../analysis/config';
import type { AnalysisResult } from '../analysis/workspace';
import { Workspace } from '../analysis/workspace';
import { RULES } from '../rules/index';
import type { BuildFile } from '../parse/sources/build';
import type { SourceFile } from './files';

export interface AnalysisJob {
  /** The folders an `#include "…"` is also resolved against. */
  readonly roots: readonly string[];
  /** The build files of the run (where the headers are). */
  readonly buildFiles: readonly BuildFile[];
  /** Every file the workspace holds, in the order of the whole run (some only for their macros: see Workspace.setFile). */
  readonly files: readonly (SourceFile & { readonly macrosOnly?: boolean })[];
  /** For a part of a run: every file of the whole run, for includes to resolve as in one workspace. */
  readonly outside: readonly string[];
  /** The files reported on, in path order, each with the index of its rule settings. */
  readonly reported: readonly { readonly path: string; readonly rules: number }[];
  readonly ruleSettings: readonly Config['rules'][];
  readonly wrappers: Config['wrappers'];
}

/** How often a job that may be stopped lets other work in (a message telling it to stop). */
const YIELD_MS = 50;

export interface JobHooks {
  /** A reported file was parsed. */
  parsed?(): void;
  /** A reported file was analysed. */
  analysed?(): void;
  /**
   * For a workspace that holds only part of the program: `owned` are the files whose releases it
   * vouches for; `exchange` hands over what they release and resolves to what every part releases.
   */
  part?: { readonly owned: readonly string[]; exchange(released: readonly string[]): Promise<ReadonlySet<string>> };
  /**
   * Whether to give up (checked between files, the job letting other work in every YIELD_MS): the main
   * thread analyses the whole run while the planner decides whether to split it.
   */
  stopped?(): boolean;
}

/** The job's result; undefined when it was stopped (see JobHooks.stopped). */
export async function runJob(job: AnalysisJob, hooks: JobHooks & { stopped(): boolean }): Promise<AnalysisResult | undefined>;
export async function runJob(job: AnalysisJob, hooks?: JobHooks & { stopped?: undefined }): Promise<AnalysisResult>;
export async function runJob(job: AnalysisJob, hooks: JobHooks = {}): Promise<AnalysisResult | undefined> {
  // Each file is parsed once: web-tree-sitter's trees go once copied (see ParsedFile.tree).
  const workspace = await Workspace.create(job.roots, { incremental: false });
  let yieldedAt = performance.now();
  /** Whether to stop, after letting other work in when it is time. */
  const stop = async (): Promise<boolean> => {
    if (!hooks.stopped) return false;
    if (performance.now() - yieldedAt >= YIELD_MS) {
      await new Promise((resolve) => setImmediate(resolve));
      yieldedAt = performance.now();
    }
    return hooks.stopped();
  };
  try {
    workspace.setBuildFiles(job.buildFiles);
    workspace.addOutsideFiles(job.outside);
    const reported = new Set(job.reported.map((file) => file.path));
    for (const file of job.files) workspace.setFile(file.path, file.text, { macrosOnly: file.macrosOnly });
    for (const file of job.files) {
      if (await stop()) return undefined;
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
      if (await stop()) return undefined;
      const one = workspace.analyze(RULES, configs[rules], [path]);
      result.findings.push(...one.findings);
      result.suppressed.push(...one.suppressed);
      result.unusedSuppressions.push(...one.unusedSuppressions);
      result.skippedFunctions.push(...one.skippedFunctions);
      result.problems.push(...one.problems);
      hooks.analysed?.();
    }
    return result;
  } finally {
    workspace.dispose();
  }
}
