// Rewrite sites of the corpus known to change the findings: precision or recall bugs of the analysis
// (the lead's path engine and summaries), not of the rewrites. Each names its sites (`file:line`, or
// `file:line#n` for the n-th site of the kind on that line), the difference as formatDifference prints
// it, and its smallest C reproduction under known/ (README.md there says what each must yield).
// corpus.test.ts leaves these sites out of its passes and checks that each still fails as listed.

import type { SiteKey } from './sites';

export interface KnownFailure {
  readonly driver: string;
  readonly kind: string;
  readonly sites: readonly string[];
  readonly differences: readonly string[];
  /** The reproduction, relative to test/metamorphic/. */
  readonly repro: string;
}

export const KNOWN_FAILURES: readonly KnownFailure[] = [
  // A get moved into a helper: the copy it leaves in *Sd is taken as there even when the get failed.
  { driver: 'acceptor', kind: 'extract-call', sites: ['audit.c:78'], repro: 'known/get-in-helper-failure-path.c',
    differences: ['new WSK008 audit.c:100 in AcAuditListener'] },
  { driver: 'lpdprint', kind: 'extract-call', sites: ['lpdsock.c:127'], repro: 'known/get-in-helper-failure-path.c',
    differences: ['new WSK008 lpdsock.c:155 in LpdCreateListener'] },
  { driver: 'rdrcache', kind: 'extract-call', sites: ['probe.c:102'], repro: 'known/get-in-helper-failure-path.c',
    differences: ['new WSK008 probe.c:120 in RcProbePeer'] },
  { driver: 'rpcmux', kind: 'extract-call', sites: ['rmxlisten.c:373'], repro: 'known/get-in-helper-failure-path.c',
    differences: ['new WSK008 rmxlisten.c:387 in RmxIoctlAcceptAdmin'] },
  { driver: 'secmon', kind: 'extract-call', sites: ['policy.c:122'], repro: 'known/get-in-helper-failure-path.c',
    differences: ['new WSK008 policy.c:151 in SmApplyTemplate'] },
  { driver: 'secmon', kind: 'extract-call', sites: ['query.c:113'], repro: 'known/get-in-helper-failure-path.c',
    differences: ['new WSK008 query.c:123 in SmCaptureDescriptor'] },
  { driver: 'secmon', kind: 'extract-call', sites: ['query.c:152'], repro: 'known/get-in-helper-failure-path.c',
    differences: ['new WSK008 query.c:164 in SmSubmitAudit'] },
  { driver: 'telemetry', kind: 'extract-call', sites: ['queue.c:51'], repro: 'known/get-in-helper-failure-path.c',
    differences: ['new WSK008 queue.c:66 in TlmQueryPolicy'] },
  // A wait wrapper that waits through another one: the status it returns is no longer the IRP's.
  { driver: 'lpdprint', kind: 'wait-function', sites: ['lpdinit.c:71'], repro: 'known/wait-wrapper-chain.c',
    differences: ['new WSK008 lpdsock.c:155 in LpdCreateListener'] },
  { driver: 'rpcmux', kind: 'wait-function', sites: ['rmxinit.c:42'], repro: 'known/wait-wrapper-chain.c',
    differences: ['new WSK008 rmxlisten.c:387 in RmxIoctlAcceptAdmin'] },
  { driver: 'telemetry', kind: 'wait-function', sites: ['wsk.c:43'], repro: 'known/wait-wrapper-chain.c',
    differences: ['new WSK008 queue.c:66 in TlmQueryPolicy'] },
  // A bind through a helper counts as done whatever its status: a retry loop's next set is "after" it.
  { driver: 'vpnctl', kind: 'extract-call', sites: ['tunnel.c:82', 'tunnel.c:103'], repro: 'known/bind-in-helper-retry.c',
    differences: ['new WSK007 tunnel.c:82 in VtOpenTunnelInRange'] },
  // A socket created through a helper is not a new socket: the next iteration's set is "after" the last bind.
  { driver: 'mcastsvc', kind: 'extract-call', sites: ['groups.c:93', 'groups.c:103', 'groups.c:119'], repro: 'known/create-set-bind-helpers-loop.c',
    differences: ['new WSK007 groups.c:103 in McOpenGroups'] },
  { driver: 'ntpclock', kind: 'extract-call', sites: ['ntcsock.c:40', 'ntcsock.c:59', 'ntcsock.c:78'], repro: 'known/create-set-bind-helpers-loop.c',
    differences: ['new WSK007 ntcsock.c:59 in NtcOpenServerSocket'] },
  // WskSocketConnect in a helper: its socket is not born bound, and the descriptor it takes is not a use.
  { driver: 'kproxy', kind: 'extract-call', sites: ['session.c:123'], repro: 'known/socket-connect-in-helper-born-bound.c',
    differences: ['lost WSK007 session.c:145 in KpOpenUpstream'] },
  { driver: 'iscsiini', kind: 'extract-call', sites: ['isisess.c:208'], repro: 'known/socket-connect-in-helper-released-copy.c',
    differences: ['lost WSK009 isisess.c:218 in IsiReconnectSession (expected at isisess.c:208 in IsiReconnectSession or IsiReconnectSessionMm208.c:* in IsiReconnectSessionMm208)'] },
  // A helper that reads the IRP from its caller's object: the caller's unchecked allocation is not seen.
  { driver: 'kproxy', kind: 'extract-call', sites: ['conn.c:150'], repro: 'known/set-in-helper-unchecked-irp.c',
    differences: ['lost WSK006 conn.c:159 in KpAttachPolicy (expected at conn.c:150 in KpAttachPolicy or KpAttachPolicyMm150.c:* in KpAttachPolicyMm150)'] },
  { driver: 'rpcmux', kind: 'extract-call', sites: ['rmxpool.c:334'], repro: 'known/set-in-helper-unchecked-irp.c',
    differences: ['lost WSK006 rmxpool.c:343 in RmxAdvance (expected at rmxpool.c:334 in RmxAdvance or RmxAdvanceMm334.c:* in RmxAdvanceMm334)'] },
  // A release helper given a descriptor that was never cached.
  { driver: 'tdxbridge', kind: 'extract-call', sites: ['bridge.c:61'], repro: 'known/release-in-helper-pool-descriptor.c',
    differences: ['lost WSK009 bridge.c:64 in TbInitDescriptors (expected at bridge.c:61 in TbInitDescriptors or TbInitDescriptorsMm61.c:* in TbInitDescriptorsMm61)'] },
];

