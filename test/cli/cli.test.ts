// The wsk-lint command end to end: the built dist/cli.js spawned on copies of fixtures/ (a small driver
// with one mistake of each argument rule, a clean folder), checking exact reports, exit codes, rule
// settings from flags and .wsk-lint.json, the folder walk and the files it must skip.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ensureBuilt } from '../support/build';
import { removeScratchFolders, scratch, wskLint, write } from './run';

beforeAll(() => ensureBuilt());
afterAll(removeScratchFolders);

const SOCKET_C = [
  'driver/socket.c:11:24: error WSK001: InputSize must be sizeof(PSECURITY_DESCRIPTOR) for an SO_WSK_SECURITY set. sizeof(SECURITY_DESCRIPTOR) is the size of the descriptor itself; the call takes a pointer to it.',
  'driver/socket.c:18:48: error WSK003: Level must be SOL_SOCKET for an SO_WSK_SECURITY set, not IPPROTO_TCP. SO_WSK_SECURITY is a socket-level option.',
  'driver/socket.c:27:9: error WSK001: InputSize must be sizeof(PSECURITY_DESCRIPTOR) for an SO_WSK_SECURITY set. SD_OPTION_SIZE (sizeof(SECURITY_DESCRIPTOR)) is the size of the descriptor itself; the call takes a pointer to it.',
  'driver/socket.c:27:25: error WSK002: InputBuffer must be the address of the descriptor pointer (&CachedSd). Pass &CachedSd, not the pointer CachedSd itself: the input is the address of the variable holding the cached descriptor.',
];
const CLIENT_C = [
  'driver/client.c:9:63: error WSK012: Irp must be NULL for WSK_RELEASE_SD, not Irp. WSK_RELEASE_SD completes synchronously and takes no IRP.',
  'driver/client.c:17:65: error WSK005: Irp must not be NULL for an SO_WSK_SECURITY set. SO_WSK_SECURITY completes through an IRP. Allocate one with IoAllocateIrp and check it for NULL.',
];
const QUERY_C = [
  'driver/sub/query.c:10:17: error WSK004: RequestType must be WskSetOption or WskGetOption for SO_WSK_SECURITY, not WskIoctl. The option is set or read, not issued as an IOCTL.',
  'driver/sub/query.c:19:18: error WSK001: OutputSize must be sizeof(PSECURITY_DESCRIPTOR) for an SO_WSK_SECURITY get. SD_OPTION_SIZE (sizeof(SECURITY_DESCRIPTOR)) is the size of the descriptor itself; the call takes a pointer to it.',
];
const DRIVER = [...CLIENT_C, ...SOCKET_C, ...QUERY_C];

const lines = (items: readonly string[]) => items.map((line) => `${line}\n`).join('');

describe('text output', () => {
  test('a folder: every finding, compiler style, sorted by file and position; the summary on stderr', () => {
    const dir = scratch();
    const run = wskLint(['driver'], dir);
    expect(run.stdout).toBe(lines(DRIVER));
    expect(run.stderr).toBe('wsk-lint: 8 findings (8 errors) in 4 files\n');
    expect(run.code).toBe(1);
  });

  test('columns count UTF-16 code units, after a comment with non-ASCII letters and an emoji', () => {
    const dir = scratch();
    const source = fs.readFileSync(path.join(dir, 'driver/socket.c'), 'utf8').split('\n')[10];
    const column = source.indexOf('sizeof(SECURITY_DESCRIPTOR)') + 1;
    // The fixture tells the three ways of counting apart: UTF-16 units, code points and UTF-8 bytes.
    const before = source.slice(0, column - 1);
    expect(new Set([column, [...before].length + 1, Buffer.byteLength(before) + 1]).size).toBe(3);
    expect(wskLint(['driver/socket.c'], dir).stdout.split('\n')[0]).toMatch(new RegExp(`^driver/socket\\.c:11:${column}: error WSK001: `));
  });

  test('a single file still sees the macros of the header it includes', () => {
    const dir = scratch();
    const run = wskLint(['driver/socket.c'], dir);
    expect(run.stdout).toBe(lines(SOCKET_C));
    expect(run.stderr).toBe('wsk-lint: 4 findings (4 errors) in 1 file\n');
  });

  test('an include is resolved against the analysed root too (sub/query.c includes the root\'s wskutil.h)', () => {
    const dir = scratch();
    expect(wskLint(['driver'], dir).stdout).toContain(QUERY_C[1]);
  });

  test('paths outside the current folder are printed absolute', () => {
    const dir = scratch();
    const elsewhere = fs.mkdtempSync(path.join(os.tmpdir(), 'wsk-lint-cwd-'));
    try {
      const run = wskLint([path.join(dir, 'driver/client.c')], elsewhere);
      expect(run.stdout).toBe(lines(CLIENT_C.map((line) => `${dir}${path.sep}${line}`)));
    } finally {
      fs.rmSync(elsewhere, { recursive: true, force: true });
    }
  });

  test('clean code: no output, exit 0', () => {
    const run = wskLint(['clean'], scratch());
    expect(run).toEqual({ code: 0, stdout: '', stderr: 'wsk-lint: no findings in 1 file\n' });
  });
});

