// Safety: the language server and the CLI never open a network connection or look a name up, never run
// a program, and never write a file but the report the user asks for (`--output`). Each runs as shipped
// (a copy of the package: package.json, bin/, the bundles of dist/), with preload.cjs loaded by
// `node --require` into its threads: it makes every network and child-process function report the call
// and throw, and reports every file written. Then the test folder (the workspace, the package copy, the
// process's working folder, HOME and TMPDIR) is compared with what it was before the run. The project
// folder itself is not watched: the runs do not load it, and other test runs may rebuild its dist/
// meanwhile. A first test proves that the preload catches what it must, and that stdin and stdout still
// work through it.

import { spawnSync } from 'node:child_process';
import type { SpawnSyncReturns } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { CodeAction, Diagnostic, Hover, Position } from 'vscode-languageserver-protocol';
import { CodeActionRequest, DidChangeTextDocumentNotification, DidCloseTextDocumentNotification, DidOpenTextDocumentNotification, HoverRequest } from 'vscode-languageserver-protocol';
import { DIST, ROOT, ensureBuilt } from '../support/build';
import { LspClient } from '../lsp/client';
import { writeBulk } from '../cli/tree';

const PRELOAD = path.join(__dirname, 'preload.cjs');
/** What the server and the CLI need of dist/ at run time: the bundles and the parser's .wasm files. */
const SHIPPED = ['server.js', 'cli.js', 'cli-worker.js', 'web-tree-sitter.wasm', 'tree-sitter-c.wasm'];
/** A driver with findings of many rules (and quick fixes), and its header. */
const DRIVER = ['listener.c', 'listener.h'];
/** Files without WSK code, so that the CLI splits the run over its worker threads (--jobs 2). */
const FILLERS = 20;
let bulkFiles = 0;

interface ReportEntry {
  readonly kind: 'loaded' | 'forbidden' | 'write';
  readonly thread: 'main' | 'worker';
  readonly what?: string;
  readonly path?: string;
}

/** Holds everything a run may see; the preload's reports are kept apart, in `reports`. */
let base: string;
let reports: string;
const dirs = { install: '', workspace: '', cwd: '', home: '', tmp: '', out: '' };
let listener: { path: string; uri: string; text: string };
const clients: LspClient[] = [];

beforeAll(async () => {
  await ensureBuilt();
  base = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'wsk-lint-safety-')));
  reports = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'wsk-lint-safety-reports-')));
  for (const name of Object.keys(dirs) as (keyof typeof dirs)[]) {
    dirs[name] = path.join(base, name);
    fs.mkdirSync(dirs[name]);
  }
  // Laid out as the package installs: package.json (the CLI reads its version there), bin/, dist/.
  fs.mkdirSync(path.join(dirs.install, 'dist'));
  for (const file of SHIPPED) fs.copyFileSync(path.join(DIST, file), path.join(dirs.install, 'dist', file));
  fs.cpSync(path.join(ROOT, 'bin'), path.join(dirs.install, 'bin'), { recursive: true });
  fs.copyFileSync(path.join(ROOT, 'package.json'), path.join(dirs.install, 'package.json'));
  for (const file of DRIVER) fs.copyFileSync(path.join(ROOT, 'examples', file), path.join(dirs.workspace, file));
  fs.mkdirSync(path.join(dirs.workspace, 'fillers'));
  for (let i = 0; i < FILLERS; i++) fs.writeFileSync(path.join(dirs.workspace, 'fillers', `f${i}.c`), `VOID Filler${i}(PULONG Count)\n{\n    *Count += ${i};\n}\n`);
  // Enough text for the CLI to split the run across worker threads.
  bulkFiles = writeBulk(path.join(dirs.workspace, 'fillers'));
  const file = path.join(dirs.workspace, 'listener.c');
  listener = { path: file, uri: pathToFileURL(file).href, text: fs.readFileSync(file, 'utf8') };
});

afterEach(() => {
  for (const client of clients.splice(0)) client.kill();
});

afterAll(() => {
  for (const folder of [base, reports]) if (folder) fs.rmSync(folder, { recursive: true, force: true });
});

