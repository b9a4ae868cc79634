// Precision and recall of wsk-lint on the evaluation corpus (test/corpus/): eighteen small drivers in
// varied WDK styles, eight of them correct and ten with planted bugs of every rule, all with near
// misses that a precise analysis must leave alone. The answer key, expected.json, was written from
// rules.md without reading the analyzer. The test checks that the key agrees with the `BUG WSKnnn`
// markers in the sources, runs the CLI over the corpus as one workspace, and prints the scores. The
// findings must be the key exactly, rule by rule: one lost finding or one new false one fails, so a
// regression of any rule shows (the held-out sources that measure the product are separate and
// unseen). test/corpus/workspace.test.ts checks the same in this process.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { ensureBuilt } from './support/build';
import { RULE_IDS } from '../server/src/rules/index';
import { CORPUS_DIR, expectExactScores, formatReport, loadExpected, runCorpus, scoreCorpus, type Finding } from './corpus/score';

beforeAll(() => ensureBuilt());

describe('evaluation corpus', () => {
  test('the answer key lists exactly the BUG markers of the sources, once each', () => {
    const expected = loadExpected();
    const keys = expected.map(keyOf);
    expect(new Set(keys).size).toBe(keys.length);
    for (const finding of expected) {
      expect(RULE_IDS).toContain(finding.rule);
      expect(finding.note.trim()).not.toBe('');
    }
    expect([...keys].sort()).toEqual(markedBugs().sort());
  });

  test('wsk-lint reads the corpus as one workspace; its SARIF is scored against the key', () => {
    const run = runCorpus();
    expect(run.status, run.stderr).toBe(0);
    expect(run.sarif.version).toBe('2.1.0');
    expect(run.sarif.runs[0]?.invocations?.[0]?.executionSuccessful).toBe(true);

    const expected = loadExpected();
    for (const finding of expected) expect(run.ruleIds).toContain(finding.rule);
    for (const finding of run.findings) expect(fs.existsSync(path.join(CORPUS_DIR, finding.file)), finding.file).toBe(true);

    const report = scoreCorpus(run.findings, expected);
    console.log(`wsk-lint on test/corpus\n${formatReport(report)}`);
    expectExactScores(report);
  });
});

function keyOf(finding: Finding): string {
  return `${finding.file}:${finding.line}:${finding.rule}`;
}

/** `/* BUG WSKnnn: … *\/` comments sit on the line where rules.md says the finding is reported. */
function markedBugs(): string[] {
  const keys: string[] = [];
  for (const file of sources(CORPUS_DIR)) {
    const relative = path.relative(CORPUS_DIR, file).split(path.sep).join('/');
    fs.readFileSync(file, 'utf8')
      .split('\n')
      .forEach((text, index) => {
        for (const match of text.matchAll(/BUG (WSK\d{3})/g)) keys.push(`${relative}:${index + 1}:${match[1]}`);
      });
  }
  return keys;
}

function sources(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return sources(full);
    return /\.[ch]$/.test(entry.name) ? [full] : [];
  });
}
