// Suppression comments, read from the source text:
//   // wsk-lint-disable-next-line WSK007 -- why this is fine     (the next line)
//   /* wsk-lint-disable WSK008 */                                (the rest of the file)
// Several IDs may be listed (`WSK007, WSK008`), in any case; none means every rule. Text after `--`
// is the reason, kept as the justification of a suppressed SARIF result. A suppression that silences
// nothing is reported back, so stale ones do not pile up.

import type { ParsedFile } from '../parse/document';
import type { Finding, Span } from './findings';

export interface Suppression {
  readonly kind: 'nextLine' | 'restOfFile';
  /** Rule IDs it silences; empty for every rule. */
  readonly rules: readonly string[];
  /** The spans of the IDs as written (where an unused one is reported), or of the directive when none. */
  readonly ruleSpans: readonly Span[];
  readonly directive: Span;
  /** The 0-based line the suppression applies to (nextLine), or from which it applies (restOfFile). */
  readonly line: number;
  readonly justification?: string;
}

const DIRECTIVE = /wsk-lint-disable(-next-line)?\b([^\n]*?)(?:\*\/|$)/gm;

/** The suppression comments of a file (only inside comments, not in string literals). */
export function readSuppressions(parsed: ParsedFile): Suppression[] {
  const { text, lines } = parsed;
  const isComment = (offset: number) => inComment(text, parsed.pre.nonCode, offset);
  const result: Suppression[] = [];
  DIRECTIVE.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = DIRECTIVE.exec(text)) !== null) {
    if (!isComment(match.index)) {
      DIRECTIVE.lastIndex = match.index + 1; // the same words in a string: a comment may follow on the line
      continue;
    }
    const nextLine = match[1] !== undefined;
    const [list, reason] = splitReason(match[2]);
    const listStart = match.index + 'wsk-lint-disable'.length + (match[1]?.length ?? 0);
    const rules: string[] = [];
    const ruleSpans: Span[] = [];
    for (const id of list.matchAll(/WSK\d{3}/gi)) {
      rules.push(id[0].toUpperCase());
      const start = listStart + (id.index ?? 0);
      ruleSpans.push({ start, end: start + id[0].length });
    }
    const directive = { start: match.index, end: listStart };
    const line = lines.position(match.index).line + (nextLine ? 1 : 0);
    result.push({
      kind: nextLine ? 'nextLine' : 'restOfFile',
      rules,
      ruleSpans: ruleSpans.length > 0 ? ruleSpans : [directive],
      directive,
      line,
      ...(reason ? { justification: reason } : {}),
    });
  }
  return result;
}

/**
 * Whether an offset lies in a comment. Its non-code range (comments, literals, directive lines, dead
 * groups: see preprocess.ts) starts where a token does, so scanning from there tells comments from
 * string and character literals.
 */
function inComment(text: string, nonCode: Int32Array, offset: number): boolean {
  let lo = 0;
  let hi = nonCode.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (offset < nonCode[mid * 2]) hi = mid - 1;
    else if (offset >= nonCode[mid * 2 + 1]) lo = mid + 1;
    else return scanToComment(text, nonCode[mid * 2], offset);
  }
  return false;
}

function scanToComment(text: string, from: number, offset: number): boolean {
  let at = from;
  while (at < offset) {
    const two = text.slice(at, at + 2);
    if (two === '//' || two === '/*') {
      const close = two === '//' ? text.indexOf('\n', at) : text.indexOf('*/', at + 2);
      const end = close < 0 ? text.length : close + (two === '//' ? 0 : 2);
      if (offset < end) return true;
      at = end;
    } else if (text[at] === '"' || text[at] === "'") {
      let end = at + 1;
      while (end < text.length && text[end] !== text[at] && text[end] !== '\n') end += text[end] === '\\' ? 2 : 1;
      if (offset <= end) return false;
      at = end + 1;
    } else {
      at++;
    }
  }
  return false;
}

function splitReason(rest: string): [string, string | undefined] {
  const at = rest.indexOf('--');
  if (at < 0) return [rest, undefined];
  const reason = rest.slice(at + 2).trim(); // DIRECTIVE stops before a block comment's end
  return [rest.slice(0, at), reason.length > 0 ? reason : undefined];
}

/** Whether a suppression silences a finding. */
export function silences(suppression: Suppression, finding: Finding): boolean {
  if (suppression.rules.length > 0 && !suppression.rules.includes(finding.rule)) return false;
  return suppression.kind === 'nextLine' ? finding.start.line === suppression.line : finding.start.line >= suppression.line;
}

/** Marks the findings the file's suppressions silence, and returns the suppressions (per rule ID) that silenced nothing. */
export function applySuppressions(findings: readonly Finding[], suppressions: readonly Suppression[]): { findings: Finding[]; unused: { suppression: Suppression; rule: string | undefined; span: Span }[] } {
  const used = new Set<string>();
  const marked = findings.map((finding) => {
    const by = suppressions.find((s) => silences(s, finding));
    if (!by) return finding;
    used.add(`${suppressions.indexOf(by)}:${by.rules.length > 0 ? finding.rule : '*'}`);
    return { ...finding, suppressed: by.justification ? { justification: by.justification } : {} };
  });
  const unused: { suppression: Suppression; rule: string | undefined; span: Span }[] = [];
  suppressions.forEach((suppression, index) => {
    if (suppression.rules.length === 0) {
      if (!used.has(`${index}:*`)) unused.push({ suppression, rule: undefined, span: suppression.directive });
      return;
    }
    suppression.rules.forEach((rule, i) => {
      if (!used.has(`${index}:${rule}`)) unused.push({ suppression, rule, span: suppression.ruleSpans[i] });
    });
  });
  return { findings: marked, unused };
}
