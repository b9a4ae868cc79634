// The path engine's refinements, one by one: each case is a function whose finding depends on what a
// test of a status, an IRP or a copy proves on the branch after it. Written as pairs where the
// refinement decides (the same shape with the test on the other side, or without it), so that the
// rebuilt engine must keep each piece of knowledge, not only the fixtures' sum of them.

import { describe, expect, test } from 'vitest';
import { analyzeWithHeaders } from '../support/fixtures';

const PRELUDE = `#include "wsk.h"
WSK_PROVIDER_NPI g_Npi;
#define CACHE(_in_, _out_) g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &(_in_), sizeof(PSECURITY_DESCRIPTOR), &(_out_), NULL, NULL)
#define RELEASE(_sd_) g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &(_sd_), 0, NULL, NULL, NULL)
#define SET(_s_, _sd_, _irp_) ((PWSK_PROVIDER_BASIC_DISPATCH)(_s_)->Dispatch)->WskControlSocket((_s_), WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &(_sd_), 0, NULL, NULL, (_irp_))
`;

/** The rules reported in a function body (with `Sd`, `Socket`, `Irp`, `Flag` as parameters). */
async function rulesIn(body: string): Promise<string[]> {
  const text = `${PRELUDE}
NTSTATUS
Subject(PSECURITY_DESCRIPTOR Sd, PWSK_SOCKET Socket, PIRP Irp, BOOLEAN Flag)
{
    PSECURITY_DESCRIPTOR cached = NULL;
    NTSTATUS status = STATUS_SUCCESS;
    BOOLEAN ok = FALSE;
    PIRP irp = NULL;

${body}
}
`;
  const { result, workspace } = await analyzeWithHeaders([{ path: '/virtual/paths.c', text }]);
  workspace.dispose();
  expect(result.problems).toEqual([]);
  return result.findings.map((f) => f.rule);
}

describe('a cached copy: leaked or not, by what the branch proves of the cache call', () => {
  test.each([
    ['NT_SUCCESS', 'if (!NT_SUCCESS(status)) { return status; }', []],
    ['NT_SUCCESS, both negations', 'if (!!NT_SUCCESS(status)) { RELEASE(cached); } return status;', []],
    ['status < 0', 'if (status < 0) { return status; }', []],
    ['status >= 0', 'if (status >= 0) { RELEASE(cached); } return status;', []],
    ['== STATUS_SUCCESS', 'if (status == STATUS_SUCCESS) { RELEASE(cached); return status; } return STATUS_UNSUCCESSFUL;', ['WSK008']],
    ['a kept NT_SUCCESS', 'ok = NT_SUCCESS(status); if (!ok) { return status; }', []],
    ['the copy tested for NULL', 'if (cached == NULL) { return status; }', []],
    ['the copy tested for NULL, NULL first', 'if (NULL == cached) { return status; }', []],
    ['the copy as a truth value', 'if (!cached) { return status; }', []],
    ['nothing proved', 'if (Flag) { return status; }', ['WSK008']],
  ])('%s', async (_name, test, expected) => {
    // After the test the copy is released: only a branch that leaves with the copy still cached leaks.
    const tail = test.includes('RELEASE') ? '' : '\n    RELEASE(cached);\n    return status;';
    expect(await rulesIn(`    status = CACHE(Sd, cached);\n    ${test}${tail}`)).toEqual(expected);
  });

  test.each(['haveCopy', 'haveCopy == TRUE', 'TRUE == haveCopy', 'haveCopy != FALSE', '!(haveCopy == FALSE)'])('a flag set where the cache succeeded, tested at the cleanup: %s', async (condition) => {
    const flagged = `    BOOLEAN haveCopy = FALSE;

    status = CACHE(Sd, cached);
    if (NT_SUCCESS(status)) {
        haveCopy = TRUE;
    }
    Work();
    if (${condition}) {
        RELEASE(cached);
    }
    return status;`;
    expect(await rulesIn(flagged)).toEqual([]);
    expect(await rulesIn(flagged.replace('haveCopy = TRUE;', 'Work();'))).toEqual(['WSK008']);
  });

  test('a condition on a parameter, tested twice, takes the same branch both times', async () => {
    const correlated = `    if (Flag) {
        status = CACHE(Sd, cached);
        if (!NT_SUCCESS(status)) {
            return status;
        }
    }
    Work();
    if (Flag) {
        RELEASE(cached);
    }
    return status;`;
    expect(await rulesIn(correlated)).toEqual([]);
    expect(await rulesIn(correlated.replace('    if (Flag) {\n        RELEASE', '    if (!Flag) {\n        RELEASE'))).toEqual(['WSK008']);
  });
});

