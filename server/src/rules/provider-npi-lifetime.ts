import { paramWithRole } from '../wsk/api';
import type { Node } from '../parse/treeSitter';
import type { ReportedFix, Rule, RuleContext } from '../analysis/rule';
import type { WskCall } from '../analysis/calls';
import type { FunctionPaths, Note, PathState } from '../analysis/paths';
import { accessPath, callerPath, pointeePath, rootOf } from '../analysis/access';
import { unparenthesize } from '../analysis/syntax';
import { addressOfEntry, holderOf, insertBefore, insertBeforeExit, ownsOperation, related, statementInBlock, statesAt } from './path-support';
import { message } from './render';

const CAPTURE = 'WskCaptureProviderNPI';
const RELEASE = 'WskReleaseProviderNPI';
const DEREGISTER = 'WskDeregister';

export const rule: Rule = {
  meta: { id: 'WSK018', name: 'provider-npi-lifetime', severity: 'error', fix: 'safe' },
  docs: {
    summary: 'A captured provider NPI leaks at an exit, is released without a live capture, is used after its release, or is held across WskDeregister.',
    why: [
      'Every successful WskCaptureProviderNPI takes a reference on the WSK provider that only WskReleaseProviderNPI',
      'gives back, and WskDeregister waits until every captured NPI is released (and every socket closed). A capture',
      'that leaks on an error path, or that is still held when the same thread calls WskDeregister, makes WskDeregister',
      'wait forever: the driver hangs at unload. Releasing more often than capturing (or after a capture that failed)',
      'corrupts the reference count, and calling the provider\'s dispatch table after the release uses a provider',
      'that may be gone.',
      '\n\nHow far it sees: a capture is followed through the NPI variable it fills; one stored in a global or a',
      'context (released elsewhere, in the unload routine) is handed off, and a capture that failed needs no',
      'release. Captures and releases in helpers count through their summaries.',
    ].join(' '),
    invalid: `WSK_REGISTRATION g_Registration;

NTSTATUS
QueryTransports(PVOID List, SIZE_T Size)
{
    WSK_PROVIDER_NPI npi;
    NTSTATUS status;

    status = WskCaptureProviderNPI(&g_Registration, WSK_NO_WAIT, &npi);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    status = npi.Dispatch->WskControlClient(npi.Client, WSK_TRANSPORT_LIST_QUERY, 0, NULL, Size, List, &Size, NULL);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    WskReleaseProviderNPI(&g_Registration);
    return STATUS_SUCCESS;
}
`,
    valid: `WSK_REGISTRATION g_Registration;

NTSTATUS
QueryTransports(PVOID List, SIZE_T Size)
{
    WSK_PROVIDER_NPI npi;
    NTSTATUS status;

    status = WskCaptureProviderNPI(&g_Registration, WSK_NO_WAIT, &npi);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    status = npi.Dispatch->WskControlClient(npi.Client, WSK_TRANSPORT_LIST_QUERY, 0, NULL, Size, List, &Size, NULL);
    WskReleaseProviderNPI(&g_Registration);
    return status;
}
`,
    fixWhen: 'at a leaking exit or a WskDeregister that every path reaches holding the capture',
    fixSafety: 'Safe: inserts WskReleaseProviderNPI of the capture\'s registration just before the leaking exit (or the WskDeregister), only where every path through it still holds that capture; elsewhere a release would be a second one on some path.',
  },
  onFunction({ definition, calls, helperEffects }, context) {
    const captures = helperEffects.has('creates capture') || calls.some((call) => call.api.name === CAPTURE);
    const deregisters = helperEffects.has('ends registration');
    const releases = helperEffects.has('ends capture');
    if (!captures && !deregisters && !releases) return;
    const paths = context.paths(definition);
    if (!paths || paths.budgetExceeded) return;
    if (captures) reportLeaks(paths, context);
    if (deregisters) reportHelperDeregisters(paths, context);
    if (releases) reportHelperReleases(paths, context);
  },
  onCall(call, context) {
    // The provider dispatch's functions (called through a captured NPI, never after its release) take
    // its Client: a helper's call through the NPI its caller passes, made on every path, too.
    if (paramWithRole(call.api, 'client') && call.api.name !== RELEASE && call.api.name !== DEREGISTER && (!call.via || call.via.always)) checkProviderCall(call, context);
    if (!ownsOperation(call)) return;
    if (call.api.name === RELEASE) checkRelease(call, context);
    else if (call.api.name === DEREGISTER) checkDeregister(call, context);
  },
};

