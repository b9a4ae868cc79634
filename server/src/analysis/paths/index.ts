// The path engine's public face: run it over a function (run.ts), read what it found (FunctionPaths,
// PathState and its facts). How a state is keyed and joined: state.ts; how one run works: engine.ts (its loop),
// expressions.ts, callEffects.ts, transitions.ts, refine.ts (what it evaluates and how states change),
// functionFacts.ts (what it knows of the function before it starts).

export { analyzePaths, DEFAULT_PATH_OPTIONS } from './run';
export type { FunctionPaths, HelperCall, PathOptions } from './run';
export type { EngineContext, RoutineOnEntry } from './engine';
export { functionNamed, isConstantFalse } from './callEffects';
export { PathState } from './state';
export type { Facts, IrpSetup, Note, Outcome, RoutineSet } from './state';
export { normalizedCondition } from './conditions';
