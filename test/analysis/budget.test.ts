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

/** A loop that moves a WSK_BUF through synchronous calls on the IRP, `indent` before each line but the first. */
function transfer(fn: string, buffer: string, flag: string, option: number, indent: string): string {
  return [
    `while (NT_SUCCESS(iosb.Status) && ${buffer}.Length > 0) {`,
    `    if ((Options & ${option}) != 0) {`,
    `        SYNC_CALL(Irp, &done, CONN(Socket)->${fn}(Socket, &${buffer}, ${flag}, Irp), &iosb);`,
    '    } else {',
    `        SYNC_CALL(Irp, &done, CONN(Socket)->${fn}(Socket, &${buffer}, 0, Irp), &iosb);`,
    '    }',
    '    if (iosb.Status == STATUS_CANT_WAIT) {',
    '        if (StopRequested()) {',
    '            break;',
    '        }',
    '        iosb.Status = STATUS_SUCCESS;',
    '        continue;',
    '    }',
    `    if (!NT_SUCCESS(iosb.Status) || iosb.Information != ${buffer}.Length) {`,
    '        goto FreeOut;',
    '    }',
    `    Advance(&${buffer}, iosb.Information);`,
    '}',
  ].join(`\n${indent}`);
}

/**
 * A loop that reuses one IRP for synchronous sends and receives (a macro waits for each), under
 * options, an echo and a confirmation mode tested more than once, and a verification flag written
 * through its address. `unwaited`: the confirmation is sent without waiting for it.
 */
function exchangeRounds(unwaited: boolean): string {
  const ackSend = unwaited ? 'iosb.Status = CONN(Socket)->WskSend(Socket, Ack, 0, Irp);' : 'SYNC_CALL(Irp, &done, CONN(Socket)->WskSend(Socket, Ack, 0, Irp), &iosb);';
  return `#include "wsk.h"

#define SYNC_CALL(Irp, Event, Call, Iosb)                                   \\
    do {                                                                    \\
        IoReuseIrp((Irp), STATUS_UNSUCCESSFUL);                             \\
        IoSetCompletionRoutine((Irp), SignalDone, (Event), TRUE, TRUE, TRUE); \\
        (Iosb)->Status = (Call);                                            \\
        if ((Iosb)->Status == STATUS_PENDING) {                             \\
            KeWaitForSingleObject((Event), Executive, KernelMode, FALSE, NULL); \\
            (Iosb)->Status = (Irp)->IoStatus.Status;                        \\
        }                                                                   \\
        (Iosb)->Information = (Irp)->IoStatus.Information;                  \\
    } while (0)

#define CONN(S) ((PWSK_PROVIDER_CONNECTION_DISPATCH)(S)->Dispatch)

NTSTATUS
ExchangeRounds(PWSK_SOCKET Socket, PIRP Irp, BOOLEAN Echo, BOOLEAN Confirm, PWSK_BUF Ack, ULONG Options, ULONG Rounds)
{
    KEVENT done;
    IO_STATUS_BLOCK iosb;
    WSK_BUF out;
    WSK_BUF in;
    BOOLEAN valid = FALSE;
    ULONG round;

    iosb.Status = STATUS_SUCCESS;
    KeInitializeEvent(&done, NotificationEvent, FALSE);
    for (round = 0; round < Rounds; round++) {
        if (!NT_SUCCESS(iosb.Status)) {
            break;
        }
        iosb.Status = BuildMessage(&in);
        if (!NT_SUCCESS(iosb.Status)) {
            continue;
        }
        iosb.Status = BuildMessage(&out);
        if (!NT_SUCCESS(iosb.Status)) {
            goto FreeIn;
        }
        iosb.Status = CheckMessage(&out, &valid);
        if (!NT_SUCCESS(iosb.Status) || !valid) {
            if (!valid) {
                iosb.Status = STATUS_UNSUCCESSFUL;
            }
            goto FreeOut;
        }
        if (!Echo && !Confirm) {
            ${transfer('WskSend', 'out', 'WSK_FLAG_NODELAY', 1, '            ')}
        }
        ${transfer('WskReceive', 'in', 'WSK_FLAG_WAITALL', 2, '        ')}
        if (NT_SUCCESS(iosb.Status)) {
            iosb.Status = CheckMessage(&in, &valid);
            if (!NT_SUCCESS(iosb.Status) || !valid) {
                if (!valid) {
                    iosb.Status = STATUS_UNSUCCESSFUL;
                }
                goto Reply;
            }
        }
    Reply:
        if (Confirm && NT_SUCCESS(iosb.Status)) {
            ${ackSend}
        }
        if (Echo && (round + 1 != Rounds || (Options & 4) == 0)) {
            ${transfer('WskSend', 'out', 'WSK_FLAG_NODELAY', 1, '            ')}
        }
    FreeOut:
        FreeMessage(&out);
    FreeIn:
        FreeMessage(&in);
    }
    return iosb.Status;
}
`;
}

test('a loop of synchronous calls on one IRP is followed whole: how each finished call ended, and tests of what a call rewrites, are forgotten', async () => {
  // Before, the states at the loop's joins multiplied by how the IRP's last call had ended (the IRP
  // still named it, though nothing would read its status again before the next call), by which finished
  // request had used the WSK_BUF's MDL, and by tests of \`valid\` that the next \`CheckMessage(&out, &valid)\`
  // rewrites: more than the budget of 64 at one join; now 44.
  const { result, workspace } = await analyzeWithHeaders([{ path: '/virtual/exchange.c', text: exchangeRounds(false) }]);
  workspace.dispose();
  expect(result.skippedFunctions).toEqual([]);
  expect(result.findings).toEqual([]);
});

test('in that loop, a confirmation sent without waiting is found everywhere it leads, the return included', async () => {
  const { result, workspace } = await analyzeWithHeaders([{ path: '/virtual/exchange.c', text: exchangeRounds(true) }]);
  workspace.dispose();
  expect(result.skippedFunctions).toEqual([]);
  // The send (97) takes the IRP a receive used without IoReuseIrp; the reply's sends (102, 104) and the
  // next round's receives (70, 72) reuse it while the confirmation may be pending, and the function may
  // return with it pending (124).
  expect(result.findings.map((f) => [f.rule, f.start.line + 1])).toEqual([['WSK015', 70], ['WSK015', 72], ['WSK017', 97], ['WSK015', 102], ['WSK015', 104], ['WSK015', 124]]);
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
