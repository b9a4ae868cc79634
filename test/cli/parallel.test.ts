// --jobs: the built CLI run in worker threads must report exactly what one thread reports (same bytes
// on stdout and stderr, same exit code) on the fixtures, on a generated tree of drivers that share
// names, and across files (a helper in one file, its caller in another); the worker threads must
// really be used and not for a small run; and standard error, when piped, carries no progress line.
// A split pays only on large runs (see analysis/split/partition.ts): each tree here gets 1.5 MB of
// plain code, and the runs lower the size from which a run is split to 0.5 MB.

import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CLI_JS, DIST, ensureBuilt } from '../support/build';
import { removeScratchFolders, scratch, wskLint, write } from './run';
import { writeBulk, writeDriverTree } from './tree';

beforeAll(() => ensureBuilt());
afterAll(() => {
  removeScratchFolders();
  for (const folder of temporary.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
});

const temporary: string[] = [];
const SPLIT = { WSK_LINT_SPLIT_MINIMUM: '500000' };

function folder(): string {
  const created = fs.mkdtempSync(path.join(os.tmpdir(), 'wsk-lint-jobs-'));
  temporary.push(created);
  return created;
}

/** Files without WSK code, so that a small fixture has enough files and text to be split. */
function addFillers(dir: string, count = 20): void {
  for (let i = 0; i < count; i++) write(dir, `fillers/f${i}.c`, `VOID Filler${i}(PULONG Count)\n{\n    *Count += ${i};\n}\n`);
  writeBulk(path.join(dir, 'fillers'));
}

function sameForEveryJobCount(args: readonly string[], dir: string, jobs: readonly number[] = [2, 3]): ReturnType<typeof wskLint> {
  const one = wskLint(['--jobs', '1', ...args], dir, SPLIT);
  for (const count of jobs) expect(wskLint(['--jobs', String(count), ...args], dir, SPLIT), `--jobs ${count}`).toEqual(one);
  return one;
}

describe('the same report from worker threads', () => {
  test('a generated tree of drivers sharing names: text, JSON and SARIF', () => {
    const dir = folder();
    const files = writeDriverTree(dir) + writeBulk(dir);
    const text = sameForEveryJobCount(['.'], dir, [2, 3]);
    expect(text.code).toBe(1);
    expect(text.stderr).toMatch(new RegExp(`^wsk-lint: \\d+ findings \\(.*\\) in ${files} files\\n$`));
    const rules = new Set(text.stdout.match(/ WSK\d{3}:/g));
    expect([...rules].sort()).toEqual([' WSK001:', ' WSK002:', ' WSK003:', ' WSK005:', ' WSK006:', ' WSK007:', ' WSK008:', ' WSK010:', ' WSK023:']);
    sameForEveryJobCount(['--format', 'json', '.'], dir, [2]);
    sameForEveryJobCount(['--format', 'sarif', '.'], dir, [2]);
  }, 120_000);

  test('the CLI fixtures, with enough files to be split', () => {
    const dir = scratch();
    addFillers(dir);
    const run = sameForEveryJobCount(['driver', 'clean', 'fillers'], dir);
    expect(run.stdout).toContain('driver/sub/query.c:10:17: error WSK004');
    expect(run.stderr).toBe('wsk-lint: 8 findings (8 errors) in 55 files\n');
  });

  test('a helper in one file and its caller in another: found in worker threads', () => {
    const dir = folder();
    const fixture = path.join(__dirname, '../rules/set-after-bind/helpers-across-files');
    for (const name of fs.readdirSync(fixture)) fs.copyFileSync(path.join(fixture, name), path.join(dir, name));
    fs.copyFileSync(path.join(__dirname, '../include/wsk.h'), path.join(dir, 'wsk.h'));
    addFillers(dir);
    const run = wskLint(['--jobs', '2', '.'], dir, SPLIT);
    expect(run.stdout).toContain([
      'start.c:12:12: error WSK007: EpSecure applies SO_WSK_SECURITY to Endpoint->Socket too late: the socket is already bound (line 8). Apply the descriptor before the bind. The descriptor governs address sharing when the socket is bound.',
      '  start.c:8:14: note: EpBind binds the socket Endpoint->Socket',
      '  helpers.c:19:39: note: the socket is bound here',
    ].join('\n'));
    expect(run).toEqual(wskLint(['--jobs', '1', '.'], dir, SPLIT));
  });
});

describe('completion routines across files', () => {
  test('a routine defined in one file, set in a second, on an IRP a third gives to WSK; and one a dispatch routine also sets', () => {
    const dir = folder();
    for (const fixture of ['across-files', 'passed-down-across-files']) {
      const from = path.join(__dirname, '../rules/completion-routine-continues', fixture);
      fs.mkdirSync(path.join(dir, fixture));
      for (const name of fs.readdirSync(from)) fs.copyFileSync(path.join(from, name), path.join(dir, fixture, name));
    }
    fs.copyFileSync(path.join(__dirname, '../include/wsk.h'), path.join(dir, 'wsk.h'));
    addFillers(dir, 30);
    const run = sameForEveryJobCount(['.'], dir);
    expect(run.stdout).toContain('across-files/routine.c:12:16: error WSK016: SendComplete returns STATUS_SUCCESS instead of STATUS_MORE_PROCESSING_REQUIRED.');
    expect(run.stdout).not.toContain('passed-down-across-files/');
  });
});

describe('worker threads', () => {
  /** The CLI bundle and its WebAssembly in a folder of their own, without the worker bundle. */
  function bundleWithoutWorker(): string {
    const dir = folder();
    for (const name of ['cli.js', 'web-tree-sitter.wasm', 'tree-sitter-c.wasm']) fs.copyFileSync(path.join(DIST, name), path.join(dir, name));
    return path.join(dir, 'cli.js');
  }

  test('are used for --jobs 2 on a run large enough (the run fails without them), not for --jobs 1 or a small run', () => {
    const cli = bundleWithoutWorker();
    const dir = scratch();
    addFillers(dir);
    const run = (args: readonly string[], env: NodeJS.ProcessEnv = SPLIT) => spawnSync(process.execPath, [cli, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, ...env } });
    const parallel = run(['--jobs', '2', '.']);
    expect(parallel.status).toBe(2);
    expect(parallel.stderr).toMatch(/^wsk-lint: internal error: .*cli-worker\.js/m);
    expect(run(['--jobs', '1', '.']).status).toBe(1);
    expect(run(['--jobs', '2', 'driver']).status).toBe(1);
    // Without the lower size, 1.5 MB is too small a run to split.
    expect(run(['--jobs', '2', '.'], {}).status).toBe(1);
    expect(fs.existsSync(path.join(DIST, 'cli-worker.js')) && fs.existsSync(CLI_JS)).toBe(true);
  });

  /** util-linux `script` runs a command on a pseudo-terminal (where there is none, the test is skipped). */
  const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;

  test.runIf(hasScript)('on a terminal, a progress line drawn in place and erased; none in CI', () => {
    const dir = folder();
    writeDriverTree(dir);
    writeBulk(dir);
    const onTerminal = (ci: string) => spawnSync('script', ['-qec', `"${process.execPath}" "${CLI_JS}" --jobs 2 -o report.txt .`, '/dev/null'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, ...SPLIT, CI: ci },
    }).stdout;
    const shown = onTerminal('');
    expect(shown).toMatch(/\rwsk-lint: (parsed|analysed) \d+\/\d+ files/);
    // Erased (blanks over the last frame, back to the start of the line) before the summary.
    expect(shown).toMatch(/\r +\rwsk-lint: \d+ findings/);
    expect(onTerminal('true')).toMatch(/^wsk-lint: \d+ findings \(.*\) in \d+ files\r?\n$/);
  });

  test('no progress line when standard error is piped, whatever the job count', () => {
    const dir = folder();
    const files = writeDriverTree(dir) + writeBulk(dir);
    for (const jobs of ['1', '2']) {
      const run = wskLint(['--jobs', jobs, '--format', 'json', '--output', 'report.json', '.'], dir, SPLIT);
      expect(run.stderr).toMatch(new RegExp(`^wsk-lint: \\d+ findings \\(.*\\) in ${files} files\\n$`));
      expect(run.stderr).not.toContain('\r');
    }
  });
});
