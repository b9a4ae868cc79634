// What one path knows: the values its access paths hold, the facts of those values, the outcomes of
// the calls it made, the tests it remembers. Facts are replaced, never mutated; a state's shape (what
// tells its objects apart, its flags and constants, its tests) decides which paths are one at a join.

import type { Node } from '../../parse/treeSitter';
import type { ObjectKindName } from '../../wsk/api';
import type { SocketCategory } from '../../wsk/events';
import { identifiersOf } from '../access';
import { throughCopies } from '../copies';

export interface Note {
  readonly node: Node;
  readonly message: string;
  /** The file the node is in, when it is not the analysed function's (inside a helper). */
  readonly file?: string;
  /** The step inside a helper that this note (at the helper's call) stands for. */
  readonly via?: Note;
}

export type CallId = number;

/** What is known of one value on one path. Facts are replaced, never mutated. */
export interface Facts {
  /** A socket bound for sure (born bound, or after WskConnect/WskListen/WskSendTo). */
  readonly bound?: Note;
  /** A socket bound by this WskBind, unless a branch proved that the call failed. */
  readonly bindCall?: { readonly call: CallId; readonly note: Note };
  /** A WSK object of the API table's kinds (a cached descriptor, an IRP, a socket, …): see ObjectFact. */
  readonly object?: ObjectFact;
  /** The object was handed off (stored outside the function, returned, or given away): not ours to end. */
  readonly escaped?: Note;
  /** Calls whose IRP carries this descriptor and may still be pending. */
  readonly usedBy?: readonly { readonly call: CallId; readonly note: Note; readonly label: string }[];
  /** Calls that may still be pending whose WSK goes on using this memory (an MDL, the buffer it maps, an address): WSK015. */
  readonly heldBy?: readonly { readonly call: CallId; readonly note: Note }[];
  /** An explicit NULL. */
  readonly isNull?: Note;
  /** The status returned by a call (`final`: read back from the IRP after completion). */
  readonly statusOf?: { readonly call: CallId; readonly final: boolean };
  /** The IRP was last given to this call. */
  readonly irpOf?: CallId;
  /**
   * What a wait helper returned when none of what it passes back is a known call's status: the values
   * (all handed to this function) that it is one of, so that this function passes them back in turn.
   */
  readonly passedIn?: readonly string[];
  /** `NT_SUCCESS(status)` of this call's status, kept in a variable (`cached = NT_SUCCESS(status)`). */
  readonly successOf?: CallId;
  /**
   * The IRP of a WskSocket, WskSocketConnect or WskAccept: its IoStatus.Information is the new socket,
   * `bound` from birth for the last two.
   */
  readonly yields?: { readonly call: CallId; readonly note: Note; readonly bound: boolean } & SocketBirth;
  /** A socket made by a helper's call (see SocketBirth): what the helper's summary says of it. */
  readonly socketBirth?: SocketBirth;
  /** The object this one belongs to (a captured NPI: the registration it was captured on). */
  readonly of?: string;
  /** What belongs to this value (the captures of a registration handed in) was ended on this path. */
  readonly ownedEnded?: { readonly kind: ObjectKindName; readonly note: Note };
  /** An IRP's setup since its allocation or last reinitialisation (WSK017, WSK016): see IrpSetup. */
  readonly irpSetup?: IrpSetup;
}

/** What is known of a new socket where it is created: its category, and whether its client table is NULL. */
export interface SocketBirth {
  readonly category?: SocketCategory;
  readonly nullDispatch?: boolean;
  /** The client table it was given (`&g_Table`), by name, and the file of the creation when in a helper. */
  readonly table?: { readonly name: string; readonly file?: string };
}

/**
 * What an IRP was set up with since the driver allocated it (IoAllocateIrp[Ex]) or last reinitialised
 * it (IoReuseIrp, IoInitializeIrp). Each part is undefined when unknown (an IRP handed in, or handed to
 * code the analysis cannot read); a helper's summary carries the parts it makes known.
 */
export interface IrpSetup {
  /** Where the IRP became the driver's own, fresh: only an IRP the driver owns is allocated or reinitialised. */
  readonly since?: Note;
  /** The completion routine set since then (false: none). */
  readonly routine?: RoutineSet | false;
  /** The WSK call the IRP was given to since then (false: none). */
  readonly usedBy?: { readonly call: CallId; readonly note: Note } | false;
}

