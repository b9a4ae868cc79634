// Annotated C fixtures: expectations live in comments under the line they speak of.
//
//     status = d->WskControlSocket(s, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET,
//                                  sizeof(SECURITY_DESCRIPTOR), &sd, 0, NULL, NULL, irp);
// //                               ^^^^^^^^^^^^^^^^^^^^^^^^^^^ WSK001 InputSize must be
// //                               preferred fix: Replace sizeof(SECURITY_DESCRIPTOR) with sizeof(PSECURITY_DESCRIPTOR)
// //                               = sizeof(PSECURITY_DESCRIPTOR)
//
// The carets mark the columns of the finding's range on the nearest line above that is not an
// annotation (to the end of that line when the range goes on); the rule ID follows, then optionally
// a piece of the expected message. Where carets cannot reach (a closing brace in column 1),
// `// @col 1-2 WSK008 message` gives the 1-based columns [start, end).
//
// Under a finding of a rule that has quick-fixes, its fixes, each exactly (test/support/fixes.ts):
// - `fix: TITLE` (or `preferred fix: TITLE`, the one editors apply with a single keystroke), then
//   either `= TEXT`, what the finding's range reads after the fix (one edit, inside that range), or
//   the lines the fix changes as a diff: `+ line` added, `- line` removed, each run of changes with
//   the nearest unchanged line on each side as context (`  line`), and `...` for unchanged lines left
//   out. The marks sit in the column of `fix:`; what follows them is compared after removing the
//   indentation the lines have in common.
// - `no fix: why` when the rule offers none there (its safety condition fails).
//
// Every line that starts with `//` in column 1 is an annotation (code comments are indented or
// `/* */`); one that reads as none is an error, so a typo cannot pass unnoticed. A fixture whose
// first line is `/* valid: no findings */` must yield none.

export interface Expectation {
  readonly line: number;
  readonly start: number;
  readonly end: number;
  readonly rule: string;
  readonly message: string;
  /** The finding's fixes, in order; empty for `no fix`; undefined when not annotated. */
  readonly fixes?: readonly FixExpectation[];
  /** The 0-based line of the annotation, for messages. */
  readonly at: number;
}

export interface FixExpectation {
  readonly title: string;
  readonly preferred: boolean;
  /** `= TEXT`: what the finding's range reads after the fix. */
  readonly becomes?: string;
  /** The changed lines, each `+ `, `- ` or `  ` then the line, their common indentation removed. */
  readonly diff?: readonly string[];
  /** The 0-based line of the `fix:` annotation. */
  readonly at: number;
}

const ANNOTATION = /^(\s*)\/\/(\s*)(\^+)\s+(WSK\d{3})\b\s*(.*)$/;
/** For ranges the carets cannot reach (column 1, under the `//`): `// @col 1-2 WSK008 message`. */
const COLUMN_ANNOTATION = /^\s*\/\/\s*@col (\d+)-(\d+)\s+(WSK\d{3})\b\s*(.*)$/;
const FIX_ANNOTATION = /^\/\/(\s*)(preferred fix|fix): (.+)$/;
const NO_FIX_ANNOTATION = /^\/\/\s*no fix(?:: .+)?$/;

/** Whether a line is an annotation rather than code (every `//` comment in column 1 is one). */
export function isAnnotation(line: string): boolean {
  return line.startsWith('//') || ANNOTATION.test(line) || COLUMN_ANNOTATION.test(line);
}

