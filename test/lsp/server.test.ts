// The bundled language server, spawned as an editor spawns it (`node dist/server.js --stdio`) and
// driven over real JSON-RPC: diagnostics on open and on incremental changes, quick-fixes, hover,
// settings, `.wsk-lint.json`, bad input, and a clean shutdown.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { CodeAction, Diagnostic, Hover, MarkupContent, Position, Range } from 'vscode-languageserver-protocol';
import {
  CodeActionRequest, DiagnosticSeverity, DidChangeTextDocumentNotification, DidChangeWatchedFilesNotification,
  DidCloseTextDocumentNotification, DidOpenTextDocumentNotification, FileChangeType, HoverRequest,
} from 'vscode-languageserver-protocol';
import { ensureBuilt } from '../support/build';
import { LspClient } from './client';

const FIXTURES = path.join(__dirname, 'fixtures');
const DRIVER = fs.readFileSync(path.join(FIXTURES, 'driver.c'), 'utf8');
const HEADER = fs.readFileSync(path.join(FIXTURES, 'wskdefs.h'), 'utf8');
const CONFIG = fs.readFileSync(path.join(FIXTURES, 'wsk-lint.json'), 'utf8');

let folder: string;
let driverUri: string;
let headerUri: string;
const clients: LspClient[] = [];

beforeAll(async () => {
  await ensureBuilt();
  folder = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'wsk-lint-lsp-')));
  fs.writeFileSync(path.join(folder, 'driver.c'), DRIVER);
  fs.writeFileSync(path.join(folder, 'wskdefs.h'), HEADER);
  fs.writeFileSync(path.join(folder, '.wsk-lint.json'), CONFIG);
  driverUri = pathToFileURL(path.join(folder, 'driver.c')).href;
  headerUri = pathToFileURL(path.join(folder, 'wskdefs.h')).href;
});

afterEach(() => {
  for (const client of clients.splice(0)) client.kill();
});

afterAll(() => {
  fs.rmSync(folder, { recursive: true, force: true });
});

function start(options: { pullConfiguration?: boolean; settings?: unknown; folder?: string } = {}): LspClient {
  const client = LspClient.start({ folder: options.folder ?? folder, pullConfiguration: options.pullConfiguration ?? true, settings: options.settings ?? {} });
  clients.push(client);
  return client;
}

async function open(client: LspClient, uri: string, text: string, languageId = 'c'): Promise<void> {
  await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
}

/** The range of the `occurrence`-th `needle` in `text` (0-based lines and UTF-16 columns). */
function rangeOf(text: string, needle: string, occurrence = 0): Range {
  let index = -1;
  for (let i = 0; i <= occurrence; i++) {
    index = text.indexOf(needle, index + 1);
    if (index < 0) throw new Error(`${needle} #${occurrence} not in the text`);
  }
  return { start: positionAt(text, index), end: positionAt(text, index + needle.length) };
}

/** The range of `needle` at the start of the first `context` (to tell one `NULL` from the others). */
function rangeIn(text: string, context: string, needle: string): Range {
  const { start } = rangeOf(text, context);
  return { start, end: { line: start.line, character: start.character + needle.length } };
}

function positionAt(text: string, offset: number): Position {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

/** A position inside the `occurrence`-th `needle`, `shift` characters into it. */
function inside(text: string, needle: string, shift = 1, occurrence = 0): Position {
  const { start } = rangeOf(text, needle, occurrence);
  return { line: start.line, character: start.character + shift };
}

function summary(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => `${String(d.code)} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.severity}`);
}

function line(code: string, range: Range, severity: DiagnosticSeverity): string {
  return `${code} ${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character} ${severity}`;
}

async function hover(client: LspClient, uri: string, position: Position): Promise<{ text: string; range: Range | undefined }> {
  const result: Hover | null = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
  if (!result) return { text: '', range: undefined };
  return { text: (result.contents as MarkupContent).value, range: result.range };
}

async function codeActions(client: LspClient, uri: string, range: Range, only?: string[]): Promise<CodeAction[]> {
  const result = await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics: [], ...(only ? { only } : {}) } });
  return (result ?? []) as CodeAction[];
}