/** Exits that a capture held in a local NPI variable reaches unreleased. */
function reportLeaks(paths: FunctionPaths, context: RuleContext): void {
  for (const exit of paths.exits) {
    const leaks = new Map<string, { bornAt: Note; holder: string }>();
    for (const state of exit.states) {
      for (const leak of state.leaks('capture')) {
        const holder = holderOf(state, leak.value);
        // A capture no variable of this function holds (a declared wrapper's) has no NPI to speak of.
        if (holder && !leaks.has(leak.value)) leaks.set(leak.value, { bornAt: leak.bornAt, holder });
      }
    }
    if (leaks.size === 0) continue;
    const [[value, leak]] = leaks;
    const before = exit.node.type === 'return_statement' ? 'before this return' : 'before the end of the function';
    const certain = exit.states.every((state) => state.object(value, 'capture')?.state === 'live' && !state.factsOf(value).escaped);
    const registration = registrationText(leak.bornAt, exit.states[0].factsOf(value).of, exit.node, context);
    const fixes: ReportedFix[] = certain && registration && !context.inMacro(exit.node)
      ? [{ title: `Release the provider NPI with ${RELEASE}(${registration}) before leaving`, edits: [insertBeforeExit(exit.node, [`${RELEASE}(${registration});`], context)], preferred: true }]
      : [];
    context.report({
      target: exit.node,
      message: message(
        [`The provider NPI captured in ${leak.holder} (line ${context.lineOf(leak.bornAt.node)}) is not released ${before}.`, `WskDeregister waits for every capture to be released: the driver hangs at unload. Call ${RELEASE} or hand the NPI off.`],
        [`A captured provider NPI is not released ${before}.`, `It is held in ${leak.holder} since line ${context.lineOf(leak.bornAt.node)}; WskDeregister waits for it forever. Call ${RELEASE}.`],
      ),
      related: [...leaks.values()].flatMap((l) => related(l.bornAt)),
      fixes,
    });
  }
}

/** WskReleaseProviderNPI with no live successful capture on its registration: after a failed capture, or one release too many. */
function checkRelease(call: WskCall, context: RuleContext): void {
  const argument = call.arg('WskRegistration');
  const at = statesAt(call, context);
  if (!argument || !at) return;
  let failed: Note | undefined;
  let released: { release: Note; capture?: Note } | undefined;
  for (const state of at.states) {
    const registration = registrationValue(at.paths, state, argument);
    if (registration === undefined) continue;
    const captures = capturesOf(state, registration);
    if (captures.some((c) => c.live)) continue;
    const failure = captures.find((c) => c.failed);
    if (failure) failed ??= failure.note;
    const ended = captures.find((c) => c.ended);
    if (!failure && ended) released ??= { release: ended.note, capture: ended.bornAt };
  }
  if (failed) {
    context.report({
      target: argument,
      message: message(
        [`${RELEASE} after the capture at line ${context.lineOf(failed.node)} failed on this path.`, 'A capture that failed holds nothing: release only on the path where the capture succeeded.'],
      ),
      related: related(failed),
    });
  } else if (released) {
    context.report({
      target: argument,
      message: message(
        [`The provider NPI was already released at line ${context.lineOf(released.release.node)} on a path that reaches this release.`, 'Release once per successful capture: remove this release, or capture again before it.'],
      ),
      related: [...related(released.release), ...(released.capture ? related(released.capture) : [])],
    });
  }
}

/** A WSK_PROVIDER_DISPATCH call through an NPI whose capture was released on the path. */
function checkProviderCall(call: WskCall, context: RuleContext): void {
  const npi = call.via ? passedNpi(call) : npiPath(call);
  const at = npi ? statesAt(call, context) : undefined;
  if (!npi || !at) return;
  const client = paramWithRole(call.api, 'client');
  const target = call.via && client ? call.via.through.get(client) ?? call.callee : call.callee;
  const what = call.via ? `${call.via.wrapper} calls ${call.api.name}` : `${call.api.name} is called`;
  for (const state of at.states) {
    const capture = state.object(state.read(npi), 'capture');
    if (capture?.state !== 'ended' || capture.maybe) continue;
    context.report({
      target,
      message: message(
        [`${what} through ${npi} after its release at line ${context.lineOf(capture.note.node)}.`, 'No WSK_PROVIDER_DISPATCH function may be called after WskReleaseProviderNPI: make the call before the release.'],
        [`${what} through a provider NPI after its release (line ${context.lineOf(capture.note.node)}).`, `The NPI is ${npi}; make the call before WskReleaseProviderNPI.`],
      ),
      related: [...related(capture.note), ...(capture.bornAt ? related(capture.bornAt) : [])],
    });
    return;
  }
}

