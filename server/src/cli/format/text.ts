// Compiler-style text, one finding per line so that editors and CI logs link to it:
//   src/socket.c:12:9: error WSK001: InputSize must be …
//     src/socket.c:8:5: note: the socket is bound here
// Findings that a comment suppresses are left out; a suppression comment that silences nothing is a
// note at its place (it does not change the exit status):
//   src/socket.c:11:35: note: Unused suppression: WSK007 reports nothing here.
// The summary goes to standard error (see main.ts), so standard output holds findings only.

import type { Finding, Location, UnusedSuppression } from '../../analysis/findings';
import { displayPath, region } from './location';

/**
 * `notes`: unused suppressions, and functions whose paths the analysis skipped (over its budget), each
 * printed as a `note:` at its place.
 */
export function formatText(findings: readonly Finding[], cwd: string, unused: readonly (UnusedSuppression | (Location & { message: string }))[] = []): string {
  const entries: { file: string; offset: number; lines: string[] }[] = [];
  for (const finding of findings) {
    const at = region(finding);
    const lines = [`${displayPath(finding.file, cwd)}:${at.line}:${at.column}: ${finding.severity} ${finding.rule}: ${oneLine(finding.message)}`];
    for (const related of finding.related) {
      const where = region(related);
      lines.push(`  ${displayPath(related.file, cwd)}:${where.line}:${where.column}: note: ${oneLine(related.message)}`);
    }
    entries.push({ file: finding.file, offset: finding.span.start, lines });
  }
  for (const item of unused) {
    const at = region(item);
    entries.push({ file: item.file, offset: item.span.start, lines: [`${displayPath(item.file, cwd)}:${at.line}:${at.column}: note: ${oneLine(item.message)}`] });
  }
  // Findings come sorted; notes join them in file and position order (stable: findings first on a tie).
  entries.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.offset - b.offset));
  return entries.flatMap((entry) => entry.lines).map((line) => `${line}\n`).join('');
}

/** A message on one line: the advice that follows the first line joins it after a space. */
export function oneLine(message: string): string {
  return message.replace(/\s*\n\s*/g, ' ');
}

/** `3 findings (2 errors, 1 warning) in 5 files`, or `no findings in 5 files`; then what was suppressed. */
/** `analysed` and `skipped` files; `functions` not fully analysed (their paths exceeded the budget). */
export function summaryLine(findings: readonly Finding[], run: { analysed: number; skipped: number; functions?: number }, suppressed = 0, unused = 0): string {
  const files = plural(run.analysed, 'file');
  const partial = run.functions ? `; ${plural(run.functions, 'function')} not fully analysed` : '';
  const skipped = (run.skipped > 0 ? `; ${plural(run.skipped, 'file')} skipped` : '') + partial;
  const silenced = (suppressed > 0 ? `; ${suppressed} suppressed` : '') + (unused > 0 ? `; ${plural(unused, 'unused suppression')}` : '');
  if (findings.length === 0) return `no findings in ${files}${skipped}${silenced}`;
  const bySeverity = new Map<string, number>();
  for (const finding of findings) bySeverity.set(finding.severity, (bySeverity.get(finding.severity) ?? 0) + 1);
  const counts = [...bySeverity].map(([severity, count]) => plural(count, severity)).join(', ');
  return `${plural(findings.length, 'finding')} (${counts}) in ${files}${skipped}${silenced}`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
