// Explaining and suppressing, through the bundled server over stdio: findings link to their rule's
// documentation (`codeDescription`), which the server gives on request (the text `wsk-lint --explain`
// prints) and on hover over a rule ID in a suppression comment; suppressed findings are not published,
// unused suppressions are hints with a fix that removes them, and "Suppress … on this line" / "… in
// this file", applied and re-analysed, leave no finding and no unused suppression behind. Also: the
// status notifications a client may ask for, `wskLint/analyzeWorkspace`, and a readable failure when the
// server cannot load its parser.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { CodeAction, Diagnostic, Hover, MarkupContent, Position, Range, TextEdit } from 'vscode-languageserver-protocol';
import { CodeActionRequest, DiagnosticSeverity, DiagnosticTag, DidChangeTextDocumentNotification, DidOpenTextDocumentNotification, HoverRequest } from 'vscode-languageserver-protocol';
import { RULE_DOCUMENTATION_URI } from '../../client/src/commands';
import { RULE_IDS, ruleById } from '../../server/src/rules/index';
import { ruleMarkdown } from '../../server/src/rules/render';
import { wskLint } from '../cli/run';
import { ROOT, SERVER_JS, ensureBuilt } from '../support/build';
import { LspClient } from './client';

const WSK_H = fs.readFileSync(path.join(ROOT, 'test/include/wsk.h'), 'utf8');
const CALL = '((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY';

/** WSK003 on the first call is suppressed (with a reason); WSK007 names nothing on the second, whose WSK001 stands. */
const SOURCE = `#include "wsk.h"

NTSTATUS
Secure(PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR CachedSd, PIRP Irp)
{
    NTSTATUS status;
    // wsk-lint-disable-next-line WSK003 -- the test rig sets SOL_SOCKET elsewhere
    status = ${CALL}, IPPROTO_TCP, sizeof(PSECURITY_DESCRIPTOR), &CachedSd, 0, NULL, NULL, Irp);
    // wsk-lint-disable-next-line WSK007
    status = ${CALL}, SOL_SOCKET, 8, &CachedSd, 0, NULL, NULL, Irp);
    return status;
}
`;

const clients: LspClient[] = [];
const folders: string[] = [];

beforeAll(async () => {
  await ensureBuilt();
});

afterEach(() => {
  for (const client of clients.splice(0)) client.kill();
  for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
});

function workspace(files: Record<string, string>): { folder: string; uri: (file: string) => string } {
  const folder = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'wsk-lint-suppress-')));
  folders.push(folder);
  for (const [file, text] of Object.entries({ 'wsk.h': WSK_H, ...files })) fs.writeFileSync(path.join(folder, file), text);
  return { folder, uri: (file) => pathToFileURL(path.join(folder, file)).href };
}

async function start(folder: string, initializationOptions: Record<string, unknown>, workDoneProgress = false): Promise<LspClient> {
  const client = LspClient.start({ folder, pullConfiguration: true, settings: {}, workDoneProgress });
  clients.push(client);
  await client.initialize({ debounceMs: 0, ...initializationOptions });
  return client;
}

async function open(client: LspClient, uri: string, text: string): Promise<void> {
  await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'c', version: 1, text } });
}

function positionAt(text: string, offset: number): Position {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

/** The range of the `occurrence`-th `needle`. */
function rangeOf(text: string, needle: string, occurrence = 0): Range {
  let index = -1;
  for (let i = 0; i <= occurrence; i++) {
    index = text.indexOf(needle, index + 1);
    if (index < 0) throw new Error(`${needle} #${occurrence} not in the text`);
  }
  return { start: positionAt(text, index), end: positionAt(text, index + needle.length) };
}

function offsetAt(text: string, position: Position): number {
  const lines = text.split('\n');
  return lines.slice(0, position.line).reduce((sum, line) => sum + line.length + 1, 0) + position.character;
}

/** The text after the edits (non-overlapping), as an editor applies a workspace edit. */
function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => offsetAt(text, b.range.start) - offsetAt(text, a.range.start));
  return sorted.reduce((result, edit) => result.slice(0, offsetAt(result, edit.range.start)) + edit.newText + result.slice(offsetAt(result, edit.range.end)), text);
}

