// Tests that spawn the bundled CLI or server call `await ensureBuilt()` in a beforeAll. It runs
// `node scripts/build.mjs` when a bundle is missing or older than a source, once per test run: vitest
// runs test files in parallel worker processes, so a lock folder makes one of them build while the
// others wait, and each then finds dist/ fresh.

import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const DIST = path.join(ROOT, 'dist');
export const SERVER_JS = path.join(DIST, 'server.js');
export const CLI_JS = path.join(DIST, 'cli.js');

/** What scripts/build.mjs writes. */
const OUTPUTS = ['server.js', 'cli.js', 'cli-worker.js', 'client.js', 'web-tree-sitter.wasm', 'tree-sitter-c.wasm'];
/** What the bundles are made from. */
const SOURCES = ['server/src', 'client/src', 'scripts/build.mjs', 'package.json', 'package-lock.json'];

const LOCK = path.join(DIST, '.build-lock');
/** A lock older than this was left by a killed run (a build takes a few seconds). */
const STALE_LOCK_MS = 120_000;

let building: Promise<void> | undefined;

/** Builds dist/ unless every bundle is newer than every source. */
export function ensureBuilt(): Promise<void> {
  building ??= buildIfStale();
  return building;
}

async function buildIfStale(): Promise<void> {
  fs.mkdirSync(DIST, { recursive: true });
  for (;;) {
    if (isFresh()) return;
    if (tryLock()) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  try {
    if (isFresh()) return;
    const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts/build.mjs')], { cwd: ROOT, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`node scripts/build.mjs failed (${result.status ?? result.signal}):\n${result.stderr}${result.stdout}`);
  } finally {
    fs.rmSync(LOCK, { recursive: true, force: true });
  }
}

function isFresh(): boolean {
  let oldestOutput = Infinity;
  for (const output of OUTPUTS) {
    const stat = fs.statSync(path.join(DIST, output), { throwIfNoEntry: false });
    if (!stat) return false;
    oldestOutput = Math.min(oldestOutput, stat.mtimeMs);
  }
  return newestSource() <= oldestOutput;
}

function newestSource(): number {
  let newest = 0;
  const visit = (file: string): void => {
    const stat = fs.statSync(file, { throwIfNoEntry: false });
    if (!stat) return;
    if (stat.isDirectory()) for (const name of fs.readdirSync(file)) visit(path.join(file, name));
    else newest = Math.max(newest, stat.mtimeMs);
  };
  for (const source of SOURCES) visit(path.join(ROOT, source));
  return newest;
}

/** mkdir is atomic: whoever creates the folder builds. A lock left by a killed run is taken over. */
function tryLock(): boolean {
  try {
    fs.mkdirSync(LOCK);
    return true;
  } catch {
    const stat = fs.statSync(LOCK, { throwIfNoEntry: false });
    if (stat && Date.now() - stat.mtimeMs > STALE_LOCK_MS) fs.rmSync(LOCK, { recursive: true, force: true });
    return false;
  }
}
