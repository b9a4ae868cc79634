// The split of a large run must cost time in proportion to the tree, however its files depend on each
// other (the planning used to take minutes on real trees: per part, it walked what every file needs).
// On generated trees shaped like a large repository (test/bench/generate-repo.cjs: hundreds of
// headers with many declarations, sources including dozens of them, a library every source calls
// whose one socket helper names a WSK name), the planner's counted steps must grow like the tree,
// what a workspace of the plan parses must stay a small share of it (the files naming nothing of WSK
// are reported on unparsed), and the plan must report what one workspace holding every file reports.
// Counted steps, not seconds: speed is measured by `npm run bench`.

import { IncludeResolver } from '../../server/src/parse/sources/includes';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { splitRun } from '../../server/src/analysis/split/partition';
import type { SplitFile } from '../../server/src/analysis/split/graph';
import { scanSource } from '../../server/src/analysis/split/scan';
import { collectFiles } from '../../server/src/cli/files';
import { analyseInParts } from './parts';

const { generateRepo } = createRequire(__filename)('../bench/generate-repo.cjs') as { generateRepo(dir: string, options: { scale: number }): { files: number; bytes: number } };

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
});

function repository(scale: number): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wsk-lint-repo-'));
  folders.push(dir);
  generateRepo(dir, { scale });
  return dir;
}

/** The tree as the CLI hands it to the split: every file read, scanned, in the order of the run. */
function splitFiles(dir: string): { files: SplitFile[]; roots: readonly string[] } {
  const facts = new Map<string, ReturnType<typeof scanSource>>();
  const collected = collectFiles([dir], dir, { maxFileSize: 5 << 20, inspect: (file, pre) => facts.set(file.path, scanSource(pre)) });
  const context = new Set(collected.headers);
  const files = [...collected.headers, ...collected.files].map((file) => ({
    path: file.path,
    size: file.text.length,
    facts: facts.get(file.path) as ReturnType<typeof scanSource>,
    analysed: !context.has(file),
  }));
  return { files, roots: collected.roots };
}

test('the planning grows like the tree, and a workspace of the plan parses a small share of it', () => {
  const measured = [0.1, 0.2, 0.4].map((scale) => {
    const { files, roots } = splitFiles(repository(scale));
    const split = splitRun(files, { includes: IncludeResolver.of(files.map((file) => file.path), roots), wrappers: [], workers: 2, cores: 2, workerCost: 0 });
    const size = files.reduce((sum, file) => sum + file.size, 0);
    return { files: files.length, size, work: split.work, plans: split.plans, sizes: files.map((file) => file.size) };
  });
  for (let i = 1; i < measured.length; i++) {
    const [before, after] = [measured[i - 1], measured[i]];
    const grown = after.size / before.size;
    expect(grown).toBeGreaterThan(1.8);
    // Twice the tree, about twice the steps (the old planning took four times as many, and more).
    expect(after.work / before.work, `steps from ${before.files} to ${after.files} files`).toBeLessThan(grown * 1.2);
  }
  for (const { plans, size, sizes } of measured) {
    for (const plan of plans) {
      const macros = new Set(plan.macrosOnly);
      const parsed = plan.files.filter((index) => !macros.has(index)).reduce((sum, index) => sum + sizes[index], 0);
      expect(parsed / size).toBeLessThan(0.25);
    }
  }
});

test('the plan of a repository-shaped tree reports what one workspace holding every file reports', async () => {
  const { single, split } = await analyseInParts(repository(0.05), 2);
  expect(single.findings.map((finding) => finding.rule).sort()).toEqual(['WSK001', 'WSK001', 'WSK003', 'WSK003', 'WSK007', 'WSK007']);
  expect(split).toEqual(single);
}, 120_000);
