// The server over stdio, seen as a whole workspace: every C file of the folder is indexed (with
// work-done progress) and published, open or not; an edit in one file republishes the others whose
// findings it changes (a helper that starts binding makes its caller in another file wrong); files
// changed on disk, exclusions (`files.exclude`, `wskLint.exclude`, `.wsk-lint.json`) and declared
// wrappers are followed.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { Position, PublishDiagnosticsParams, WorkDoneProgressReport } from 'vscode-languageserver-protocol';
import {
  DidChangeTextDocumentNotification, DidChangeWatchedFilesNotification, DidOpenTextDocumentNotification, FileChangeType, HoverRequest,
} from 'vscode-languageserver-protocol';
import { ROOT, ensureBuilt } from '../support/build';
import type { ClientOptions } from './client';
import { LspClient } from './client';

const FIXTURES = path.join(__dirname, 'fixtures', 'workspace');
const WSK_H = fs.readFileSync(path.join(ROOT, 'test/include/wsk.h'), 'utf8');
const HELPERS = fs.readFileSync(path.join(FIXTURES, 'helpers.c'), 'utf8');
const QUERY = fs.readFileSync(path.join(FIXTURES, 'query.c'), 'utf8');
/** The line that makes EpBind bind its socket, inserted before EpBind's return. */
const BIND = '    status = EP_CONNECTION(Endpoint)->WskBind(Endpoint->Socket, Endpoint->LocalAddress, 0, Endpoint->Irp);\n';
const BIND_AT = 'return EpWait(Endpoint, status);\n}\n\nNTSTATUS\nEpSecure';

const clients: LspClient[] = [];
const folders: string[] = [];

beforeAll(async () => {
  await ensureBuilt();
});

afterEach(() => {
  for (const client of clients.splice(0)) client.kill();
  for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
});

/** A temporary workspace folder holding `files` (relative path → text) and wsk.h. */
function workspace(files: Record<string, string>): { folder: string; uri: (file: string) => string } {
  const folder = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'wsk-lint-ws-')));
  folders.push(folder);
  for (const [file, text] of Object.entries({ 'wsk.h': WSK_H, ...files })) {
    fs.mkdirSync(path.dirname(path.join(folder, file)), { recursive: true });
    fs.writeFileSync(path.join(folder, file), text);
  }
  return { folder, uri: (file) => pathToFileURL(path.join(folder, file)).href };
}

function fixture(name: string): string {
  return fs.readFileSync(path.join(FIXTURES, name), 'utf8');
}

async function start(options: Partial<ClientOptions> & { folder: string }, initializationOptions: Record<string, unknown> = { debounceMs: 0 }): Promise<LspClient> {
  const client = LspClient.start({ pullConfiguration: true, settings: {}, workDoneProgress: true, ...options });
  clients.push(client);
  await client.initialize(initializationOptions);
  return client;
}

/** Resolves when the `count`-th work-done progress has ended (indexing and the check that follows). */
async function progressEnded(client: LspClient, count = 1): Promise<void> {
  await client.waitFor(() => client.progress.filter((event) => event.value.kind === 'end').length >= count, `progress end #${count}`);
}

function codes(params: PublishDiagnosticsParams | undefined): string[] {
  return params?.diagnostics.map((d) => `${String(d.code)}@${d.range.start.line + 1}`) ?? [];
}

/** Every publication for `uri` so far. */
function publications(client: LspClient, uri: string): PublishDiagnosticsParams[] {
  return client.diagnostics.filter((params) => params.uri === uri);
}

