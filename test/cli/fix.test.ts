// `wsk-lint --fix` and `--fix-dry-run` as a user runs them: on the example driver, every finding with a
// safe fix goes and the others stay, the fixed file parses with no new ERROR node, and the dry run's
// unified diff is exactly the change --fix makes (applied here by a patch reader of the test's own).
// Files keep their encoding and line endings.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseErrors } from '../../server/src/analysis/fixes';
import { Workspace } from '../../server/src/analysis/workspace';
import { RULES } from '../../server/src/rules/index';
import { ROOT, ensureBuilt } from '../support/build';
import { removeScratchFolders, scratch, wskLint, write } from './run';

beforeAll(() => ensureBuilt());
afterAll(removeScratchFolders);

interface JsonFinding {
  readonly file: string;
  readonly line: number;
  readonly rule: string;
  readonly fixes: readonly { readonly title: string }[];
}

const SAFE = new Set(RULES.filter((rule) => rule.meta.fix === 'safe').map((rule) => rule.meta.id));

/** A scratch folder holding a copy of examples/. */
function examples(): string {
  const dir = scratch();
  fs.cpSync(path.join(ROOT, 'examples'), path.join(dir, 'examples'), { recursive: true });
  return dir;
}

async function errorsIn(files: readonly string[], file: string): Promise<number> {
  const workspace = await Workspace.create([path.dirname(file)]);
  try {
    for (const name of files) workspace.setFile(name, fs.readFileSync(name, 'utf8'));
    const analysis = workspace.file(file);
    return analysis ? parseErrors(analysis.parsed) : -1;
  } finally {
    workspace.dispose();
  }
}

/** Applies a unified diff (as --fix-dry-run prints it) to the files under `dir`. */
function applyDiff(dir: string, diff: string): void {
  const lines = diff.split('\n');
  let i = 0;
  while (i < lines.length) {
    const header = /^\+\+\+ b\/(.*)$/.exec(lines[i]);
    if (!header) {
      i++;
      continue;
    }
    const file = path.join(dir, header[1]);
    const old = fs.readFileSync(file, 'utf8').split('\n');
    const result: string[] = [];
    let at = 0;
    i++;
    for (let hunk = /^@@ -(\d+)(?:,(\d+))? \+\d+(?:,\d+)? @@$/.exec(lines[i] ?? ''); hunk; hunk = /^@@ -(\d+)(?:,(\d+))? \+\d+(?:,\d+)? @@$/.exec(lines[i] ?? '')) {
      const start = Number(hunk[1]) - (hunk[2] === '0' ? 0 : 1);
      result.push(...old.slice(at, start));
      at = start;
      for (i++; i < lines.length && /^[ +-]/.test(lines[i]); i++) {
        if (lines[i][0] === '+') result.push(lines[i].slice(1));
        else {
          expect(old[at], `${header[1]}:${at + 1}`).toBe(lines[i].slice(1));
          if (lines[i][0] === ' ') result.push(old[at]);
          at++;
        }
      }
    }
    result.push(...old.slice(at));
    fs.writeFileSync(file, result.join('\n'));
  }
}

