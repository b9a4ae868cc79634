// The edits behind the suppression code actions, on real parses, each applied and analysed again: the
// shapes a suppression comment comes in (alone on its line, after code, inside a longer comment, over
// several lines, `///`, lists with commas or blanks), CRLF files, and comments that already exist.

import { afterAll, describe, expect, test } from 'vitest';
import type { UnusedSuppression } from '../../server/src/analysis/findings';
import type { Workspace } from '../../server/src/analysis/workspace';
import type { OffsetEdit } from '../../server/src/lsp/suppressionComments';
import { readSuppressions } from '../../server/src/analysis/suppressions';
import { removeUnused, ruleIdAt, suppressInFile, suppressOnLine } from '../../server/src/lsp/suppressionComments';
import { analyzeWithHeaders } from '../support/fixtures';

const FILE = '/virtual/suppress.c';
const CALL = '((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY';
/** One line with two findings: WSK003 (IPPROTO_TCP) and WSK001 (8). */
const TWO = `    status = ${CALL}, IPPROTO_TCP, 8, &CachedSd, 0, NULL, NULL, Irp);`;

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

const workspaces: Workspace[] = [];
afterAll(() => {
  for (const workspace of workspaces) workspace.dispose();
});

/** The file analysed: what is reported, suppressed and unused, and its parse. */
async function analyse(text: string) {
  const { result, workspace } = await analyzeWithHeaders([{ path: FILE, text }]);
  workspaces.push(workspace);
  const parsed = workspace.file(FILE)!.parsed;
  return {
    parsed,
    suppressions: readSuppressions(parsed),
    reported: result.findings.map((f) => `${f.rule}:${f.start.line + 1}`),
    suppressed: result.suppressed.map((f) => `${f.rule}:${f.start.line + 1}`),
    unused: result.unusedSuppressions,
    findings: result.findings,
  };
}

function apply(text: string, edit: OffsetEdit): string {
  return text.slice(0, edit.start) + edit.newText + text.slice(edit.end);
}

/** Removes the `index`-th unused suppression of `text`; returns the new text and its analysis. */
async function removeUnusedAt(text: string, index = 0) {
  const before = await analyse(text);
  const unused: UnusedSuppression = before.unused[index];
  const removal = removeUnused(before.parsed, before.suppressions, unused, before.unused);
  expect(removal).toBeDefined();
  const after = apply(text, removal!.edit);
  return { title: removal!.title, text: after, analysis: await analyse(after) };
}

describe('suppressing a finding', () => {
  test('on its line: a comment above, indented as the line; a second rule joins the same comment', async () => {
    const text = source(TWO);
    const first = await analyse(text);
    expect(first.reported).toEqual(['WSK003:7', 'WSK001:7']);
    const withOne = apply(text, suppressOnLine(first.parsed, first.suppressions, 'WSK001', 6));
    expect(withOne).toBe(source(`    // wsk-lint-disable-next-line WSK001 -- \n${TWO}`));
    const second = await analyse(withOne);
    expect([second.reported, second.suppressed, second.unused]).toEqual([['WSK003:8'], ['WSK001:8'], []]);

    const withTwo = apply(withOne, suppressOnLine(second.parsed, second.suppressions, 'WSK003', 7));
    expect(withTwo).toBe(source(`    // wsk-lint-disable-next-line WSK001 WSK003 -- \n${TWO}`));
    const third = await analyse(withTwo);
    expect([third.reported, third.suppressed, third.unused]).toEqual([[], ['WSK003:8', 'WSK001:8'], []]);
  });

  test('a list written with commas gets a comma; tabs and CRLF line breaks are kept', async () => {
    const listed = source(`\t// wsk-lint-disable-next-line WSK005, WSK003 -- reviewed\n${TWO.replace('    ', '\t')}`);
    const analysis = await analyse(listed);
    expect(apply(listed, suppressOnLine(analysis.parsed, analysis.suppressions, 'WSK001', 7))).toContain('\t// wsk-lint-disable-next-line WSK005, WSK003, WSK001 -- reviewed\n');

    const crlf = source(TWO).replace(/\n/g, '\r\n');
    const windows = await analyse(crlf);
    const edited = apply(crlf, suppressOnLine(windows.parsed, windows.suppressions, 'WSK001', 6));
    expect(edited).toContain(`\r\n    // wsk-lint-disable-next-line WSK001 -- \r\n    status = `);
    expect((await analyse(edited)).reported).toEqual(['WSK003:8']);
  });

  test('in the file: a rest-of-file comment at the top, or the rule added to one above the finding', async () => {
    const text = source(TWO);
    const first = await analyse(text);
    const top = apply(text, suppressInFile(first.parsed, first.suppressions, 'WSK003', 6));
    expect(top).toBe(`/* wsk-lint-disable WSK003 */\n${text}`);
    expect((await analyse(top)).reported).toEqual(['WSK001:8']);

    const existing = source(`    /* wsk-lint-disable WSK003 -- legacy level */\n${TWO}`);
    const second = await analyse(existing);
    const joined = apply(existing, suppressInFile(second.parsed, second.suppressions, 'WSK001', 7));
    expect(joined).toBe(source(`    /* wsk-lint-disable WSK003 WSK001 -- legacy level */\n${TWO}`));
    const third = await analyse(joined);
    expect([third.reported, third.unused]).toEqual([[], []]);
    // A rest-of-file comment below the finding does not cover it: a new one at the top.
    const below = source(`${TWO}\n    /* wsk-lint-disable WSK003 */`);
    const fourth = await analyse(below);
    expect(suppressInFile(fourth.parsed, fourth.suppressions, 'WSK001', 6)).toEqual({ start: 0, end: 0, newText: '/* wsk-lint-disable WSK001 */\n' });
  });
});

