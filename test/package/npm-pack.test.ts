// The npm package, which is how pre-commit (.pre-commit-hooks.yaml, language: node) and `npx` get the
// CLI: `npm pack` holds the bundled CLI and what it loads (built by the prepack script), bin/, the
// README, the rule pages and the schema of .wsk-lint.json, and no sources or tests. Installed from the tarball into an empty prefix,
// offline (it has no dependencies), the hook's entry runs as pre-commit runs it: with the staged files
// as arguments, exit 1 on a finding.

import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { ensureBuilt, ROOT } from '../support/build';
import { RULES } from '../../server/src/rules/index';

const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string; bin: Record<string, string>; scripts: Record<string, string>; dependencies?: unknown };

let tmp: string;

beforeAll(async () => {
  await ensureBuilt();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'wsk-lint-pack-'));
});

afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** The hooks of .pre-commit-hooks.yaml: a list of flat maps of scalars (all this file holds). */
function hooks(): Record<string, string>[] {
  const list: Record<string, string>[] = [];
  for (const line of fs.readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8').split('\n')) {
    if (/^\s*(#|$)/.test(line)) continue;
    const match = /^(- |  )(\w+):\s*(.*)$/.exec(line);
    expect(match, line).not.toBeNull();
    if (match![1] === '- ') list.push({});
    list[list.length - 1][match![2]] = match![3].replace(/^'(.*)'$/, '$1');
  }
  return list;
}

test('the hooks run the package\'s own command on C sources and headers', () => {
  const found = hooks();
  expect(found.map((hook) => hook.id)).toEqual(['wsk-lint', 'wsk-lint-fix']);
  for (const hook of found) {
    expect(hook.language).toBe('node');
    expect(Object.keys(manifest.bin)).toContain(hook.entry.split(' ')[0]);
    const files = new RegExp(hook.files);
    for (const name of ['driver.c', 'inc/wsk.h', 'OLD.C', 'x.H']) expect(files.test(name), name).toBe(true);
    for (const name of ['x.cpp', 'x.hpp', 'x.json', 'c']) expect(files.test(name), name).toBe(false);
  }
  expect(manifest.scripts.prepack).toBe('npm run build --silent');
  expect(manifest.dependencies).toBeUndefined(); // installed offline, from the tarball alone
});

test('npm pack holds the CLI bundle, bin/, the README and the rule pages; installed, the hook entry reports a finding', () => {
  // The build ran (ensureBuilt): pack without running prepack again.
  const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', tmp], { cwd: ROOT, encoding: 'utf8' })) as { filename: string; files: { path: string }[] }[];
  const files = packed[0].files.map((file) => file.path).sort();
  expect(files.filter((file) => !file.startsWith('docs/rules/'))).toEqual([
    'CHANGELOG.md', 'LICENSE', 'README.md', 'bin/wsk-lint.js', 'dist/cli-worker.js', 'dist/cli.js', 'dist/server.js',
    'dist/tree-sitter-c.wasm', 'dist/web-tree-sitter.wasm', 'package.json', 'schemas/wsk-lint.schema.json',
  ]);
  expect(files.filter((file) => file.startsWith('docs/rules/'))).toHaveLength(RULES.length);

  const prefix = path.join(tmp, 'prefix');
  execFileSync('npm', ['install', '--global', '--offline', '--no-audit', '--no-fund', '--prefix', prefix, path.join(tmp, packed[0].filename)], { encoding: 'utf8', stdio: 'pipe' });
  const command = path.join(prefix, 'bin', 'wsk-lint');
  const project = path.join(tmp, 'project');
  fs.cpSync(path.join(ROOT, 'examples'), project, { recursive: true });
  const [entry, ...flags] = hooks()[0].entry.split(' ');
  expect(entry).toBe('wsk-lint');
  const run = spawnSync(command, [...flags, 'listener.c', 'listener.h'], { cwd: project, encoding: 'utf8' });
  expect(run.status).toBe(1);
  expect(run.stdout).toMatch(/^listener\.c:\d+:\d+: error WSK\d{3}: /m);
  expect(spawnSync(command, ['--version'], { encoding: 'utf8' }).stdout).toBe(`wsk-lint ${manifest.version}\n`);
});
