// Annotations that only the workspace's own macros reveal, blanked in a file's masked text before its
// macros are expanded (same width: every offset stays true). preprocess.ts blanks the WDK's annotation
// macros by name; a driver defines its own on top of them, in its headers:
//
//   #define KPHAPI NTAPI                      (a calling convention under the driver's name)
//   #define EXPORTAPI __declspec(dllexport)   (an export decoration)
//   #define FNAPI inline                      (a function specifier)
//   #define TRACE_ENTRY()                     (compiled out)
//
// A use of a macro whose definition at that point expands to nothing but such words (the WDK's
// annotations, declaration keywords, other macros of the kind) is blanked: that is what the compiler
// sees, less words the analysis does not read. A macro that expands to a type or to code is never
// touched here.
//
// Where the definition is out of reach (a header of another project, an SDK header), the shape of a
// declaration still tells: its specifiers name one type at most, so in
//
//   QUIC_INLINE void Name(…) {…}          an identifier beside a keyword type is not a type;
//   EXPORTAPI RET_TYPE Name(…) {…}        of two names, the one known as a type (a WDK typedef, a macro
//   PVOID KSIAPI Name(…) {…}              of the workspace) or, failing that, the one not in capitals,
//                                         or the one not named like an annotation, is the type;
//
// the other (unknown, in capitals) is blanked. Only heads of function declarations and definitions
// are read: after `;`, `{` or `}`, the specifiers, then `Name(…)` followed by `{` or `;`.

import type { MacroEnv } from '../macros';
import type { Define } from '../preprocess';
import { blankRanges, isNonCode, maskAnnotations, matchingParen } from '../preprocess';

/**
 * Words a declaration may carry that say nothing about its type or its value: storage classes,
 * function specifiers, qualifiers and MSVC's calling conventions.
 */
const DECLARATION_WORDS = new Set([
  'static', 'extern', 'inline', '__inline', '__inline__', '__forceinline', 'register', 'const', 'volatile',
  'restrict', '__restrict', '_Noreturn', 'noreturn', 'thread_local', '__thread',
  '__cdecl', '__stdcall', '__fastcall', '__thiscall', '__vectorcall', '__clrcall',
]);

/** The masked text with the uses of the workspace's annotation macros blanked. */
export function blankAnnotationMacros(masked: string, nonCode: Int32Array, env: MacroEnv): string {
  const judge = new AnnotationMacros(env);
  const names = [...env.names()].filter((name) => env.definitions(name).some((define) => judge.isAnnotation(define)));
  if (names.length === 0) return masked;
  const blanks: number[] = [];
  const uses = new RegExp(`\\b(?:${names.join('|')})\\b`, 'g');
  let m: RegExpExecArray | null;
  while ((m = uses.exec(masked)) !== null) {
    if (isNonCode(nonCode, m.index)) continue;
    const define = env.lookup(m[0], m.index);
    if (!judge.isAnnotation(define)) continue;
    let end = m.index + m[0].length;
    if (define?.params) {
      // A function-like macro is used only with its arguments; its name alone is some other thing.
      let open = end;
      while (open < masked.length && /\s/.test(masked[open])) open++;
      if (masked[open] !== '(') continue;
      end = matchingParen(masked, open);
      uses.lastIndex = end;
    }
    blanks.push(m.index, end);
  }
  return blankRanges(masked, blanks);
}

/**
 * The words of a definition's body once the WDK's annotations are masked, or undefined when something
 * else than names is left (an operator, a literal, a brace): then it is code. Kept per definition: a
 * header's definitions are judged for every file including it.
 */
const bodyWords = new WeakMap<Define, readonly string[] | null>();

function wordsOf(define: Define): readonly string[] | undefined {
  let words = bodyWords.get(define);
  if (words === undefined) {
    words = maskAnnotations(define.body).match(/\S+/g) ?? [];
    if (words.some((word) => !/^[A-Za-z_]\w*$/.test(word))) words = null;
    bodyWords.set(define, words);
  }
  return words ?? undefined;
}

