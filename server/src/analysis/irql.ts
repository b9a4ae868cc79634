// Where code may run at DISPATCH_LEVEL, and what blocks there. A function may run at DISPATCH_LEVEL by
// its role: an IoCompletion routine (named by an IoSetCompletionRoutine[Ex] or declared
// IO_COMPLETION_ROUTINE), a DPC routine (given to KeInitializeDpc, declared KDEFERRED_ROUTINE), a WSK
// event callback (a slot of a client dispatch table, eventCallbacks.ts), or a function annotated `_IRQL_requires_(DISPATCH_LEVEL)`
// or `_IRQL_requires_min_(DISPATCH_LEVEL)` (read from what SAL masking blanked, see parse/preprocess.ts).
// A region runs at DISPATCH_LEVEL from a spin-lock acquire (or KeRaiseIrql) to its release along each
// path (lockRegions.ts).
//
// What blocks: a PASSIVE-only WSK call, and a wait (KeWaitFor…, or a function that waits) while a WSK
// request the function issued may still be pending. Both are carried to callers: a function's facts
// say it contains a PASSIVE-only call or waits for a WSK request, itself or through the functions it
// calls (by name, across files, recursion cut), so that a callback or a locked region calling such a
// helper is seen.

import type { Node } from '../parse/treeSitter';
import { paramWithRole } from '../wsk/api';
import { WAITS } from '../wsk/kernel';
import {
  CAPTURE_WAIT, CURRENT_IRQL, DISPATCH_ANNOTATIONS, DISPATCH_LEVEL, DISPATCH_ROLE_TYPES, DPC_INITIALIZERS, DRIVER_ENTRY,
  IRQL_ROUTINE_BY_NAME, IRQL_ROUTINES, PAGED_CODE, PASSIVE_IOCTLS, PASSIVE_ONLY_FUNCTIONS,
} from '../wsk/irql';
import type { WskCall } from './calls';
import type { EventCallbacks } from './eventCallbacks';
import { cfgOf } from './reach';
import { assertsFalse, callsInOrder, keyAtCall, levelOf, lockRegions, paramKey } from './lockRegions';
import type { Held, LockCalls } from './lockRegions';
import type { Block, Cfg } from './cfg';
import { functionNamed } from './paths';
import { isNullConstant } from './paths/conditions';
import type { Callee } from './callGraph';
import type { ProgramFile } from './program';
import { routineOf, setCallsIn } from './roles';
import type { Summary } from './summary';
import { callExpressionsIn, calleeName, functionName, stripCasts, unparenthesize } from './syntax';
import { parameterDeclarations } from './declarations';
import type { ValueReader } from './values';

/** A place in the workspace, for messages and related locations. */
export interface Site {
  readonly file: string;
  readonly target: Node | { readonly start: number; readonly end: number };
  readonly message: string;
}

/** Why a function may run at DISPATCH_LEVEL. */
export interface DispatchRole {
  /** `an IoCompletion routine`, `a DPC routine`, `a WskReceiveEvent callback`, `annotated _IRQL_requires_(DISPATCH_LEVEL)`. */
  readonly what: string;
  /** Where it is set, registered or declared so (none for an annotation on the definition itself). */
  readonly site?: Site;
}


/** What a function that returns with a lock held leaves: the lock routine inside, and the lock in its parameters' terms. */
interface LockWrapper {
  readonly routine: string;
  /** The lock's text with a parameter's name as `$N` (`$0->Lock`), or the text itself (a global). */
  readonly key: string;
}

/** A call that blocks: a PASSIVE-only WSK call, a wait for a WSK request, or a helper that does either. */
export type { Held } from './lockRegions';

export interface Blocking {
  readonly call: Node;
  /** The called name (where the finding goes). */
  readonly callee: Node;
  readonly kind: 'passive' | 'wait';
  /** What it does, for a message: `WskGetAddressInfo needs PASSIVE_LEVEL`, `SyncClose waits for a WSK request (…)`. */
  readonly what: string;
  /** The steps: the request waited for, the blocking call inside helpers. */
  readonly related: readonly Site[];
  /** A PASSIVE-only call under a test that the IRQL is below DISPATCH_LEVEL. */
  readonly irqlTested?: boolean;
}

