// A tree analysed as the CLI analyses it, in this thread: once as one workspace holding every file,
// and once as planned from the files' facts: split into the parts worker threads would get (the split
// forced with `workerCost: 0`, so that small trees are split too), each part in a workspace of its own,
// exchanging what they release as the workers do; or, when no split is worth it, the one workspace
// holding what the relevant files need.

import type { AnalysisResult } from '../../server/src/analysis/workspace';
import { scanSource } from '../../server/src/analysis/split/scan';
import type { SourceFacts } from '../../server/src/analysis/split/scan';
import { runJob } from '../../server/src/cli/analyse';
import { Configurations } from '../../server/src/cli/configFiles';
import { collectFiles } from '../../server/src/cli/files';
import { mergeResults, planJobs } from '../../server/src/cli/jobs';
import type { WorkerInput } from '../../server/src/cli/parallel';
import { RULE_IDS } from '../../server/src/rules/index';

export interface Analysed {
  /** One workspace holding every file. */
  readonly single: AnalysisResult;
  /** The parts' results merged, or the planned workspace's when the split kept one part (`parts` empty). */
  readonly split: AnalysisResult;
  readonly parts: readonly WorkerInput[];
}

export async function analyseInParts(root: string, workers: number, workerCost = 0): Promise<Analysed> {
  const configurations = new Configurations({ rules: {} }, RULE_IDS);
  configurations.readIn(root);
  const error = configurations.firstError();
  if (error) throw new Error(`${error.file}: ${error.problems.map((problem) => problem.message).join('; ')}`);
  const facts = new Map<string, SourceFacts>();
  const collected = collectFiles([root], root, { maxFileSize: 5 << 20, inspect: (file, pre) => facts.set(file.path, scanSource(pre)) });
  const order = [...collected.headers, ...collected.files].map((file) => file.path);
  const one = planJobs(collected, configurations, { workers: 1, cores: 1 });
  if (!('single' in one)) throw new Error('one worker, one job');
  const single = await runJob(one.single);
  const planned = planJobs(collected, configurations, { workers, cores: workers, facts, workerCost });
  if (!('parts' in planned)) return { single, split: await runJob(planned.single), parts: [] };
  return { single, split: mergeResults(await runParts(planned.parts), order), parts: planned.parts };
}

/** Each part in its own workspace; what each releases goes to all once every part has told. */
async function runParts(parts: readonly WorkerInput[]): Promise<AnalysisResult[]> {
  const released: string[] = [];
  let told = 0;
  let everyone: (union: ReadonlySet<string>) => void = () => undefined;
  const union = new Promise<ReadonlySet<string>>((resolve) => {
    everyone = resolve;
  });
  return Promise.all(parts.map((part) => runJob(part.job, {
    part: {
      owned: part.owned,
      exchange: (own) => {
        released.push(...own);
        if (++told === parts.length) everyone(new Set(released));
        return union;
      },
    },
  })));
}
