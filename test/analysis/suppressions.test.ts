// Suppression comments: the next line or the rest of the file, one rule, several or all, with a reason;
// suppressed findings are kept apart (for SARIF's audit trail) and unused suppressions come back.

import { expect, test } from 'vitest';
import { analyzeWithHeaders } from '../support/fixtures';

const CALL = `((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(
        Socket, WskSetOption, SO_WSK_SECURITY, IPPROTO_TCP, 8, &CachedSd, 0, NULL, NULL, Irp);`;

function source(body: string): string {
  return `#include "wsk.h"

NTSTATUS
Secure(PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR CachedSd, PIRP Irp)
{
    NTSTATUS status;
${body}
    return status;
}
`;
}

async function run(body: string) {
  const { result, workspace } = await analyzeWithHeaders([{ path: '/virtual/suppress.c', text: source(body) }]);
  workspace.dispose();
  return result;
}

test('without suppressions both findings are reported', async () => {
  const result = await run(`    status = ${CALL}`);
  expect(result.findings.map((f) => f.rule)).toEqual(['WSK003', 'WSK001']);
});

test('disable-next-line silences the named rule on the next line only, and keeps the reason', async () => {
  const result = await run(`    // wsk-lint-disable-next-line WSK001 -- the test rig is 64-bit only
    status = ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, 8, &CachedSd, 0, NULL, NULL, Irp);
    status = ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, 8, &CachedSd, 0, NULL, NULL, Irp);`);
  expect(result.findings.map((f) => `${f.rule}:${f.start.line + 1}`)).toEqual(['WSK001:9']);
  expect(result.suppressed.map((f) => `${f.rule}:${f.start.line + 1}`)).toEqual(['WSK001:8']);
  expect(result.suppressed[0].suppressed).toEqual({ justification: 'the test rig is 64-bit only' });
  expect(result.unusedSuppressions).toEqual([]);
});

test('disable silences the listed rules for the rest of the file; all rules when none is listed', async () => {
  const some = await run(`    /* wsk-lint-disable WSK001, WSK003 */
    status = ${CALL}`);
  expect(some.findings).toEqual([]);
  expect(some.suppressed.map((f) => f.rule)).toEqual(['WSK003', 'WSK001']);
  const all = await run(`    /* wsk-lint-disable */
    status = ${CALL}`);
  expect(all.findings).toEqual([]);
  expect(all.suppressed).toHaveLength(2);
});

test('a suppression that silences nothing is reported at the rule ID', async () => {
  const result = await run(`    // wsk-lint-disable-next-line WSK007 WSK003
    status = ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, IPPROTO_TCP, 8, &CachedSd, 0, NULL, NULL, Irp);`);
  expect(result.findings.map((f) => f.rule)).toEqual(['WSK001']);
  expect(result.unusedSuppressions.map((u) => [u.rule, u.start.line + 1, u.start.character + 1])).toEqual([['WSK007', 7, 35]]);
});

test('the words in a string are not a suppression', async () => {
  const result = await run(`    DbgPrint("// wsk-lint-disable-next-line WSK001");
    status = ${CALL}`);
  expect(result.findings).toHaveLength(2);
});
