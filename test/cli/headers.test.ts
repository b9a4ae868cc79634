// Headers as the build sees them, through the built CLI: `<…>` includes found with the include
// directories of a .vcxproj (and the property sheets it imports) or of a compile_commands.json, else as
// the only file of that name; an ambiguous name is not taken. Annotation macros the workspace cannot
// define are told by the shape of the function head. A source that is not UTF-8 is read as
// Windows-1252 (one note, positions exact); a binary one is skipped. The projects are in test/projects.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ROOT, ensureBuilt } from '../support/build';
import { wskLint, write } from './run';

const PROJECTS = path.join(ROOT, 'test/projects');
const folders: string[] = [];

beforeAll(() => ensureBuilt());
afterAll(() => {
  for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
});

/** A fresh copy of test/projects. */
function projects(): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'wsk-lint-headers-'));
  folders.push(folder);
  fs.cpSync(PROJECTS, folder, { recursive: true });
  return folder;
}

const lines = (items: readonly string[]) => items.map((line) => `${line}\n`).join('');

const LEVEL = (file: string, line: number) => `${file}:${line}:48: error WSK003: Level must be SOL_SOCKET for an SO_WSK_SECURITY set, not SECURITY_LEVEL (IPPROTO_TCP). SO_WSK_SECURITY is a socket-level option.`;
const SIZE = (file: string, line: number) => `${file}:${line}:9: error WSK001: InputSize must be sizeof(PSECURITY_DESCRIPTOR) for an SO_WSK_SECURITY set. SD_OPTION_SIZE (sizeof(SECURITY_DESCRIPTOR)) is the size of the descriptor itself; the call takes a pointer to it.`;

describe('<…> includes', () => {
  test('.vcxproj: $(SolutionDir) and an imported property sheet name the folders; same-named headers elsewhere are not taken', () => {
    const run = wskLint(['vcxproj'], projects());
    expect(run.stdout).toBe(lines([LEVEL('vcxproj/sys/socket.c', 11), SIZE('vcxproj/sys/socket.c', 12)]));
    expect(run.stderr).toBe('wsk-lint: 2 findings (2 errors) in 5 files\n');
  });

  test('a single file PATH: the project beside it says where its headers are (read from disk)', () => {
    const run = wskLint(['vcxproj/sys/socket.c'], projects());
    // The property sheet is imported from outside the file's folder: only the project's own directory counts.
    expect(run.stdout).toBe(lines([SIZE('vcxproj/sys/socket.c', 12)]));
  });

  test('compile_commands.json: the /I directory of the command, relative to its directory', () => {
    const run = wskLint(['compdb'], projects());
    expect(run.stdout).toBe(lines([SIZE('compdb/src/socket.c', 10)]));
  });

  test('no build file: the only header of that name (and folder) in the workspace', () => {
    const run = wskLint(['byname'], projects());
    expect(run.stdout).toBe(lines([LEVEL('byname/src/client.c', 9), SIZE('byname/src/client.c', 10)]));
  });

  test('two headers of that name: neither is taken, the size stays unknown and nothing is reported', () => {
    const run = wskLint(['ambiguous'], projects());
    expect(run).toEqual({ code: 0, stdout: '', stderr: 'wsk-lint: no findings in 3 files\n' });
  });

  test('worker threads resolve them as one thread does (a name unique in a part is not in the whole)', () => {
    const dir = projects();
    // Enough files without WSK code for the run to be split.
    for (let i = 0; i < 24; i++) write(dir, `fillers/f${i}.c`, `VOID Filler${i}(PULONG Count)\n{\n    *Count += ${i};\n}\n`);
    const paths = ['vcxproj', 'compdb', 'byname', 'ambiguous', 'fillers'];
    const one = wskLint(['--jobs', '1', ...paths], dir);
    expect(one.stdout.split('\n')).toHaveLength(6);
    for (const jobs of ['2', '3']) expect(wskLint(['--jobs', jobs, ...paths], dir)).toEqual(one);
  });
});

