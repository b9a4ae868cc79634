// What every run of the engine over a function needs to know of it, worked out once per CFG (a function
// followed object by object runs many times): its locals and parameters, the tests worth remembering,
// what its releases may release, what it returns, which names are live where.

import type { Node } from '../../parse/treeSitter';
import { endsOf, kernelFunction } from '../../wsk/api';
import type { Cfg } from '../cfg';
import { accessPath, assignedNames, pointeePath } from '../access';
import { argumentsOf, callExpressionsIn } from '../syntax';
import { localNames, parameterDeclarations } from '../declarations';
import { TEST_ACCESSES, VALUE_ACCESSES, liveness } from './liveness';
import { IdentifierIndex } from '../identifierIndex';
import { irpStatusAccesses } from './irpStatusReads';
import { copiesIn, throughCopies } from '../copies';
import type { Liveness } from './liveness';
import { calleeText, conditionText } from './conditions';
import type { EngineContext } from './engine';

/** What every run over a function needs to know of it (see prepare). */
export interface FunctionFacts {
  readonly locals: ReadonlySet<string>;
  /**
   * Conditions tested more than once in the function (through copies, as their sources': copies.ts):
   * only those are worth remembering along a path
   * (`if (Secure) cache … if (Secure) release`); remembering every condition would split the paths of
   * independent tests into exponentially many states.
   */
  readonly repeatedConditions: ReadonlySet<string>;
  readonly parameters: ReadonlySet<string>;
  /** Locals declared in the body: what a path knows of them can be forgotten once no code mentions them. */
  readonly bodyLocals: ReadonlySet<string>;
  readonly releaseSubjects: ReadonlySet<string>;
  /** Variables the function returns as they are (`return status;`). */
  readonly returnedNames: ReadonlySet<string>;
  readonly liveness: Liveness;
  /** For the tests a path remembers, where a call handed `&x` writes `x` (it forgets them: callEffects.ts). */
  readonly testLiveness: Liveness;
  /** Where the status of an IRP's last WSK call may still be read (irpStatusReads.ts). */
  readonly irpStatusLiveness: Liveness;
  /** By condition node id: see conditionHasSideEffects. */
  readonly sideEffects: Map<number, boolean>;
  /** The function's copies, by copy (copies.ts): storage reached through one is kept under its source's name. */
  readonly copies: ReadonlyMap<string, string>;
  /** The copies of each source, for liveness: what is kept under a source's name lives while a copy does. */
  readonly copiesBySource: ReadonlyMap<string, readonly string[]>;
}

const prepared = new WeakMap<Cfg, FunctionFacts>();

/** The facts of the function a CFG is of, worked out on the first run over it. */
export function functionFactsOf(cfg: Cfg, context: EngineContext): FunctionFacts {
  let facts = prepared.get(cfg);
  if (!facts) {
    facts = prepare(cfg, context);
    prepared.set(cfg, facts);
  }
  return facts;
}

/** What every run over this function needs to know of it (a function followed object by object runs many times). */
function prepare(cfg: Cfg, context: EngineContext): FunctionFacts {
  // A truncated CFG is not run: walking its function for names would be wasted.
  const locals: ReadonlySet<string> = cfg.truncated ? new Set<string>() : localNames(cfg.definition);
  const copies = cfg.truncated ? new Map<string, string>() : copiesIn(cfg.definition);
  const seen = new Set<string>();
  const repeatedConditions = new Set<string>();
  for (const block of cfg.blocks) {
    for (const edge of block.successors) {
      if (!edge.condition || !edge.condition.value) continue;
      // A test through a copy (`mm->Ready`) repeats one of its source (`Conn->Ready`).
      const text = throughCopies(conditionText(edge.condition.node), copies);
      if (seen.has(text)) repeatedConditions.add(text);
      seen.add(text);
    }
  }
  // Only names are needed here: the file a Declaration records is not read.
  const parameters = new Set(parameterDeclarations(cfg.definition, '').map((p) => p.name));
  const variables = new Set([...locals, ...assignedNames(cfg.definition)]);
  const identifiers = new IdentifierIndex(cfg.definition);
  return {
    locals,
    repeatedConditions,
    parameters,
    bodyLocals: new Set([...locals].filter((name) => !parameters.has(name))),
    releaseSubjects: cfg.truncated ? new Set() : findReleaseSubjects(cfg, context, copies),
    returnedNames: new Set(cfg.truncated ? [] : cfg.definition.descendantsOfType('return_statement').map((r) => r?.namedChildren.find((c) => c && c.type !== 'comment')).filter((e): e is Node => e?.type === 'identifier').map((e) => e.text)),
    liveness: liveness(cfg, variables, VALUE_ACCESSES, identifiers),
    testLiveness: liveness(cfg, variables, TEST_ACCESSES, identifiers),
    irpStatusLiveness: liveness(cfg, new Set([...variables, ...parameters]), irpStatusAccesses(context.calls), identifiers),
    sideEffects: new Map(),
    copies,
    copiesBySource: bySource(copies),
  };
}

function bySource(copies: ReadonlyMap<string, string>): Map<string, string[]> {
  const bySource = new Map<string, string[]>();
  for (const [copy, source] of copies) bySource.set(source, [...(bySource.get(source) ?? []), copy]);
  return bySource;
}

/**
 * What the function's releases may release (`*Cached` of `release(Cached)`, `Ctx->Sd` of
 * `ReleaseSd(&Ctx->Sd)`): only NULL tests of these tell a summary anything, and remembering every
 * other test of a parameter (`Config->LocalAddress`, `Config->InterfaceIndex`) would double the
 * states for each one.
 */
function findReleaseSubjects(cfg: Cfg, context: EngineContext, copies: ReadonlyMap<string, string>): Set<string> {
  const subjects = new Set<string>();
  const typeName = (name: string) => context.values.types.isTypeName(name);
  for (const call of callExpressionsIn(cfg.definition)) {
    const wsk = context.calls.get(call.startIndex);
    const name = calleeText(call);
    const args = argumentsOf(call);
    const releases = wsk ? endsOf(wsk.api.name, wsk.operation?.effect).length > 0 : name !== undefined && (kernelFunction(name) ? endsOf(name, undefined).length > 0 : (context.summaries?.summaryOf(name, args.length)?.ends.length ?? 0) > 0);
    if (!releases) continue;
    for (const arg of args) {
      for (const path of [accessPath(arg), pointeePath(arg, typeName)]) if (path) subjects.add(throughCopies(path.replace(/^\*&/, ''), copies));
    }
  }
  return subjects;
}
