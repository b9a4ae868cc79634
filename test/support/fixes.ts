// Quick-fixes as the fixture annotations write them (test/support/annotations.ts): a fix is shown as
// `= TEXT` when it is one edit inside the finding's range that leaves it on one line (what the range
// then reads), and otherwise as the lines it changes (`- ` removed, `+ ` added) between the nearest
// unchanged line on each side. The form is not a choice: the shorter one applies whenever it can.

import type { Finding, Fix } from '../../server/src/analysis/findings';
import { applyEdits } from '../../server/src/analysis/fixes';
import type { FixExpectation } from './annotations';
import { dedent, isAnnotation } from './annotations';

export { applyEdits };

/**
 * The lines that differ between two texts (annotation lines left out, trailing blanks ignored): `- `
 * removed, `+ ` added, each run of changes between the nearest non-blank unchanged line above and
 * below it (`  `), `...` where unchanged lines are left out; without the indentation the lines have
 * in common.
 */
export function fixView(before: string, after: string): string[] {
  const code = (text: string) => text.split('\n').filter((line) => !isAnnotation(line)).map((line) => line.trimEnd());
  const ops = diffLines(code(before), code(after));
  const shown = new Set<number>();
  /** Unchanged lines from a change to the nearest non-blank one (none when only blanks lie that way). */
  const context = (from: number, step: number) => {
    const lines: number[] = [];
    for (let j = from + step; j >= 0 && j < ops.length; j += step) {
      lines.push(j);
      if (ops[j].mark !== ' ' || ops[j].line.trim() !== '') return lines;
    }
    return [];
  };
  ops.forEach((op, i) => {
    if (op.mark === ' ') return;
    for (const j of [i, ...context(i, -1), ...context(i, 1)]) shown.add(j);
  });
  const lines: string[] = [];
  let previous = -1;
  for (const i of [...shown].sort((a, b) => a - b)) {
    if (previous >= 0 && i > previous + 1) lines.push('...');
    lines.push(`${ops[i].mark} ${ops[i].line}`);
    previous = i;
  }
  return dedent(lines);
}

interface DiffOp {
  readonly mark: ' ' | '-' | '+';
  readonly line: string;
}

/**
 * A shortest line diff (longest common subsequence). Where two are as short, additions come first,
 * so that a statement moved up reads as added above and removed below; within a run of changes the
 * removed lines are listed first.
 */
function diffLines(old: readonly string[], now: readonly string[]): DiffOp[] {
  let prefix = 0;
  while (prefix < old.length && prefix < now.length && old[prefix] === now[prefix]) prefix++;
  let suffix = 0;
  while (suffix < old.length - prefix && suffix < now.length - prefix && old[old.length - 1 - suffix] === now[now.length - 1 - suffix]) suffix++;
  const a = old.slice(prefix, old.length - suffix);
  const b = now.slice(prefix, now.length - suffix);
  // common[i][j]: the length of the longest common subsequence of a[i..] and b[j..].
  const common = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      common[i][j] = a[i] === b[j] ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
    }
  }
  const ops: DiffOp[] = old.slice(0, prefix).map((line) => ({ mark: ' ', line }));
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      ops.push({ mark: ' ', line: a[i] });
      i++;
      j++;
    } else if (j < b.length && (i === a.length || common[i][j + 1] >= common[i + 1][j])) {
      ops.push({ mark: '+', line: b[j++] });
    } else {
      ops.push({ mark: '-', line: a[i++] });
    }
  }
  ops.push(...old.slice(old.length - suffix).map((line) => ({ mark: ' ' as const, line })));
  // Within a run of changes, what goes before what comes: a changed line reads `-` old, `+` new.
  for (let start = 0; start < ops.length; start++) {
    let end = start;
    while (end < ops.length && ops[end].mark !== ' ') end++;
    if (end > start + 1) ops.splice(start, end - start, ...ops.slice(start, end).sort((a, b) => (a.mark === b.mark ? 0 : a.mark === '-' ? -1 : 1)));
    start = end;
  }
  return ops;
}

/** A fix as its annotation reads, line by line (without the leading `//` and indentation). */
export function renderFix(text: string, finding: Finding, fix: Fix): string[] {
  const head = `${fix.preferred ? 'preferred fix' : 'fix'}: ${fix.title}`;
  const replaced = rangeAfter(text, finding, fix);
  if (replaced !== undefined) return [head, `= ${replaced}`];
  return [head, ...fixView(text, applyEdits(text, fix.edits.filter((edit) => edit.file === finding.file)))];
}

/** Differences between a finding's fixes and their annotations (empty when they agree). */
export function compareFixes(text: string, finding: Finding, expected: readonly FixExpectation[]): string[] {
  const where = `${finding.rule} at line ${finding.start.line + 1}`;
  const problems: string[] = [];
  if (finding.fixes.some((fix) => fix.edits.some((edit) => edit.file !== finding.file))) problems.push(`${where}: a fix edits another file`);
  const actual = finding.fixes.map((fix) => renderFix(text, finding, fix));
  const wanted = expected.map((fix) => [`${fix.preferred ? 'preferred fix' : 'fix'}: ${fix.title}`, ...(fix.becomes === undefined ? fix.diff ?? [] : [`= ${fix.becomes}`])]);
  if (JSON.stringify(actual) !== JSON.stringify(wanted)) {
    problems.push(`${where}: the fixes are\n${formatFixes(actual)}\nnot as annotated:\n${formatFixes(wanted)}`);
  }
  return problems;
}

/** Fixes as annotation lines, for messages. */
export function formatFixes(fixes: readonly (readonly string[])[]): string {
  return fixes.length === 0 ? '//   no fix' : fixes.flat().map((line) => `//   ${line}`).join('\n');
}

/** What the finding's range reads after a fix made of one edit inside it, if it stays on one line. */
function rangeAfter(text: string, finding: Finding, fix: Fix): string | undefined {
  if (fix.edits.length !== 1) return undefined;
  const [edit] = fix.edits;
  if (edit.file !== finding.file || edit.span.start < finding.span.start || edit.span.end > finding.span.end) return undefined;
  const result = text.slice(finding.span.start, edit.span.start) + edit.newText + text.slice(edit.span.end, finding.span.end);
  return result.includes('\n') ? undefined : result;
}
