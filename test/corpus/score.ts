// Scores wsk-lint against the evaluation corpus: realistic driver sources under test/corpus/<driver>/
// with planted bugs and near misses, and expected.json, the answer key written from rules.md alone.
// The corpus is analysed the way rules.md says findings are measured: the whole folder as one
// workspace, SARIF output, a finding counted by (file, region.startLine, ruleId), suppressed results
// not counted.
//
// `npx vitest run test/corpus.test.ts` prints the report. A script can print it too, after
// `node scripts/build.mjs` (the bundle must sit two folders below the repository, as ROOT is found
// from its own location):
//   npx esbuild test/corpus/score.ts --bundle --platform=node --format=esm --outfile=out/corpus/score.mjs
//   node --input-type=module -e "const s = await import('./out/corpus/score.mjs');
//     console.log(s.formatReport(s.scoreCorpus(s.runCorpus().findings, s.loadExpected())))"

import { spawnSync } from 'node:child_process';
import { expect } from 'vitest';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CLI_JS, ROOT } from '../support/build';

export const CORPUS_DIR = path.join(ROOT, 'test', 'corpus');
export const EXPECTED_JSON = path.join(CORPUS_DIR, 'expected.json');

/** One finding: a file relative to the corpus folder (forward slashes), a 1-based line, a rule ID. */
export interface Finding {
  readonly file: string;
  readonly line: number;
  readonly rule: string;
}

/** An entry of expected.json: a planted bug and where rules.md says it is reported. */
export interface ExpectedFinding extends Finding {
  readonly note: string;
}

/** A finding as reported, with its message (to explain false positives). */
export interface ReportedFinding extends Finding {
  readonly message: string;
}

export interface CorpusRun {
  readonly status: number | null;
  readonly stderr: string;
  /** The parsed SARIF log. */
  readonly sarif: SarifLog;
  /** Rule IDs the tool declares in its SARIF driver. */
  readonly ruleIds: readonly string[];
  /** Unsuppressed results. */
  readonly findings: readonly ReportedFinding[];
}

export interface RuleScore {
  readonly rule: string;
  readonly expected: number;
  readonly reported: number;
  readonly truePositives: number;
  /** null when nothing was reported (precision undefined). */
  readonly precision: number | null;
  /** null when nothing was expected (recall undefined). */
  readonly recall: number | null;
}

export interface CorpusReport {
  readonly rules: readonly RuleScore[];
  readonly overall: RuleScore;
  readonly falsePositives: readonly ReportedFinding[];
  readonly falseNegatives: readonly ExpectedFinding[];
}

/** The slice of SARIF 2.1.0 the scoring reads. */
export interface SarifLog {
  readonly version: string;
  readonly runs: readonly SarifRun[];
}

interface SarifRun {
  readonly tool: { readonly driver: { readonly rules?: readonly { readonly id: string }[] } };
  readonly originalUriBaseIds?: Readonly<Record<string, { readonly uri: string }>>;
  readonly invocations?: readonly { readonly executionSuccessful: boolean }[];
  readonly results: readonly SarifResult[];
}

interface SarifResult {
  readonly ruleId: string;
  readonly message: { readonly text: string };
  readonly suppressions?: readonly unknown[];
  readonly locations: readonly {
    readonly physicalLocation: {
      readonly artifactLocation: { readonly uri: string; readonly uriBaseId?: string };
      readonly region: { readonly startLine: number };
    };
  }[];
}

export function loadExpected(): ExpectedFinding[] {
  return JSON.parse(fs.readFileSync(EXPECTED_JSON, 'utf8')) as ExpectedFinding[];
}

