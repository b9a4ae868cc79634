// Where a member of a JSON text is: the offsets of a key and of its value, found by following a path of
// keys (and array indexes) through the text. `.wsk-lint.json` problems are reported at the key or value
// they are about (`.wsk-lint.json:3:14: unknown rule "WSK042"`). The text is assumed to be valid JSON
// (JSON.parse accepted it); anything else yields no position.

export interface MemberOffsets {
  /** The key's opening quote (undefined for the root and for array elements). */
  readonly key?: number;
  /** The value's first character. */
  readonly value: number;
}

/** The offsets of the member at `path` (`[]`: the root value), or undefined when there is none. */
export function memberOffsets(text: string, path: readonly (string | number)[]): MemberOffsets | undefined {
  let at: MemberOffsets = { value: skipBlanks(text, 0) };
  for (const step of path) {
    const found = typeof step === 'number' ? element(text, at.value, step) : member(text, at.value, step);
    if (!found) return undefined;
    at = found;
  }
  return at;
}

/** A 0-based offset as a 1-based line and column. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
}

function member(text: string, start: number, key: string): MemberOffsets | undefined {
  if (text[start] !== '{') return undefined;
  let i = skipBlanks(text, start + 1);
  let found: MemberOffsets | undefined;
  while (i < text.length && text[i] === '"') {
    const keyStart = i;
    const keyEnd = endOfString(text, i);
    const name = JSON.parse(text.slice(keyStart, keyEnd)) as string;
    i = skipBlanks(text, keyEnd);
    if (text[i] !== ':') return undefined;
    const valueStart = skipBlanks(text, i + 1);
    if (name === key) found = { key: keyStart, value: valueStart }; // the last one wins, as in JSON.parse
    i = skipBlanks(text, endOfValue(text, valueStart));
    if (text[i] !== ',') break;
    i = skipBlanks(text, i + 1);
  }
  return found;
}

function element(text: string, start: number, index: number): MemberOffsets | undefined {
  if (text[start] !== '[') return undefined;
  let i = skipBlanks(text, start + 1);
  for (let n = 0; i < text.length && text[i] !== ']'; n++) {
    if (n === index) return { value: i };
    i = skipBlanks(text, endOfValue(text, i));
    if (text[i] !== ',') break;
    i = skipBlanks(text, i + 1);
  }
  return undefined;
}

/** Just past the value that starts at `start`. */
function endOfValue(text: string, start: number): number {
  const first = text[start];
  if (first === '"') return endOfString(text, start);
  if (first !== '{' && first !== '[') {
    let i = start;
    while (i < text.length && !/[\s,\]}]/.test(text[i])) i++;
    return i;
  }
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (c === '"') i = endOfString(text, i) - 1;
    else if (c === '{' || c === '[') depth++;
    else if ((c === '}' || c === ']') && --depth === 0) return i + 1;
  }
  return text.length;
}

function endOfString(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"') return i + 1;
  }
  return text.length;
}

function skipBlanks(text: string, start: number): number {
  let i = start;
  while (i < text.length && /\s/.test(text[i])) i++;
  return i;
}
