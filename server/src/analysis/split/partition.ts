// What a run's workspaces hold: one workspace, or parts for worker threads, and whether splitting is
// worth it (see graph.ts for what a workspace must hold). Every file is owned by one part: analysed
// files are reported on, included headers that were not given only tell what they release. The
// relevant files (graph.ts) are kept in a few contiguous groups, each with what it needs; the other
// files are reported on without a parse, unless they hold a suppression comment: those are dealt out
// in the order of the run (files of one folder share headers) to even the load. What a worker costs is
// estimated from sizes: a file it parses costs its length and a little more (the more macros it
// sees, the more), a file it reads for macros only a small fraction of its length, and starting a
// worker a fixed amount. When no split promises a clear gain over one
// workspace (everything needs everything, or the run is small), fewer workers or none are used.

import type { IncludeResolver } from '../../parse/sources/includes';
import { CLIENT_DISPATCH_TYPE, KERNEL_FUNCTIONS, LISTEN_DISPATCH_TYPE, WSK_NAMES } from '../../wsk/api';

/**
 * The routines that set a completion routine: a file naming one may name the routine it sets, defined in
 * another file whose findings (WSK016) depend on it.
 */
const COMPLETION_SETTERS: readonly string[] = KERNEL_FUNCTIONS.filter((fn) => fn.irpSetup === 'setsCompletionRoutine').map((fn) => fn.name);

/** Names under which a driver registers its dispatch routines (whose IRPs are passed down, not owned). */
const DISPATCH_TABLE_NAMES = ['MajorFunction', 'DRIVER_DISPATCH'];
import { FOLLOWED_NAMES } from '../program';
import { UNLOCK_NAME } from '../irql';
import { REGISTERING_NAMES } from '../eventCallbacks';
import { DISPATCH_ROLE_TYPES, DPC_INITIALIZERS } from '../../wsk/irql';

/**
 * What gives a function defined elsewhere a role that WSK025 reads: a DPC initializer or a role
 * declaration naming it.
 */
const IRQL_ROLE_NAMES: readonly string[] = [...DPC_INITIALIZERS.keys(), ...DISPATCH_ROLE_TYPES.keys()];
import { NeedGraph } from './graph';
import type { Holding, SplitFile } from './graph';
import { appendAll } from '../../parse/arrays';

export interface WorkerPlan {
  /** Indexes of the files its workspace holds, ascending (the run's order). */
  readonly files: readonly number[];
  /** Those among them it holds for their macros only, ascending. */
  readonly macrosOnly: readonly number[];
  /**
   * Indexes of the files it owns, ascending: every file is owned by exactly one worker. An owned file
   * it does not hold is reported on without a parse (it has no relevance: see Planner.silent).
   */
  readonly owned: readonly number[];
}

export interface Split {
  /** One plan per worker; a single plan: analyse in one workspace (holding only what it needs), no worker is worth it. */
  readonly plans: readonly WorkerPlan[];
  /** The estimated cost of one workspace, and of the chosen plans (as characters parsed). */
  readonly single: number;
  readonly cost: number;
  /** Steps of the planning, counted. */
  readonly work: number;
}

/**
 * Runs smaller than this (in characters, files and headers) are not split, nor even scanned: deciding
 * a split (scanning every file, planning) costs about a tenth of analysing them, and each worker starts
 * cold, so no split of a smaller run can pay for itself.
 */
export const SPLIT_MINIMUM = 8_000_000;

/** Reading a file for its macros only costs about this much of parsing and analysing it. */
const MACROS_COST = 0.07;
/** Parsing a file costs about as much as this many characters besides its own (its view, its declarations)… */
const FILE_COST = 2_000;
/** …and this many per macro it sees (its own and its headers': the macros its view is expanded with). */
const MACRO_COST = 1;
/** Starting a worker (thread, WebAssembly, its files handed over) costs about as much as parsing this many characters. */
const WORKER_COST = 400_000;
/**
 * A split is used only when it promises at least this much less time than one workspace (the estimate is
 * rough). At 0.85, uxen (an estimated 0.82: two thousand headers parsed by both workers) ran 1.10× slower
 * with two workers than with one on an idle 2-core machine; System Informer, split at 0.8, runs 1.13× faster.
 */
const REQUIRED_RATIO = 0.8;

export interface SplitOptions {
  /** The single workspace's include resolver (every file of the run, the build files). */
  readonly includes: IncludeResolver;
  /** The declared wrapper functions (naming one makes a function relevant). */
  readonly wrappers: Iterable<string>;
  /** At most this many workers, running on this many processors. */
  readonly workers: number;
  readonly cores: number;
  /** What starting a worker costs, as characters parsed (tests set it to 0 to split small runs). */
  readonly workerCost?: number;
}

