// `wsk-lint`: the command-line face of the analysis, for CI. Bundled to dist/cli.js and run by
// bin/wsk-lint.js. Standard output (or --output) carries the report only; skipped files, problems and
// the summary go to standard error, so the report stays parseable. Exit status: 0 clean, 1 findings,
// 2 the run could not be made (usage, configuration, nothing readable, output not writable).

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CONFIG_FILE } from '../analysis/config';
import type { Problem } from '../analysis/findings';
import type { SourceFacts } from '../analysis/split/scan';
import type { AnalysisResult } from '../analysis/workspace';
import { RULES, RULE_IDS, ruleById } from '../rules/index';
import { ruleMarkdown } from '../rules/render';
import { runJob } from './analyse';
import type { Options } from './args';
import { PARALLEL_MINIMUM, helpText, parseCommandLine } from './args';
import { Configurations } from './configFiles';
import { collectFiles, rootsOf } from './files';
import type { Collected } from './files';
import { displayPath } from './format/location';
import { formatJson } from './format/json';
import { formatSarif } from './format/sarif';
import { formatText, summaryLine } from './format/text';
import { SplitScan, mergeResults, planJobs, splitMinimum } from './jobs';
import { runInWorkers } from './parallel';
import { ProgressLine, showsProgress } from './progress';
import type { Terminal } from './progress';
import { packageVersion } from './version';

const EXIT_CLEAN = 0;
const EXIT_FINDINGS = 1;
const EXIT_FAILURE = 2;

interface Console {
  readonly cwd: string;
  stdout(text: string): void;
  stderr(text: string): void;
  /** Standard error as a terminal, for the progress line (none when it is not one, or in CI). */
  readonly terminal: Terminal | undefined;
}

async function main(argv: readonly string[], io: Console): Promise<number> {
  const command = parseCommandLine(argv, RULE_IDS);
  switch (command.kind) {
    case 'usageError':
      io.stderr(`wsk-lint: ${command.message}\n`);
      return EXIT_FAILURE;
    case 'help':
      io.stdout(helpText(RULE_IDS));
      return EXIT_CLEAN;
    case 'version':
      io.stdout(`wsk-lint ${packageVersion()}\n`);
      return EXIT_CLEAN;
    case 'explain':
      io.stdout(ruleMarkdown(ruleById(command.rule)!));
      return EXIT_CLEAN;
    case 'lint':
      return lint(command.options, io);
  }
}

async function lint(options: Options, io: Console): Promise<number> {
  const show = (file: string) => displayPath(file, io.cwd);
  const configurations = Configurations.load(rootsOf(options.paths, io.cwd), options.rules, RULE_IDS);
  if (!(configurations instanceof Configurations)) {
    io.stderr(`wsk-lint: ${show(configurations.file)}: ${configurations.message}\n`);
    return EXIT_FAILURE;
  }

  // The facts a parallel run is split by come from the preprocessing that finding the headers does anyway.
  const scan = options.jobs > 1 ? new SplitScan(splitMinimum(process.env)) : undefined;
  const collected = collectFiles(options.paths, io.cwd, {
    maxFileSize: options.maxFileSize,
    isExcluded: (file) => configurations.isExcluded(file),
    inspect: scan?.inspect,
  });
  for (const skipped of collected.skipped) io.stderr(`wsk-lint: skipped ${show(skipped.file)}: ${skipped.message}\n`);
  for (const file of collected.excluded) io.stderr(`wsk-lint: excluded ${show(file)} (an exclude pattern of ${CONFIG_FILE} matches it)\n`);
  for (const folder of collected.emptyFolders) io.stderr(`wsk-lint: warning: no .c or .h file under ${show(folder)}\n`);
  if (collected.files.length === 0 && collected.skipped.length > 0) {
    io.stderr('wsk-lint: nothing to analyse: none of the given paths could be read\n');
    return EXIT_FAILURE;
  }

  const { findings, suppressed, unusedSuppressions, skippedFunctions, problems } = await analyse(collected, configurations, options.jobs, scan?.result(), io.terminal);
  for (const problem of problems) io.stderr(`wsk-lint: ${show(problem.file)}: ${problem.message}\n`);

  const report = options.format === 'json' ? formatJson(findings, io.cwd)
    : options.format === 'sarif' ? formatSarif({ findings, suppressed, problems: [...collected.skipped.map(skippedNotice), ...problems], rules: RULES, version: packageVersion(), cwd: io.cwd })
      : formatText(findings, io.cwd, [...unusedSuppressions, ...skippedFunctions]);
  if (options.output !== undefined) {
    try {
      fs.writeFileSync(path.resolve(io.cwd, options.output), report);
    } catch (error) {
      io.stderr(`wsk-lint: cannot write ${options.output}: ${(error as Error).message}\n`);
      return EXIT_FAILURE;
    }
  } else {
    io.stdout(report);
  }

  io.stderr(`wsk-lint: ${summaryLine(findings, collected.files.length, collected.skipped.length, suppressed.length, unusedSuppressions.length)}\n`);
  return findings.length > 0 && !options.exitZero ? EXIT_FINDINGS : EXIT_CLEAN;
}

function skippedNotice(skipped: Problem): Problem {
  return { file: skipped.file, message: `skipped: ${skipped.message}` };
}

/**
 * The run analysed as one workspace; with more than one job and enough files, split into parts that
 * worker threads analyse on their own when that is worth it (see jobs.ts). The findings are the same.
 */
async function analyse(collected: Collected, configurations: Configurations, jobs: number, facts: ReadonlyMap<string, SourceFacts> | undefined, terminal: Terminal | undefined): Promise<AnalysisResult> {
  const progress = terminal ? new ProgressLine(terminal, collected.files.length) : undefined;
  try {
    const planned = planJobs(collected, configurations, { workers: collected.files.length >= PARALLEL_MINIMUM ? jobs : 1, cores: os.availableParallelism(), facts });
    const results = 'parts' in planned ? await runInWorkers(planned.parts, progress) : [await runJob(planned.single, progress)];
    return mergeResults(results, [...collected.headers, ...collected.files].map((file) => file.path));
  } finally {
    progress?.clear();
  }
}

const processConsole: Console = {
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  terminal: showsProgress(process.stderr, process.env) ? process.stderr : undefined,
};

main(process.argv.slice(2), processConsole).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`wsk-lint: internal error: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    process.exitCode = EXIT_FAILURE;
  },
);
