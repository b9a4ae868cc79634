// How a path state changes: a path made to hold a value, an object handed off or ended, buffers held by a
// pending call, and what a path can no longer look at forgotten (so that states meet at joins).

import type { Node } from '../../parse/treeSitter';
import { objectKind } from '../../wsk/api';
import type { ObjectKindName } from '../../wsk/api';
import { RETURNED, accessPath, addressedPath, dependsOn, identifiersOf, isOutsideStorage, rootOf } from '../access';
import { throughCopies } from '../copies';
import { unparenthesize } from '../syntax';
import { isDescriptorPointer, isIrpPointer } from '../types';
import type { CType } from '../types';
import { UNKNOWN_VALUE } from './state';
import type { CallId, Facts, Note, PathState } from './state';
import type { Liveness } from './liveness';
import { calleeText } from './conditions';
import type { Engine } from './engine';
import { evaluate } from './expressions';

export function write(engine: Engine, left: Node, value: string, state: PathState, at: Node): void {
  const path = accessPath(left);
  if (!path) {
    evaluate(engine, left, state);
    return;
  }
  // A NULL only matters where an IRP or a descriptor may be NULL: elsewhere (`ctx->Socket = NULL`)
  // it would only split paths that the rules cannot tell apart.
  if (state.factsOf(value).isNull && !mayHoldTracked(engine.values.typeOf(left))) value = UNKNOWN_VALUE;
  assign(engine, path, value, state, at);
}

