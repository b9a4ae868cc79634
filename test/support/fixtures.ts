// Analysing annotated fixtures (test/support/annotations.ts says how they are written) and comparing
// the findings, with their quick-fixes, to the annotations. Headers in test/include/ are part of every
// fixture's workspace.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { Workspace } from '../../server/src/analysis/workspace';
import type { AnalysisResult } from '../../server/src/analysis/workspace';
import type { Finding } from '../../server/src/analysis/findings';
import type { Config } from '../../server/src/analysis/config';
import { RULES } from '../../server/src/rules/index';
import { parseErrorCount } from '../../server/src/analysis/syntax';
import type { Expectation } from './annotations';
import { readExpectations } from './annotations';
import { compareFixes, formatFixes, renderFix } from './fixes';

export const TEST_ROOT = path.resolve(__dirname, '..');
export const INCLUDE_DIR = path.join(TEST_ROOT, 'include');

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

/** Rules that offer quick-fixes: their findings' annotations must say which fixes each has, or `no fix`. */
const FIXING_RULES = new Set(RULES.filter((rule) => rule.meta.fix !== 'none').map((rule) => rule.meta.id));

/** Differences between a fixture's annotations and the findings, with their fixes (empty when they agree). */
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
      continue;
    }
    const [finding] = unmatched.splice(index, 1);
    if (expected.fixes) {
      problems.push(...compareFixes(text, finding, expected.fixes));
    } else if (FIXING_RULES.has(finding.rule)) {
      problems.push(`${finding.rule} at line ${finding.start.line + 1}: annotate its fixes under it (line ${expected.at + 1}); it has\n${formatFixes(finding.fixes.map((fix) => renderFix(text, finding, fix)))}`);
    }
    if (!FIXING_RULES.has(finding.rule) && (expected.fixes || finding.fixes.length > 0)) {
      problems.push(`${finding.rule} offers no quick-fix: a fix annotation or a fix at line ${finding.start.line + 1} is wrong`);
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

/** ERROR and MISSING nodes of a parsed file. */
export function errorCount(workspace: Workspace, file: string): number {
  const analysis = workspace.file(file);
  return analysis ? parseErrorCount(analysis.parsed.tree.rootNode) : 0;
}
