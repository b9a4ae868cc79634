// The Workspace the server keeps across edits, in this process: what a change invalidates (the files
// including a header, the callers of a helper, the files sharing cached descriptors), include
// resolution, and the findings after edits, deletions and renames. test/lsp/workspace.test.ts proves
// the same through the real server; these reach the analysis directly.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { Workspace } from '../../server/src/analysis/workspace';
import { RULES } from '../../server/src/rules/index';
import { INCLUDE_DIR } from '../support/fixtures';

const ROOT = '/virtual/driver';
const file = (name: string) => path.join(ROOT, name);

const HEADER = `#include "wsk.h"
#define SD_LEVEL IPPROTO_TCP
NTSTATUS Bind(PWSK_SOCKET Socket, PSOCKADDR Local, PIRP Irp);
`;
const HELPERS = `#include "endpoint.h"

NTSTATUS
Bind(PWSK_SOCKET Socket, PSOCKADDR Local, PIRP Irp)
{
    return ((PWSK_PROVIDER_CONNECTION_DISPATCH)Socket->Dispatch)->WskBind(Socket, Local, 0, Irp);
}

VOID
Log(ULONG Code)
{
    Trace(Code);
}
`;
const START = `#include "endpoint.h"

NTSTATUS
Start(PWSK_SOCKET Socket, PSOCKADDR Local, PSECURITY_DESCRIPTOR CachedSd, PIRP Irp)
{
    NTSTATUS status = Bind(Socket, Local, Irp);

    Log(1);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    return ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SD_LEVEL,
                                                                              sizeof(PSECURITY_DESCRIPTOR), &CachedSd, 0, NULL, NULL, Irp);
}
`;
const OTHER = `#include "wsk.h"

VOID
Unrelated(VOID)
{
    Trace(0);
}
`;

const workspaces: Workspace[] = [];
afterEach(() => {
  for (const workspace of workspaces.splice(0)) workspace.dispose();
});

async function driver(files: Record<string, string> = { 'endpoint.h': HEADER, 'helpers.c': HELPERS, 'start.c': START, 'other.c': OTHER }): Promise<Workspace> {
  const workspace = await Workspace.create([ROOT, INCLUDE_DIR]);
  workspaces.push(workspace);
  workspace.setFile(path.join(INCLUDE_DIR, 'wsk.h'), fs.readFileSync(path.join(INCLUDE_DIR, 'wsk.h'), 'utf8'));
  for (const [name, text] of Object.entries(files)) workspace.setFile(file(name), text);
  return workspace;
}

function findings(workspace: Workspace, paths?: string[]): string[] {
  return workspace.analyze(RULES, undefined, paths).findings.map((f) => `${path.basename(f.file)}:${f.start.line + 1} ${f.rule}`);
}

const names = (paths: readonly string[]) => paths.map((p) => path.basename(p)).sort();

test('a file is added, kept or replaced; an unchanged text is no change', async () => {
  const workspace = await driver();
  expect(workspace.has(file('start.c'))).toBe(true);
  expect(workspace.text(file('start.c'))).toBe(START);
  expect(workspace.setFile(file('start.c'), START)).toBe(false);
  expect(workspace.setFile(file('start.c'), `${START}\n`)).toBe(true);
  expect(names(workspace.paths())).toEqual(['endpoint.h', 'helpers.c', 'other.c', 'start.c', 'wsk.h']);
  expect(workspace.deleteFile(file('other.c'))).toBe(true);
  expect(workspace.deleteFile(file('other.c'))).toBe(false);
  expect(workspace.has(file('other.c'))).toBe(false);
  expect(workspace.file(file('other.c'))).toBeUndefined();
});

test('the findings come through the header (a macro) and the helper in another file (a bind)', async () => {
  const workspace = await driver();
  expect(findings(workspace)).toEqual(['start.c:12 WSK007', 'start.c:12 WSK003']);
  expect(findings(workspace, [file('helpers.c')])).toEqual([]);
});

test('a change reaches the files including the header, and the callers of a helper that matters', async () => {
  const workspace = await driver();
  workspace.analyze(RULES);
  expect(names(workspace.dependents(file('endpoint.h')))).toEqual(['endpoint.h', 'helpers.c', 'start.c']);
  // Bind reaches WskBind: the files naming it depend on it (its caller, and the header declaring it).
  expect(names(workspace.dependents(file('helpers.c')))).toEqual(['endpoint.h', 'helpers.c', 'start.c']);
  workspace.setFile(file('helpers.c'), HELPERS.replace('return ((PWSK_PROVIDER_CONNECTION_DISPATCH)Socket->Dispatch)->WskBind(Socket, Local, 0, Irp);', 'return STATUS_SUCCESS;'));
  // The helper no longer binds, but its callers depended on what it did before the change.
  expect(names(workspace.dependents(file('helpers.c')))).toEqual(['endpoint.h', 'helpers.c', 'start.c']);
  expect(findings(workspace)).toEqual(['start.c:12 WSK003']);
  expect(names(workspace.dependents(file('other.c')))).toEqual(['other.c']);
});