function positionOf(text: string, needle: string): Position {
  const before = text.slice(0, text.indexOf(needle)).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

describe('the whole workspace', () => {
  test('a helper edited in the editor changes the diagnostics of its caller in a closed file, and back', async () => {
    const { folder, uri } = workspace({ 'endpoint.h': fixture('endpoint.h'), 'helpers.c': HELPERS, 'start.c': fixture('start.c') });
    const client = await start({ folder });
    await progressEnded(client);
    // EpBind does not bind yet: nothing is wrong with start.c, and it was never published.
    expect(publications(client, uri('start.c'))).toEqual([]);

    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: uri('helpers.c'), languageId: 'c', version: 1, text: HELPERS } });
    expect(codes(await client.waitForVersion(uri('helpers.c'), 1))).toEqual([]);

    // Make EpBind bind: the caller, which the editor never opened, gets a WSK007 at its EpSecure call,
    // with the helpers' inner sites as related locations.
    const at = positionOf(HELPERS, BIND_AT);
    let count = client.diagnostics.length;
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri: uri('helpers.c'), version: 2 },
      contentChanges: [{ range: { start: at, end: at }, text: BIND }],
    });
    const caller = await client.waitForDiagnostics(uri('start.c'), (diagnostics) => diagnostics.length > 0, count);
    expect(caller.version).toBeUndefined();
    expect(codes(caller)).toEqual(['WSK007@13']);
    expect(caller.diagnostics[0].message).toContain('EpSecure applies SO_WSK_SECURITY to Endpoint->Socket too late');
    expect(caller.diagnostics[0].relatedInformation?.map((related) => related.location.uri)).toEqual([uri('start.c'), uri('helpers.c'), uri('helpers.c')]);
    // The edited document is answered too, with its version, although its own findings did not change.
    expect(codes(await client.waitForVersion(uri('helpers.c'), 2))).toEqual([]);

    // Undo: the caller's diagnostics go away (an empty publication), without opening it.
    count = client.diagnostics.length;
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri: uri('helpers.c'), version: 3 },
      contentChanges: [{ range: { start: at, end: { line: at.line + 1, character: 0 } }, text: '' }],
    });
    const cleared = await client.waitForDiagnostics(uri('start.c'), () => true, count);
    expect(cleared.diagnostics).toEqual([]);
    expect(codes(await client.waitForVersion(uri('helpers.c'), 3))).toEqual([]);
    // The caller was published exactly twice: its finding, and its clearing.
    expect(publications(client, uri('start.c'))).toHaveLength(2);
    expect(await client.stop()).toBe(0);
    expect(client.logs.filter((message) => /failed|uncaught|unhandled/.test(message))).toEqual([]);
  });

  test('renaming a helper in the editor clears the finding its old name gave a caller', async () => {
    const bound = HELPERS.replace(BIND_AT, BIND + BIND_AT);
    const { folder, uri } = workspace({ 'endpoint.h': fixture('endpoint.h'), 'helpers.c': bound, 'start.c': fixture('start.c') });
    const client = await start({ folder });
    await progressEnded(client);
    expect(codes(client.latest(uri('start.c')))).toEqual(['WSK007@13']);
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: uri('helpers.c'), languageId: 'c', version: 1, text: bound } });
    await client.waitForVersion(uri('helpers.c'), 1);
    // `EpBind(` becomes `EpBindLocal(`: the caller's EpBind has no body in the workspace any more.
    const name = positionOf(bound, 'EpBind(PENDPOINT');
    const count = client.diagnostics.length;
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri: uri('helpers.c'), version: 2 },
      contentChanges: [{ range: { start: { line: name.line, character: name.character + 'EpBind'.length }, end: { line: name.line, character: name.character + 'EpBind'.length } }, text: 'Local' }],
    });
    expect((await client.waitForDiagnostics(uri('start.c'), () => true, count)).diagnostics).toEqual([]);
    expect(await client.stop()).toBe(0);
  });

  test('an edit that overtakes a run: what the run had left to check is carried into the next one', async () => {
    // Many callers, so that checking them takes several slices and the next edit arrives meanwhile.
    const callers: Record<string, string> = {};
    for (let i = 0; i < 120; i++) callers[`callers/start${i}.c`] = fixture('start.c').replace('EpStart', `EpStart${i}`);
    const OTHER = '/* unrelated to the helpers */\nint Other;\n';
    const { folder, uri } = workspace({ 'endpoint.h': fixture('endpoint.h'), 'helpers.c': HELPERS, 'other.c': OTHER, ...callers });
    const client = await start({ folder });
    for (const [file, text] of [['helpers.c', HELPERS], ['other.c', OTHER]]) {
      await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: uri(file), languageId: 'c', version: 1, text } });
    }
    await progressEnded(client);
    const at = positionOf(HELPERS, BIND_AT);
    const callerUris = Object.keys(callers).map(uri);
    const allCallers = (expected: string) => callerUris.every((caller) => codes(client.latest(caller)).join() === expected);
    expect(allCallers('')).toBe(true);

    // Make EpBind bind; as soon as the helper is answered (its callers are being checked), edit another
    // file, whose own dependents are only itself.
    let otherVersion = 1;
    const overtake = async (helpersVersion: number, change: { range: { start: Position; end: Position }; text: string }) => {
      await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: uri('helpers.c'), version: helpersVersion }, contentChanges: [change] });
      await client.waitForVersion(uri('helpers.c'), helpersVersion);
      await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: { uri: uri('other.c'), version: ++otherVersion },
        contentChanges: [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: ' ' }],
      });
      await client.waitForVersion(uri('other.c'), otherVersion);
    };
    await overtake(2, { range: { start: at, end: at }, text: BIND });
    await client.waitFor(() => allCallers('WSK007@13'), 'a WSK007 in every caller');
    await overtake(3, { range: { start: at, end: { line: at.line + 1, character: 0 } }, text: '' });
    await client.waitFor(() => allCallers(''), 'every caller cleared');
    expect(await client.stop()).toBe(0);
  });

  test('files never opened are published after indexing, within a work-done progress that reports N/M files', async () => {
    const { folder, uri } = workspace({ 'query.c': QUERY, 'sub/query2.c': QUERY, 'clean.c': '/* nothing to say */\n' });
    const client = await start({ folder });
    await progressEnded(client);
    // Both copies were published by the time the progress ended, without a version (they are not open);
    // the clean file and the header were not published at all.
    for (const file of ['query.c', 'sub/query2.c']) {
      const published = client.latest(uri(file));
      expect(codes(published)).toEqual(['WSK001@9']);
      expect(published?.version).toBeUndefined();
    }
    expect(client.latest(uri('clean.c'))).toBeUndefined();
    expect(client.latest(uri('wsk.h'))).toBeUndefined();

    expect(client.progressTokens).toHaveLength(1);
    const events = client.progress.filter((event) => event.token === client.progressTokens[0]).map((event) => event.value);
    expect(events[0]).toMatchObject({ kind: 'begin', title: 'wsk-lint', percentage: 0 });
    expect(events[events.length - 1]).toEqual({ kind: 'end' });
    const reports = events.filter((value): value is WorkDoneProgressReport => value.kind === 'report');
    expect(reports.length).toBeGreaterThanOrEqual(2);
    const percentages = reports.map((report) => report.percentage ?? -1);
    expect(percentages).toEqual([...percentages].sort((a, b) => a - b));
    expect(percentages[percentages.length - 1]).toBe(100);
    expect(reports.map((report) => report.message)).toContain('indexing 4/4 files');
    expect(reports[reports.length - 1].message).toMatch(/^checking (\d+)\/\1 files$/);
    expect(await client.stop()).toBe(0);
  });

  test('a client without work-done progress gets none, and the diagnostics all the same', async () => {
    const { folder, uri } = workspace({ 'query.c': QUERY });
    const client = await start({ folder, workDoneProgress: false });
    expect(codes(await client.waitForDiagnostics(uri('query.c')))).toEqual(['WSK001@9']);
    expect(client.progressTokens).toEqual([]);
    expect(client.progress).toEqual([]);
    expect(await client.stop()).toBe(0);
  });

  test('hover is answered while a large workspace is still being indexed', async () => {
    // A few hundred files: long enough to index that a hover sent at its start would wait if the index
    // held the event loop.
    const files: Record<string, string> = {};
    const body = QUERY.replace('QuerySecurity', 'QuerySecurity__N__') + '\n'.repeat(2) + `/* ${'padding '.repeat(2000)} */\n`;
    for (let i = 0; i < 300; i++) files[`gen/file${i}.c`] = body.replace('__N__', String(i));
    const { folder, uri } = workspace({ 'query.c': QUERY, ...files });
    const client = await start({ folder });
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: uri('query.c'), languageId: 'c', version: 1, text: QUERY } });
    await client.waitFor(() => client.progress.some((event) => event.value.kind === 'report'), 'the first progress report');
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: uri('query.c') }, position: positionOf(QUERY, 'SO_WSK_SECURITY') });
    expect(client.progress.some((event) => event.value.kind === 'end')).toBe(false);
    expect(JSON.stringify(hover)).toContain('SO_WSK_SECURITY');
    await progressEnded(client);
    expect(codes(client.latest(uri('gen/file299.c')))).toEqual(['WSK001@9']);
    expect(await client.stop()).toBe(0);
  });
});

