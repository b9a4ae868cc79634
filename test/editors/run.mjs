// `npm run test:editors [-- --screenshot]`: wsk-lint in real editors this project did not write.
//
// - VS Code (code-server 4.100.3 driven in headless Chromium through playwright-core): the packaged .vsix,
//   installed into a fresh extensions folder, on a copy of test/editors/workspace/ (vscode.mjs).
// - Neovim 0.7 (headless, its built-in LSP client): the bundled server over stdio (neovim.mjs).
//
// What both must show is not written here twice: the findings are those the CLI reports on the same
// folder (checked first against the few this test plants), the hover text is wsk/docs.ts's. Missing
// tools are installed first (tools.mjs). `--screenshot` also writes the README's images/screenshot.png.
// The last line is "editors: N passed, N failed"; the exit status is 1 when a check failed.

import { execFileSync } from 'node:child_process';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureTools } from './tools.mjs';
import { runNeovim } from './neovim.mjs';
import { runVsCode } from './vscode.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const WORKSPACE = fileURLToPath(new URL('workspace', import.meta.url));
const ARTIFACTS = path.join(ROOT, 'test', 'artifacts', 'editors');
const SCREENSHOT = path.join(ROOT, 'images', 'screenshot.png');

/**
 * The findings the sample driver plants: the rule, its file, and where the finding starts (the first
 * match). The CLI must report exactly these; the editors must then show what it shows.
 */
const PLANTED = [
  { rule: 'WSK001', file: 'driver.c', at: /sizeof\(SECURITY_DESCRIPTOR\)/ },
  { rule: 'WSK003', file: 'driver.c', at: /IPPROTO_TCP/ },
  { rule: 'WSK005', file: 'driver.c', at: /NULL(?=\);)/ },
  // Through the driver's own macro: the finding (and its fix) is on the macro's argument.
  { rule: 'WSK012', file: 'driver.c', at: /(?<=DRIVER_RELEASE_SD\()Context->CachedSd/ },
  { rule: 'WSK012', file: 'driver.h', at: /(?<=WSK_CACHE_SD,\s+sizeof\(PSECURITY_DESCRIPTOR\),\s+)Descriptor/ },
  { rule: 'WSK003', file: 'fixall.h', at: /IPPROTO_TCP/ },
  { rule: 'WSK001', file: 'fixall.h', at: /\b8(?=,)/ },
  { rule: 'WSK002', file: 'fixall.h', at: /Context->CachedSd(?=,)/ },
];

const results = [];
const reported = new WeakSet();