/** The environment of a run: its own HOME and TMPDIR, and where the preload reports. */
function environment(report: string): NodeJS.ProcessEnv {
  return { ...process.env, HOME: dirs.home, TMPDIR: dirs.tmp, WSK_SAFETY_REPORT: report };
}

let reportCount = 0;
function newReport(): string {
  return path.join(reports, `run${++reportCount}.jsonl`);
}

function readReport(report: string): ReportEntry[] {
  if (!fs.existsSync(report)) return [];
  return fs.readFileSync(report, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as ReportEntry);
}

/** `node --require preload.cjs -e code`, with `input` on stdin. */
function runWithPreload(code: string, report: string, input = ''): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, ['--require', PRELOAD, '-e', code], { env: environment(report), cwd: dirs.cwd, input, encoding: 'utf8', timeout: 20_000 });
}

/** Every file and folder under `root` by relative path: a file's kind, size and modification time. */
function snapshot(root: string): Map<string, string> {
  const entries = new Map<string, string>();
  const visit = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      const stat = fs.lstatSync(full);
      // A folder's own time changes with its entries, which are compared one by one.
      if (entry.isDirectory()) {
        entries.set(path.relative(root, full), 'folder');
        visit(full);
      } else {
        entries.set(path.relative(root, full), `${entry.isFile() ? 'file' : 'other'} ${stat.size} ${stat.mtimeMs}`);
      }
    }
  };
  visit(root);
  return entries;
}

/** What changed between two snapshots: paths added, removed, or of another size or time. */
function changes(before: Map<string, string>, after: Map<string, string>): { added: string[]; removed: string[]; changed: string[] } {
  return {
    added: [...after.keys()].filter((key) => !before.has(key)).sort(),
    removed: [...before.keys()].filter((key) => !after.has(key)).sort(),
    changed: [...after.keys()].filter((key) => before.has(key) && before.get(key) !== after.get(key)).sort(),
  };
}

function positionOf(text: string, needle: string, shift = 0): Position {
  const index = text.indexOf(needle);
  if (index < 0) throw new Error(`${needle} is not in the text`);
  const lines = text.slice(0, index + shift).split('\n');
  return { line: lines.length - 1, character: lines[lines.length - 1].length };
}

describe('the preload', () => {
  const forbidden: [string, string][] = [
    ["require('net').connect(1, '127.0.0.1')", 'net.connect'],
    ["new (require('net').Socket)().connect(1, '127.0.0.1')", 'net.Socket#connect'],
    ["require('net').createServer().listen(0, '127.0.0.1')", 'net.Server#listen'],
    ["require('dgram').createSocket('udp4').bind(0)", 'dgram.Socket#bind'],
    ["require('dns').lookup('localhost', () => {})", 'dns.lookup'],
    ["require('dns').promises.resolve4('localhost')", 'dns.promises.resolve4'],
    ["require('tls').connect(1, '127.0.0.1')", 'tls.connect'],
    ["require('http').get('http://127.0.0.1:1')", 'http.get'],
    ["fetch('http://127.0.0.1:1')", 'fetch'],
    ["require('child_process').execFileSync(process.execPath, ['--version'])", 'child_process.execFileSync'],
    ["require('child_process').spawn(process.execPath, ['--version'])", 'child_process.spawn'],
  ];

  test.each(forbidden)('catches %s', (code, what) => {
    const report = newReport();
    const run = runWithPreload(code, report);
    expect(run.stderr).toContain(`wsk-lint safety test: ${what} is forbidden`);
    expect(run.status).not.toBe(0);
    expect(readReport(report).filter((entry) => entry.kind === 'forbidden').map((entry) => entry.what)).toEqual([what]);
  });

  test('reports the files written, and leaves piped stdin and stdout working', () => {
    const report = newReport();
    const written = path.join(reports, 'written.txt');
    const run = runWithPreload(`require('fs').writeFileSync(${JSON.stringify(written)}, 'x'); process.stdin.pipe(process.stdout);`, report, 'ping');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('ping');
    expect(readReport(report)).toEqual([
      { pid: run.pid, thread: 'main', kind: 'loaded' },
      { pid: run.pid, thread: 'main', kind: 'write', what: 'fs.writeFileSync', path: written },
    ]);
  });
});

