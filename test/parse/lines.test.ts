// Offsets and line/column positions (UTF-16 code units), with every line break LSP knows.

import { expect, test } from 'vitest';
import { LineIndex } from '../../server/src/parse/lines';

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
