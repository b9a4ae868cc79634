// How the CLI hands a run to the split (cli/jobs.ts): every file read reaches the scanner (the planner
// thread in the CLI) once the run is large enough to be split, none before, and none for a small run;
// the split decided from what the scanner was handed is the one decided from the files' facts at once.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { scanSource } from '../../server/src/analysis/split/scan';
import type { ScanInput, SourceFacts } from '../../server/src/analysis/split/scan';
import { Configurations } from '../../server/src/cli/configFiles';
import { collectFiles } from '../../server/src/cli/files';
import { SplitScan, decideSplit, scanHere, splitRequest } from '../../server/src/cli/jobs';
import type { Scanner } from '../../server/src/cli/jobs';
import { RULE_IDS } from '../../server/src/rules/index';
import { writeDriverTree } from './tree';

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
});

/** A scanner in this thread that also lists what it was handed. */
function recording(): Scanner & { readonly handed: string[] } {
  const here = scanHere();
  const handed: string[] = [];
  return { handed, scan: (file: string, pre: ScanInput) => (handed.push(file), here.scan(file, pre)), split: here.split, close: here.close };
}

test('every file read reaches the scanner once the run is large enough, and the split is the one its facts give', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wsk-lint-scan-'));
  folders.push(dir);
  writeDriverTree(dir);
  const configurations = new Configurations({ rules: {} }, RULE_IDS);
  configurations.readIn(dir);
  const facts = new Map<string, SourceFacts>();
  const direct = collectFiles([dir], dir, { maxFileSize: 5 << 20, inspect: (file, pre) => facts.set(file.path, scanSource(pre)) });
  const size = [...direct.headers, ...direct.files].reduce((sum, file) => sum + file.text.length, 0);
  const request = splitRequest(direct, configurations, { workers: 3, cores: 3, workerCost: 0 });
  const expected = decideSplit(request, facts);
  expect(expected.plans.length).toBeGreaterThan(1);

  // Large enough from half of the run: the files read before wait, then reach the scanner too.
  let started = 0;
  const scanner = recording();
  const scan = new SplitScan(size / 2, () => (started++, scanner));
  collectFiles([dir], dir, { maxFileSize: 5 << 20, inspect: scan.inspect });
  expect(started).toBe(1);
  expect([...scanner.handed].sort()).toEqual([...facts.keys()].sort());
  expect(await scan.split(request)).toEqual(expected);

  // Too small: no scanner, no split.
  const small = new SplitScan(size + 1, () => (started++, recording()));
  collectFiles([dir], dir, { maxFileSize: 5 << 20, inspect: small.inspect });
  expect(started).toBe(1);
  expect(small.split(request)).toBeUndefined();
});
