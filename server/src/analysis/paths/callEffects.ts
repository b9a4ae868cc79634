// What a call does to a path state: a WSK call (by the API table), a kernel routine that allocates, ends
// or sets up an object, a helper through its summary, a function the analysis cannot see into.

import type { Node } from '../../parse/treeSitter';
import { DEBUG_ROUTINES, EVENT_ROUTINES_THAT_DO_NOT_WAIT, WAITS, POOL_ALLOCATORS, POOL_FREES, MDL_FREES, MDL_BUILDERS, STATUS_TESTS } from '../../wsk/kernel';
import { PENDING_BUFFERS, mdlPathOf } from '../../wsk/buffers';
import { INVOKE_FLAGS, birthsOf, endsOf, kernelFunction, objectKind, paramIndex, paramWithRole } from '../../wsk/api';
import type { Birth, WskFunction } from '../../wsk/api';
import type { WskCall } from '../calls';
import { accessPath, addressedPath, callerPath, pointeePath, rootOf } from '../access';
import type { IrpSetupEffect, SocketYield, Summary } from '../summary';
import { MAX_SYNTAX_DEPTH, argumentsOf, unparenthesize } from '../syntax';
import { throughCopies } from '../copies';
import type { ValueReader } from '../values';
import { UNKNOWN_VALUE } from './state';
import type { CallId, Facts, IrpSetup, Note, PathState, RoutineSet, SocketBirth } from './state';
import { calleeText } from './conditions';
import type { Engine } from './engine';
import { castLikeCall, evaluate, peek, readPath } from './expressions';
import { assign, completeAll, endObject, forgetSetup, giveAway, handOff, isConstantName, materialize, use } from './transitions';
import { statusCall } from './refine';
import { createdSocketCategory } from '../flags';

/** Functions that read their arguments and keep nothing: passing a descriptor to them is no hand-off. */
const NON_RETAINING = new Set([...DEBUG_ROUTINES, 'RtlValidSecurityDescriptor', 'RtlLengthSecurityDescriptor', 'SeValidSecurityDescriptor']);

