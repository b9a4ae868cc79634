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
    name: 'a wait wrapper that waits through another one no longer returns the IRP\'s status',
    repro: 'wait-wrapper-chain.c',
    today: ['unexpected WSK008 at 45:9-23'],
    matches: (site) => site.key.kind === 'wait-function' && site.facts?.status === 'parameter',
    corpus: [
      { driver: 'lpdprint', kind: 'wait-function', sites: ['lpdinit.c:71'], differences: ['new WSK008 lpdsock.c:155 in LpdCreateListener'] },
      { driver: 'rpcmux', kind: 'wait-function', sites: ['rmxinit.c:42'], differences: ['new WSK008 rmxlisten.c:387 in RmxIoctlAcceptAdmin'] },
      { driver: 'telemetry', kind: 'wait-function', sites: ['wsk.c:43'], differences: ['new WSK008 queue.c:66 in TlmQueryPolicy'] },
    ],
  },
  {
    name: 'a bind moved into a helper binds whatever its status',
    repro: 'bind-in-helper-retry.c',
    today: ['unexpected WSK007 at 38:18-30'],
    matches: (site) => extracted(site, 'WskBind', 'WskConnect', 'WskListen', 'WskSendTo'),
    corpus: [],
  },
  {
    name: 'a socket a helper creates on the IRP of a field of its parameter is not the caller\'s',
    repro: 'socket-in-helper-field-irp.c',
    today: ['missing WSK013 at 41:9-41'],
    matches: (site) => extracted(site, 'WskSocket'),
    corpus: [
      { driver: 'portfwd', kind: 'extract-call', sites: ['forward.c:170'], differences: ['lost WSK013 forward.c:191 in PfStartListener'] },
    ],
    fixtures: [
      { driver: 'socket-not-closed/helpers-across-files/', kind: 'extract-call', sites: ['sock.c:10'], differences: ['lost WSK013 peer.c:14 in LeaksWhatTheHelperOpened'] },
    ],
  },
  {
    name: 'a socket a helper creates bound (WskSocketConnect, WskAccept) is not bound in the caller',
    repro: 'socket-connect-in-helper-born-bound.c',
    today: ['missing WSK007 at 39:66-82'],
    matches: (site) => extracted(site, 'WskSocketConnect', 'WskAccept'),
    corpus: [
      { driver: 'kproxy', kind: 'extract-call', sites: ['session.c:123'], differences: ['lost WSK007 session.c:145 in KpOpenUpstream'] },
    ],
    fixtures: [
      { driver: 'control-operation-contract/ordering.c', kind: 'extract-call', sites: ['ordering.c:123'], differences: ['lost WSK021 ordering.c:133 in OptionOnConnectedSocket'] },
    ],
  },
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
    name: 'the socket a helper\'s WskAccept makes is not the caller\'s',
    repro: 'accept-in-helper-socket.c',
    today: ['missing WSK013 at 32:5-27'],
    matches: (site) => extracted(site, 'WskAccept'),
    corpus: [],
    fixtures: [
      { driver: 'socket-not-closed/leaks.c', kind: 'extract-call', sites: ['leaks.c:164'], differences: ['lost WSK013 leaks.c:177 in AcceptedSocketDropped'] },
    ],
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
  {
    name: 'the category and client table of a socket a helper creates are unknown to the caller',
    repro: 'socket-in-helper-category.c',
    today: ['missing WSK024 at 35:13-64'],
    matches: (site) => extracted(site, 'WskSocket'),
    corpus: [],
    fixtures: [
      { driver: 'dispatch-category-mismatch/casts-and-events.c', kind: 'extract-call', sites: ['casts-and-events.c:43'], differences: ['lost WSK024 casts-and-events.c:55 in ListenAndBind'] },
      { driver: 'dispatch-category-mismatch/casts-and-events.c', kind: 'extract-call', sites: ['casts-and-events.c:98'], differences: ['lost WSK024 casts-and-events.c:110 in EnableWithoutTable'] },
      { driver: 'dispatch-category-mismatch/wrapper-casts/', kind: 'extract-call', sites: ['user.c:12'], differences: ['lost WSK024 user.c:22 in ListenThenBindAsConnection'] },
      { driver: 'dispatch-category-mismatch/wrapper-casts/', kind: 'extract-call', sites: ['user.c:56'], differences: ['lost WSK024 user.c:67 in ReceiveWithoutCallback'] },
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
