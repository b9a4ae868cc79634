// Function summaries: what a function of the workspace does, on its paths, to the sockets, cached
// descriptors and IRPs its caller hands it — computed from the path engine's exit states, and applied
// at each call so that the caller's paths see through helpers (`EpBind(ctx)` binds `ctx->Socket`;
// `ReleaseSd(&sd)` releases `sd`; `CacheSd(ctx, &out)` leaves a cached copy in `out`).
//
// Effects are written against the callee's parameters: `$0->Socket`, `*$1`; globals keep their names.
// Each effect says when it happens: on every path (`always`), on the paths that return success
// (`success`: a caller's `!NT_SUCCESS(result)` proves it did not happen), or on some paths (`maybe`).

import type { Node } from '../parse/treeSitter';
import { OBJECT_KINDS } from '../wsk/api';
import type { ObjectKindName } from '../wsk/api';
import type { FunctionPaths, IrpSetup, Note, PathState, RoutineSet } from './paths';
import type { Effect, IrpSetupEffect, ObjectEffect, SocketYield, Summary, When } from './summary';
import type { WrapperSpec } from './config';
import { RETURNED, accessPath, rootOf } from './access';
import { throughCopies } from './copies';

type Outcome = 'success' | 'failure' | 'unknown';

/** Builds a function's summary from its paths. `params` are its parameter names in order. */
export function summarize(name: string, file: string, paths: FunctionPaths, params: readonly string[], isLocal: (name: string) => boolean, copies: ReadonlyMap<string, string>): Summary {
  const exits = paths.exits.flatMap((exit) => exit.states.map((state) => ({ exit, state, returned: returnedValue(exit.node, state) })));
  const outcomeOf = (state: PathState, returned: string | undefined): Outcome => classify(state, returned);
  const toParam = (path: string): string | undefined => paramPath(path, params, isLocal, copies);
  /** The effect of a call holds exactly when the function returns that call's (unknown) status. */
  const followsReturn = (state: PathState, returned: string | undefined, call: number | undefined) =>
    call !== undefined && returned !== undefined && state.factsOf(returned).statusOf?.call === call && state.outcome(call).failed === undefined;

  const collect = (pick: (state: PathState, returned: string | undefined) => { path: string; note: Note; conditionalOnReturn?: boolean }[]): Effect[] => {
    const byPath = new Map<string, { note: Note; states: { outcome: Outcome; conditional: boolean }[] }>();
    exits.forEach(({ state, returned }) => {
      for (const hit of pick(state, returned)) {
        const path = hit.path === RETURNED ? RETURNED : toParam(hit.path);
        if (!path) continue;
        const entry = byPath.get(path) ?? { note: hit.note, states: [] };
        entry.states.push({ outcome: outcomeOf(state, returned), conditional: hit.conditionalOnReturn ?? false });
        byPath.set(path, entry);
      }
    });
    return [...byPath].map(([path, entry]) => ({ path, note: entry.note, when: when(entry.states, exits.length, exits.filter((e) => outcomeOf(e.state, e.returned) === 'failure').length) }));
  };

  const binds = collect((state, returned) => {
    const hits: { path: string; note: Note; conditionalOnReturn?: boolean }[] = [];
    for (const [value, facts] of state.facts) {
      const path = entryPath(value);
      if (!path) continue;
      if (facts.bound) hits.push({ path, note: facts.bound });
      else if (facts.bindCall && state.outcome(facts.bindCall.call).failed !== true) {
        hits.push({ path, note: facts.bindCall.note, conditionalOnReturn: followsReturn(state, returned, facts.bindCall.call) });
      }
    }
    return hits;
  });

  /** What it returns of a kind: an object made on success (`when`), or an IRP that may be NULL (`nullable`). */
  const returnedObject = (kind: ObjectKindName): ObjectEffect | undefined => {
    if (kind === 'irp') {
      // Returned unchecked (its allocation may have failed), or NULL on some path and an IRP on another.
      let unchecked: Note | undefined;
      let some: Note | undefined;
      let nullOnSome = false;
      const setups: IrpSetup[] = [];
      let allocated = true;
      for (const { state, returned } of exits) {
        if (returned === undefined) continue;
        const object = state.object(returned, kind);
        if (object?.state === 'live') {
          some ??= object.note;
          if (object.call === undefined || state.outcome(object.call).failed !== false) unchecked ??= object.note;
          // Its setup when the caller gets one, where every way out that returns one allocated it here
          // (a failed allocation is no object: it is NULL, below).
          const setup = state.factsOf(returned).irpSetup;
          if (object.owned !== false && setup?.since) setups.push(setup);
          else allocated = false;
        }
        // NULL: explicitly, or the IRP whose allocation this path found failed.
        const made = state.factsOf(returned).object;
        if (state.factsOf(returned).isNull || (made?.kind === kind && made.call !== undefined && state.outcome(made.call).failed === true)) nullOnSome = true;
      }
      const note = unchecked ?? (nullOnSome ? some : undefined);
      const setup = allocated && setups.length > 0 ? { setup: combinedSetup(setups) } : {};
      return note ? { kind, path: RETURNED, when: 'maybe', note, nullable: true, ...setup } : undefined;
    }
    const found = collect((state, returned) => {
      const object = returned === undefined ? undefined : state.object(returned, kind);
      return object?.state === 'live' && object.owned !== false ? [{ path: RETURNED, note: object.note, conditionalOnReturn: followsReturn(state, returned, object.call) }] : [];
    }).find((effect) => effect.when !== 'maybe');
    return found ? { ...found, kind } : undefined;
  };

  /**
   * The IRPs it leaves in the caller's storage (an init helper's `Ctx->Irp = IoAllocateIrp(…)`) that the
   * caller can follow as its own: allocated here and checked non-NULL on every way out that leaves one,
   * with the setup they leave (a routine set, not yet given to WSK). One that may be NULL is not
   * followed: whether the caller's test of it is the helper's is lost.
   */
  const leftIrps = (left: readonly Effect[]): ObjectEffect[] => left.filter((effect) => effect.when !== 'maybe').flatMap((effect): ObjectEffect[] => {
    const setups: IrpSetup[] = [];
    for (const { state } of exits) {
      const value = state.read(inCallee(effect.path, params));
      const object = state.object(value, 'irp');
      if (object?.state !== 'live') continue;
      const setup = state.factsOf(value).irpSetup;
      if (object.owned === false || object.call === undefined || state.outcome(object.call).failed !== false || !setup?.since) return [];
      setups.push(setup);
    }
    return setups.length > 0 ? [{ ...effect, kind: 'irp', setup: combinedSetup(setups) }] : [];
  });

  /** The object that one created into `path` belongs to, in the caller's terms (a capture: its registration). */
  const ownerOf = (path: string, kind: ObjectKindName): { of?: string } => {
    for (const { state } of exits) {
      const value = state.read(inCallee(path, params));
      const of = state.object(value, kind) ? state.factsOf(value).of : undefined;
      const owner = of ? entryPath(of) : undefined;
      const param = owner ? toParam(owner) : undefined;
      if (param) return { of: param };
    }
    return {};
  };

  // What it leaves in the caller's storage, ends of what it was handed, and what it returns, by kind.
  const creates: ObjectEffect[] = [];
  const ends: ObjectEffect[] = [];
  let returns: ObjectEffect | undefined;
  for (const { name: kind } of OBJECT_KINDS) {
    const left = collect((state, returned) => {
      const hits: { path: string; note: Note; conditionalOnReturn: boolean }[] = [];
      for (const [path, value] of state.env) {
        const object = state.object(value, kind);
        if (object?.state === 'live' && object.owned !== false && path !== RETURNED && isCallerVisible(path, isLocal)) {
          hits.push({ path, note: object.note, conditionalOnReturn: followsReturn(state, returned, object.call) });
        }
      }
      return hits;
    });
    if (kind !== 'irp') {
      for (const effect of left.filter((e) => e.when !== 'maybe')) creates.push({ ...effect, kind, ...ownerOf(effect.path, kind) });
    } else {
      creates.push(...leftIrps(left));
    }
    const ended = collect((state) => {
      const hits: { path: string; note: Note }[] = [];
      for (const [value, facts] of state.facts) {
        const path = entryPath(value);
        const object = facts.object;
        if (path && object?.kind === kind && object.state === 'ended' && !object.maybe) hits.push({ path, note: object.note });
      }
      return hits;
    });
    for (const effect of ended) {
      const always = effect.when === 'maybe' && endedUnlessNull(exits.map((e) => e.state), effect.path, params, kind);
      ends.push({ ...effect, kind, ...(always ? { when: 'always' as const, unlessNull: true } : {}) });
    }
    returns ??= returnedObject(kind);
  }
  // Ends of what belongs to what it was handed (the captures of a registration): on every path where
  // every exit says so, else on some.
  for (const { name: kind } of OBJECT_KINDS) {
    const owned = collect((state) => {
      const hits: { path: string; note: Note }[] = [];
      for (const [value, facts] of state.facts) {
        const path = entryPath(value);
        if (path && facts.ownedEnded?.kind === kind) hits.push({ path, note: facts.ownedEnded.note });
      }
      return hits;
    });
    for (const effect of owned) ends.push({ ...effect, kind, owner: true });
  }
  for (const end of paths.ownerEnds) {
    const path = toParam(end.path);
    if (path && !ends.some((e) => e.owner && e.path === path && e.kind === end.kind)) ends.push({ path, kind: end.kind, when: 'maybe', note: end.note, owner: true });
  }

  const keeps = new Set<string>();
  for (const path of paths.kept) {
    const param = toParam(path);
    if (param) keeps.add(param);
  }
  const writes = new Set<string>();
  for (const path of paths.written) {
    const param = toParam(path);
    if (param && isCallerVisible(path, isLocal)) writes.add(param);
  }

  // What every way out leaves NULL in the caller's storage (a release helper that then clears the field).
  const nulls = exits.length === 0 ? [] : [...exits[0].state.env].filter(([path, value]) => path !== RETURNED && isCallerVisible(path, isLocal) && exits[0].state.factsOf(value).isNull)
    .map(([path]) => path)
    .filter((path) => exits.every(({ state }) => state.factsOf(state.read(path)).isNull))
    .map((path) => toParam(path))
    .filter((path): path is string => path !== undefined);

  let returnsStatus = false;
  for (const { state, returned } of exits) {
    if (returned === undefined) continue;
    if (state.factsOf(returned).statusOf || returned.startsWith('k:STATUS_')) returnsStatus = true;
  }

  // A function that only passes back what it was handed (a status, the IRP's final status).
  const passedIn = new Set<string>();
  const allPassedIn = exits.length > 0 && exits.every(({ state, returned }) => {
    // A wait helper's result that is one of what this function was handed (a wait wrapper that waits through another).
    const values = returned === undefined ? [] : (state.factsOf(returned).passedIn ?? [returned]);
    return values.length > 0 && values.every((value) => {
      const path = entryPath(value);
      const param = path ? toParam(path) : undefined;
      if (param && param.startsWith('$')) passedIn.add(param);
      return param !== undefined && param.startsWith('$');
    });
  });

  // The IRPs handed in whose call's status it returns: on every way out that returns a call's status,
  // the IRP was last given to that call.
  let statusIrps: Set<string> | undefined;
  for (const { state, returned } of exits) {
    const call = returned === undefined ? undefined : state.factsOf(returned).statusOf?.call;
    if (call === undefined) continue;
    const irps = new Set<string>();
    for (const [value, facts] of state.facts) {
      const path = facts.irpOf === call ? entryPath(value) : undefined;
      const param = path ? toParam(path) : undefined;
      if (param?.startsWith('$')) irps.add(param);
    }
    statusIrps = statusIrps ? new Set([...statusIrps].filter((path) => irps.has(path))) : irps;
  }

  // The IRPs whose IoStatus.Information is a new socket when the call whose status it returns succeeded:
  // every way out returns a failure constant, or the status of the call that makes the socket.
  const yields: SocketYield[] = [];
  for (const path of statusIrps ?? []) {
    let found: SocketYield | undefined;
    const every = exits.every(({ state, returned }) => {
      if (returned === undefined) return false;
      if (returned.startsWith('k:STATUS_')) return !SUCCESS_CONSTANTS.test(returned);
      const call = state.factsOf(returned).statusOf?.call;
      const made = state.factsOf(state.read(inCallee(path, params))).yields;
      if (call === undefined || made?.call !== call) return false;
      const { call: _call, note, bound, table, ...birth } = made;
      void _call;
      found ??= { path, bound, note, ...birth, ...(table ? { table: { name: table.name, file: table.file ?? file } } : {}) };
      return true;
    });
    if (every && found) yields.push(found);
  }
  // A WSK call's status passed back before the call is known to be complete.
  const returnsPending = exits.some(({ state, returned }) => {
    const status = returned === undefined ? undefined : state.factsOf(returned).statusOf;
    return status !== undefined && !status.final && state.mayBePending(status.call);
  });

  const pendingUses = collect((state) => {
    const hits: { path: string; note: Note }[] = [];
    for (const value of state.facts.keys()) {
      const path = entryPath(value);
      const use = path ? state.pendingUses(value)[0] : undefined;
      if (path && use) hits.push({ path, note: use.note });
    }
    return hits;
  }).map((effect) => ({ ...effect, when: 'maybe' as const }));

  // Registrations it made that a failing path leaves in the caller's storage (DriverEntry returning
  // that failure unloads the image while registered).
  const failing = exits.flatMap(({ state, returned }) => {
    const failed = failureState(state, returned);
    return failed ? [failed] : [];
  });
  const failsHolding: ObjectEffect[] = [];
  for (const kind of HELD_ON_FAILURE) {
    const held = new Map<string, { note: Note; count: number }>();
    for (const state of failing) {
      const seen = new Set<string>();
      for (const [path, value] of state.env) {
        const object = state.object(value, kind);
        const param = object?.state === 'live' && object.owned !== false && path !== RETURNED && isCallerVisible(path, isLocal) ? toParam(path) : undefined;
        if (!param || seen.has(param)) continue;
        seen.add(param);
        const entry = held.get(param) ?? { note: object!.note, count: 0 };
        entry.count++;
        held.set(param, entry);
      }
    }
    for (const [path, entry] of held) failsHolding.push({ kind, path, note: entry.note, when: entry.count === failing.length ? 'always' : 'maybe' });
  }

  const applies: Effect[] = [];
  for (const use of paths.applies) {
    const path = toParam(use.path);
    if (path && !applies.some((a) => a.path === path)) applies.push({ path, when: 'maybe', note: use.note });
  }

  const irpSetups = setupEffects(exits.map((e) => e.state), toParam);
  const setsRoutine: { path: string; routine: RoutineSet }[] = [];
  for (const set of paths.routineSets) {
    const path = toParam(set.path);
    if (path && !setsRoutine.some((s) => s.path === path && s.routine.name === set.routine.name)) setsRoutine.push({ path, routine: set.routine });
  }

  return {
    name,
    file,
    binds,
    applies,
    creates,
    ...(returns ? { returns } : {}),
    ends,
    keeps: [...keeps],
    writes: [...writes],
    ...(nulls.length > 0 ? { nulls } : {}),
    waits: paths.waits,
    returnsStatus,
    ...(allPassedIn ? { returnsPassedIn: [...passedIn] } : {}),
    ...(statusIrps && statusIrps.size > 0 ? { statusIrps: [...statusIrps] } : {}),
    ...(yields.length > 0 ? { yields } : {}),
    ...(returnsPending ? { returnsPending } : {}),
    pendingUses,
    ...(failsHolding.length > 0 ? { failsHolding } : {}),
    ...(paths.unseenEnds.size > 0 ? { endsUnseen: [...paths.unseenEnds] } : {}),
    ...(irpSetups.length > 0 ? { irpSetups } : {}),
    ...(setsRoutine.length > 0 ? { setsRoutine } : {}),
  };
}