export function call(engine: Engine, node: Node, state: PathState): string {
  const cast = castLikeCall(engine, node);
  if (cast) return evaluate(engine, cast, state);
  const args = argumentsOf(node);
  for (const arg of args) evaluate(engine, arg, state);
  forgetTestsOfAddressed(engine, args, state);
  const result = `c:${node.startIndex}`;
  const wsk = engine.calls.get(node.startIndex);
  const name = calleeText(node);
  if (wsk?.via) {
    // A wrapper: what its body does (its summary), and what the operation the caller chose does.
    engine.recordBefore(node, state);
    const summary = name ? engine.context.summaries?.summaryOf(name, args.length) : undefined;
    const tied = summary ? applySummary(engine, summary, node, args, state) : undefined;
    if (!summary) for (const arg of args) giveAway(engine, arg, state, node);
    if (wsk.via.choosesOperation) wskCall(engine, wsk, node, state, tied);
    else if (leavesRequest(wsk, summary)) issueRequest(engine, wsk, node, state, tied);
    return result;
  }
  if (wsk) {
    engine.recordBefore(node, state);
    wskCall(engine, wsk, node, state);
    return result;
  }
  const births = name ? birthsOf(name, undefined).filter((birth) => 'result' in birth.place) : [];
  if (births.length > 0) {
    // An IRP allocation: NULL exactly when it failed; owned (IoAllocateIrp) or the I/O manager's.
    if (!engine.tracks(node.startIndex)) return UNKNOWN_VALUE;
    const [birth] = births;
    state.outcomes.set(node.startIndex, {});
    const allocated: Facts = { object: { kind: birth.kind, state: 'live', call: node.startIndex, owned: birth.owned, note: { node, message: `${name} may fail and return NULL` } } };
    // An IRP the driver owns starts with no completion routine and no request.
    const setup: IrpSetup | undefined = birth.owned && birth.kind === 'irp' ? { since: { node, message: `the IRP is allocated here (${name})` }, routine: false, usedBy: false } : undefined;
    state.facts.set(result, setup ? { ...allocated, irpSetup: setup } : allocated);
    return result;
  }
  if (name && POOL_ALLOCATORS.has(name)) {
    if (!engine.tracks(node.startIndex)) return UNKNOWN_VALUE;
    state.facts.set(result, { object: { kind: 'descriptor', state: 'foreign', note: { node, message: `allocated from pool by ${name}` }, call: node.startIndex } });
    return result;
  }
  const kernel = name ? kernelFunction(name) : undefined;
  if (kernel) {
    // What frees or reinitialises an IRP: the states before it, for the rules (WSK015).
    if (kernel.irpSetup === 'reinitialises' || endsOf(kernel.name, undefined).length > 0) engine.recordBefore(node, state);
    // A modelled kernel routine is never a hand-off: only its documented effects count.
    for (const end of endsOf(kernel.name, undefined)) {
      endObject(engine, end.kind, targetOf(engine, argumentOf(kernel, args, end.arg), end.through, state), end.owner === true, node, state, { node: noteNode(engine, node), message: end.message });
    }
    if (kernel.irpSetup) setUpIrp(engine, kernel, args, node, state);
    return UNKNOWN_VALUE;
  }
  if (name && WAITS.has(name)) {
    completeAll(engine, state);
    return result;
  }
  if (name === STATUS_TESTS.success) {
    // Kept in a variable (`cached = NT_SUCCESS(status)`), it still says whether that call failed.
    const status = args[0] ? statusCall(engine, state, args[0]) : undefined;
    if (!status) return UNKNOWN_VALUE;
    const value = `ok:${status.call}`;
    state.facts.set(value, { successOf: status.call });
    return value;
  }
  if (name && NON_RETAINING.has(name)) return UNKNOWN_VALUE;
  // What a pool free is handed (an address list WSK allocated must go back through WskFreeAddressInfo),
  // or a function that may free memory a request of this function's uses (WSK015).
  if (name && (POOL_FREES.has(name) || MDL_FREES.has(name) || (engine.holdsMemory && engine.context.summaries?.mayFreeMemory?.(name)))) engine.recordBefore(node, state);
  // And what any call reads through an object (`RtlCopyMemory(&a, result->ai_addr, n)`): a use after its end.
  else if (readsThroughObject(engine, args, state)) engine.recordBefore(node, state);
  const summary = name ? engine.context.summaries?.summaryOf(name, args.length) : undefined;
  if (summary) {
    engine.recordBefore(node, state);
    applySummary(engine, summary, node, args, state);
    return result;
  }
  // A function the analysis does not see into: what it is given may be kept, released, waited for.
  // Handed one call's IRP or status (`status = MyWait(ctx, irp, status)`), what it returns is taken
  // as that call's final status: its tests hold for the call, which is complete after it.
  const handed = new Set<CallId>();
  for (const arg of args) {
    const facts = state.factsOf(peek(engine, state, arg));
    for (const call of [facts.irpOf, facts.statusOf?.call]) if (call !== undefined) handed.add(call);
  }
  // Handed the event an IRP's completion routine signals (its Context), it may wait for that IRP too
  // (not the event routines that never wait).
  if (!name || !EVENT_ROUTINES_THAT_DO_NOT_WAIT.has(name)) for (const call of signalledBy(engine, args, state)) state.outcomes.set(call, { ...state.outcome(call), pending: 'done' });
  for (const arg of args) giveAway(engine, arg, state, node);
  // An MDL is named by the call that built it, which tells the buffer it maps (WSK015).
  if (name && MDL_BUILDERS.has(name)) {
    if (args[0]) engine.builtMdls.set(node.startIndex, args[0]);
    return result;
  }
  if (handed.size === 0 && isReturnedStatus(engine, node)) {
    // Its own status, complete when it returns, when the function returns it: an `NT_SUCCESS` test
    // of it tells which way it went (a DriverEntry that fails after registering returns such a
    // status). Elsewhere its outcome would only split paths that no rule tells apart.
    state.facts.set(result, { statusOf: { call: node.startIndex, final: true } });
    return result;
  }
  if (handed.size !== 1) return UNKNOWN_VALUE;
  const [call] = handed;
  const value = `w:${node.startIndex}`;
  state.facts.set(value, { statusOf: { call, final: true } });
  return value;
}

/** The WSK calls whose IRP's completion routine gets one of these arguments (or its address) as Context. */
export function signalledBy(engine: Engine, args: readonly Node[], state: PathState): CallId[] {
  const typeName = (name: string) => engine.values.types.isTypeName(name);
  const paths = new Set<string>();
  for (const arg of args) {
    const path = addressedPath(arg, typeName) ?? accessPath(arg);
    if (path !== undefined) paths.add(path);
  }
  const calls: CallId[] = [];
  if (paths.size === 0) return calls;
  for (const facts of state.facts.values()) {
    const routine = facts.irpSetup?.routine;
    if (facts.irpOf !== undefined && routine && routine.context !== undefined && paths.has(routine.context)) calls.push(facts.irpOf);
  }
  return calls;
}