/** The files (in the order the single workspace adds them) split over workers, or not. */
export function splitRun(files: readonly SplitFile[], { includes, wrappers, workers, cores, workerCost = WORKER_COST }: SplitOptions): Split {
  const wrapperNames = new Set(wrappers);
  const graph = new NeedGraph(files, includes, {
    relevant: new Set([...WSK_NAMES, LISTEN_DISPATCH_TYPE, CLIENT_DISPATCH_TYPE, ...REGISTERING_NAMES, ...COMPLETION_SETTERS, ...wrapperNames]),
    summarised: new Set(FOLLOWED_NAMES),
    followedByName: (name) => UNLOCK_NAME.test(name),
    wrappers: wrapperNames,
    registering: [LISTEN_DISPATCH_TYPE, ...REGISTERING_NAMES, ...COMPLETION_SETTERS, ...DISPATCH_TABLE_NAMES, ...IRQL_ROLE_NAMES],
  });
  const costs = files.map((file, index) => file.size + FILE_COST + MACRO_COST * graph.macrosSeen(index));
  const parseCost = (file: number) => costs[file];
  const planner = new Planner(files, graph, parseCost);
  // One workspace needs no more than the parts do: what the relevant files need, and the others
  // reported on without a parse (see Planner).
  const one = planner.plan(1)[0] as Part | undefined;
  const single = one?.load ?? 0;
  let best: { plans: readonly WorkerPlan[]; cost: number } = { plans: [one ? one.plan() : { files: [], macrosOnly: [], owned: [] }], cost: single };
  for (let count = Math.min(workers, files.length); count >= 2; count = count === 2 ? 1 : Math.ceil(count / 2)) {
    const parts = planner.plan(count);
    const loads = parts.map((part) => part.load);
    const cost = Math.max(...loads, loads.reduce((sum, load) => sum + load, 0) / cores) + (workerCost * parts.length) / Math.min(parts.length, cores);
    if (parts.length >= 2 && cost < best.cost && cost <= single * REQUIRED_RATIO) best = { plans: parts.map((part) => part.plan()), cost };
  }
  return { ...best, single, work: graph.work.steps + planner.steps };
}

/** One worker's part while it is being planned. */
class Part {
  readonly owned: number[] = [];
  private readonly parsed = new Set<number>();
  private readonly macros = new Set<number>();
  load = 0;

  constructor(private readonly files: readonly SplitFile[], private readonly parseCost: (file: number) => number) {}

  /** Holds these files (parsed) and those (for their macros); returns the steps taken. */
  hold(parsed: Iterable<number>, macros: Iterable<number>): number {
    let steps = 0;
    for (const file of parsed) {
      steps++;
      if (this.parsed.has(file)) continue;
      this.parsed.add(file);
      this.load += this.parseCost(file);
      if (this.macros.delete(file)) this.load -= this.files[file].size * MACROS_COST;
    }
    for (const file of macros) {
      steps++;
      if (this.parsed.has(file) || this.macros.has(file)) continue;
      this.macros.add(file);
      this.load += this.files[file].size * MACROS_COST;
    }
    return steps;
  }

  holdsForMacros(file: number): boolean {
    return this.macros.has(file);
  }

  parses(file: number): boolean {
    return this.parsed.has(file);
  }

  plan(): WorkerPlan {
    const ascending = (a: number, b: number) => a - b;
    return { files: [...this.parsed, ...this.macros].sort(ascending), macrosOnly: [...this.macros].sort(ascending), owned: [...this.owned].sort(ascending) };
  }
}

class Planner {
  steps = 0;
  private readonly relevant: number[] = [];
  /** Analysed files of no relevance that are parsed all the same: they hold a suppression comment. */
  private readonly others: number[] = [];
  /**
   * Analysed files of no relevance and no suppression comment: reported on (nothing), never parsed.
   * Every rule reports on a WSK call or on a call reaching one (graph.ts), so such a file has no
   * finding, whatever the rest of the program; parsing a large tree's thousands of them was most of
   * its time.
   */
  private readonly silent: number[] = [];
  private readonly context: number[] = [];
  /** The closure of all the relevant files as one group (the same for every worker count). */
  private together: Holding | undefined;

  constructor(private readonly files: readonly SplitFile[], private readonly graph: NeedGraph, private readonly parseCost: (file: number) => number) {
    files.forEach((file, index) => {
      if (graph.relevant.has(index)) this.relevant.push(index);
      else if (!file.analysed) this.context.push(index);
      else if (file.facts.suppresses) this.others.push(index);
      else this.silent.push(index);
    });
  }