async function codeActions(client: LspClient, uri: string, range: Range, diagnostics: Diagnostic[] = []): Promise<CodeAction[]> {
  return ((await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics } })) ?? []) as CodeAction[];
}

/** Applies a code action's edit as the editor does (a full-text change), and waits for that version's diagnostics. */
async function apply(client: LspClient, uri: string, text: string, action: CodeAction, version: number): Promise<{ text: string; diagnostics: Diagnostic[] }> {
  const edits = action.edit?.changes?.[uri] ?? [];
  expect(Object.keys(action.edit?.changes ?? {})).toEqual([uri]);
  const next = applyEdits(text, edits);
  await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ text: next }] });
  return { text: next, diagnostics: (await client.waitForVersion(uri, version)).diagnostics };
}

function summary(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => `${String(d.code)}@${d.range.start.line + 1}:${d.range.start.character + 1}`);
}

describe('explaining', () => {
  test('each finding links to its rule documentation; the server gives that text, the same as `wsk-lint --explain`', async () => {
    const { folder, uri } = workspace({ 'suppress.c': SOURCE });
    // The link the VS Code client asks for.
    const client = await start(folder, { ruleDocumentationUri: RULE_DOCUMENTATION_URI });
    await open(client, uri('suppress.c'), SOURCE);
    const [finding] = (await client.waitForVersion(uri('suppress.c'), 1)).diagnostics;
    expect(finding.code).toBe('WSK001');
    expect(finding.codeDescription).toEqual({ href: 'command:wskLint.showRuleDocumentation?%5B%22WSK001%22%5D' });

    const rules = await client.connection.sendRequest<{ id: string; name: string; severity: string; summary: string }[]>('wskLint/rules');
    expect(rules.map((rule) => rule.id)).toEqual([...RULE_IDS]);
    expect(rules[6]).toEqual({ id: 'WSK007', name: 'set-after-bind', severity: 'error', summary: ruleById('WSK007')?.docs.summary });

    const documentation = await client.connection.sendRequest<{ rule: string; markdown: string } | null>('wskLint/ruleDocumentation', { rule: 'wsk007' });
    expect(documentation).toEqual({ rule: 'WSK007', markdown: ruleMarkdown(ruleById('WSK007')!) });
    const explained = wskLint(['--explain', 'WSK007'], folder);
    expect(explained.stdout).toBe(documentation?.markdown);
    expect(documentation?.markdown).toMatch(/^# WSK007 set-after-bind\n[\s\S]*## Why is this bad\?[\s\S]*## Invalid\n\n```c\n[\s\S]*## Valid\n\n```c\n[\s\S]*## Fix safety/);
    expect(await client.connection.sendRequest('wskLint/ruleDocumentation', { rule: 'WSK999' })).toBeNull();
    expect(await client.connection.sendRequest('wskLint/ruleDocumentation', {})).toBeNull();
    expect(await client.stop()).toBe(0);
  });

  test('hover on a rule ID in a suppression comment shows that rule\'s documentation', async () => {
    const { folder, uri } = workspace({ 'suppress.c': SOURCE });
    const client = await start(folder, {});
    await open(client, uri('suppress.c'), SOURCE);
    await client.waitForVersion(uri('suppress.c'), 1);
    const hover = async (position: Position) => (await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: uri('suppress.c') }, position })) as Hover | null;

    const id = rangeOf(SOURCE, 'WSK003');
    for (const shift of [0, 3, 6]) {
      const result = await hover({ line: id.start.line, character: id.start.character + shift });
      expect((result?.contents as MarkupContent).value).toBe(ruleMarkdown(ruleById('WSK003')!));
      expect(result?.range).toEqual(id);
    }
    // The unused one is a rule too; the directive and the reason are not rule IDs.
    expect((((await hover(rangeOf(SOURCE, 'WSK007').start))?.contents) as MarkupContent).value).toMatch(/^# WSK007 set-after-bind/);
    expect(await hover(rangeOf(SOURCE, 'disable-next-line').start)).toBeNull();
    expect(await hover(rangeOf(SOURCE, 'SOL_SOCKET elsewhere').start)).toBeNull();
    // A rule ID in an ordinary comment is not a suppression.
    const plain = SOURCE.replace('wsk-lint-disable-next-line WSK003', 'see WSK003');
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: uri('suppress.c'), version: 2 }, contentChanges: [{ text: plain }] });
    await client.waitForVersion(uri('suppress.c'), 2);
    expect(await hover(rangeOf(plain, 'WSK003').start)).toBeNull();
    // On the last line, with no line break after it.
    const last = `${SOURCE}/* wsk-lint-disable WSK008 */`;
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: uri('suppress.c'), version: 3 }, contentChanges: [{ text: last }] });
    await client.waitForVersion(uri('suppress.c'), 3);
    expect(((await hover(rangeOf(last, 'WSK008').end))?.contents as MarkupContent).value).toBe(ruleMarkdown(ruleById('WSK008')!));
    expect(await client.stop()).toBe(0);
  });
});