describe('with the network, programs and writes watched', () => {
  test('a full language server session reaches nothing and writes nothing', async () => {
    const report = newReport();
    const before = snapshot(base);
    const client = LspClient.start(
      { folder: dirs.workspace, pullConfiguration: true, settings: {}, workDoneProgress: true },
      path.join(dirs.install, 'dist', 'server.js'),
      { execArgv: ['--require', PRELOAD], env: environment(report), cwd: dirs.cwd },
    );
    clients.push(client);
    await client.initialize();
    // Indexing the folder publishes the driver's findings before it is opened.
    await client.waitForDiagnostics(listener.uri, (diagnostics) => diagnostics.length > 0);
    const connection = client.connection;
    expect((await connection.sendRequest<{ files: number }>('wskLint/analyzeWorkspace')).files).toBe(DRIVER.length + FILLERS + bulkFiles);

    await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: listener.uri, languageId: 'c', version: 1, text: listener.text } });
    const opened = await client.waitForVersion(listener.uri, 1);
    expect(opened.diagnostics.length).toBeGreaterThan(0);
    await connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri: listener.uri, version: 2 },
      contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '// edited\n' }],
    });
    const changed = await client.waitForVersion(listener.uri, 2);
    expect(changed.diagnostics.length).toBe(opened.diagnostics.length);

    const hover: Hover | null = await connection.sendRequest(HoverRequest.type, { textDocument: { uri: listener.uri }, position: positionOf(`// edited\n${listener.text}`, 'WskControlSocket', 3) });
    expect(JSON.stringify(hover?.contents ?? '')).toContain('WskControlSocket');
    const sizeFinding = changed.diagnostics.find((diagnostic: Diagnostic) => diagnostic.code === 'WSK001');
    expect(sizeFinding).toBeDefined();
    const actions = await connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: listener.uri }, range: sizeFinding!.range, context: { diagnostics: [sizeFinding!] } });
    expect((actions as CodeAction[]).some((action) => action.edit !== undefined)).toBe(true);
    const documentation = await connection.sendRequest<{ markdown: string } | null>('wskLint/ruleDocumentation', { rule: 'WSK001' });
    expect(documentation?.markdown).toContain('WSK001');
    await connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: listener.uri } });
    expect(await client.stop()).toBe(0);

    const entries = readReport(report);
    expect(entries.filter((entry) => entry.kind === 'loaded').length).toBeGreaterThan(0);
    expect(entries.filter((entry) => entry.kind !== 'loaded')).toEqual([]);
    expect(changes(before, snapshot(base))).toEqual({ added: [], removed: [], changed: [] });
  });

  test('a CLI run, in worker threads too, writes its --output file and nothing else', () => {
    const report = newReport();
    const output = path.join(dirs.out, 'report.sarif');
    const before = snapshot(base);
    const run = spawnSync(process.execPath, ['--require', PRELOAD, path.join(dirs.install, 'bin', 'wsk-lint.js'), '--jobs', '2', '--format', 'sarif', '--output', output, dirs.workspace], {
      // A split pays only on large runs: this one (1.5 MB) is split from 0.5 MB on.
      env: { ...environment(report), WSK_LINT_SPLIT_MINIMUM: '500000' }, cwd: dirs.cwd, encoding: 'utf8', timeout: 60_000,
    });
    // 1: findings were reported (2 would be a run that failed).
    expect(run.stderr).toMatch(new RegExp(`^wsk-lint: \\d+ findings .* in ${DRIVER.length + FILLERS + bulkFiles} files\n$`));
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    const sarif = JSON.parse(fs.readFileSync(output, 'utf8')) as { runs: { results: unknown[] }[] };
    expect(sarif.runs[0].results.length).toBeGreaterThan(0);

    const entries = readReport(report);
    expect(entries.filter((entry) => entry.kind === 'loaded').map((entry) => entry.thread)).toContain('worker');
    expect(entries.filter((entry) => entry.kind === 'forbidden')).toEqual([]);
    expect(new Set(entries.filter((entry) => entry.kind === 'write').map((entry) => entry.path))).toEqual(new Set([output]));
    expect(changes(before, snapshot(base))).toEqual({ added: [path.relative(base, output)], removed: [], changed: [] });
  });
});
