// Sequences of edits, as an editor makes them, in several functions of two files: after each one the
// findings of the workspace that took them one after another (keeping what the last analysis found of
// the functions an edit cannot affect: analysis/reuse.ts, Program.forwardsBefore) are those of a
// workspace made afresh from the same texts. The edits type and delete characters and lines anywhere
// (breaking the C too), and change what helpers do: a wrapper (or a wrapper it calls) that stops
// passing its caller's option or size on (its callers' WSK001 goes), a helper that no longer closes
// the socket (its callers' WSK014 goes, in both files), each made and undone at random.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { expect, test } from 'vitest';
import { Workspace } from '../../server/src/analysis/workspace';
import type { AnalysisResult } from '../../server/src/analysis/workspace';
import { RULES } from '../../server/src/rules/index';
import { INCLUDE_DIR, TEST_ROOT } from '../support/fixtures';

const CONN = `#include "wsk.h"

typedef struct _CONN {
    PWSK_SOCKET Socket;
    PIRP Irp;
    PSECURITY_DESCRIPTOR Sd;
} CONN, *PCONN;

NTSTATUS
RawControl(PWSK_SOCKET Sock, WSK_CONTROL_SOCKET_TYPE Type, ULONG Code, ULONG Level, SIZE_T Size, PVOID Buffer, PIRP Irp)
{
    return ((PWSK_PROVIDER_BASIC_DISPATCH)Sock->Dispatch)->WskControlSocket(Sock, Type, Code, Level, Size, Buffer, 0, NULL, NULL, Irp);
}

NTSTATUS
ControlSocket(PWSK_SOCKET Sock, WSK_CONTROL_SOCKET_TYPE Type, ULONG Code, ULONG Level, SIZE_T Size, PVOID Buffer, PIRP Irp)
{
    return RawControl(Sock, Type, Code, Level, Size, Buffer, Irp);
}

NTSTATUS
SetOption(PCONN Conn, ULONG Option, PVOID Buffer, SIZE_T Size)
{
    return ControlSocket(Conn->Socket, WskSetOption, Option, SOL_SOCKET, Size, Buffer, Conn->Irp);
}

VOID
CloseConn(PCONN Conn)
{
    ((PWSK_PROVIDER_BASIC_DISPATCH)Conn->Socket->Dispatch)->WskCloseSocket(Conn->Socket, Conn->Irp);
}

NTSTATUS
BindConn(PCONN Conn, PSOCKADDR Local)
{
    return ((PWSK_PROVIDER_CONNECTION_DISPATCH)Conn->Socket->Dispatch)->WskBind(Conn->Socket, Local, 0, Conn->Irp);
}

NTSTATUS
Setup(PCONN Conn, PSOCKADDR Local)
{
    ULONG value = 1;
    NTSTATUS status;

    status = BindConn(Conn, Local);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    status = SetOption(Conn, SO_WSK_SECURITY, &Conn->Sd, sizeof(PSECURITY_DESCRIPTOR));
    return status;
}

VOID
Teardown(PCONN Conn)
{
    ULONG value = 0;

    CloseConn(Conn);
    ((PWSK_PROVIDER_CONNECTION_DISPATCH)Conn->Socket->Dispatch)->WskDisconnect(Conn->Socket, NULL, 0, Conn->Irp);
}

VOID Pong(PCONN Conn, ULONG Count);

VOID
Ping(PCONN Conn, ULONG Count)
{
    ULONG value = 1;

    if (Count > 0) {
        Pong(Conn, Count - 1);
    } else {
        SetOption(Conn, SO_WSK_SECURITY, &Conn->Sd, 2);
    }
}

VOID
Pong(PCONN Conn, ULONG Count)
{
    Ping(Conn, Count);
}
`;

const USER = `#include "wsk.h"

typedef struct _CONN {
    PWSK_SOCKET Socket;
    PIRP Irp;
    PSECURITY_DESCRIPTOR Sd;
} CONN, *PCONN;

NTSTATUS SetOption(PCONN Conn, ULONG Option, PVOID Buffer, SIZE_T Size);
VOID CloseConn(PCONN Conn);
NTSTATUS BindConn(PCONN Conn, PSOCKADDR Local);

NTSTATUS
Reconfigure(PCONN Conn, PSOCKADDR Local)
{
    ULONG value = 1;

    BindConn(Conn, Local);
    SetOption(Conn, SO_WSK_SECURITY, &Conn->Sd, sizeof(PSECURITY_DESCRIPTOR));
    CloseConn(Conn);
    return ((PWSK_PROVIDER_CONNECTION_DISPATCH)Conn->Socket->Dispatch)->WskDisconnect(Conn->Socket, NULL, 0, Conn->Irp);
}
`;

