// Neovim 0.7, headless, with its built-in LSP client and no configuration but neovim.lua: the bundled
// server (`node dist/server.js --stdio`) gives Neovim the findings the CLI reports, the hover text of
// wsk/docs.ts, and a preferred quick-fix that rewrites the wrong size and clears its finding. Proof that
// the server speaks plain LSP, not only to VS Code.

import { spawn } from 'node:child_process';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const SCRIPT = fileURLToPath(new URL('neovim.lua', import.meta.url));
const RESULT = 'WSK_EDITORS_RESULT ';
const TIMEOUT_MS = 120_000;
/** vim.diagnostic.severity.ERROR and WARN. */
const SEVERITIES = { error: 1, warning: 2 };

export async function runNeovim(env, check) {
  const session = drive(env);
  // Not awaited yet: each check reports a failed run as its own failure.
  session.catch(() => undefined);

  await check('Neovim: diagnostics of driver.c (c) and driver.h (cpp) are the CLI\'s findings', async () => {
    const result = await session;
    assert.deepEqual(result.filetypes, { source: 'c', header: 'cpp' });
    assert.deepEqual(result.diagnostics.source, diagnosticsOf(env.expected, 'driver.c'));
    assert.deepEqual(result.diagnostics.header, diagnosticsOf(env.expected, 'driver.h'));
  });

  await check(`Neovim: hover on ${env.hover.name} shows its documentation`, async () => {
    const { hover } = await session;
    assert.ok(hover, 'no hover');
    assert.equal(hover.contents.kind, 'markdown');
    assert.ok(hover.contents.value.startsWith(env.hover.markdown), `the hover does not start with the documentation of ${env.hover.name}:\n${hover.contents.value}`);
    const { line, character } = env.hover;
    assert.deepEqual(hover.range, { start: { line, character }, end: { line, character: character + env.hover.name.length } });
  });

  await check(`Neovim: the preferred code action for ${env.fix.rule} rewrites the size and the finding goes`, async () => {
    const result = await session;
    const preferred = result.actions.filter((action) => action.isPreferred);
    assert.deepEqual(preferred, [{ title: env.fix.title, kind: 'quickfix', isPreferred: true }]);
    assert.ok(result.applied, 'the action carried no edit');
    assert.equal(result.lineAfterFix, env.fix.fixed.split('\n')[env.fix.line]);
    const remaining = env.expected.filter((finding) => !(finding.file === env.fix.file && finding.rule === env.fix.rule));
    assert.deepEqual(result.diagnosticsAfterFix, diagnosticsOf(remaining, env.fix.file));
  });
}

/** Runs neovim.lua once on the workspace and returns its JSON result. */
async function drive(env) {
  const home = path.join(env.tmp, 'neovim');
  fs.mkdirSync(home, { recursive: true });
  const params = {
    server: path.join(env.root, 'dist', 'server.js'),
    folder: env.folder,
    source: path.join(env.folder, 'driver.c'),
    header: path.join(env.folder, 'driver.h'),
    sourceCount: diagnosticsOf(env.expected, 'driver.c').length,
    headerCount: diagnosticsOf(env.expected, 'driver.h').length,
    hover: { line: env.hover.line, character: env.hover.character },
    fix: { line: env.fix.line, character: env.fix.character, rule: env.fix.rule },
  };
  // Its own config, data, state and cache folders: nothing of a user's Neovim setup takes part.
  const xdg = Object.fromEntries(['CONFIG', 'DATA', 'STATE', 'CACHE'].map((name) => [`XDG_${name}_HOME`, path.join(home, name.toLowerCase())]));
  // A script that fails to load leaves Neovim waiting: the second command quits it.
  const args = ['--headless', '--clean', '-i', 'NONE', '-n', '-c', `luafile ${SCRIPT}`, '-c', 'cquit 2'];
  const { code, stdout, stderr } = await run(env.tools.nvim, args, { cwd: env.folder, env: { ...process.env, ...xdg, WSK_EDITORS_PARAMS: JSON.stringify(params) } });
  const line = stdout.split('\n').find((text) => text.startsWith(RESULT));
  if (code !== 0 || !line) {
    fs.mkdirSync(env.artifacts, { recursive: true });
    fs.writeFileSync(path.join(env.artifacts, 'neovim.log'), `exit ${code}\n--- stdout\n${stdout}\n--- stderr\n${stderr}`);
    throw new Error(`nvim exited ${code}${line ? '' : ' with no result'}:\n${stderr.trim().split('\n').slice(-20).join('\n')}`);
  }
  return JSON.parse(line.slice(RESULT.length));
}

/** The findings of one file as neovim.lua reports diagnostics. */
function diagnosticsOf(findings, file) {
  return findings.filter((finding) => finding.file === file).map((finding) => ({
    line: finding.line,
    column: finding.column,
    code: finding.rule,
    source: 'wsk-lint',
    severity: SEVERITIES[finding.severity],
    message: finding.message,
  }));
}

/** Runs a process to its end (killed after TIMEOUT_MS), collecting its output. */
function run(command, args, options) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    const stdout = [];
    const stderr = [];
    child.stdout.on('data', (chunk) => stdout.push(chunk));
    child.stderr.on('data', (chunk) => stderr.push(chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), TIMEOUT_MS);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code: code ?? signal, stdout: Buffer.concat(stdout).toString(), stderr: Buffer.concat(stderr).toString() });
    });
  });
}