describe('exclusions and wrappers', () => {
  test('files.exclude, wskLint.exclude and .wsk-lint.json exclude keep files out; a change brings them back', async () => {
    const { folder, uri } = workspace({
      'kept.c': QUERY,
      'out/build.c': QUERY,
      'third_party/lib.c': QUERY,
      'generated/gen.c': QUERY,
      '.wsk-lint.json': JSON.stringify({ exclude: ['generated/*.c'] }),
    });
    const client = await start({ folder, settings: { exclude: ['third_party'] }, filesExclude: { '**/out': true, '**/*.txt': { when: '$(basename).c' } } });
    await progressEnded(client);
    expect(codes(client.latest(uri('kept.c')))).toEqual(['WSK001@9']);
    const excluded = ['out/build.c', 'third_party/lib.c', 'generated/gen.c'];
    for (const file of excluded) expect(publications(client, uri(file)), file).toEqual([]);

    // An excluded file opened in the editor is still left out: answered, with nothing.
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: uri('out/build.c'), languageId: 'c', version: 1, text: QUERY } });
    expect((await client.waitForVersion(uri('out/build.c'), 1)).diagnostics).toEqual([]);

    // Dropping the setting brings third_party back into the index; setting it again takes it out.
    await client.changeSettings({});
    await progressEnded(client, 2);
    expect(codes(client.latest(uri('third_party/lib.c')))).toEqual(['WSK001@9']);
    await client.changeSettings({ exclude: ['third_party/**'] });
    await progressEnded(client, 3);
    expect(client.latest(uri('third_party/lib.c'))?.diagnostics).toEqual([]);
    // A file created in an excluded folder stays out. (The change to kept.c after it is handled after it.)
    fs.writeFileSync(path.join(folder, 'generated/new.c'), QUERY);
    fs.writeFileSync(path.join(folder, 'kept.c'), QUERY.replace('sizeof(SECURITY_DESCRIPTOR)', 'sizeof(PSECURITY_DESCRIPTOR)'));
    const count = client.diagnostics.length;
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: uri('generated/new.c'), type: FileChangeType.Created }] });
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: uri('kept.c'), type: FileChangeType.Changed }] });
    expect((await client.waitForDiagnostics(uri('kept.c'), () => true, count)).diagnostics).toEqual([]);
    expect(publications(client, uri('generated/new.c'))).toEqual([]);
    expect(await client.stop()).toBe(0);
  });

  test('wskLint.wrappers declares what a bodiless function does: a finding appears through it', async () => {
    const source = fs.readFileSync(path.join(FIXTURES, 'wrappers.c'), 'utf8');
    const { folder, uri } = workspace({ 'wrappers.c': source });
    const client = await start({ folder });
    await progressEnded(client);
    expect(publications(client, uri('wrappers.c'))).toEqual([]);
    await client.changeSettings({ wrappers: { MyBind: { binds: 0 } } });
    const published = await client.waitForDiagnostics(uri('wrappers.c'), (diagnostics) => diagnostics.length > 0);
    expect(codes(published)).toEqual(['WSK007@13']);
    expect(published.version).toBeUndefined();
    // A bad declaration is reported, never fatal.
    await client.changeSettings({ wrappers: { MyBind: { binds: 'socket' } } });
    await client.waitFor(() => client.shownMessages.some((message) => message.includes('"wskLint.wrappers": wrapper "MyBind"')), 'the warning');
    expect((await client.waitForDiagnostics(uri('wrappers.c'), () => true, client.diagnostics.indexOf(published) + 1)).diagnostics).toEqual([]);
    expect(await client.stop()).toBe(0);
  });
});