/** Which definitions expand to annotation words only (memoised; a macro naming itself is not one). */
class AnnotationMacros {
  private readonly known = new Map<Define, boolean>();

  constructor(private readonly env: MacroEnv) {}

  isAnnotation(define: Define | undefined, seen = new Set<Define>()): boolean {
    if (!define) return false;
    const memo = this.known.get(define);
    if (memo !== undefined) return memo;
    if (seen.has(define)) return false;
    seen.add(define);
    const words = wordsOf(define);
    const result = words !== undefined && words.every((word) => DECLARATION_WORDS.has(word) || this.isAnnotation(this.env.latest(word), seen));
    this.known.set(define, result);
    return result;
  }
}

// ---------------------------------------------------------------------------------------------------
// Heads of function declarations and definitions

/** Keywords that make a type by themselves (tree-sitter's primitive types and sized specifiers). */
const TYPE_KEYWORDS = new Set([
  'void', 'char', 'short', 'int', 'long', 'float', 'double', 'signed', 'unsigned', '_Bool', 'bool',
  'size_t', 'ssize_t', 'intptr_t', 'uintptr_t', 'ptrdiff_t', 'int8_t', 'int16_t', 'int32_t', 'int64_t',
  'uint8_t', 'uint16_t', 'uint32_t', 'uint64_t', 'char16_t', 'char32_t', 'wchar_t',
]);

const TAG_KEYWORDS = new Set(['struct', 'union', 'enum']);

/** C keywords that can never be part of a declaration's specifiers: `return f(x);` is no head. */
const STATEMENT_KEYWORDS = new Set([
  'return', 'goto', 'case', 'default', 'if', 'else', 'while', 'for', 'do', 'switch', 'break', 'continue',
  'sizeof', 'typedef', '__try', '__except', '__finally', '__leave', 'defined',
]);

/** Last words of the names drivers give their annotation macros (`QUIC_API`, `FNMPAPI`, `QUIC_INLINE`, `PAGED`). */
const ANNOTATION_WORD = /(?:API|INLINE|EXPORT|IMPORT|CDECL|STDCALL|FASTCALL|PAGED|NOINLINE)$/;

const CAPITALS = /^[A-Z_][A-Z0-9_]*[A-Z][A-Z0-9_]*$|^[A-Z][A-Z0-9_]*$/;

/**
 * The masked text with the unknown annotation names of function heads blanked (see the top of the
 * file). `isTypeName` says which names are types the workspace does not define (the WDK's).
 */
