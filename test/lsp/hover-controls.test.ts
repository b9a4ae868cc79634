// Hover on the codes of the control-operation table (WSK021's rows), asked of the bundled server over
// JSON-RPC as an editor asks it: in a matched call, the code shows that call's row (its form, each size
// and buffer, the IRP rule, the order), the callee shows the same form, and every argument says what the
// row expects there; outside a call the code shows all its forms.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Hover, MarkupContent, Position } from 'vscode-languageserver-protocol';
import { DidOpenTextDocumentNotification, HoverRequest } from 'vscode-languageserver-protocol';
import { ensureBuilt } from '../support/build';
import { LspClient } from './client';

const DRIVER = `NTSTATUS
Options(PWSK_SOCKET Socket, PWSK_CLIENT Client, PWSK_PROVIDER_CLIENT_DISPATCH Table, PIRP Irp)
{
    PWSK_PROVIDER_BASIC_DISPATCH Basic = (PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch;
    ULONG reuse = 1;
    ULONG keepAlive = 0;
    SIZE_T backlog = 0;
    WSK_EVENT_CALLBACK_CONTROL events;

    Basic->WskControlSocket(Socket, WskSetOption, SO_REUSEADDR, SOL_SOCKET, sizeof(ULONG), &reuse, 0, NULL, NULL, Irp);
    Basic->WskControlSocket(Socket, WskGetOption, SO_KEEPALIVE, SOL_SOCKET, 0, NULL, sizeof(keepAlive), &keepAlive, NULL, Irp);
    Basic->WskControlSocket(Socket, WskIoctl, SIO_WSK_QUERY_RECEIVE_BACKLOG, 0, 0, NULL, sizeof(backlog), &backlog, NULL, Irp);
    Table->WskControlClient(Client, WSK_SET_STATIC_EVENT_CALLBACKS, sizeof(events), &events, 0, NULL, NULL, NULL);
    return STATUS_SUCCESS;
}

static const ULONG DefaultOption = SO_REUSEADDR;
`;

let folder: string;
let uri: string;
let client: LspClient;

beforeAll(async () => {
  await ensureBuilt();
  folder = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'wsk-lint-hover-')));
  fs.writeFileSync(path.join(folder, 'options.c'), DRIVER);
  uri = pathToFileURL(path.join(folder, 'options.c')).href;
  client = LspClient.start({ folder, pullConfiguration: true, settings: {} });
  await client.initialize();
  await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'c', version: 1, text: DRIVER } });
  await client.waitForVersion(uri, 1);
});

afterAll(() => {
  client?.kill();
  fs.rmSync(folder, { recursive: true, force: true });
});