describe('annotation macros nothing defines', () => {
  test('EXPORT NTSTATUS Name( and NTSTATUS CALL Name(: the return type is read, so the NULL check fix returns a status', () => {
    const run = wskLint(['--format', 'json', 'annotations'], projects());
    const findings = (JSON.parse(run.stdout) as { findings: { rule: string; line: number; fixes: { title: string; edits: { newText: string }[] }[] }[] }).findings;
    expect(findings.map((finding) => [finding.rule, finding.line])).toEqual([['WSK006', 14], ['WSK006', 24]]);
    for (const finding of findings) {
      expect(finding.fixes.map((fix) => fix.title)).toEqual(['Check Irp for NULL after the allocation']);
      expect(finding.fixes[0].edits[0].newText).toContain('return STATUS_INSUFFICIENT_RESOURCES;');
    }
  });
});

describe('encodings', () => {
  /** Every byte from 0x80 to 0xFF in a comment, then a mistake on the same line after more of them. */
  function legacySource(): Buffer {
    const high = Buffer.from(Array.from({ length: 128 }, (_, i) => 0x80 + i));
    return Buffer.concat([
      Buffer.from('/* '), high, Buffer.from(' */\n#include <wsk.h>\n#include "blob.h"\n\nNTSTATUS\nApplySecurity(PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR CachedSd, PIRP Irp)\n{\n    /* Gr'),
      Buffer.from([0xf6, 0xdf, 0x65, 0x20, 0xa9, 0x20, 0x81, 0x8d, 0x8f, 0x90, 0x9d]),
      Buffer.from(' */ return ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(SECURITY_DESCRIPTOR), &CachedSd, 0, NULL, NULL, Irp);\n}\n'),
    ]);
  }

  test('a Windows-1252 file is analysed, with one note; lines and columns after the odd bytes are exact; a binary header is skipped once', () => {
    const dir = projects();
    const bytes = legacySource();
    write(dir, 'legacy/legacy.c', bytes);
    write(dir, 'legacy/blob.h', Buffer.from([0x23, 0x00, 0x01, 0x02]));
    const run = wskLint(['legacy'], dir);
    const lineBytes = bytes.toString('latin1').split('\n')[7];
    const column = lineBytes.indexOf('sizeof(SECURITY_DESCRIPTOR)') + 1;
    expect(run.stdout).toBe(`legacy/legacy.c:8:${column}: error WSK001: InputSize must be sizeof(PSECURITY_DESCRIPTOR) for an SO_WSK_SECURITY set. sizeof(SECURITY_DESCRIPTOR) is the size of the descriptor itself; the call takes a pointer to it.\n`);
    expect(run.stderr).toBe([
      'wsk-lint: skipped legacy/blob.h: binary file (contains NUL bytes)',
      'wsk-lint: note: legacy/legacy.c: not valid UTF-8 (first invalid byte on line 1): read as Windows-1252',
      'wsk-lint: 1 finding (1 error) in 1 file; 1 file skipped',
      '',
    ].join('\n'));
  });

  test('SARIF: the note is a tool notification of level note, the skipped file one of level warning', () => {
    const dir = projects();
    write(dir, 'legacy/legacy.c', legacySource());
    write(dir, 'legacy/blob.h', Buffer.from([0x00]));
    const sarif = JSON.parse(wskLint(['--format', 'sarif', 'legacy'], dir).stdout) as { runs: { invocations: { toolExecutionNotifications: { level: string; message: { text: string } }[] }[] }[] };
    expect(sarif.runs[0].invocations[0].toolExecutionNotifications.map(({ level, message }) => [level, message.text])).toEqual([
      ['warning', 'Skipped: binary file (contains NUL bytes).'],
      ['note', 'Not valid UTF-8 (first invalid byte on line 1): read as Windows-1252.'],
    ]);
  });
});