export function blankHeadAnnotations(masked: string, nonCode: Int32Array, env: MacroEnv, isTypeName: (name: string) => boolean): string {
  const blanks: number[] = [];
  const callLike = /\b([A-Za-z_]\w*)\s*\(/g;
  let m: RegExpExecArray | null;
  while ((m = callLike.exec(masked)) !== null) {
    if (STATEMENT_KEYWORDS.has(m[1]) || isNonCode(nonCode, m.index)) continue;
    const head = readHead(masked, nonCode, m.index);
    if (!head || head.names.length === 0) continue;
    const open = m.index + m[0].length - 1;
    const after = skipBlanks(masked, nonCode, matchingParen(masked, open));
    if (masked[after] !== '{' && masked[after] !== ';') continue;
    const unknown = (name: { text: string; at: number }) => CAPITALS.test(name.text) && !isTypeName(name.text) && env.lookup(name.text, name.at) === undefined;
    const type = head.hasTypeKeyword ? undefined : typeAmong(head.names, env, isTypeName);
    if (!head.hasTypeKeyword && type === undefined) continue;
    for (const name of head.names) if (name !== type && unknown(name)) blanks.push(name.at, name.at + name.text.length);
  }
  return blankRanges(masked, blanks);
}

interface Head {
  /** The identifiers before the declarator's name that are not keywords, with their offsets. */
  readonly names: { readonly text: string; readonly at: number }[];
  /** A keyword type (`void`, `unsigned long`, `struct Tag`) is there: none of the names is the type. */
  readonly hasTypeKeyword: boolean;
}

/**
 * The specifiers before the name at `nameAt`, read backwards to the start of the statement (`;`, `{`,
 * `}` or the start of the text); undefined when something else than specifiers, names and `*` stands
 * there (an operator, a parenthesis, a statement keyword): then it is not a declaration's head.
 */
function readHead(text: string, nonCode: Int32Array, nameAt: number): Head | undefined {
  const names: { text: string; at: number }[] = [];
  let hasTypeKeyword = false;
  let at = nameAt;
  for (let count = 0; count < 16; count++) {
    at = skipBlanksBack(text, nonCode, at);
    if (at === 0) return { names, hasTypeKeyword };
    const c = text[at - 1];
    if (c === ';' || c === '{' || c === '}') return { names, hasTypeKeyword };
    if (c === '*') {
      at--;
      continue;
    }
    if (!isWordCode(text.charCodeAt(at - 1))) return undefined;
    let start = at - 1;
    while (start > 0 && isWordCode(text.charCodeAt(start - 1))) start--;
    const word = text.slice(start, at);
    if (!/^[A-Za-z_]/.test(word) || STATEMENT_KEYWORDS.has(word)) return undefined;
    if (TYPE_KEYWORDS.has(word) || TAG_KEYWORDS.has(word)) {
      hasTypeKeyword = true;
    } else if (!DECLARATION_WORDS.has(word)) {
      // The tag of `struct Tag` is the type's name, not a specifier of its own.
      if (TAG_KEYWORDS.has(previousWord(text, nonCode, start) ?? '')) hasTypeKeyword = true;
      else names.unshift({ text: word, at: start });
    }
    at = start;
  }
  return undefined;
}

/**
 * Which of a head's names is the type: the one known as a type (a WDK typedef, a macro of the
 * workspace), else the only one not in capitals, else the only one not named like an annotation.
 */
function typeAmong(names: Head['names'], env: MacroEnv, isTypeName: (name: string) => boolean): Head['names'][number] | undefined {
  if (names.length < 2) return undefined;
  for (const test of [
    (name: Head['names'][number]) => isTypeName(name.text) || env.lookup(name.text, name.at) !== undefined,
    (name: Head['names'][number]) => !CAPITALS.test(name.text),
    (name: Head['names'][number]) => !ANNOTATION_WORD.test(name.text.split('_').pop() ?? ''),
  ]) {
    const found = names.filter(test);
    if (found.length === 1) return found[0];
    if (found.length > 1) return undefined;
  }
  return undefined;
}

function previousWord(text: string, nonCode: Int32Array, before: number): string | undefined {
  const end = skipBlanksBack(text, nonCode, before);
  let start = end;
  while (start > 0 && isWordCode(text.charCodeAt(start - 1))) start--;
  return start < end ? text.slice(start, end) : undefined;
}

/** The offset just after the last character before `at` that is neither blank nor in a comment or directive. */
function skipBlanksBack(text: string, nonCode: Int32Array, at: number): number {
  while (at > 0) {
    if (isBlankAt(text, at - 1)) at--;
    else if (isNonCode(nonCode, at - 1)) at = rangeStart(nonCode, at - 1);
    else break;
  }
  return at;
}

function skipBlanks(text: string, nonCode: Int32Array, at: number): number {
  while (at < text.length) {
    if (isBlankAt(text, at)) at++;
    else if (isNonCode(nonCode, at)) at = rangeEnd(nonCode, at);
    else break;
  }
  return at;
}

/** The start of the non-code range holding `offset` (which must hold it). */
function rangeStart(nonCode: Int32Array, offset: number): number {
  return nonCode[rangeIndex(nonCode, offset) * 2];
}

function rangeEnd(nonCode: Int32Array, offset: number): number {
  return nonCode[rangeIndex(nonCode, offset) * 2 + 1];
}

function rangeIndex(nonCode: Int32Array, offset: number): number {
  let lo = 0;
  let hi = nonCode.length / 2 - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (nonCode[mid * 2] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** `/\w/` of one character, by its code (read for every character before a call: a regular expression each cost more). */
function isWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;
}

/** `/\s/` of the character at `at`: ASCII by its code, others by the expression. */
function isBlankAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return /\s/.test(text[at]);
}