/** Makes `path` hold `value`; what depended on the old object is forgotten. */
export function assign(engine: Engine, written: string, value: string, state: PathState, at: Node): void {
  const path = state.canonical(written);
  // A NULL held by a variable is an object a focused run can follow (a NULL argument is not).
  if (value.startsWith('null@')) engine.origins.add(Number(value.slice(5)));
  if (path !== RETURNED) engine.written.add(path);
  if (isOutsideStorage(path, (name) => engine.facts.locals.has(name))) {
    handOff(engine, value, state, { node: at, message: `stored in ${path}` });
  } else if (/\[(?!\d+\])/.test(path)) {
    // An element of a local array picked by a variable: which one a later `Sockets[j]` names is not
    // known, so what is stored there is not followed.
    handOff(engine, value, state, { node: at, message: `stored in ${path}` });
  }
  for (const key of [...state.env.keys()]) if (dependsOn(key, path)) state.env.delete(key);
  if (!path.includes('->') && !path.includes('.') && !path.includes('[') && !path.startsWith('*')) {
    state.generations.set(path, at.startIndex);
    // `Sockets[i]` names another element once `i` changes: what was known of the old one is gone
    // (and a loop that writes `i` at the same place must not meet last round's facts).
    for (const value of [...state.facts.keys()]) {
      if (value.startsWith('p:') && dependsOn(value.slice(2).replace(/#.*$/, ''), path)) state.facts.delete(value);
    }
  }
  // A test of a copy (`if (*irp)`) is a test of the parameter's storage (`*Irp`).
  const root = rootOf(path);
  for (const [text, condition] of state.conditions) if (condition.names.some((name) => throughCopies(name, state.copies) === root)) state.conditions.delete(text);
  state.env.set(path, value);
}

/**
 * `*Out = pair;` copies the members of a local structure too: what `pair.Socket` holds, `Out->Socket`
 * (`(*Out).Socket`) now holds (and it is handed off when that storage is the caller's).
 */
export function copyMembers(engine: Engine, right: Node, left: Node, state: PathState, at: Node): void {
  const value = unparenthesize(right);
  if (value.type !== 'identifier' || engine.values.typeOf(value).kind !== 'record') return;
  const source = throughCopies(value.text, state.copies);
  const target = accessPath(left);
  if (!source || !target || source === target) return;
  for (const [path, value] of [...state.env]) {
    if (path.startsWith(`${source}.`)) assign(engine, `${target}${path.slice(source.length)}`, value, state, at);
  }
}

/** An object given to someone else is theirs to end. */
export function handOff(engine: Engine, value: string, state: PathState, note: Note): void {
  const facts = state.facts.get(value);
  // Entry values too: a summary tells callers which of the values they hand in the function keeps.
  if (facts?.object?.state === 'live' && facts.object.owned !== false) {
    if (!facts.escaped) state.facts.set(value, { ...facts, escaped: note });
  } else if (value.startsWith('p:') && !value.includes('#')) {
    // What the function keeps of the values it was handed is for its summary, whatever the path:
    // kept outside the states, so that paths differing only in it merge.
    engine.kept.add(value.slice(2));
  }
}

/**
 * The value a path holds, made a value of its own when it holds nothing known (`?`): facts must never
 * stick to the shared unknown. A fresh value per site, reset when the site runs again.
 */
export function materialize(written: string, state: PathState, at: Node): string {
  const path = state.canonical(written);
  const value = state.read(path);
  if (value !== UNKNOWN_VALUE) return value;
  const fresh = `u:${at.startIndex}:${path}`;
  state.facts.delete(fresh);
  state.env.set(path, fresh);
  return fresh;
}

/**
 * An object ends (released, closed, freed): the one `target` names, or — `owner` — one of those that
 * belong to it (WskReleaseProviderNPI ends a capture of the registration it names).
 */
export function endObject(engine: Engine, kind: ObjectKindName, target: { path?: string; value: string } | undefined, owner: boolean, node: Node, state: PathState, note: Note, maybe = false): void {
  if (!target) return;
  if (owner) {
    for (const [value, facts] of state.facts) {
      if (facts.of !== target.value || state.object(value, kind)?.state !== 'live') continue;
      state.facts.set(value, { ...facts, object: { ...(facts.object as NonNullable<Facts['object']>), state: 'ended', note, bornAt: facts.object?.note, ...(maybe ? { maybe } : {}) } });
      return;
    }
    // None here: what the caller handed in (for the summary: it ends what belongs to its argument).
    if (target.value.startsWith('p:') && !target.value.includes('#')) {
      engine.ownerEnds.push({ path: target.value.slice(2), kind, note });
      // On this path: a summary says it happens on every path when every exit carries engine.
      if (!maybe) state.facts.set(target.value, { ...state.factsOf(target.value), ownedEnded: { kind, note } });
    }
    return;
  }
  if (!engine.followsEnd(target.value, state)) return;
  const value = target.path !== undefined ? materialize(target.path, state, node) : target.value;
  if (value === UNKNOWN_VALUE) return;
  const facts = state.factsOf(value);
  const previous = facts.object?.kind === kind ? facts.object : undefined;
  if (!previous && objectKind(kind).endsThroughAliases && !engine.callerNames(value)) engine.unseenEnds.add(kind);
  const bornAt = previous?.bornAt ?? (previous?.state === 'live' ? previous.note : undefined);
  state.facts.set(value, { ...facts, object: { kind, state: 'ended', note, ...(bornAt ? { bornAt } : {}), ...(maybe ? { maybe } : {}) } });
}

/** A wait: every IRP issued so far has completed. */
export function completeAll(engine: Engine, state: PathState): void {
  engine.waits = true;
  for (const [call, outcome] of state.outcomes) if (outcome.pending !== 'done') state.outcomes.set(call, { ...outcome, pending: 'done' });
}

/** A call whose IRP carries the descriptor (SO_WSK_SECURITY set, WskSocket): it must outlive the IRP. */
export function use(value: string, call: CallId, note: Note, label: string, state: PathState): void {
  if (value === UNKNOWN_VALUE) return;
  const facts = state.factsOf(value);
  state.facts.set(value, { ...facts, usedBy: [...(facts.usedBy ?? []).filter((u) => u.call !== call), { call, note, label }] });
}

/** Code the analysis cannot read was given this path: what it set up on the IRPs it reaches is unknown. */
export function forgetSetup(written: string, state: PathState): void {
  const path = state.canonical(written);
  for (const [held, value] of state.env) {
    const facts = state.facts.get(value);
    if (!facts?.irpSetup || (held !== path && !dependsOn(held, path))) continue;
    const { irpSetup: _forgotten, ...rest } = facts;
    void _forgotten;
    state.facts.set(value, rest);
  }
  const entry = state.facts.get(`p:${path}`);
  if (entry?.irpSetup && !state.env.has(path)) {
    const { irpSetup: _forgotten, ...rest } = entry;
    void _forgotten;
    state.facts.set(`p:${path}`, rest);
  }
}

export function giveAway(engine: Engine, arg: Node, state: PathState, call: Node): void {
  const addressedHere = addressedPath(arg, (name) => engine.values.types.isTypeName(name));
  const addressed = addressedHere === undefined ? undefined : state.canonical(addressedHere);
  const path = addressed ?? accessPath(arg);
  if (!path || isConstantName(path)) return;
  const value = state.read(path);
  const note = { node: call, message: `given to ${calleeText(call) ?? 'a function'}` };
  handOff(engine, value, state, note);
  // `&conn` gives away what the local holds in its fields too (`conn.Socket`).
  if (addressed !== undefined) for (const [held, inner] of state.env) if (dependsOn(held, addressed)) handOff(engine, inner, state, note);
  forgetSetup(path, state);
  const facts = state.factsOf(value);
  for (const call of [facts.irpOf, facts.statusOf?.call]) {
    if (call !== undefined) state.outcomes.set(call, { ...state.outcome(call), pending: 'done' });
  }
  if (addressed !== undefined) assign(engine, addressed, UNKNOWN_VALUE, state, call);
}

/**
 * Forgets what no code from `block` on can look at: the values of locals it never mentions, that a
 * name was reassigned (only a later read through it could tell), and tests it cannot repeat. What a
 * parameter or a global holds stays: the caller sees it at the exit.
 */
export function forgetDead(engine: Engine, state: PathState, block: number): void {
  const live = (name: string) => engine.facts.liveness.liveAt(block, name);
  // Storage reached through a copy is kept under its source's name (copies.ts): live while either is.
  const dead = (name: string) => !live(name) && !(engine.facts.copiesBySource.get(name) ?? []).some(live);
  // (A Map's entries may be deleted while it is iterated: the loops walk the maps themselves.)
  for (const [path, value] of state.env) {
    // An object keeps its holder: a finding at the exit names it, and a fix there ends it only
    // where no path through that exit ended it already.
    if (path === RETURNED || state.facts.get(value)?.object) continue;
    const root = rootOf(path);
    if (engine.facts.bodyLocals.has(root) && dead(root)) state.env.delete(path);
  }
  for (const name of state.generations.keys()) if (dead(name)) state.generations.delete(name);
  if (state.conditions.size > 0) {
    const untested = (name: string) => !liveThroughCopies(engine, engine.facts.testLiveness, block, name);
    for (const [text, condition] of state.conditions) {
      if (condition.names.some((name) => !engine.facts.parameters.has(name) && untested(name))) state.conditions.delete(text);
    }
  }
  if (state.outcomes.size > 0) settleFinished(engine, state, block);
}

/** Whether a name is live at a block, or a copy of it is (what a copy reaches is kept under its source's name: copies.ts). */
function liveThroughCopies(engine: Engine, liveness: Liveness, block: number, name: string): boolean {
  return liveness.liveAt(block, name) || (engine.facts.copiesBySource.get(name) ?? []).some((copy) => liveness.liveAt(block, copy));
}

/**
 * Forgets whether a complete call failed where nothing from `block` on can ask: no value holds its
 * status, its object or its yield, and no holder of its IRP may read the IRP's status or hand the IRP
 * to a function not modelled before giving it to another call (irpStatusReads.ts). Rules only ask a
 * finished call through those (its pending uses are gone: gc), so paths that differ only in how such a
 * call ended are one.
 */
function settleFinished(engine: Engine, state: PathState, block: number): void {
  let settles = false;
  for (const [call, outcome] of state.outcomes) if ((outcome.failed !== undefined || outcome.pending !== 'done') && !state.mayBePending(call)) settles = true;
  if (!settles) return;
  const asked = new Set<CallId>();
  const irps = new Map<CallId, string[]>();
  for (const [value, facts] of state.facts) {
    askedCalls(facts, (call) => asked.add(call));
    if (facts.irpOf !== undefined) irps.set(facts.irpOf, [...(irps.get(facts.irpOf) ?? []), value]);
  }
  const live = (path: string) => liveThroughCopies(engine, engine.facts.irpStatusLiveness, block, rootOf(path));
  // The IRPs a later step may ask through a name that holds them (or, for an entry value, its own path).
  const readable = new Set<string>();
  for (const [path, value] of state.env) if (state.factsOf(value).irpOf !== undefined && live(path)) readable.add(value);
  for (const [value, known] of state.facts) if (known.irpOf !== undefined && value.startsWith('p:') && live(value.slice(2).replace(/#.*$/, ''))) readable.add(value);
  for (const [call, outcome] of state.outcomes) {
    if (outcome.failed === undefined && outcome.pending === 'done') continue;
    if (asked.has(call) || state.mayBePending(call) || (irps.get(call) ?? []).some((value) => readable.has(value))) continue;
    state.outcomes.set(call, { pending: 'done' });
  }
}

/**
 * Forgets the facts of values nobody can reach any more (so that paths which differ only in them
 * merge), but never an object the function owns: one nobody holds is a leak. Entry values (`p:`)
 * stay reachable through their path.
 */
export function gc(engine: Engine, state: PathState): void {
  // A path that holds nothing known reads like one never touched (its entry value, without facts).
  for (const [path, value] of state.env) {
    if (value === UNKNOWN_VALUE && path !== RETURNED && !path.includes('#') && !state.facts.has(`p:${path}`)) state.env.delete(path);
  }
  // That a name was reassigned only matters to reads through it that meet values of before: a
  // parameter (its entry objects are the caller's), or a name some held value was read through.
  // (Each set below is built only when there is something to forget: gc runs on every edge.)
  let reassignedLocal = false;
  for (const name of state.generations.keys()) if (!engine.facts.parameters.has(name)) reassignedLocal = true;
  if (reassignedLocal) {
    const readThrough = new Set<string>();
    const note = (value: string) => {
      if (value.startsWith('p:')) for (const name of identifiersOf(value.slice(2).replace(/#.*$/, ''))) readThrough.add(name);
    };
    for (const value of state.env.values()) note(value);
    for (const value of state.facts.keys()) note(value);
    for (const name of state.generations.keys()) {
      if (!engine.facts.parameters.has(name) && !readThrough.has(name)) state.generations.delete(name);
    }
  }
  let held: Set<string> | undefined;
  for (const [value, facts] of state.facts) {
    if (value.startsWith('p:') || (facts.object?.state === 'live' && facts.object.owned !== false)) continue;
    held ??= new Set(state.env.values());
    if (!held.has(value)) state.facts.delete(value);
  }
  if (state.outcomes.size === 0) return;
  // A request known complete no longer uses what it was given (rules only ask for pending uses):
  // paths that differ only in such a finished use are one.
  const finished = (use: { readonly call: CallId }) => !state.mayBePending(use.call);
  for (const [value, facts] of state.facts) {
    if (!facts.usedBy?.some(finished) && !facts.heldBy?.some(finished)) continue;
    const usedBy = facts.usedBy?.filter((use) => !finished(use));
    const heldBy = facts.heldBy?.filter((use) => !finished(use));
    const { usedBy: _used, heldBy: _held, ...rest } = facts;
    const kept: Facts = { ...rest, ...(usedBy?.length ? { usedBy } : {}), ...(heldBy?.length ? { heldBy } : {}) };
    if (Object.keys(kept).length === 0) state.facts.delete(value);
    else state.facts.set(value, kept);
  }
  // Outcomes of calls no remaining fact refers to are forgotten too.
  const referenced = new Set<CallId>();
  const refer = (call: CallId | undefined) => {
    if (call !== undefined) referenced.add(call);
  };
  for (const facts of state.facts.values()) {
    askedCalls(facts, refer);
    refer(facts.irpOf);
    for (const use of facts.usedBy ?? []) refer(use.call);
    for (const use of facts.heldBy ?? []) refer(use.call);
  }
  for (const call of state.outcomes.keys()) if (!referenced.has(call)) state.outcomes.delete(call);
}

/**
 * The calls whose outcome a value's facts ask (its status, success, object, yield, bind); the rest name
 * a call only for its IRP (`irpOf`) or while it is pending (`usedBy`, `heldBy`).
 */
function askedCalls(facts: Facts, ask: (call: CallId) => void): void {
  for (const call of [facts.statusOf?.call, facts.successOf, facts.object?.call, facts.yields?.call, facts.bindCall?.call]) if (call !== undefined) ask(call);
}

/** Whether a value of this type may be an IRP, a descriptor or a socket (unknown types may). */
export function mayHoldTracked(type: CType): boolean {
  if (type.kind === 'unknown') return true;
  if (type.kind !== 'pointer') return false;
  if (isIrpPointer(type) || isDescriptorPointer(type)) return true;
  // A socket NULL until created tells a cleanup's `if (socket != NULL)` apart from the paths where it was.
  if (type.to.kind === 'record' && type.to.name === 'WSK_SOCKET') return true;
  return type.to.kind === 'void' || type.to.kind === 'unknown';
}

/** An ALL_CAPS name with no access in it (`STATUS_UNSUCCESSFUL`, `TRUE`): a constant, not an object. */
export function isConstantName(path: string): boolean {
  return /^[A-Z][A-Z0-9_]*$/.test(path);
}