describe('an IRP from IoAllocateIrp: checked or not', () => {
  test.each([
    ['== NULL', 'if (irp == NULL) { return STATUS_INSUFFICIENT_RESOURCES; }', []],
    ['NULL ==', 'if (NULL == irp) { return STATUS_INSUFFICIENT_RESOURCES; }', []],
    ['! irp', 'if (!irp) { return STATUS_INSUFFICIENT_RESOURCES; }', []],
    ['!= NULL around the call', 'if (irp != NULL) {', []],
    ['a check that does not stop', 'if (irp == NULL) { Work(); }', ['WSK006']],
  ])('%s', async (_name, check, expected) => {
    // The routine is set as WSK017 wants it: only the NULL check is in question here.
    const call = '    IoSetCompletionRoutine(irp, Done, NULL, TRUE, TRUE, TRUE);\n    status = SET(Socket, Sd, irp);';
    const body = check.endsWith('{') ? `    ${check}\n${call}\n    }` : `    ${check}\n${call}`;
    expect(await rulesIn(`    irp = IoAllocateIrp(1, FALSE);\n${body}\n    return status;`)).toEqual(expected);
  });
});

describe('a descriptor released after an SO_WSK_SECURITY set: is its IRP done?', () => {
  test.each([
    ['waited for when pending', 'if (status == STATUS_PENDING) { KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL); }', []],
    ['released only when not pending', 'if (status != STATUS_PENDING) { RELEASE(Sd); } return status;', []],
    ['released only on STATUS_SUCCESS', 'if (status == STATUS_SUCCESS) { RELEASE(Sd); } return status;', []],
    ['released only on failure', 'if (!NT_SUCCESS(status)) { RELEASE(Sd); } return status;', []],
    ['released only when pending', 'if (status == STATUS_PENDING) { RELEASE(Sd); } return status;', ['WSK010']],
    ['released on success, which may be pending', 'if (NT_SUCCESS(status)) { RELEASE(Sd); } return status;', ['WSK010']],
    ['not waited for', 'Work();', ['WSK010']],
  ])('%s', async (_name, then, expected) => {
    const tail = then.includes('RELEASE') ? '' : '\n    RELEASE(Sd);\n    return status;';
    expect(await rulesIn(`    status = SET(Socket, Sd, Irp);\n    ${then}${tail}`)).toEqual(expected);
  });
});

describe('a socket bound on a path: the set after it', () => {
  test.each([
    ['bound when the bind succeeded', 'if (!NT_SUCCESS(status)) { return status; }', ['WSK007']],
    ['bound only on a branch that returned', 'if (NT_SUCCESS(status)) { return status; }', []],
  ])('%s', async (_name, then, expected) => {
    const bind = '    status = ((PWSK_PROVIDER_CONNECTION_DISPATCH)Socket->Dispatch)->WskBind(Socket, NULL, 0, Irp);';
    expect(await rulesIn(`${bind}\n    ${then}\n    status = SET(Socket, Sd, Irp);\n    return status;`)).toEqual(expected);
  });
});

describe('how a finished call ended: forgotten only where nothing can ask again', () => {
  test('its status read again through the IRP still knows which way the call went', async () => {
    // Released at once when the set failed, later when the IRP's status says it succeeded: the two
    // releases are never on one path. Where the status could not be read again (`Work()` instead of
    // the test), the engine forgets how the set ended, so that paths differing only there merge.
    const body = (later: string) => `    status = CACHE(Sd, cached);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    status = SET(Socket, cached, Irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
        status = Irp->IoStatus.Status;
    }
    if (!NT_SUCCESS(status)) {
        RELEASE(cached);
    }
    status = Work();
    ${later}
    return status;`;
    // A success other than STATUS_SUCCESS keeps the copy: only the leak is found, never a double release.
    expect(await rulesIn(body('if (Irp->IoStatus.Status == STATUS_SUCCESS) { RELEASE(cached); }'))).toEqual(['WSK008']);
    expect(await rulesIn(body('if (NT_SUCCESS(Irp->IoStatus.Status)) { RELEASE(cached); }'))).toEqual([]);
    expect(await rulesIn(body('RELEASE(cached);'))).toEqual(['WSK009']);
  });
});
