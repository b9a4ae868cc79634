// A function whose paths are too many to follow is skipped by the path rules, and says so once.

import { expect, test } from 'vitest';
import { analyzeWithHeaders } from '../support/fixtures';

test('path rules skip a function beyond the budget, with one hint at its name', async () => {
  const flags = Array.from({ length: 9 }, (_, i) => `F${i}`);
  const text = `#include "wsk.h"
WSK_PROVIDER_NPI g_Npi;

NTSTATUS
TooManyPaths(PSECURITY_DESCRIPTOR Sd, ${flags.map((f) => `BOOLEAN ${f}`).join(', ')})
{
    PSECURITY_DESCRIPTOR cached = NULL;
${flags.map((f) => `    if (${f}) { Step${f}(); }`).join('\n')}
    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &Sd, sizeof(PSECURITY_DESCRIPTOR), &cached, NULL, NULL);
${flags.map((f) => `    if (${f}) { Undo${f}(); }`).join('\n')}
    return STATUS_SUCCESS;
}

NTSTATUS
Small(PSECURITY_DESCRIPTOR Sd)
{
    PSECURITY_DESCRIPTOR cached = NULL;

    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &Sd, sizeof(PSECURITY_DESCRIPTOR), &cached, NULL, NULL);
    return STATUS_SUCCESS;
}
`;
  const { result, workspace } = await analyzeWithHeaders([{ path: '/virtual/budget.c', text }]);
  workspace.dispose();
  // The small function's leak is still found; the big one is skipped, not guessed at.
  expect(result.findings.map((f) => `${f.rule}:${f.start.line + 1}`)).toEqual(['WSK008:36']);
  expect(result.skippedFunctions.map((s) => [s.start.line + 1, s.message.slice(0, 50)])).toEqual([[5, 'wsk-lint stopped following the paths of TooManyPat']]);
});

test('a function with thousands of WSK calls in a row is skipped too: the budget counts what states carry', async () => {
  // One block, no branch: few steps per call, but each call's state tracks every earlier result.
  const calls = Array.from({ length: 1500 }, (_, i) => `    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &Sd, sizeof(PSECURITY_DESCRIPTOR), &cached${i % 4}, NULL, NULL);`);
  const text = `#include "wsk.h"
WSK_PROVIDER_NPI g_Npi;

NTSTATUS
LongRun(PSECURITY_DESCRIPTOR Sd)
{
    PSECURITY_DESCRIPTOR cached0, cached1, cached2, cached3;
${calls.join('\n')}
    return STATUS_SUCCESS;
}
`;
  const { result, workspace } = await analyzeWithHeaders([{ path: '/virtual/long.c', text }]);
  workspace.dispose();
  expect(result.skippedFunctions.map((s) => s.start.line + 1)).toEqual([5]);
  expect(result.skippedFunctions[0].message).toContain('too many or too long');
});

test('a function body over 256 KB is not followed at all: one hint, no path findings', async () => {
  const filler = '    x = 1;\n'.repeat(30_000);
  const text = `#include "wsk.h"
WSK_PROVIDER_NPI g_Npi;

NTSTATUS
Generated(PSECURITY_DESCRIPTOR Sd)
{
    PSECURITY_DESCRIPTOR cached = NULL;
    int x;
    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &Sd, sizeof(PSECURITY_DESCRIPTOR), &cached, NULL, NULL);
${filler}    return STATUS_SUCCESS;
}
`;
  const { result, workspace } = await analyzeWithHeaders([{ path: '/virtual/generated.c', text }]);
  workspace.dispose();
  // The leak at the return is not reported: the function was not followed.
  expect(result.findings).toEqual([]);
  expect(result.skippedFunctions.map((s) => s.start.line + 1)).toEqual([5]);
});