/** A completion routine set on an IRP (IoSetCompletionRoutine[Ex], or a helper that calls it). */
export interface RoutineSet {
  readonly note: Note;
  /** The routine's name, when it names a function. */
  readonly name?: string;
  /** Invoke flags given as a constant FALSE: the routine is skipped on those completions. */
  readonly partial: boolean;
  /** Set after the IRP was given to a WSK call (and not reinitialised in between). */
  readonly afterUse: boolean;
  /** What the routine gets as Context, as an access path (`&done` → `done`), when set in this function. */
  readonly context?: string;
}

/**
 * What a value is as a WSK object on a path: `live`, the function holds it (unless `call`, the call
 * that made it, failed: then there is nothing, or NULL); `ended`, released, closed or freed (`maybe`:
 * on some paths of a helper only, so no proof of a second end); `foreign`, provably not one of its
 * kind that needs ending (a SECURITY_DESCRIPTOR object's address, pool memory; an IRP the I/O manager
 * built, `owned: false`, which is only ever NULL or not).
 */
export interface ObjectFact {
  readonly kind: ObjectKindName;
  readonly state: 'live' | 'ended' | 'foreign';
  readonly note: Note;
  readonly call?: CallId;
  /** Where it was made, kept once it ended (for messages). */
  readonly bornAt?: Note;
  readonly maybe?: boolean;
  /** false: not the function's to end (an I/O manager's IRP). */
  readonly owned?: boolean;
}

export interface Outcome {
  /** true: the call failed; false: it did not fail (it may still be pending). */
  readonly failed?: boolean;
  readonly pending?: 'pending' | 'notPending' | 'done';
}

export const UNKNOWN_VALUE = '?';


export class PathState {
  constructor(
    readonly env: Map<string, string> = new Map(),
    readonly facts: Map<string, Facts> = new Map(),
    readonly outcomes: Map<CallId, Outcome> = new Map(),
    readonly conditions: Map<string, { value: boolean; names: readonly string[] }> = new Map(),
    readonly generations: Map<string, number> = new Map(),
    /** Branch decisions taken on this path, latest last (not part of the state's identity). */
    readonly trail: Note[] = [],
    /** The function's copies (copies.ts): storage reached through one is its source's. */
    readonly copies: ReadonlyMap<string, string> = NO_COPIES,
  ) {}

  /** The state at a function's entry: it knows nothing yet. */
  static entry(copies: ReadonlyMap<string, string>): PathState {
    return new PathState(new Map(), new Map(), new Map(), new Map(), new Map(), [], copies);
  }

  clone(): PathState {
    return new PathState(new Map(this.env), new Map(this.facts), new Map(this.outcomes), new Map(this.conditions), new Map(this.generations), this.trail.slice(-6), this.copies);
  }

  /**
   * The name the state keeps a path's storage under: reached through a copy, its source's
   * (`ctx->Socket` with `ctx = Context` is `Context->Socket`). The copy itself stays a variable of its
   * own: its one write must not look like a write of the source.
   */
  canonical(path: string): string {
    return this.copies.size === 0 || !LINKED.test(path) ? path : throughCopies(path, this.copies);
  }

  /** The value an access path holds. */
  read(written: string): string {
    const path = this.canonical(written);
    const held = this.env.get(path);
    if (held !== undefined) return held;
    const generation = identifiersOf(path).map((name) => this.generations.get(name)).filter((g) => g !== undefined);
    return generation.length > 0 ? `p:${path}#${generation.join(',')}` : `p:${path}`;
  }

  factsOf(value: string): Facts {
    return this.facts.get(value) ?? {};
  }

  outcome(call: CallId): Outcome {
    return this.outcomes.get(call) ?? {};
  }

  /** Whether a socket value is bound on this path, and where. */
  bound(value: string): Note | undefined {
    const facts = this.factsOf(value);
    if (facts.bound) return facts.bound;
    if (facts.bindCall && this.outcome(facts.bindCall.call).failed !== true) return facts.bindCall.note;
    return undefined;
  }

