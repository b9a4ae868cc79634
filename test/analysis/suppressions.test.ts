// Suppression comments as README.md "Suppressing a finding" describes them: `wsk-lint-disable` covers
// its own line and the rest of the file, `wsk-lint-disable-next-line` the next line only; one rule,
// several or all; the reason after `--`; rule IDs in any case (never every rule for a lower-case one);
// suppressed findings kept apart (for SARIF's audit trail) and unused suppressions reported.

import { expect, test } from 'vitest';
import type { Config } from '../../server/src/analysis/config';
import { analyzeWithHeaders } from '../support/fixtures';

/** One call with two findings on its line: WSK003 (IPPROTO_TCP) and WSK001 (8). */
const CALL = '((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, IPPROTO_TCP, 8, &CachedSd, 0, NULL, NULL, Irp);';
/** One call on one line with one finding: WSK001 (8). */
const SIZE = '((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, 8, &CachedSd, 0, NULL, NULL, Irp);';

function source(body: string, more = ''): string {
  return `#include "wsk.h"

NTSTATUS
Secure(PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR CachedSd, PIRP Irp)
{
    NTSTATUS status;
${body}
    return status;
}
${more}`;
}

/** A second function, after the first: its one WSK001 finding is 7 lines below the first function's last body line. */
const LATER = `
NTSTATUS
SecureLater(PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR CachedSd, PIRP Irp)
{
    return ${SIZE}
}
`;

async function run(body: string, more = '', config?: Config) {
  const { result, workspace } = await analyzeWithHeaders([{ path: '/virtual/suppress.c', text: source(body, more) }], config);
  workspace.dispose();
  return {
    reported: result.findings.map((f) => `${f.rule}:${f.start.line + 1}`),
    suppressed: result.suppressed.map((f) => `${f.rule}:${f.start.line + 1}`),
    justifications: result.suppressed.map((f) => f.suppressed),
    unused: result.unusedSuppressions.map((u) => `${u.rule ?? '*'}:${u.start.line + 1}:${u.start.character + 1}-${u.end.character + 1} ${u.message}`),
  };
}

test('without suppressions every finding is reported', async () => {
  const result = await run(`    status = ${CALL}`, LATER);
  expect(result.reported).toEqual(['WSK003:7', 'WSK001:7', 'WSK001:14']);
  expect(result.suppressed).toEqual([]);
});

test('disable-next-line silences the named rule on the next line only, not on its own line nor after', async () => {
  const result = await run(`    status = ${SIZE} // wsk-lint-disable-next-line WSK001 -- the test rig is 64-bit only
    status = ${SIZE}
    status = ${SIZE}`);
  expect(result.reported).toEqual(['WSK001:7', 'WSK001:9']);
  expect(result.suppressed).toEqual(['WSK001:8']);
  expect(result.justifications).toEqual([{ justification: 'the test rig is 64-bit only' }]);
  expect(result.unused).toEqual([]);
});

test('disable silences from its own line to the end of the file, not the lines above it', async () => {
  const result = await run(`    status = ${SIZE}
    status = ${SIZE} /* wsk-lint-disable WSK001 */
    status = ${SIZE}`, LATER);
  expect(result.reported).toEqual(['WSK001:7']);
  expect(result.suppressed).toEqual(['WSK001:8', 'WSK001:9', 'WSK001:16']);
  expect(result.justifications).toEqual([{}, {}, {}]);
});

test('several IDs, separated by commas or blanks, silence each of those rules and no other', async () => {
  const commas = await run(`    /* wsk-lint-disable WSK001, WSK003 */
    status = ${CALL}`);
  expect([commas.reported, commas.suppressed]).toEqual([[], ['WSK003:8', 'WSK001:8']]);
  const blanks = await run(`    // wsk-lint-disable-next-line WSK003 WSK007
    status = ${CALL}`);
  expect([blanks.reported, blanks.suppressed]).toEqual([['WSK001:8'], ['WSK003:8']]);
});

test('no ID silences every rule: on the next line, or for the rest of the file', async () => {
  const nextLine = await run(`    // wsk-lint-disable-next-line -- generated code
    status = ${CALL}`, LATER);
  expect([nextLine.reported, nextLine.suppressed]).toEqual([['WSK001:15'], ['WSK003:8', 'WSK001:8']]);
  expect(nextLine.justifications).toEqual([{ justification: 'generated code' }, { justification: 'generated code' }]);
  const rest = await run(`    /* wsk-lint-disable */
    status = ${CALL}`, LATER);
  expect([rest.reported, rest.suppressed]).toEqual([[], ['WSK003:8', 'WSK001:8', 'WSK001:15']]);
});

