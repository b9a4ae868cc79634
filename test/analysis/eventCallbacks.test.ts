// Which functions are WSK event callbacks, by the slot they are registered in, and what each client
// dispatch table's slots hold: tables in another file, positional and designated initializers, slots
// assigned at run time, stream tables, conversions to the slots' pointer types, and look-alikes that
// register nothing.

import * as path from 'node:path';
import { expect, test } from 'vitest';
import { Workspace } from '../../server/src/analysis/workspace';
import type { EventCallbacks } from '../../server/src/analysis/eventCallbacks';

const ROOT = '/virtual/callbacks';

async function callbacksOf(files: Record<string, string>): Promise<EventCallbacks> {
  const workspace = await Workspace.create([ROOT]);
  for (const [name, text] of Object.entries(files)) workspace.setFile(path.join(ROOT, name), text);
  for (const name of Object.keys(files)) workspace.parse(path.join(ROOT, name));
  return workspace.programView().eventCallbacks();
}

const CALLBACKS = `
NTSTATUS Accept(PVOID C, ULONG F, PSOCKADDR L, PSOCKADDR R, PWSK_SOCKET S, PVOID *SC, const WSK_CLIENT_CONNECTION_DISPATCH **SD) { return STATUS_SUCCESS; }
WSK_INSPECT_ACTION Inspect(PVOID C, PSOCKADDR L, PSOCKADDR R, PWSK_INSPECT_ID Id) { return WskInspectAccept; }
NTSTATUS Abort(PVOID C, PWSK_INSPECT_ID Id) { return STATUS_SUCCESS; }
NTSTATUS Receive(PVOID C, ULONG F, PWSK_DATA_INDICATION D, SIZE_T B, SIZE_T *A) { return STATUS_SUCCESS; }
NTSTATUS Disconnect(PVOID C, ULONG F) { return STATUS_SUCCESS; }
NTSTATUS Datagram(PVOID C, ULONG F, PWSK_DATAGRAM_INDICATION D) { return STATUS_SUCCESS; }
NTSTATUS Backlog(PVOID C, SIZE_T Size) { return STATUS_SUCCESS; }
`;

test('positional and designated initializers in another file give each function its slot, table and category', async () => {
  const callbacks = await callbacksOf({
    'callbacks.c': CALLBACKS,
    'tables.c': `
const WSK_CLIENT_LISTEN_DISPATCH g_Listen = { Accept, Inspect, (PFN_WSK_ABORT_EVENT)Abort };
const WSK_CLIENT_CONNECTION_DISPATCH g_Connection = { .WskDisconnectEvent = Disconnect, .WskReceiveEvent = &Receive };
static const struct _WSK_CLIENT_DATAGRAM_DISPATCH g_Datagram = { Datagram };
`,
  });
  const expected: Record<string, [string, string]> = {
    Accept: ['WskAcceptEvent', 'listen'],
    Inspect: ['WskInspectEvent', 'listen'],
    Abort: ['WskAbortEvent', 'listen'],
    Receive: ['WskReceiveEvent', 'connection'],
    Disconnect: ['WskDisconnectEvent', 'connection'],
    Datagram: ['WskReceiveFromEvent', 'datagram'],
  };
  for (const [name, [slot, category]] of Object.entries(expected)) {
    const role = callbacks.roleOf(name);
    expect(role?.slot, name).toBe(slot);
    expect(role?.registrations[0].table?.type.category, name).toBe(category);
    expect(role?.registrations[0].note.file).toBe(path.join(ROOT, 'tables.c'));
  }
  expect(callbacks.roleOf('Backlog')).toBeUndefined();
  const connection = callbacks.tableNamed('g_Connection', path.join(ROOT, 'other.c'));
  expect(connection && callbacks.slotOf(connection, 'WskSendBacklogEvent')).toEqual({ kind: 'null' });
  expect(connection && callbacks.slotOf(connection, 'WskReceiveEvent')).toMatchObject({ kind: 'function', name: 'Receive' });
  const listen = callbacks.tableNamed('g_Listen', path.join(ROOT, 'tables.c'));
  expect(listen && callbacks.slotOf(listen, 'WskAbortEvent')).toMatchObject({ kind: 'function', name: 'Abort' });
});

test('slots assigned at run time register their functions; a static table keeps its other slots NULL', async () => {
  const callbacks = await callbacksOf({
    'callbacks.c': CALLBACKS,
    'setup.c': `
static WSK_CLIENT_DATAGRAM_DISPATCH g_Datagram;
static WSK_CLIENT_CONNECTION_DISPATCH g_Connection;
typedef struct _BINDING { WSK_CLIENT_LISTEN_DISPATCH Dispatch; } BINDING, *PBINDING;

VOID Setup(PBINDING Binding)
{
    g_Datagram.WskReceiveFromEvent = Datagram;
    g_Connection.WskReceiveEvent = Receive;
    g_Connection.WskSendBacklogEvent = (PFN_WSK_SEND_BACKLOG_EVENT)Backlog;
    Binding->Dispatch.WskAcceptEvent = Accept;
}
`,
  });
  expect(callbacks.roleOf('Datagram')?.slot).toBe('WskReceiveFromEvent');
  expect(callbacks.roleOf('Backlog')?.slot).toBe('WskSendBacklogEvent');
  expect(callbacks.roleOf('Accept')?.slot).toBe('WskAcceptEvent');
  expect(callbacks.roleOf('Accept')?.registrations[0].table).toBeUndefined();
  const connection = callbacks.tableNamed('g_Connection', path.join(ROOT, 'setup.c'));
  expect(connection?.storage).toBe('static');
  expect(connection && callbacks.slotOf(connection, 'WskReceiveEvent')).toMatchObject({ kind: 'function', name: 'Receive' });
  expect(connection && callbacks.slotOf(connection, 'WskDisconnectEvent')).toEqual({ kind: 'null' });
  const field = callbacks.tables().find((table) => table.storage === 'field');
  expect(field && callbacks.slotOf(field, 'WskAcceptEvent')).toEqual({ kind: 'unknown' });
});

