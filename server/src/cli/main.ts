// `wsk-lint`: the command-line face of the analysis, for CI. Bundled to dist/cli.js and run by
// bin/wsk-lint.js. Standard output (or --output) carries the report only; skipped files, problems and
// the summary go to standard error, so the report stays parseable. Exit status: 0 clean, 1 findings,
// 2 the run could not be made (usage, configuration, nothing readable, output not writable).

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CONFIG_FILE } from '../analysis/config';
import type { Problem } from '../analysis/findings';
import type { AnalysisResult } from '../analysis/workspace';
import { RULES, RULE_IDS, ruleById } from '../rules/index';
import { ruleMarkdown } from '../rules/render';
import { runJob } from './analyse';
import type { Options } from './args';
import { PARALLEL_MINIMUM, helpText, parseCommandLine } from './args';
import { Configurations } from './configFiles';
import { collectFiles } from './files';
import type { Collected } from './files';
import { displayPath } from './format/location';
import { unifiedDiff } from './diff';
import { fixFiles } from './fix';
import { formatJson } from './format/json';
import { decodeSource } from '../parse/decode';
import { formatMsbuild } from './format/msbuild';
import { formatSarif } from './format/sarif';
import { formatText, summaryLine } from './format/text';
import { SplitScan, mergeResults, planJobs, scanHere, scanMinimum, splitMinimum, splitRequest } from './jobs';
import { runInWorkers, startPlanner } from './parallel';
import { ProgressLine, showsProgress } from './progress';
import type { Terminal } from './progress';

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
  const command = parseCommandLine(argv, RULE_IDS, RULES.map((rule) => rule.meta.name));
  switch (command.kind) {
    case 'usageError':
      io.stderr(`wsk-lint: ${command.message}\n`);
      return EXIT_FAILURE;
    case 'help':
      io.stdout(helpText(RULE_IDS));
      return EXIT_CLEAN;
    case 'version':
      io.stdout(`wsk-lint ${WSK_LINT_VERSION}\n`);
      return EXIT_CLEAN;
    case 'explain':
      io.stdout(ruleMarkdown(ruleById(command.rule)!));
      return EXIT_CLEAN;
    case 'lint':
      return lint(command.options, io);
  }
}

async function lint(options: Options, io: Console): Promise<number> {
  const configurations = new Configurations(options.rules, RULE_IDS);
  for (const given of options.paths) {
    const absolute = path.resolve(io.cwd, given);
    configurations.readIn(fs.statSync(absolute, { throwIfNoEntry: false })?.isDirectory() ? absolute : path.dirname(absolute));
  }

  // The facts a large run is planned by (what its workspace needs, and its split) come from the
  // preprocessing that finding the headers does anyway: scanned while the collection goes on, in the
  // planner thread when there are threads to use.
  const scan = options.fix === 'off' ? new SplitScan(scanMinimum(process.env), options.jobs > 1 ? startPlanner : scanHere) : undefined;
  try {
    return await check(options, configurations, scan, io);
  } finally {
    scan?.close();
  }
}

/** The files collected (and, for a split, scanned), then fixed or analysed, and reported. */
async function check(options: Options, configurations: Configurations, scan: SplitScan | undefined, io: Console): Promise<number> {
  const show = (file: string) => displayPath(file, io.cwd);
  const collected = collectFiles(options.paths, io.cwd, {
    maxFileSize: options.maxFileSize,
    isExcluded: (file) => configurations.isExcluded(file),
    inspect: scan?.inspect,
  });
  const configError = configurations.firstError();
  if (configError) {
    // Compiler style, `file:line:col: message`, so that editors and CI logs link to the place.
    for (const problem of configError.problems) {
      const at = problem.line === undefined ? '' : `:${problem.line}:${problem.column}`;
      io.stderr(`wsk-lint: ${show(configError.file)}${at}: ${problem.message}\n`);
    }
    return EXIT_FAILURE;
  }
  for (const skipped of collected.skipped) io.stderr(`wsk-lint: skipped ${show(skipped.file)}: ${skipped.message}\n`);
  for (const note of collected.notes) io.stderr(`wsk-lint: note: ${show(note.file)}: ${note.message}\n`);
  for (const file of collected.excluded) io.stderr(`wsk-lint: excluded ${show(file)} (an exclude pattern of ${CONFIG_FILE} matches it)\n`);
  for (const folder of collected.emptyFolders) io.stderr(`wsk-lint: warning: no .c or .h file under ${show(folder)}\n`);
  if (collected.files.length === 0 && collected.skipped.length > 0) {
    io.stderr('wsk-lint: nothing to analyse: none of the given paths could be read\n');
    return EXIT_FAILURE;
  }

  if (options.fix !== 'off') return fixAndReport(options, collected, configurations, io);
  const result = await analyse(collected, configurations, options.jobs, scan, io.terminal);
  return report(options, collected, result, io);
}

