// An edit inside one function keeps what the last analysis found in the functions it cannot affect
// (analysis/reuse.ts). The findings must be exactly those of a whole analysis: every rule fixture and
// corpus file is edited again and again (spaces, deleted and inserted characters, broken names and
// statements) and, after each edit, the workspace that keeps its findings answers as one analysing
// the file whole.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { expect, test } from 'vitest';
import { Workspace } from '../../server/src/analysis/workspace';
import type { AnalysisResult } from '../../server/src/analysis/workspace';
import { RULES } from '../../server/src/rules/index';
import { INCLUDE_DIR, TEST_ROOT } from '../support/fixtures';

/** Every .c file under a folder (the fixtures of the rules, the corpus). */
function sources(dir: string): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...sources(full));
    else if (entry.name.endsWith('.c')) found.push(full);
  }
  return found.sort();
}

/** A small deterministic generator (the same edits on every run). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return state / 2 ** 32;
  };
}

/** One edit as typing makes it: a space or a character typed, a character deleted (within a line). */
function edit(text: string, next: () => number): string {
  const at = Math.floor(next() * text.length);
  const typed = [' ', 'x', ';', '!', '0', ')', '{'];
  if (next() < 0.4 && text[at] !== '\n') return text.slice(0, at) + text.slice(at + 1);
  return text.slice(0, at) + typed[Math.floor(next() * typed.length)] + text.slice(at);
}

async function workspaceWith(files: readonly { path: string; text: string }[]): Promise<Workspace> {
  const workspace = await Workspace.create([INCLUDE_DIR]);
  for (const header of fs.readdirSync(INCLUDE_DIR)) workspace.setFile(path.join(INCLUDE_DIR, header), fs.readFileSync(path.join(INCLUDE_DIR, header), 'utf8'));
  for (const file of files) workspace.setFile(file.path, file.text);
  return workspace;
}

const shown = (result: AnalysisResult) => JSON.stringify({ ...result, skippedFunctions: [...result.skippedFunctions].sort((a, b) => a.span.start - b.span.start) }, null, 1);

test('after edits inside functions, the findings kept and those found again are those of a whole analysis', async () => {
  const files = [...sources(path.join(TEST_ROOT, 'rules')), ...sources(path.join(TEST_ROOT, 'corpus'))];
  expect(files.length).toBeGreaterThan(100);
  let reused = 0;
  let edits = 0;
  // The .c files of a folder are one workspace (helpers, routines and callers in other files).
  const folders = new Map<string, string[]>();
  for (const file of files) folders.set(path.dirname(file), [...(folders.get(path.dirname(file)) ?? []), file]);
  let index = 0;
  for (const [folder, inFolder] of folders) {
    const originals = inFolder.map((file) => ({ path: file, text: fs.readFileSync(file, 'utf8') }));
    const marker = path.join(folder, 'zz-marker.c');
    const kept = await workspaceWith([...originals, { path: marker, text: '' }]);
    const whole = await workspaceWith([...originals, { path: marker, text: '' }]);
    for (const { path: file, text: original } of originals) {
      const next = random(++index);
      let text = original;
      kept.analyze(RULES, undefined, [file]);
      for (let step = 0; step < 2; step++) {
        text = edit(text, next);
        kept.setFile(file, text);
        // Another file changed too: the whole workspace analyses the file afresh.
        whole.setFile(marker, `/* ${step} */`);
        whole.setFile(file, text);
        const before = kept.reusedFunctions;
        const answer = kept.analyze(RULES, undefined, [file]);
        reused += kept.reusedFunctions - before;
        edits++;
        expect(shown(answer), `${path.relative(TEST_ROOT, file)} after edit ${step + 1}`).toBe(shown(whole.analyze(RULES, undefined, [file])));
      }
      kept.setFile(file, original);
      whole.setFile(file, original);
    }
    kept.dispose();
    whole.dispose();
  }
  // Many edits land in functions that leave the others alone: those keep the other functions' findings.
  expect(edits).toBeGreaterThan(250);
  expect(reused).toBeGreaterThan(edits / 4);
}, 300_000);

