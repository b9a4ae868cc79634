// Offsets and line/column positions (UTF-16 code units), with every line break LSP knows.

import { expect, test } from 'vitest';
import { LineIndex, commonPrefix, commonSuffix } from '../../server/src/parse/lines';

test('\\n, \\r\\n and a lone \\r all end a line', () => {
  const text = 'a\nbb\r\nccc\rdddd';
  const lines = new LineIndex(text);
  expect(lines.lineCount).toBe(4);
  expect(lines.position(text.indexOf('bb'))).toEqual({ line: 1, character: 0 });
  expect(lines.position(text.indexOf('ccc') + 1)).toEqual({ line: 2, character: 1 });
  expect(lines.position(text.indexOf('dddd') + 3)).toEqual({ line: 3, character: 3 });
  expect(lines.offset({ line: 2, character: 99 })).toBe(text.indexOf('\rdddd'));
  expect(lines.offset({ line: 1, character: 99 })).toBe(text.indexOf('\r\nccc'));
  expect(lines.offset({ line: 9, character: 0 })).toBe(text.length);
});

test('columns count UTF-16 code units', () => {
  const text = '/* é😀 */ x';
  expect(new LineIndex(text).position(text.indexOf('x'))).toEqual({ line: 0, character: 10 });
});

test('commonPrefix and commonSuffix agree with a comparison a character at a time, across the slices they compare', () => {
  const naivePrefix = (a: string, b: string) => {
    let i = 0;
    while (i < Math.min(a.length, b.length) && a[i] === b[i]) i++;
    return i;
  };
  const naiveSuffix = (a: string, b: string, limit: number) => {
    let i = 0;
    while (i < limit && a[a.length - 1 - i] === b[b.length - 1 - i]) i++;
    return i;
  };
  const base = Array.from({ length: 5000 }, (_, i) => String.fromCharCode(97 + ((i * 7) % 26))).join('');
  let checked = 0;
  for (const at of [0, 1, 1023, 1024, 1025, 2048, 2500, 4095, 4999, 5000]) {
    for (const [removed, inserted] of [[0, 'x'], [1, ''], [3, 'Ωy'], [0, '']] as const) {
      const edited = base.slice(0, at) + inserted + base.slice(at + removed);
      for (const [a, b] of [[base, edited], [edited, base]]) {
        const prefix = commonPrefix(a, b);
        expect(prefix).toBe(naivePrefix(a, b));
        const limit = Math.min(a.length, b.length) - prefix;
        expect(commonSuffix(a, b, limit)).toBe(naiveSuffix(a, b, limit));
        expect(commonSuffix(a, b)).toBe(naiveSuffix(a, b, Math.min(a.length, b.length)));
        checked++;
      }
    }
  }
  expect(checked).toBe(80);
});

test('a text of \\n line breaks only is indexed as the same text with \\r\\n ones', () => {
  const text = 'a\n\nbb\nccc\n';
  const crlf = text.replace(/\n/g, '\r\n');
  const lines = new LineIndex(text);
  const other = new LineIndex(crlf);
  expect(lines.lineCount).toBe(5);
  expect(other.lineCount).toBe(5);
  for (let line = 0; line < 5; line++) {
    expect(lines.position(lines.lineStart(line))).toEqual({ line, character: 0 });
    expect(lines.offset({ line, character: 9 }) - lines.lineStart(line)).toBe(other.offset({ line, character: 9 }) - other.lineStart(line));
  }
});
