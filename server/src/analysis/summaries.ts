// Function summaries: what a function of the workspace does, on its paths, to the sockets, cached
// descriptors and IRPs its caller hands it — computed from the path engine's exit states, and applied
// at each call so that the caller's paths see through helpers (`EpBind(ctx)` binds `ctx->Socket`;
// `ReleaseSd(&sd)` releases `sd`; `CacheSd(ctx, &out)` leaves a cached copy in `out`).
//
// Effects are written against the callee's parameters: `$0->Socket`, `*$1`; globals keep their names.
// Each effect says when it happens: on every path (`always`), on the paths that return success
// (`success`: a caller's `!NT_SUCCESS(result)` proves it did not happen), or on some paths (`maybe`).

import type { Node } from '../parse/treeSitter';
import type { FunctionPaths, Note, PathState } from './paths';
import type { Effect, Summary, When } from './summary';
import type { WrapperSpec } from './config';
import { RETURNED, accessPath, rootOf } from './access';

type Outcome = 'success' | 'failure' | 'unknown';

/** Builds a function's summary from its paths. `params` are its parameter names in order. */
export function summarize(name: string, file: string, paths: FunctionPaths, params: readonly string[], isLocal: (name: string) => boolean): Summary {
  const exits = paths.exits.flatMap((exit) => exit.states.map((state) => ({ exit, state, returned: returnedValue(exit.node, state) })));
  const outcomeOf = (state: PathState, returned: string | undefined): Outcome => classify(state, returned);
  const toParam = (path: string): string | undefined => paramPath(path, params, isLocal);
  /** The effect of a call holds exactly when the function returns that call's (unknown) status. */
  const followsReturn = (state: PathState, returned: string | undefined, call: number | undefined) =>
    call !== undefined && returned !== undefined && state.factsOf(returned).statusOf?.call === call && state.outcome(call).failed === undefined;

  const collect = (pick: (state: PathState, returned: string | undefined) => { path: string; note: Note; conditionalOnReturn?: boolean }[]): Effect[] => {
    const byPath = new Map<string, { note: Note; states: { outcome: Outcome; conditional: boolean }[] }>();
    exits.forEach(({ state, returned }) => {
      for (const hit of pick(state, returned)) {
        const path = toParam(hit.path);
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

  const caches = collect((state, returned) => {
    const hits: { path: string; note: Note; conditionalOnReturn: boolean }[] = [];
    for (const [path, value] of state.env) {
      const descriptor = state.descriptor(value);
      if (descriptor?.state === 'cached' && path !== RETURNED && isCallerVisible(path, isLocal)) {
        hits.push({ path, note: descriptor.note, conditionalOnReturn: followsReturn(state, returned, descriptor.call) });
      }
    }
    return hits;
  });

  const releases = collect((state) => {
    const hits: { path: string; note: Note }[] = [];
    for (const [value, facts] of state.facts) {
      const path = entryPath(value);
      if (path && facts.descriptor?.state === 'released' && !facts.descriptor.maybe) hits.push({ path, note: facts.descriptor.note });
    }
    return hits;
  }).map((effect) => (effect.when === 'maybe' && releasedUnlessNull(exits.map((e) => e.state), effect.path, params) ? { ...effect, when: 'always' as const } : effect));

  const returnsCachedEffects = collect((state, returned) => {
    const descriptor = returned === undefined ? undefined : state.descriptor(returned);
    return descriptor?.state === 'cached' ? [{ path: '$return', note: descriptor.note, conditionalOnReturn: followsReturn(state, returned, descriptor.call) }] : [];
  });

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

  let returnsIrp: Note | true | undefined;
  let returnsStatus = false;
  for (const { state, returned } of exits) {
    if (returned === undefined) continue;
    const facts = state.factsOf(returned);
    if (facts.irpAlloc && state.outcome(facts.irpAlloc.call).failed !== false) returnsIrp ??= facts.irpAlloc.note;
    if (facts.statusOf || returned.startsWith('k:STATUS_')) returnsStatus = true;
  }
  const returnedIrps = exits.some(({ state, returned }) => returned !== undefined && state.factsOf(returned).irpAlloc);
  const returnsNull = exits.some(({ state, returned }) => returned !== undefined && state.factsOf(returned).isNull);
  if (!returnsIrp && returnedIrps && returnsNull) {
    const alloc = exits.map(({ state, returned }) => (returned ? state.factsOf(returned).irpAlloc?.note : undefined)).find((n) => n);
    returnsIrp = alloc;
  }

  // A function that only passes back what it was handed (a status, the IRP's final status).
  const passedIn = new Set<string>();
  const allPassedIn = exits.length > 0 && exits.every(({ returned }) => {
    const path = returned ? entryPath(returned) : undefined;
    const param = path ? toParam(path) : undefined;
    if (param && param.startsWith('$')) passedIn.add(param);
    return param !== undefined && param.startsWith('$');
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

  const applies: Effect[] = [];
  for (const use of paths.applies) {
    const path = toParam(use.path);
    if (path && !applies.some((a) => a.path === path)) applies.push({ path, when: 'maybe', note: use.note });
  }

  return {
    name,
    file,
    binds,
    applies,
    caches: caches.filter((c) => c.when !== 'maybe'),
    returnsCached: returnsCachedEffects.find((c) => c.when !== 'maybe'),
    releases,
    keeps: [...keeps],
    writes: [...writes],
    waits: paths.waits,
    returnsIrp,
    returnsStatus,
    ...(allPassedIn ? { returnsPassedIn: [...passedIn] } : {}),
    pendingUses,
  };
}

/**
 * The summary of a function whose paths were not all followed (see FunctionPaths.incomplete), made
 * safe for callers: what it may keep or write is everything it could (its parameters' objects, every
 * path it assigns anywhere), and what needed every path to be claimed (caches, releases on all paths,
 * the status it passes back) is not claimed.
 */
export function partialSummary(summary: Summary, definition: Node, params: readonly string[], isLocal: (name: string) => boolean): Summary {
  const writes = new Set(summary.writes);
  for (const node of definition.descendantsOfType(['assignment_expression', 'update_expression', 'pointer_expression'])) {
    if (!node) continue;
    const target = node.type === 'assignment_expression' ? node.childForFieldName('left') : node.type === 'update_expression' ? node.childForFieldName('argument') : node.childForFieldName('operator')?.type === '&' ? node.childForFieldName('argument') : null;
    const path = target ? accessPath(target) : undefined;
    const param = path && isCallerVisible(path, isLocal) ? paramPath(path, params, isLocal) : undefined;
    if (param) writes.add(param);
  }
  const { returnsPassedIn: _passed, returnsCached: _cached, ...rest } = summary;
  void _passed;
  void _cached;
  return {
    ...rest,
    caches: [],
    releases: summary.releases.map((effect) => ({ ...effect, when: 'maybe' as const })),
    keeps: [...new Set([...summary.keeps, ...params.flatMap((_name, index) => [`$${index}`, `*$${index}`])])],
    writes: [...writes],
  };
}

/**
 * Whether the paths that did not release the copy at `path` are those where it was NULL
 * (`if (*Cached != NULL) release`): releasing is then what happens to every real copy.
 */
function releasedUnlessNull(states: readonly PathState[], path: string, params: readonly string[]): boolean {
  const written = path.replace(/\$(\d+)/, (_all, index: string) => params[Number(index)] ?? '');
  return states.every((state) => {
    if (state.factsOf(`p:${written}`).descriptor?.state === 'released') return true;
    // Conditions are kept normalised: `written` falsy is every spelling of "it is NULL".
    return state.conditions.get(written)?.value === false;
  });
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

/** A callee path in parameter terms: `Ctx->Socket` → `$0->Socket`; globals unchanged; locals none. */
function paramPath(path: string, params: readonly string[], isLocal: (name: string) => boolean): string | undefined {
  if (path === RETURNED) return undefined;
  const root = rootOf(path);
  const index = params.indexOf(root);
  if (index >= 0) return path.replace(new RegExp(`^(\\**)${root}\\b`), (_all, stars: string) => `${stars}$${index}`);
  return isLocal(root) ? undefined : path;
}


/** The summary of a wrapper declared in the configuration (`{ "MyBind": { "binds": 0 } }`). */
export function wrapperSummary(name: string, spec: WrapperSpec): Summary {
  const at = (index: number | undefined, path: (i: number) => string[], when: When): Effect[] =>
    index === undefined ? [] : path(index).map((p) => ({ path: p, when }));
  return {
    name,
    file: '',
    binds: at(spec.binds, (i) => [`$${i}`], 'success'),
    applies: at(spec.appliesSecurity, (i) => [`$${i}`], 'maybe'),
    caches: at(spec.caches, (i) => [`*$${i}`], 'success'),
    releases: at(spec.releases, (i) => [`*$${i}`, `$${i}`], 'always'),
    keeps: [],
    writes: spec.caches === undefined ? [] : [`*$${spec.caches}`],
    waits: spec.waits ?? false,
    ...(spec.returnsIrp ? { returnsIrp: true as const } : {}),
    returnsStatus: !spec.returnsIrp,
    pendingUses: [],
  };
}