/** `probe.c:102` or `probe.c:102#1`. */
export function parseSiteKey(text: string): Omit<SiteKey, 'kind'> {
  const match = /^(.+):(\d+)(?:#(\d+))?$/.exec(text);
  if (!match) throw new Error(`not a site: ${text}`);
  return { file: match[1], line: Number(match[2]), index: match[3] ? Number(match[3]) : 0 };
}

/**
 * The reproductions under known/, each analysed alone with the test headers, and what the fixture
 * annotations' comparison says of them today (each a precision or recall bug; see known/README.md).
 */
export const REPRODUCTIONS: readonly { readonly file: string; readonly today: readonly string[] }[] = [
  { file: 'get-in-helper-failure-path.c', today: ['unexpected WSK008 at 31:9-23'] },
  { file: 'wait-wrapper-chain.c', today: ['unexpected WSK008 at 45:9-23'] },
  { file: 'bind-in-helper-retry.c', today: ['unexpected WSK007 at 38:18-30'] },
  { file: 'create-set-bind-helpers-loop.c', today: ['unexpected WSK007 at 60:39-51'] },
  { file: 'socket-connect-in-helper-born-bound.c', today: ['missing WSK007 at 39:66-82'] },
  { file: 'socket-connect-in-helper-released-copy.c', today: ['missing WSK009 at 28:27-31'] },
  { file: 'set-in-helper-unchecked-irp.c', today: ['missing WSK006 at 28:12-29'] },
  { file: 'release-in-helper-pool-descriptor.c', today: ['missing WSK009 at 29:19-22'] },
];