  /** What a value is as an object of a kind on this path (a failed acquisition leaves nothing). */
  object(value: string, kind: ObjectKindName): ObjectFact | undefined {
    const object = this.factsOf(value).object;
    if (!object || object.kind !== kind) return undefined;
    if (object.state === 'live' && object.call !== undefined && this.outcome(object.call).failed === true) return undefined;
    return object;
  }

  /** Calls that took this descriptor and whose IRP may still be pending. */
  pendingUses(value: string): readonly { call: CallId; note: Note; label: string }[] {
    return (this.factsOf(value).usedBy ?? []).filter((use) => this.mayBePending(use.call));
  }

  /** Calls whose WSK still uses this memory (an MDL, a buffer) and that may still be pending. */
  pendingHolders(value: string): readonly { call: CallId; note: Note }[] {
    return (this.factsOf(value).heldBy ?? []).filter((use) => this.mayBePending(use.call));
  }

  /** Whether a WSK call may still be pending on this path: no wait since, no test proved it finished or failed. */
  mayBePending(call: CallId): boolean {
    const outcome = this.outcome(call);
    return outcome.pending !== 'done' && outcome.pending !== 'notPending' && outcome.failed !== true;
  }

  /** Objects of a kind the function owns on this path that nobody ended or took over. */
  leaks(kind: ObjectKindName): { value: string; bornAt: Note }[] {
    const result: { value: string; bornAt: Note }[] = [];
    for (const [value, facts] of this.facts) {
      const object = this.object(value, kind);
      if (object?.state === 'live' && object.owned !== false && !facts.escaped) result.push({ value, bornAt: object.note });
    }
    return result;
  }

  /** How much the state tracks: what copying or comparing it costs. */
  size(): number {
    return this.env.size + this.facts.size + this.outcomes.size + this.conditions.size + this.generations.size;
  }

  /**
   * A stable identity: two paths that know the same things are one state. Sites (which call, which
   * assignment, which NULL) only tell objects apart, so the key names them in order of appearance:
   * a state after `case 1: status = WskBind(s, …)` and one after `case 2:` doing the same are one, and
   * a switch of a thousand such cases costs one state, not a thousand. The witness kept is the first
   * path's; the paths dropped are equal up to those names, so no finding depends on which one stays.
   */
  key(): string {
    return this.shape().key;
  }

  /**
   * The state split for joining paths: `skeleton`, what tells objects apart (facts, outcomes, the
   * values that carry facts, with sites named in order of appearance); `plains`, the paths holding a
   * value that carries none (a flag, a constant, an unknown), by path; and the remembered tests.
   */
  shape(): Shape {
    // Built for every state entering every block: plain loops over sorted keys, one string, no
    // intermediate arrays of entries (a state holds a handful of paths, so the overhead was the cost).
    const tokens = new Map<number, number>();
    const token = (site: number): number => {
      let index = tokens.get(site);
      if (index === undefined) {
        index = tokens.size;
        tokens.set(site, index);
      }
      return index;
    };
    const facts = this.facts;
    let skeleton = '';
    const add = (part: string) => {
      skeleton = skeleton === '' ? part : `${skeleton};${part}`;
    };
    // That a name was reassigned matters (reads through it are no longer the caller's), not where.
    if (this.generations.size > 0) for (const name of sortedKeys(this.generations)) add(`${name}#`);
    add('|');
    const listed = new Set<string>();
    const listFacts = (value: string) => {
      if (listed.has(value)) return;
      listed.add(value);
      const known = facts.get(value);
      if (known) add(`${render(templateOf(value).pieces, token)}:${factsKey(known, token)}`);
    };
    // Sorted by path, as the key lists them.
    const plains = new Map<string, string>();
    let plainsKey = '';
    for (const path of sortedKeys(this.env)) {
      const value = this.env.get(path) as string;
      if (!facts.has(value)) {
        const plain = templateOf(value).plain;
        plains.set(path, plain);
        plainsKey = plainsKey === '' ? `${path}=${plain}` : `${plainsKey};${path}=${plain}`;
        continue;
      }
      add(`${path}=${render(templateOf(value).pieces, token)}`);
      listFacts(value);
    }
    add('|');
    // Values nobody holds (cached copies, entry values), in an order that does not depend on sites.
    if (listed.size < facts.size) {
      const rest: string[] = [];
      for (const value of facts.keys()) if (!listed.has(value)) rest.push(value);
      if (rest.length > 1) {
        rest.sort((a, b) => {
          const [ka, kb] = [templateOf(a).plain, templateOf(b).plain];
          return ka < kb ? -1 : ka > kb ? 1 : 0;
        });
      }
      for (const value of rest) listFacts(value);
    }
    add('|');
    if (this.outcomes.size > 0) {
      const outcomes: [number, Outcome][] = [];
      for (const [call, outcome] of this.outcomes) outcomes.push([token(call), outcome]);
      if (outcomes.length > 1) outcomes.sort((a, b) => a[0] - b[0]);
      for (const [call, outcome] of outcomes) add(`${call}:${outcome.failed ?? ''}/${outcome.pending ?? ''}`);
    }
    let conditions: ReadonlyMap<string, boolean> = NO_CONDITIONS;
    let conditionsKey = '';
    if (this.conditions.size > 0) {
      const sorted = new Map<string, boolean>();
      for (const text of sortedKeys(this.conditions)) {
        const value = (this.conditions.get(text) as { value: boolean }).value;
        sorted.set(text, value);
        conditionsKey = conditionsKey === '' ? `${text}:${value}` : `${conditionsKey};${text}:${value}`;
      }
      conditions = sorted;
    }
    return { skeleton, plains, conditions, key: `${skeleton}|${plainsKey}|${conditionsKey}` };
  }
}