/** A capture that waits forever, on a path from DriverEntry through direct calls. */
export interface InfiniteCapture {
  readonly file: string;
  readonly timeout: Node;
  /** The calls from DriverEntry to the function holding the capture. */
  readonly chain: readonly Site[];
}

/** What the facts are computed from (the program). */
export interface IrqlSource {
  readonly files: readonly ProgramFile[];
  definitionOf(name: string): { readonly file: ProgramFile; readonly definition: Node } | undefined;
  callees(definition: Node): readonly Callee[];
  /** The WSK calls of one function, as Program.callsIn tells them. */
  callsIn(file: ProgramFile, definition: Node): readonly WskCall[];
  summaryOf(name: string, argumentCount: number): Summary | undefined;
  /** The WSK event callbacks by dispatch slot (eventCallbacks.ts). */
  eventCallbacks(): EventCallbacks;
  /** The roles the system calls functions in (roles.ts): a work-item or thread start routine runs at PASSIVE_LEVEL. */
  roles(): { isStartRoutine(name: string): boolean };
}

/** What a function does that blocks, and what it leaves for its caller. */
interface FunctionFacts {
  readonly blocking: readonly Blocking[];
  /** A PASSIVE-only call inside (itself or through helpers): the chain of sites to it. */
  readonly passive?: readonly Site[];
  /** A wait for a WSK request inside. */
  readonly waitsFor?: readonly Site[];
  /** A WSK request it issued may still be pending when it returns (the caller may wait for it). */
  readonly leavesPending?: Site;
  /** It waits (KeWaitFor…, or a function that does) on some path it takes, for whatever. */
  readonly waits?: boolean;
}

const NO_FACTS: FunctionFacts = { blocking: [] };
/** Element visits per function before the pending-request dataflow gives up (then nothing is claimed). */
const MAX_VISITS = 200_000;

const ACQUIRE_WORD = new RegExp(`\\b(?:${IRQL_ROUTINES.filter((r) => r.acts === 'acquire').map((r) => r.name).join('|')})\\b`);
const ROLE_WORDS = new RegExp(`\\b(?:${[...DPC_INITIALIZERS.keys(), ...DISPATCH_ROLE_TYPES.keys()].join('|')})\\b`, 'g');
/** Names of functions without a body that say they release a lock. */
export const UNLOCK_NAME = /unlock|release\w*lock|lock\w*release/i;
/** `#pragma alloc_text(PAGE…, F, G)`: the section, and the list of names. */
export const ALLOC_TEXT = /^[ \t]*#[ \t]*pragma[ \t]+alloc_text[ \t]*\([ \t]*"?(PAGE\w*)"?[ \t]*,([^)\n]*)\)/gm;

export class Irql {
  private roleMap: Map<string, DispatchRole> | undefined;
  private readonly facts = new Map<string, FunctionFacts>();
  private readonly inProgress = new Set<string>();
  private readonly held = new Map<string, ReadonlyMap<number, Held>>();
  private readonly releasing = new Map<string, boolean>();
  /** Per function name: the lock it returns holding (null: none, or being computed). */
  private readonly acquiring = new Map<string, LockWrapper | null>();
  private byPath: Map<string, ProgramFile> | undefined;
  private pragmas: Map<string, { file: string; start: number; end: number }[]> | undefined;
  private pragmasByFile: Map<string, { name: string; start: number; end: number }[]> | undefined;
  private captures: InfiniteCapture[] | undefined;

  constructor(private readonly source: IrqlSource) {}

  /** A file of the program by its path. */
  fileOf(path: string): ProgramFile | undefined {
    this.byPath ??= new Map(this.source.files.map((file) => [file.path, file]));
    return this.byPath.get(path);
  }