test('a stream table names its listen and connection tables; a table handed to a helper has unknown slots', async () => {
  const callbacks = await callbacksOf({
    'callbacks.c': CALLBACKS,
    'stream.c': `
const WSK_CLIENT_LISTEN_DISPATCH g_Listen = { Accept };
WSK_CLIENT_CONNECTION_DISPATCH g_Connection = { Receive, NULL, NULL };
const WSK_CLIENT_STREAM_DISPATCH g_Stream = { &g_Listen, &g_Connection };

VOID Fill(WSK_CLIENT_CONNECTION_DISPATCH *Table);
VOID Setup(VOID) { Fill(&g_Connection); }
`,
  });
  const stream = callbacks.tableNamed('g_Stream', path.join(ROOT, 'stream.c'));
  expect(stream && callbacks.slotOf(stream, 'Listen')).toMatchObject({ kind: 'table', name: 'g_Listen' });
  const connection = callbacks.tableNamed('g_Connection', path.join(ROOT, 'stream.c'));
  expect(connection && callbacks.slotOf(connection, 'WskDisconnectEvent')).toEqual({ kind: 'unknown' });
  const listen = callbacks.tableNamed('g_Listen', path.join(ROOT, 'stream.c'));
  expect(listen && callbacks.slotOf(listen, 'WskInspectEvent')).toEqual({ kind: 'null' });
});

test('conversions to a slot pointer type register; same-shaped functions, extern declarations and provider calls do not', async () => {
  const callbacks = await callbacksOf({
    'callbacks.c': CALLBACKS,
    'other.c': `
extern const WSK_CLIENT_LISTEN_DISPATCH g_Listen;
NTSTATUS Direct(PVOID C, ULONG F, PWSK_DATA_INDICATION D, SIZE_T B, SIZE_T *A);

VOID Provider(PSOCKET_OBJECT Socket, PWSK_DATA_INDICATION D)
{
    SIZE_T accepted;
    PFN_WSK_RECEIVE_EVENT receive = Receive;
    Socket->ConnectionDispatch.WskReceiveEvent(Socket->Context, 0, D, 0, &accepted);
    Direct(NULL, 0, D, 0, &accepted);
    Register((PFN_WSK_DISCONNECT_EVENT)Disconnect);
}
`,
  });
  expect(callbacks.roleOf('Receive')?.slot).toBe('WskReceiveEvent');
  expect(callbacks.roleOf('Disconnect')?.slot).toBe('WskDisconnectEvent');
  expect(callbacks.isEventCallback('Direct')).toBe(false);
  expect(callbacks.tables()).toHaveLength(0);
});

test('a function in two slots has no single role but is still an event callback', async () => {
  const callbacks = await callbacksOf({
    'callbacks.c': CALLBACKS,
    'tables.c': `
const WSK_CLIENT_CONNECTION_DISPATCH g_A = { NULL, Disconnect, Disconnect };
`,
  });
  expect(callbacks.isEventCallback('Disconnect')).toBe(true);
  expect(callbacks.registrationsOf('Disconnect').map((r) => r.slot)).toEqual(['WskDisconnectEvent', 'WskSendBacklogEvent']);
  expect(callbacks.roleOf('Disconnect')).toBeUndefined();
});

test('a static function is the callback only in the file that registers it', async () => {
  const callbacks = await callbacksOf({
    'callbacks.c': `${CALLBACKS}
const WSK_CLIENT_CONNECTION_DISPATCH g_Table = { NULL, Disconnect, NULL };
`,
    'other.c': `
static NTSTATUS Disconnect(PVOID C, ULONG F) { return STATUS_UNSUCCESSFUL; }
NTSTATUS Backlog(PVOID C, SIZE_T Size);
`,
  });
  const workspace = await Workspace.create([ROOT]);
  workspace.setFile(path.join(ROOT, 'other.c'), 'static NTSTATUS Disconnect(PVOID C, ULONG F) { return 1; }\nNTSTATUS Disconnect2(PVOID C, ULONG F) { return 1; }\n');
  workspace.parse(path.join(ROOT, 'other.c'));
  const file = workspace.file(path.join(ROOT, 'other.c'));
  const local = file?.declarations.functions.get('Disconnect');
  expect(local && callbacks.registrationsOfDefinition(local, path.join(ROOT, 'other.c'))).toEqual([]);
  expect(local && callbacks.registrationsOfDefinition(local, path.join(ROOT, 'callbacks.c'))).toHaveLength(1);
  const global = file?.declarations.functions.get('Disconnect2');
  expect(global && callbacks.registrationsOfDefinition(global, path.join(ROOT, 'other.c'))).toEqual([]);
  workspace.dispose();
});