describe('folders', () => {
  test('recursion skips node_modules, dot-folders, non-C files and links to folders; each file counts once', () => {
    const dir = scratch();
    const bad = fs.readFileSync(path.join(dir, 'driver/socket.c'));
    write(dir, 'driver/node_modules/pkg/bad.c', bad);
    write(dir, 'driver/.vs/bad.c', bad);
    write(dir, 'driver/sub/notes.cpp', bad);
    fs.symlinkSync('..', path.join(dir, 'driver/sub/loop'));
    fs.symlinkSync('../client.c', path.join(dir, 'driver/sub/linked.c'));
    const run = wskLint(['driver', 'driver/socket.c', 'driver/sub'], dir);
    expect(run.stdout).toBe(lines(DRIVER));
    expect(run.stderr).toBe('wsk-lint: 8 findings (8 errors) in 4 files\n');
  });

  test('upper-case extensions are C files too (.C, .H)', () => {
    const dir = scratch();
    fs.renameSync(path.join(dir, 'driver/client.c'), path.join(dir, 'driver/CLIENT.C'));
    expect(wskLint(['driver'], dir).stdout).toContain('driver/CLIENT.C:9:63: error WSK012');
  });

  test('a folder without C files: a warning, exit 0', () => {
    const dir = scratch();
    fs.mkdirSync(path.join(dir, 'empty'));
    const run = wskLint(['empty'], dir);
    expect(run).toEqual({ code: 0, stdout: '', stderr: 'wsk-lint: warning: no .c or .h file under empty\nwsk-lint: no findings in 0 files\n' });
  });
});

describe('files that cannot be analysed are reported on stderr and skipped', () => {
  test('binary and oversized files are skipped, a file that is not UTF-8 is read as Windows-1252 with a note; the run goes on', () => {
    const dir = scratch();
    write(dir, 'clean/blob.c', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x00, 0x00]));
    // Latin-1 "©" in a comment on line 2: a file saved in the wrong code page.
    write(dir, 'clean/latin1.h', Buffer.concat([Buffer.from('#pragma once\n/* '), Buffer.from([0xa9]), Buffer.from(' Contoso */\n')]));
    write(dir, 'clean/huge.c', `/* ${'x'.repeat(2000)} */\n`);
    const run = wskLint(['--max-file-size', '1k', 'clean', 'driver/client.c'], dir);
    expect(run.stderr).toBe([
      'wsk-lint: skipped clean/blob.c: binary file (contains NUL bytes)',
      'wsk-lint: skipped clean/huge.c: larger than the limit of 1024 bytes (2007 bytes; see --max-file-size)',
      'wsk-lint: note: clean/latin1.h: not valid UTF-8 (first invalid byte on line 2): read as Windows-1252',
      'wsk-lint: 2 findings (2 errors) in 3 files; 2 files skipped',
      '',
    ].join('\n'));
    expect(run.stdout).toBe(lines(CLIENT_C));
    expect(run.code).toBe(1);
  });

  test('a UTF-16 file with a byte-order mark is read (Visual Studio can save sources so)', () => {
    const dir = scratch();
    const text = fs.readFileSync(path.join(dir, 'driver/client.c'), 'utf8');
    write(dir, 'driver/client.c', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    expect(wskLint(['driver/client.c'], dir).stdout).toBe(lines(CLIENT_C));
  });

  test('a missing path among readable ones is reported; the others are analysed', () => {
    const dir = scratch();
    const run = wskLint(['nowhere.c', 'driver/client.c'], dir);
    expect(run.stderr).toBe('wsk-lint: skipped nowhere.c: no such file or folder\nwsk-lint: 2 findings (2 errors) in 1 file; 1 file skipped\n');
    expect(run.code).toBe(1);
  });

  test('exit 2 when no given path could be read', () => {
    const dir = scratch();
    write(dir, 'blob.c', Buffer.from([0, 1, 2]));
    const run = wskLint(['nowhere', 'blob.c'], dir);
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: 'wsk-lint: skipped nowhere: no such file or folder\nwsk-lint: skipped blob.c: binary file (contains NUL bytes)\nwsk-lint: nothing to analyse: none of the given paths could be read\n',
    });
  });
});

