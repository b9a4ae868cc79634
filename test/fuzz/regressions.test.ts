// Every input the fuzzer kept (test/fuzz/regressions/, written by `npm run fuzz`) holds every property
// of test/fuzz/properties.ts, so that a failure found once stays fixed. Inputs kept for being slow
// ("budget") are checked for the other properties only: speed is not asserted in unit tests (the
// fuzzer enforces the time budget; a real hang still fails here by the test timeout).
// The checker itself is tested below: a property check that cannot fail would hide what it is for.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Finding } from '../../server/src/analysis/findings';
import type { Rule } from '../../server/src/analysis/rule';
import { functionName } from '../../server/src/analysis/syntax';
import { RULES } from '../../server/src/rules/index';
import { INCLUDE_DIR, TEST_ROOT } from '../support/fixtures';
import { applyEdits } from '../support/fixes';
import { checkInput, locationViolations, lspLineStarts, overlappingEdits } from './properties';
import { formatHeader, listRegressions, readHeader, readRegression } from './regression-files';

const REGRESSIONS = path.join(TEST_ROOT, 'fuzz/regressions');

// Not in a describe: an empty regressions folder (nothing failing) is the goal, not an error. A kept
// slow input of megabytes is analysed twice or more (its fixes applied and re-analysed): its time
// limit grows with its size, so a loaded machine does not fail it while a real hang still does.
for (const entry of listRegressions(REGRESSIONS)) {
  const megabytes = entry.files.reduce((sum, file) => sum + fs.statSync(file).size, 0) / 1e6;
  test(`fuzz regression ${entry.name} holds every property`, async () => {
    const { input } = readRegression(entry, INCLUDE_DIR);
    const result = await checkInput(input);
    expect(result.violations.map((v) => `${v.property}: ${v.message}${v.stack ? `\n${v.stack}` : ''}`)).toEqual([]);
  }, Math.max(30_000, megabytes * 90_000));
}

