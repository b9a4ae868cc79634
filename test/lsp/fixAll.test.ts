// `source.fixAll.wskLint` through the real server: what VS Code's `editor.codeActionsOnSave` and the
// "Fix All" source action ask for. One action makes every safe fix of the document; the findings whose
// fixes need review (or that have none) stay, and the light bulb's quick-fix requests never get it.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeAll, expect, test } from 'vitest';
import type { CodeAction, TextEdit } from 'vscode-languageserver-protocol';
import { CodeActionRequest, DidChangeTextDocumentNotification, DidOpenTextDocumentNotification } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ROOT, ensureBuilt } from '../support/build';
import { LspClient } from './client';

const CALL = '((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY';
/** WSK001 and WSK003 (safe fixes), twice on one call; WSK005 (a fix that needs review: none here). */
const SOURCE = `#include "wsk.h"

NTSTATUS
Secure(PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR CachedSd, PIRP Irp)
{
    NTSTATUS status;

    status = ${CALL}, IPPROTO_TCP, sizeof(SECURITY_DESCRIPTOR), &CachedSd, 0, NULL, NULL, Irp);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    return ${CALL}, SOL_SOCKET, 8, &CachedSd, 0, NULL, NULL, NULL);
}
`;

const clients: LspClient[] = [];
let folder: string;

beforeAll(async () => {
  await ensureBuilt();
});

afterEach(() => {
  for (const client of clients.splice(0)) client.kill();
  if (folder) fs.rmSync(folder, { recursive: true, force: true });
});

async function session(): Promise<{ client: LspClient; uri: string }> {
  folder = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'wsk-lint-fixall-')));
  fs.copyFileSync(path.join(ROOT, 'test/include/wsk.h'), path.join(folder, 'wsk.h'));
  fs.writeFileSync(path.join(folder, 'secure.c'), SOURCE);
  const client = LspClient.start({ folder, pullConfiguration: false });
  clients.push(client);
  const result = await client.initialize();
  expect(result.capabilities.codeActionProvider).toEqual({ codeActionKinds: ['quickfix', 'source.fixAll.wskLint'] });
  const uri = pathToFileURL(path.join(folder, 'secure.c')).href;
  await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'c', version: 1, text: SOURCE } });
  const published = await client.waitForVersion(uri, 1);
  expect(published.diagnostics.map((d) => d.code)).toEqual(['WSK003', 'WSK001', 'WSK001', 'WSK005']);
  return { client, uri };
}

function request(client: LspClient, uri: string, only: string[] | undefined): Promise<CodeAction[]> {
  return client.connection.sendRequest(CodeActionRequest.type, {
    textDocument: { uri },
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    context: { diagnostics: [], ...(only ? { only } : {}) },
  }) as Promise<CodeAction[]>;
}

test('source.fixAll: one action with every safe fix of the document; applied, only the finding without a safe fix is left', async () => {
  const { client, uri } = await session();
  for (const only of [['source.fixAll'], ['source.fixAll.wskLint'], ['source']]) {
    const actions = await request(client, uri, only);
    expect(actions.map((action) => [action.kind, action.title]), JSON.stringify(only)).toEqual([['source.fixAll.wskLint', 'Fix all 3 safe wsk-lint problems']]);
  }
  const [action] = await request(client, uri, ['source.fixAll']);
  const edits = action.edit?.changes?.[uri] as TextEdit[];
  const fixed = TextDocument.applyEdits(TextDocument.create(uri, 'c', 1, SOURCE), edits);
  expect(fixed).toBe(SOURCE
    .replace('IPPROTO_TCP, sizeof(SECURITY_DESCRIPTOR)', 'SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR)')
    .replace('SOL_SOCKET, 8,', 'SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR),'));
  await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 2 }, contentChanges: [{ text: fixed }] });
  expect((await client.waitForVersion(uri, 2)).diagnostics.map((d) => d.code)).toEqual(['WSK005']);
  expect(await request(client, uri, ['source.fixAll'])).toEqual([]);
  expect(await client.stop()).toBe(0);
});

test('the light bulb (quick-fixes, or no kind asked for) never gets the fix-all action', async () => {
  const { client, uri } = await session();
  const range = { start: { line: 7, character: 0 }, end: { line: 7, character: 200 } };
  for (const only of [['quickfix'], undefined]) {
    const actions = await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics: [], ...(only ? { only } : {}) } }) as CodeAction[];
    expect(actions.length).toBeGreaterThan(0);
    expect(actions.every((action) => action.kind === 'quickfix'), JSON.stringify(only)).toBe(true);
  }
  expect(await client.stop()).toBe(0);
});
