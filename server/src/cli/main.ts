// `wsk-lint`: the command-line face of the analysis, for CI. Bundled to dist/cli.js and run by
// bin/wsk-lint.js. Standard output (or --output) carries the report only; skipped files, problems and
// the summary go to standard error, so the report stays parseable. Exit status: 0 clean, 1 findings,
// 2 the run could not be made (usage, configuration, nothing readable, output not writable).

import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Config } from '../analysis/config';
import type { Finding, Problem } from '../analysis/findings';
import { compareFindings } from '../analysis/findings';
import { Workspace } from '../analysis/workspace';
import { RULES, RULE_IDS, ruleById } from '../rules/index';
import { ruleMarkdown } from '../rules/render';
import type { Options } from './args';
import { helpText, parseCommandLine } from './args';
import { Configurations } from './configFiles';
import { collectFiles } from './files';
import type { SourceFile } from './files';
import { displayPath } from './format/location';
import { formatJson } from './format/json';
import { formatSarif } from './format/sarif';
import { formatText, summaryLine } from './format/text';
import { packageVersion } from './version';

const EXIT_CLEAN = 0;
const EXIT_FINDINGS = 1;
const EXIT_FAILURE = 2;

interface Console {
  readonly cwd: string;
  stdout(text: string): void;
  stderr(text: string): void;
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
  const collected = collectFiles(options.paths, io.cwd, options.maxFileSize);
  for (const skipped of collected.skipped) io.stderr(`wsk-lint: skipped ${show(skipped.file)}: ${skipped.message}\n`);
  for (const folder of collected.emptyFolders) io.stderr(`wsk-lint: warning: no .c or .h file under ${show(folder)}\n`);
  if (collected.files.length === 0 && collected.skipped.length > 0) {
    io.stderr('wsk-lint: nothing to analyse: none of the given paths could be read\n');
    return EXIT_FAILURE;
  }

  const configurations = Configurations.load(collected.roots, options.rules, RULE_IDS);
  if (!(configurations instanceof Configurations)) {
    io.stderr(`wsk-lint: ${show(configurations.file)}: ${configurations.message}\n`);
    return EXIT_FAILURE;
  }

  const { findings, problems } = await analyse(collected.files, collected.headers, collected.roots, configurations);
  for (const problem of problems) io.stderr(`wsk-lint: ${show(problem.file)}: ${problem.message}\n`);

  const report = options.format === 'json' ? formatJson(findings, io.cwd)
    : options.format === 'sarif' ? formatSarif({ findings, problems: [...collected.skipped.map(skippedNotice), ...problems], rules: RULES, version: packageVersion(), cwd: io.cwd })
      : formatText(findings, io.cwd);
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

  io.stderr(`wsk-lint: ${summaryLine(findings, collected.files.length, collected.skipped.length)}\n`);
  return findings.length > 0 && !options.exitZero ? EXIT_FINDINGS : EXIT_CLEAN;
}

function skippedNotice(skipped: Problem): Problem {
  return { file: skipped.file, message: `skipped: ${skipped.message}` };
}

/**
 * One workspace for every file and the headers they include; each group of files that shares a
 * configuration is analysed with it. The included headers only lend their macros and types.
 */
async function analyse(files: readonly SourceFile[], headers: readonly SourceFile[], roots: readonly string[], configurations: Configurations): Promise<{ findings: Finding[]; problems: Problem[] }> {
  const workspace = await Workspace.create(roots);
  try {
    for (const header of headers) workspace.setFile(header.path, header.text);
    const groups = new Map<string, { config: Config; paths: string[] }>();
    for (const file of files) {
      workspace.setFile(file.path, file.text);
      const config = configurations.configFor(file.path);
      const key = JSON.stringify(config.rules);
      const group = groups.get(key);
      if (group) group.paths.push(file.path);
      else groups.set(key, { config, paths: [file.path] });
    }
    const findings: Finding[] = [];
    const problems: Problem[] = [];
    for (const { config, paths } of groups.values()) {
      const result = workspace.analyze(RULES, config, paths);
      findings.push(...result.findings);
      problems.push(...result.problems);
    }
    return { findings: findings.sort(compareFindings), problems };
  } finally {
    workspace.dispose();
  }
}

const processConsole: Console = {
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
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
