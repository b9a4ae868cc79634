// Source bytes to text: UTF-8, UTF-16LE with its byte-order mark, and Windows-1252 for bytes that are
// not UTF-8 (one character per byte, so offsets after the odd byte stay those of the file).

import { describe, expect, test } from 'vitest';
import { decodeSource, decodeWindows1252 } from '../../server/src/parse/decode';

const bytes = (...values: number[]) => new Uint8Array(values);

describe('Windows-1252', () => {
  test('every byte is one character: ASCII as is, 0xA0-0xFF as Latin-1, 0x80-0x9F by the table', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    const text = decodeWindows1252(all);
    expect(text).toHaveLength(256);
    for (let i = 0; i < 0x80; i++) expect(text.charCodeAt(i)).toBe(i);
    for (let i = 0xa0; i < 0x100; i++) expect(text.charCodeAt(i)).toBe(i);
    expect(text.slice(0x80, 0xa0)).toBe('€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ');
  });

  test('the five bytes 1252 leaves undefined map to the C1 controls of the same number', () => {
    expect([...decodeWindows1252(bytes(0x81, 0x8d, 0x8f, 0x90, 0x9d))].map((c) => c.charCodeAt(0))).toEqual([0x81, 0x8d, 0x8f, 0x90, 0x9d]);
  });

  test('a large file decodes whole (no argument-count limit)', () => {
    const big = new Uint8Array(100_000).fill(0xe9);
    expect(decodeWindows1252(big)).toBe('é'.repeat(100_000));
  });
});

describe('decodeSource', () => {
  test('valid UTF-8 is read as UTF-8, without a note', () => {
    expect(decodeSource(new TextEncoder().encode('/* © */ int x;'))).toEqual({ text: '/* © */ int x;' });
  });

  test('a stray 0xA9 in a comment: the file is read as Windows-1252, the note names the line', () => {
    const source = bytes(...new TextEncoder().encode('int a;\n/* '), 0xa9, 0x96, ...new TextEncoder().encode(' Contoso */ int b;\n'));
    const decoded = decodeSource(source);
    expect(decoded).toEqual({ text: 'int a;\n/* ©– Contoso */ int b;\n', note: 'not valid UTF-8 (first invalid byte on line 2): read as Windows-1252' });
    // Offsets after the odd bytes are byte offsets: `int b` starts where it starts in the file.
    const text = (decoded as { text: string }).text;
    expect(text.indexOf('int b')).toBe(Buffer.from(source).indexOf('int b'));
  });

  test('a NUL byte makes it binary, whatever else is there', () => {
    expect(decodeSource(bytes(0xa9, 0x00, 0x41))).toEqual({ problem: 'binary file (contains NUL bytes)' });
  });

  test('UTF-16LE needs its byte-order mark, and must be valid', () => {
    expect(decodeSource(bytes(0xff, 0xfe, 0x41, 0x00))).toEqual({ text: 'A' });
    expect(decodeSource(bytes(0xff, 0xfe, 0x00, 0xd8))).toEqual({ problem: 'not valid UTF-16 although it starts with a UTF-16 byte-order mark' });
  });
});
