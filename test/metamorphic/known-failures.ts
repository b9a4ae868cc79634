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
  /** Its sites in the rule fixtures of WSK013–WSK020 (fixtures.test.ts), `driver` naming the fixture (`rule/file.c`, `rule/folder/`). */
  readonly fixtures?: readonly CorpusFailure[];
}

const extracted = (site: Site, ...calls: string[]) => site.key.kind === 'extract-call' && calls.includes(site.facts?.call ?? '');

export const KNOWN_CLASSES: readonly KnownClass[] = [
  {
    name: 'a get moved into a helper leaves a copy even when it fails',
    repro: 'get-in-helper-failure-path.c',
    today: ['unexpected WSK008 at 31:9-23'],
    matches: (site) => extracted(site, 'WskControlSocket') && site.facts?.effect === 'readDescriptor',
    corpus: [
      { driver: 'acceptor', kind: 'extract-call', sites: ['audit.c:78'], differences: ['new WSK008 audit.c:100 in AcAuditListener'] },
      { driver: 'lpdprint', kind: 'extract-call', sites: ['lpdsock.c:127'], differences: ['new WSK008 lpdsock.c:155 in LpdCreateListener'] },
      { driver: 'rdrcache', kind: 'extract-call', sites: ['probe.c:102'], differences: ['new WSK008 probe.c:120 in RcProbePeer'] },
      { driver: 'rpcmux', kind: 'extract-call', sites: ['rmxlisten.c:373'], differences: ['new WSK008 rmxlisten.c:387 in RmxIoctlAcceptAdmin'] },
      { driver: 'secmon', kind: 'extract-call', sites: ['policy.c:122'], differences: ['new WSK008 policy.c:151 in SmApplyTemplate'] },
      { driver: 'secmon', kind: 'extract-call', sites: ['query.c:113'], differences: ['new WSK008 query.c:123 in SmCaptureDescriptor'] },
      { driver: 'secmon', kind: 'extract-call', sites: ['query.c:152'], differences: ['new WSK008 query.c:164 in SmSubmitAudit'] },
      { driver: 'telemetry', kind: 'extract-call', sites: ['queue.c:51'], differences: ['new WSK008 queue.c:66 in TlmQueryPolicy'] },
    ],
  },
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
    corpus: [
      { driver: 'vpnctl', kind: 'extract-call', sites: ['tunnel.c:82', 'tunnel.c:103'], differences: ['new WSK007 tunnel.c:82 in VtOpenTunnelInRange'] },
    ],
  },
  {
    name: 'a socket created in a helper is not a new socket',
    repro: 'create-set-bind-helpers-loop.c',
    today: ['unexpected WSK007 at 60:39-51'],
    matches: (site) => extracted(site, 'WskSocket'),
    corpus: [
      { driver: 'mcastsvc', kind: 'extract-call', sites: ['groups.c:93', 'groups.c:103', 'groups.c:119'], differences: ['new WSK007 groups.c:103 in McOpenGroups'] },
      { driver: 'ntpclock', kind: 'extract-call', sites: ['ntcsock.c:40', 'ntcsock.c:59', 'ntcsock.c:78'], differences: ['new WSK007 ntcsock.c:59 in NtcOpenServerSocket'] },
      { driver: 'portfwd', kind: 'extract-call', sites: ['forward.c:170'], differences: ['lost WSK013 forward.c:191 in PfStartListener'] },
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
  },
  {
    name: 'the descriptor a helper\'s WskSocketConnect reads through its parameter is no use of it',
    repro: 'socket-connect-in-helper-released-copy.c',
    today: ['missing WSK009 at 28:27-31'],
    matches: (site) => extracted(site, 'WskSocketConnect', 'WskSocket'),
    corpus: [
      { driver: 'iscsiini', kind: 'extract-call', sites: ['isisess.c:208'], differences: ['lost WSK009 isisess.c:218 in IsiReconnectSession (expected at isisess.c:208 in IsiReconnectSession or IsiReconnectSessionMm208.c:* in IsiReconnectSessionMm208)'] },
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
    name: 'a release moved into a helper is not judged at the caller\'s argument',
    repro: 'release-in-helper-pool-descriptor.c',
    today: ['missing WSK009 at 29:19-22'],
    matches: (site) => extracted(site, 'WskControlClient') && site.facts?.effect === 'releaseDescriptor',
    corpus: [
      { driver: 'tdxbridge', kind: 'extract-call', sites: ['bridge.c:61'], differences: ['lost WSK009 bridge.c:64 in TbInitDescriptors (expected at bridge.c:61 in TbInitDescriptors or TbInitDescriptorsMm61.c:* in TbInitDescriptorsMm61)'] },
    ],
  },
  {
    name: 'memory a helper\'s WSK call still uses is not the caller\'s to keep alive',
    repro: 'buffer-in-helper-pending.c',
    today: ['missing WSK015 at 30:5-19'],
    matches: (site) => site.key.kind === 'extract-call' && site.facts?.address === 'yes',
    corpus: [
      { driver: 'rdrcache', kind: 'extract-call', sites: ['rdr.c:303'], differences: ['lost WSK015 rdr.c:313 in RcRefreshSecurityEx'] },
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
