// The command line: `wsk-lint [options] PATH…`. Parsing is pure (argv in, options or one usage error out)
// so that every mistake a user can type ends in one clear line and exit code 2.

import * as os from 'node:os';
import { parseArgs } from 'node:util';
import type { Config, RuleSetting } from '../analysis/config';
import { CONFIG_FILE, DEFAULT_MAX_FILE_SIZE, ruleSettingProblem } from '../analysis/config';

export type Format = 'text' | 'json' | 'sarif' | 'msbuild';

export const FORMATS: readonly Format[] = ['text', 'json', 'sarif', 'msbuild'];

/** Fewer files than this are analysed in the main thread: starting workers would cost more than it saves. */
export const PARALLEL_MINIMUM = 20;

/** One worker per processor the process may use. */
function defaultJobs(): number {
  return os.availableParallelism();
}

export interface Options {
  readonly format: Format;
  readonly output: string | undefined;
  /** The `--rule` flags, applied over every `.wsk-lint.json`. */
  readonly rules: Config;
  readonly exitZero: boolean;
  readonly maxFileSize: number;
  /** Worker threads to analyse with (1: all in the main thread). */
  readonly jobs: number;
  /** Make the safe fixes (`write`), or print them as a unified diff (`dryRun`). */
  readonly fix: 'off' | 'write' | 'dryRun';
  readonly paths: readonly string[];
}

/** What the command line asks for: a lint run, or one of the informational commands. */
export type Command =
  | { readonly kind: 'lint'; readonly options: Options }
  | { readonly kind: 'help' }
  | { readonly kind: 'version' }
  | { readonly kind: 'explain'; readonly rule: string }
  | { readonly kind: 'usageError'; readonly message: string };

export function helpText(ruleIds: readonly string[]): string {
  return `Usage: wsk-lint [options] PATH...

Checks Windows kernel-driver C code for misuse of the Winsock Kernel (WSK) client
contract (rules WSK001-WSK025). A PATH is a file or a folder; folders are searched
recursively for .c and .h files (skipping node_modules, folders whose name starts
with a dot, and links to folders). Every file found is analysed as one workspace.
Headers the files include (see Headers below) are read for their macros and types
even when not given.

Options:
  -f, --format FORMAT      text (default), json, sarif (SARIF 2.1.0) or msbuild
                           (file(line,col): error WSK001: message, as Visual
                           Studio, MSBuild and Azure DevOps read it)
  -o, --output FILE        write the report to FILE instead of standard output
      --rule ID=SETTING    turn a rule off or change its severity: off, warning or
                           error (e.g. --rule WSK003=warning); repeatable; overrides
                           ${CONFIG_FILE}
      --fix                make every safe quick-fix in the files (in rounds, until
                           none is left), then report the findings that are left
      --fix-dry-run        print the safe fixes as a unified diff; change nothing
      --exit-zero          exit with 0 even when there are findings
      --max-file-size N    skip files larger than N bytes (suffixes k and m allowed;
                           default 5m)
  -j, --jobs N             analyse in up to N worker threads (default: the number of
                           processors, here ${defaultJobs()}); a small run (under ${PARALLEL_MINIMUM} files or 8 MB),
                           one that threads would not speed up, or --jobs 1 stays in
                           one thread; the findings are the same
      --explain RULE       print the documentation of a rule (its ID, WSK007, or its
                           name, set-after-bind) and exit
  -h, --help               print this help and exit
  -V, --version            print the version and exit

Configuration:
  Each file follows the nearest ${CONFIG_FILE}: in its folder or, failing that, in
  the closest folder above it (as in the editor); files are not merged. An invalid
  ${CONFIG_FILE} stops the run. It may hold:
    "rules":    { "WSK005": "off", "WSK003": "warning" }
    "exclude":  ["**/generated/**", "third_party"]: files and folders to leave
                out, as globs relative to the folder of the ${CONFIG_FILE} (* and ?
                within a name, ** across folders, names compared without case; a
                matched folder takes its content along). An excluded file named
                as a PATH is reported on standard error and skipped; an excluded
                header that a checked file includes is still read for its macros.
    "wrappers": { "MyBind": { "binds": 0 } }: functions whose body is not among
                the files, and what they do to the argument at a 0-based index:
                binds, appliesSecurity, caches, releases; or waits: true,
                returnsIrp: true. Those of every ${CONFIG_FILE} apply to the
                whole run.

Headers:
  #include "x.h" is found next to the including file, then under each folder PATH
  (and the folder of each file PATH); #include <x.h> in the include directories
  of the .vcxproj files (and their property sheets) and compile_commands.json
  found under the PATHs or beside a file PATH. Either, failing that, is the only
  file of the workspace with that name. Headers not given are read from disk.

Output:
  Lines and columns are 1-based; columns count UTF-16 code units (as editors and
  LSP do); end columns point just past the last character. Paths are relative to
  the current folder when inside it. The text format prints one finding per line
  (file:line:col: severity ID: message) followed by its related locations; the
  summary and every skipped file are reported on standard error, and so is each
  file that is not UTF-8 (it is read as Windows-1252 and analysed). When standard
  error is a terminal and the CI variable is not set, a progress line shows there
  while the run lasts (parsed, then analysed files) and is erased at the end.

Suppressions:
  // wsk-lint-disable-next-line WSK007 -- reason   WSK007, on the next line
  /* wsk-lint-disable WSK008 -- reason */          WSK008, to the end of the file
  Several IDs may be listed (WSK007, WSK008); none silences every rule. Suppressed
  findings are left out of the text and JSON reports and of the exit status; SARIF
  keeps them, marked as suppressed in source with the reason as justification. A
  suppression that silences nothing is a note in the text report.

Fixing:
  --fix makes, in each file, the preferred fix of every finding whose rule's fixes
  are safe (see the README's rule table), then analyses again, up to ${'10'} rounds,
  and reports what is left as the format says. A fix that would make a file parse
  worse is not made. Files keep their encoding and line endings. --fix-dry-run
  prints the same changes as a unified diff (to --output when given) instead.

Exit status:
  0  no findings (or --exit-zero); with --fix, none left
  1  findings (left)
  2  usage error, invalid ${CONFIG_FILE}, unwritable --output or fixed file, or no PATH
     could be read

Rules: ${ruleIds.join(', ')}
`;
}

