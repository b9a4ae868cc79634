// The server's log as a user reads it in the "wsk-lint" output: it starts with the version that runs,
// and the line that ends a full check counts the files checked, open documents included (they are
// answered first, and were once left out of the count: "checked 0 files" after Analyse workspace).

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeAll, expect, test } from 'vitest';
import { DidOpenTextDocumentNotification } from 'vscode-languageserver-protocol';
import { ROOT, ensureBuilt } from '../support/build';
import { LspClient } from './client';

const clients: LspClient[] = [];
const folders: string[] = [];

beforeAll(async () => {
  await ensureBuilt();
});

afterEach(() => {
  for (const client of clients.splice(0)) client.kill();
  for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
});

function folderWith(files: Record<string, string>): string {
  const folder = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'wsk-lint-log-')));
  folders.push(folder);
  for (const [file, text] of Object.entries(files)) fs.writeFileSync(path.join(folder, file), text);
  return folder;
}

const checkedLines = (client: LspClient) => client.logs.filter((line) => line.startsWith('wsk-lint: checked '));

test('the log starts with the version of wsk-lint and of Node.js, and serverInfo names the version', async () => {
  const version = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  const client = LspClient.start({ folder: folderWith({ 'a.c': 'int a;\n' }), pullConfiguration: false });
  clients.push(client);
  const result = await client.initialize();
  expect(result.serverInfo).toEqual({ name: 'wsk-lint', version });
  await client.waitFor(() => checkedLines(client).length > 0, 'the first check');
  expect(client.logs[0]).toBe(`wsk-lint ${version} (language server, Node.js ${process.versions.node})`);
  expect(await client.stop()).toBe(0);
});

test('Analyse workspace with every file open logs how many files it checked, the open ones included', async () => {
  const folder = folderWith({ 'a.c': 'int a;\n', 'b.c': 'int b;\n' });
  const client = LspClient.start({ folder, pullConfiguration: true, settings: {} });
  clients.push(client);
  await client.initialize({ debounceMs: 0, statusNotifications: true });
  await client.waitFor(() => checkedLines(client).length === 1, 'the first check');
  expect(checkedLines(client)[0]).toMatch(/^wsk-lint: checked 2 files; /);
  for (const file of ['a.c', 'b.c']) {
    const uri = pathToFileURL(path.join(folder, file)).href;
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'c', version: 1, text: fs.readFileSync(path.join(folder, file), 'utf8') } });
    await client.waitForVersion(uri, 1);
  }
  expect(await client.connection.sendRequest('wskLint/analyzeWorkspace')).toEqual({ files: 2 });
  await client.waitFor(() => checkedLines(client).length === 2, 'the check after Analyse workspace');
  expect(checkedLines(client)[1]).toMatch(/^wsk-lint: checked 2 files; /);
  expect(await client.stop()).toBe(0);
});