describe('exit codes and flags', () => {
  test('--exit-zero: same report, exit 0', () => {
    const run = wskLint(['--exit-zero', 'driver'], scratch());
    expect(run.stdout).toBe(lines(DRIVER));
    expect(run.code).toBe(0);
  });

  test.each([
    [['--format', 'xml', 'driver'], 'wsk-lint: --format must be one of text, json, sarif, msbuild, not "xml"'],
    [['--rule', 'WSK001', 'driver'], 'wsk-lint: --rule expects ID=off|warning|error, not "WSK001"'],
    [['--rule', 'WSK001=info', 'driver'], 'wsk-lint: --rule: rule WSK001: "info" is not one of off, warning, error'],
    [['--rule', 'WSK999=off', 'driver'], /^wsk-lint: --rule: unknown rule "WSK999" \(known: WSK001, .*\)$/],
    [['--max-file-size', 'big', 'driver'], /^wsk-lint: --max-file-size expects a number of bytes/],
    [['--jobs', '0', 'driver'], 'wsk-lint: --jobs expects a number of threads (1 or more), not "0"'],
    [['-j', 'two', 'driver'], 'wsk-lint: --jobs expects a number of threads (1 or more), not "two"'],
    [['--frobnicate', 'driver'], /^wsk-lint: Unknown option '--frobnicate'/],
    [[], 'wsk-lint: no PATH given (try wsk-lint --help)'],
  ])('usage error %j: one line, exit 2', (args, message) => {
    const run = wskLint(args, scratch());
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')).toHaveLength(2);
    expect(run.stderr.trimEnd()).toMatch(message);
  });

  test('--rule ID=off drops a rule; --rule ID=warning changes its severity (IDs are case-insensitive)', () => {
    const run = wskLint(['--rule', 'WSK001=off', '--rule=wsk003=warning', 'driver/socket.c'], scratch());
    expect(run.stdout).toBe(lines([
      SOCKET_C[1].replace('error WSK003', 'warning WSK003'),
      SOCKET_C[3],
    ]));
    expect(run.stderr).toBe('wsk-lint: 2 findings (1 warning, 1 error) in 1 file\n');
    expect(run.code).toBe(1);
  });

  test('--help, --version and --explain print to stdout and exit 0', () => {
    const dir = scratch();
    const help = wskLint(['--help'], dir);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: wsk-lint \[options\] PATH\.\.\./);
    expect(help.stdout).toContain('.wsk-lint.json');
    for (const word of ['--jobs', '"exclude"', '"wrappers"']) expect(help.stdout).toContain(word);
    const version = JSON.parse(fs.readFileSync(path.join(__dirname, '../../package.json'), 'utf8')).version as string;
    expect(wskLint(['--version'], dir)).toEqual({ code: 0, stdout: `wsk-lint ${version}\n`, stderr: '' });
    const explain = wskLint(['--explain', 'wsk005'], dir);
    expect(explain.code).toBe(0);
    expect(explain.stdout).toMatch(/^# WSK005 null-irp\n/);
  });

  test('--explain takes a rule name as well as an ID; an unknown one is a usage error naming both', () => {
    const dir = scratch();
    for (const name of ['set-after-bind', 'Set-After-Bind']) {
      const explain = wskLint(['--explain', name], dir);
      expect(explain.code, name).toBe(0);
      expect(explain.stdout).toBe(wskLint(['--explain', 'WSK007'], dir).stdout);
      expect(explain.stdout).toMatch(/^# WSK007 set-after-bind\n/);
    }
    const unknown = wskLint(['--explain', 'bind-after-set'], dir);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^wsk-lint: --explain: unknown rule "bind-after-set" \(known: WSK001 security-option-size, .*WSK007 set-after-bind, .*\)\n$/);
  });
});

