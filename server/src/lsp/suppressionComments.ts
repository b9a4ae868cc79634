// Editing suppression comments (the syntax is read by analysis/suppressions.ts): adding a rule to a
// comment or a new comment for a finding, taking an unused rule ID or a whole unused comment out, and
// finding the rule ID under the cursor for hover. Edits are offsets into the file's text; the code
// actions turn them into LSP ranges.

import type { Span, UnusedSuppression } from '../analysis/findings';
import type { Suppression } from '../analysis/suppressions';
import type { ParsedFile } from '../parse/document';

export interface OffsetEdit {
  readonly start: number;
  readonly end: number;
  readonly newText: string;
}

/** The rule ID written in a suppression comment at `offset` (or just after it, as editors place the cursor). */
export function ruleIdAt(suppressions: readonly Suppression[], offset: number): { rule: string; span: Span } | undefined {
  for (const suppression of suppressions) {
    if (suppression.rules.length === 0) continue; // its only span is the directive
    const index = suppression.ruleSpans.findIndex((span) => span.start <= offset && offset <= span.end);
    if (index >= 0) return { rule: suppression.rules[index], span: suppression.ruleSpans[index] };
  }
  return undefined;
}

/**
 * Silences `rule` on 0-based `line`: `// wsk-lint-disable-next-line RULE -- ` above it, indented as the
 * line is, the reason left for the user to write. When the line above already holds such a comment,
 * the rule joins its list (a comment inserted below it would take its place as "the line above").
 */
export function suppressOnLine(parsed: ParsedFile, suppressions: readonly Suppression[], rule: string, line: number): OffsetEdit {
  const above = suppressions.find((s) => s.kind === 'nextLine' && s.line === line && s.rules.length > 0);
  if (above) return addRule(parsed.text, above, rule);
  const start = parsed.lines.lineStart(line);
  const indent = /^[ \t]*/.exec(parsed.text.slice(start, start + 256))?.[0] ?? '';
  return { start, end: start, newText: `${indent}// wsk-lint-disable-next-line ${rule} -- ${lineBreak(parsed.text, start)}` };
}

/**
 * Silences `rule` from the start of the file: `/* wsk-lint-disable RULE *\/` on a line of its own at
 * the top, or the rule added to a rest-of-file comment that already covers `line`.
 */
export function suppressInFile(parsed: ParsedFile, suppressions: readonly Suppression[], rule: string, line: number): OffsetEdit {
  const existing = suppressions.find((s) => s.kind === 'restOfFile' && s.rules.length > 0 && s.line <= line);
  if (existing) return addRule(parsed.text, existing, rule);
  return { start: 0, end: 0, newText: `/* wsk-lint-disable ${rule} */${lineBreak(parsed.text, 0)}` };
}

/**
 * Takes an unused suppression out: only its rule ID when the comment names other rules still in use
 * (or turned off, which may come back), else the whole comment (its line too, when it stands alone).
 * `unusedInFile`: every unused suppression of the file, to tell whether any rule of the comment is used.
 */
export function removeUnused(parsed: ParsedFile, suppressions: readonly Suppression[], unused: UnusedSuppression, unusedInFile: readonly UnusedSuppression[]): { title: string; edit: OffsetEdit } | undefined {
  const suppression = suppressions.find((s) => s.ruleSpans.some((span) => span.start === unused.span.start && span.end === unused.span.end));
  if (!suppression) return undefined;
  const unusedStarts = new Set(unusedInFile.map((item) => item.span.start));
  const index = suppression.ruleSpans.findIndex((span) => span.start === unused.span.start);
  if (suppression.rules.length > 1 && suppression.ruleSpans.some((span) => !unusedStarts.has(span.start))) {
    const spans = suppression.ruleSpans;
    // With the separator after it, or, for the last, the one before it: `A, B, C` loses `B, ` or `, C`.
    const edit = index < spans.length - 1 ? { start: spans[index].start, end: spans[index + 1].start, newText: '' } : { start: spans[index - 1].end, end: spans[index].end, newText: '' };
    return { title: `Remove ${suppression.rules[index]} from the suppression comment`, edit };
  }
  return { title: 'Remove the unused suppression comment', edit: removeComment(parsed, suppression) };
}

/** The whole comment holding the directive when it holds nothing else; else the directive's own text. */
function removeComment(parsed: ParsedFile, suppression: Suppression): OffsetEdit {
  const { text, lines } = parsed;
  const at = suppression.directive.start;
  const line = lines.position(at).line;
  const lineStart = lines.lineStart(line);
  const lineEnd = lines.offset({ line, character: Number.MAX_SAFE_INTEGER });
  const close = text.slice(at, lineEnd).indexOf('*/');
  // `//`, `///`, `/*`, `/**` right before the directive.
  const opener = /(\/\/+|\/\*+)[ \t]*$/.exec(text.slice(lineStart, at));
  let start: number;
  let end: number;
  if (opener && opener[1].startsWith('//') && close < 0) {
    [start, end] = [lineStart + opener.index, lineEnd];
  } else if (opener && opener[1].startsWith('/*') && close >= 0) {
    [start, end] = [lineStart + opener.index, at + close + 2];
  } else {
    // Inside a longer comment (other words before it, a block comment over several lines, a `//` inside
    // a block comment): only the directive goes.
    const directiveEnd = close >= 0 ? at + close : lineEnd;
    return { start: withBlanksBefore(text, lineStart, at), end: at + text.slice(at, directiveEnd).trimEnd().length, newText: '' };
  }
  if (/^[ \t]*$/.test(text.slice(lineStart, start)) && /^[ \t]*$/.test(text.slice(end, lineEnd))) {
    return { start: lineStart, end: line + 1 < lines.lineCount ? lines.lineStart(line + 1) : text.length, newText: '' };
  }
  return { start: withBlanksBefore(text, lineStart, start), end, newText: '' };
}

/** `at`, moved back over the blanks before it (not past `lineStart`). */
function withBlanksBefore(text: string, lineStart: number, at: number): number {
  let start = at;
  while (start > lineStart && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
  return start;
}

/** Adds a rule ID after the last one a comment lists, separated as the list is. */
function addRule(text: string, suppression: Suppression, rule: string): OffsetEdit {
  const spans = suppression.ruleSpans;
  const last = spans[spans.length - 1];
  const separator = text.slice(spans[0].start, last.end).includes(',') ? ', ' : ' ';
  return { start: last.end, end: last.end, newText: `${separator}${rule}` };
}

/** The line break the file uses (the first one from `from`), `\n` when it has none. */
function lineBreak(text: string, from: number): string {
  const breaks = /\r\n|\r|\n/g;
  breaks.lastIndex = from;
  return breaks.exec(text)?.[0] ?? /\r\n|\r|\n/.exec(text)?.[0] ?? '\n';
}