/** Edits that change what a helper does for its callers (each applied or undone as a whole). */
const HELPER_EDITS: readonly { file: 'conn' | 'user'; from: string; to: string }[] = [
  // SetOption no longer passes the caller's option on: Ping's SO_WSK_SECURITY set is no longer one.
  { file: 'conn', from: 'WskSetOption, Option, SOL_SOCKET', to: 'WskSetOption, SO_KEEPALIVE, SOL_SOCKET' },
  // RawControl no longer passes the size on.
  { file: 'conn', from: 'Level, Size, Buffer, 0', to: 'Level, sizeof(PVOID), Buffer, 0' },
  // ControlSocket, between SetOption and RawControl, no longer passes it on (SetOption's forwards change with it).
  { file: 'conn', from: 'Level, Size, Buffer, Irp);', to: 'Level, sizeof(PVOID), Buffer, Irp);' },
  // CloseConn no longer closes.
  { file: 'conn', from: '    ((PWSK_PROVIDER_BASIC_DISPATCH)Conn->Socket->Dispatch)->WskCloseSocket', to: '//  ((PWSK_PROVIDER_BASIC_DISPATCH)Conn->Socket->Dispatch)->WskCloseSocket' },
  // Reconfigure closes no more (a function of the other file).
  { file: 'user', from: '    CloseConn(Conn);', to: '    CloseConn(NULL);' },
];

/** A small deterministic generator (the same edits on every run). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return state / 2 ** 32;
  };
}

/** A character typed or deleted somewhere after the struct (mostly inside a function), or a line break typed. */
function typing(text: string, next: () => number): string {
  const from = text.indexOf('} CONN');
  const at = from + Math.floor(next() * (text.length - from));
  const typed = [' ', 'x', ';', '!', '0', ')', '{', '}', '\n'];
  if (next() < 0.4) return text.slice(0, at) + text.slice(at + 1);
  return text.slice(0, at) + typed[Math.floor(next() * typed.length)] + text.slice(at);
}

const conn = path.join(TEST_ROOT, 'analysis', 'edits', 'conn.c');
const user = path.join(TEST_ROOT, 'analysis', 'edits', 'user.c');

async function workspaceWith(texts: { conn: string; user: string }): Promise<Workspace> {
  const workspace = await Workspace.create([INCLUDE_DIR]);
  for (const header of fs.readdirSync(INCLUDE_DIR)) workspace.setFile(path.join(INCLUDE_DIR, header), fs.readFileSync(path.join(INCLUDE_DIR, header), 'utf8'));
  workspace.setFile(conn, texts.conn);
  workspace.setFile(user, texts.user);
  return workspace;
}

const shown = (result: AnalysisResult) => JSON.stringify(result, null, 1);

test('after any sequence of edits in several functions, the findings are those of an analysis made afresh', async () => {
  const original = { conn: CONN, user: USER };
  const fresh = await workspaceWith(original);
  const start = [conn, user].map((file) => fresh.analyze(RULES, undefined, [file]));
  fresh.dispose();
  // The fixture's findings go through the helpers: a size passed on twice, and uses after a close in both files.
  expect(start.flatMap((result) => result.findings.map((finding) => `${path.basename(finding.file)} ${finding.rule}`)).sort()).toEqual(['conn.c WSK001', 'conn.c WSK014', 'user.c WSK014']);
  const next = random(15);
  const edited = await workspaceWith(original);
  let texts = { ...original };
  const counts = new Set<number>();
  let steps = 0;
  for (let step = 0; step < 160; step++) {
    // One edit, or two before the analysis (typing faster than the debounce); back to the start now and then.
    for (let change = next() < 0.2 ? 2 : 1; change > 0; change--) {
      const roll = next();
      if (roll < 0.05) texts = { ...original };
      else if (roll < 0.4) {
        const helper = HELPER_EDITS[Math.floor(next() * HELPER_EDITS.length)];
        const text = texts[helper.file];
        texts = { ...texts, [helper.file]: text.includes(helper.from) ? text.replace(helper.from, helper.to) : text.replace(helper.to, helper.from) };
      } else {
        const file = next() < 0.8 ? 'conn' : 'user';
        texts = { ...texts, [file]: typing(texts[file], next) };
      }
      edited.setFile(conn, texts.conn);
      edited.setFile(user, texts.user);
    }
    // The server answers the edited file first, then the files depending on it.
    const answers = [conn, user].map((file) => edited.analyze(RULES, undefined, [file]));
    const reference = await workspaceWith(texts);
    for (const [index, file] of [conn, user].entries()) {
      expect(shown(answers[index]), `${path.basename(file)} after step ${step}:\n${texts.conn}\n${texts.user}`).toBe(shown(reference.analyze(RULES, undefined, [file])));
    }
    reference.dispose();
    counts.add(answers[0].findings.length + answers[1].findings.length);
    steps++;
  }
  expect(steps).toBe(160);
  // The helpers' edits made the findings come and go, and programs took over forwards of untouched functions.
  expect(counts.size).toBeGreaterThan(2);
  expect(edited.inheritedFunctions).toBeGreaterThan(20);
  edited.dispose();
}, 300_000);