/** The kinds whose objects a summary says a failing path still holds (see Summary.failsHolding). */
const HELD_ON_FAILURE: readonly ObjectKindName[] = ['registration'];

/** Status constants that NT_SUCCESS accepts besides STATUS_SUCCESS (informational and wait codes). */
const SUCCESS_CONSTANTS = /^k:STATUS_(?:SUCCESS|PENDING|TIMEOUT|ALERTED|USER_APC|WAIT_\d+|ABANDONED(?:_WAIT_\d+)?|REPARSE|MORE_ENTRIES|NOT_ALL_ASSIGNED|SOME_NOT_MAPPED|OPLOCK_BREAK_IN_PROGRESS|VOLUME_MOUNTED|NOTIFY_\w+|KERNEL_APC|OBJECT_NAME_EXISTS|BUFFER_ALL_ZEROS)$/;

/**
 * The state of a path that returns failure: a constant error, a status that a test proved failed, or
 * — on the outcome where it fails — the status of a call whose outcome the path did not test
 * (`return Call(…)`), then in a copy of the state where that call failed. Undefined otherwise.
 */
export function failureState(state: PathState, returned: string | undefined): PathState | undefined {
  if (returned === undefined) return undefined;
  if (returned.startsWith('k:STATUS_')) return SUCCESS_CONSTANTS.test(returned) ? undefined : state;
  const status = state.factsOf(returned).statusOf;
  if (!status) return undefined;
  const failed = state.outcome(status.call).failed;
  if (failed === true) return state;
  if (failed === false) return undefined;
  const copy = state.clone();
  copy.outcomes.set(status.call, { ...state.outcome(status.call), failed: true });
  return copy;
}