test('the reason is the text after `--`, without the end of a block comment; `--` alone gives none', async () => {
  const block = await run(`    /* wsk-lint-disable WSK001 -- descriptors here live as long as the driver */
    status = ${SIZE}`);
  expect(block.justifications).toEqual([{ justification: 'descriptors here live as long as the driver' }]);
  const empty = await run(`    // wsk-lint-disable-next-line WSK001 --
    status = ${SIZE}`);
  expect([empty.suppressed, empty.justifications]).toEqual([['WSK001:8'], [{}]]);
});

test('rule IDs match whatever their case, and a lower-case ID silences its own rule only', async () => {
  const lower = await run(`    // wsk-lint-disable-next-line wsk001
    status = ${CALL}`);
  expect([lower.reported, lower.suppressed, lower.unused]).toEqual([['WSK003:8'], ['WSK001:8'], []]);
  const mixed = await run(`    /* wsk-lint-disable Wsk003, wsk007 */
    status = ${CALL}`);
  expect([mixed.reported, mixed.suppressed]).toEqual([['WSK001:8'], ['WSK003:8']]);
  expect(mixed.unused).toEqual(['WSK007:7:33-39 Unused suppression: WSK007 reports nothing here.']);
});

test('a suppression that silences nothing is reported: at each unused ID, or at the directive when it names none', async () => {
  const ids = await run(`    // wsk-lint-disable-next-line WSK007 WSK003
    status = ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, IPPROTO_TCP, 8, &CachedSd, 0, NULL, NULL, Irp);`);
  expect(ids.reported).toEqual(['WSK001:8']);
  expect(ids.unused).toEqual(['WSK007:7:35-41 Unused suppression: WSK007 reports nothing here.']);
  const all = await run(`    // wsk-lint-disable-next-line
    status = STATUS_SUCCESS;`);
  expect(all.unused).toEqual(['*:7:8-34 Unused suppression: no finding here to silence.']);
});

test('a suppression of a rule that is turned off is not reported as unused', async () => {
  const result = await run(`    // wsk-lint-disable-next-line WSK001 WSK003
    status = ${CALL}`, '', { rules: { WSK001: 'off' } });
  expect([result.reported, result.suppressed, result.unused]).toEqual([[], ['WSK003:8'], []]);
});

test('only a comment suppresses: not the same words in a string, even with a comment after it on the line', async () => {
  const string = await run(`    DbgPrint("// wsk-lint-disable-next-line WSK001");
    status = ${CALL}`);
  expect([string.reported, string.suppressed]).toEqual([['WSK003:8', 'WSK001:8'], []]);
  const after = await run(`    DbgPrint("wsk-lint-disable-next-line WSK003"); // wsk-lint-disable-next-line WSK001
    status = ${CALL}`);
  expect([after.reported, after.suppressed]).toEqual([['WSK003:8'], ['WSK001:8']]);
});

test('a block comment over several lines suppresses from the line the directive is on', async () => {
  const result = await run(`    /*
     * wsk-lint-disable WSK003 -- the transport is chosen by the caller
     */
    status = ${CALL}`);
  expect([result.reported, result.suppressed]).toEqual([['WSK001:10'], ['WSK003:10']]);
  expect(result.justifications).toEqual([{ justification: 'the transport is chosen by the caller' }]);
});

test('a suppression without IDs that silenced something is not reported as unused', async () => {
  const next = await run(`    // wsk-lint-disable-next-line -- both findings are known
    status = ${CALL}`);
  expect([next.reported, next.suppressed, next.unused, next.justifications]).toEqual([[], ['WSK003:8', 'WSK001:8'], [], [{ justification: 'both findings are known' }, { justification: 'both findings are known' }]]);
});

// Lines the preprocessor keeps out of the code (a dead `#if 0` group, a `#define`) are one non-code
// range holding literals and comments together: only the comments among them suppress.
test('in a dead group or a directive line, the words in a string do not suppress, those in a comment after it do', async () => {
  const dead = await run(`#if 0
    DbgPrint("it's \\"quoted\\": wsk-lint-disable WSK001");
    DbgPrint('"'); DbgPrint("// wsk-lint-disable WSK003");
    DbgPrint("a \\" b // wsk-lint-disable WSK001");
#endif
    status = ${CALL}`);
  expect([dead.reported, dead.suppressed]).toEqual([['WSK003:12', 'WSK001:12'], []]);
  const first = await run(`#define NOTE /* a note */ "wsk-lint-disable WSK001"
    status = ${CALL}`);
  expect([first.reported, first.suppressed]).toEqual([['WSK003:8', 'WSK001:8'], []]);
  const define = await run(`#define NOTE "say \\"wsk-lint-disable WSK001\\"" /* a note */ /* wsk-lint-disable WSK003 */
    status = ${CALL}`);
  expect([define.reported, define.suppressed]).toEqual([['WSK001:8'], ['WSK003:8']]);
  const line = await run(`#define TAG 'x' // wsk-lint-disable-next-line WSK001
    status = ${CALL}`);
  expect([line.reported, line.suppressed]).toEqual([['WSK003:8'], ['WSK001:8']]);
});
