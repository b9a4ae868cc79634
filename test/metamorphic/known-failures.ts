// The classes of rewrite the analysis gets wrong today: precision or recall bugs of the lead's path
// engine and summaries, not of the rewrites. Each class has
// - its smallest C reproduction under known/ (README.md there says what it must yield), and what the
//   fixture comparison says of it today (positions only);
// - the sites that belong to it (`matches`): the fuzzer draws none of them, so that its runs report
//   only what is not known yet;
// - its sites in the corpus and how each changes the findings today (`corpus`): the fixed set leaves
//   them out, and corpus.test.ts checks that each still does exactly that.
// When a class is fixed those checks fail: make the reproduction a test and drop the class. None is
// open today (known/README.md says where the last four went).

import type { Site, SiteKey } from './sites';

export interface CorpusFailure {
  readonly driver: string;
  readonly kind: string;
  /** `file:line`, or `file:line#n` for the n-th site of the kind on that line; applied together. */
  readonly sites: readonly string[];
  /** The difference, as formatDifference prints it. */
  readonly differences: readonly string[];
}

export interface KnownClass {
  readonly name: string;
  /** The reproduction, under known/. */
  readonly repro: string;
  /** What comparing the reproduction with its annotations says today (`missing WSK009 at 29:19-22`). */
  readonly today: readonly string[];
  readonly matches: (site: Site) => boolean;
  readonly corpus: readonly CorpusFailure[];
  /** Its sites in the rule fixtures of WSK013–WSK025 (fixtures.test.ts), `driver` naming the fixture (`rule/file.c`, `rule/folder/`). */
  readonly fixtures?: readonly CorpusFailure[];
}

export const KNOWN_CLASSES: readonly KnownClass[] = [];

/** Whether a site belongs to a known class (the fuzzer leaves it out). */
export function isKnownFailure(site: Site): boolean {
  return KNOWN_CLASSES.some((known) => known.matches(site));
}

/** `probe.c:102` or `probe.c:102#1`. */
export function parseSiteKey(text: string): Omit<SiteKey, 'kind'> {
  const match = /^(.+):(\d+)(?:#(\d+))?$/.exec(text);
  if (!match) throw new Error(`not a site: ${text}`);
  return { file: match[1], line: Number(match[2]), index: match[3] ? Number(match[3]) : 0 };
}
