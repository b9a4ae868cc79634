// Quick-fixes where users need them, with their exact text: through the project's own macros (the
// argument of the use is edited, and the finding's range is that argument), WSK007's move in the
// shared-status style, and WSK008's release written with the project's own wrapper or macro. Each case
// applies the fix and checks the text it leaves, then that the analysis of that text no longer reports
// the finding; the "no fix" cases check that none is offered.

import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Finding } from '../../server/src/analysis/findings';
import { TEST_ROOT, analyzeWithHeaders, errorCount } from '../support/fixtures';
import { applyEdits } from '../support/fixes';

const FILE = path.join(TEST_ROOT, 'rules', 'fixes.c');

async function findingsOf(text: string): Promise<Finding[]> {
  const { result, workspace } = await analyzeWithHeaders([{ path: FILE, text }]);
  workspace.dispose();
  return result.findings;
}

/** The one finding of `rule` on the line holding `marker`. */
async function findingAt(text: string, rule: string, marker: string): Promise<Finding> {
  const line = text.split('\n').findIndex((candidate) => candidate.includes(marker));
  expect(line, marker).toBeGreaterThanOrEqual(0);
  const found = (await findingsOf(text)).filter((finding) => finding.rule === rule && finding.start.line === line);
  expect(found.map((finding) => finding.message), `${rule} on the line of ${marker}`).toHaveLength(1);
  return found[0];
}

/** Applies the finding's only fix; the result parses as well as before and no longer has the finding. */
async function fixed(text: string, finding: Finding): Promise<string> {
  expect(finding.fixes.map((fix) => fix.title)).toHaveLength(1);
  const after = applyEdits(text, finding.fixes[0].edits);
  const before = await analyzeWithHeaders([{ path: FILE, text }]);
  const errorsBefore = errorCount(before.workspace, FILE);
  before.workspace.dispose();
  const again = await analyzeWithHeaders([{ path: FILE, text: after }]);
  try {
    expect(errorCount(again.workspace, FILE)).toBeLessThanOrEqual(errorsBefore);
    expect(again.result.findings.filter((other) => other.rule === finding.rule).length).toBe((await findingsOf(text)).filter((other) => other.rule === finding.rule).length - 1);
  } finally {
    again.workspace.dispose();
  }
  return after;
}

const MACROS = `#include "wsk.h"

#define SD_SIZE sizeof(SECURITY_DESCRIPTOR)
#define MY_CACHE_SD(_npi, _in, _out) \\
    (_npi)->Dispatch->WskControlClient((_npi)->Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), (_in), \\
                                       sizeof(PSECURITY_DESCRIPTOR), (_out), NULL, NULL)
#define MY_RELEASE_SD(_npi, _size, _sd) \\
    (_npi)->Dispatch->WskControlClient((_npi)->Client, WSK_RELEASE_SD, _size, _sd, 0, NULL, NULL, NULL)
#define MY_RELEASE_TWICE(_npi, _size, _sd) \\
    (_npi)->Dispatch->WskControlClient((_npi)->Client, WSK_RELEASE_SD, _size, _sd, _size, NULL, NULL, NULL)
#define MY_SET_SD(_s, _size, _sd, _irp) \\
    ((PWSK_PROVIDER_BASIC_DISPATCH)(_s)->Dispatch)->WskControlSocket((_s), WskSetOption, SO_WSK_SECURITY, \\
        SOL_SOCKET, _size, (_sd), 0, NULL, NULL, (_irp))

NTSTATUS Cache(PWSK_PROVIDER_NPI Npi, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Cached)
{
    return MY_CACHE_SD(Npi, Sd, Cached); /* cache */
}

NTSTATUS Release(PWSK_PROVIDER_NPI Npi, PSECURITY_DESCRIPTOR Cached)
{
    return MY_RELEASE_SD(Npi, sizeof(SECURITY_DESCRIPTOR), &Cached); /* release */
}

NTSTATUS ReleaseTwice(PWSK_PROVIDER_NPI Npi, PSECURITY_DESCRIPTOR Cached)
{
    return MY_RELEASE_TWICE(Npi, 0, &Cached); /* twice */
}

NTSTATUS Set(PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Cached, PIRP Irp)
{
    return MY_SET_SD(Socket, SD_SIZE, &Cached, Irp); /* set */
}

NTSTATUS SetWithIrpMacro(PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Cached, PIRP Irp)
{
    return MY_SET_SD(Socket, 8, &Cached, Irp); /* literal */
}
`;