  /** The best of the ways tried to split the run over `count` workers (empty parts dropped). */
  plan(count: number): Part[] {
    const options: Part[][] = [];
    const makespan = (parts: Part[]) => Math.max(...parts.map((part) => part.load));
    let balanced = false;
    if (this.relevant.length > 0) {
      this.together ??= this.graph.closure(this.relevant);
      const parts = this.fill([{ owned: this.relevant, holding: this.together }], count);
      options.push(parts);
      balanced = makespan(parts) <= (1.05 * parts.reduce((sum, part) => sum + part.load, 0)) / count;
    }
    if (this.relevant.length > 1 && !balanced) {
      // When what the relevant files need together is more than a fair share: split them in as many
      // groups, by size; then again, weighing each group's files by what its first closure cost.
      let groups = this.groupsOf(this.relevant, count, this.parseCost);
      for (let round = 0; round < 2; round++) {
        const held = groups.map((owned) => ({ owned, holding: this.graph.closure(owned) }));
        const parts = this.fill(held, count);
        options.push(parts);
        // No better than together: what they need is shared, weighing again will not help.
        if (options.length > 1 && makespan(parts) >= 0.95 * makespan(options[0])) break;
        const scale = new Map<number, number>();
        held.forEach(({ owned }, index) => {
          const own = owned.reduce((sum, file) => sum + this.parseCost(file), 0);
          for (const file of owned) scale.set(file, parts[index].load / Math.max(own, 1));
        });
        groups = this.groupsOf(this.relevant, count, (file) => this.parseCost(file) * (scale.get(file) ?? 1));
      }
    }
    if (options.length === 0) options.push(this.fill([], count));
    return options.reduce((best, parts) => (makespan(parts) < makespan(best) ? parts : best)).filter((part) => part.owned.length > 0);
  }

  /**
   * Parts for `count` workers: the groups of relevant files first, each in a part of its own with what
   * it needs; then the other files in the order of the run, each part taking a contiguous run of them
   * until its load reaches the average (twice: the first pass tells what the headers cost); headers
   * that were not given go to a part holding them for their macros.
   */
  private fill(groups: readonly { owned: readonly number[]; holding: Holding }[], count: number): Part[] {
    let target = 0;
    let parts: Part[] = [];
    for (let pass = 0; pass < 2; pass++) {
      parts = Array.from({ length: count }, () => new Part(this.files, this.parseCost));
      groups.forEach(({ owned, holding }, index) => {
        appendAll(parts[index].owned, owned);
        this.steps += parts[index].hold(holding.parsed, holding.macros) + owned.length;
      });
      // A file that a group's part parses anyway (its relevant files need it) is owned there for free.
      const free = this.others.filter((file) => {
        this.steps += groups.length;
        const holder = parts.slice(0, groups.length).find((part) => part.parses(file));
        holder?.owned.push(file);
        return holder === undefined;
      });
      if (pass === 0) target = (parts.reduce((sum, part) => sum + part.load, 0) + free.reduce((sum, file) => sum + this.parseCost(file), 0)) / count;
      const order = [...parts].sort((a, b) => a.load - b.load);
      let next = 0;
      for (const file of free) {
        while (next < order.length - 1 && order[next].load >= target) next++;
        order[next].owned.push(file);
        this.steps += order[next].hold([file], this.graph.included[file]) + 1;
      }
      target = parts.reduce((sum, part) => sum + part.load, 0) / count;
    }
    for (const file of this.context) {
      const holder = parts.find((part) => part.holdsForMacros(file)) ?? parts[0];
      this.steps += parts.length;
      holder.owned.push(file);
      holder.hold([], [file]);
    }
    this.silent.forEach((file, index) => parts[index % parts.length].owned.push(file));
    this.steps += this.silent.length;
    return parts;
  }

  /** The files in contiguous groups (at most `count`, none empty) of about equal weight. */
  private groupsOf(files: readonly number[], count: number, weight: (file: number) => number): number[][] {
    const total = files.reduce((sum, file) => sum + weight(file), 0);
    const groups: number[][] = [[]];
    let sum = 0;
    files.forEach((file, index) => {
      this.steps++;
      const remaining = files.length - index;
      const current = groups[groups.length - 1];
      if (current.length > 0 && groups.length < count && (sum >= (total * groups.length) / count || remaining <= count - groups.length)) groups.push([]);
      groups[groups.length - 1].push(file);
      sum += weight(file);
    });
    return groups;
  }
}
