// Compiler-style text, one finding per line so that editors and CI logs link to it:
//   src/socket.c:12:9: error WSK001: InputSize must be …
//     src/socket.c:8:5: note: the socket is bound here
// The summary goes to standard error (see main.ts), so standard output holds findings only.

import type { Finding } from '../../analysis/findings';
import { displayPath, region } from './location';

export function formatText(findings: readonly Finding[], cwd: string): string {
  const lines: string[] = [];
  for (const finding of findings) {
    const at = region(finding);
    lines.push(`${displayPath(finding.file, cwd)}:${at.line}:${at.column}: ${finding.severity} ${finding.rule}: ${finding.message}`);
    for (const related of finding.related) {
      const where = region(related);
      lines.push(`  ${displayPath(related.file, cwd)}:${where.line}:${where.column}: note: ${related.message}`);
    }
  }
  return lines.map((line) => `${line}\n`).join('');
}

/** `3 findings (2 errors, 1 warning) in 5 files`, or `no findings in 5 files`. */
export function summaryLine(findings: readonly Finding[], filesAnalysed: number, filesSkipped: number): string {
  const files = plural(filesAnalysed, 'file');
  const skipped = filesSkipped > 0 ? `; ${plural(filesSkipped, 'file')} skipped` : '';
  if (findings.length === 0) return `no findings in ${files}${skipped}`;
  const bySeverity = new Map<string, number>();
  for (const finding of findings) bySeverity.set(finding.severity, (bySeverity.get(finding.severity) ?? 0) + 1);
  const counts = [...bySeverity].map(([severity, count]) => plural(count, severity)).join(', ');
  return `${plural(findings.length, 'finding')} (${counts}) in ${files}${skipped}`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