describe('.wsk-lint.json', () => {
  test('at the analysed folder: rules turned off or re-graded', () => {
    const dir = scratch();
    write(dir, 'driver/.wsk-lint.json', JSON.stringify({ rules: { WSK001: 'off', WSK012: 'warning' } }));
    const run = wskLint(['driver'], dir);
    expect(run.stdout).toBe(lines([
      CLIENT_C[0].replace('error WSK012', 'warning WSK012'),
      CLIENT_C[1],
      SOCKET_C[1],
      SOCKET_C[3],
      QUERY_C[0],
    ]));
  });

  test('in a folder above the analysed one, and for a file PATH', () => {
    const dir = scratch();
    write(dir, '.wsk-lint.json', JSON.stringify({ rules: { WSK001: 'off' } }));
    const withoutWsk001 = (items: readonly string[]) => items.filter((line) => !line.includes(' WSK001: '));
    expect(wskLint(['driver'], dir).stdout).toBe(lines(withoutWsk001(DRIVER)));
    expect(wskLint(['driver/socket.c'], dir).stdout).toBe(lines(withoutWsk001(SOCKET_C)));
  });

  test('the nearest file wins (files are not merged), and --rule goes over it', () => {
    const dir = scratch();
    write(dir, '.wsk-lint.json', JSON.stringify({ rules: { WSK002: 'off' } }));
    write(dir, 'driver/.wsk-lint.json', JSON.stringify({ rules: { WSK001: 'off' } }));
    expect(wskLint(['driver/socket.c'], dir).stdout).toBe(lines([SOCKET_C[1], SOCKET_C[3]]));
    expect(wskLint(['--rule', 'WSK001=warning', 'driver/socket.c'], dir).stdout).toBe(lines([
      SOCKET_C[0].replace('error WSK001', 'warning WSK001'),
      SOCKET_C[1],
      SOCKET_C[2].replace('error WSK001', 'warning WSK001'),
      SOCKET_C[3],
    ]));
  });

  test('a file in a subfolder of the analysed root governs the files under it (the nearest one, as in the editor)', () => {
    const dir = scratch();
    write(dir, 'driver/sub/.wsk-lint.json', JSON.stringify({ rules: { WSK004: 'off' } }));
    expect(wskLint(['driver'], dir).stdout).toBe(lines([...CLIENT_C, ...SOCKET_C, QUERY_C[1]]));
  });

  test('each root follows its own configuration in one run', () => {
    const dir = scratch();
    write(dir, 'driver/sub/.wsk-lint.json', JSON.stringify({ rules: { WSK004: 'off' } }));
    const run = wskLint(['driver/client.c', 'driver/sub'], dir);
    expect(run.stdout).toBe(lines([...CLIENT_C, QUERY_C[1]]));
  });

  test.each([
    ['{ "rules": { "WSK001": "off", } }', /^wsk-lint: driver\/\.wsk-lint\.json:1:31: not valid JSON: /],
    ['{ "rules": { "WSK042": "off" } }', /^wsk-lint: driver\/\.wsk-lint\.json:1:14: unknown rule "WSK042" \(known: WSK001, .*\)$/],
    ['{ "rules": { "WSK001": "loud" } }', 'wsk-lint: driver/.wsk-lint.json:1:24: rule WSK001: "loud" is not one of off, warning, error'],
    ['{ "rule": { "WSK001": "off" } }', 'wsk-lint: driver/.wsk-lint.json:1:3: unknown key "rule" (ignored)'],
    ['["WSK001"]', 'wsk-lint: driver/.wsk-lint.json:1:1: the configuration must be a JSON object'],
    ['{\n  "rules": {\n    "WSK001": "off"\n  },\n  "wrappers": {\n    "MyBind": { "bind": 0 }\n  }\n}\n', 'wsk-lint: driver/.wsk-lint.json:6:17: wrapper "MyBind": "bind" must be a parameter index (0-based); known keys: binds, appliesSecurity, caches, releases, waits, returnsIrp'],
  ])('an invalid configuration %j: one line on stderr at its line and column, no report, exit 2', (text, message) => {
    const dir = scratch();
    write(dir, 'driver/.wsk-lint.json', text);
    const run = wskLint(['driver'], dir);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')).toHaveLength(2);
    expect(run.stderr.trimEnd()).toMatch(message);
  });
});