/**
 * What the ways out leave of the setup of the IRPs handed in: a part every way out knows alike is the
 * helper's effect; a part some know and others do not, or know otherwise, is unclear for the caller.
 */
function setupEffects(states: readonly PathState[], toParam: (path: string) => string | undefined): IrpSetupEffect[] {
  const values = new Set<string>();
  for (const state of states) for (const [value, facts] of state.facts) if (facts.irpSetup && entryPath(value)) values.add(value);
  const effects: IrpSetupEffect[] = [];
  for (const value of values) {
    const path = toParam(entryPath(value) as string);
    if (path) effects.push({ path, ...combinedSetup(states.map((state) => state.factsOf(value).irpSetup ?? {})) });
  }
  return effects;
}

/** What several ways out leave of an IRP's setup: each part they agree on, `null` where they differ. */
function combinedSetup(setups: readonly IrpSetup[]): Omit<IrpSetupEffect, 'path'> {
  const part = <T>(read: (setup: IrpSetup) => T | undefined, same: (a: T, b: T) => boolean): T | null | undefined => {
    const known = setups.map(read);
    if (known.every((k) => k === undefined)) return undefined;
    const [first] = known;
    return first !== undefined && known.every((k) => k !== undefined && same(k, first)) ? first : null;
  };
  const since = part((setup) => setup.since, () => true);
  const routine = part<RoutineSet | false>((setup) => setup.routine, (a, b) => (a === false ? b === false : b !== false && a.name === b.name && a.partial === b.partial && a.afterUse === b.afterUse));
  const usedBy = part<{ note: Note } | false>((setup) => setup.usedBy, (a, b) => (a === false) === (b === false));
  return { ...(since !== undefined ? { since } : {}), ...(routine !== undefined ? { routine } : {}), ...(usedBy !== undefined ? { usedBy } : {}) };
}