/** A helper that closes the socket its caller created, the caller (which uses it after that: WSK014), and a function of its own (WSK013). */
const CALLEE_AND_CALLER = `#include "wsk.h"

typedef struct _ENDPOINT {
    PWSK_PROVIDER_NPI Npi;
    PWSK_SOCKET Socket;
    KEVENT Done;
    PIRP Irp;
} ENDPOINT, *PENDPOINT;

#define OPEN_STREAM(_ep_) \\
    (_ep_)->Npi->Dispatch->WskSocket((_ep_)->Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, \\
                                     WSK_FLAG_CONNECTION_SOCKET, NULL, NULL, NULL, NULL, NULL, (_ep_)->Irp)
#define CLOSE(_s_, _irp_) ((PWSK_PROVIDER_BASIC_DISPATCH)(_s_)->Dispatch)->WskCloseSocket((_s_), (_irp_))

VOID
CloseIt(PENDPOINT Endpoint, PWSK_SOCKET Socket)
{
    CLOSE(Socket, Endpoint->Irp);
}

NTSTATUS
OpenAndBind(PENDPOINT Endpoint, PSOCKADDR Local)
{
    PWSK_SOCKET socket;
    NTSTATUS status;

    status = OPEN_STREAM(Endpoint);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(&Endpoint->Done, Executive, KernelMode, FALSE, NULL);
        status = Endpoint->Irp->IoStatus.Status;
    }
    if (!NT_SUCCESS(status)) {
        return status;
    }
    socket = (PWSK_SOCKET)Endpoint->Irp->IoStatus.Information;
    status = ((PWSK_PROVIDER_CONNECTION_DISPATCH)socket->Dispatch)->WskBind(socket, Local, 0, Endpoint->Irp);
    if (!NT_SUCCESS(status)) {
        CloseIt(Endpoint, socket);
        ((PWSK_PROVIDER_CONNECTION_DISPATCH)socket->Dispatch)->WskDisconnect(socket, NULL, 0, Endpoint->Irp);
        return status;
    }
    Endpoint->Socket = socket;
    return STATUS_SUCCESS;
}

NTSTATUS
LeaksOnBind(PENDPOINT Endpoint, PSOCKADDR Local)
{
    PWSK_SOCKET socket;
    NTSTATUS status;

    status = OPEN_STREAM(Endpoint);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(&Endpoint->Done, Executive, KernelMode, FALSE, NULL);
        status = Endpoint->Irp->IoStatus.Status;
    }
    if (!NT_SUCCESS(status)) {
        return status;
    }
    socket = (PWSK_SOCKET)Endpoint->Irp->IoStatus.Information;
    status = ((PWSK_PROVIDER_CONNECTION_DISPATCH)socket->Dispatch)->WskBind(socket, Local, 0, Endpoint->Irp);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    Endpoint->Socket = socket;
    return STATUS_SUCCESS;
}
`;

test("edits in a callee that change its caller's findings, lines added and removed, and undo answer as a whole analysis", async () => {
  const file = path.join(TEST_ROOT, 'analysis', 'callee-and-caller.c');
  const marker = path.join(TEST_ROOT, 'analysis', 'zz-marker.c');
  const kept = await workspaceWith([{ path: file, text: CALLEE_AND_CALLER }, { path: marker, text: '' }]);
  const whole = await workspaceWith([{ path: file, text: CALLEE_AND_CALLER }, { path: marker, text: '' }]);
  const closeLine = '    CLOSE(Socket, Endpoint->Irp);\n';
  const steps: { what: string; text: string }[] = [
    { what: 'the callee no longer closes (within its line)', text: CALLEE_AND_CALLER.replace(closeLine, '    /* CLOSE(Socket, Endpoint->Irp); */\n') },
    { what: 'undo', text: CALLEE_AND_CALLER },
    { what: 'a line added in the callee', text: CALLEE_AND_CALLER.replace(closeLine, `\n${closeLine}`) },
    { what: 'the line removed again', text: CALLEE_AND_CALLER },
    { what: 'a space typed in the function of its own', text: CALLEE_AND_CALLER.replace('LeaksOnBind(PENDPOINT Endpoint, PSOCKADDR Local)\n{\n    PWSK_SOCKET socket;', 'LeaksOnBind(PENDPOINT Endpoint, PSOCKADDR Local)\n{\n    PWSK_SOCKET  socket;') },
    { what: 'a line added in the caller', text: CALLEE_AND_CALLER.replace('    NTSTATUS status;\n\n    status = OPEN_STREAM(Endpoint);\n    if (status == STATUS_PENDING)', '    NTSTATUS status;\n\n\n    status = OPEN_STREAM(Endpoint);\n    if (status == STATUS_PENDING)') },
    { what: 'the callee no longer closes, again', text: CALLEE_AND_CALLER.replace(closeLine, '    /* CLOSE(Socket, Endpoint->Irp); */\n') },
  ];
  const closedUses = (result: AnalysisResult) => result.findings.filter((finding) => finding.rule === 'WSK014').map((finding) => finding.start.line);
  const first = kept.analyze(RULES, undefined, [file]);
  expect(shown(first)).toBe(shown(whole.analyze(RULES, undefined, [file])));
  const before = closedUses(first);
  expect(before).toHaveLength(1);
  expect(first.findings.some((finding) => finding.rule === 'WSK013')).toBe(true);
  let seen = 0;
  for (const [index, step] of steps.entries()) {
    expect(step.text, step.what).not.toBe(index > 0 ? steps[index - 1].text : CALLEE_AND_CALLER);
    kept.setFile(file, step.text);
    whole.setFile(marker, `/* ${index} */`);
    whole.setFile(file, step.text);
    const reusedBefore = kept.reusedFunctions;
    const answer = kept.analyze(RULES, undefined, [file]);
    expect(shown(answer), step.what).toBe(shown(whole.analyze(RULES, undefined, [file])));
    // The callee's edit stays within its line: the callee and its caller are analysed again, the third function's findings kept.
    if (step.what === 'the callee no longer closes (within its line)') expect(kept.reusedFunctions - reusedBefore, step.what).toBe(1);
    // The caller's finding goes with the callee's close, and comes back with it.
    if (step.what.startsWith('the callee no longer closes')) expect(closedUses(answer), step.what).toEqual([]);
    if (step.what === 'undo') expect(closedUses(answer), step.what).toEqual(before);
    seen++;
  }
  expect(seen).toBe(steps.length);
  kept.dispose();
  whole.dispose();
});
