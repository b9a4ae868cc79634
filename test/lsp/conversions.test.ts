// The server's small conversions, on plain data: findings to diagnostics and quick-fixes, settings,
// exclusion globs, URIs and file decoding. The spawned-server tests cover the same code end to end;
// these pin the cases that no current rule produces (related locations, edits in other files) and the
// edge cases.

import { describe, expect, test } from 'vitest';
import type { Finding } from '../../server/src/analysis/findings';
import { codeActions } from '../../server/src/lsp/codeActions';
import { docUriMaker, toDiagnostic, unusedSuppressionDiagnostic } from '../../server/src/lsp/diagnostics';
import { decodeSource, formatBytes, textOverLimit } from '../../server/src/lsp/files';
import { globMatcher } from '../../server/src/analysis/globs';
import { filesExcludePatterns, readSettings } from '../../server/src/lsp/settings';
import { pathOfUri, uriOfPath } from '../../server/src/lsp/uris';
import { RULE_IDS } from '../../server/src/rules/index';

const at = (file: string, line: number, from: number, to: number) => ({
  file, span: { start: 0, end: to - from }, start: { line, character: from }, end: { line, character: to },
});

const FINDING: Finding = {
  ...at('/ws/a.c', 4, 10, 26),
  rule: 'WSK007', name: 'set-after-bind', severity: 'warning',
  message: 'SO_WSK_SECURITY is set after the socket was bound.',
  related: [{ ...at('/ws/b.c', 1, 2, 9), message: 'bound here' }],
  fixes: [
    { title: 'Move the set before the bind', preferred: false, edits: [{ ...at('/ws/a.c', 4, 10, 26), newText: '' }, { ...at('/ws/b.c', 1, 0, 0), newText: 'set();\n' }] },
  ],
};

const uriOf = (path: string) => `file://${path}`;
const names = { uriOf };

describe('diagnostics', () => {
  test('a finding becomes a diagnostic with code, source, severity and related locations', () => {
    expect(toDiagnostic(FINDING, names)).toEqual({
      range: { start: { line: 4, character: 10 }, end: { line: 4, character: 26 } },
      severity: 2,
      code: 'WSK007',
      source: 'wsk-lint',
      message: 'SO_WSK_SECURITY is set after the socket was bound.',
      relatedInformation: [{ location: { uri: 'file:///ws/b.c', range: { start: { line: 1, character: 2 }, end: { line: 1, character: 9 } } }, message: 'bound here' }],
    });
    expect(toDiagnostic({ ...FINDING, severity: 'error', related: [] }, names)).not.toHaveProperty('relatedInformation');
    expect(toDiagnostic({ ...FINDING, severity: 'error' }, names).severity).toBe(1);
  });

  test('the code links to the rule documentation when the client gave a URI template with {rule}', () => {
    const docUriOf = docUriMaker('command:wskLint.showRuleDocumentation?%5B%22{rule}%22%5D');
    expect(toDiagnostic(FINDING, { uriOf, docUriOf }).codeDescription).toEqual({ href: 'command:wskLint.showRuleDocumentation?%5B%22WSK007%22%5D' });
    expect(docUriMaker('https://example.invalid/rules/{rule}.html#{rule}')?.('WSK001')).toBe('https://example.invalid/rules/WSK001.html#WSK001');
    for (const template of [undefined, 42, 'https://example.invalid/rules/']) expect(docUriMaker(template)).toBeUndefined();
    expect(toDiagnostic(FINDING, names)).not.toHaveProperty('codeDescription');
  });

  test('an unused suppression is an unnecessary hint', () => {
    const unused = { ...at('/ws/a.c', 3, 35, 41), rule: 'WSK007', message: 'Unused suppression: WSK007 reports nothing here.' };
    expect(unusedSuppressionDiagnostic(unused)).toEqual({
      range: { start: { line: 3, character: 35 }, end: { line: 3, character: 41 } },
      severity: 4,
      code: 'unused-suppression',
      source: 'wsk-lint',
      message: 'Unused suppression: WSK007 reports nothing here.',
      tags: [1],
    });
  });
});