/**
 * The summary of a function whose paths were not all followed (see FunctionPaths.incomplete), made
 * safe for callers: what it may keep or write is everything it could (its parameters' objects, every
 * path it assigns anywhere), and what needed every path to be claimed (caches, releases on all paths,
 * the status it passes back, the IRPs that status is of and the sockets they yield) is not claimed.
 */
export function partialSummary(summary: Summary, definition: Node, params: readonly string[], isLocal: (name: string) => boolean, copies: ReadonlyMap<string, string>): Summary {
  const writes = new Set(summary.writes);
  for (const node of definition.descendantsOfType(['assignment_expression', 'update_expression', 'pointer_expression'])) {
    if (!node) continue;
    const target = node.type === 'assignment_expression' ? node.childForFieldName('left') : node.type === 'update_expression' ? node.childForFieldName('argument') : node.childForFieldName('operator')?.type === '&' ? node.childForFieldName('argument') : null;
    const path = target ? accessPath(target) : undefined;
    const param = path && isCallerVisible(path, isLocal) ? paramPath(path, params, isLocal, copies) : undefined;
    if (param) writes.add(param);
  }
  const { returnsPassedIn: _passed, returns, nulls: _nulls, statusIrps: _irps, yields: _yields, ...rest } = summary;
  void _passed;
  void _nulls;
  void _irps;
  void _yields;
  return {
    ...rest,
    // Only a NULL-able IRP may be claimed from some paths: the caller checks it either way.
    ...(returns?.nullable ? { returns } : {}),
    creates: [],
    ends: summary.ends.map((effect) => ({ ...effect, when: 'maybe' as const })),
    ...(summary.failsHolding ? { failsHolding: summary.failsHolding.map((effect) => ({ ...effect, when: 'maybe' as const })) } : {}),
    keeps: [...new Set([...summary.keeps, ...params.flatMap((_name, index) => [`$${index}`, `*$${index}`])])],
    writes: [...writes],
  };
}