describe('--fix on the example driver', () => {
  test('leaves exactly the findings without a safe fix; the fixed file parses with no new ERROR node', async () => {
    const dir = examples();
    const listener = path.join(dir, 'examples', 'listener.c');
    const files = [listener, path.join(dir, 'examples', 'listener.h')];
    const errorsBefore = await errorsIn(files, listener);
    const before = (JSON.parse(wskLint(['-f', 'json', 'examples'], dir).stdout) as { findings: JsonFinding[] }).findings;
    const fixable = before.filter((finding) => SAFE.has(finding.rule) && finding.fixes.length > 0);
    expect(fixable.length).toBeGreaterThanOrEqual(3);

    const run = wskLint(['--fix', '-f', 'json', 'examples'], dir);
    expect(run.stderr).toContain(`wsk-lint: fixed ${fixable.length} findings in 1 file\n`);
    const left = (JSON.parse(run.stdout) as { findings: JsonFinding[] }).findings;
    expect(left.map((finding) => finding.rule)).toEqual(before.filter((finding) => !fixable.includes(finding)).map((finding) => finding.rule));
    expect(left.filter((finding) => SAFE.has(finding.rule) && finding.fixes.length > 0)).toEqual([]);
    expect(run.code).toBe(1);
    expect(await errorsIn(files, listener)).toBeLessThanOrEqual(errorsBefore);
    // Run again: nothing left to fix, the same findings.
    const again = wskLint(['--fix', '-f', 'json', 'examples'], dir);
    expect(again.stderr).toContain('wsk-lint: fixed 0 findings in 0 files\n');
    expect(JSON.parse(again.stdout).findings).toEqual(left);
  });

  test('--fix-dry-run prints the change as a unified diff and changes nothing; applied, the diff is what --fix writes', () => {
    const dry = examples();
    const original = fs.readFileSync(path.join(dry, 'examples', 'listener.c'), 'utf8');
    const run = wskLint(['--fix-dry-run', 'examples'], dry);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^--- a\/examples\/listener\.c\n\+\+\+ b\/examples\/listener\.c\n@@ -\d+,\d+ \+\d+,\d+ @@\n/);
    expect(run.stderr).toMatch(/^wsk-lint: would fix \d+ findings in 1 file\n/);
    expect(fs.readFileSync(path.join(dry, 'examples', 'listener.c'), 'utf8')).toBe(original);
    applyDiff(dry, run.stdout);

    const fixed = examples();
    wskLint(['--fix', 'examples'], fixed);
    expect(fs.readFileSync(path.join(dry, 'examples', 'listener.c'), 'utf8')).toBe(fs.readFileSync(path.join(fixed, 'examples', 'listener.c'), 'utf8'));
    expect(fs.readFileSync(path.join(fixed, 'examples', 'listener.c'), 'utf8')).not.toBe(original);
  });
});

describe('--fix keeps what it does not fix', () => {
  const SOURCE = [
    '#include "wsk.h"',
    '',
    'NTSTATUS',
    'Secure(PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR CachedSd, PIRP Irp)',
    '{',
    '    return ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY,',
    '        IPPROTO_TCP, sizeof(SECURITY_DESCRIPTOR), &CachedSd, 0, NULL, NULL, Irp); /* größe */',
    '}',
    '',
  ];
  const FIXED = SOURCE.map((line) => line.replace('IPPROTO_TCP, sizeof(SECURITY_DESCRIPTOR)', 'SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR)'));

  test('a UTF-16LE file with a byte-order mark and CRLF line ends stays so', () => {
    const dir = scratch();
    fs.copyFileSync(path.join(ROOT, 'test/include/wsk.h'), path.join(dir, 'wsk.h'));
    write(dir, 'secure.c', Buffer.from(`\uFEFF${SOURCE.join('\r\n')}`, 'utf16le'));
    write(dir, 'plain.c', `\uFEFF${SOURCE.join('\n')}`);
    const run = wskLint(['--fix', 'secure.c', 'plain.c'], dir);
    expect(run.stdout).toBe('');
    expect(run.code).toBe(0);
    expect(fs.readFileSync(path.join(dir, 'secure.c'))).toEqual(Buffer.from(`\uFEFF${FIXED.join('\r\n')}`, 'utf16le'));
    expect(fs.readFileSync(path.join(dir, 'plain.c'), 'utf8')).toBe(`\uFEFF${FIXED.join('\n')}`);
  });

  test('--fix and --fix-dry-run together: a usage error', () => {
    expect(wskLint(['--fix', '--fix-dry-run', '.'], scratch())).toEqual({ code: 2, stdout: '', stderr: 'wsk-lint: --fix and --fix-dry-run exclude each other\n' });
  });
});