describe("through the project's own macros", () => {
  test('WSK012: the argument of the use that becomes the WSK argument is the range, and the fix edits it', async () => {
    const finding = await findingAt(MACROS, 'WSK012', '/* cache */');
    const line = MACROS.split('\n')[finding.start.line];
    expect(line.slice(finding.start.character, finding.end.character)).toBe('Sd');
    expect(line.slice(0, finding.start.character)).toBe('    return MY_CACHE_SD(Npi, ');
    expect(await fixed(MACROS, finding)).toBe(MACROS.replace('MY_CACHE_SD(Npi, Sd, Cached)', 'MY_CACHE_SD(Npi, &Sd, Cached)'));
  });

  test('WSK012: a size passed through the macro is replaced in the use', async () => {
    const finding = await findingAt(MACROS, 'WSK012', '/* release */');
    expect(await fixed(MACROS, finding)).toBe(MACROS.replace('MY_RELEASE_SD(Npi, sizeof(SECURITY_DESCRIPTOR), &Cached)', 'MY_RELEASE_SD(Npi, sizeof(PSECURITY_DESCRIPTOR), &Cached)'));
  });

  test('WSK001: an object-like macro that is the whole argument is replaced where it is used', async () => {
    const finding = await findingAt(MACROS, 'WSK001', '/* set */');
    const line = MACROS.split('\n')[finding.start.line];
    expect(line.slice(finding.start.character, finding.end.character)).toBe('SD_SIZE');
    expect(await fixed(MACROS, finding)).toBe(MACROS.replace('MY_SET_SD(Socket, SD_SIZE, &Cached, Irp)', 'MY_SET_SD(Socket, sizeof(PSECURITY_DESCRIPTOR), &Cached, Irp)'));
  });

  test('WSK001: a literal passed through the macro', async () => {
    const finding = await findingAt(MACROS, 'WSK001', '/* literal */');
    expect(await fixed(MACROS, finding)).toBe(MACROS.replace('MY_SET_SD(Socket, 8, &Cached, Irp)', 'MY_SET_SD(Socket, sizeof(PSECURITY_DESCRIPTOR), &Cached, Irp)'));
  });

  test('no fix when the macro puts the argument in twice: the finding stays on the macro name', async () => {
    const finding = await findingAt(MACROS, 'WSK012', '/* twice */');
    const line = MACROS.split('\n')[finding.start.line];
    expect(line.slice(finding.start.character, finding.end.character)).toBe('MY_RELEASE_TWICE');
    expect(finding.fixes).toEqual([]);
  });
});

const HEADER = `#include "wsk.h"

#define BIND(_s) ((PWSK_PROVIDER_CONNECTION_DISPATCH)(_s)->Dispatch)->WskBind
#define SET_SD(_s) ((PWSK_PROVIDER_BASIC_DISPATCH)(_s)->Dispatch)->WskControlSocket
`;

describe('WSK007: the set moves before the bind with a shared status variable', () => {
  const SHARED = `${HEADER}
NTSTATUS
Start(PWSK_SOCKET Socket, PSOCKADDR Local, PSECURITY_DESCRIPTOR CachedSd, PIRP Irp)
{
    NTSTATUS status;

    status = BIND(Socket)(Socket, Local, 0, Irp);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    status = SET_SD(Socket)(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, /* set */
                            sizeof(PSECURITY_DESCRIPTOR), &CachedSd, 0, NULL, NULL, Irp);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    return STATUS_SUCCESS;
}
`;

  test('status = bind; check; status = set; check: the set and its check move before the bind', async () => {
    const finding = await findingAt(SHARED, 'WSK007', '/* set */');
    expect(await fixed(SHARED, finding)).toBe(`${HEADER}
NTSTATUS
Start(PWSK_SOCKET Socket, PSOCKADDR Local, PSECURITY_DESCRIPTOR CachedSd, PIRP Irp)
{
    NTSTATUS status;

    status = SET_SD(Socket)(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, /* set */
                            sizeof(PSECURITY_DESCRIPTOR), &CachedSd, 0, NULL, NULL, Irp);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    status = BIND(Socket)(Socket, Local, 0, Irp);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    return STATUS_SUCCESS;
}
`);
  });

  test('status = bind; status = set; and the status assigned again after: moved', async () => {
    const text = SHARED.replace('    if (!NT_SUCCESS(status)) {\n        return status;\n    }\n    status = SET_SD', '    status = SET_SD')
      .replace('    return STATUS_SUCCESS;', '    status = STATUS_SUCCESS;\n    return status;');
    const finding = await findingAt(text, 'WSK007', '/* set */');
    const after = await fixed(text, finding);
    expect(after.indexOf('status = SET_SD')).toBeLessThan(after.indexOf('status = BIND'));
  });

  test('no move when the status the set assigns is read right after it (its value would become the bind\'s)', async () => {
    const text = SHARED.replace('    if (!NT_SUCCESS(status)) {\n        return status;\n    }\n    return STATUS_SUCCESS;', '    return status;');
    expect((await findingAt(text, 'WSK007', '/* set */')).fixes).toEqual([]);
  });

  test('no move when a statement between the bind and the set reads the status the set assigns', async () => {
    const text = SHARED.replace('    status = BIND(Socket)(Socket, Local, 0, Irp);\n    if (!NT_SUCCESS(status)) {', '    NTSTATUS bound = BIND(Socket)(Socket, Local, 0, Irp);\n    if (!NT_SUCCESS(status) || !NT_SUCCESS(bound)) {')
      .replace('    NTSTATUS status;\n', '    NTSTATUS status = STATUS_SUCCESS;\n');
    const finding = await findingAt(text, 'WSK007', '/* set */');
    expect(finding.fixes).toEqual([]);
  });

  test('no move when a statement between writes what the set reads', async () => {
    const text = SHARED.replace('    if (!NT_SUCCESS(status)) {\n        return status;\n    }\n    status = SET_SD', '    CachedSd = NULL;\n    status = SET_SD');
    expect((await findingAt(text, 'WSK007', '/* set */')).fixes).toEqual([]);
  });
});