/**
 * Whether the paths that did not end the object at `path` are those where it was NULL
 * (`if (*Cached != NULL) release`): ending is then what happens to every real one.
 */
function endedUnlessNull(states: readonly PathState[], path: string, params: readonly string[], kind: ObjectKindName): boolean {
  const written = inCallee(path, params);
  return states.every((state) => {
    if (state.object(`p:${written}`, kind)?.state === 'ended') return true;
    // Conditions are kept normalised: `written` falsy is every spelling of "it is NULL".
    return state.conditions.get(written)?.value === false;
  });
}

/** A parameter path in the callee's own names: `$1->Irp` → `Ctx->Irp`. */
function inCallee(path: string, params: readonly string[]): string {
  return path.replace(/\$(\d+)/g, (_all, index: string) => params[Number(index)] ?? '');
}

/** The value a return statement hands back in a state. */
function returnedValue(exit: Node, state: PathState): string | undefined {
  return exit.type === 'return_statement' ? state.env.get(RETURNED) : undefined;
}

/** Whether a path returns success, failure, or cannot tell, from the value it returns. */
function classify(state: PathState, returned: string | undefined): Outcome {
  if (returned === undefined) return 'unknown';
  if (returned === 'k:STATUS_SUCCESS') return 'success';
  if (returned.startsWith('k:STATUS_')) return returned === 'k:STATUS_PENDING' ? 'unknown' : 'failure';
  const status = state.factsOf(returned).statusOf;
  if (status) {
    const failed = state.outcome(status.call).failed;
    return failed === true ? 'failure' : failed === false ? 'success' : 'unknown';
  }
  return 'unknown';
}

