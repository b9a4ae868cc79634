// What a rewrite is (a name and the sites where it applies safely), and what the rewrites share:
// the functions they may touch, fresh names, the directives a new file of the driver copies.

import type { Node } from '../../../server/src/parse/treeSitter';
import type { FunctionSite, Program } from '../program';
import type { RawSite } from '../sites';
import { descendants, inRanges, statementsOf } from '../syntax';

export interface RewriteKind {
  /** `extract-call`, `wrap-do-while`, …: also the kind of the site keys. */
  readonly name: string;
  /** Every place of the program where the rewrite applies safely (a place where it might not is skipped). */
  sites(program: Program): RawSite[];
}

/** The source files (not headers) a rewrite edits: no line breaks other than \n, no parse error at file scope. */
export function codeFiles(program: Program): string[] {
  return program.files.filter((file) => /\.c$/i.test(file.path) && !file.text.includes('\r')).map((file) => file.path);
}

/** The function definitions of a file that parse without error and map to the source outside macros. */
export function cleanFunctions(program: Program, path: string): FunctionSite[] {
  return program.functions(path).filter((fn) => !fn.node.hasError && fn.node.childForFieldName('body') !== null);
}

/** The blocks of a function, outermost first. */
export function blocksOf(fn: FunctionSite): Node[] {
  const body = fn.node.childForFieldName('body');
  return body ? descendants(body, ['compound_statement']) : [];
}

/**
 * The body of every clean function of a source file, with where it is: `open`, the source offset of
 * its `{` (undefined when the body does not map to the source as written).
 */
export function* functionBodies(program: Program): Generator<{ path: string; text: string; fn: FunctionSite; body: Node; open: number | undefined }> {
  for (const path of codeFiles(program)) {
    const text = program.text(path) ?? '';
    for (const fn of cleanFunctions(program, path)) {
      const body = fn.node.childForFieldName('body');
      if (!body) continue;
      const span = program.sourceSpan(path, body);
      yield { path, text, fn, body, open: span && text[span.start] === '{' ? span.start : undefined };
    }
  }
}

/** Every statement that stands in a block of a clean function of a source file, with where it is. */
export function* blockStatements(program: Program): Generator<{ path: string; text: string; fn: FunctionSite; statement: Node }> {
  for (const path of codeFiles(program)) {
    const text = program.text(path) ?? '';
    for (const fn of cleanFunctions(program, path)) {
      for (const block of blocksOf(fn)) for (const statement of statementsOf(block)) yield { path, text, fn, statement };
    }
  }
}

/** A name no file of the program uses (as any word, comments included), from `base`. */
export function freshName(program: Program, base: string): string {
  const used = usedWords(program);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}${n}`)) return `${base}${n}`;
}

const wordCache = new WeakMap<Program, Set<string>>();

function usedWords(program: Program): Set<string> {
  let words = wordCache.get(program);
  if (!words) {
    words = new Set(program.files.flatMap((file) => file.text.match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? []));
    wordCache.set(program, words);
  }
  return words;
}

/** The folder of a path, with its trailing separator. */
export function folderOf(path: string): string {
  return path.slice(0, Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}

/**
 * The directives of a file that hold for all of its code: `#include`, `#define` and `#undef` lines
 * outside any conditional group, in order, each with its offset and the names it defines.
 */
export function topLevelDirectives(program: Program, path: string): { text: string; offset: number; defines?: string }[] {
  const text = withoutComments(program.text(path) ?? '');
  const found: { text: string; offset: number; defines?: string }[] = [];
  let depth = 0;
  const directive = /^[ \t]*#[ \t]*(\w+)(?:[^\n\\]|\\[\s\S])*/gm;
  let match: RegExpExecArray | null;
  while ((match = directive.exec(text)) !== null) {
    const word = match[1];
    if (word === 'if' || word === 'ifdef' || word === 'ifndef') depth++;
    else if (word === 'endif') depth = Math.max(0, depth - 1);
    else if (depth === 0 && (word === 'include' || word === 'define' || word === 'undef')) {
      const defines = word === 'define' ? /#[ \t]*define[ \t]+(\w+)/.exec(match[0])?.[1] : undefined;
      found.push({ text: match[0].trimEnd(), offset: match.index, ...(defines ? { defines } : {}) });
    }
  }
  return found;
}

/** The text with its comments blanked (line breaks kept), strings left as they are. */
export function withoutComments(text: string): string {
  return text.replace(/("(?:[^"\\\n]|\\.)*")|('(?:[^'\\\n]|\\.)*')|\/\/[^\n]*|\/\*[\s\S]*?(?:\*\/|$(?![\s\S]))/g, (match, string, char) => (string ?? char) ?? match.replace(/[^\n]/g, ' '));
}

/** The first `#include "…"` of a file that names a header of the program in the same folder. */
export function driverHeader(program: Program, path: string): string | undefined {
  const folder = folderOf(path);
  for (const directive of topLevelDirectives(program, path)) {
    const name = /#[ \t]*include[ \t]*"([^"]+)"/.exec(directive.text)?.[1];
    if (!name) continue;
    const candidate = program.files.find((file) => file.path === `${folder}${name}`);
    if (candidate) return candidate.path;
  }
  return undefined;
}

/** A comment line naming what a generated file holds, then the text. */
export function generatedFile(what: string, body: string): string {
  return `/* metamorphic rewrite: ${what} */\n${body}`;
}

/**
 * Where a declaration for a function's use goes: the start of the line the function starts on (so that
 * annotations written before it on that line stay its own), or the function's start when that line
 * begins inside a comment or another directive.
 */
export function declarationPoint(program: Program, path: string, functionStart: number): number {
  const text = program.text(path) ?? '';
  const lineStart = text.lastIndexOf('\n', functionStart - 1) + 1;
  return inRanges(program.nonCode(path), lineStart) ? functionStart : lineStart;
}