  /** The definition of a function of the program. */
  definitionOf(name: string): Node | undefined {
    return this.source.definitionOf(name)?.definition;
  }

  /** Why the function of this name may run at DISPATCH_LEVEL, when its role says so. */
  roleOf(name: string): DispatchRole | undefined {
    this.roleMap ??= this.collectRoles();
    return this.roleMap.get(name);
  }

  /** The calls of a function that run while a spin lock it acquired (or a raised IRQL) may be held, by call node id. */
  heldAt(file: ProgramFile, definition: Node): ReadonlyMap<number, Held> {
    const key = `${file.path}#${definition.id}`;
    let result = this.held.get(key);
    if (!result) {
      const locks = ACQUIRE_WORD.test(file.view.slice(definition.startIndex, definition.endIndex))
        || this.source.callees(definition).some((callee) => this.acquiresLock(callee.name, 0) !== undefined);
      result = locks ? lockRegions(cfgOf(definition), file.values, this.lockCalls()).held : new Map();
      this.held.set(key, result);
    }
    return result;
  }

  /** The blocking calls of a function (each PASSIVE-only call, each wait for a WSK request, each helper doing either). */
  blockingIn(file: ProgramFile, definition: Node): readonly Blocking[] {
    return this.factsOf(file, definition).blocking;
  }

  /** Where a function is marked pageable: its PAGED_CODE() use. */
  pagedCodeIn(definition: Node): Node | undefined {
    for (const call of callExpressionsIn(definition)) {
      const callee = calleeName(call);
      if (callee?.text === PAGED_CODE) return callee;
    }
    return undefined;
  }

  /** The `#pragma alloc_text(PAGE…, F)` entries of a file: each function name and its place (view offsets). */
  pragmaEntriesIn(path: string): readonly { readonly name: string; readonly start: number; readonly end: number }[] {
    this.pagedByPragma('');
    if (!this.pragmasByFile) {
      this.pragmasByFile = new Map();
      for (const [name, entries] of this.pragmas ?? []) {
        for (const entry of entries) this.pragmasByFile.set(entry.file, [...(this.pragmasByFile.get(entry.file) ?? []), { name, start: entry.start, end: entry.end }]);
      }
    }
    return this.pragmasByFile.get(path) ?? [];
  }

  /** The `#pragma alloc_text(PAGE…, F)` entries naming a function: the name's place in the pragma. */
  pagedByPragma(name: string): readonly { readonly file: string; readonly start: number; readonly end: number }[] {
    if (!this.pragmas) {
      this.pragmas = new Map();
      for (const file of this.source.files) {
        if (!file.view.includes('alloc_text')) continue;
        for (const match of file.view.matchAll(ALLOC_TEXT)) {
          const listStart = (match.index ?? 0) + match[0].lastIndexOf(match[2]);
          for (const name of match[2].matchAll(/[A-Za-z_]\w*/g)) {
            const start = listStart + (name.index ?? 0);
            const list = this.pragmas.get(name[0]) ?? [];
            list.push({ file: file.path, start, end: start + name[0].length });
            this.pragmas.set(name[0], list);
          }
        }
      }
    }
    return this.pragmas.get(name) ?? [];
  }