/** When an effect found on some exits happens, from the outcomes of those exits. */
function when(states: readonly { outcome: Outcome; conditional: boolean }[], exits: number, failures: number): When {
  if (states.length === exits && states.every((s) => !s.conditional)) return 'always';
  const onFailure = states.some((s) => s.outcome === 'failure');
  const onUnknown = states.some((s) => s.outcome === 'unknown' && !s.conditional);
  const successes = states.filter((s) => s.outcome === 'success' || s.conditional).length;
  if (!onFailure && !onUnknown && successes > 0 && successes + failures >= exits) return 'success';
  return 'maybe';
}

/** The parameter path (`$0->Mdl`) or global that an entry value of a function's paths stands for; none for values made inside, or locals. */
export function entryParamPath(value: string, params: readonly string[], isLocal: (name: string) => boolean, copies: ReadonlyMap<string, string>): string | undefined {
  const path = entryPath(value);
  return path === undefined ? undefined : paramPath(path, params, isLocal, copies);
}

/** The access path of an entry value (`p:Ctx->Socket` → `Ctx->Socket`); none for values made inside. */
function entryPath(value: string): string | undefined {
  if (!value.startsWith('p:') || value.includes('#')) return undefined;
  return value.slice(2);
}

/** Whether a path outlives the function: through a parameter (`*Out`, `Ctx->Sd`) or a global. */
function isCallerVisible(path: string, isLocal: (name: string) => boolean): boolean {
  if (path.startsWith('*') || path.includes('->')) return true;
  return !isLocal(rootOf(path));
}

