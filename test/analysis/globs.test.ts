// The `exclude` globs of .wsk-lint.json: `*`, `?`, `**`, `{a,b}` and `[abc]`, both separators, folders
// taking their content along, names compared without case, and nothing that a pattern does not say.
// The language server reads the same file with the same meaning (test/lsp/conversions.test.ts holds
// the same cases).

import { describe, expect, test } from 'vitest';
import { globMatcher, globToRegExp } from '../../server/src/analysis/globs';

const matches = (pattern: string, path: string) => globMatcher([pattern])(path);

describe('one pattern', () => {
  test.each([
    ['**/generated/**', 'generated/x.c', true],
    ['**/generated/**', 'src/generated/x.c', true],
    ['**/generated/**', 'src/deep/generated/sub/x.h', true],
    ['**/generated/**', 'src/generated.c', false],
    ['**/generated/**', 'src/pregenerated/x.c', false],
    ['third_party/**', 'third_party/lib/a.c', true],
    ['third_party/**', 'src/third_party/a.c', false],
    ['third_party', 'third_party/lib/a.c', true],
    ['third_party/', 'third_party/a.c', true],
    ['*.g.c', 'x.g.c', true],
    ['*.g.c', 'sub/x.g.c', false],
    ['**/*.g.c', 'sub/deeper/x.g.c', true],
    ['**/*.g.c', 'x.g.c', true],
    ['src/*/gen.c', 'src/a/gen.c', true],
    ['src/*/gen.c', 'src/a/b/gen.c', false],
    ['src/**/gen.c', 'src/gen.c', true],
    ['src/**/gen.c', 'src/a/b/gen.c', true],
    ['file?.c', 'file1.c', true],
    ['file?.c', 'file10.c', false],
    ['file?.c', 'file/.c', false],
    ['a+b(1).c', 'a+b(1).c', true],
    ['a+b(1).c', 'aab1.c', false],
    ['./src/*.c', 'src/x.c', true],
    ['/src/*.c', 'src/x.c', true],
    ['**', 'anything/at/all.c', true],
    ['**/gen', 'src/gen/b.h', true],
    ['**/*.{c,h}', 'src/a.h', true],
    ['**/*.{c,h}', 'src/a.txt', false],
    ['{src,lib}/(a).c', 'lib/(a).c', true],
    ['{src,lib}/(a).c', 'src/a.c', false],
    ['src/{x,y{1,2}}.c', 'src/y2.c', true],
    ['[ab].*', 'b.h', true],
    ['[!ab].*', 'c.txt', true],
    ['[!ab].*', 'a.c', false],
    ['a**b.c', 'axyb.c', true],
    ['a**b.c', 'a/b.c', false],
    ['{a,b', '{a,b', true],
    ['[ab', '[ab', true],
  ])('%s against %s: %s', (pattern, path, expected) => {
    expect(matches(pattern, path)).toBe(expected);
  });

  test('either separator, in the pattern and in the path', () => {
    expect(matches('third_party\\lib\\**', 'third_party/lib/a.c')).toBe(true);
    expect(matches('third_party/lib/**', 'third_party\\lib\\a.c')).toBe(true);
  });

  test('names compare without case, as Windows builds see them', () => {
    expect(matches('**/Generated/**', 'src/GENERATED/x.C')).toBe(true);
  });

  test('patterns that match nothing', () => {
    expect(globToRegExp('')).toBeUndefined();
    expect(globToRegExp('  ')).toBeUndefined();
    expect(matches('', 'x.c')).toBe(false);
    for (const pattern of ['a.c.', 'a+c']) expect(matches(pattern, 'a.c')).toBe(false);
  });
});

test('several patterns: any of them', () => {
  const excluded = globMatcher(['**/generated/**', 'third_party']);
  expect(excluded('a/generated/b.c')).toBe(true);
  expect(excluded('third_party/x.h')).toBe(true);
  expect(excluded('src/driver.c')).toBe(false);
  expect(globMatcher([])('x.c')).toBe(false);
});