/** A position `shift` characters into the `occurrence`-th `needle`. */
function inside(needle: string, shift = 1, occurrence = 0): Position {
  let index = -1;
  for (let i = 0; i <= occurrence; i++) {
    index = DRIVER.indexOf(needle, index + 1);
    if (index < 0) throw new Error(`${needle} #${occurrence} not in the driver`);
  }
  const before = DRIVER.slice(0, index + shift).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

async function hover(position: Position): Promise<string> {
  const result: Hover | null = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
  return result ? (result.contents as MarkupContent).value : '';
}

test('the code of a set shows this call\'s row: its form, sizes, buffers, IRP rule and order, a dozen lines at most', async () => {
  const text = await hover(inside('SO_REUSEADDR, SOL_SOCKET', 3));
  expect(text).toContain('**SO_REUSEADDR** — control code of `WskControlSocket`. Sets the ULONG socket option SO_REUSEADDR');
  expect(text).toContain('This call, an SO_REUSEADDR set:\n\n```c\nWskControlSocket(Socket, WskSetOption, SO_REUSEADDR, SOL_SOCKET, sizeof(ULONG), &input, 0, NULL, NULL, Irp)\n```');
  expect(text).toContain('`InputSize` `sizeof(ULONG)` (or of another 4-byte integer type: LONG, int, DWORD, BOOL; or 4)');
  expect(text).toContain('`InputBuffer` the address of a variable (`&x`), never `NULL`');
  expect(text).toContain('`OutputSize` `0` · `OutputBuffer` `NULL` · `OutputSizeReturned` `NULL`');
  expect(text).toContain('An IRP is required; only before the socket is bound.');
  // Only this call's form: not the get's.
  expect(text).not.toContain('WskGetOption');
  expect(text).not.toContain('**ControlCode**');
  expect(text.split('\n').length).toBeLessThanOrEqual(12);
});

test('the code of a get, of an IOCTL and of a client control shows that row', async () => {
  const get = await hover(inside('SO_KEEPALIVE', 2));
  expect(get).toContain('This call, an SO_KEEPALIVE get:\n\n```c\nWskControlSocket(Socket, WskGetOption, SO_KEEPALIVE, SOL_SOCKET, 0, NULL, sizeof(ULONG), &output, NULL, Irp)\n```');
  expect(get).toContain('`InputSize` `0` · `InputBuffer` `NULL` · `OutputSize` `sizeof(ULONG)`');
  expect(get).toContain('An IRP is required.');
  expect(get).not.toContain('WskSetOption');

  const ioctl = await hover(inside('SIO_WSK_QUERY_RECEIVE_BACKLOG', 5));
  expect(ioctl).toContain('This call, SIO_WSK_QUERY_RECEIVE_BACKLOG:');
  expect(ioctl).toContain('`OutputSize` `sizeof(SIZE_T)` (pointer-sized: SIZE_T, ULONG_PTR, size_t; a 4-byte type is wrong on 64-bit)');
  expect(ioctl).toContain('An IRP is required; only after the socket is connected.');

  const clientCode = await hover(inside('WSK_SET_STATIC_EVENT_CALLBACKS', 5));
  expect(clientCode).toContain('**WSK_SET_STATIC_EVENT_CALLBACKS** — control code of `WskControlClient`.');
  expect(clientCode).toContain('`InputSize` `sizeof(WSK_EVENT_CALLBACK_CONTROL)` (or `sizeof` a variable of that type; never a number)');
  expect(clientCode).toContain('No IRP (Irp is NULL); before any socket is created on the client.');
});

test('the callee of such a call shows its form; each argument what the row expects there', async () => {
  const callee = await hover(inside('->WskControlSocket', 5));
  expect(callee).toContain('This call, an SO_REUSEADDR set:\n\n```c\nWskControlSocket(Socket, WskSetOption, SO_REUSEADDR, SOL_SOCKET, sizeof(ULONG), &input, 0, NULL, NULL, Irp)\n```');

  const size = await hover(inside('sizeof(ULONG), &reuse', 2));
  expect(size).toContain('**InputSize** — parameter 5 of `WskControlSocket` (`SIZE_T`)');
  expect(size).toContain('For an SO_REUSEADDR set: `sizeof(ULONG)` (or of another 4-byte integer type: LONG, int, DWORD, BOOL; or 4) (WSK021).');
  const buffer = await hover(inside('&keepAlive', 2));
  expect(buffer).toContain('**OutputBuffer** — parameter 8 of `WskControlSocket`');
  expect(buffer).toContain('For an SO_KEEPALIVE get: the address of a variable (`&x`), never `NULL` (WSK021).');
  const irp = await hover(inside('NULL, Irp);\n    Basic->WskControlSocket(Socket, WskIoctl', 7));
  expect(irp).toContain('**Irp** — parameter 10 of `WskControlSocket`');
  expect(irp).toContain('For an SO_KEEPALIVE get: an IRP is required (WSK021).');
  const level = await hover(inside('0, 0, NULL, sizeof(backlog)', 0));
  expect(level).toContain('**Level** — parameter 4 of `WskControlSocket`');
  expect(level).toContain('For SIO_WSK_QUERY_RECEIVE_BACKLOG: ignored (an IOCTL) (WSK021).');
});

test('outside a call, a table code shows every form it has', async () => {
  const text = await hover(inside('SO_REUSEADDR;', 3));
  expect(text).toContain('**SO_REUSEADDR** — control code of `WskControlSocket`.');
  expect(text).toContain('Its forms:');
  expect(text).toContain('WskSetOption, SO_REUSEADDR');
  expect(text).toContain('WskGetOption, SO_REUSEADDR');
});
