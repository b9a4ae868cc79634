// The classes of rewrite the analysis gets wrong today: precision or recall bugs of the lead's path
// engine and summaries, not of the rewrites. Each class has
// - its smallest C reproduction under known/ (README.md there says what it must yield), and what the
//   fixture comparison says of it today (positions only);
// - the sites that belong to it (`matches`): the fuzzer draws none of them, so that its runs report
//   only what is not known yet;
// - its sites in the corpus and how each changes the findings today (`corpus`): the fixed set leaves
//   them out, and corpus.test.ts checks that each still does exactly that.
// When a class is fixed those checks fail: make the reproduction a test and drop the class.

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

const extracted = (site: Site, ...calls: string[]) => site.key.kind === 'extract-call' && calls.includes(site.facts?.call ?? '');

export const KNOWN_CLASSES: readonly KnownClass[] = [
  {
    name: 'an IRP a helper reads through its parameter is not the caller\'s',
    repro: 'set-in-helper-unchecked-irp.c',
    today: ['missing WSK006 at 28:12-29'],
    matches: (site) => site.key.kind === 'extract-call' && site.facts?.irp === 'path',
    corpus: [
      { driver: 'kproxy', kind: 'extract-call', sites: ['conn.c:150'], differences: ['lost WSK006 conn.c:159 in KpAttachPolicy (expected at conn.c:150 in KpAttachPolicy or KpAttachPolicyMm150.c:* in KpAttachPolicyMm150)'] },
      { driver: 'rpcmux', kind: 'extract-call', sites: ['rmxpool.c:334'], differences: ['lost WSK006 rmxpool.c:343 in RmxAdvance (expected at rmxpool.c:334 in RmxAdvance or RmxAdvanceMm334.c:* in RmxAdvanceMm334)'] },
    ],
  },
  {
    name: 'an address list a helper\'s WskGetAddressInfo makes while pending, or a helper\'s WskBind reads, is not judged at the caller',
    repro: 'address-info-in-helper-read-pending.c',
    today: ['missing WSK020 at 22:27-42', 'unexpected WSK020 at 24:5-19'],
    matches: (site) => extracted(site, 'WskGetAddressInfo', 'WskBind'),
    corpus: [],
    fixtures: [
      { driver: 'address-info-lifetime/helpers-across-files/', kind: 'extract-call', sites: ['connect.c:19'], differences: ['lost WSK020 connect.c:19 in ConnectByName (expected at connect.c:19 in ConnectByName or ConnectByNameMm19.c:* in ConnectByNameMm19)'] },
      { driver: 'address-info-lifetime/lifetimes.c', kind: 'extract-call', sites: ['lifetimes.c:135'], differences: ['lost WSK020 lifetimes.c:139 in ReadBeforeCompletion'] },
      { driver: 'address-info-lifetime/lifetimes.c', kind: 'extract-call', sites: ['lifetimes.c:168'], differences: ['lost WSK020 lifetimes.c:169 in CopiedBeforeCompletion', 'new WSK020 lifetimes.c:172 in CopiedBeforeCompletion'] },
    ],
  },
  {
    name: 'a socket a helper creates on the IRP of a field of its parameter is not the caller\'s',
    repro: 'socket-in-helper-field-irp.c',
    today: ['missing WSK013 at 41:9-41'],
    matches: (site) => extracted(site, 'WskSocket'),
    corpus: [],
  },
  {
    name: 'an address list a helper\'s WskGetAddressInfo makes is not judged at the caller while it may be pending',
    repro: 'address-info-in-helper-pending.c',
    today: ['missing WSK020 at 26:52-58'],
    matches: (site) => extracted(site, 'WskGetAddressInfo', 'WskBind'),
    corpus: [],
    fixtures: [
      { driver: 'address-info-lifetime/helpers-across-files/', kind: 'extract-call', sites: ['connect.c:19'], differences: ['lost WSK020 connect.c:19 in ConnectByName (expected at connect.c:19 in ConnectByName or ConnectByNameMm19.c:* in ConnectByNameMm19)'] },
      { driver: 'address-info-lifetime/lifetimes.c', kind: 'extract-call', sites: ['lifetimes.c:135'], differences: ['lost WSK020 lifetimes.c:139 in ReadBeforeCompletion'] },
      { driver: 'address-info-lifetime/lifetimes.c', kind: 'extract-call', sites: ['lifetimes.c:168'], differences: ['lost WSK020 lifetimes.c:169 in CopiedBeforeCompletion', 'new WSK020 lifetimes.c:172 in CopiedBeforeCompletion'] },
    ],
  },
];

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