/** WskDeregister while this path holds a capture on the same registration, or a socket it owns. */
function checkDeregister(call: WskCall, context: RuleContext): void {
  const argument = call.arg('WskRegistration');
  const at = statesAt(call, context);
  if (!argument || !at) return;
  let capture: Note | undefined;
  let everyPath = at.states.length > 0;
  let socket: Note | undefined;
  for (const state of at.states) {
    const registration = registrationValue(at.paths, state, argument);
    const live = registration === undefined ? undefined : capturesOf(state, registration).find((c) => c.live);
    if (live) capture ??= live.note;
    else everyPath = false;
    socket ??= heldSocket(state);
  }
  if (capture) {
    const statement = statementInBlock(call.node);
    const fix: ReportedFix[] = everyPath && statement && !context.inMacro(statement)
      ? [{ title: `Release the provider NPI with ${RELEASE}(${context.text(argument)}) first`, edits: [insertBefore(statement, [`${RELEASE}(${context.text(argument)});`], context)], preferred: true }]
      : [];
    context.report({
      target: argument,
      message: message(
        [`WskDeregister while the provider NPI captured at line ${context.lineOf(capture.node)} is still held.`, 'WskDeregister waits until every capture is released, so it never returns here: release the NPI first.'],
      ),
      related: related(capture),
      fixes: fix,
    });
  } else if (socket) {
    context.report({
      target: argument,
      message: message(
        [`WskDeregister while the socket created at line ${context.lineOf(socket.node)} is still open.`, 'WskDeregister waits until every socket is closed, so it never returns here: close the socket first.'],
      ),
      related: related(socket),
    });
  }
}

/** A helper that deregisters (its summary says so) called while a capture on that registration is held. */
function reportHelperDeregisters(paths: FunctionPaths, context: RuleContext): void {
  const typeName = (name: string) => context.values.types.isTypeName(name);
  for (const helper of paths.helperCalls) {
    const summary = helper.summary;
    for (const end of summary.ends.filter((e) => e.kind === 'registration' && !e.owner && e.when !== 'maybe')) {
      // A helper that releases the captures of the registration before deregistering it is the correct idiom.
      if (summary.ends.some((e) => e.kind === 'capture' && e.owner && e.path === end.path)) continue;
      const registrationPath = callerPath(end.path, helper.args, typeName);
      if (!registrationPath) continue;
      const capture = paths.statesBefore(helper.node).map((state) => capturesOf(state, state.read(registrationPath)).find((c) => c.live)).find((c) => c)?.note;
      if (!capture) continue;
      context.report({
        target: helper.callee,
        message: message(
          [`${summary.name} deregisters while the provider NPI captured at line ${context.lineOf(capture.node)} is still held.`, 'WskDeregister waits until every capture is released, so it never returns here: release the NPI first.'],
          [`${summary.name} deregisters while a captured provider NPI is still held.`, `The capture at line ${context.lineOf(capture.node)} is never released first: WskDeregister waits for it forever.`],
        ),
        related: [...related(capture), ...(end.note ? [{ target: end.note.node, message: 'the client deregisters here', file: end.note.file ?? summary.file }] : [])],
      });
      break;
    }
  }
}