describe("WSK008: the release is written with the project's own helper or macro", () => {
  const PROJECT = `#include "wsk.h"

typedef struct _DEVEXT {
    WSK_PROVIDER_NPI Npi;
    PSECURITY_DESCRIPTOR Sd;
} DEVEXT, *PDEVEXT;

RELEASE_HELPERS

NTSTATUS
Secure(PDEVEXT devExt, PSECURITY_DESCRIPTOR Sd)
{
    PSECURITY_DESCRIPTOR cached = NULL;
    NTSTATUS status;

    status = devExt->Npi.Dispatch->WskControlClient(devExt->Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &Sd,
                                                    sizeof(PSECURITY_DESCRIPTOR), &cached, NULL, NULL);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    return STATUS_SUCCESS; /* leak */
}
`;
  const HELPER = `VOID
DxReleaseSd(PDEVEXT DevExt, PSECURITY_DESCRIPTOR *Sd)
{
    if (*Sd != NULL) {
        DevExt->Npi.Dispatch->WskControlClient(DevExt->Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), Sd,
                                               0, NULL, NULL, NULL);
        *Sd = NULL;
    }
}`;
  const MACRO = `#define DX_RELEASE_SD(_dx, _psd) \\
    (_dx)->Npi.Dispatch->WskControlClient((_dx)->Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), (_psd), \\
                                          0, NULL, NULL, NULL)`;
  const RAW = 'devExt->Npi.Dispatch->WskControlClient(devExt->Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, NULL);';
  const withHelpers = (helpers: string) => PROJECT.replace('RELEASE_HELPERS', helpers);
  const releasedWith = (text: string, statement: string) => text.replace('    return STATUS_SUCCESS; /* leak */', `    ${statement}\n    return STATUS_SUCCESS; /* leak */`);

  test('a helper function whose summary releases its parameter, its other parameter matched to the cache call\'s client', async () => {
    const text = withHelpers(HELPER);
    const finding = await findingAt(text, 'WSK008', '/* leak */');
    expect(finding.fixes[0].title).toBe('Release cached with DxReleaseSd before leaving');
    expect(await fixed(text, finding)).toBe(releasedWith(text, 'DxReleaseSd(devExt, &cached);'));
  });

  test('a macro that expands to the release', async () => {
    const text = withHelpers(MACRO);
    const finding = await findingAt(text, 'WSK008', '/* leak */');
    expect(await fixed(text, finding)).toBe(releasedWith(text, 'DX_RELEASE_SD(devExt, &cached);'));
  });

  test('a helper of one parameter, whatever client it uses', async () => {
    const text = withHelpers(`WSK_PROVIDER_NPI g_Npi;

VOID
ReleaseCopy(PSECURITY_DESCRIPTOR Copy)
{
    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &Copy, 0, NULL, NULL, NULL);
}`);
    const finding = await findingAt(text, 'WSK008', '/* leak */');
    expect(await fixed(text, finding)).toBe(releasedWith(text, 'ReleaseCopy(cached);'));
  });

  test('none: the raw WSK_RELEASE_SD call of the cache call\'s client', async () => {
    const finding = await findingAt(withHelpers(''), 'WSK008', '/* leak */');
    expect(await fixed(withHelpers(''), finding)).toBe(releasedWith(withHelpers(''), RAW));
  });

  test('not a helper that does more, nor a macro whose other arguments break the contract: the raw call', async () => {
    const text = withHelpers(`${HELPER.replace('DxReleaseSd', 'DxReleaseBoth').replace('        *Sd = NULL;', '        *Sd = NULL;\n        DevExt->Npi.Dispatch->WskControlClient(DevExt->Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &DevExt->Sd, 0, NULL, NULL, NULL);')}
${MACRO.replace('DX_RELEASE_SD', 'DX_RELEASE_WRONG').replace('sizeof(PSECURITY_DESCRIPTOR), (_psd)', 'sizeof(SECURITY_DESCRIPTOR), (_psd)')}`);
    const finding = await findingAt(text, 'WSK008', '/* leak */');
    expect(finding.fixes[0].edits[0].newText).toContain(RAW);
  });
});
