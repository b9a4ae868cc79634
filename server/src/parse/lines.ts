// Offsets (UTF-16 code units, as JavaScript strings, web-tree-sitter and LSP count) to 0-based lines
// and columns, and back.

export interface Position {
  /** 0-based line. */
  readonly line: number;
  /** 0-based column in UTF-16 code units. */
  readonly character: number;
}

export class LineIndex {
  private readonly starts: number[] = [0];

  /** Lines end at `\n`, `\r\n` or a lone `\r`, as LSP and editors count them. */
  constructor(readonly text: string) {
    if (!text.includes('\r')) {
      // Only `\n` ends lines: found natively (an edit indexes the whole file again).
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
      return;
    }
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      }
    }
  }

  get lineCount(): number {
    return this.starts.length;
  }

  position(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= clamped) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: clamped - this.starts[lo] };
  }

  offset(position: Position): number {
    if (position.line >= this.starts.length) return this.text.length;
    const start = this.starts[Math.max(0, position.line)];
    let end = this.text.length;
    if (position.line + 1 < this.starts.length) {
      // The line's own text ends before its line break (`\n`, `\r\n` or `\r`).
      end = this.starts[position.line + 1];
      if (this.text.charCodeAt(end - 1) === 10) end--;
      if (end > start && this.text.charCodeAt(end - 1) === 13) end--;
    }
    return Math.min(start + Math.max(0, position.character), end);
  }

  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))];
  }
}

/** Texts are compared a slice at a time (a native comparison), then a character at a time. */
const CHUNK = 1024;

/** How many leading UTF-16 code units two texts share. */
export function commonPrefix(a: string, b: string): number {
  const limit = Math.min(a.length, b.length);
  let at = 0;
  while (at + CHUNK <= limit && a.slice(at, at + CHUNK) === b.slice(at, at + CHUNK)) at += CHUNK;
  while (at < limit && a.charCodeAt(at) === b.charCodeAt(at)) at++;
  return at;
}

/** How many trailing code units two texts share, among the last `limit` of each. */
export function commonSuffix(a: string, b: string, limit = Math.min(a.length, b.length)): number {
  let count = 0;
  while (count + CHUNK <= limit && a.slice(a.length - count - CHUNK, a.length - count) === b.slice(b.length - count - CHUNK, b.length - count)) count += CHUNK;
  while (count < limit && a.charCodeAt(a.length - 1 - count) === b.charCodeAt(b.length - 1 - count)) count++;
  return count;
}