/** A fixture's expectations; throws on a line in column 1 that starts with `//` and reads as no annotation. */
export function readExpectations(text: string): { valid: boolean; expectations: Expectation[] } {
  const lines = text.split('\n');
  const expectations: { line: number; start: number; end: number; rule: string; message: string; at: number; fixes?: FixExpectation[] }[] = [];
  let target = -1;
  /** The expectation that fix annotations attach to, and the fix being read with the column of its marks. */
  let current: (typeof expectations)[number] | undefined;
  let fix: { expectation: { title: string; preferred: boolean; at: number; becomes?: string; diff?: string[] }; column: number } | undefined;
  const fail = (index: number, why: string): never => {
    throw new Error(`line ${index + 1}: ${why}: ${lines[index]}`);
  };
  /** Ends the fix being read, which must have had `= TEXT` or diff lines. */
  const endFix = () => {
    if (fix && fix.expectation.becomes === undefined && !fix.expectation.diff) fail(fix.expectation.at, 'a fix needs `= TEXT` or diff lines');
    fix = undefined;
  };
  lines.forEach((line, index) => {
    const columns = COLUMN_ANNOTATION.exec(line);
    const carets = columns ? undefined : ANNOTATION.exec(line);
    if (columns || carets || !line.startsWith('//') || FIX_ANNOTATION.test(line) || NO_FIX_ANNOTATION.test(line)) endFix();
    if (columns || carets) {
      const start = columns ? Number(columns[1]) - 1 : line.indexOf('^');
      const end = columns ? Number(columns[2]) - 1 : start + carets![3].length;
      const [rule, message] = columns ? [columns[3], columns[4]] : [carets![4], carets![5]];
      current = { line: target, start, end, rule, message: message.trim(), at: index };
      expectations.push(current);
      return;
    }
    if (!line.startsWith('//')) {
      target = index;
      current = undefined;
      return;
    }
    const fixHeader = FIX_ANNOTATION.exec(line);
    if (fixHeader || NO_FIX_ANNOTATION.test(line)) {
      if (!current) fail(index, 'a fix annotation must follow a finding');
      if (!fixHeader) {
        if (current!.fixes) fail(index, '`no fix` must be the only fix annotation of its finding');
        current!.fixes = [];
        current = undefined;
        return;
      }
      const expectation = { title: fixHeader[3].trim(), preferred: fixHeader[2] === 'preferred fix', at: index };
      (current!.fixes ??= []).push(expectation);
      fix = { expectation, column: 2 + fixHeader[1].length };
      return;
    }
    if (fix && fix.expectation.becomes === undefined && line.slice(fix.column) === '...' && line.slice(2, fix.column).trim() === '') {
      (fix.expectation.diff ??= []).push('...');
      return;
    }
    if (fix && fix.expectation.diff && line.trim() === '//') {
      fix.expectation.diff.push('  '); // a blank line of context (its trailing blanks trimmed away)
      return;
    }
    const mark = fix ? line[fix.column] : undefined;
    if (!fix || !mark || !'=+- '.includes(mark) || (line.length > fix.column + 1 && line[fix.column + 1] !== ' ') || line.slice(2, fix.column).trim() !== '') {
      fail(index, 'not an annotation (code comments in column 1 must be indented or /* */)');
    }
    const content = line.slice(fix!.column + 2);
    if (mark === '=') {
      if (fix!.expectation.becomes !== undefined || fix!.expectation.diff) fail(index, 'a fix has one `= TEXT` line, or diff lines');
      fix!.expectation.becomes = content;
    } else {
      if (fix!.expectation.becomes !== undefined) fail(index, 'a fix has one `= TEXT` line, or diff lines');
      (fix!.expectation.diff ??= []).push(`${mark} ${content}`);
    }
  });
  endFix();
  for (const expectation of expectations) {
    expectation.fixes = expectation.fixes?.map((f) => (f.diff ? { ...f, diff: dedent(f.diff) } : f));
  }
  return { valid: /^\/\* valid: no findings \*\//.test(text), expectations };
}

/** Diff lines (`+ text`, `- text`, `  text`, `...`) without the indentation their texts have in common. */
export function dedent(diff: readonly string[]): string[] {
  const texts = diff.map((line) => (line === '...' ? '' : line.slice(2).trimEnd()));
  const indents = texts.filter((text) => text.trim() !== '').map((text) => /^[ \t]*/.exec(text)![0].length);
  const common = indents.length > 0 ? Math.min(...indents) : 0;
  return diff.map((line, i) => (line === '...' ? line : `${line[0]} ${texts[i].slice(common)}`.trimEnd()));
}
