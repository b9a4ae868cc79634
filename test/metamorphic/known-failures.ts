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
  {
    name: 'a WSK call moved into a helper leaves no request pending on the caller\'s IRP',
    repro: 'wsk-call-in-helper-pending.c',
    today: ['missing WSK015 at 26:15-18'],
    matches: (site) => site.key.kind === 'extract-call' && site.facts?.setup === 'here',
    corpus: [],
    fixtures: [
      { driver: 'irp-touched-while-pending/buffers-while-pending.c', kind: 'extract-call', sites: ['buffers-while-pending.c:35'], differences: ['lost WSK015 buffers-while-pending.c:38 in GotoCleanupFreesTooEarly', 'lost WSK015 buffers-while-pending.c:43 in GotoCleanupFreesTooEarly', 'lost WSK015 buffers-while-pending.c:48 in GotoCleanupFreesTooEarly'] },
      { driver: 'irp-touched-while-pending/buffers-while-pending.c', kind: 'extract-call', sites: ['buffers-while-pending.c:75'], differences: ['lost WSK015 buffers-while-pending.c:78 in EarlyReturnLeavesStackData'] },
      { driver: 'irp-touched-while-pending/buffers-while-pending.c', kind: 'extract-call', sites: ['buffers-while-pending.c:103'], differences: ['lost WSK015 buffers-while-pending.c:107 in SwitchFreesOutput'] },
      { driver: 'irp-touched-while-pending/buffers-while-pending.c', kind: 'extract-call', sites: ['buffers-while-pending.c:139'], differences: ['lost WSK015 buffers-while-pending.c:141 in LoopUnlocksEachRound'] },
      { driver: 'irp-touched-while-pending/buffers-while-pending.c', kind: 'extract-call', sites: ['buffers-while-pending.c:164'], differences: ['lost WSK015 buffers-while-pending.c:166 in FinallyFreesTheList'] },
      { driver: 'irp-touched-while-pending/buffers-while-pending.c', kind: 'extract-call', sites: ['buffers-while-pending.c:190'], differences: ['lost WSK015 buffers-while-pending.c:195 in ReceiveFromLocals'] },
      { driver: 'irp-touched-while-pending/buffers-while-pending.c', kind: 'extract-call', sites: ['buffers-while-pending.c:216'], differences: ['lost WSK015 buffers-while-pending.c:217 in SendToFreesControlInfo'] },
      { driver: 'irp-touched-while-pending/buffers-while-pending.c', kind: 'extract-call', sites: ['buffers-while-pending.c:235'], differences: ['lost WSK015 buffers-while-pending.c:238 in AcceptIntoTheStack'] },
      { driver: 'irp-touched-while-pending/freed-by-routine/', kind: 'extract-call', sites: ['send.c:22'], differences: ['lost WSK015 send.c:25 in ReadsTheFreedIrp'] },
      { driver: 'irp-touched-while-pending/freed-by-routine/', kind: 'extract-call', sites: ['send.c:44'], differences: ['lost WSK015 send.c:47 in FreesItTwice'] },
      { driver: 'irp-touched-while-pending/freed-by-routine/', kind: 'extract-call', sites: ['send.c:68'], differences: ['lost WSK015 send.c:70 in ReusesItForTheNextSend'] },
      { driver: 'irp-touched-while-pending/freed-by-routine/', kind: 'extract-call', sites: ['send.c:92'], differences: ['lost WSK015 send.c:94 in SendsAgainOnTheFreedIrp'] },
      { driver: 'irp-touched-while-pending/freed-by-routine/', kind: 'extract-call', sites: ['send.c:94'], differences: ['lost WSK015 send.c:94 in SendsAgainOnTheFreedIrp (expected at send.c:94 in SendsAgainOnTheFreedIrp or SendsAgainOnTheFreedIrpMm94.c:* in SendsAgainOnTheFreedIrpMm94)', 'lost WSK017 send.c:94 in SendsAgainOnTheFreedIrp (expected at send.c:94 in SendsAgainOnTheFreedIrp or SendsAgainOnTheFreedIrpMm94.c:* in SendsAgainOnTheFreedIrpMm94)'] },
      { driver: 'irp-touched-while-pending/helper-frees/', kind: 'extract-call', sites: ['send.c:15'], differences: ['lost WSK015 send.c:16 in SendAndDrop'] },
      { driver: 'irp-touched-while-pending/helper-frees-memory.c', kind: 'extract-call', sites: ['helper-frees-memory.c:63'], differences: ['lost WSK015 helper-frees-memory.c:65 in GotoCleanupFreesChain', 'lost WSK015 helper-frees-memory.c:69 in GotoCleanupFreesChain'] },
      { driver: 'irp-touched-while-pending/helper-frees-memory.c', kind: 'extract-call', sites: ['helper-frees-memory.c:122'], differences: ['lost WSK015 helper-frees-memory.c:128 in SwitchFreesThroughTwoHelpers'] },
      { driver: 'irp-touched-while-pending/helper-frees-memory.c', kind: 'extract-call', sites: ['helper-frees-memory.c:154'], differences: ['lost WSK015 helper-frees-memory.c:156 in LoopFreesOutputEachRound'] },
      { driver: 'irp-touched-while-pending/helper-frees-memory/', kind: 'extract-call', sites: ['send.c:25'], differences: ['lost WSK015 send.c:26 in SendLockedPages'] },
      { driver: 'irp-touched-while-pending/helper-frees-memory/', kind: 'extract-call', sites: ['send.c:58'], differences: ['lost WSK015 send.c:61 in FinallyReleasesTheMemory'] },
      { driver: 'irp-touched-while-pending/touched-while-pending.c', kind: 'extract-call', sites: ['touched-while-pending.c:17'], differences: ['lost WSK015 touched-while-pending.c:18 in NoWait', 'lost WSK015 touched-while-pending.c:21 in NoWait'] },
      { driver: 'irp-touched-while-pending/touched-while-pending.c', kind: 'extract-call', sites: ['touched-while-pending.c:37'], differences: ['lost WSK015 touched-while-pending.c:40 in SuccessIsNotCompletion', 'lost WSK015 touched-while-pending.c:44 in SuccessIsNotCompletion'] },
      { driver: 'irp-touched-while-pending/touched-while-pending.c', kind: 'extract-call', sites: ['touched-while-pending.c:60'], differences: ['lost WSK015 touched-while-pending.c:64 in WaitOnlyOnSomePaths'] },
      { driver: 'irp-touched-while-pending/touched-while-pending.c', kind: 'extract-call', sites: ['touched-while-pending.c:85'], differences: ['lost WSK015 touched-while-pending.c:88 in LocalEventEarlyReturn'] },
      { driver: 'irp-touched-while-pending/touched-while-pending.c', kind: 'extract-call', sites: ['touched-while-pending.c:116'], differences: ['lost WSK015 touched-while-pending.c:122 in GotoCleanup', 'lost WSK015 touched-while-pending.c:125 in GotoCleanup'] },
      { driver: 'irp-touched-while-pending/touched-while-pending.c', kind: 'extract-call', sites: ['touched-while-pending.c:148'], differences: ['lost WSK015 touched-while-pending.c:141 in InALoop', 'lost WSK015 touched-while-pending.c:153 in InALoop'] },
      { driver: 'irp-touched-while-pending/touched-while-pending.c', kind: 'extract-call', sites: ['touched-while-pending.c:172'], differences: ['lost WSK015 touched-while-pending.c:178 in SwitchFreesPending'] },
      { driver: 'irp-touched-while-pending/touched-while-pending.c', kind: 'extract-call', sites: ['touched-while-pending.c:202'], differences: ['lost WSK015 touched-while-pending.c:204 in ClearingIsNoWait'] },
    ],
  },
  {
    name: 'the IRP a helper\'s WSK call takes is not judged at the caller\'s argument',
    repro: 'irp-setup-in-helper-call.c',
    today: ['missing WSK017 at 25:36-39'],
    matches: (site) => site.key.kind === 'extract-call' && site.facts?.setup === 'here',
    corpus: [],
    fixtures: [
      { driver: 'irp-setup/flags-and-stack.c', kind: 'extract-call', sites: ['flags-and-stack.c:65'], differences: ['lost WSK017 flags-and-stack.c:55 in NoStackLocation'] },
      { driver: 'irp-setup/helpers-across-files/', kind: 'extract-call', sites: ['calls.c:41'], differences: ['lost WSK017 calls.c:41 in SentByAHelperThenAgain (expected at calls.c:41 in SentByAHelperThenAgain or SentByAHelperThenAgainMm41.c:* in SentByAHelperThenAgainMm41)'] },
      { driver: 'irp-setup/helpers-across-files/', kind: 'extract-call', sites: ['calls.c:64'], differences: ['lost WSK017 calls.c:64 in ReusedByAHelperWithoutRoutine (expected at calls.c:64 in ReusedByAHelperWithoutRoutine or ReusedByAHelperWithoutRoutineMm64.c:* in ReusedByAHelperWithoutRoutineMm64)'] },
      { driver: 'irp-setup/no-routine.c', kind: 'extract-call', sites: ['no-routine.c:19'], differences: ['lost WSK017 no-routine.c:19 in Straight (expected at no-routine.c:19 in Straight or StraightMm19.c:* in StraightMm19)'] },
      { driver: 'irp-setup/no-routine.c', kind: 'extract-call', sites: ['no-routine.c:40'], differences: ['lost WSK017 no-routine.c:40 in GotoCleanup (expected at no-routine.c:40 in GotoCleanup or GotoCleanupMm40.c:* in GotoCleanupMm40)'] },
      { driver: 'irp-setup/no-routine.c', kind: 'extract-call', sites: ['no-routine.c:63'], differences: ['lost WSK017 no-routine.c:63 in ReusedWithoutRoutine (expected at no-routine.c:63 in ReusedWithoutRoutine or ReusedWithoutRoutineMm63.c:* in ReusedWithoutRoutineMm63)'] },
      { driver: 'irp-setup/no-routine.c', kind: 'extract-call', sites: ['no-routine.c:87'], differences: ['lost WSK017 no-routine.c:87 in BySwitch (expected at no-routine.c:87 in BySwitch or BySwitchMm87.c:* in BySwitchMm87)'] },
      { driver: 'irp-setup/no-routine.c', kind: 'extract-call', sites: ['no-routine.c:102'], differences: ['lost WSK017 no-routine.c:102 in InALoop (expected at no-routine.c:102 in InALoop or InALoopMm102.c:* in InALoopMm102)'] },
      { driver: 'irp-setup/no-routine.c', kind: 'extract-call', sites: ['no-routine.c:120'], differences: ['lost WSK017 no-routine.c:120 in InATryFinally (expected at no-routine.c:120 in InATryFinally or InATryFinallyMm120.c:* in InATryFinallyMm120)'] },
      { driver: 'irp-setup/null-irp.c', kind: 'extract-call', sites: ['null-irp.c:23'], differences: ['lost WSK017 null-irp.c:23 in NullOnAPath (expected at null-irp.c:23 in NullOnAPath or NullOnAPathMm23.c:* in NullOnAPathMm23)'] },
      { driver: 'irp-setup/reuse.c', kind: 'extract-call', sites: ['reuse.c:21'], differences: ['lost WSK017 reuse.c:21 in SetAgainWithoutReuse (expected at reuse.c:21 in SetAgainWithoutReuse or SetAgainWithoutReuseMm21.c:* in SetAgainWithoutReuseMm21)'] },
      { driver: 'irp-setup/reuse.c', kind: 'extract-call', sites: ['reuse.c:44'], differences: ['lost WSK017 reuse.c:44 in NotSetAgain (expected at reuse.c:44 in NotSetAgain or NotSetAgainMm44.c:* in NotSetAgainMm44)'] },
      { driver: 'irp-setup/reuse.c', kind: 'extract-call', sites: ['reuse.c:63'], differences: ['lost WSK017 reuse.c:63 in ReceiveLoop (expected at reuse.c:63 in ReceiveLoop or ReceiveLoopMm63.c:* in ReceiveLoopMm63)'] },
      { driver: 'irp-setup/reuse.c', kind: 'extract-call', sites: ['reuse.c:90'], differences: ['lost WSK017 reuse.c:90 in EarlyReturnSkipsReuse (expected at reuse.c:90 in EarlyReturnSkipsReuse or EarlyReturnSkipsReuseMm90.c:* in EarlyReturnSkipsReuseMm90)'] },
    ],
  },
  {
    name: 'a helper\'s WSK call on a socket the caller closed is no use of it',
    repro: 'send-in-helper-closed-socket.c',
    today: ['missing WSK014 at 24:19-25'],
    matches: (site) => extracted(site, 'WskSend', 'WskReceive', 'WskDisconnect'),
    corpus: [],
    fixtures: [
      { driver: 'socket-used-after-close/helpers-across-files/', kind: 'extract-call', sites: ['user.c:27'], differences: ['lost WSK014 user.c:27 in UsedAfterTheHelperClosedIt (expected at user.c:27 in UsedAfterTheHelperClosedIt or UsedAfterTheHelperClosedItMm27.c:* in UsedAfterTheHelperClosedItMm27)'] },
    ],
  },
  {
    name: 'a helper\'s call through the NPI the caller released is no use of it',
    repro: 'client-call-in-helper-after-release.c',
    today: ['missing WSK018 at 28:28-32'],
    matches: (site) => extracted(site, 'WskControlClient', 'WskSocket', 'WskSocketConnect', 'WskGetAddressInfo', 'WskGetNameInfo'),
    corpus: [],
    fixtures: [
      { driver: 'provider-npi-lifetime/release-and-use.c', kind: 'extract-call', sites: ['release-and-use.c:48'], differences: ['lost WSK018 release-and-use.c:48 in ClientCallAfterRelease (expected at release-and-use.c:48 in ClientCallAfterRelease or ClientCallAfterReleaseMm48.c:* in ClientCallAfterReleaseMm48)'] },
      { driver: 'provider-npi-lifetime/release-and-use.c', kind: 'extract-call', sites: ['release-and-use.c:64'], differences: ['lost WSK018 release-and-use.c:64 in SocketThroughPointerAfterRelease (expected at release-and-use.c:64 in SocketThroughPointerAfterRelease or SocketThroughPointerAfterReleaseMm64.c:* in SocketThroughPointerAfterReleaseMm64)'] },
    ],
  },
  {
    name: 'the stack block a helper\'s WskRegister takes is not the caller\'s local',
    repro: 'register-in-helper-local-block.c',
    today: ['missing WSK019 at 23:35-48'],
    matches: (site) => extracted(site, 'WskRegister'),
    corpus: [],
    fixtures: [
      { driver: 'registration-lifetime/local-block.c', kind: 'extract-call', sites: ['local-block.c:16'], differences: ['lost WSK019 local-block.c:16 in StackRegistration (expected at local-block.c:16 in StackRegistration or StackRegistrationMm16.c:* in StackRegistrationMm16)'] },
      { driver: 'registration-lifetime/local-block.c', kind: 'extract-call', sites: ['local-block.c:58'], differences: ['lost WSK019 local-block.c:58 in StackDispatchThroughParameter (expected at local-block.c:58 in StackDispatchThroughParameter or StackDispatchThroughParameterMm58.c:* in StackDispatchThroughParameterMm58)'] },
    ],
  },
  {
    name: 'an address list a helper\'s WskGetAddressInfo makes while pending, or a helper\'s WskBind reads, is not judged at the caller',
    repro: 'address-info-in-helper-pending.c',
    today: ['missing WSK020 at 22:27-42', 'unexpected WSK020 at 24:5-19'],
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
