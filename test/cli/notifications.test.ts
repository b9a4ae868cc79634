// No silent skips: a function the analysis did not follow whole is said in every format, where CI
// reads it — the JSON notifications, SARIF's tool execution notifications (at the function's name),
// the text summary and the MSBuild notes — not only in the text report's lines.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { INCLUDE_DIR } from '../support/fixtures';
import { removeScratchFolders, scratch, wskLint, write } from './run';

afterAll(removeScratchFolders);

/** A function body over 256 KB: the path engine does not follow it (one notice, no path finding). */
function generated(): string {
  return `#include "wsk.h"
WSK_PROVIDER_NPI g_Npi;

NTSTATUS
Generated(PSECURITY_DESCRIPTOR Sd)
{
    PSECURITY_DESCRIPTOR cached = NULL;
    int x;
    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &Sd, sizeof(PSECURITY_DESCRIPTOR), &cached, NULL, NULL);
${'    x = 1;\n'.repeat(30_000)}    return STATUS_SUCCESS;
}
`;
}

function folder(): string {
  const dir = scratch();
  fs.mkdirSync(path.join(dir, 'big'));
  fs.copyFileSync(path.join(INCLUDE_DIR, 'wsk.h'), path.join(dir, 'big', 'wsk.h'));
  write(dir, 'big/generated.c', generated());
  return dir;
}

test('JSON: a notification of the function, with where and why', () => {
  const run = wskLint(['-f', 'json', 'big'], folder());
  const report = JSON.parse(run.stdout) as { findings: unknown[]; notifications: { kind: string; file: string; line: number; function: string; message: string }[] };
  expect(report.findings).toEqual([]);
  expect(report.notifications.map(({ kind, file, line, function: name }) => ({ kind, file, line, name }))).toEqual([
    { kind: 'functionSkipped', file: 'big/generated.c', line: 5, name: 'Generated' },
  ]);
  expect(report.notifications[0].message).toContain('not fully analysed');
  expect(run.stderr).toContain('no findings in 2 files; 1 function not fully analysed');
});

test('SARIF: a tool execution notification at the function name', () => {
  const log = JSON.parse(wskLint(['-f', 'sarif', 'big'], folder()).stdout);
  const notifications = log.runs[0].invocations[0].toolExecutionNotifications as { level: string; descriptor: { id: string }; locations: { physicalLocation: { region: { startLine: number; startColumn: number } } }[] }[];
  expect(notifications.map((n) => [n.level, n.descriptor.id, n.locations[0].physicalLocation.region.startLine, n.locations[0].physicalLocation.region.startColumn])).toEqual([
    ['warning', 'function-skipped', 5, 1],
  ]);
});

test('text and MSBuild: a note at the function, and the count in the summary', () => {
  const dir = folder();
  const text = wskLint(['big'], dir);
  expect(text.stdout).toMatch(/^big\/generated\.c:5:1: note: Generated was not fully analysed/m);
  expect(text.stderr).toContain('1 function not fully analysed');
  const msbuild = wskLint(['-f', 'msbuild', 'big'], dir);
  expect(msbuild.stdout).toContain('Generated was not fully analysed');
});
