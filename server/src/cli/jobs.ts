// From the collected files to the analysis jobs: one workspace for the whole run, or parts that worker
// threads analyse on their own when analysis/split/ finds a split worth it; and the parts' results
// merged back into the one result the single workspace would give.

import type { Config } from '../analysis/config';
import type { Location } from '../analysis/findings';
import { compareFindings } from '../analysis/findings';
import { SPLIT_MINIMUM, splitRun } from '../analysis/split/partition';
import { scanSource } from '../analysis/split/scan';
import type { SourceFacts } from '../analysis/split/scan';
import type { Preprocessed } from '../parse/preprocess';
import { BuildIncludes } from '../parse/sources/build';
import { IncludeResolver } from '../parse/sources/includes';
import type { AnalysisResult } from '../analysis/workspace';
import type { AnalysisJob } from './analyse';
import type { Configurations } from './configFiles';
import type { Collected, SourceFile } from './files';
import type { WorkerInput } from './parallel';

export interface JobOptions {
  /** At most this many workers, on this many processors. */
  readonly workers: number;
  readonly cores: number;
  /** What each file names and declares (every file collected), to split by; none: no split. */
  readonly facts?: ReadonlyMap<string, SourceFacts>;
  /** What starting a worker costs, for the split's estimate (tests lower it to split small runs). */
  readonly workerCost?: number;
}

/**
 * Scans every file read for the split (see analysis/split/scan.ts), from its preprocessed form (made
 * anyway to find its headers), once the run is large enough for a split to pay: until then their
 * preprocessed forms are kept, so that a small run scans nothing.
 */
export class SplitScan {
  private readonly facts = new Map<string, SourceFacts>();
  private waiting: { file: SourceFile; pre: Preprocessed }[] = [];
  private size = 0;

  /** `minimum`: the size (in characters) from which a run is scanned; see splitMinimum. */
  constructor(private readonly minimum: number) {}

  readonly inspect = (file: SourceFile, pre: Preprocessed): void => {
    this.size += file.text.length;
    if (this.size < this.minimum) {
      this.waiting.push({ file, pre });
      return;
    }
    for (const waiting of this.waiting) this.facts.set(waiting.file.path, scanSource(waiting.pre));
    this.waiting = [];
    this.facts.set(file.path, scanSource(pre));
  };

  /** Every file's facts; none when the run stayed too small to split. */
  result(): ReadonlyMap<string, SourceFacts> | undefined {
    return this.size >= this.minimum ? this.facts : undefined;
  }
}

/**
 * The size from which a run may be split: SPLIT_MINIMUM, or WSK_LINT_SPLIT_MINIMUM (characters) when
 * set, for machines with many processors and for tests of small runs.
 */
export function splitMinimum(env: NodeJS.ProcessEnv): number {
  const set = Number(env.WSK_LINT_SPLIT_MINIMUM);
  return env.WSK_LINT_SPLIT_MINIMUM !== undefined && env.WSK_LINT_SPLIT_MINIMUM.trim() !== '' && Number.isFinite(set) && set >= 0 ? set : SPLIT_MINIMUM;
}

/**
 * One job for every file and the headers they include (these only lend their macros and types), each
 * file analysed with the rules of its root; or, split, one per worker.
 */
export function planJobs(collected: Collected, configurations: Configurations, { workers, cores, facts, workerCost }: JobOptions): { readonly single: AnalysisJob } | { readonly parts: readonly WorkerInput[] } {
  const ordered = [...collected.headers, ...collected.files];
  const ruleSettings: Config['rules'][] = [];
  const settingIndex = new Map<string, number>();
  const reported = collected.files.map((file) => {
    const { rules } = configurations.configFor(file.path);
    const key = JSON.stringify(rules);
    if (!settingIndex.has(key)) {
      settingIndex.set(key, ruleSettings.length);
      ruleSettings.push(rules);
    }
    return { path: file.path, rules: settingIndex.get(key) as number };
  });
  const { wrappers } = configurations;
  const everyPath = ordered.map((file) => file.path);
  const job = (files: readonly number[], reportedPaths: ReadonlySet<string>, macrosOnly: ReadonlySet<number> = new Set()): AnalysisJob => ({
    roots: collected.roots,
    buildFiles: collected.buildFiles,
    files: files.map((index) => (macrosOnly.has(index) ? { ...ordered[index], macrosOnly: true } : ordered[index])),
    outside: files.length === ordered.length ? [] : everyPath,
    reported: reported.filter((file) => reportedPaths.has(file.path)),
    ruleSettings,
    wrappers,
  });

  if (workers > 1 && facts) {
    const context = new Set(collected.headers);
    const split = splitRun(
      ordered.map((file) => ({ path: file.path, size: file.text.length, facts: facts.get(file.path) as SourceFacts, analysed: !context.has(file) })),
      { includes: IncludeResolver.of(everyPath, collected.roots, BuildIncludes.read(collected.buildFiles)), wrappers: Object.keys(wrappers ?? {}), workers, cores, workerCost },
    );
    if (split.plans.length > 1) {
      return {
        parts: split.plans.map((plan) => {
          const owned = plan.owned.map((index) => ordered[index].path);
          return { job: job(plan.files, new Set(owned), new Set(plan.macrosOnly)), owned };
        }),
      };
    }
  }
  return { single: job(ordered.map((_, index) => index), new Set(reported.map((file) => file.path))) };
}

/** The parts' results as one: findings in report order, problems in file order (`order`: the run's files). */
export function mergeResults(results: readonly AnalysisResult[], order: readonly string[]): AnalysisResult {
  const position = new Map(order.map((file, index) => [file, index]));
  const byFile = (a: { file: string }, b: { file: string }) => (position.get(a.file) ?? 0) - (position.get(b.file) ?? 0);
  const byPlace = (a: Location, b: Location) => byFile(a, b) || a.span.start - b.span.start;
  return {
    findings: results.flatMap((result) => result.findings).sort(compareFindings),
    suppressed: results.flatMap((result) => result.suppressed).sort(compareFindings),
    unusedSuppressions: results.flatMap((result) => result.unusedSuppressions).sort(byPlace),
    skippedFunctions: results.flatMap((result) => result.skippedFunctions).sort(byPlace),
    problems: results.flatMap((result) => result.problems).sort(byFile),
  };
}
