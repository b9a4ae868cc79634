// JSON, for scripts: an object with the format's version, the findings (1-based positions) and the
// notifications (what was not analysed, or not fully: files skipped, files read as Windows-1252,
// functions whose paths exceeded the budget). The shape is part of the CLI's contract (README: version
// 2; version 1 was the bare array of findings), so it is built field by field rather than by dumping
// the internal types.

import type { Finding, Problem, SkippedFunction } from '../../analysis/findings';
import { displayPath, region } from './location';

/** The version of the JSON format: raised whenever a field changes meaning or goes away. */
export const JSON_FORMAT_VERSION = 2;

/** What the run could not analyse, or not fully, besides its findings. */
export interface RunNotices {
  /** Files left out (too large, binary, unreadable, the parser gave up): `skipped: reason`. */
  readonly skippedFiles: readonly Problem[];
  /** Files analysed, but not as written (read as Windows-1252). */
  readonly notes: readonly Problem[];
  /** Functions whose paths exceeded the budget (skipped) or were followed in part (partial). */
  readonly functions: readonly SkippedFunction[];
}

export function formatJson(findings: readonly Finding[], notices: RunNotices, cwd: string): string {
  const notifications = [
    ...notices.skippedFiles.map((problem) => ({ kind: 'fileSkipped', level: 'warning', file: displayPath(problem.file, cwd), message: problem.message })),
    ...notices.notes.map((problem) => ({ kind: 'fileNote', level: 'note', file: displayPath(problem.file, cwd), message: problem.message })),
    ...notices.functions.map((skipped) => ({
      kind: skipped.reason === 'skipped' ? 'functionSkipped' : 'functionPartial',
      level: skipped.reason === 'skipped' ? 'warning' : 'note',
      file: displayPath(skipped.file, cwd),
      ...region(skipped),
      function: skipped.function,
      message: skipped.message,
    })),
  ];
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
  return `${JSON.stringify({ version: JSON_FORMAT_VERSION, findings: items, notifications }, null, 2)}\n`;
}