describe('.wsk-lint.json: exclude', () => {
  test('a folder pattern, with or without **: nothing under it is analysed or counted', () => {
    for (const exclude of [['**/sub/**'], ['sub'], ['sub/']]) {
      const dir = scratch();
      write(dir, 'driver/.wsk-lint.json', JSON.stringify({ exclude }));
      const run = wskLint(['driver'], dir);
      expect(run.stdout).toBe(lines([...CLIENT_C, ...SOCKET_C]));
      expect(run.stderr).toBe('wsk-lint: 6 findings (6 errors) in 3 files\n');
    }
  });

  test('patterns are relative to the folder holding the file, also above the analysed root', () => {
    const dir = scratch();
    write(dir, '.wsk-lint.json', JSON.stringify({ exclude: ['driver/*.c'] }));
    const run = wskLint(['driver'], dir);
    expect(run.stdout).toBe(lines(QUERY_C));
    expect(run.stderr).toBe('wsk-lint: 2 findings (2 errors) in 2 files\n');
  });

  test('an excluded header that a file includes still lends its macros', () => {
    const dir = scratch();
    write(dir, 'driver/.wsk-lint.json', JSON.stringify({ exclude: ['**/*.h'] }));
    const run = wskLint(['driver'], dir);
    expect(run.stdout).toBe(lines(DRIVER));
    expect(run.stderr).toBe('wsk-lint: 8 findings (8 errors) in 3 files\n');
  });

  test('a file named on the command line and excluded: said so on stderr, not analysed', () => {
    const dir = scratch();
    write(dir, 'driver/.wsk-lint.json', JSON.stringify({ exclude: ['sub/query.c'] }));
    const run = wskLint(['driver/sub/query.c', 'driver/client.c'], dir);
    expect(run.stdout).toBe(lines(CLIENT_C));
    expect(run.stderr).toBe('wsk-lint: excluded driver/sub/query.c (an exclude pattern of .wsk-lint.json matches it)\nwsk-lint: 2 findings (2 errors) in 1 file\n');
  });

  test('an exclude that is not a list of patterns stops the run', () => {
    const dir = scratch();
    write(dir, 'driver/.wsk-lint.json', JSON.stringify({ exclude: 'sub' }));
    const run = wskLint(['driver'], dir);
    expect(run).toEqual({ code: 2, stdout: '', stderr: 'wsk-lint: driver/.wsk-lint.json:1:12: "exclude" must be an array of glob patterns such as ["**/generated/**"]\n' });
  });
});

describe('.wsk-lint.json: wrappers', () => {
  const WRAPPED = `#include "wsk.h"
NTSTATUS MyBind(PWSK_SOCKET Socket, PSOCKADDR Local);

NTSTATUS
Start(PWSK_SOCKET Socket, PSOCKADDR Local, PSECURITY_DESCRIPTOR CachedSd, PIRP Irp)
{
    NTSTATUS status = MyBind(Socket, Local);

    if (!NT_SUCCESS(status)) {
        return status;
    }
    return ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(
        Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &CachedSd, 0, NULL, NULL, Irp);
}
`;
  const WSK007 = /^app\/start\.c:12:62: error WSK007: .*\n {2}app\/start\.c:7:23: note: MyBind binds the socket Socket\n$/;

  function wrappedApp(): string {
    const dir = scratch();
    write(dir, 'app/start.c', WRAPPED);
    fs.copyFileSync(path.join(__dirname, '../include/wsk.h'), path.join(dir, 'app/wsk.h'));
    return dir;
  }

  test('a declared wrapper binds: the set that follows is too late (WSK007); undeclared, the call is opaque', () => {
    const dir = wrappedApp();
    expect(wskLint(['app'], dir).stdout).toBe('');
    write(dir, 'app/.wsk-lint.json', JSON.stringify({ wrappers: { MyBind: { binds: 0 } } }));
    expect(wskLint(['app'], dir).stdout).toMatch(WSK007);
  });

  test('the wrappers of every root apply to the whole run', () => {
    const dir = wrappedApp();
    write(dir, 'lib/.wsk-lint.json', JSON.stringify({ wrappers: { MyBind: { binds: 0 } } }));
    write(dir, 'lib/bind.h', 'NTSTATUS MyBind(PVOID Socket, PVOID Local);\n');
    expect(wskLint(['app', 'lib'], dir).stdout).toMatch(WSK007);
  });
});

describe('--output', () => {
  test('writes the report to the file and nothing to stdout', () => {
    const dir = scratch();
    const run = wskLint(['--format', 'json', '--output', 'report.json', 'driver/client.c'], dir);
    expect(run).toEqual({ code: 1, stdout: '', stderr: 'wsk-lint: 2 findings (2 errors) in 1 file\n' });
    const report = (JSON.parse(fs.readFileSync(path.join(dir, 'report.json'), 'utf8')) as { findings: { rule: string }[] }).findings;
    expect(report.map((finding) => finding.rule)).toEqual(['WSK012', 'WSK005']);
  });

  test('an --output that cannot be written: exit 2', () => {
    const run = wskLint(['-o', 'no/such/folder/report.txt', 'driver/client.c'], scratch());
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^wsk-lint: cannot write no\/such\/folder\/report\.txt: ENOENT/);
  });
});