describe('large folders', () => {
  test('folders holding more C than the server parses quickly are said once, with what to exclude', async () => {
    const { folder } = workspace({ 'a.c': QUERY, 'b.c': QUERY });
    const size = 2 * QUERY.length;
    const client = await start({ folder }, { debounceMs: 0 });
    await progressEnded(client);
    expect(client.shownMessages.filter((message) => message.includes('MB of C sources'))).toEqual([]);
    await client.stop();
    const large = LspClient.start({ pullConfiguration: true, settings: {}, workDoneProgress: true, folder }, undefined, { env: { ...process.env, WSK_LINT_LARGE_FOLDERS: String(size) } });
    clients.push(large);
    await large.initialize({ debounceMs: 0 });
    await large.waitFor(() => large.shownMessages.some((message) => message.includes('MB of C sources')), 'the warning');
    const warnings = large.shownMessages.filter((message) => message.includes('MB of C sources'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('in 3 files'); // the two sources and wsk.h
    expect(warnings[0]).toContain('wskLint.exclude');
    // Indexing again (a setting changed) does not say it again.
    await large.changeSettings({ exclude: ['none'] });
    await progressEnded(large, 2);
    expect(large.shownMessages.filter((message) => message.includes('MB of C sources'))).toHaveLength(1);
    expect(await large.stop()).toBe(0);
  });
});

describe('files changed on disk', () => {
  const HEADER = '#define SD_SIZE sizeof(SECURITY_DESCRIPTOR)\n';
  const SIZED = QUERY.replace('#include "wsk.h"', '#include "wsk.h"\n#include "sdsize.h"').replace('sizeof(SECURITY_DESCRIPTOR)', 'SD_SIZE');

  test('deleting a header removes the findings that came from it in closed files', async () => {
    const { folder, uri } = workspace({ 'sdsize.h': HEADER, 'sized.c': SIZED });
    const client = await start({ folder });
    await progressEnded(client);
    const before = client.latest(uri('sized.c'));
    expect(codes(before)).toEqual(['WSK001@10']);
    expect(before?.diagnostics[0].message).toContain('SD_SIZE (sizeof(SECURITY_DESCRIPTOR))');

    const count = client.diagnostics.length;
    fs.rmSync(path.join(folder, 'sdsize.h'));
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: uri('sdsize.h'), type: FileChangeType.Deleted }] });
    expect((await client.waitForDiagnostics(uri('sized.c'), () => true, count)).diagnostics).toEqual([]);
    expect(await client.stop()).toBe(0);
  });

  test('a rename (a deletion and a creation) moves the diagnostics; a changed file is read again', async () => {
    const { folder, uri } = workspace({ 'query.c': QUERY });
    const client = await start({ folder });
    await progressEnded(client);
    expect(codes(client.latest(uri('query.c')))).toEqual(['WSK001@9']);

    let count = client.diagnostics.length;
    fs.renameSync(path.join(folder, 'query.c'), path.join(folder, 'renamed.c'));
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
      changes: [{ uri: uri('query.c'), type: FileChangeType.Deleted }, { uri: uri('renamed.c'), type: FileChangeType.Created }],
    });
    expect(codes(await client.waitForDiagnostics(uri('renamed.c'), () => true, count))).toEqual(['WSK001@9']);
    expect((await client.waitForDiagnostics(uri('query.c'), () => true, count)).diagnostics).toEqual([]);

    count = client.diagnostics.length;
    fs.writeFileSync(path.join(folder, 'renamed.c'), QUERY.replace('sizeof(SECURITY_DESCRIPTOR)', 'sizeof(PSECURITY_DESCRIPTOR)'));
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: uri('renamed.c'), type: FileChangeType.Changed }] });
    expect((await client.waitForDiagnostics(uri('renamed.c'), () => true, count)).diagnostics).toEqual([]);
    expect(await client.stop()).toBe(0);
  });
});
