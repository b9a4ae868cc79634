// The memory a function frees or unlocks for its callers (Summary.freesMemory): an MDL given to
// IoFreeMdl or MmUnlockPages, pool given to ExFreePool*, directly or through a helper that does, when
// it was handed in and nothing on the way there may wait. A caller's request that may still be pending
// and uses that memory loses it at the call (WSK015); one freed after a wait in the helper is not
// counted (the wait may be for that very request).

import { DEBUG_ROUTINES, EVENT_ROUTINES_THAT_DO_NOT_WAIT, KERNEL_NAMES, MDL_BUILDERS, MDL_FREES, MEMORY_ROUTINES_THAT_DO_NOT_WAIT, POOL_FREES, WAITS } from '../wsk/kernel';
import { callerPath, rootOf } from './access';
import type { Element } from './cfg';
import type { FunctionPaths } from './paths';
import { cfgOf, reachedWithout } from './reach';
import type { MemoryFree } from './summary';
import { argumentsOf, callExpressionsIn, calleeName } from './syntax';

/** Routines that free or unlock memory a request may be using. */
export function freesMemory(name: string): boolean {
  return MDL_FREES.has(name) || POOL_FREES.has(name);
}

/** Routines known not to wait: what follows them in a helper still runs before the helper returns to wait. */
const NEVER_WAIT = new Set([
  ...[...KERNEL_NAMES].filter((name) => !WAITS.has(name)), ...MDL_FREES, ...POOL_FREES, ...MDL_BUILDERS, ...EVENT_ROUTINES_THAT_DO_NOT_WAIT,
  ...DEBUG_ROUTINES, ...MEMORY_ROUTINES_THAT_DO_NOT_WAIT,
]);

/** What the workspace tells of the functions a function calls. */
export interface FreeLookup {
  /** What a function frees of what it is handed (its memoryFreesOf). */
  freesOf(name: string, argumentCount: number): readonly MemoryFree[];
  /** Whether a function of the workspace may wait (it or a function it calls names a wait); undefined for one with no body. */
  waitsIn(name: string): boolean | undefined;
}

/**
 * What a function (defined in `file`) frees or unlocks of what its caller handed in (in the caller's terms, `$0->Mdl`).
 * `paramOf` turns a value of the function's paths into a parameter path (none for values made inside);
 * `program` tells what the functions it calls free, and whether they may wait.
 */
export function memoryFreesOf(
  paths: FunctionPaths,
  file: string,
  paramOf: (value: string) => string | undefined,
  isTypeName: (name: string) => boolean,
  program: FreeLookup,
): MemoryFree[] {
  const found = new Map<string, MemoryFree>();
  const cfg = cfgOf(paths.definition);
  const helpers = new Map(paths.helperCalls.map((helper) => [helper.node.startIndex, helper]));
  const mayWait = (element: Element): boolean => callExpressionsIn(element.node).some((call) => {
    const name = calleeName(call)?.text;
    const helper = helpers.get(call.startIndex);
    if (helper) return helper.summary.waits;
    if (!name || WAITS.has(name)) return true;
    const waits = program.waitsIn(name);
    if (waits !== undefined) return waits;
    // A routine whose body the analysis does not follow here may wait for what it is handed.
    return !NEVER_WAIT.has(name) && argumentsOf(call).length > 0;
  });
  const add = (param: string | undefined, free: Omit<MemoryFree, 'path' | 'when'>) => {
    if (param !== undefined && !found.has(param)) found.set(param, { path: param, when: 'maybe', ...free });
  };
  for (const call of callExpressionsIn(paths.definition)) {
    const name = calleeName(call)?.text;
    if (!name) continue;
    const args = argumentsOf(call);
    if (freesMemory(name)) {
      const freed = args[0];
      if (!freed || !reachedWithout(cfg, call, mayWait)) continue;
      const note = { node: freed, message: `${name} ${verbOf(name)} it here`, file };
      for (const state of paths.statesBefore(call)) add(paramOf(paths.valueOf(state, freed)), { routine: name, note });
      continue;
    }
    const inner = program.freesOf(name, args.length);
    if (inner.length === 0 || !reachedWithout(cfg, call, mayWait)) continue;
    for (const free of inner) {
      // What the argument names at entry, unless the function assigns to its variable somewhere.
      const mapped = callerPath(free.path, args, isTypeName);
      const root = mapped === undefined ? undefined : rootOf(mapped);
      if (root === undefined || [...paths.written].some((path) => rootOf(path) === root)) continue;
      add(paramOf(`p:${mapped}`), { routine: free.routine, note: free.note });
    }
  }
  return [...found.values()];
}

/** What a routine does to the memory it is given: `frees`, `unlocks`. */
export function verbOf(routine: string): string {
  return routine === 'MmUnlockPages' ? 'unlocks' : 'frees';
}
