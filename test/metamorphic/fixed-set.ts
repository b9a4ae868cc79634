// The fixed metamorphic set's passes, shared by the corpus (corpus.test.ts) and the rule fixtures
// (fixtures.test.ts): every site of a kind but the known failures', in passes until none is left, with
// the sites that change the findings alone named; and the check that a known failure's sites still
// change the findings exactly as its class lists them.

import { expect } from 'vitest';
import type { Checked } from './check';
import { checkRewrites } from './check';
import { formatDifference } from './expectations';
import type { CorpusFailure, KnownClass } from './known-failures';
import { parseSiteKey } from './known-failures';
import type { Program, SourceFile } from './program';
import { baseName } from './program';
import type { SiteKey } from './sites';
import { formatSiteKey } from './sites';

/** One program, loaded and analysed once (the original every pass starts from). */
export interface Loaded {
  readonly files: readonly SourceFile[];
  readonly original: Program;
}

/**
 * Every site of `kind` in a program but those of `failures` (the known ones of this program), in
 * passes: each applies the sites whose edits do not overlap. The problems are empty when the findings
 * stayed what they must be.
 */
export async function fixedSetPasses(name: string, { files, original }: Loaded, roots: readonly string[], kind: string, failures: readonly CorpusFailure[]): Promise<{ applied: number; problems: string[] }> {
  const known = failures.filter((failure) => failure.driver === name && failure.kind === kind).flatMap((failure) => failure.sites.map(parseSiteKey));
  const done: Omit<SiteKey, 'kind'>[] = [];
  const problems: string[] = [];
  for (;;) {
    const checked = await checkRewrites(files, roots, [{ kind, except: [...known, ...done] }], { loaded: original });
    if (checked.rewritten.applied.length === 0) break;
    done.push(...checked.rewritten.applied.map((site) => site.key));
    problems.push(...(await describeProblems(name, kind, checked, files, roots, original)));
  }
  return { applied: done.length, problems };
}

/** Asserts that a known failure's sites still exist, are of its class, and change the findings as listed. */
export async function expectKnownFailure(known: KnownClass, failure: CorpusFailure, { files, original }: Loaded, roots: readonly string[]): Promise<void> {
  const keys = failure.sites.map(parseSiteKey);
  const checked = await checkRewrites(files, roots, [{ kind: failure.kind, keys }], { loaded: original });
  expect(checked.rewritten.applied.map((site) => formatSiteKey(site.key)), 'the sites still exist').toEqual(keys.map((key) => formatSiteKey({ kind: failure.kind, ...key })));
  // The fuzzer leaves the class out by its sites: one of these must be of it.
  expect(checked.rewritten.applied.some(known.matches), 'a site of the class').toBe(true);
  expect(checked.broken).toEqual([]);
  expect(formatDifference(checked.differences), `fixed? make known/${known.repro} a test and drop the class (known/README.md)`).toEqual(failure.differences);
}

/** What went wrong in one pass, with the sites that change the findings alone (or "only together"). */
async function describeProblems(name: string, kind: string, checked: Checked, files: readonly SourceFile[], roots: readonly string[], original: Program): Promise<string[]> {
  const differences = formatDifference(checked.differences);
  const broken = checked.broken.map((file) => `${baseName(file)} parses with more errors after the rewrite`);
  if (differences.length === 0 && broken.length === 0) return [];
  const culprits: string[] = [];
  for (const site of checked.rewritten.applied) {
    const alone = await checkRewrites(files, roots, [{ kind, keys: [site.key] }], { loaded: original });
    const lines = [...formatDifference(alone.differences), ...alone.broken.map((file) => `${baseName(file)} parses with more errors`)];
    if (lines.length > 0) culprits.push(`  alone, ${formatSiteKey(site.key)} (${site.description}): ${lines.join('; ')}`);
  }
  return [
    `${name}: ${checked.rewritten.applied.length} sites together`,
    ...[...differences, ...broken].map((line) => `  ${line}`),
    ...(culprits.length > 0 ? culprits : ['  no site alone: only some of them together (try subsets)']),
  ];
}