const NO_CONDITIONS: ReadonlyMap<string, boolean> = new Map();
const NO_COPIES: ReadonlyMap<string, string> = new Map();
/** A path that goes through its root to storage: `p->F`, `s.F`, `a[i]`, `*p`. */
const LINKED = /[-.[*]/;

/** A map's keys in order (as `<` orders strings; Array.prototype.sort's order). */
function sortedKeys(map: ReadonlyMap<string, unknown>): string[] {
  const keys = [...map.keys()];
  if (keys.length > 8) return keys.sort();
  // A state holds a handful of paths: an insertion sort allocates nothing.
  for (let i = 1; i < keys.length; i++) {
    const key = keys[i];
    let j = i - 1;
    for (; j >= 0 && keys[j] > key; j--) keys[j + 1] = keys[j];
    keys[j + 1] = key;
  }
  return keys;
}

/** See PathState.shape. */
export interface Shape {
  readonly skeleton: string;
  /** By path, in order. */
  readonly plains: ReadonlyMap<string, string>;
  /** By text, in order. */
  readonly conditions: ReadonlyMap<string, boolean>;
  /** The whole: skeleton, plains and conditions (see PathState.key). */
  readonly key: string;
}

/**
 * Whether every path `specific` stands for is one `general` stands for too: the same skeleton, and
 * every flag, constant and test `general` knows, `specific` knows alike (a state that knows less is
 * more general: where it does not know `F`, later tests of `F` split it into both).
 */
export function subsumes(general: Shape, specific: Shape): boolean {
  if (general.skeleton !== specific.skeleton) return false;
  for (const [path, value] of general.plains) if (specific.plains.get(path) !== value) return false;
  for (const [text, value] of general.conditions) if (specific.conditions.get(text) !== value) return false;
  return true;
}

/**
 * The one thing two states of the same skeleton disagree on, when there is exactly one: a path whose
 * flag or constant differs, or a test taken one way in one and the other way in the other.
 */
export function soleDifference(a: Shape, b: Shape): { plain: string } | { condition: string } | undefined {
  if (a.skeleton !== b.skeleton || a.plains.size !== b.plains.size || a.conditions.size !== b.conditions.size) return undefined;
  let found: { plain: string } | { condition: string } | undefined;
  for (const [path, value] of a.plains) {
    const other = b.plains.get(path);
    if (other === undefined) return undefined;
    if (other === value) continue;
    if (found) return undefined;
    found = { plain: path };
  }
  for (const [text, value] of a.conditions) {
    const other = b.conditions.get(text);
    if (other === undefined) return undefined;
    if (other === value) continue;
    if (found) return undefined;
    found = { condition: text };
  }
  return found;
}

/**
 * Where a value name holds a site (the start of the node that made it): `c:120`, `o:120:sd`, `w:120`,
 * `u:120:sd`, `null@120`, `obj:sd@120`, and the generations in `p:ctx->Sd#120,130`.
 */
const SITE_IN_VALUE = /((?:^(?:c|o|u|s|w|info|fs|ok):)|@|[#,])(\d+)/g;

/**
 * A value name split at its sites: `pieces` alternates text and site numbers, `plain` has the sites
 * left out. Keys are built for every state at every join, so each name is split once (a bounded cache).
 */
interface Template {
  readonly pieces: readonly (string | number)[];
  readonly plain: string;
}

const templates = new Map<string, Template>();

function templateOf(value: string): Template {
  let template = templates.get(value);
  if (template) return template;
  const pieces: (string | number)[] = [];
  let last = 0;
  for (const match of value.matchAll(SITE_IN_VALUE)) {
    const before = match[1];
    const end = (match.index ?? 0) + before.length;
    pieces.push(value.slice(last, end), Number(match[2]));
    last = end + match[2].length;
  }
  pieces.push(value.slice(last));
  template = { pieces, plain: value.replace(SITE_IN_VALUE, '$1') };
  if (templates.size >= 100_000) templates.clear();
  templates.set(value, template);
  return template;
}

function render(pieces: readonly (string | number)[], token: (site: number) => number): string {
  let text = '';
  for (const piece of pieces) text += typeof piece === 'number' ? token(piece) : piece;
  return text;
}

/** Facts never change once made (a change makes new ones), so each is split into pieces once. */
const factPieces = new WeakMap<Facts, readonly (string | number)[]>();

/** The facts of a value, with sites named by `token`; where a fact was learnt (its note) is left out. */
function factsKey(facts: Facts, token: (site: number) => number): string {
  let pieces = factPieces.get(facts);
  if (!pieces) {
    pieces = factsPieces(facts);
    factPieces.set(facts, pieces);
  }
  return render(pieces, token);
}

/** The facts' key with each site a number, in the order `token` must meet them. */
function factsPieces(facts: Facts): (string | number)[] {
  const pieces: (string | number)[] = [];
  const call = (id: CallId | undefined) => {
    if (id !== undefined) pieces.push(id);
  };
  const text = (value: string) => pieces.push(value);
  const object = facts.object;
  text(facts.bound ? 'b,' : ',');
  call(facts.bindCall?.call);
  text(',');
  if (object) {
    text(`${object.kind}:${object.state}${object.maybe ? '?' : ''}${object.owned === false ? '!' : ''}/`);
    call(object.call);
  }
  text(`,${facts.escaped ? 'e' : ''},`);
  (facts.usedBy ?? []).forEach((use, index) => {
    if (index > 0) text('+');
    call(use.call);
  });
  (facts.heldBy ?? []).forEach((use) => {
    text('h');
    call(use.call);
  });
  text(`,${facts.isNull ? 'n' : ''},`);
  if (facts.statusOf) {
    call(facts.statusOf.call);
    text(facts.statusOf.final ? 'f' : '');
  }
  text(',');
  call(facts.irpOf);
  if (facts.passedIn) text(`=${facts.passedIn.join('|')}`);
  text(',');
  if (facts.yields) {
    call(facts.yields.call);
    text(facts.yields.bound ? 'b' : '');
  }
  text(',');
  call(facts.successOf);
  text(',');
  if (facts.of !== undefined) pieces.push(...templateOf(facts.of).pieces);
  const setup = facts.irpSetup;
  if (setup) {
    // Which routine matters (WSK016 asks where each is set), not where it was set.
    const routine = setup.routine === undefined ? '?' : setup.routine === false ? '0' : `${setup.routine.name ?? ''}${setup.routine.partial ? 'p' : ''}${setup.routine.afterUse ? 'a' : ''}${setup.routine.context !== undefined ? `(${setup.routine.context})` : ''}`;
    text(`,${setup.since ? 's' : ''}/${routine}/`);
    if (setup.usedBy) call(setup.usedBy.call);
    else text(setup.usedBy === false ? '0' : '?');
  }
  text(`,${facts.ownedEnded ? facts.ownedEnded.kind : ''}`);
  return pieces;
}
