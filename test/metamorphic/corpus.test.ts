// The fixed metamorphic set: every rewrite kind on every driver of the corpus (test/corpus/), at every
// site where it applies safely, and the findings must be what they were (moved where the rewrite moved
// their lines; gone where a cure removed their cause). Sites whose overlapping edits cannot go in one
// pass are applied in further passes. The corpus sites of the classes known to change the findings
// (known-failures.ts: precision or recall bugs of the analysis, each with a C reproduction under
// known/) are left out of those passes and checked apart: each must still change the findings exactly
// as listed, and each reproduction still show its bug, so that the list stays true (when a class is
// fixed, its checks fail: turn its reproduction into a test and drop it).

import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CORPUS_DIR, loadExpected } from '../corpus/score';
import { expectKnownFailure, fixedSetPasses } from './fixed-set';
import { KNOWN_CLASSES } from './known-failures';
import { analyzeWithHeaders, compare } from '../support/fixtures';
import type { SourceFile } from './program';
import { Program, baseName } from './program';
import { KINDS } from './rewrites/index';

const DRIVERS = fs.readdirSync(CORPUS_DIR, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
const ROOTS = [CORPUS_DIR];

interface Driver {
  readonly files: SourceFile[];
  readonly original: Program;
}

const drivers = new Map<string, Driver>();
const KNOWN_FAILURES = KNOWN_CLASSES.flatMap((known) => known.corpus);

beforeAll(async () => {
  for (const name of DRIVERS) {
    const dir = path.join(CORPUS_DIR, name);
    const files = fs.readdirSync(dir).filter((file) => /\.[ch]$/.test(file)).sort().map((file) => ({ path: path.join(dir, file), text: fs.readFileSync(path.join(dir, file), 'utf8') }));
    const original = await Program.load(files, ROOTS);
    original.findingKeys();
    drivers.set(name, { files, original });
  }
});

afterAll(() => {
  for (const driver of drivers.values()) driver.original.dispose();
});

function driver(name: string): Driver {
  const found = drivers.get(name);
  if (!found) throw new Error(`no corpus driver ${name}`);
  return found;
}

test('each driver analysed alone yields its planted bugs (expected.json), the baseline of the rewrites', () => {
  const expected = loadExpected();
  for (const name of DRIVERS) {
    const found = driver(name).original.findingKeys().map((key) => `${name}/${baseName(key.file)}:${key.line} ${key.rule}`);
    const planted = expected.filter((entry) => entry.file.startsWith(`${name}/`)).map((entry) => `${entry.file}:${entry.line} ${entry.rule}`);
    expect([...new Set(found)].sort(), name).toEqual(planted.sort());
  }
});

describe.each([...KINDS.keys()])('%s', (kind) => {
  test('keeps the findings of every corpus driver, at every site', async () => {
    const problems: string[] = [];
    let applied = 0;
    for (const name of DRIVERS) {
      const passes = await fixedSetPasses(name, driver(name), ROOTS, kind, KNOWN_FAILURES);
      applied += passes.applied;
      problems.push(...passes.problems);
    }
    expect(problems).toEqual([]);
    expect(applied, `${kind} applies nowhere in the corpus`).toBeGreaterThan(0);
  });
});

describe('known failures (known-failures.ts): each class', () => {
  describe.each(KNOWN_CLASSES.map((known) => [known.name, known] as const))('%s', (_name, known) => {
    test.each(known.corpus.map((failure) => [`${failure.driver}: ${failure.kind}@${failure.sites.join('+')}`, failure] as const))('still changes the findings of %s as listed', async (_site, failure) => {
      await expectKnownFailure(known, failure, driver(failure.driver), ROOTS);
    });

    test(`known/${known.repro} still shows it`, async () => {
      const file = path.join(__dirname, 'known', known.repro);
      const text = fs.readFileSync(file, 'utf8');
      const { result, workspace } = await analyzeWithHeaders([{ path: file, text }]);
      workspace.dispose();
      // Positions only: the messages may change without the bug changing.
      const today = compare(text, result.findings).map((problem) => problem.replace(/^((?:missing|unexpected) WSK\d{3} at \d+:\d+-\d+).*$/s, '$1'));
      expect(today, `fixed? make known/${known.repro} a test and drop the class (known/README.md)`).toEqual(known.today);
    });
  });

  test('every reproduction under known/ belongs to a class and has a line in its README', () => {
    const files = fs.readdirSync(path.join(__dirname, 'known')).filter((name) => name.endsWith('.c')).sort();
    expect(files).toEqual(KNOWN_CLASSES.map((known) => known.repro).sort());
    const readme = fs.readFileSync(path.join(__dirname, 'known', 'README.md'), 'utf8');
    for (const file of files) expect(readme, file).toContain(`\`${file}\``);
  });
});
