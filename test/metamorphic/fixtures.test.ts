// The fixed metamorphic set over the rule fixtures of the WSK client contract (WSK013–WSK020): every
// rewrite kind on every fixture of those rules (each .c file alone, each folder as one workspace, with
// the test headers), at every site where it applies safely, and the findings must be what they were,
// as over the corpus (corpus.test.ts). The fixture sites of the known classes (known-failures.ts,
// `fixtures`) are left out of those passes and checked apart: each must still change the findings
// exactly as listed.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { INCLUDE_DIR, TEST_ROOT } from '../support/fixtures';
import type { Checked } from './check';
import { checkRewrites } from './check';
import { formatDifference } from './expectations';
import { KNOWN_CLASSES, parseSiteKey } from './known-failures';
import type { SourceFile } from './program';
import { Program, baseName } from './program';
import { KINDS } from './rewrites/index';
import type { SiteKey } from './sites';
import { formatSiteKey } from './sites';

/** The rules of the client contract's lifetimes whose fixtures the rewrites run over. */
const RULES = [
  'socket-not-closed', 'socket-used-after-close', 'irp-touched-while-pending', 'completion-routine-continues',
  'irp-setup', 'provider-npi-lifetime', 'registration-lifetime', 'address-info-lifetime',
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
  console.log(`metamorphic rewrites over the fixtures of WSK013–WSK020 (${fixtures.length} fixtures):\n${lines.join('\n')}`);
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
  test('keeps the findings of every fixture of WSK013–WSK020, at every site', async () => {
    const problems: string[] = [];
    let applied = 0;
    let touched = 0;
    for (const { name, files, original } of fixtures) {
      const known = KNOWN_FAILURES.filter((failure) => failure.driver === name && failure.kind === kind).flatMap((failure) => failure.sites.map(parseSiteKey));
      const done: Omit<SiteKey, 'kind'>[] = [];
      for (;;) {
        const checked = await checkRewrites(files, ROOTS, [{ kind, except: [...known, ...done] }], { loaded: original });
        if (checked.rewritten.applied.length === 0) break;
        if (done.length === 0) touched++;
        applied += checked.rewritten.applied.length;
        done.push(...checked.rewritten.applied.map((site) => site.key));
        problems.push(...(await describeProblems(name, kind, checked, files, original)));
      }
    }
    counts.set(kind, { applied, fixtures: touched });
    expect(problems).toEqual([]);
    // The cures remove the causes of part 1's findings (descriptors): none is in these fixtures.
    if (kind !== 'cure') expect(applied, `${kind} applies nowhere in these fixtures`).toBeGreaterThan(0);
  });
});

describe('known failures (known-failures.ts) at fixture sites', () => {
  const classes = KNOWN_CLASSES.filter((known) => (known.fixtures ?? []).length > 0);
  test.each(classes.flatMap((known) => (known.fixtures ?? []).map((failure) => [`${known.name}: ${failure.driver} ${failure.kind}@${failure.sites.join('+')}`, known, failure] as const)))('%s still changes the findings as listed', async (_name, known, failure) => {
    const { files, original } = fixture(failure.driver);
    const keys = failure.sites.map(parseSiteKey);
    const checked = await checkRewrites(files, ROOTS, [{ kind: failure.kind, keys }], { loaded: original });
    expect(checked.rewritten.applied.map((site) => formatSiteKey(site.key)), 'the sites still exist').toEqual(keys.map((key) => formatSiteKey({ kind: failure.kind, ...key })));
    expect(checked.rewritten.applied.some(known.matches), 'a site of the class').toBe(true);
    expect(checked.broken).toEqual([]);
    expect(formatDifference(checked.differences), `fixed? make known/${known.repro} a test and drop the class (known/README.md)`).toEqual(failure.differences);
  });
});

/** What went wrong in one pass, with the sites that change the findings alone (or "only together"). */
async function describeProblems(name: string, kind: string, checked: Checked, files: readonly SourceFile[], original: Program): Promise<string[]> {
  const differences = formatDifference(checked.differences);
  const broken = checked.broken.map((file) => `${baseName(file)} parses with more errors after the rewrite`);
  if (differences.length === 0 && broken.length === 0) return [];
  const culprits: string[] = [];
  for (const site of checked.rewritten.applied) {
    const alone = await checkRewrites(files, ROOTS, [{ kind, keys: [site.key] }], { loaded: original });
    const lines = [...formatDifference(alone.differences), ...alone.broken.map((file) => `${baseName(file)} parses with more errors`)];
    if (lines.length > 0) culprits.push(`  alone, ${formatSiteKey(site.key)} (${site.description}): ${lines.join('; ')}`);
  }
  return [
    `${name}: ${checked.rewritten.applied.length} sites together`,
    ...[...differences, ...broken].map((line) => `  ${line}`),
    ...(culprits.length > 0 ? culprits : ['  no site alone: only some of them together (try subsets)']),
  ];
}
