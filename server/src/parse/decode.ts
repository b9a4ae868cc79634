// Source bytes to text, as editors show them: UTF-8 (its byte-order mark dropped), UTF-16LE with a
// byte-order mark (Visual Studio can save that), or, for bytes that are not UTF-8, Windows-1252: driver
// trees carry it in comments (`©`, accented names) from editors of another era. Each byte then becomes
// one character, so lines and columns stay exact; the caller tells the user once. Only binary data (NUL
// bytes) is refused. No I/O: the CLI and the language server read the files their own way and decode
// them here alike.

export type Decoded =
  | {
      readonly text: string;
      /** Set when the text is not what the bytes say in UTF-8: how it was read instead, in one sentence. */
      readonly note?: string;
    }
  | { readonly problem: string };

/**
 * Windows-1252's characters for the bytes 0x80-0x9F. The five bytes it leaves undefined (0x81, 0x8D,
 * 0x8F, 0x90, 0x9D) map as in Latin-1, to the C1 control of the same number, as WHATWG's decoder does.
 */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];

export function decodeSource(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    try {
      return { text: new TextDecoder('utf-16le', { fatal: true }).decode(bytes) };
    } catch {
      return { problem: 'not valid UTF-16 although it starts with a UTF-16 byte-order mark' };
    }
  }
  if (bytes.includes(0)) return { problem: 'binary file (contains NUL bytes)' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { text: decodeWindows1252(bytes), note: `not valid UTF-8 (first invalid byte on line ${firstInvalidLine(bytes)}): read as Windows-1252` };
  }
}

/** One character per byte: ASCII as is, 0x80-0x9F through the table, 0xA0-0xFF as Latin-1. */
export function decodeWindows1252(bytes: Uint8Array): string {
  const units = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i];
    units[i] = byte >= 0x80 && byte < 0xa0 ? CP1252_HIGH[byte - 0x80] : byte;
  }
  const parts: string[] = [];
  // String.fromCharCode takes its arguments on the stack: a few thousand at a time.
  for (let i = 0; i < units.length; i += 8192) parts.push(String.fromCharCode(...units.subarray(i, i + 8192)));
  return parts.join('');
}

/** The 1-based line of the first byte sequence that is not UTF-8, so the user can find it. */
function firstInvalidLine(bytes: Uint8Array): number {
  const lossy = new TextDecoder('utf-8').decode(bytes);
  const replacement = lossy.indexOf('\uFFFD');
  let line = 1;
  for (let i = 0; i < replacement; i++) if (lossy.charCodeAt(i) === 10) line++;
  return line;
}
