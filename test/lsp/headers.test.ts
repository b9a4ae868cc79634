// Headers as the build sees them, through the real server over stdio: a workspace folder holding one
// of the projects of test/projects is indexed, and its `<…>` includes are found as the CLI finds them
// (the include directories of a .vcxproj and its property sheets, of a compile_commands.json, or the
// only file of that name). Annotation macros nothing defines are told by the head's shape, so a quick
// fix that depends on the return type is offered. A source that is not UTF-8 is read as Windows-1252
// (one log line, positions exact); a binary one is skipped with one log line. The `.wsk-lint.json`
// that applies is the nearest one to each file, above the workspace folder too, as in the CLI.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { CodeActionRequest, DidChangeWatchedFilesNotification, DidOpenTextDocumentNotification, FileChangeType } from 'vscode-languageserver-protocol';
import { ROOT, ensureBuilt } from '../support/build';
import { LspClient } from './client';

const PROJECTS = path.join(ROOT, 'test/projects');
const clients: LspClient[] = [];
const folders: string[] = [];

beforeAll(() => ensureBuilt());

afterEach(() => {
  for (const client of clients.splice(0)) client.kill();
  for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
});

/**
 * A temporary folder holding a copy of one project (or nothing), and the URI of a file in it; `below`:
 * the copy goes into that subfolder of the temporary one (which is then the folder above it).
 */
function copy(project?: string, below = ''): { folder: string; uri: (file: string) => string } {
  const temporary = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'wsk-lint-headers-')));
  folders.push(temporary);
  const folder = path.join(temporary, below);
  fs.mkdirSync(folder, { recursive: true });
  if (project) fs.cpSync(path.join(PROJECTS, project), folder, { recursive: true });
  return { folder, uri: (file) => pathToFileURL(path.join(folder, file)).href };
}

async function start(folder: string): Promise<LspClient> {
  const client = LspClient.start({ folder, pullConfiguration: true, settings: {}, workDoneProgress: false });
  clients.push(client);
  await client.initialize({ debounceMs: 0 });
  return client;
}

/** Rule and 1-based line of each diagnostic. */
const summary = (diagnostics: readonly Diagnostic[]) => diagnostics.map((d) => [String(d.code), d.range.start.line + 1]);

describe('<…> includes in the editor', () => {
  test.each([
    ['vcxproj', 'sys/socket.c', [['WSK003', 11], ['WSK001', 12]]],
    ['compdb', 'src/socket.c', [['WSK001', 10]]],
    ['byname', 'src/client.c', [['WSK003', 9], ['WSK001', 10]]],
  ])('%s: the findings that only the included header makes, in a file never opened', async (project, file, expected) => {
    const { folder, uri } = copy(project);
    const client = await start(folder);
    const published = await client.waitForDiagnostics(uri(file), (diagnostics) => diagnostics.length > 0);
    expect(summary(published.diagnostics)).toEqual(expected);
  });

  test('ambiguous: two headers of that name, neither taken, no finding', async () => {
    const { folder, uri } = copy('ambiguous');
    const client = await start(folder);
    // Opened, the document is answered whatever its findings (none is never published for a closed file).
    const text = fs.readFileSync(path.join(folder, 'src/client.c'), 'utf8');
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: uri('src/client.c'), languageId: 'c', version: 1, text } });
    expect((await client.waitForVersion(uri('src/client.c'), 1)).diagnostics).toEqual([]);
  });

  test('a project file changed on disk: its include directories are read again', async () => {
    const { folder, uri } = copy('vcxproj');
    const client = await start(folder);
    await client.waitForDiagnostics(uri('sys/socket.c'), (diagnostics) => diagnostics.length === 2);
    const after = client.diagnostics.length;
    // The project now looks in legacy/ first, whose headers have the right size and level.
    const vcxproj = path.join(folder, 'sys/drv.vcxproj');
    fs.writeFileSync(vcxproj, fs.readFileSync(vcxproj, 'utf8').replace('$(SolutionDir)inc;', '..\\legacy;$(SolutionDir)inc;'));
    fs.rmSync(path.join(folder, 'build/common.props'));
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [
      { uri: uri('sys/drv.vcxproj'), type: FileChangeType.Changed },
      { uri: uri('build/common.props'), type: FileChangeType.Deleted },
    ] });
    const published = await client.waitForDiagnostics(uri('sys/socket.c'), (diagnostics) => diagnostics.length === 0, after);
    expect(published.diagnostics).toEqual([]);
  });
});

describe('annotation macros nothing defines', () => {
  test('the NULL-check quick fix is offered in both heads (it needs the return type)', async () => {
    const { folder, uri } = copy('annotations');
    const client = await start(folder);
    const file = 'src/send.c';
    const text = fs.readFileSync(path.join(folder, file), 'utf8');
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: uri(file), languageId: 'c', version: 1, text } });
    const published = await client.waitForVersion(uri(file), 1);
    expect(summary(published.diagnostics)).toEqual([['WSK006', 14], ['WSK006', 24]]);
    for (const diagnostic of published.diagnostics) {
      const actions = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: uri(file) }, range: diagnostic.range, context: { diagnostics: [diagnostic] } })) as CodeAction[];
      const fix = actions.find((action) => action.title === 'Check Irp for NULL after the allocation');
      expect(fix?.edit?.changes?.[uri(file)]?.[0].newText).toContain('return STATUS_INSUFFICIENT_RESOURCES;');
    }
  });
});