describe('quick-fixes', () => {
  const cursor = (line: number, character: number) => ({ start: { line, character }, end: { line, character } });

  const quickFixes = (findings: Finding[], range: ReturnType<typeof cursor>, only: string[] | undefined) =>
    codeActions({ findings, unused: [], parsed: () => undefined, uri: uriOf('/ws/a.c'), range, only, names });

  test('the fixes of findings under the range, with edits grouped by file', () => {
    const [action] = quickFixes([FINDING], cursor(4, 26), undefined);
    expect(action).toMatchObject({ title: 'Move the set before the bind', kind: 'quickfix', isPreferred: false });
    expect(action.diagnostics?.[0].code).toBe('WSK007');
    expect(Object.keys(action.edit?.changes ?? {})).toEqual(['file:///ws/a.c', 'file:///ws/b.c']);
    expect(quickFixes([FINDING], cursor(4, 9), undefined)).toEqual([]);
    expect(quickFixes([FINDING], cursor(5, 12), undefined)).toEqual([]);
  });

  test('only the kinds the client asked for', () => {
    expect(quickFixes([FINDING], cursor(4, 12), ['quickfix'])).toHaveLength(1);
    expect(quickFixes([FINDING], cursor(4, 12), [''])).toHaveLength(1);
    expect(quickFixes([FINDING], cursor(4, 12), ['refactor', 'source.fixAll'])).toEqual([]);
    expect(quickFixes([FINDING], cursor(4, 12), ['quickfix.other'])).toEqual([]);
  });
});

describe('settings', () => {
  test('rules and enable, with every bad value reported', () => {
    expect(readSettings(undefined, RULE_IDS)).toEqual({ settings: { enable: true, maxFileSize: 5 * 1024 * 1024, config: { rules: {} } }, errors: [] });
    expect(readSettings({ enable: false, rules: { wsk001: 'warning' } }, RULE_IDS)).toEqual({ settings: { enable: false, maxFileSize: 5 * 1024 * 1024, config: { rules: { WSK001: 'warning' } } }, errors: [] });
    const bad = readSettings({ enable: 'no', rules: { WSK001: 'loud', WSK999: 'off' } }, RULE_IDS);
    expect(bad.settings).toEqual({ enable: true, maxFileSize: 5 * 1024 * 1024, config: { rules: {} } });
    expect(bad.errors).toHaveLength(3);
    expect(readSettings([1], RULE_IDS).errors).toEqual(['the "wskLint" settings must be an object']);
  });

  test('maxFileSize: a whole number of bytes, the default (5 MB) when unset or bad', () => {
    expect(readSettings({ maxFileSize: 1000 }, RULE_IDS)).toMatchObject({ settings: { maxFileSize: 1000 }, errors: [] });
    expect(readSettings({ maxFileSize: null }, RULE_IDS)).toMatchObject({ settings: { maxFileSize: 5 * 1024 * 1024 }, errors: [] });
    for (const bad of [0, -1, 1.5, '5m', Infinity]) {
      const read = readSettings({ maxFileSize: bad }, RULE_IDS);
      expect(read.settings.maxFileSize).toBe(5 * 1024 * 1024);
      expect(read.errors).toEqual(['"wskLint.maxFileSize" must be a whole number of bytes of at least 1, such as 5242880; 5242880 applies']);
    }
  });

  test('exclude and wrappers, in the shape of .wsk-lint.json; errors name the setting', () => {
    const read = readSettings({ exclude: ['gen/**'], wrappers: { MyBind: { binds: 0 } }, rules: null }, RULE_IDS);
    expect(read).toEqual({ settings: { enable: true, maxFileSize: 5 * 1024 * 1024, config: { rules: {}, exclude: ['gen/**'], wrappers: { MyBind: { binds: 0 } } } }, errors: [] });
    const bad = readSettings({ exclude: 'gen', wrappers: { MyBind: { binds: 'first' } } }, RULE_IDS);
    expect(bad.settings.config).toEqual({ rules: {}, wrappers: { MyBind: {} } });
    expect(bad.errors).toHaveLength(2);
    expect(bad.errors[0]).toMatch(/^"wskLint\.exclude": "exclude" must be an array/);
    expect(bad.errors[1]).toMatch(/^"wskLint\.wrappers": wrapper "MyBind": "binds" must be a parameter index/);
  });

  test("files.exclude: the patterns that are on; `when` clauses are left in", () => {
    expect(filesExcludePatterns({ '**/.git': true, '**/out': true, '**/*.js': { when: '$(basename).ts' }, 'tmp': false })).toEqual(['**/.git', '**/out']);
    expect(filesExcludePatterns(null)).toEqual([]);
    expect(filesExcludePatterns(['**/out'])).toEqual([]);
  });
});