/** The report of a run in the format asked for, to --output or standard output; the summary on standard error. */
function report(options: Options, collected: Collected, result: AnalysisResult, io: Console, written?: string): number {
  const show = (file: string) => displayPath(file, io.cwd);
  const { findings, suppressed, unusedSuppressions, skippedFunctions, problems } = result;
  for (const problem of problems) io.stderr(`wsk-lint: ${show(problem.file)}: ${problem.message}\n`);

  const text = written ?? (options.format === 'json' ? formatJson(findings, { skippedFiles: [...collected.skipped.map(skippedNotice), ...problems], notes: collected.notes, functions: skippedFunctions }, io.cwd)
    : options.format === 'sarif' ? formatSarif({ findings, suppressed, problems: [...collected.skipped.map(skippedNotice), ...problems], notes: collected.notes, functions: skippedFunctions, rules: RULES, version: WSK_LINT_VERSION, homepage: WSK_LINT_HOMEPAGE, cwd: io.cwd })
      : options.format === 'msbuild' ? formatMsbuild(findings, [...unusedSuppressions, ...skippedFunctions])
        : formatText(findings, io.cwd, [...unusedSuppressions, ...skippedFunctions]));
  if (options.output !== undefined) {
    try {
      fs.writeFileSync(path.resolve(io.cwd, options.output), text);
    } catch (error) {
      io.stderr(`wsk-lint: cannot write ${options.output}: ${(error as Error).message}\n`);
      return EXIT_FAILURE;
    }
  } else {
    io.stdout(text);
  }

  io.stderr(`wsk-lint: ${summaryLine(findings, { analysed: collected.files.length, skipped: collected.skipped.length, functions: skippedFunctions.length }, suppressed.length, unusedSuppressions.length)}\n`);
  return findings.length > 0 && !options.exitZero ? EXIT_FINDINGS : EXIT_CLEAN;
}

/**
 * `--fix`: the safe fixes made in rounds (fix.ts) and written back, each file in its own encoding;
 * then the report of what is left. `--fix-dry-run`: the same fixes as a unified diff, nothing written.
 */
async function fixAndReport(options: Options, collected: Collected, configurations: Configurations, io: Console): Promise<number> {
  const show = (file: string) => displayPath(file, io.cwd);
  const outcome = await fixFiles({
    roots: collected.roots,
    files: [...collected.headers, ...collected.files],
    reported: collected.files.map((file) => ({ path: file.path, config: configurations.configFor(file.path) })),
  });
  for (const file of outcome.refused) io.stderr(`wsk-lint: ${show(file)}: some fixes were not made: the file would not parse as well\n`);
  const original = new Map(collected.files.map((file) => [file.path, file.text]));
  let failed = false;
  if (options.fix === 'write') {
    for (const [file, text] of outcome.fixed) {
      const problem = writeFixed(file, original.get(file) as string, text);
      if (problem) {
        io.stderr(`wsk-lint: ${show(file)}: not fixed: ${problem}\n`);
        failed = true;
      }
    }
  }
  const files = outcome.fixed.size;
  const what = `${outcome.fixedFindings} finding${outcome.fixedFindings === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}`;
  io.stderr(`wsk-lint: ${options.fix === 'write' ? 'fixed' : 'would fix'} ${what}${outcome.rounds > 1 ? ` (${outcome.rounds} rounds)` : ''}\n`);
  const diff = options.fix === 'dryRun'
    ? [...outcome.fixed].map(([file, text]) => unifiedDiff(original.get(file) as string, text, `a/${diffPath(file, io.cwd)}`, `b/${diffPath(file, io.cwd)}`)).join('')
    : undefined;
  const code = report(options, collected, outcome.result, io, diff);
  return failed ? EXIT_FAILURE : code;
}

/**
 * Writes a fixed file in the encoding it was read in (UTF-8, with its byte-order mark if it had one, or
 * UTF-16LE); refused (a reason) when the file changed on disk since it was read, or cannot be written.
 */
function writeFixed(file: string, read: string, fixed: string): string | undefined {
  try {
    const bytes = fs.readFileSync(file);
    const now = decodeSource(bytes);
    if (!('text' in now) || now.text !== read) return 'it changed on disk while wsk-lint ran';
    const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe;
    const utf8Mark = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    fs.writeFileSync(file, utf16 ? Buffer.from(`\uFEFF${fixed}`, 'utf16le') : `${utf8Mark ? '\uFEFF' : ''}${fixed}`);
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

/** A path in a diff header: relative to the current folder with `/` separators, as git writes them. */
function diffPath(file: string, cwd: string): string {
  return displayPath(file, cwd).split(path.sep).join('/');
}

function skippedNotice(skipped: Problem): Problem {
  return { file: skipped.file, message: `skipped: ${skipped.message}` };
}

/**
 * The run analysed as one workspace; with more than one job and enough files, split into parts that
 * worker threads analyse on their own when that is worth it (see jobs.ts). The findings are the same.
 * A scanned run is planned first (its workspaces hold only what its relevant files need).
 */
async function analyse(collected: Collected, configurations: Configurations, jobs: number, scan: SplitScan | undefined, terminal: Terminal | undefined): Promise<AnalysisResult> {
  const order = [...collected.headers, ...collected.files].map((file) => file.path);
  const size = [...collected.headers, ...collected.files].reduce((sum, file) => sum + file.text.length, 0);
  const workers = collected.files.length >= PARALLEL_MINIMUM && size >= splitMinimum(process.env) ? jobs : 1;
  const cores = os.availableParallelism();
  const split = await scan?.split(splitRequest(collected, configurations, { workers, cores }));
  scan?.close();
  const planned = planJobs(collected, configurations, { workers, cores, split });
  const progress = terminal ? new ProgressLine(terminal, collected.files.length) : undefined;
  try {
    if ('single' in planned) return mergeResults([await runJob(planned.single, progress)], order);
    return mergeResults(await runInWorkers(planned.parts, progress), order);
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
