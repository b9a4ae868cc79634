// The tests `npm run mutate` (StrykerJS) runs against mutated copies of server/src/analysis and
// server/src/rules: those that call the analysis in this process. Left out:
// - tests that spawn the bundled CLI or server (they import test/support/build.ts, themselves or through
//   a test module such as test/cli/run.ts): they exercise dist/, which a mutant never reaches;
// - the test that reads the sources as text (the layering, the rule files): it fails on Stryker's
//   instrumented copies, and checks structure rather than behaviour;
// - the robustness tests against hangs and huge inputs (parse limits, the fuzzer's kept inputs): they
//   take seconds each, and every mutant of the core would run them; likewise the metamorphic checks over
//   the corpus, which take most of a minute.
// Test files share one module graph (isolate: false): Stryker switches mutants at run time, and
// loading the parser and the instrumented sources once per file would double the run. A mutant stops
// at its first failing test, so the quick, pointed tests run first and the whole corpus last (vitest
// would run the slowest file first).

import * as fs from 'node:fs';
import * as path from 'node:path';
import { defineConfig, mergeConfig } from 'vitest/config';
import { BaseSequencer } from 'vitest/node';
import type { TestSpecification } from 'vitest/node';
import base from './vitest.config.mts';

const ROOT = import.meta.dirname;

function testFiles(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return testFiles(full);
    return entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

/** The test modules that run the bundled CLI or server. */
const RUNNERS = ['test/support/build.ts', 'test/cli/run.ts'].map((file) => path.join(ROOT, file));

/** Whether a test file imports one of RUNNERS (a relative import, resolved from its folder). */
function spawns(file: string): boolean {
  const imports = [...fs.readFileSync(file, 'utf8').matchAll(/from '(\.{1,2}\/[^']+)'/g)];
  return imports.some((match) => RUNNERS.includes(path.resolve(path.dirname(file), `${match[1]}.ts`)));
}

const spawning = testFiles(path.join(ROOT, 'test'))
  .filter((file) => spawns(file))
  .map((file) => path.relative(ROOT, file).split(path.sep).join('/'));

/** Test files in the order they run for each mutant: the rule fixtures first, the slow ones last. */
const FIRST = ['test/rules/rules.test.ts'];
const LAST = ['test/analysis/budget.test.ts', 'test/corpus/workspace.test.ts'];

class QuickFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification) => {
      const name = path.relative(ROOT, file.moduleId).split(path.sep).join('/');
      return FIRST.includes(name) ? 0 : LAST.includes(name) ? 2 + LAST.indexOf(name) : 1;
    };
    return [...files].sort((a, b) => rank(a) - rank(b) || (a.moduleId < b.moduleId ? -1 : a.moduleId > b.moduleId ? 1 : 0));
  }
}

export default mergeConfig(base, defineConfig({
  test: {
    isolate: false,
    sequence: { sequencer: QuickFirst },
    exclude: [
      '**/node_modules/**',
      ...spawning,
      'test/architecture.test.ts',
      'test/parse/limits.test.ts',
      'test/fuzz/regressions.test.ts',
      'test/metamorphic/corpus.test.ts',
    ],
  },
}));
