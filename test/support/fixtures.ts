// Annotated C fixtures: expectations live in comments under the line they speak of.
//
//     status = d->WskControlSocket(s, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET,
//                                  sizeof(SECURITY_DESCRIPTOR), &sd, 0, NULL, NULL, irp);
// //                               ^^^^^^^^^^^^^^^^^^^^^^^^^^^ WSK001 InputSize must be
//
// The carets mark the columns of the finding's range on the nearest line above that is not an
// annotation (to the end of that line when the range goes on); the rule ID follows, then optionally
// a piece of the expected message. Where carets cannot reach (a closing brace in column 1),
// `// @col 1-2 WSK008 message` gives the 1-based columns [start, end). A fixture whose first line is `/* valid: no findings */` must
// yield none. Headers in test/include/ are part of every fixture's workspace.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { Workspace } from '../../server/src/analysis/workspace';
import type { AnalysisResult } from '../../server/src/analysis/workspace';
import type { Finding } from '../../server/src/analysis/findings';
import type { Config } from '../../server/src/analysis/config';
import { RULES } from '../../server/src/rules/index';

export const TEST_ROOT = path.resolve(__dirname, '..');
export const INCLUDE_DIR = path.join(TEST_ROOT, 'include');

export interface Expectation {
  readonly line: number;
  readonly start: number;
  readonly end: number;
  readonly rule: string;
  readonly message: string;
}

const ANNOTATION = /^(\s*)\/\/(\s*)(\^+)\s+(WSK\d{3})\b\s*(.*)$/;
/** For ranges the carets cannot reach (column 1, under the `//`): `// @col 1-2 WSK008 message`. */
const COLUMN_ANNOTATION = /^\s*\/\/\s*@col (\d+)-(\d+)\s+(WSK\d{3})\b\s*(.*)$/;

export function readExpectations(text: string): { valid: boolean; expectations: Expectation[] } {
  const lines = text.split('\n');
  const expectations: Expectation[] = [];
  let target = -1;
  lines.forEach((line, index) => {
    const columns = COLUMN_ANNOTATION.exec(line);
    if (columns) {
      expectations.push({ line: target, start: Number(columns[1]) - 1, end: Number(columns[2]) - 1, rule: columns[3], message: columns[4].trim() });
      return;
    }
    const match = ANNOTATION.exec(line);
    if (!match) {
      target = index;
      return;
    }
    const start = line.indexOf('^');
    expectations.push({ line: target, start, end: start + match[3].length, rule: match[4], message: match[5].trim() });
  });
  return { valid: /^\/\* valid: no findings \*\//.test(text), expectations };
}

/** Analyses files (plus the test headers) as one workspace. */
export async function analyzeWithHeaders(files: { path: string; text: string }[], config?: Config): Promise<{ result: AnalysisResult; workspace: Workspace }> {
  const workspace = await Workspace.create([INCLUDE_DIR]);
  for (const header of fs.readdirSync(INCLUDE_DIR)) {
    const file = path.join(INCLUDE_DIR, header);
    workspace.setFile(file, fs.readFileSync(file, 'utf8'));
  }
  for (const file of files) workspace.setFile(file.path, file.text);
  const result = workspace.analyze(RULES, config, files.map((f) => f.path));
  return { result, workspace };
}

/** Differences between a fixture's annotations and the findings (empty when they agree). */
export function compare(text: string, findings: readonly Finding[]): string[] {
  const { valid, expectations } = readExpectations(text);
  const lines = text.split('\n');
  const problems: string[] = [];
  if (valid && expectations.length > 0) problems.push('a valid fixture must not carry expectations');
  const unmatched = [...findings];
  for (const expected of expectations) {
    const index = unmatched.findIndex((finding) => matches(finding, expected, lines));
    if (index < 0) {
      problems.push(`missing ${expected.rule} at ${expected.line + 1}:${expected.start + 1}-${expected.end + 1}${expected.message ? ` "${expected.message}"` : ''}`);
    } else {
      unmatched.splice(index, 1);
    }
  }
  for (const finding of unmatched) {
    problems.push(`unexpected ${finding.rule} at ${finding.start.line + 1}:${finding.start.character + 1}-${finding.end.character + 1}: ${finding.message}`);
  }
  return problems;
}

function matches(finding: Finding, expected: Expectation, lines: string[]): boolean {
  if (finding.rule !== expected.rule || finding.start.line !== expected.line || finding.start.character !== expected.start) return false;
  const end = finding.end.line === expected.line ? finding.end.character : lines[expected.line].length;
  if (end !== expected.end) return false;
  return expected.message === '' || finding.message.includes(expected.message);
}

/** Applies a fix's edits (all in one file, not overlapping) to the text, the last first. */
export function applyEdits(text: string, edits: readonly { span: { start: number; end: number }; newText: string }[]): string {
  const sorted = [...edits].sort((a, b) => b.span.start - a.span.start || b.span.end - a.span.end);
  let result = text;
  for (const edit of sorted) result = result.slice(0, edit.span.start) + edit.newText + result.slice(edit.span.end);
  return result;
}

/** ERROR and MISSING nodes of a parsed file (an iterative walk: trees may be thousands of levels deep). */
export function errorCount(workspace: Workspace, file: string): number {
  const analysis = workspace.file(file);
  if (!analysis) return 0;
  let count = 0;
  const cursor = analysis.parsed.tree.walk();
  try {
    for (;;) {
      if (cursor.nodeType === 'ERROR' || cursor.nodeIsMissing) count++;
      if (cursor.gotoFirstChild()) continue;
      while (!cursor.gotoNextSibling()) {
        if (!cursor.gotoParent()) return count;
      }
    }
  } finally {
    cursor.delete();
  }
}
