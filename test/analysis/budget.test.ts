// A function whose paths are too many to follow is skipped by the path rules, and says so once.

import { expect, test } from 'vitest';
import { analyzeWithHeaders } from '../support/fixtures';

const CACHE = (out: string) => `g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &Sd, sizeof(PSECURITY_DESCRIPTOR), &${out}, NULL, NULL)`;
const RELEASE = (copy: string) => `g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &${copy}, 0, NULL, NULL, NULL)`;

test('independent tests repeated later do not multiply the states: the function is analysed whole', async () => {
  // Nine flags tested twice: 512 combinations, but nothing between the tests depends on them, so two
  // states that differ only in one flag are one state that does not know it.
  const flags = Array.from({ length: 9 }, (_, i) => `F${i}`);
  const text = `#include "wsk.h"
WSK_PROVIDER_NPI g_Npi;

NTSTATUS
ManyFlags(PSECURITY_DESCRIPTOR Sd, ${flags.map((f) => `BOOLEAN ${f}`).join(', ')})
{
    PSECURITY_DESCRIPTOR cached = NULL;
${flags.map((f) => `    if (${f}) { Step${f}(); }`).join('\n')}
    ${CACHE('cached')};
${flags.map((f) => `    if (${f}) { Undo${f}(); }`).join('\n')}
    return STATUS_SUCCESS;
}
`;
  const { result, workspace } = await analyzeWithHeaders([{ path: '/virtual/flags.c', text }]);
  workspace.dispose();
  expect(result.findings.map((f) => `${f.rule}:${f.start.line + 1}`)).toEqual(['WSK008:27']);
  expect(result.skippedFunctions).toEqual([]);
});

function fortyDescriptors(released: (i: number) => boolean): string {
  const indexes = Array.from({ length: 40 }, (_, i) => i);
  return `#include "wsk.h"
WSK_PROVIDER_NPI g_Npi;

VOID
FortyCopies(PSECURITY_DESCRIPTOR Sd, ULONG Mask)
{
${indexes.map((i) => `    PSECURITY_DESCRIPTOR copy${i} = NULL;`).join('\n')}

${indexes.map((i) => `    if (Mask & ${1 << (i % 31)}) { ${CACHE(`copy${i}`)}; }`).join('\n')}
    Work();
${indexes.filter(released).map((i) => `    if (copy${i} != NULL) { ${RELEASE(`copy${i}`)}; }`).join('\n')}
}
`;
}

test('forty descriptors cached and released each under its own test are followed one at a time: no finding, no skip', async () => {
  const { result, workspace } = await analyzeWithHeaders([{ path: '/virtual/forty.c', text: fortyDescriptors(() => true) }]);
  workspace.dispose();
  expect(result.findings).toEqual([]);
  expect(result.skippedFunctions).toEqual([]);
});

test('among forty independent descriptors, the one never released is found, at the end of the function', async () => {
  const { result, workspace } = await analyzeWithHeaders([{ path: '/virtual/forty.c', text: fortyDescriptors((i) => i !== 23) }]);
  workspace.dispose();
  expect(result.findings.map((f) => [f.rule, f.start.line + 1])).toEqual([['WSK008', 128]]);
  expect(result.findings[0].message).toContain('copy23');
  expect(result.skippedFunctions).toEqual([]);
});

test('a switch of three thousand cases doing the same to one socket costs one state after it', async () => {
  const cases = Array.from({ length: 3000 }, (_, i) => `    case ${i}: status = Dispatch->WskBind(Socket, Address, 0, Irp); break;`);
  const text = `#include "wsk.h"

NTSTATUS
BindByCode(PWSK_PROVIDER_CONNECTION_DISPATCH Dispatch, PWSK_SOCKET Socket, PSOCKADDR Address, PIRP Irp, ULONG Code, PSECURITY_DESCRIPTOR *Cached)
{
    NTSTATUS status = STATUS_SUCCESS;
    switch (Code) {
${cases.join('\n')}
    default: break;
    }
    status = ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), Cached, 0, NULL, NULL, Irp);
    return status;
}
`;
  const { result, workspace } = await analyzeWithHeaders([{ path: '/virtual/switch.c', text }]);
  workspace.dispose();
  expect(result.skippedFunctions).toEqual([]);
  expect(result.findings.map((f) => [f.rule, f.start.line + 1])).toEqual([['WSK007', 3010]]);
});