/** A helper that releases on every path (its summary says so), called with no live successful capture on the path. */
function reportHelperReleases(paths: FunctionPaths, context: RuleContext): void {
  const typeName = (name: string) => context.values.types.isTypeName(name);
  for (const helper of paths.helperCalls) {
    const end = helper.summary.ends.find((e) => e.kind === 'capture' && e.owner && e.when === 'always');
    const registrationPath = end ? callerPath(end.path, helper.args, typeName) : undefined;
    if (!end || !registrationPath) continue;
    let failed: Note | undefined;
    let released: Note | undefined;
    for (const state of paths.statesBefore(helper.node)) {
      const captures = capturesOf(state, state.read(registrationPath));
      if (captures.some((c) => c.live)) continue;
      failed ??= captures.find((c) => c.failed)?.note;
      released ??= captures.find((c) => c.ended)?.note;
    }
    const previous = failed ?? released;
    if (!previous) continue;
    context.report({
      target: helper.callee,
      message: failed
        ? message([`${helper.summary.name} releases the provider NPI after the capture at line ${context.lineOf(failed.node)} failed.`, 'A capture that failed holds nothing: release only on the path where the capture succeeded.'])
        : message(
          [`${helper.summary.name} releases a provider NPI already released at line ${context.lineOf(previous.node)}.`, 'Release once per successful capture: remove this release, or capture again before it.'],
          [`${helper.summary.name} releases a provider NPI that was already released on this path.`, `The release at line ${context.lineOf(previous.node)} came first: release once per successful capture.`],
        ),
      related: [...related(previous), ...(end.note ? [{ target: end.note.node, message: 'the release happens here', file: end.note.file ?? helper.summary.file }] : [])],
    });
  }
}

/** The captures of a registration on a path: live, failed, or ended (where released, and where made). */
function capturesOf(state: PathState, registration: string): { live: boolean; failed: boolean; ended: boolean; note: Note; bornAt?: Note }[] {
  const result: { live: boolean; failed: boolean; ended: boolean; note: Note; bornAt?: Note }[] = [];
  for (const [value, facts] of state.facts) {
    const object = facts.object;
    if (facts.of !== registration || object?.kind !== 'capture') continue;
    const failed = object.state === 'live' && object.call !== undefined && state.outcome(object.call).failed === true;
    result.push({ live: object.state === 'live' && !failed && state.object(value, 'capture') !== undefined, failed, ended: object.state === 'ended' && !object.maybe, note: object.note, bornAt: object.bornAt });
  }
  return result;
}

/** The registration value a `&reg` / `pReg` argument names in a state. */
function registrationValue(paths: FunctionPaths, state: PathState, argument: Node): string | undefined {
  return paths.pointeeOf(state, argument);
}

/** A socket this path created and still owns, open and not handed off (its creation known to have succeeded). */
function heldSocket(state: PathState): Note | undefined {
  for (const leak of state.leaks('socket')) {
    const call = state.object(leak.value, 'socket')?.call;
    if (call !== undefined && state.outcome(call).failed === false) return leak.bornAt;
  }
  return undefined;
}

/**
 * The caller's NPI a helper's provider call goes through, when the helper reads the Client from what
 * the caller passes (`Npi->Client` in `Query(&npi, …)`: `npi`; in `Query(Ctx->Npi, …)`: `*Ctx->Npi`).
 */
function passedNpi(call: WskCall): string | undefined {
  const client = paramWithRole(call.api, 'client');
  const path = client ? call.via?.paths.get(client) : undefined;
  const match = path ? /^(.+?)(\.|->)Client$/.exec(path) : null;
  if (!match) return undefined;
  return match[2] === '->' ? `*${match[1]}` : match[1];
}

/** The NPI a provider call goes through: `npi` of `npi.Dispatch->WskSocket`, `*Npi` of `Npi->Dispatch->WskSocket`. */
function npiPath(call: WskCall): string | undefined {
  const table = call.callee.parent?.type === 'field_expression' ? call.callee.parent.childForFieldName('argument') : null;
  const dispatch = table ? unparenthesize(table) : undefined;
  if (dispatch?.type !== 'field_expression' || dispatch.childForFieldName('field')?.text !== 'Dispatch') return undefined;
  const base = dispatch.childForFieldName('argument');
  if (!base) return undefined;
  return dispatch.childForFieldName('operator')?.type === '->' ? pointeePath(base, () => false) : accessPath(base);
}


/**
 * How a release at `at` names the capture's registration: the capture call's own argument when the
 * capture is a call of this file whose argument's variable is visible at `at`, else the registration
 * the caller handed in.
 */
function registrationText(bornAt: Note, of: string | undefined, at: Node, context: RuleContext): string | undefined {
  const capture = bornAt.via ? undefined : context.calls.find((call) => call.callee.id === bornAt.node.id && call.api.name === CAPTURE);
  const argument = capture?.arg('WskRegistration');
  if (argument) {
    const root = rootOf(pointeePath(argument, (name) => context.values.types.isTypeName(name)) ?? '');
    const visible = context.variablesInScope(at).some((v) => v.declaration.name === root) || context.values.types.global(root, context.file) !== undefined;
    return visible ? context.text(argument) : undefined;
  }
  return addressOfEntry(of);
}