describe('encodings', () => {
  test('Windows-1252 is read (one log line, exact positions); a binary file is skipped (one log line)', async () => {
    const { folder, uri } = copy();
    const line7 = Buffer.concat([
      Buffer.from('    /* '), Buffer.from(Array.from({ length: 128 }, (_, i) => 0x80 + i)),
      Buffer.from(' */ return ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(SECURITY_DESCRIPTOR), &CachedSd, 0, NULL, NULL, Irp);'),
    ]);
    const source = Buffer.concat([
      Buffer.from('/* Copyright '), Buffer.from([0xa9]), Buffer.from(' M'), Buffer.from([0xfc]), Buffer.from('ller */\n#include <wsk.h>\n\nNTSTATUS\nApplySecurity(PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR CachedSd, PIRP Irp)\n{\n'),
      line7, Buffer.from('\n}\n'),
    ]);
    fs.writeFileSync(path.join(folder, 'legacy.c'), source);
    fs.writeFileSync(path.join(folder, 'blob.c'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x00, 0x00]));
    const client = await start(folder);
    const published = await client.waitForDiagnostics(uri('legacy.c'), (diagnostics) => diagnostics.length > 0);
    const character = line7.indexOf('sizeof(SECURITY_DESCRIPTOR)');
    expect(published.diagnostics.map((d) => [d.code, d.range])).toEqual([
      ['WSK001', { start: { line: 6, character }, end: { line: 6, character: character + 'sizeof(SECURITY_DESCRIPTOR)'.length } }],
    ]);
    await client.waitFor(() => client.logs.some((log) => log.includes('blob.c')), 'the binary file\'s log line');
    expect(client.logs.filter((log) => log.includes('legacy.c'))).toEqual([`${path.join(folder, 'legacy.c')}: not valid UTF-8 (first invalid byte on line 1): read as Windows-1252`]);
    expect(client.logs.filter((log) => log.includes('blob.c'))).toEqual([`${path.join(folder, 'blob.c')}: skipped: binary file (contains NUL bytes)`]);
    expect(client.latest(uri('blob.c'))).toBeUndefined();
  });
});

describe('the files of a folder, as the CLI finds them', () => {
  test('a link to a file is followed, a link to a folder is not; a file reached twice counts once', async () => {
    const { folder } = copy('byname', 'workspace');
    const outside = path.join(folder, '../outside');
    fs.mkdirSync(outside);
    fs.copyFileSync(path.join(folder, 'src/client.c'), path.join(outside, 'elsewhere.c'));
    fs.symlinkSync(path.join(outside, 'elsewhere.c'), path.join(folder, 'src/linked.c'));
    fs.symlinkSync('..', path.join(folder, 'src/loop'));
    fs.symlinkSync('client.c', path.join(folder, 'src/twice.c'));
    const client = await start(folder);
    const linked = await client.waitForDiagnostics(pathToFileURL(path.join(folder, 'src/linked.c')).href, (diagnostics) => diagnostics.length > 0);
    expect(summary(linked.diagnostics)).toEqual([['WSK003', 9], ['WSK001', 10]]);
    await client.waitFor(() => client.logs.some((log) => /indexed \d+ C files/.test(log)), 'the end of indexing');
    // client.c, linked.c and the three headers; nothing through the loop, and twice.c is client.c again.
    expect(client.logs.find((log) => /indexed \d+ C files/.test(log))).toMatch(/indexed 5 C files/);
    expect(client.diagnostics.filter((params) => params.uri.includes('/loop/') || params.uri.endsWith('twice.c'))).toEqual([]);
  });
});

describe('.wsk-lint.json: the file the CLI picks', () => {
  test('the nearest one to each file: in a subfolder, or above the workspace folder', async () => {
    const { folder, uri } = copy('byname', 'workspace');
    // The folder above the workspace folder holds one configuration, a subfolder of it another.
    fs.writeFileSync(path.join(folder, '../.wsk-lint.json'), JSON.stringify({ rules: { WSK003: 'off' } }));
    fs.mkdirSync(path.join(folder, 'src/sub'));
    fs.copyFileSync(path.join(folder, 'src/client.c'), path.join(folder, 'src/sub/client.c'));
    fs.writeFileSync(path.join(folder, 'src/sub/.wsk-lint.json'), JSON.stringify({ rules: { WSK001: 'off' } }));
    const client = await start(folder);
    const top = await client.waitForDiagnostics(uri('src/client.c'), (diagnostics) => diagnostics.length > 0);
    const sub = await client.waitForDiagnostics(uri('src/sub/client.c'), (diagnostics) => diagnostics.length > 0);
    expect(summary(top.diagnostics)).toEqual([['WSK001', 10]]);
    expect(summary(sub.diagnostics)).toEqual([['WSK003', 9]]);
  });
});
