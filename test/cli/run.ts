// Running the built CLI as a user would (`node dist/cli.js …` in a folder of driver sources), and the
// scratch folders the tests run in: a copy of fixtures/ per test, so that tests may add files (binary,
// invalid UTF-8, configurations) without touching the repository.

import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CLI_JS } from '../support/build';

export const FIXTURES = path.join(__dirname, 'fixtures');

export interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** `env`: added to this process's environment. */
export function wskLint(args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}): Run {
  const result = spawnSync(process.execPath, [CLI_JS, ...args], { cwd, encoding: 'utf8', env: { ...process.env, ...env } });
  if (result.error) throw result.error;
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const scratchFolders: string[] = [];

/** A fresh copy of fixtures/ in a temporary folder. */
export function scratch(): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'wsk-lint-cli-'));
  scratchFolders.push(folder);
  fs.cpSync(FIXTURES, folder, { recursive: true });
  return folder;
}

export function removeScratchFolders(): void {
  for (const folder of scratchFolders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
}

export function write(folder: string, file: string, content: string | Uint8Array): string {
  const full = path.join(folder, file);
  fs.mkdirSync(path.dirname(full), { recursive: true });
  fs.writeFileSync(full, content);
  return full;
}