/** Runs the built CLI over the corpus folder as one workspace and reads its SARIF. */
export function runCorpus(): CorpusRun {
  const result = spawnSync(process.execPath, [CLI_JS, '--format', 'sarif', '--exit-zero', path.relative(ROOT, CORPUS_DIR)], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  const sarif = JSON.parse(result.stdout) as SarifLog;
  const run = sarif.runs[0];
  if (!run) throw new Error('the SARIF log has no run');
  const findings = run.results
    .filter((result) => !result.suppressions || result.suppressions.length === 0)
    .map((result) => reported(run, result));
  const ruleIds = (run.tool.driver.rules ?? []).map((rule) => rule.id);
  return { status: result.status, stderr: result.stderr, sarif, ruleIds, findings };
}

/** Precision and recall per rule and overall; a key counts once however often it is reported. */
export function scoreCorpus(found: readonly ReportedFinding[], expected: readonly ExpectedFinding[]): CorpusReport {
  const reportedByKey = new Map(found.map((finding) => [key(finding), finding]));
  const expectedByKey = new Map(expected.map((finding) => [key(finding), finding]));
  const falsePositives = [...reportedByKey].filter(([k]) => !expectedByKey.has(k)).map(([, finding]) => finding);
  const falseNegatives = [...expectedByKey].filter(([k]) => !reportedByKey.has(k)).map(([, finding]) => finding);
  const rules = [...new Set([...reportedByKey.values(), ...expectedByKey.values()].map((finding) => finding.rule))].sort();
  const scoreOf = (rule: string, matches: (finding: Finding) => boolean): RuleScore => {
    const reportedKeys = [...reportedByKey].filter(([, finding]) => matches(finding)).map(([k]) => k);
    const expectedCount = [...expectedByKey.values()].filter(matches).length;
    const truePositives = reportedKeys.filter((k) => expectedByKey.has(k)).length;
    return {
      rule,
      expected: expectedCount,
      reported: reportedKeys.length,
      truePositives,
      precision: reportedKeys.length === 0 ? null : truePositives / reportedKeys.length,
      recall: expectedCount === 0 ? null : truePositives / expectedCount,
    };
  };
  return {
    rules: rules.map((rule) => scoreOf(rule, (finding) => finding.rule === rule)),
    overall: scoreOf('overall', () => true),
    falsePositives: sortFindings(falsePositives),
    falseNegatives: sortFindings(falseNegatives),
  };
}

/**
 * Asserts that the findings are the key exactly: for every rule, each expected finding reported and
 * nothing else (a rule's own line shows what went wrong), and no rule the key does not know.
 */
export function expectExactScores(report: CorpusReport): void {
  const listed = (findings: readonly (Finding & { message?: string; note?: string })[]) =>
    findings.map((f) => `${f.file}:${f.line} ${f.rule} ${f.message ?? f.note ?? ''}`);
  for (const score of report.rules) {
    const rule = (f: Finding) => f.rule === score.rule;
    expect({ ...score, falsePositives: listed(report.falsePositives.filter(rule)), falseNegatives: listed(report.falseNegatives.filter(rule)) }, score.rule)
      .toEqual({ rule: score.rule, expected: score.expected, reported: score.expected, truePositives: score.expected, precision: 1, recall: 1, falsePositives: [], falseNegatives: [] });
  }
  expect(report.overall.expected).toBeGreaterThan(0);
}

/** The report as a table followed by the false positives and false negatives. */
export function formatReport(report: CorpusReport): string {
  const ratio = (value: number | null): string => (value === null ? '-' : value.toFixed(3));
  const row = (cells: readonly string[]): string => cells.map((cell, i) => (i === 0 ? cell.padEnd(8) : cell.padStart(9))).join(' ');
  const lines = [row(['rule', 'expected', 'reported', 'TP', 'precision', 'recall'])];
  for (const score of [...report.rules, report.overall]) {
    lines.push(row([score.rule, `${score.expected}`, `${score.reported}`, `${score.truePositives}`, ratio(score.precision), ratio(score.recall)]));
  }
  lines.push('', `false positives (${report.falsePositives.length}):`);
  for (const finding of report.falsePositives) lines.push(`  ${finding.file}:${finding.line} ${finding.rule} ${finding.message}`);
  lines.push('', `false negatives (${report.falseNegatives.length}):`);
  for (const finding of report.falseNegatives) lines.push(`  ${finding.file}:${finding.line} ${finding.rule} ${finding.note}`);
  return lines.join('\n');
}

function reported(run: SarifRun, result: SarifResult): ReportedFinding {
  const location = result.locations[0]?.physicalLocation;
  if (!location) throw new Error(`a ${result.ruleId} result has no location`);
  const { uri, uriBaseId } = location.artifactLocation;
  // A relative uri is relative to its base (the CLI's %SRCROOT% is the folder it ran in).
  const base = uriBaseId ? run.originalUriBaseIds?.[uriBaseId]?.uri : undefined;
  const file = fileURLToPath(new URL(uri, base ?? `file://${ROOT}/`));
  return {
    file: path.relative(CORPUS_DIR, file).split(path.sep).join('/'),
    line: location.region.startLine,
    rule: result.ruleId,
    message: result.message.text,
  };
}

function key(finding: Finding): string {
  return `${finding.file}:${finding.line}:${finding.rule}`;
}

function sortFindings<T extends Finding>(findings: T[]): T[] {
  return findings.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.rule.localeCompare(b.rule));
}
