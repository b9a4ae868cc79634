// Fixing many findings at once, as the editor's "fix all" (on save) and `wsk-lint --fix` do: of a file's
// findings, those whose rule's fixes are safe, each with its preferred fix, taken in order and left out
// when an edit would overlap one already taken (the next round, after a new analysis, gets it). Pure:
// text in, text out.

import type { ParsedFile } from '../parse/document';
import type { Finding, Span, TextEdit } from './findings';
import { parseErrorCount } from './syntax';

/** The edits of the safe fixes of one file's findings that can be made together, and the findings they fix. */
export function safeFixes(findings: readonly Finding[], safeRules: ReadonlySet<string>): { edits: TextEdit[]; fixed: Finding[] } {
  const edits: TextEdit[] = [];
  const fixed: Finding[] = [];
  for (const finding of findings) {
    if (!safeRules.has(finding.rule) || finding.suppressed) continue;
    const fix = finding.fixes.find((candidate) => candidate.preferred);
    if (!fix || fix.edits.some((edit) => edit.file !== finding.file)) continue;
    if (fix.edits.some((edit) => edits.some((taken) => overlap(edit.span, taken.span)))) continue;
    edits.push(...fix.edits);
    fixed.push(finding);
  }
  return { edits, fixed };
}

/** The text with the edits made (they do not overlap), the last first so that offsets stay true. */
export function applyEdits(text: string, edits: readonly { readonly span: Span; readonly newText: string }[]): string {
  const sorted = [...edits].sort((a, b) => b.span.start - a.span.start || b.span.end - a.span.end);
  let result = text;
  for (const edit of sorted) result = result.slice(0, edit.span.start) + edit.newText + result.slice(edit.span.end);
  return result;
}

/** ERROR and MISSING nodes of a parsed file: a fix that adds one is not made. */
export function parseErrors(parsed: ParsedFile): number {
  return parseErrorCount(parsed.tree.rootNode);
}

/**
 * Whether two edits could not both be made: their ranges share a character, two insertions are at one
 * place (their order would be a guess), or an insertion falls inside a replaced range.
 */
function overlap(a: Span, b: Span): boolean {
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  if (a.start === a.end) return b.start < a.start && a.start < b.end;
  if (b.start === b.end) return a.start < b.start && b.start < a.end;
  return a.start < b.end && b.start < a.end;
}