describe('removing an unused suppression', () => {
  test('a comment alone on its line goes with its line; `///` and block comments too', async () => {
    for (const comment of ['    // wsk-lint-disable-next-line WSK007 -- old reason', '    /// wsk-lint-disable-next-line WSK007', '    /* wsk-lint-disable-next-line WSK007 */', '/* wsk-lint-disable */']) {
      const removed = await removeUnusedAt(source(`${comment}\n    status = STATUS_SUCCESS;`));
      expect(removed.title).toBe('Remove the unused suppression comment');
      expect(removed.text).toBe(source('    status = STATUS_SUCCESS;'));
      expect(removed.analysis.unused).toEqual([]);
    }
  });

  test('one unused ID of several: only that ID and its separator go', async () => {
    const cases: [string, string][] = [
      ['WSK007, WSK001', 'WSK001'],
      ['WSK001, WSK007', 'WSK001'],
      ['WSK003 WSK007 WSK001', 'WSK003 WSK001'],
    ];
    for (const [list, left] of cases) {
      const removed = await removeUnusedAt(source(`    // wsk-lint-disable-next-line ${list} -- sizes checked\n${TWO}`));
      expect(removed.title).toBe('Remove WSK007 from the suppression comment');
      expect(removed.text).toBe(source(`    // wsk-lint-disable-next-line ${left} -- sizes checked\n${TWO}`));
      expect(removed.analysis.unused).toEqual([]);
    }
  });

  test('when every ID of a comment is unused, the comment goes (each ID offers it)', async () => {
    const text = source(`    // wsk-lint-disable-next-line WSK007 WSK009\n    status = STATUS_SUCCESS;`);
    for (const index of [0, 1]) {
      const removed = await removeUnusedAt(text, index);
      expect(removed.title).toBe('Remove the unused suppression comment');
      expect(removed.text).toBe(source('    status = STATUS_SUCCESS;'));
    }
  });

  test('after code, in a longer comment, over several lines: the code and the other words stay', async () => {
    const afterCode = await removeUnusedAt(source(`    status = STATUS_SUCCESS; /* wsk-lint-disable WSK009 */\n${TWO}`));
    expect(afterCode.text).toBe(source(`    status = STATUS_SUCCESS;\n${TWO}`));
    const trailing = await removeUnusedAt(source(`    status = STATUS_SUCCESS; // wsk-lint-disable-next-line WSK009\n    return status;`));
    expect(trailing.text).toBe(source('    status = STATUS_SUCCESS;\n    return status;'));
    const inWords = await removeUnusedAt(source(`    // TODO: wsk-lint-disable-next-line WSK007 -- until the rig is fixed\n    status = STATUS_SUCCESS;`));
    expect(inWords.text).toBe(source('    // TODO:\n    status = STATUS_SUCCESS;'));
    const multiLine = await removeUnusedAt(source(`    /*\n     * wsk-lint-disable WSK008\n     */\n    status = STATUS_SUCCESS;`));
    expect(multiLine.text).toBe(source('    /*\n     *\n     */\n    status = STATUS_SUCCESS;'));
    for (const removed of [afterCode, trailing, inWords, multiLine]) expect(removed.analysis.unused).toEqual([]);
    // The findings of the code are untouched.
    expect(afterCode.analysis.reported).toEqual(['WSK003:8', 'WSK001:8']);
  });
});

test('the rule ID under the cursor, in a suppression comment only', async () => {
  const text = source(`    // wsk-lint-disable-next-line WSK003, WSK001 -- see WSK005\n${TWO}`);
  const { suppressions } = await analyse(text);
  const at = text.indexOf('WSK001');
  expect(ruleIdAt(suppressions, at)).toEqual({ rule: 'WSK001', span: { start: at, end: at + 6 } });
  expect(ruleIdAt(suppressions, at + 6)?.rule).toBe('WSK001');
  expect(ruleIdAt(suppressions, text.indexOf('WSK003') + 2)?.rule).toBe('WSK003');
  // The reason may name a rule: it is not one the comment silences.
  expect(ruleIdAt(suppressions, text.indexOf('WSK005'))).toBeUndefined();
  expect(ruleIdAt(suppressions, text.indexOf('disable'))).toBeUndefined();
});
