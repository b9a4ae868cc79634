// The evaluation corpus analysed in this process, as the CLI analyses it (the whole folder as one
// workspace, its folder as the include root): the findings must be the answer key exactly, rule by
// rule. test/corpus.test.ts checks the same through the built CLI and its SARIF; this one reaches the
// analysis directly, so that `npm run mutate` sees what the corpus catches.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { expect, test } from 'vitest';
import { analyzeFiles } from '../../server/src/analysis/workspace';
import { RULES } from '../../server/src/rules/index';
import { CORPUS_DIR, expectExactScores, loadExpected, scoreCorpus } from './score';

function sources(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return sources(full);
    return /\.[ch]$/.test(entry.name) ? [full] : [];
  });
}

test('the corpus analysed as one workspace yields the answer key exactly, rule by rule', async () => {
  const files = sources(CORPUS_DIR).sort().map((file) => ({ path: file, text: fs.readFileSync(file, 'utf8') }));
  const result = await analyzeFiles(files, RULES, undefined, [CORPUS_DIR]);
  expect(result.problems).toEqual([]);
  const found = result.findings.map((finding) => ({
    file: path.relative(CORPUS_DIR, finding.file).split(path.sep).join('/'),
    line: finding.start.line + 1,
    rule: finding.rule,
    message: finding.message,
  }));
  expectExactScores(scoreCorpus(found, loadExpected()));
});
