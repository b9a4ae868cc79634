// JSON: an array of findings with 1-based positions, for scripts. The shape is part of the CLI's
// contract (README), so it is built field by field rather than by dumping the internal Finding.

import type { Finding } from '../../analysis/findings';
import { displayPath, region } from './location';

export function formatJson(findings: readonly Finding[], cwd: string): string {
  const items = findings.map((finding) => {
    const at = region(finding);
    return {
      file: displayPath(finding.file, cwd),
      line: at.line,
      column: at.column,
      endLine: at.endLine,
      endColumn: at.endColumn,
      rule: finding.rule,
      name: finding.name,
      severity: finding.severity,
      message: finding.message,
      related: finding.related.map((related) => {
        const where = region(related);
        return { file: displayPath(related.file, cwd), line: where.line, column: where.column, message: related.message };
      }),
      fixes: finding.fixes.map((fix) => ({
        title: fix.title,
        edits: fix.edits.map((edit) => ({ file: displayPath(edit.file, cwd), ...region(edit), newText: edit.newText })),
      })),
    };
  });
  return `${JSON.stringify(items, null, 2)}\n`;
}