describe('suppressing', () => {
  test('suppressed findings are not published; an unused suppression is a hint whose fix removes it', async () => {
    const { folder, uri } = workspace({ 'suppress.c': SOURCE });
    const client = await start(folder, {});
    const file = uri('suppress.c');
    await open(client, file, SOURCE);
    const published = (await client.waitForVersion(file, 1)).diagnostics;
    const wsk001 = rangeOf(SOURCE, ', 8,');
    const wsk007 = rangeOf(SOURCE, 'WSK007');
    expect(summary(published)).toEqual([`WSK001@10:${wsk001.start.character + 3}`, `unused-suppression@9:${wsk007.start.character + 1}`]);
    const [, hint] = published;
    expect(hint).toEqual({
      range: wsk007,
      severity: DiagnosticSeverity.Hint,
      code: 'unused-suppression',
      source: 'wsk-lint',
      message: 'Unused suppression: WSK007 reports nothing here.',
      tags: [DiagnosticTag.Unnecessary],
    });
    // No link without a URI template from the client.
    expect(published[0]).not.toHaveProperty('codeDescription');

    const actions = await codeActions(client, file, wsk007, [hint]);
    expect(actions.map((action) => [action.title, action.kind, action.isPreferred])).toEqual([['Remove the unused suppression comment', 'quickfix', true]]);
    expect(actions[0].diagnostics).toEqual([hint]);
    const removed = await apply(client, file, SOURCE, actions[0], 2);
    expect(removed.text).toBe(SOURCE.replace('    // wsk-lint-disable-next-line WSK007\n', ''));
    expect(summary(removed.diagnostics)).toEqual([`WSK001@9:${wsk001.start.character + 3}`]);
    expect(await client.stop()).toBe(0);
  });

  test('"Suppress WSK001 on this line", applied and re-analysed: the finding is gone and nothing new appears', async () => {
    const { folder, uri } = workspace({ 'suppress.c': SOURCE });
    const client = await start(folder, {});
    const file = uri('suppress.c');
    await open(client, file, SOURCE);
    const [finding] = (await client.waitForVersion(file, 1)).diagnostics;
    const actions = await codeActions(client, file, finding.range, [finding]);
    expect(actions.map((action) => [action.title, action.isPreferred])).toEqual([
      ['Replace 8 with sizeof(PSECURITY_DESCRIPTOR)', true],
      ['Suppress WSK001 on this line', false],
      ['Suppress WSK001 in this file', false],
    ]);
    for (const action of actions) expect(action.diagnostics?.map((d) => d.code)).toEqual(['WSK001']);

    // The line above already holds a next-line comment (the unused WSK007): the rule joins its list.
    const joined = await apply(client, file, SOURCE, actions[1], 2);
    expect(joined.text).toBe(SOURCE.replace('// wsk-lint-disable-next-line WSK007\n', '// wsk-lint-disable-next-line WSK007 WSK001\n'));
    expect(summary(joined.diagnostics)).toEqual([`unused-suppression@9:${rangeOf(SOURCE, 'WSK007').start.character + 1}`]);

    // Without that comment: a new one above the line, indented as the line is, with room for a reason.
    const bare = SOURCE.replace('    // wsk-lint-disable-next-line WSK007\n', '');
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: file, version: 3 }, contentChanges: [{ text: bare }] });
    const [again] = (await client.waitForVersion(file, 3)).diagnostics;
    const [, onLine, inFile] = await codeActions(client, file, again.range, [again]);
    const suppressed = await apply(client, file, bare, onLine, 4);
    expect(suppressed.text).toBe(bare.replace(`    status = ${CALL}, SOL_SOCKET, 8`, `    // wsk-lint-disable-next-line WSK001 -- \n    status = ${CALL}, SOL_SOCKET, 8`));
    expect(suppressed.diagnostics).toEqual([]);

    // In this file: a rest-of-file comment at the top.
    const fileWide = await apply(client, file, bare, inFile, 5);
    expect(fileWide.text).toBe(`/* wsk-lint-disable WSK001 */\n${bare}`);
    expect(fileWide.diagnostics).toEqual([]);
    expect(await client.stop()).toBe(0);
  });
});