/** Whether an argument reads a field through a value that is a WSK object on this path (`r->ai_addr`). */
export function readsThroughObject(engine: Engine, args: readonly Node[], state: PathState): boolean {
  for (const arg of args) {
    const path = accessPath(arg) ?? addressedPath(arg, (name) => engine.values.types.isTypeName(name));
    if (!path) continue;
    for (const separator of path.matchAll(/->|\.|\[/g)) {
      if (state.factsOf(state.read(path.slice(0, separator.index))).object) return true;
    }
  }
  return false;
}

/** Whether a call's result is returned as it is, or put in a variable the function returns. */
export function isReturnedStatus(engine: Engine, call: Node): boolean {
  let node: Node = call;
  while (node.parent && (node.parent.type === 'parenthesized_expression' || node.parent.type === 'cast_expression')) node = node.parent;
  const parent = node.parent;
  if (!parent) return false;
  if (parent.type === 'return_statement') return true;
  const target = parent.type === 'assignment_expression' ? parent.childForFieldName('left') : parent.type === 'init_declarator' ? parent.childForFieldName('declarator') : null;
  return target?.type === 'identifier' && engine.facts.returnedNames.has(target.text);
}

/** The argument a call passes for a parameter of its signature. */
export function argumentOf(fn: WskFunction, args: readonly Node[], param: string): Node | undefined {
  const index = paramIndex(fn, param);
  return index >= 0 ? args[index] : undefined;
}

/**
 * The value a call's argument names for an effect: the argument's value, or the object it points to.
 * `materialized`: made a value of its own when unknown, so facts can be put on it.
 */
export function targetOf(engine: Engine, argument: Node | undefined, through: 'value' | 'pointee', state: PathState): { path?: string; value: string } | undefined {
  if (!argument) return undefined;
  const typeName = (name: string) => engine.values.types.isTypeName(name);
  const path = through === 'pointee' ? pointeePath(argument, typeName) : accessPath(argument);
  if (path === undefined) return through === 'value' ? { value: peek(engine, state, argument) } : undefined;
  return { path, value: state.read(path) };
}

/** The node a note about a call points at: its callee's name. */
export function noteNode(engine: Engine, call: Node): Node {
  return engine.calls.get(call.startIndex)?.callee ?? calleeNode(call) ?? call;
}

/**
 * What a helper does, applied to the caller's state at its call. Returns the caller's IRPs it tied to
 * this call (its statusIrps), each with the socket it yields there.
 */
export function applySummary(engine: Engine, summary: Summary, node: Node, args: readonly Node[], state: PathState): Map<string, Facts['yields']> {
  const id = node.startIndex;
  const callee = node.childForFieldName('function') ?? node;
  engine.helperCalls.set(id, { node, callee: calleeNode(node) ?? callee, summary, args });
  const at = (via: Note | true | undefined, message: string): Note => ({
    node: calleeNode(node) ?? callee,
    message,
    ...(via && via !== true ? { via: { ...via, file: via.file ?? summary.file } } : {}),
  });
  const typeName = (name: string) => engine.values.types.isTypeName(name);
  const map = (path: string) => callerPath(path, args, typeName);
  state.outcomes.set(id, {});

  // What the helper keeps is no longer the caller's to release.
  for (const path of summary.keeps) {
    const mapped = map(path);
    if (mapped) handOff(engine, state.read(mapped), state, { node: calleeNode(node) ?? callee, message: `kept by ${summary.name}` });
    if (mapped) forgetSetup(mapped, state);
  }
  for (const effect of summary.irpSetups ?? []) {
    const mapped = map(effect.path);
    if (mapped) applyIrpSetup(mapped, effect, (inner, message) => at(inner, message), node, state);
  }
  for (const set of summary.setsRoutine ?? []) {
    const mapped = map(set.path);
    const value = mapped ? state.read(mapped) : undefined;
    if (value?.startsWith('p:') && !value.includes('#')) engine.routineSets.push({ path: value.slice(2), routine: { ...set.routine, note: at(set.routine.note, set.routine.note.message) } });
  }
  for (const effect of summary.binds) {
    const mapped = map(effect.path);
    if (!mapped || !engine.tracks(id)) continue;
    const value = materialize(mapped, state, node);
    const facts = state.factsOf(value);
    const note = at(effect.note, `${summary.name} binds the socket ${mapped}`);
    state.facts.set(value, effect.when === 'success' ? { ...facts, bindCall: { call: id, note } } : { ...facts, bound: note });
  }
  // A descriptor an IRP issued inside the helper may still carry: released too early, it is WSK010.
  for (const effect of summary.pendingUses) {
    const mapped = map(effect.path);
    if (mapped) use(state.read(mapped), id, at(effect.note, `${summary.name} issues an IRP that carries the descriptor`), summary.name, state);
  }
  for (const effect of summary.applies) {
    const mapped = map(effect.path);
    const value = mapped ? state.read(mapped) : undefined;
    if (value?.startsWith('p:') && !value.includes('#')) engine.applies.push({ path: value.slice(2), note: at(effect.note, `${summary.name} applies SO_WSK_SECURITY`) });
  }
  for (const effect of summary.ends) {
    const mapped = map(effect.path);
    if (!mapped) continue;
    const note = at(effect.note, `${summary.name} ${objectKind(effect.kind).verbs.ends}`);
    endObject(engine, effect.kind, { path: mapped, value: state.read(mapped) }, effect.owner === true, node, state, note, effect.when === 'maybe');
  }
  // An end through an alias the caller cannot name may be of any of its objects of that kind.
  for (const kind of summary.endsUnseen ?? []) {
    engine.unseenEnds.add(kind);
    for (const [value, facts] of state.facts) {
      const object = state.object(value, kind);
      if (object?.state !== 'live' || object.owned === false) continue;
      state.facts.set(value, { ...facts, object: { ...object, state: 'ended', maybe: true, bornAt: object.note, note: at(undefined, `${summary.name} may end it through an alias`) } });
    }
  }
  // What it writes no longer holds what it held (effects above were on the values held at the call).
  for (const path of summary.writes) {
    const mapped = map(path);
    if (mapped && !summary.creates.some((c) => c.path === path)) assign(engine, mapped, UNKNOWN_VALUE, state, node);
  }
  // What it leaves NULL is NULL: a second release through it releases NULL (WSK009).
  for (const path of summary.nulls ?? []) {
    const mapped = map(path);
    if (!mapped || (engine.focus !== undefined && engine.focus !== id)) continue;
    const value = `null@${id}:${path}`;
    state.facts.set(value, { isNull: at(undefined, `${summary.name} sets ${mapped} to NULL`) });
    assign(engine, mapped, value, state, node);
  }
  for (const effect of summary.creates) {
    const mapped = effect.path === '' ? undefined : map(effect.path);
    if (effect.path !== '' && !mapped) continue;
    if (!engine.tracks(id)) {
      if (mapped) assign(engine, mapped, UNKNOWN_VALUE, state, node);
      continue;
    }
    const value = `o:${id}:${effect.kind}:${effect.path}`;
    const ownerPath = effect.of ? map(effect.of) : undefined;
    const note = at(effect.note, `${summary.name} ${objectKind(effect.kind).verbs.creates}${mapped ? ` ${mapped}` : ''}`);
    state.facts.set(value, { object: { kind: effect.kind, state: 'live', note, ...(effect.when === 'success' ? { call: id } : {}) }, ...(ownerPath ? { of: state.read(ownerPath) } : {}) });
    if (mapped) assign(engine, mapped, value, state, node);
    if (mapped && effect.setup) applyIrpSetup(mapped, effect.setup, (inner, message) => at(inner, message), node, state);
  }
  // The caller's IRPs whose call's status the helper returns were last given to this call; the socket
  // one of them yields is this call's (a new one each time it runs).
  for (const prefix of ['s', 'info', 'fs']) state.facts.delete(`${prefix}:${id}`);
  const tied = new Map<string, Facts['yields']>();
  for (const path of summary.statusIrps ?? []) {
    const mapped = map(path);
    if (!mapped) continue;
    const value = materialize(mapped, state, node);
    const made = engine.tracks(id) ? summary.yields?.find((y) => y.path === path) : undefined;
    const yields = made ? yieldedAt(made, id, (inner) => at(inner, `${summary.name} ${made.bound ? 'creates a bound socket' : 'creates a socket'}`)) : undefined;
    tieIrp(state, value, id, yields);
    tied.set(value, yields);
  }
  // A helper that passes back a status handed in (a wait helper) returns that call's status; when what
  // it passes back is only what this function was handed, this function passes that back in turn.
  const handedBack = (summary.returnsPassedIn ?? []).map((path) => {
    const mapped = map(path);
    if (mapped) return readPath(mapped, state);
    // A status handed in as an expression (`Wait(ctx, WskBind(…))`): its value.
    const whole = /^\$(\d+)$/.exec(path);
    const arg = whole ? args[Number(whole[1])] : undefined;
    return arg ? peek(engine, state, arg) : undefined;
  });
  const passed = handedBack.map((value) => (value === undefined ? undefined : state.factsOf(value).statusOf));
  const passedStatus = passed.length > 0 && passed.every((p) => p && p.call === passed[0]?.call) ? passed[0] : undefined;
  const entries = passedStatus ? [] : handedBack.flatMap((value) => (value === undefined ? [UNKNOWN_VALUE] : (state.factsOf(value).passedIn ?? [value])));
  const passedIn = entries.length > 0 && entries.every((value) => value.startsWith('p:') && !value.includes('#')) ? [...new Set(entries)] : undefined;
  const result: Facts = {
    ...(passedStatus
      ? { statusOf: { call: passedStatus.call, final: passed.some((p) => p?.final) } }
      : summary.returnsStatus ? { statusOf: { call: id, final: summary.pendingUses.length === 0 && !summary.returnsPending } } : {}),
    ...(passedIn ? { passedIn } : {}),
    ...(summary.returns && engine.tracks(id) ? { object: returnedObject(summary, id, at) } : {}),
    ...(summary.returns?.setup && engine.tracks(id) ? { irpSetup: helperSetup({}, summary.returns.setup, at, node) } : {}),
  };
  state.facts.set(`c:${id}`, result);
  if (summary.waits) completeAll(engine, state);
  return tied;
}

/**
 * IoReuseIrp/IoInitializeIrp make an IRP fresh (only the driver's own IRPs can be); IoSetCompletionRoutine[Ex]
 * sets its routine, partial when an Invoke flag is a constant FALSE.
 */
export function setUpIrp(engine: Engine, kernel: WskFunction, args: readonly Node[], node: Node, state: PathState): void {
  const irp = argumentOf(kernel, args, 'Irp');
  const path = irp ? accessPath(irp) : undefined;
  if (!irp || !path) return;
  const at = { node: noteNode(engine, node), message: '' };
  if (kernel.irpSetup === 'reinitialises') {
    // A run focused on another object still reinitialises the IRP it follows (its own allocation).
    const held = state.factsOf(state.read(path));
    if (!engine.tracks(node.startIndex) && !held.irpSetup && !held.object) return;
    const value = materialize(path, state, node);
    state.facts.set(value, { ...state.factsOf(value), irpSetup: { since: { ...at, message: `the IRP is reinitialised here (${kernel.name})` }, routine: false, usedBy: false } });
    return;
  }
  const value = materialize(path, state, node);
  const facts = state.factsOf(value);
  const routineArg = argumentOf(kernel, args, 'CompletionRoutine');
  const partial = INVOKE_FLAGS.some((flag) => {
    const argument = argumentOf(kernel, args, flag);
    return argument !== undefined && isConstantFalse(engine.values.evaluate(argument));
  });
  const name = routineArg ? functionNamed(routineArg) : undefined;
  const contextArg = argumentOf(kernel, args, 'Context');
  const context = contextArg ? (addressedPath(contextArg, (n) => engine.values.types.isTypeName(n)) ?? accessPath(contextArg)) : undefined;
  const routine: RoutineSet = { note: { ...at, message: `the completion routine${name ? ` ${name}` : ''} is set here` }, ...(name ? { name } : {}), partial, afterUse: typeof facts.irpSetup?.usedBy === 'object', ...(context && !isConstantName(context) ? { context } : {}) };
  state.facts.set(value, { ...facts, irpSetup: { ...facts.irpSetup, routine } });
  if (value.startsWith('p:') && !value.includes('#')) engine.routineSets.push({ path: value.slice(2), routine });
}

/** What a helper did to an IRP's setup: the parts it made known replace the caller's, those it left unclear are forgotten. */
export function applyIrpSetup(path: string, effect: Omit<IrpSetupEffect, 'path'>, at: (inner: Note, message: string) => Note, node: Node, state: PathState): void {
  const value = materialize(path, state, node);
  const facts = state.factsOf(value);
  state.facts.set(value, { ...facts, irpSetup: helperSetup(facts.irpSetup ?? {}, effect, at, node) });
}

/** An IRP's setup after a helper's call: `before` with the parts the helper made known, without those it left unclear. */
function helperSetup(before: IrpSetup, effect: Omit<IrpSetupEffect, 'path'>, at: (inner: Note, message: string) => Note, node: Node): IrpSetup {
  const setup: { -readonly [K in keyof IrpSetup]: IrpSetup[K] } = { ...before };
  const via = (note: Note): Note => at(note, note.message);
  if (effect.since === null) delete setup.since;
  else if (effect.since) setup.since = via(effect.since);
  if (effect.routine === null) delete setup.routine;
  else if (effect.routine === false) setup.routine = false;
  else if (effect.routine !== undefined) {
    // Its Context is left out: it is named in the helper's terms (`Event`, `Sync->Done`), and the caller
    // cannot tell which of its own it is.
    const { note, name, partial, afterUse } = effect.routine;
    setup.routine = { note: via(note), ...(name !== undefined ? { name } : {}), partial, afterUse: afterUse || (effect.since === undefined && typeof setup.usedBy === 'object') };
  }
  if (effect.usedBy === null) delete setup.usedBy;
  else if (effect.usedBy !== undefined) setup.usedBy = effect.usedBy && { call: node.startIndex, note: via(effect.usedBy.note) };
  return setup;
}

/** A WSK call's effects; through a wrapper, `tied`: the IRPs its summary tied to the call, with their sockets. */
export function wskCall(engine: Engine, call: WskCall, node: Node, state: PathState, tied?: ReadonlyMap<string, Facts['yields']>): void {
  const id = node.startIndex;
  const api = call.api;
  const arg = (role: Parameters<typeof paramWithRole>[1]) => {
    const param = paramWithRole(api, role);
    return param ? call.arg(param) : undefined;
  };
  const note = (message: string): Note => ({ node: call.callee, message });

  // A call that runs again (in a loop) produces new values: forget what was known of the old ones.
  for (const prefix of ['s', 'info', 'fs']) state.facts.delete(`${prefix}:${id}`);
  const births = birthsOf(api.name, call.operation?.effect);
  // The socket a WskSocket, WskSocketConnect or WskAccept makes arrives in the IRP's Information.
  const birth = births.find((b) => 'irpInformation' in b.place);
  const made: Facts['yields'] = birth && engine.tracks(id) ? { call: id, note: note(birth.message), bound: api.bornBound !== undefined, ...socketBirth(engine, call, birth) } : undefined;
  giveIrp(call, node, state, (irp) => made ?? tied?.get(irp));

  const socket = arg('socket');
  const socketPath = socket ? accessPath(socket) : undefined;
  if (api.binds && socketPath && engine.tracks(id)) {
    const value = materialize(socketPath, state, node);
    const facts = state.factsOf(value);
    if (api.name === 'WskBind') state.facts.set(value, { ...facts, bindCall: { call: id, note: note('the socket is bound here') } });
    else state.facts.set(value, { ...facts, bound: note(`the socket is bound (${api.name} needs a bound socket)`) });
  }

  holdBuffers(engine, call, node, state);

  const descriptorArg = arg('descriptor');
  if (descriptorArg) use(peek(engine, state, descriptorArg), id, note(`${api.name} takes the descriptor here`), api.name, state);

  const typeName = (name: string) => engine.values.types.isTypeName(name);
  if (call.operation?.effect === 'applyDescriptor') {
    const input = call.arg('InputBuffer');
    const path = input ? pointeePath(input, typeName) : undefined;
    if (path) use(state.read(path), id, note('SO_WSK_SECURITY applies the descriptor here'), 'the SO_WSK_SECURITY set', state);
    const socketValue = socketPath ? state.read(socketPath) : undefined;
    if (socketValue?.startsWith('p:') && !socketValue.includes('#') && !engine.applies.some((a) => a.note.node.id === call.callee.id)) {
      engine.applies.push({ path: socketValue.slice(2), note: note('SO_WSK_SECURITY is applied here') });
    }
  }
  // The objects the call makes into what an argument points to, and those it ends (the API table).
  for (const birth of births) {
    if (!('arg' in birth.place)) continue;
    const argument = call.arg(birth.place.arg);
    const path = argument ? pointeePath(argument, typeName) : undefined;
    if (!path) continue;
    if (!engine.tracks(id)) {
      assign(engine, path, UNKNOWN_VALUE, state, node);
      continue;
    }
    const value = `o:${id}`;
    const owner = birth.of ? targetOf(engine, call.arg(birth.of.arg), birth.of.through, state)?.value : undefined;
    state.facts.set(value, { object: { kind: birth.kind, state: 'live', note: note(birth.message), call: id, owned: birth.owned }, ...(owner ? { of: owner } : {}) });
    assign(engine, path, value, state, node);
  }
  for (const end of endsOf(api.name, call.operation?.effect)) {
    endObject(engine, end.kind, targetOf(engine, call.arg(end.arg), end.through, state), end.owner === true, node, state, note(end.message));
  }
}

/** What a creation gives its socket (see SocketBirth): the category its Flags or its kind give, its client table. */
function socketBirth(engine: Engine, call: WskCall, birth: Birth): SocketBirth {
  const category = createdSocketCategory(call.api.name, (param) => call.arg(param), engine.values);
  const dispatch = birth.socket ? call.arg(birth.socket.dispatch) : undefined;
  const table = dispatch !== undefined ? engine.values.evaluate(dispatch) : undefined;
  return {
    ...(category ? { category } : {}),
    ...(table !== undefined && isConstantFalse(table) ? { nullDispatch: true } : {}),
    ...(table?.kind === 'address' && table.of.type === 'identifier' ? { table: { name: table.of.text } } : {}),
  };
}

/** The socket a helper's IRP yields at its call `id` (see Summary.yields). */
function yieldedAt(made: SocketYield, id: CallId, at: (inner: Note) => Note): NonNullable<Facts['yields']> {
  const { path: _path, note, ...birth } = made;
  void _path;
  return { ...birth, call: id, note: at(note) };
}

/**
 * The call's request starts on its IRP: the call's status, and the IRP given to it with the socket it
 * yields there (for a wrapper's pending request, what the wrapper's summary tied to that IRP).
 */
function giveIrp(call: WskCall, node: Node, state: PathState, yields: (irp: string) => Facts['yields']): void {
  const id = node.startIndex;
  state.outcomes.set(id, {});
  state.facts.set(`c:${id}`, { statusOf: { call: id, final: false } });
  const param = paramWithRole(call.api, 'irp');
  const irp = param ? call.arg(param) : undefined;
  // A wrapper's (issueRequest) may read it from a field of what the caller passes: its caller's path.
  const irpPath = irp ? accessPath(irp) : param ? call.via?.paths.get(param) : undefined;
  if (!irpPath) return;
  const irpValue = materialize(irpPath, state, node);
  tieIrp(state, irpValue, id, yields(irpValue), { node: call.callee, message: `the IRP is given to ${call.api.name} here` });
}

/**
 * An IRP given to the call `id` (a WSK call, or a helper that returns the status of its call on it):
 * the IRP's call, the socket it yields there (none but `yields`: a new call makes a new one), and for
 * a WSK call its user (`user`: the irpSetup's usedBy, WSK015).
 */
function tieIrp(state: PathState, irp: string, id: CallId, yields: Facts['yields'], user?: Note): void {
  const { yields: _previous, ...facts } = state.factsOf(irp);
  void _previous;
  const irpSetup = user ? { irpSetup: { ...facts.irpSetup, usedBy: { call: id, note: user } } } : {};
  state.facts.set(irp, { ...facts, irpOf: id, ...(yields ? { yields } : {}), ...irpSetup });
}

/**
 * A wrapper that surely gives the caller's IRP to its WSK call, never waits and returns that call's
 * status (forwarding.ts): the request it leaves may still be pending on the caller's IRP, using the
 * memory the caller passed, just as if the caller had made the call (WSK015).
 */
function leavesRequest(call: WskCall, summary: Summary | undefined): boolean {
  const param = paramWithRole(call.api, 'irp');
  return call.via !== undefined && call.via.always && call.via.returnsStatus && summary !== undefined && !summary.waits && param !== undefined && (call.arg(param) !== undefined || call.via.paths.has(param));
}

/** What a wrapper's pending request does at the caller (see leavesRequest): its IRP and the memory it uses. */
function issueRequest(engine: Engine, call: WskCall, node: Node, state: PathState, tied: ReadonlyMap<string, Facts['yields']> | undefined): void {
  giveIrp(call, node, state, (irp) => tied?.get(irp));
  holdBuffers(engine, call, node, state);
}

/**
 * The memory WSK goes on using until the call's IRP completes (wsk/buffers.ts): a WSK_BUF's MDL, the
 * buffer the IoAllocateMdl that built it maps, the buffers and addresses given as pointers.
 */
export function holdBuffers(engine: Engine, call: WskCall, node: Node, state: PathState): void {
  const buffers = PENDING_BUFFERS.get(call.api.name);
  if (!buffers || !engine.tracks(node.startIndex)) return;
  const id = node.startIndex;
  const hold = (value: string | undefined, what: string) => {
    if (value === undefined || value === UNKNOWN_VALUE) return;
    const facts = state.factsOf(value);
    const use = { call: id, note: { node: call.callee, message: `${call.api.name} uses ${what} until its IRP completes` } };
    state.facts.set(value, { ...facts, heldBy: [...(facts.heldBy ?? []).filter((u) => u.call !== id), use] });
  };
  const typeName = (name: string) => engine.values.types.isTypeName(name);
  for (const { param, list } of buffers.mdls) {
    const argument = call.arg(param);
    const addressed = argument ? addressedPath(argument, typeName) : undefined;
    const pointer = argument && addressed === undefined ? accessPath(argument) : undefined;
    const mdlPath = mdlPathOf(addressed, pointer, list === true);
    if (mdlPath === undefined || isConstantName(addressed ?? pointer ?? '')) continue;
    const mdl = materialize(mdlPath, state, node);
    hold(mdl, `the MDL ${mdlPath}`);
    const built = /^c:(\d+)$/.exec(mdl);
    const mapped = built ? engine.builtMdls.get(Number(built[1])) : undefined;
    if (mapped && addressedPath(mapped, typeName) === undefined) hold(peek(engine, state, mapped), `the memory its MDL maps`);
  }
  for (const param of buffers.memory) {
    const argument = call.arg(param);
    if (argument && addressedPath(argument, typeName) === undefined && accessPath(argument) !== undefined) hold(peek(engine, state, argument), param);
  }
}

/**
 * A call handed `&x` may write `x`: the tests of `x` a path remembers no longer hold after it (and the
 * liveness of tests counts such a call as a write: liveness.ts).
 */
function forgetTestsOfAddressed(engine: Engine, args: readonly Node[], state: PathState): void {
  if (state.conditions.size === 0) return;
  for (const argument of args) {
    // Also `(PVOID)&x`, which parses as `(PVOID) & x` (liveness.ts, which cannot tell a type, keeps x live there).
    const addressed = addressedPath(argument, (name) => engine.values.types.isTypeName(name));
    if (addressed === undefined || !/^\w+$/.test(addressed)) continue;
    const root = rootOf(state.canonical(addressed));
    for (const [text, condition] of state.conditions) if (condition.names.some((name) => throughCopies(name, state.copies) === root)) state.conditions.delete(text);
  }
}

/** `FALSE`, `0`, `false`: a constant false. */
export function isConstantFalse(value: ReturnType<ValueReader['evaluate']>): boolean {
  return (value.kind === 'constant' && value.name === 'FALSE') || (value.kind === 'integer' && value.value === 0);
}

/** The function a completion-routine argument names: `Done`, `&Done`, `(PIO_COMPLETION_ROUTINE)Done`. */
export function functionNamed(argument: Node): string | undefined {
  let node = unparenthesize(argument);
  for (let i = 0; i < MAX_SYNTAX_DEPTH; i++) {
    if (node.type === 'cast_expression') {
      const value = node.childForFieldName('value');
      if (!value) return undefined;
      node = unparenthesize(value);
    } else if (node.type === 'pointer_expression' && node.childForFieldName('operator')?.type === '&') {
      const inner = node.childForFieldName('argument');
      if (!inner) return undefined;
      node = unparenthesize(inner);
    } else {
      break;
    }
  }
  return node.type === 'identifier' && node.text !== 'NULL' ? node.text : undefined;
}

function calleeNode(call: Node): Node | undefined {
  const fn = call.childForFieldName('function');
  if (!fn) return undefined;
  const target = unparenthesize(fn);
  if (target.type === 'identifier') return target;
  if (target.type === 'field_expression') return target.childForFieldName('field') ?? undefined;
  return undefined;
}

/** The object a helper returns, made at its call: see ObjectEffect (`nullable`: a NULL test tells). */
function returnedObject(summary: Summary, call: CallId, at: (via: Note | undefined, message: string) => Note): NonNullable<Facts['object']> {
  const returned = summary.returns as NonNullable<Summary['returns']>;
  const message = returned.nullable ? `${summary.name} may return NULL` : `${summary.name} returns a new ${objectKind(returned.kind).noun}`;
  return { kind: returned.kind, state: 'live', note: at(returned.note, message), ...(returned.when === 'success' || returned.nullable ? { call } : {}) };
}