test('a function with three thousand cleanup labels is followed whole', async () => {
  // Under the 256 KB a function body may have: short names.
  const steps = Array.from({ length: 3000 }, (_, i) => `    st = S${i}(c);\n    if (!NT_SUCCESS(st)) goto U${i};`);
  const labels = Array.from({ length: 3000 }, (_, i) => 2999 - i).map((i) => `U${i}:\n    R${i}(c);`);
  const text = `#include "wsk.h"
WSK_PROVIDER_NPI g_Npi;

NTSTATUS
Ladder(PVOID c, PSECURITY_DESCRIPTOR Sd)
{
    NTSTATUS st;
    PSECURITY_DESCRIPTOR cached = NULL;

    st = ${CACHE('cached')};
    if (!NT_SUCCESS(st)) return st;
${steps.join('\n')}
    ${RELEASE('cached')};
    return STATUS_SUCCESS;
${labels.join('\n')}
    return st;
}
`;
  const { result, workspace } = await analyzeWithHeaders([{ path: '/virtual/ladder.c', text }]);
  workspace.dispose();
  expect(result.skippedFunctions).toEqual([]);
  // Every failing step leaves through the last return with the copy still cached.
  expect(result.findings.map((f) => [f.rule, f.start.line + 1])).toEqual([['WSK008', 12014]]);
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

test('a function that passes its parameters on to more than 64 WSK calls is no thin wrapper: its callers are not charged with them', async () => {
  const program = (calls: number) => `#include "wsk.h"

NTSTATUS
SetMany(PWSK_SOCKET Socket, SIZE_T Size, PSECURITY_DESCRIPTOR *Sd)
{
    NTSTATUS status = STATUS_SUCCESS;
${Array.from({ length: calls }, () => '    status = ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, Size, Sd, 0, NULL, NULL, NULL);').join('\n')}
    return status;
}

NTSTATUS
Caller(PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd)
{
    return SetMany(Socket, 3, &Sd);
}
`;
  const atCaller = async (calls: number) => {
    const { result, workspace } = await analyzeWithHeaders([{ path: '/virtual/many.c', text: program(calls) }]);
    workspace.dispose();
    const callerLine = program(calls).split('\n').findIndex((line) => line.includes('return SetMany('));
    return result.findings.filter((f) => f.start.line === callerLine).map((f) => f.rule);
  };
  expect(await atCaller(64)).toEqual(['WSK001']);
  expect(await atCaller(65)).toEqual([]);
});

test('a long function of simple steps earns a budget by its size: two thousand labels, each before a helper call, are followed whole', async () => {
  // Each step applies the helper's summary (a synchronous bind on the caller's IRP): more state entries
  // in all than the fixed budget, though no more than a few states ever meet at a label.
  const steps = Array.from({ length: 2000 }, (_, i) => `L${i}:\n    if (Code == ${i}) goto L${i + 1};\n    status = SyncBind(Endpoint, socket, Local);`);
  const text = `#include "wsk.h"

typedef struct _ENDPOINT { PWSK_PROVIDER_NPI Npi; KEVENT Done; PIRP Irp; } ENDPOINT, *PENDPOINT;

NTSTATUS
SyncBind(PENDPOINT Endpoint, PWSK_SOCKET Socket, PSOCKADDR Local)
{
    NTSTATUS status;
    KeResetEvent(&Endpoint->Done);
    IoReuseIrp(Endpoint->Irp, STATUS_UNSUCCESSFUL);
    IoSetCompletionRoutine(Endpoint->Irp, Done, &Endpoint->Done, TRUE, TRUE, TRUE);
    status = ((PWSK_PROVIDER_CONNECTION_DISPATCH)Socket->Dispatch)->WskBind(Socket, Local, 0, Endpoint->Irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(&Endpoint->Done, Executive, KernelMode, FALSE, NULL);
        status = Endpoint->Irp->IoStatus.Status;
    }
    return status;
}

NTSTATUS
ManyLabels(PENDPOINT Endpoint, PSOCKADDR Local, ULONG Code)
{
    PWSK_SOCKET socket;
    NTSTATUS status;

    IoReuseIrp(Endpoint->Irp, STATUS_UNSUCCESSFUL);
    IoSetCompletionRoutine(Endpoint->Irp, Done, &Endpoint->Done, TRUE, TRUE, TRUE);
    status = Endpoint->Npi->Dispatch->WskSocket(Endpoint->Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, NULL, NULL, NULL, NULL, NULL, Endpoint->Irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(&Endpoint->Done, Executive, KernelMode, FALSE, NULL);
        status = Endpoint->Irp->IoStatus.Status;
    }
    if (!NT_SUCCESS(status)) return status;
    socket = (PWSK_SOCKET)Endpoint->Irp->IoStatus.Information;
${steps.join('\n')}
L2000:
    return status;
}
`;
  const { result, workspace } = await analyzeWithHeaders([{ path: '/virtual/labels.c', text }]);
  workspace.dispose();
  expect(result.skippedFunctions).toEqual([]);
  // The socket is never closed: reported at the return, which the whole function was followed to reach.
  const last = text.split('\n').length - 2;
  expect(result.findings.map((f) => [f.rule, f.start.line + 1])).toEqual([['WSK013', last]]);
});