describe('language server over stdio', () => {
  test('diagnostics, quick-fixes, hover, incremental edits, settings and a clean exit', async () => {
    const spawned = Date.now();
    const client = start();
    const init = await client.initialize();
    const initializeMs = Date.now() - spawned;
    expect(init.capabilities.textDocumentSync).toMatchObject({ openClose: true, change: 2 });
    expect(init.capabilities.hoverProvider).toBe(true);
    expect(init.capabilities.codeActionProvider).toEqual({ codeActionKinds: ['quickfix', 'source.fixAll.wskLint'] });

    // didOpen -> diagnostics. The header's typedef (MY_SD) makes `cachedSd` a descriptor pointer
    // (WSK002), its macro (SD_SIZE) is a wrong size reported at the macro's name; .wsk-lint.json turns
    // WSK003 (IPPROTO_TCP) off and WSK005 into a warning.
    const opened = Date.now();
    await open(client, driverUri, DRIVER);
    // The index may publish the file from disk first; the open document is answered with its version.
    const first = await client.waitForVersion(driverUri, 1);
    const diagnosticsMs = Date.now() - opened;
    expect(first.version).toBe(1);
    expect(summary(first.diagnostics)).toEqual([
      line('WSK001', rangeOf(DRIVER, 'sizeof(SECURITY_DESCRIPTOR)'), DiagnosticSeverity.Error),
      line('WSK002', rangeOf(DRIVER, 'cachedSd', 1), DiagnosticSeverity.Error),
      line('WSK001', rangeOf(DRIVER, 'SD_SIZE'), DiagnosticSeverity.Error),
      line('WSK005', rangeIn(DRIVER, 'NULL);', 'NULL'), DiagnosticSeverity.Warning),
    ]);
    for (const diagnostic of first.diagnostics) {
      expect(diagnostic.source).toBe('wsk-lint');
      expect(diagnostic.relatedInformation).toBeUndefined();
    }
    expect(first.diagnostics[0].message).toContain('InputSize must be sizeof(PSECURITY_DESCRIPTOR)');
    expect(first.diagnostics[2].message).toContain('SD_SIZE');

    // A quick-fix for the WSK001 range: the expected edit, preferred, carrying its diagnostic; then
    // the two ways of suppressing the finding (test/lsp/suppressions.test.ts applies them).
    const wsk001 = rangeOf(DRIVER, 'sizeof(SECURITY_DESCRIPTOR)');
    const actions = await codeActions(client, driverUri, { start: inside(DRIVER, 'sizeof(SECURITY_DESCRIPTOR)', 3), end: inside(DRIVER, 'sizeof(SECURITY_DESCRIPTOR)', 3) });
    expect(actions.map((action) => action.title)).toEqual(['Replace sizeof(SECURITY_DESCRIPTOR) with sizeof(PSECURITY_DESCRIPTOR)', 'Suppress WSK001 on this line', 'Suppress WSK001 in this file']);
    expect(actions[0]).toMatchObject({ kind: 'quickfix', isPreferred: true });
    expect(actions[0].diagnostics?.map((d) => d.code)).toEqual(['WSK001']);
    expect(actions[0].edit?.changes).toEqual({ [driverUri]: [{ range: wsk001, newText: 'sizeof(PSECURITY_DESCRIPTOR)' }] });
    const fixes = (list: CodeAction[]) => list.filter((action) => !action.title.startsWith('Suppress '));
    // WSK002's fix takes the address of the descriptor pointer.
    const wsk002 = await codeActions(client, driverUri, rangeOf(DRIVER, 'cachedSd', 1));
    expect(fixes(wsk002).map((action) => action.edit?.changes?.[driverUri]?.[0].newText)).toEqual(['&cachedSd']);
    // A macro use that is the whole argument is replaced where it is used.
    expect((await codeActions(client, driverUri, rangeOf(DRIVER, 'SD_SIZE'))).map((action) => action.title)).toEqual(['Replace SD_SIZE with sizeof(PSECURITY_DESCRIPTOR)', 'Suppress WSK001 on this line', 'Suppress WSK001 in this file']);
    // A client asking only for source actions gets the one that makes every safe fix, no quick-fix.
    expect((await codeActions(client, driverUri, wsk001, ['source'])).map((action) => action.kind)).toEqual(['source.fixAll.wskLint']);

    // Hover: a control code, a function called through a dispatch table, an argument.
    const code = await hover(client, driverUri, inside(DRIVER, 'SO_WSK_SECURITY', 4));
    expect(code.range).toEqual(rangeOf(DRIVER, 'SO_WSK_SECURITY'));
    expect(code.text).toContain('**SO_WSK_SECURITY** — control code of `WskControlSocket`');
    expect(code.text).toContain('WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &cachedSd, 0, NULL, NULL, Irp)');
    // The control code argument has no contract of its own: the code's docs alone, a dozen lines at most.
    expect(code.text).not.toContain('**ControlCode**');
    expect(code.text.split('\n').length).toBeLessThanOrEqual(12);
    const callee = await hover(client, driverUri, inside(DRIVER, '->WskControlSocket', 5));
    expect(callee.range).toEqual({ start: inside(DRIVER, '->WskControlSocket', 2), end: rangeOf(DRIVER, '->WskControlSocket').end });
    expect(callee.text).toContain('This call, an SO_WSK_SECURITY set:\n\n```c\nWskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &cachedSd, 0, NULL, NULL, Irp)\n```');
    expect(callee.text).toContain('(https://learn.microsoft.com/windows-hardware/drivers/ddi/wsk/nc-wsk-pfn_wsk_control_socket)');
    const argument = await hover(client, driverUri, inside(DRIVER, 'sizeof(SECURITY_DESCRIPTOR)', 2));
    expect(argument.range).toEqual(wsk001);
    expect(argument.text).toContain('**InputSize** — parameter 5 of `WskControlSocket`');
    expect(argument.text).toContain('For an SO_WSK_SECURITY set: `sizeof(PSECURITY_DESCRIPTOR)`, because the input is a pointer to the cached descriptor.');
    // A documented name inside an argument with a diagnostic: the argument's contract first, then the name's docs.
    const typeInArgument = await hover(client, driverUri, inside(DRIVER, 'SECURITY_DESCRIPTOR)', 3));
    expect(typeInArgument.range).toEqual(wsk001);
    expect(typeInArgument.text).toMatch(/^\*\*InputSize\*\* — parameter 5[\s\S]*\*\*SECURITY_DESCRIPTOR\*\* — type/);
    const macroArgument = await hover(client, driverUri, inside(DRIVER, 'SD_SIZE', 3));
    expect(macroArgument.range).toEqual(rangeOf(DRIVER, 'SD_SIZE'));
    expect(macroArgument.text).toContain('**OutputSize** — parameter 7 of `WskControlSocket`');
    expect(macroArgument.text).toContain('For an SO_WSK_SECURITY get: `sizeof(PSECURITY_DESCRIPTOR)`');
    expect((await hover(client, driverUri, inside(DRIVER, 'GetSecurity', 1))).text).toBe('');

    // didChange, incremental: apply the fix as a ranged edit; the finding disappears.
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri: driverUri, version: 2 },
      contentChanges: [{ range: wsk001, text: 'sizeof(PSECURITY_DESCRIPTOR)' }],
    });
    const fixedText = DRIVER.replace('sizeof(SECURITY_DESCRIPTOR)', 'sizeof(PSECURITY_DESCRIPTOR)');
    const second = await client.waitForDiagnostics(driverUri, () => true, client.diagnostics.length);
    expect(second.version).toBe(2);
    expect(second.diagnostics.map((d) => d.code)).toEqual(['WSK002', 'WSK001', 'WSK005']);
    expect(second.diagnostics[1].range).toEqual(rangeOf(fixedText, 'SD_SIZE'));

    // Settings override .wsk-lint.json rule by rule: WSK002 off, WSK003 back as a warning.
    let count = client.diagnostics.length;
    await client.changeSettings({ rules: { WSK002: 'off', WSK003: 'warning' } });
    const third = await client.waitForDiagnostics(driverUri, () => true, count);
    expect(summary(third.diagnostics)).toEqual([
      line('WSK003', rangeOf(fixedText, 'IPPROTO_TCP'), DiagnosticSeverity.Warning),
      line('WSK001', rangeOf(fixedText, 'SD_SIZE'), DiagnosticSeverity.Error),
      line('WSK005', rangeIn(fixedText, 'NULL);', 'NULL'), DiagnosticSeverity.Warning),
    ]);

    // A change in an included header re-analyses the open file that includes it.
    count = client.diagnostics.length;
    await open(client, headerUri, HEADER);
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri: headerUri, version: 2 },
      contentChanges: [{ range: rangeOf(HEADER, 'sizeof(SECURITY_DESCRIPTOR)'), text: 'sizeof(PSECURITY_DESCRIPTOR)' }],
    });
    const fourth = await client.waitForDiagnostics(driverUri, (diagnostics) => !diagnostics.some((d) => d.code === 'WSK001'), count);
    expect(fourth.diagnostics.map((d) => d.code)).toEqual(['WSK003', 'WSK005']);

    // Closing the header drops its unsaved edit: the analysis goes back to the text on disk.
    count = client.diagnostics.length;
    await client.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: headerUri } });
    const restored = await client.waitForDiagnostics(driverUri, () => true, count);
    expect(restored.diagnostics.map((d) => d.code)).toEqual(['WSK003', 'WSK001', 'WSK005']);

    // Closing a document of the folder drops its unsaved fix: its diagnostics are those of the text on
    // disk, published without a version; they stay, as the Problems panel shows the whole folder.
    count = client.diagnostics.length;
    await client.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: driverUri } });
    const closed = await client.waitForDiagnostics(driverUri, () => true, count);
    expect(closed.version).toBeUndefined();
    expect(closed.diagnostics.map((d) => d.code)).toEqual(['WSK003', 'WSK001', 'WSK001', 'WSK005']);

    expect(await client.stop()).toBe(0);
    expect(client.stderr.join('')).toBe('');
    expect(client.logs.filter((message) => /failed|uncaught|unhandled/.test(message))).toEqual([]);
    console.log(`spawn -> initialize reply: ${initializeMs} ms; didOpen -> diagnostics: ${diagnosticsMs} ms`);
  });

  test('pushed settings (no workspace/configuration): disabling clears the diagnostics, enabling brings them back', async () => {
    const client = start({ pullConfiguration: false });
    await client.initialize();
    await open(client, driverUri, DRIVER);
    await client.waitForVersion(driverUri, 1);

    let count = client.diagnostics.length;
    await client.changeSettings({ enable: false });
    expect((await client.waitForDiagnostics(driverUri, () => true, count)).diagnostics).toEqual([]);
    expect(await codeActions(client, driverUri, rangeOf(DRIVER, 'sizeof(SECURITY_DESCRIPTOR)'))).toEqual([]);

    count = client.diagnostics.length;
    await client.changeSettings({ enable: true, rules: { WSK001: 'off' } });
    const back = await client.waitForDiagnostics(driverUri, () => true, count);
    expect(back.diagnostics.map((d) => d.code)).toEqual(['WSK002', 'WSK005']);
    expect(await client.stop()).toBe(0);
  });

  test('edits in quick succession are analysed once, for the latest version', async () => {
    const client = start();
    // Edits 50 ms apart stay within a 1 s debounce however slow the machine is.
    await client.initialize({ debounceMs: 1000 });
    await open(client, driverUri, DRIVER);
    await client.waitForVersion(driverUri, 1);
    const count = client.diagnostics.length;
    // Type `&`, delete it, type it again: three versions, one analysis.
    const at = rangeOf(DRIVER, 'cachedSd', 1).start;
    const after = { line: at.line, character: at.character + 1 };
    const edits = [{ range: { start: at, end: at }, text: '&' }, { range: { start: at, end: after }, text: '' }, { range: { start: at, end: at }, text: '&' }];
    for (const [index, edit] of edits.entries()) {
      await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: driverUri, version: index + 2 }, contentChanges: [edit] });
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const latest = await client.waitForDiagnostics(driverUri, () => true, count);
    expect(latest.version).toBe(4);
    expect(latest.diagnostics.map((d) => d.code)).toEqual(['WSK001', 'WSK001', 'WSK005']);
    expect(client.diagnostics.slice(count).map((params) => params.version)).toEqual([4]);
    expect(await client.stop()).toBe(0);
  });

  test('a malformed .wsk-lint.json and bad settings are reported once, and the server goes on', async () => {
    const broken = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'wsk-lint-lsp-broken-')));
    try {
      fs.writeFileSync(path.join(broken, '.wsk-lint.json'), '{ "rules": { "WSK001": "of');
      fs.writeFileSync(path.join(broken, 'driver.c'), DRIVER);
      const client = start({ folder: broken, settings: { rules: { WSK999: 'off' } } });
      await client.initialize();
      const uri = pathToFileURL(path.join(broken, 'driver.c')).href;
      await open(client, uri, DRIVER);
      const published = await client.waitForVersion(uri, 1);
      // Defaults apply: every rule on, WSK003 included (the header is not in this folder).
      expect(published.diagnostics.map((d) => d.code)).toEqual(['WSK003', 'WSK001', 'WSK005']);
      expect(client.shownMessages).toHaveLength(2);
      expect(client.shownMessages.some((message) => /\.wsk-lint\.json:1:27: not valid JSON/.test(message))).toBe(true);
      expect(client.shownMessages.some((message) => /wskLint\.rules.*unknown rule "WSK999"/.test(message))).toBe(true);
      const count = client.diagnostics.length;
      await client.changeSettings({ rules: { WSK999: 'off' } });
      await client.waitForDiagnostics(uri, () => true, count);
      expect(client.shownMessages).toHaveLength(2);
      expect(await client.stop()).toBe(0);
    } finally {
      fs.rmSync(broken, { recursive: true, force: true });
    }
  });

  test('files changed on disk: closed headers and .wsk-lint.json are read again', async () => {
    const watched = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'wsk-lint-lsp-watched-')));
    try {
      fs.writeFileSync(path.join(watched, 'driver.c'), DRIVER);
      const client = start({ folder: watched });
      await client.initialize();
      const uri = pathToFileURL(path.join(watched, 'driver.c')).href;
      await open(client, uri, DRIVER);
      // No header yet: MY_SD and SD_SIZE are unknown, so neither is flagged.
      expect((await client.waitForVersion(uri, 1)).diagnostics.map((d) => d.code)).toEqual(['WSK003', 'WSK001', 'WSK005']);

      let count = client.diagnostics.length;
      fs.writeFileSync(path.join(watched, 'wskdefs.h'), HEADER);
      await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: pathToFileURL(path.join(watched, 'wskdefs.h')).href, type: FileChangeType.Created }] });
      expect((await client.waitForDiagnostics(uri, () => true, count)).diagnostics.map((d) => d.code)).toEqual(['WSK003', 'WSK001', 'WSK002', 'WSK001', 'WSK005']);

      count = client.diagnostics.length;
      fs.writeFileSync(path.join(watched, '.wsk-lint.json'), CONFIG);
      await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: pathToFileURL(path.join(watched, '.wsk-lint.json')).href, type: FileChangeType.Created }] });
      const configured = await client.waitForDiagnostics(uri, () => true, count);
      expect(configured.diagnostics.map((d) => `${String(d.code)} ${d.severity}`)).toEqual(['WSK001 1', 'WSK002 1', 'WSK001 1', 'WSK005 2']);

      count = client.diagnostics.length;
      fs.rmSync(path.join(watched, 'wskdefs.h'));
      await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: pathToFileURL(path.join(watched, 'wskdefs.h')).href, type: FileChangeType.Deleted }] });
      expect((await client.waitForDiagnostics(uri, () => true, count)).diagnostics.map((d) => d.code)).toEqual(['WSK001', 'WSK005']);
      expect(await client.stop()).toBe(0);
    } finally {
      fs.rmSync(watched, { recursive: true, force: true });
    }
  });

  test('wskLint.maxFileSize: a larger file is skipped with one log line, opened or edited; a larger limit takes it in', async () => {
    const own = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'wsk-lint-size-')));
    try {
      fs.writeFileSync(path.join(own, 'wskdefs.h'), HEADER);
      fs.writeFileSync(path.join(own, 'driver.c'), DRIVER);
      const bigText = `${DRIVER}\n/*${' padding'.repeat(300)} */\n`;
      fs.writeFileSync(path.join(own, 'big.c'), bigText);
      const bigUri = pathToFileURL(path.join(own, 'big.c')).href;
      const ownDriverUri = pathToFileURL(path.join(own, 'driver.c')).href;
      const client = start({ folder: own, settings: { maxFileSize: 2000 } });
      await client.initialize();
      // The small file is analysed from disk; the big one is not, and is named once in the log.
      await client.waitForDiagnostics(ownDriverUri, (diagnostics) => diagnostics.length > 0);
      const skipped = () => client.logs.filter((message) => message.includes('big.c') && message.includes('larger than the limit of 2000 bytes (wskLint.maxFileSize)'));
      await client.waitFor(() => skipped().length > 0, 'the log line of the skipped file');
      expect(client.latest(bigUri)?.diagnostics ?? []).toEqual([]);

      // Opened and edited, it stays skipped: no diagnostics, one message to the user, no new log line.
      await open(client, bigUri, bigText);
      expect((await client.waitForVersion(bigUri, 1)).diagnostics).toEqual([]);
      await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: bigUri, version: 2 }, contentChanges: [{ text: `${bigText} ` }] });
      expect((await client.waitForVersion(bigUri, 2)).diagnostics).toEqual([]);
      expect(skipped()).toHaveLength(1);
      expect(client.shownMessages.filter((message) => message.includes('big.c is not analysed'))).toHaveLength(1);

      // A larger limit: the open document is analysed.
      const count = client.diagnostics.length;
      await client.changeSettings({ maxFileSize: 1_000_000 });
      const analysed = await client.waitForDiagnostics(bigUri, (diagnostics) => diagnostics.length > 0, count);
      expect(analysed.diagnostics.map((d) => d.code)).toContain('WSK001');
      expect(await client.stop()).toBe(0);
    } finally {
      fs.rmSync(own, { recursive: true, force: true });
    }
  });

  test('bad input is skipped, never fatal', async () => {
    const client = start();
    await client.initialize();
    // A document the server does not know, a position far outside a document, garbage text, an
    // untitled document (no path on disk).
    expect(await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: 'file:///nowhere/x.c' }, position: { line: 0, character: 0 } })).toBeNull();
    expect(await codeActions(client, 'file:///nowhere/x.c', { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } })).toEqual([]);
    const garbage = pathToFileURL(path.join(folder, 'garbage.c')).href;
    await open(client, garbage, '\u0000\u0001 ))) WskControlSocket( #define ( "unterminated \uD800 /*');
    expect((await client.waitForVersion(garbage, 1)).diagnostics).toEqual([]);
    expect((await hover(client, garbage, { line: 999, character: 999 })).text).toBe('');
    const untitled = 'untitled:Untitled-1';
    await open(client, untitled, DRIVER.replace('#include "wskdefs.h"', ''));
    const published = await client.waitForVersion(untitled, 1);
    expect(published.diagnostics.map((d) => d.code)).toContain('WSK001');
    // Closing a document that is not a file of the folder clears its diagnostics.
    const count = client.diagnostics.length;
    await client.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: untitled } });
    expect((await client.waitForDiagnostics(untitled, () => true, count)).diagnostics).toEqual([]);
    expect(await client.stop()).toBe(0);
    expect(client.logs.filter((message) => /failed|uncaught|unhandled/.test(message))).toEqual([]);
  });
});