describe('exclusion globs', () => {
  const matches = (patterns: string[], paths: string[]) => {
    const test = globMatcher(patterns);
    return paths.filter((path) => test(path));
  };

  test('*, ? and ** against folders; a matched folder takes everything under it', () => {
    const paths = ['a.c', 'gen/a.c', 'src/gen/b.h', 'src/main.c', 'src/sub/x1.c', 'generated.c', 'out/deep/er/z.c'];
    expect(matches(['**/gen/**'], paths)).toEqual(['gen/a.c', 'src/gen/b.h']);
    expect(matches(['**/gen'], paths)).toEqual(['gen/a.c', 'src/gen/b.h']);
    expect(matches(['gen'], paths)).toEqual(['gen/a.c']);
    expect(matches(['*.c'], paths)).toEqual(['a.c', 'generated.c']);
    expect(matches(['**/*.h'], paths)).toEqual(['src/gen/b.h']);
    expect(matches(['src/*/x?.c'], paths)).toEqual(['src/sub/x1.c']);
    expect(matches(['src/**/*.c'], paths)).toEqual(['src/main.c', 'src/sub/x1.c']);
    expect(matches(['out/**'], paths)).toEqual(['out/deep/er/z.c']);
    expect(matches(['**'], paths)).toEqual(paths);
  });

  test('braces, character classes, separators, case, and patterns that match nothing', () => {
    const paths = ['a.c', 'b.h', 'c.txt', 'Gen/x.c', 'src/a.c'];
    expect(matches(['**/*.{c,h}'], paths)).toEqual(['a.c', 'b.h', 'Gen/x.c', 'src/a.c']);
    expect(matches(['[ab].*'], paths)).toEqual(['a.c', 'b.h']);
    expect(matches(['[!ab].*'], paths)).toEqual(['c.txt']);
    expect(matches(['./gen\\'], paths)).toEqual(['Gen/x.c']);
    expect(matches(['/src/a.c'], paths)).toEqual(['src/a.c']);
    expect(matches(['', '   ', 'a.c.', 'a+c'], paths)).toEqual([]);
    expect(matches(['{src,lib}/(a).c'], ['src/(a).c', 'src/a.c'])).toEqual(['src/(a).c']);
  });
});

describe('URIs and files', () => {
  test('file URIs become paths; other schemes stay URIs', () => {
    expect(pathOfUri('file:///tmp/my%20driver/a.c')).toBe('/tmp/my driver/a.c');
    expect(uriOfPath('/tmp/my driver/a.c')).toBe('file:///tmp/my%20driver/a.c');
    expect(pathOfUri('untitled:Untitled-1')).toBe('untitled:Untitled-1');
    expect(uriOfPath('untitled:Untitled-1')).toBe('untitled:Untitled-1');
  });

  test('UTF-8 (with or without a byte-order mark) and UTF-16LE with one; bad UTF-8 read as Windows-1252; binary refused', () => {
    expect(decodeSource(new Uint8Array([0xef, 0xbb, 0xbf, 0x69, 0x6e, 0x74]))).toEqual({ text: 'int' });
    expect(decodeSource(new Uint8Array([0xff, 0xfe, 0x69, 0x00, 0x6e, 0x00]))).toEqual({ text: 'in' });
    expect(decodeSource(new Uint8Array([0x69, 0x00, 0x6e]))).toEqual({ problem: 'skipped: binary file (contains NUL bytes)' });
    expect(decodeSource(new Uint8Array([0x69, 0x0a, 0xc3, 0x28]))).toEqual({ text: 'i\n\u00c3(', note: 'not valid UTF-8 (first invalid byte on line 2): read as Windows-1252' });
  });

  test('the size limit counts UTF-8 bytes, as on disk', () => {
    expect(textOverLimit('x'.repeat(10), 10)).toBeUndefined();
    expect(textOverLimit('x'.repeat(11), 10)).toBe('skipped: larger than the limit of 10 bytes (wskLint.maxFileSize)');
    // Four UTF-16 units, eight bytes.
    expect(textOverLimit('éééé', 8)).toBeUndefined();
    expect(textOverLimit('éééé', 7)).toBeDefined();
    expect(formatBytes(5 * 1024 * 1024)).toBe('5 MB');
    expect(formatBytes(512 * 1024)).toBe('512 KB');
    expect(formatBytes(800_000)).toBe('800000 bytes');
  });
});
