// Source bytes to text, as editors show them: UTF-8 (its byte-order mark dropped), or UTF-16LE with a
// byte-order mark (Visual Studio can save that); binary data and other encodings are refused. No I/O:
// the CLI and the language server read the files their own way and decode them here alike.

/** UTF-8 (a byte-order mark is dropped), or UTF-16LE with its byte-order mark; anything else is refused. */
export function decodeSource(bytes: Uint8Array): { text: string } | { problem: string } {
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
    return { problem: `not valid UTF-8 (first invalid byte on line ${firstInvalidLine(bytes)}); save it as UTF-8 to have it checked` };
  }
}

/** The 1-based line of the first byte sequence that is not UTF-8, so the user can find it. */
function firstInvalidLine(bytes: Uint8Array): number {
  const lossy = new TextDecoder('utf-8').decode(bytes);
  const replacement = lossy.indexOf('\uFFFD');
  let line = 1;
  for (let i = 0; i < replacement; i++) if (lossy.charCodeAt(i) === 10) line++;
  return line;
}