  /** WskCaptureProviderNPI with WSK_INFINITE_WAIT in DriverEntry or a function it calls directly (transitively). */
  infiniteCaptures(): readonly InfiniteCapture[] {
    if (this.captures) return this.captures;
    const found: InfiniteCapture[] = [];
    const seen = new Set<string>();
    const queue: { file: ProgramFile; definition: Node; chain: Site[] }[] = [];
    for (const file of this.source.files) {
      const entry = file.declarations.functions.get(DRIVER_ENTRY);
      if (entry) queue.push({ file, definition: entry, chain: [] });
    }
    while (queue.length > 0) {
      const { file, definition, chain } = queue.shift() as (typeof queue)[number];
      const key = `${file.path}#${definition.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      for (const call of this.callsIn(file, definition)) {
        if (call.via || call.api.name !== CAPTURE_WAIT.function) continue;
        const timeout = call.arg(CAPTURE_WAIT.timeout);
        if (timeout && captureWait(timeout, file.values) === 'infinite') found.push({ file: file.path, timeout, chain });
      }
      if (chain.length >= 8) continue;
      for (const callee of this.source.callees(definition)) {
        const target = this.source.definitionOf(callee.name);
        if (!target) continue;
        const step: Site = { file: file.path, target: callee.node.childForFieldName('function') ?? callee.node, message: `${functionName(definition) ?? 'the function'} calls ${callee.name} here` };
        queue.push({ file: target.file, definition: target.definition, chain: [...chain, step] });
      }
    }
    this.captures = found;
    return found;
  }

  // -------------------------------------------------------------------------------------------------

  /**
   * Whether a call may release a lock its caller holds: a function of the workspace that calls a
   * release routine (or such a function, a few calls deep), or one without a body whose name says it
   * unlocks (`UnlockConnection`, `ReleaseTableLock`). Precision first: a lock is not assumed held past it.
   */
  private releasesLock(name: string, depth: number): boolean {
    const routine = IRQL_ROUTINE_BY_NAME.get(name);
    if (routine) return routine.acts === 'release';
    const target = this.source.definitionOf(name);
    if (!target) return UNLOCK_NAME.test(name);
    if (depth >= 3) return false;
    const key = `${name}`;
    const known = depth === 0 ? this.releasing.get(key) : undefined;
    if (known !== undefined) return known;
    // One that takes and gives back its own lock (`Bump(ctx)`: acquire, count, release) releases none of the caller's.
    const callees = this.source.callees(target.definition);
    const result = !callees.some((callee) => IRQL_ROUTINE_BY_NAME.get(callee.name)?.acts === 'acquire')
      && callees.some((callee) => callee.name !== name && this.releasesLock(callee.name, depth + 1));
    if (depth === 0) this.releasing.set(key, result);
    return result;
  }

  /** The WSK calls of a function. */
  private callsIn(file: ProgramFile, definition: Node): readonly WskCall[] {
    return this.source.callsIn(file, definition);
  }

  /** How the lock walk sees the calls that are not lock routines: release helpers and acquire wrappers. */
  private lockCalls(depth = 0): LockCalls {
    return {
      releases: (name) => this.releasesLock(name, 0),
      acquires: (name, args) => {
        const wrapper = this.acquiresLock(name, depth);
        return wrapper ? { routine: wrapper.routine, key: keyAtCall(wrapper.key, args) } : undefined;
      },
    };
  }

  /**
   * The lock a function of the workspace returns holding, on every way out (`LockTable(t)`: KeAcquireSpinLock
   * of `&t->Lock`, no release): a region opens at its calls as at the lock routine's. One that acquires and
   * releases, or returns holding it only on some paths (a try-lock), opens none. Wrappers of wrappers count, a
   * few calls deep.
   */
  private acquiresLock(name: string, depth: number): LockWrapper | undefined {
    if (IRQL_ROUTINE_BY_NAME.has(name) || depth >= 3) return undefined;
    const known = this.acquiring.get(name);
    if (known !== undefined) return known ?? undefined;
    const target = this.source.definitionOf(name);
    if (!target) return undefined;
    this.acquiring.set(name, null); // recursion: the inner call acquires nothing
    const { file, definition } = target;
    const text = file.view.slice(definition.startIndex, definition.endIndex);
    const mayAcquire = ACQUIRE_WORD.test(text) || this.source.callees(definition).some((callee) => callee.name !== name && this.acquiresLock(callee.name, depth + 1) !== undefined);
    const exits = mayAcquire ? lockRegions(cfgOf(definition), file.values, this.lockCalls(depth + 1)).exits : [];
    // Every way out holds a lock taken here (the same one), and something reaches a way out.
    const [first] = exits;
    const lock = first?.[first.length - 1];
    const same = lock !== undefined && exits.every((held) => held.some((h) => h.key === lock.key && h.acquire.id === lock.acquire.id));
    const params = parameterDeclarations(definition, file.path).map((p) => p.name);
    const result = same ? { routine: lock.wraps ?? lock.routine, key: paramKey(lock.key, params) } : null;
    this.acquiring.set(name, result);
    return result ?? undefined;
  }

  private factsOf(file: ProgramFile, definition: Node): FunctionFacts {
    const key = `${file.path}#${definition.id}`;
    const known = this.facts.get(key);
    if (known) return known;
    if (this.inProgress.has(key)) return NO_FACTS; // recursion: the inner call says nothing
    this.inProgress.add(key);
    try {
      const facts = this.computeFacts(file, definition);
      this.facts.set(key, facts);
      return facts;
    } finally {
      this.inProgress.delete(key);
    }
  }

  private helperFacts(name: string): FunctionFacts | undefined {
    const target = this.source.definitionOf(name);
    return target ? this.factsOf(target.file, target.definition) : undefined;
  }

  /** Whether a call waits: KeWaitFor…, a function of the workspace that does on a path it takes, or a declared wrapper that `waits`. */
  private waits(name: string, count: number): boolean {
    if (WAITS.has(name)) return true;
    if (this.source.definitionOf(name)) return this.helperFacts(name)?.waits === true;
    return this.source.summaryOf(name, count)?.waits === true;
  }

  /**
   * One walk over the function's CFG: at each call, in evaluation order, whether it is a PASSIVE-only
   * WSK call, a request (a WSK call given an IRP), a wait while a request may be pending, or a helper
   * doing any of these.
   */
  private computeFacts(file: ProgramFile, definition: Node): FunctionFacts {
    const name = functionName(definition);
    const wsk = new Map<number, WskCall>();
    for (const call of this.callsIn(file, definition)) if (!call.via) wsk.set(call.node.id, call);
    const callees = this.source.callees(definition);
    const relevant = wsk.size > 0 || callees.some((c) => WAITS.has(c.name) || (c.name !== name && this.source.definitionOf(c.name) !== undefined));
    if (!relevant) return NO_FACTS;
    const here = (node: Node, message: string): Site => ({ file: file.path, target: node, message });
    const blocking = new Map<number, Blocking>();
    let passive: readonly Site[] | undefined;
    let waitsFor: readonly Site[] | undefined;
    let leavesPending: Site | undefined;
    let waits = false;

    // Whether each call happens while a request may be pending: a forward "may" dataflow.
    const cfg = cfgOf(definition);
    if (cfg.truncated) return NO_FACTS;
    const belowDispatch = belowDispatchBlocks(cfg);
    const atEntry = new Map<number, Site | undefined>([[cfg.entry.id, undefined]]);
    const queue: Block[] = [cfg.entry];
    let visits = 0;
    while (queue.length > 0 && visits < MAX_VISITS) {
      const block = queue.shift() as Block;
      let pending = atEntry.get(block.id);
      let dead = false;
      for (const element of block.elements) {
        visits++;
        if (assertsFalse(element.node)) {
          dead = true;
          break;
        }
        if (element.kind === 'exit') {
          leavesPending ??= pending;
          continue;
        }
        // A PASSIVE-only call under a test of the IRQL is no such call for the callers either.
        const tested = belowDispatch.has(block.id);
        for (const call of callsInOrder(element.node)) {
          const callee = calleeName(call);
          const own = wsk.get(call.id);
          if (own) {
            if (isPassiveOnly(own, file.values)) {
              const what = passiveWhat(own);
              if (!tested) passive ??= [here(own.callee, what)];
              if (!blocking.has(call.id)) blocking.set(call.id, { call, callee: own.callee, kind: 'passive', what, related: [], ...(tested ? { irqlTested: true } : {}) });
            }
            const irp = paramWithRole(own.api, 'irp');
            const irpArg = irp ? own.arg(irp) : undefined;
            if (irpArg && !isNullConstant(stripCasts(irpArg))) pending = here(own.callee, `${own.api.name} is issued here; it may return STATUS_PENDING`);
            continue;
          }
          if (!callee || callee.type !== 'identifier') continue;
          const count = call.childForFieldName('arguments')?.namedChildren.filter((a) => a && a.type !== 'comment').length ?? 0;
          const helper = callee.text !== name ? this.helperFacts(callee.text) : undefined;
          if (helper?.passive) {
            const what = `${callee.text} makes a call that needs PASSIVE_LEVEL (${helper.passive[helper.passive.length - 1].message})`;
            if (!tested) passive ??= [here(callee, `${callee.text} is called here`), ...helper.passive];
            if (!blocking.has(call.id)) blocking.set(call.id, { call, callee, kind: 'passive', what, related: helper.passive, ...(tested ? { irqlTested: true } : {}) });
          }
          const waiting = callee.text !== name && this.waits(callee.text, count);
          if (waiting) waits = true;
          if (helper?.waitsFor) {
            waitsFor ??= [here(callee, `${callee.text} is called here`), ...helper.waitsFor];
            if (!blocking.has(call.id)) blocking.set(call.id, { call, callee, kind: 'wait', what: `${callee.text} waits for a WSK request`, related: helper.waitsFor });
            pending = undefined;
          } else if (pending && waiting) {
            const what = WAITS.has(callee.text) ? `${callee.text} waits for a WSK request` : `${callee.text} waits, with a WSK request pending`;
            waitsFor ??= [here(callee, `${callee.text} waits here`), pending];
            if (!blocking.has(call.id)) blocking.set(call.id, { call, callee, kind: 'wait', what, related: [pending] });
            pending = undefined;
          }
          if (helper?.leavesPending) pending = here(callee, `${callee.text} issues a WSK request that may still be pending when it returns`);
        }
      }
      for (const edge of dead ? [] : block.successors) {
        const before = atEntry.get(edge.to.id);
        if (atEntry.has(edge.to.id) && (before !== undefined || pending === undefined)) continue;
        atEntry.set(edge.to.id, pending);
        queue.push(edge.to);
      }
    }
    if (queue.length > 0) return NO_FACTS;
    return {
      blocking: [...blocking.values()],
      ...(passive ? { passive } : {}),
      ...(waitsFor ? { waitsFor } : {}),
      ...(leavesPending ? { leavesPending } : {}),
      ...(waits ? { waits } : {}),
    };
  }

  private collectRoles(): Map<string, DispatchRole> {
    const roles = new Map<string, DispatchRole>();
    const starts = this.source.roles();
    // A work-item or system-thread start routine runs at PASSIVE_LEVEL: a use that says otherwise (the same
    // routine also named elsewhere) is not trusted, precision first; an IRQL annotation on it still is.
    const annotate = (name: string, role: DispatchRole) => {
      if (!roles.has(name)) roles.set(name, role);
    };
    const add = (name: string, role: DispatchRole) => {
      if (!starts.isStartRoutine(name)) annotate(name, role);
    };
    for (const file of this.source.files) {
      // Completion routines: every IoSetCompletionRoutine[Ex] naming one (owned IRP or not, it may run at DISPATCH_LEVEL).
      for (const { call } of setCallsIn(file)) {
        const routine = routineOf(call);
        if (routine) add(routine, { what: 'an IoCompletion routine', site: { file: file.path, target: call, message: `${routine} is set as a completion routine here` } });
      }
      for (const match of file.view.matchAll(ROLE_WORDS)) {
        const word = file.root.descendantForIndex(match.index ?? 0, (match.index ?? 0) + match[0].length);
        if (!word) continue;
        const index = DPC_INITIALIZERS.get(word.text);
        const call = word.parent;
        if (index !== undefined && call?.type === 'call_expression' && call.childForFieldName('function')?.id === word.id) {
          const arg = call.childForFieldName('arguments')?.namedChildren.filter((a) => a && a.type !== 'comment')[index];
          const routine = arg ? functionNamed(arg) : undefined;
          if (routine) add(routine, { what: 'a DPC routine', site: { file: file.path, target: call, message: `${routine} is made a DPC routine here (${word.text})` } });
          continue;
        }
        const role = DISPATCH_ROLE_TYPES.get(word.text);
        const declaration = word.parent;
        if (!role || declaration?.type !== 'declaration' || declaration.childForFieldName('type')?.id !== word.id) continue;
        for (const declarator of declaration.childrenForFieldName('declarator')) {
          if (declarator?.type === 'identifier') add(declarator.text, { what: role, site: { file: file.path, target: declarator, message: `${declarator.text} is declared ${word.text} here` } });
        }
      }
      for (const annotated of dispatchAnnotated(file)) annotate(annotated.name, { what: `annotated ${annotated.annotation}`, site: { file: file.path, target: annotated.node, message: `${annotated.name} is annotated ${annotated.annotation} here` } });
    }
    for (const [name, registrations] of this.source.eventCallbacks().callbacks()) {
      const [first] = registrations;
      if (first) add(name, { what: `a ${first.slot} callback`, site: { file: first.note.file ?? '', target: first.note.node, message: first.note.message } });
    }
    return roles;
  }
}




/** WSK_NO_WAIT, WSK_INFINITE_WAIT, another known timeout, or unknown. */
export function captureWait(timeout: Node, values: ValueReader): 'noWait' | 'infinite' | 'timed' | 'unknown' {
  const value = values.evaluate(timeout);
  if (value.kind === 'constant') return value.name === CAPTURE_WAIT.noWait.name ? 'noWait' : value.name === CAPTURE_WAIT.infinite.name ? 'infinite' : 'unknown';
  if (value.kind !== 'integer') {
    const text = unparenthesize(timeout).text;
    return text === CAPTURE_WAIT.noWait.name ? 'noWait' : text === CAPTURE_WAIT.infinite.name ? 'infinite' : 'unknown';
  }
  if (value.value === CAPTURE_WAIT.noWait.value) return 'noWait';
  return value.value === CAPTURE_WAIT.infinite.value || value.value === -1 ? 'infinite' : 'timed';
}

/** Whether a WSK call needs PASSIVE_LEVEL (the DDI's table): by name, by its timeout, by its IOCTL. */
function isPassiveOnly(call: WskCall, values: ValueReader): boolean {
  if (PASSIVE_ONLY_FUNCTIONS.includes(call.api.name)) return true;
  if (call.api.name === CAPTURE_WAIT.function) {
    const timeout = call.arg(CAPTURE_WAIT.timeout);
    const wait = timeout ? captureWait(timeout, values) : 'unknown';
    return wait === 'infinite' || wait === 'timed';
  }
  if (call.api.name === PASSIVE_IOCTLS.function) {
    const type = call.arg('RequestType');
    const code = call.arg('ControlCode');
    return type !== undefined && code !== undefined && constantName(type, values) === PASSIVE_IOCTLS.requestType
      && (PASSIVE_IOCTLS.codes as readonly string[]).includes(constantName(code, values) ?? '');
  }
  return false;
}

function passiveWhat(call: WskCall): string {
  if (call.api.name === CAPTURE_WAIT.function) return `${call.api.name} that waits needs PASSIVE_LEVEL`;
  if (call.api.name === PASSIVE_IOCTLS.function) return `${call.api.name} with this IOCTL needs PASSIVE_LEVEL`;
  return `${call.api.name} needs PASSIVE_LEVEL`;
}

function constantName(node: Node, values: ValueReader): string | undefined {
  const value = values.evaluate(node);
  if (value.kind === 'constant') return value.name;
  const core = unparenthesize(node);
  return core.type === 'identifier' ? core.text : undefined;
}

/**
 * The blocks of a CFG that every path from its entry reaches through a test that keeps the IRQL below
 * DISPATCH_LEVEL (`KeGetCurrentIrql() == PASSIVE_LEVEL` taken, `KeGetCurrentIrql() > PASSIVE_LEVEL`
 * not taken, `<= APC_LEVEL`, either operand order): the blocks a search from the entry that never
 * crosses such an edge does not reach. So a test guards what lies under it, after its early return, or
 * in its `else`, however it is written.
 */
function belowDispatchBlocks(cfg: Cfg): ReadonlySet<number> {
  const reached = new Set<number>([cfg.entry.id]);
  const queue: Block[] = [cfg.entry];
  while (queue.length > 0) {
    const block = queue.pop() as Block;
    for (const edge of block.successors) {
      if (reached.has(edge.to.id) || (edge.condition && keepsBelowDispatch(edge.condition.node, edge.condition.value))) continue;
      reached.add(edge.to.id);
      queue.push(edge.to);
    }
  }
  return new Set(cfg.blocks.filter((block) => !reached.has(block.id)).map((block) => block.id));
}

const COMPARISONS: Readonly<Record<string, (irql: number, level: number) => boolean>> = {
  '==': (irql, level) => irql === level, '!=': (irql, level) => irql !== level, '<': (irql, level) => irql < level,
  '<=': (irql, level) => irql <= level, '>': (irql, level) => irql > level, '>=': (irql, level) => irql >= level,
};
const SWAPPED: Readonly<Record<string, string>> = { '==': '==', '!=': '!=', '<': '>', '<=': '>=', '>': '<', '>=': '<=' };
/** The IRQLs there are (0 to HIGH_LEVEL). */
const IRQLS = Array.from({ length: 32 }, (_, irql) => irql);

/** Whether a comparison of KeGetCurrentIrql() with a level, being `value`, leaves only IRQLs below DISPATCH_LEVEL. */
function keepsBelowDispatch(condition: Node, value: boolean): boolean {
  const core = unparenthesize(condition);
  if (core.type !== 'binary_expression') return false;
  const operator = core.childForFieldName('operator')?.type ?? '';
  const left = core.childForFieldName('left');
  const right = core.childForFieldName('right');
  if (!left || !right || !(operator in COMPARISONS)) return false;
  const isCurrent = (node: Node) => {
    const call = stripCasts(node);
    return call.type === 'call_expression' && call.childForFieldName('function')?.text === CURRENT_IRQL;
  };
  const [level, compare] = isCurrent(left) ? [levelOf(right.text), COMPARISONS[operator]] : isCurrent(right) ? [levelOf(left.text), COMPARISONS[SWAPPED[operator]]] : [undefined, undefined];
  if (level === undefined || !compare) return false;
  return IRQLS.every((irql) => compare(irql, level) !== value || irql < DISPATCH_LEVEL);
}

/** The functions of a file whose head carries `_IRQL_requires_(DISPATCH_LEVEL)` or the like (definitions and prototypes). */
function dispatchAnnotated(file: ProgramFile): { name: string; annotation: string; node: Node }[] {
  const found: { name: string; annotation: string; node: Node }[] = [];
  const items = file.root.namedChildren.filter((c): c is Node => c !== null);
  for (const annotation of file.irqlAnnotations ?? []) {
    if (!DISPATCH_ANNOTATIONS.includes(annotation.name)) continue;
    const level = levelOf(annotation.argument);
    if (level === undefined || level < DISPATCH_LEVEL) continue;
    // The item it stands in front of (or in the head of: `VOID _IRQL_requires_(…) F(…)`).
    const item = items.find((c) => c.endIndex > annotation.at);
    if (!item || (item.type !== 'function_definition' && item.type !== 'declaration')) continue;
    const declarator = item.childForFieldName('declarator');
    const head = declarator?.type === 'function_declarator' ? declarator : null;
    const parameters = head?.childForFieldName('parameters');
    const nameNode = head?.childForFieldName('declarator');
    if (!head || !parameters || !nameNode || nameNode.type !== 'identifier' || annotation.at > parameters.startIndex) continue;
    found.push({ name: nameNode.text, annotation: `${annotation.name}(${annotation.argument})`, node: nameNode });
  }
  return found;
}
