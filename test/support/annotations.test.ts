// The fixture annotations and the fix views they are compared with: what the rule tests rely on to
// fail when a finding or a fix differs from what is written under the code.

import { describe, expect, test } from 'vitest';
import type { Finding, Fix } from '../../server/src/analysis/findings';
import { readExpectations } from './annotations';
import { compareFixes, fixView, renderFix } from './fixes';

describe('readExpectations', () => {
  test('carets, @col, and under a finding its fixes: `= TEXT`, a diff, or no fix', () => {
    const text = [
      '    call(a, 8);',
      '//          ^ WSK001 the literal 8',
      '//          preferred fix: Replace 8 with sizeof(PSECURITY_DESCRIPTOR)',
      '//          = sizeof(PSECURITY_DESCRIPTOR)',
      '//       ^ WSK002',
      '//       no fix: nothing to pass',
      '    return s;',
      '//  ^^^^^^^^^ WSK008 not released',
      '//  fix: Release it',
      '//    if (x) {',
      '//',
      '//  +     release(&sd);',
      '//        return s;',
      '//  ...',
      '//  - old();',
      '}',
      '// @col 1-2 WSK008 the end',
    ].join('\n');
    const { valid, expectations } = readExpectations(text);
    expect(valid).toBe(false);
    expect(expectations).toEqual([
      { line: 0, start: 12, end: 13, rule: 'WSK001', message: 'the literal 8', at: 1, fixes: [{ title: 'Replace 8 with sizeof(PSECURITY_DESCRIPTOR)', preferred: true, at: 2, becomes: 'sizeof(PSECURITY_DESCRIPTOR)' }] },
      { line: 0, start: 9, end: 10, rule: 'WSK002', message: '', at: 4, fixes: [] },
      { line: 6, start: 4, end: 13, rule: 'WSK008', message: 'not released', at: 7, fixes: [{ title: 'Release it', preferred: false, at: 8, diff: ['  if (x) {', '', '+     release(&sd);', '      return s;', '...', '- old();'] }] },
      { line: 15, start: 0, end: 1, rule: 'WSK008', message: 'the end', at: 16, fixes: undefined },
    ]);
  });

  test('`/* valid: no findings */` on the first line makes a valid fixture', () => {
    expect(readExpectations('/* valid: no findings */\nint x;\n')).toEqual({ valid: true, expectations: [] });
  });

  test.each([
    ['a typo in a rule ID', 'x;\n//  ^ WSk001'],
    ['a code comment in column 1', 'x;\n// explains x'],
    ['a fix under no finding', 'x;\n//  fix: Do it\n//  = y'],
    ['a fix with neither `=` nor a diff', 'x;\n//  ^ WSK001\n//  fix: Do it\ny;'],
    ['`no fix` and a fix for one finding', 'x;\n//  ^ WSK001\n//  fix: Do it\n//  = y\n//  no fix: none'],
    ['`=` and a diff in one fix', 'x;\n//  ^ WSK001\n//  fix: Do it\n//  = y\n//  + z'],
    ['a diff mark off the column of `fix:`', 'x;\n//  ^ WSK001\n//  fix: Do it\n//   + z'],
  ])('rejects %s', (_what, text) => {
    expect(() => readExpectations(text)).toThrow(/^line \d+: /);
  });
});

describe('fixView', () => {
  test('an insertion between its nearest non-blank unchanged lines, common indentation removed', () => {
    const before = 'f()\n{\n    a();\n\n    b();\n}\n';
    const after = 'f()\n{\n    a();\n\n    x();\n    b();\n}\n';
    expect(fixView(before, after)).toEqual(['  a();', '', '+ x();', '  b();']);
  });

  test('a statement moved up reads as added above and removed below; distant changes are apart', () => {
    const before = ['{', '    bind();', '    trace();', '    set();', '    a();', '    b();', '    c();', '    d = 1;', '}'].join('\n');
    const after = ['{', '    set();', '    bind();', '    trace();', '    a();', '    b();', '    c();', '    d = 2;', '}'].join('\n');
    expect(fixView(before, after)).toEqual(['  {', '+     set();', '      bind();', '      trace();', '-     set();', '      a();', '...', '      c();', '-     d = 1;', '+     d = 2;', '  }']);
  });

  test('annotation lines (`//` in column 1) are left out', () => {
    expect(fixView('a;\nb;\n//  ^ WSK001\nc;', 'a;\nc;')).toEqual(['  a;', '- b;', '  c;']);
  });
});

describe('compareFixes', () => {
  const text = 'status = call(a, 8);\n';
  const at = (start: number, end: number) => ({ file: 'f.c', span: { start, end }, start: { line: 0, character: start }, end: { line: 0, character: end } });
  const fix = (newText: string, preferred = true): Fix => ({ title: `Replace 8 with ${newText}`, preferred, edits: [{ ...at(17, 18), newText }] });
  const finding = (fixes: Fix[]): Finding => ({ ...at(17, 18), rule: 'WSK001', name: 'security-option-size', severity: 'error', message: 'm', related: [], fixes });

  test('a fix inside the finding reads as `= TEXT`; one that reaches outside it as a diff', () => {
    expect(renderFix(text, finding([]), fix('4'))).toEqual(['preferred fix: Replace 8 with 4', '= 4']);
    const wider: Fix = { title: 'Rewrite', preferred: false, edits: [{ ...at(0, 20), newText: 'call(a, 4);' }] };
    expect(renderFix(text, finding([]), wider)).toEqual(['fix: Rewrite', '- status = call(a, 8);', '+ call(a, 4);']);
  });

  test('agrees only with exactly the annotated fixes', () => {
    const expected = [{ title: 'Replace 8 with 4', preferred: true, becomes: '4', at: 0 }];
    expect(compareFixes(text, finding([fix('4')]), expected)).toEqual([]);
    expect(compareFixes(text, finding([fix('5')]), expected)).toHaveLength(1);
    expect(compareFixes(text, finding([fix('4', false)]), expected)).toHaveLength(1);
    expect(compareFixes(text, finding([]), expected)).toHaveLength(1);
    expect(compareFixes(text, finding([fix('4')]), [])).toHaveLength(1);
    expect(compareFixes(text, finding([fix('4'), fix('4')]), expected)).toHaveLength(1);
  });
});