/**
 * `ruleIds`: the rules' IDs; `ruleNames`: their names in the same order (`--explain` takes either, in
 * any case: `WSK005`, `null-irp`).
 */
export function parseCommandLine(argv: readonly string[], ruleIds: readonly string[], ruleNames: readonly string[] = []): Command {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        output: { type: 'string', short: 'o' },
        rule: { type: 'string', multiple: true },
        'exit-zero': { type: 'boolean' },
        fix: { type: 'boolean' },
        'fix-dry-run': { type: 'boolean' },
        'max-file-size': { type: 'string' },
        jobs: { type: 'string', short: 'j' },
        explain: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'V' },
      },
    });
  } catch (error) {
    return usageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };
  if (values.explain !== undefined) {
    const asked = values.explain.trim();
    const byName = ruleNames.findIndex((name) => name.toLowerCase() === asked.toLowerCase());
    const id = byName >= 0 ? ruleIds[byName] : asked.toUpperCase();
    return ruleIds.includes(id) ? { kind: 'explain', rule: id } : usageError(`--explain: unknown rule "${values.explain}" (known: ${ruleIds.map((known, i) => (ruleNames[i] ? `${known} ${ruleNames[i]}` : known)).join(', ')})`);
  }

  const format = values.format ?? 'text';
  if (!FORMATS.includes(format as Format)) return usageError(`--format must be one of ${FORMATS.join(', ')}, not "${format}"`);

  const rules: Record<string, RuleSetting> = {};
  for (const flag of values.rule ?? []) {
    const equals = flag.indexOf('=');
    if (equals < 0) return usageError(`--rule expects ID=off|warning|error, not "${flag}"`);
    const id = flag.slice(0, equals).trim();
    const setting = flag.slice(equals + 1).trim();
    const problem = ruleSettingProblem(id, setting, ruleIds);
    if (problem) return usageError(`--rule: ${problem}`);
    rules[id.toUpperCase()] = setting as RuleSetting;
  }

  let maxFileSize = DEFAULT_MAX_FILE_SIZE;
  if (values['max-file-size'] !== undefined) {
    const size = parseSize(values['max-file-size']);
    if (size === undefined) return usageError(`--max-file-size expects a number of bytes such as 500000, 800k or 10m, not "${values['max-file-size']}"`);
    maxFileSize = size;
  }

  let jobs = defaultJobs();
  if (values.jobs !== undefined) {
    if (!/^\d+$/.test(values.jobs.trim()) || Number(values.jobs) < 1) return usageError(`--jobs expects a number of threads (1 or more), not "${values.jobs}"`);
    jobs = Number(values.jobs);
  }

  if (values.output === '') return usageError('--output needs a file name');
  if (values.fix && values['fix-dry-run']) return usageError('--fix and --fix-dry-run exclude each other');
  if (positionals.length === 0) return usageError('no PATH given (try wsk-lint --help)');

  return {
    kind: 'lint',
    options: {
      format: format as Format,
      output: values.output,
      rules: { rules },
      exitZero: values['exit-zero'] ?? false,
      fix: values.fix ? 'write' : values['fix-dry-run'] ? 'dryRun' : 'off',
      maxFileSize,
      jobs,
      paths: positionals,
    },
  };
}

function usageError(message: string): Command {
  return { kind: 'usageError', message };
}

/** `500000`, `800k`, `10m` (binary multiples, as file managers count). */
function parseSize(text: string): number | undefined {
  const match = /^(\d+)([km]?)$/i.exec(text.trim());
  if (!match) return undefined;
  const unit = match[2].toLowerCase();
  return Number(match[1]) * (unit === 'k' ? 1024 : unit === 'm' ? 1024 * 1024 : 1);
}