describe('the property checker', () => {
  const header = { path: path.join(INCLUDE_DIR, 'wsk.h'), text: fs.readFileSync(path.join(INCLUDE_DIR, 'wsk.h'), 'utf8') };
  const fixturePath = path.join(TEST_ROOT, 'rules/security-option-size/set-sizes.c');
  const fixture = { path: fixturePath, text: fs.readFileSync(fixturePath, 'utf8') };

  test('a fixture with findings and fixes holds every property, and its fixes are applied', async () => {
    const result = await checkInput({ files: [header, fixture], roots: [INCLUDE_DIR] });
    expect(result.violations).toEqual([]);
    expect(result.findings).toBeGreaterThan(0);
    expect(result.fixesApplied).toBeGreaterThan(0);
  });

  test('a rule that throws is reported with its stack', async () => {
    const throwing = brokenRule(() => {
      throw new Error('planted failure');
    });
    const result = await checkInput({ files: [header, fixture], roots: [INCLUDE_DIR] }, [throwing]);
    expect(result.violations[0]).toMatchObject({ property: 'throws', message: expect.stringContaining('planted failure') });
    expect(result.violations[0].stack).toContain('regressions.test.ts');
  });

  test('a fix that breaks the syntax is reported', async () => {
    const breaking = brokenRule((call, context) => context.report({ target: call.node, message: 'planted', fixes: [{ title: 'break it', edits: [{ target: call.node, newText: '{ ( {' }] }] }));
    const result = await checkInput({ files: [header, fixture], roots: [INCLUDE_DIR] }, [breaking]);
    expect(result.violations.map((v) => v.property)).toContain('fix-errors');
  });

  test('spans outside the text, reversed spans and files outside the input are reported', () => {
    const texts = new Map([['a.c', 'int x;\n']]);
    const violations = locationViolations([finding('a.c', 2, 99), finding('a.c', 4, 2), finding('b.c', 0, 1)], texts);
    expect(violations.map((v) => v.property)).toEqual(['span', 'span', 'span']);
    expect(locationViolations([finding('a.c', 0, 3)], texts)).toEqual([]);
  });

  test('positions follow LSP line breaks: \\n, \\r\\n and a lone \\r', () => {
    expect(lspLineStarts('a\nb\r\nc\rd')).toEqual([0, 2, 5, 7]);
    const texts = new Map([['a.c', 'a\rb;']]);
    // Offset 2 is line 1, character 0 for an LSP client; a finding that says line 0, character 2 is wrong.
    const wrong = { ...finding('a.c', 2, 3), start: { line: 0, character: 2 }, end: { line: 0, character: 3 } };
    expect(locationViolations([wrong], texts).map((v) => v.property)).toEqual(['positions', 'positions']);
    const right = { ...finding('a.c', 2, 3), start: { line: 1, character: 0 }, end: { line: 1, character: 1 } };
    expect(locationViolations([right], texts)).toEqual([]);
  });

  test('overlapping edits are reported; touching edits and insertions at one offset are not', () => {
    const edit = (start: number, end: number, file = 'a.c') => ({ file, span: { start, end } });
    expect(overlappingEdits([edit(0, 4), edit(3, 6)])).toBe('0-4 and 3-6');
    expect(overlappingEdits([edit(5, 5), edit(0, 6)])).toBe('0-6 and 5-5');
    expect(overlappingEdits([edit(0, 4), edit(4, 6), edit(6, 6), edit(6, 6), edit(0, 9, 'b.c')])).toBeUndefined();
    expect(applyEdits('abcdef', [{ span: { start: 4, end: 6 }, newText: 'X' }, { span: { start: 0, end: 1 }, newText: 'Y' }])).toBe('YbcdX');
  });

  test('a metamorphic input is rewritten first: its findings stay, every property holds, and the sites applied are named', async () => {
    const input = { files: [header, fixture], roots: [INCLUDE_DIR], metamorphic: { steps: [{ kind: 'extract-call', pick: 0 }, { kind: 'wrap-do-while', pick: 5 }, { kind: 'rename-local', pick: 2 }] } };
    const result = await checkInput(input);
    expect(result.violations).toEqual([]);
    expect(result.findings).toBeGreaterThan(0);
    expect(result.metamorphic?.applied.map((key) => key.kind)).toEqual(['extract-call', 'wrap-do-while', 'rename-local']);
    // The keys replay the same rewrites.
    const replayed = await checkInput({ ...input, metamorphic: { steps: (result.metamorphic?.applied ?? []).map(({ kind, ...key }) => ({ kind, keys: [key] })) } });
    expect(replayed.metamorphic?.applied).toEqual(result.metamorphic?.applied);
  });

  test('a rewrite that changes the findings is a metamorphic violation', async () => {
    // A rule that sees only the helpers extract-call makes: the rewrite "changes" what it reports.
    const helpers = brokenRule((call, context) => {
      if (call.inFunction && /Mm\d+$/.test(functionName(call.inFunction) ?? '')) context.report({ target: call.node, message: 'in a helper' });
    });
    const result = await checkInput({ files: [header, fixture], roots: [INCLUDE_DIR], metamorphic: { steps: [{ kind: 'extract-call', pick: 0 }] } }, [...RULES, helpers]);
    expect(result.violations.map((v) => `${v.property} ${v.rule} ${v.message.split(' ')[0]}`)).toEqual(['metamorphic WSK999 new']);
  });

  test('a regression header round-trips its property and configuration, and cannot close its comment early', () => {
    const text = `${formatHeader({ property: 'throws', detail: 'boom */ here', foundBy: 'npm run fuzz -- --seed 1 --input 2', config: { rules: {}, wrappers: { Bind: { binds: 0 } } } })}int x;\n`;
    expect(text.indexOf('*/')).toBe(text.lastIndexOf('*/'));
    expect(readHeader(text)).toEqual({ property: 'throws', config: { rules: {}, wrappers: { Bind: { binds: 0 } } } });
    expect(readHeader('int x;')).toBeUndefined();
    const steps = [{ kind: 'extract-call', keys: [{ file: 'a.c', line: 3, index: 0 }] }];
    expect(readHeader(`int x;\n${formatHeader({ property: 'metamorphic', detail: 'new WSK008 a.c:9 in F', foundBy: 'npm run fuzz', metamorphic: steps })}`)).toEqual({ property: 'metamorphic', metamorphic: steps });
  });
});

function finding(file: string, start: number, end: number): Finding {
  const position = (offset: number) => ({ line: 0, character: offset });
  return { file, span: { start, end }, start: position(start), end: position(end), rule: 'WSK001', name: 'x', severity: 'error', message: 'm', related: [], fixes: [] };
}

function brokenRule(onCall: NonNullable<Rule['onCall']>): Rule {
  return {
    meta: { id: 'WSK999', name: 'planted', severity: 'error', fix: 'safe' },
    docs: { summary: 'A rule broken on purpose.', why: '', invalid: '', valid: '' },
    onCall,
  };
}