test('an edited header changes the findings of the files that include it, and a deleted one its macros', async () => {
  const workspace = await driver();
  expect(findings(workspace)).toContain('start.c:12 WSK003');
  workspace.setFile(file('endpoint.h'), HEADER.replace('IPPROTO_TCP', 'SOL_SOCKET'));
  expect(findings(workspace)).toEqual(['start.c:12 WSK007']);
  workspace.setFile(file('endpoint.h'), HEADER);
  expect(findings(workspace)).toEqual(['start.c:12 WSK007', 'start.c:12 WSK003']);
  workspace.deleteFile(file('endpoint.h'));
  expect(findings(workspace)).toEqual(['start.c:12 WSK007']);
});

test('a renamed helper: its old callers are dependents, and lose the finding it gave them', async () => {
  const workspace = await driver();
  workspace.analyze(RULES);
  workspace.setFile(file('helpers.c'), HELPERS.replace(/\bBind\(/g, 'BindLocal('));
  expect(names(workspace.dependents(file('helpers.c')))).toEqual(['endpoint.h', 'helpers.c', 'start.c']);
  expect(findings(workspace)).toEqual(['start.c:12 WSK003']);
});

test('files that deal with cached descriptors depend on each other', async () => {
  const cache = `#include "wsk.h"
typedef struct _CTX { PSECURITY_DESCRIPTOR Sd; } CTX, *PCTX;
WSK_PROVIDER_NPI g_Npi;
NTSTATUS
Init(PCTX Ctx, PSECURITY_DESCRIPTOR Sd)
{
    return g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &Sd,
                                            sizeof(PSECURITY_DESCRIPTOR), &Ctx->Sd, NULL, NULL);
}
`;
  const release = `#include "wsk.h"
typedef struct _CTX { PSECURITY_DESCRIPTOR Sd; } CTX, *PCTX;
WSK_PROVIDER_NPI g_Npi;
VOID
Teardown(PCTX Ctx)
{
    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &Ctx->Sd, 0, NULL, NULL, NULL);
}
`;
  const workspace = await driver({ 'cache.c': cache, 'release.c': release, 'other.c': OTHER });
  expect(findings(workspace)).toEqual([]);
  expect(names(workspace.dependents(file('release.c')))).toEqual(['cache.c', 'release.c', 'wsk.h']);
  const released = workspace.releasedBy([file('release.c')]);
  expect(released.size).toBe(1);
  expect(workspace.releasedBy([file('cache.c')]).size).toBe(0);
  workspace.deleteFile(file('release.c'));
  expect(findings(workspace)).toEqual(['cache.c:8 WSK008']);
  // A workspace holding part of the program (a CLI worker) learns what the rest releases.
  workspace.setReleasedEverywhere(released);
  expect(findings(workspace)).toEqual([]);
  workspace.setReleasedEverywhere(undefined);
  expect(findings(workspace)).toEqual(['cache.c:8 WSK008']);
});

test('an include is found next to the file, then under each root, whatever the case of its name', async () => {
  const workspace = await driver({ 'Endpoint.H': HEADER, 'sub/start.c': START });
  const resolve = (name: string) => workspace.includes.resolve({ path: name, angled: false }, file('sub/start.c'));
  expect(resolve('endpoint.h')).toBe(file('Endpoint.H'));
  expect(resolve('wsk.h')).toBe(path.join(INCLUDE_DIR, 'wsk.h'));
  expect(resolve('missing.h')).toBeUndefined();
  expect(findings(workspace)).toEqual(['start.c:12 WSK003']);
});

test('a completion routine depends on the files that set it and on those giving its IRP to WSK', async () => {
  const fixture = path.join(__dirname, '../rules/completion-routine-continues/across-files');
  const read = (name: string) => fs.readFileSync(path.join(fixture, name), 'utf8');
  const workspace = await driver({ 'routine.c': read('routine.c'), 'setup.c': read('setup.c'), 'send.c': read('send.c'), 'other.c': OTHER });
  expect(findings(workspace)).toEqual(['routine.c:12 WSK016']);
  // send.c calls nothing in routine.c, yet its IRP makes the routine's finding: routine.c depends on it.
  expect(names(workspace.dependents(file('send.c')))).toEqual(['routine.c', 'send.c', 'setup.c']);
  expect(names(workspace.dependents(file('setup.c')))).toEqual(['routine.c', 'send.c', 'setup.c']);
  expect(names(workspace.dependents(file('other.c')))).toEqual(['other.c']);
  // The IRP now set up with another routine: nothing the routine is set on reaches WSK any more.
  workspace.setFile(file('send.c'), read('send.c').replace('PrepareSend(irp, Done);', 'IoReuseIrp(irp, STATUS_UNSUCCESSFUL); IoSetCompletionRoutine(irp, Other, Done, TRUE, TRUE, TRUE);'));
  expect(names(workspace.dependents(file('send.c')))).toContain('routine.c');
  expect(findings(workspace, workspace.dependents(file('send.c')))).toEqual([]);
});