/**
 * A callee path in parameter terms: `Ctx->Socket` → `$0->Socket`; globals unchanged; locals none,
 * except a copy of a parameter (copies.ts), which is that parameter.
 */
function paramPath(calleePath: string, params: readonly string[], isLocal: (name: string) => boolean, copies: ReadonlyMap<string, string>): string | undefined {
  if (calleePath === RETURNED) return undefined;
  const path = throughCopies(calleePath, copies);
  // An element picked by a parameter is `[$k]`; one picked by a local is no storage the caller can name.
  let nameable = true;
  const indexed = path.replace(/\[([A-Za-z_]\w*)\]/g, (all, name: string) => {
    const index = params.indexOf(name);
    if (index >= 0) return `[$${index}]`;
    if (isLocal(name)) nameable = false;
    return all;
  });
  if (!nameable) return undefined;
  const root = rootOf(indexed);
  const index = params.indexOf(root);
  if (index >= 0) return indexed.replace(new RegExp(`^(\\**)${root}\\b`), (_all, stars: string) => `${stars}$${index}`);
  return isLocal(root) ? undefined : indexed;
}


/**
 * The summary of a wrapper declared in the configuration (`{ "MyBind": { "binds": 0 } }`): each key
 * names a parameter by index; the object kinds' keys come from the API table (`caches`, `closesSocket`).
 */
export function wrapperSummary(name: string, spec: WrapperSpec): Summary {
  const index = (key: string): number | undefined => {
    const value = (spec as Record<string, unknown>)[key];
    return typeof value === 'number' ? value : undefined;
  };
  const at = (i: number | undefined, path: (i: number) => string[], when: When): Effect[] =>
    i === undefined ? [] : path(i).map((p) => ({ path: p, when }));
  const creates: ObjectEffect[] = [];
  const ends: ObjectEffect[] = [];
  for (const kind of OBJECT_KINDS) {
    const made = kind.wrapperKeys.creates ? index(kind.wrapperKeys.creates) : undefined;
    // A capture belongs to a registration: the wrapper names the registration, the capture is ours to release.
    // A capture is held by no storage of the caller's: it belongs to the registration the wrapper names.
    if (made !== undefined) creates.push(kind.name === 'capture' ? { kind: kind.name, path: '', when: 'success', of: `*$${made}` } : { kind: kind.name, path: `*$${made}`, when: 'success' });
    const ended = kind.wrapperKeys.ends ? index(kind.wrapperKeys.ends) : undefined;
    if (ended === undefined) continue;
    const through = kind.ends[0]?.through;
    if (kind.name === 'capture') ends.push({ kind: kind.name, path: `*$${ended}`, when: 'always', owner: true });
    else if (kind.name === 'descriptor') ends.push({ kind: kind.name, path: `*$${ended}`, when: 'always' }, { kind: kind.name, path: `$${ended}`, when: 'always' });
    else ends.push({ kind: kind.name, path: through === 'pointee' ? `*$${ended}` : `$${ended}`, when: 'always' });
  }
  return {
    name,
    file: '',
    binds: at(spec.binds, (i) => [`$${i}`], 'success'),
    applies: at(spec.appliesSecurity, (i) => [`$${i}`], 'maybe'),
    creates,
    ends,
    keeps: [],
    writes: creates.filter((c) => c.path !== '').map((c) => c.path),
    waits: spec.waits ?? false,
    ...(spec.returnsIrp ? { returns: { kind: 'irp' as const, path: RETURNED, when: 'maybe' as const, nullable: true } } : {}),
    returnsStatus: !spec.returnsIrp,
    pendingUses: [],
  };
}
