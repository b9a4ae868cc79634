// The fixed metamorphic set over the rule fixtures of the WSK client contract (WSK013–WSK025): every
// rewrite kind on every fixture of those rules (each .c file alone, each folder as one workspace, with
// the test headers), at every site where it applies safely, and the findings must be what they were,
// as over the corpus (corpus.test.ts). The fixture sites of the known classes (known-failures.ts,
// `fixtures`) are left out of those passes and checked apart: each must still change the findings
// exactly as listed.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { INCLUDE_DIR, TEST_ROOT } from '../support/fixtures';
import { expectKnownFailure, fixedSetPasses } from './fixed-set';
import { KNOWN_CLASSES } from './known-failures';
import type { SourceFile } from './program';
import { Program } from './program';
import { KINDS } from './rewrites/index';

/** The rules of the client contract (lifetimes, control operations, flags, callbacks, tables, IRQL) whose fixtures the rewrites run over. */
const RULES = [
  'socket-not-closed', 'socket-used-after-close', 'irp-touched-while-pending', 'completion-routine-continues',
  'irp-setup', 'provider-npi-lifetime', 'registration-lifetime', 'address-info-lifetime',
  'control-operation-contract', 'reserved-or-invalid-flags', 'event-callback-contract', 'dispatch-category-mismatch', 'blocking-in-callback',
];
const ROOTS = [INCLUDE_DIR];
const HEADERS: SourceFile[] = fs.readdirSync(INCLUDE_DIR).sort().map((name) => ({ path: path.join(INCLUDE_DIR, name), text: fs.readFileSync(path.join(INCLUDE_DIR, name), 'utf8') }));

interface Fixture {
  /** `rule/file.c` or `rule/folder/`. */
  readonly name: string;
  readonly files: SourceFile[];
  readonly original: Program;
}

/** Each rule's fixtures: each .c file alone, each folder as one workspace (as the rule tests read them). */
function fixtureFiles(): { name: string; paths: string[] }[] {
  return RULES.flatMap((rule) => {
    const dir = path.join(TEST_ROOT, 'rules', rule);
    return fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1)).flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return [{ name: `${rule}/${entry.name}/`, paths: fs.readdirSync(full).filter((f) => /\.[ch]$/.test(f)).sort().map((f) => path.join(full, f)) }];
      return entry.name.endsWith('.c') ? [{ name: `${rule}/${entry.name}`, paths: [full] }] : [];
    });
  });
}

const fixtures: Fixture[] = [];
const KNOWN_FAILURES = KNOWN_CLASSES.flatMap((known) => known.fixtures ?? []);
/** Sites applied per kind, over all fixtures (printed: the counts the fixed set covers). */
const counts = new Map<string, { applied: number; fixtures: number }>();

beforeAll(async () => {
  for (const { name, paths } of fixtureFiles()) {
    const files = [...HEADERS, ...paths.map((file) => ({ path: file, text: fs.readFileSync(file, 'utf8') }))];
    const original = await Program.load(files, ROOTS);
    original.findingKeys();
    fixtures.push({ name, files, original });
  }
});

afterAll(() => {
  for (const fixture of fixtures) fixture.original.dispose();
  const lines = [...counts].map(([kind, count]) => `${kind}: ${count.applied} sites in ${count.fixtures} fixtures`);
  console.log(`metamorphic rewrites over the fixtures of WSK013–WSK025 (${fixtures.length} fixtures):\n${lines.join('\n')}`);
});

function fixture(name: string): Fixture {
  const found = fixtures.find((f) => f.name === name);
  if (!found) throw new Error(`no fixture ${name}`);
  return found;
}

test('every fixture of these rules has findings of its rules or is a valid one, the baseline of the rewrites', () => {
  expect(fixtures.length).toBeGreaterThan(20);
  for (const { name, original } of fixtures) {
    const valid = original.files.some((file) => file.text.startsWith('/* valid: no findings */'));
    if (!valid) expect(original.findingKeys().length, name).toBeGreaterThan(0);
  }
});

describe.each([...KINDS.keys()])('%s', (kind) => {
  test('keeps the findings of every fixture of WSK013–WSK025, at every site', async () => {
    const problems: string[] = [];
    let applied = 0;
    let touched = 0;
    for (const loaded of fixtures) {
      const passes = await fixedSetPasses(loaded.name, loaded, ROOTS, kind, KNOWN_FAILURES);
      if (passes.applied > 0) touched++;
      applied += passes.applied;
      problems.push(...passes.problems);
    }
    counts.set(kind, { applied, fixtures: touched });
    expect(problems).toEqual([]);
    // The cures remove the causes of part 1's findings (descriptors): none is in these fixtures.
    if (kind !== 'cure') expect(applied, `${kind} applies nowhere in these fixtures`).toBeGreaterThan(0);
  });
});

// Only while some known class has fixture sites (none today): an empty suite is an error.
const CLASSES_AT_FIXTURES = KNOWN_CLASSES.filter((known) => (known.fixtures ?? []).length > 0);
describe.runIf(CLASSES_AT_FIXTURES.length > 0)('known failures (known-failures.ts) at fixture sites', () => {
  const classes = CLASSES_AT_FIXTURES;
  test.each(classes.flatMap((known) => (known.fixtures ?? []).map((failure) => [`${known.name}: ${failure.driver} ${failure.kind}@${failure.sites.join('+')}`, known, failure] as const)))('%s still changes the findings as listed', async (_name, known, failure) => {
    await expectKnownFailure(known, failure, fixture(failure.driver), ROOTS);
  });
});