describe('status, re-analysis and start-up failures', () => {
  test('a client that asks for status notifications gets them instead of work-done progress', async () => {
    const { folder, uri } = workspace({ 'suppress.c': SOURCE });
    const client = await start(folder, { statusNotifications: true }, true);
    const statuses = () => client.notifications.filter((n) => n.method === 'wskLint/status').map((n) => n.params as { busy: boolean; message?: string; percentage?: number });
    await client.waitFor(() => statuses().some((status) => !status.busy), 'the status to go idle');
    const seen = statuses();
    expect(seen[0]).toEqual({ busy: true, message: 'looking for C files', percentage: 0 });
    expect(seen).toContainEqual({ busy: true, message: 'indexing 2/2 files', percentage: 60 });
    expect(seen).toContainEqual({ busy: true, message: 'checking 2/2 files', percentage: 100 });
    expect(seen[seen.length - 1]).toEqual({ busy: false });
    expect(client.progressTokens).toEqual([]);
    expect(client.progress).toEqual([]);
    expect(summary(client.latest(uri('suppress.c'))?.diagnostics ?? [])).toHaveLength(2);
    expect(await client.stop()).toBe(0);
  });

  test('wskLint/analyzeWorkspace reads every file again, also what changed without a file event', async () => {
    const { folder, uri } = workspace({ 'a.c': SOURCE, 'b.c': SOURCE });
    const client = await start(folder, { statusNotifications: true });
    await client.waitFor(() => client.latest(uri('a.c')) !== undefined && client.latest(uri('b.c')) !== undefined, 'the first check');
    // Behind the server's back: a.c loses its suppressions, b.c is deleted.
    fs.writeFileSync(path.join(folder, 'a.c'), SOURCE.replace(/ *\/\/ wsk-lint-disable.*\n/g, ''));
    fs.rmSync(path.join(folder, 'b.c'));
    const count = client.diagnostics.length;
    expect(await client.connection.sendRequest('wskLint/analyzeWorkspace')).toEqual({ files: 2 });
    await client.waitFor(() => client.diagnostics.slice(count).some((p) => p.uri === uri('a.c')) && client.diagnostics.slice(count).some((p) => p.uri === uri('b.c')), 'a.c and b.c republished');
    expect(summary(client.latest(uri('a.c'))?.diagnostics ?? []).map((item) => item.split('@')[0])).toEqual(['WSK003', 'WSK001']);
    expect(client.latest(uri('b.c'))?.diagnostics).toEqual([]);
    expect(await client.stop()).toBe(0);
  });

  test('a server that cannot load its parser refuses `initialize` with a readable reason', async () => {
    // The bundle alone, away from the two .wasm files it loads.
    const lonely = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'wsk-lint-no-wasm-')));
    folders.push(lonely);
    fs.copyFileSync(SERVER_JS, path.join(lonely, 'server.js'));
    const client = LspClient.start({ folder: lonely, pullConfiguration: false }, path.join(lonely, 'server.js'));
    clients.push(client);
    const refused = await client.initialize().then(() => undefined, (error: Error & { code?: number }) => error);
    expect(refused?.message).toMatch(/^wsk-lint could not load its C parser \(.*\.wasm.*\); its log has the details\.$/);
    expect(refused?.message).not.toMatch(/\n|    at /); // a sentence, not a stack trace
    expect(refused?.code).toBe(-32603);
    // The details (which file, why) went to the log.
    expect(client.logs.join('\n')).toMatch(/loading the C parser failed: .*wasm/i);
  });
});