/** Runs one named check and records its outcome; a failure prints its error (in full the first time). */
async function check(name, body) {
  const started = Date.now();
  try {
    await body();
    results.push({ name, passed: true });
    console.log(`  ✓ ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  } catch (error) {
    results.push({ name, passed: false });
    const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
    const again = error instanceof Object && reported.has(error);
    if (error instanceof Object) reported.add(error);
    console.log(`  ✗ ${name}\n${indent(again ? `${text.split('\n')[0]} (see above)` : text)}`);
  }
}

async function main() {
  const started = Date.now();
  const screenshot = process.argv.includes('--screenshot');
  const log = (message) => console.log(`editors: ${message}`);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'wsk-lint-editors-'));
  const cleanUp = [];
  // Last started, first stopped; each step once, whoever calls first.
  const stop = async () => {
    for (const step of cleanUp.splice(0).reverse()) await step().catch(() => undefined);
    fs.rmSync(tmp, { recursive: true, force: true });
  };
  // Ctrl+C or a CI timeout: still stop what was started and remove the temporary folders.
  let interrupted = false;
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      if (interrupted) return;
      interrupted = true;
      console.log(`editors: ${signal}, stopping`);
      void stop().finally(() => process.exit(1));
    });
  }
  fs.rmSync(ARTIFACTS, { recursive: true, force: true });

  try {
    const tools = ensureTools(path.join(ROOT, '.cache', 'editors'), log);
    log('building and packaging the extension');
    const vsix = path.join(tmp, 'wsk-lint.vsix');
    execQuiet('npm', ['run', 'package', '--silent', '--', '--out', vsix]);

    // The workspace both editors open: a fresh copy, so that edits never touch the repository.
    const folder = path.join(tmp, 'sample-driver');
    fs.cpSync(WORKSPACE, folder, { recursive: true });
    const expected = expectedFindings(folder);
    const docs = await loadDocs();
    const env = {
      root: ROOT, tmp, folder, vsix, tools, expected, docs, artifacts: ARTIFACTS, cleanUp,
      screenshot: screenshot ? SCREENSHOT : undefined,
      hover: hoverTarget(folder, docs),
      fix: fixTarget(folder, expected),
      macroFix: macroFixTarget(folder, expected),
      fixAll: fixAllTarget(folder, tmp),
    };

    console.log('CLI');
    await check('the CLI reports the planted findings in driver.c and driver.h', () => {
      assert.deepEqual(expected.map(({ rule, file, line, column }) => ({ rule, file, line, column })), PLANTED.map((planted) => plantedAt(folder, planted)));
    });
    console.log('Neovim');
    await runNeovim(env, check);
    console.log('VS Code');
    await runVsCode(env, check);
  } catch (error) {
    // Installing, building or reading the expectations failed: nothing could be checked.
    await check('set-up: the tools, the .vsix and the expected findings', () => { throw error; });
  } finally {
    await stop();
  }

  const passed = results.filter((result) => result.passed).length;
  const failed = results.length - passed;
  if (failed > 0 && fs.existsSync(ARTIFACTS)) console.log(`editors: screenshots and logs in ${path.relative(ROOT, ARTIFACTS)}/`);
  console.log(`editors: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(`editors: ${passed} passed, ${failed} failed`);
  process.exitCode = failed > 0 ? 1 : 0;
}

/** What the CLI reports on the folder, sorted by file and position (paths relative to the folder). */
function expectedFindings(folder) {
  const output = execFileSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), '--format', 'json', '--exit-zero', '.'], { cwd: folder, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return JSON.parse(output).findings.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}

/** Where a planted finding starts, 1-based as the CLI reports it. */
function plantedAt(folder, { rule, file, at }) {
  const { line, character } = positionOf(fs.readFileSync(path.join(folder, file), 'utf8'), at);
  return { rule, file, line: line + 1, column: character + 1 };
}

/**
 * The name hovered in driver.c, where (0-based), and its documentation (Markdown) in the form of the
 * call it is in there (a set: WskSetOption).
 */
function hoverTarget(folder, docs) {
  const name = 'SO_WSK_SECURITY';
  const text = fs.readFileSync(path.join(folder, 'driver.c'), 'utf8');
  const set = docs.OPERATIONS.find((op) => op.controlCode === name && op.requestType === 'WskSetOption');
  return { file: 'driver.c', name, ...positionOf(text, new RegExp(`\\b${name}\\b`)), markdown: docs.nameDoc(name, set) };
}

/** The WSK001 finding's one quick-fix, and driver.c as it must read once the fix is applied. */
function fixTarget(folder, expected) {
  const finding = expected.find((f) => f.rule === 'WSK001' && f.file === 'driver.c');
  assert.ok(finding, 'the CLI reports no WSK001 in driver.c');
  assert.equal(finding.fixes.length, 1, 'the WSK001 finding has one quick-fix');
  const [fix] = finding.fixes;
  const original = fs.readFileSync(path.join(folder, 'driver.c'), 'utf8');
  const lines = original.split('\n');
  for (const edit of [...fix.edits].sort((a, b) => b.line - a.line || b.column - a.column)) {
    assert.equal(edit.file, 'driver.c');
    assert.equal(edit.endLine, edit.line, 'the fix edits within one line');
    const line = lines[edit.line - 1];
    lines[edit.line - 1] = line.slice(0, edit.column - 1) + edit.newText + line.slice(edit.endColumn - 1);
  }
  assert.ok(lines[finding.line - 1].includes('sizeof(PSECURITY_DESCRIPTOR)'), 'the fix writes sizeof(PSECURITY_DESCRIPTOR)');
  // Inside the squiggle, as a user puts the cursor (0-based).
  return { file: 'driver.c', rule: 'WSK001', title: fix.title, line: finding.line - 1, character: finding.column, original, fixed: lines.join('\n') };
}

/** The WSK012 finding inside the driver's macro use: its fix edits the macro's argument. */
function macroFixTarget(folder, expected) {
  const finding = expected.find((f) => f.rule === 'WSK012' && f.file === 'driver.c');
  assert.ok(finding, 'the CLI reports no WSK012 in driver.c');
  assert.equal(finding.fixes.length, 1, 'the WSK012 finding in the macro use has one quick-fix');
  const original = fs.readFileSync(path.join(folder, 'driver.c'), 'utf8');
  return { file: 'driver.c', rule: 'WSK012', title: finding.fixes[0].title, line: finding.line - 1, character: finding.column, before: 'DRIVER_RELEASE_SD(Context->CachedSd);', after: 'DRIVER_RELEASE_SD(&Context->CachedSd);', original };
}

/** fixall.h, and its text once every safe fix is made: what `wsk-lint --fix` writes in a copy of it. */
function fixAllTarget(folder, tmp) {
  const copy = path.join(tmp, 'fixall-expected');
  fs.cpSync(folder, copy, { recursive: true });
  execFileSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), '--fix', '--exit-zero', '.'], { cwd: copy, stdio: ['ignore', 'pipe', 'pipe'] });
  const original = fs.readFileSync(path.join(folder, 'fixall.h'), 'utf8');
  const fixed = fs.readFileSync(path.join(copy, 'fixall.h'), 'utf8');
  assert.notEqual(fixed, original, 'wsk-lint --fix changes fixall.h');
  return { file: 'fixall.h', original, fixed };
}

/** The 0-based line and UTF-16 column of the first match (the files are ASCII). */
function positionOf(text, pattern) {
  const offset = text.search(pattern);
  if (offset < 0) throw new Error(`no match for ${pattern}`);
  const before = text.slice(0, offset).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

/** server/src/wsk/docs.ts and the operations of api.ts (layer 0: they import nothing else), bundled on the fly: the hover text. */
async function loadDocs() {
  const { build } = await import('esbuild');
  const bundle = await build({
    stdin: { contents: "export * from './server/src/wsk/docs.ts'; export { OPERATIONS } from './server/src/wsk/api.ts';", resolveDir: ROOT, loader: 'ts' },
    bundle: true, write: false, format: 'esm', platform: 'node', logLevel: 'silent',
  });
  return import(`data:text/javascript;base64,${Buffer.from(bundle.outputFiles[0].text).toString('base64')}`);
}

/** Runs a command in the project root; its output is shown only when it fails. */
function execQuiet(command, args) {
  try {
    execFileSync(command, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    throw new Error(`${command} ${args.join(' ')} failed (${error.status ?? error.signal}):\n${`${error.stdout ?? ''}${error.stderr ?? ''}`.trim()}`);
  }
}

function indent(text) {
  return text.split('\n').map((line) => `      ${line}`).join('\n');
}

await main();
