// From the collected files to the analysis jobs: one workspace for the whole run, or parts that worker
// threads analyse on their own when analysis/split/ finds a split worth it; and the parts' results
// merged back into the one result the single workspace would give.

import type { Config } from '../analysis/config';
import { sizeFromEnvironment } from '../analysis/config';
import type { Location } from '../analysis/findings';
import { compareFindings } from '../analysis/findings';
import { SPLIT_MINIMUM, splitRun } from '../analysis/split/partition';
import type { Split } from '../analysis/split/partition';
import { scanSource } from '../analysis/split/scan';
import type { ScanInput, SourceFacts } from '../analysis/split/scan';
import type { Preprocessed } from '../parse/preprocess';
import { BuildIncludes } from '../parse/sources/build';
import type { BuildFile } from '../parse/sources/build';
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
  /**
   * How the run is split (or what its one workspace holds): already decided (by the planner, see
   * SplitScan), or to decide here from what each file names and declares (every file collected);
   * neither: one workspace holding every file.
   */
  readonly split?: Split;
  readonly facts?: ReadonlyMap<string, SourceFacts>;
  /** What starting a worker costs, for the split's estimate (tests lower it to split small runs). */
  readonly workerCost?: number;
}

/** What deciding a split needs besides each file's facts: plain data, for the planner thread. */
export interface SplitRequest {
  /** The run's files in the single workspace's order (the included headers that were not given first). */
  readonly files: readonly { readonly path: string; readonly size: number; readonly analysed: boolean }[];
  readonly roots: readonly string[];
  readonly buildFiles: readonly BuildFile[];
  readonly wrappers: readonly string[];
  readonly workers: number;
  readonly cores: number;
  readonly workerCost?: number;
}

/** The split of a run, from its files' facts (see analysis/split/partition.ts). */
export function decideSplit(request: SplitRequest, facts: ReadonlyMap<string, SourceFacts>): Split {
  const { files, roots, buildFiles, wrappers, workers, cores, workerCost } = request;
  return splitRun(
    files.map((file) => ({ ...file, facts: facts.get(file.path) as SourceFacts })),
    { includes: IncludeResolver.of(files.map((file) => file.path), roots, BuildIncludes.read(buildFiles)), wrappers, workers, cores, workerCost },
  );
}

/** What the planner needs to split this run over `workers` workers. */
export function splitRequest(collected: Collected, configurations: Configurations, { workers, cores, workerCost }: Pick<JobOptions, 'workers' | 'cores' | 'workerCost'>): SplitRequest {
  const context = new Set(collected.headers);
  return {
    files: [...collected.headers, ...collected.files].map((file) => ({ path: file.path, size: file.text.length, analysed: !context.has(file) })),
    roots: collected.roots,
    buildFiles: collected.buildFiles,
    wrappers: Object.keys(configurations.wrappers ?? {}),
    workers,
    cores,
    workerCost,
  };
}

/** Where the facts of a run's files go as collection reads them: see SplitScan. */
export interface Scanner {
  scan(path: string, pre: ScanInput): void;
  /** The split, once every file was scanned. */
  split(request: SplitRequest): Promise<Split>;
  /** Stops scanning (also when the split is not wanted after all). */
  close(): void;
}

/**
 * Hands every file read to a scanner (the planner thread: see parallel.ts), from its preprocessed form
 * (made anyway to find its headers), once the run is large enough for a split to pay: until then their
 * preprocessed forms are kept, so that a small run starts no planner and scans nothing. The scan and
 * the planning then run beside the collection instead of after it.
 */
export class SplitScan {
  private scanner: Scanner | undefined;
  private waiting: { path: string; pre: ScanInput }[] = [];
  private size = 0;

  /** `minimum`: the size (in characters) from which a run is scanned; see splitMinimum. */
  constructor(private readonly minimum: number, private readonly start: () => Scanner) {}

  readonly inspect = (file: SourceFile, pre: Preprocessed): void => {
    this.size += file.text.length;
    const input: ScanInput = { masked: pre.masked, defines: pre.defines, includes: pre.includes, nonCode: pre.nonCode, irqlAnnotations: pre.irqlAnnotations, unterminated: pre.unterminated };
    if (!this.scanner && this.size < this.minimum) {
      this.waiting.push({ path: file.path, pre: input });
      return;
    }
    if (!this.scanner) {
      this.scanner = this.start();
      for (const waiting of this.waiting) this.scanner.scan(waiting.path, waiting.pre);
      this.waiting = [];
    }
    this.scanner.scan(file.path, input);
  };

  /** The split of the run; none when it stayed too small to split. */
  split(request: SplitRequest): Promise<Split> | undefined {
    return this.scanner?.split(request);
  }

  close(): void {
    this.scanner?.close();
    this.waiting = [];
  }
}

/** A scanner in this thread (tests, and the bench's count of what the planning costs). */
export function scanHere(): Scanner {
  const facts = new Map<string, SourceFacts>();
  return {
    scan: (path, pre) => facts.set(path, scanSource(pre)),
    split: (request) => Promise.resolve(decideSplit(request, facts)),
    close: () => facts.clear(),
  };
}

/**
 * The size from which a run may be split: SPLIT_MINIMUM, or WSK_LINT_SPLIT_MINIMUM (characters) when
 * set, for machines with many processors and for tests of small runs.
 */
export function splitMinimum(env: NodeJS.ProcessEnv): number {
  return sizeFromEnvironment(env, 'WSK_LINT_SPLIT_MINIMUM', SPLIT_MINIMUM);
}

/**
 * Runs smaller than this (in characters) are parsed whole, unscanned: the scan and the planning cost
 * about a tenth of parsing, and only pay off in trees where most files name nothing of WSK.
 */
export const SCAN_MINIMUM = 2_000_000;

/** The size from which a run's files are scanned for what its workspace needs (and for a split). */
export function scanMinimum(env: NodeJS.ProcessEnv): number {
  return Math.min(SCAN_MINIMUM, splitMinimum(env));
}

/**
 * One job for every file and the headers they include (these only lend their macros and types), each
 * file analysed with the rules of its root; or, split, one per worker.
 */
export function planJobs(collected: Collected, configurations: Configurations, { workers, cores, split, facts, workerCost }: JobOptions): { readonly single: AnalysisJob } | { readonly parts: readonly WorkerInput[] } {
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

  const decided = split ?? (facts && decideSplit(splitRequest(collected, configurations, { workers, cores, workerCost }), facts));
  if (decided && decided.plans.length > 1) {
    return {
      parts: decided.plans.map((plan) => {
        const owned = plan.owned.map((index) => ordered[index].path);
        return { job: job(plan.files, new Set(owned), new Set(plan.macrosOnly)), owned };
      }),
    };
  }
  const everyReported = new Set(reported.map((file) => file.path));
  // Decided: what the one workspace needs (the files of no relevance are reported on unparsed).
  if (decided) return { single: job(decided.plans[0].files, everyReported, new Set(decided.plans[0].macrosOnly)) };
  return { single: job(ordered.map((_, index) => index), everyReported) };
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
