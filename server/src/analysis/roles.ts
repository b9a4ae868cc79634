// What functions are to the I/O manager, found once per workspace: which functions are completion
// routines set on IRPs the driver owns that reach a WSK call (and where each is set), which are also set
// on IRPs a dispatch routine was handed (passed down by another driver), and which dispatch routines
// there are. A routine is set in one file and defined in another; the IRP is allocated, set up and
// given to WSK along the paths of one function and of the helpers it calls (their summaries carry the
// setup), so the answer comes from the path engine's states at the WSK calls. Computed on first use, per
// routine, from the functions that can see it: those naming it and their callers.

import type { Node } from '../parse/treeSitter';
import { KERNEL_FUNCTIONS, kernelFunction, paramWithRole } from '../wsk/api';
import { START_FIELDS, THREAD_STARTERS, UNLOAD_FIELDS } from '../wsk/irql';
import type { StartKind } from '../wsk/irql';
import type { WskCall } from './calls';
import { parameterDeclarations } from './declarations';
import { copiesIn, throughCopies } from './copies';
import type { FunctionPaths, Note } from './paths';
import { functionNamed } from './paths';
import type { ProgramFile } from './program';
import { argumentsOf, callExpressionsIn, stripCasts, unparenthesize } from './syntax';

/** Where a completion routine is set on an owned IRP that then reaches a WSK call. */
export interface OwnedSet {
  /** The set as the function with the WSK call sees it (a helper's call, with the steps inside as `via`). */
  readonly set: Note;
  /** The file of that function. */
  readonly file: string;
  /** The IoSetCompletionRoutine[Ex] call itself, wherever it is. */
  readonly site: SetSite;
  /** The routine's name, when it names a function. */
  readonly routine?: string;
  /** The WSK call the IRP reaches (in `file`). */
  readonly reaches: Note;
}

/** An IoSetCompletionRoutine[Ex] call: its file and its call_expression. */
export interface SetSite {
  readonly file: string;
  readonly node: Node;
}

export interface CompletionRoutineUse {
  /** The routine's definition (the first of its name in the workspace). */
  readonly definition: Node;
  /** Where it is set on IRPs the driver owns that reach a WSK call. */
  readonly owned: readonly OwnedSet[];
  /** It is also set on an IRP a dispatch routine was handed (another driver's, which may go on completing). */
  readonly passedDown: boolean;
  /** Every IoSetCompletionRoutine[Ex] of the workspace that names it. */
  readonly sites: readonly SetSite[];
}

/**
 * A role the system calls a function in, found where the driver registers it: its unload routine
 * (`DriverObject->DriverUnload = F`, a WDF_DRIVER_CONFIG's `EvtDriverUnload`), or the start routine of a
 * work item or system thread (IoQueueWorkItem[Ex], ExInitializeWorkItem, PsCreateSystemThread,
 * WDF_WORKITEM_CONFIG_INIT or `EvtWorkItemFunc`): these run at PASSIVE_LEVEL, never as a direct call.
 */
export interface SystemRole {
  readonly kind: 'unload' | StartKind;
  /** Where it is registered (the call, or the assignment or initializer entry). */
  readonly site: SetSite;
  /** How, for messages: `DriverUnload`, `IoQueueWorkItem`. */
  readonly how: string;
}

/** What the roles are computed from (the program). */
export interface RoleSource {
  readonly files: readonly ProgramFile[];
  /** The functions whose IoSetCompletionRoutine[Ex] calls name this routine. */
  settersOf(routine: string): ReadonlySet<string>;
  /** These functions and those calling one of them, transitively. */
  withCallers(names: Iterable<string>): ReadonlySet<string>;
  definitionOf(name: string): { readonly file: ProgramFile; readonly definition: Node } | undefined;
  callsIn(file: ProgramFile, definition: Node): readonly WskCall[];
  pathsOf(file: ProgramFile, definition: Node): FunctionPaths;
}

export class Roles {
  private readonly owned = new Map<string, readonly OwnedSet[]>();
  private readonly uses = new Map<string, CompletionRoutineUse>();
  private dispatch: Set<string> | undefined;
  private system: Map<string, SystemRole> | undefined;

  constructor(private readonly source: RoleSource) {}

  /** The role the system calls a function in (unload routine, work-item or system-thread start routine), computed once per workspace. */
  systemRole(name: string): SystemRole | undefined {
    this.system ??= systemRoles(this.source.files);
    return this.system.get(name);
  }

  /** Whether a function is a work-item or system-thread start routine (it runs at PASSIVE_LEVEL). */
  isStartRoutine(name: string): boolean {
    const kind = this.systemRole(name)?.kind;
    return kind === 'workItem' || kind === 'systemThread';
  }

  /** The unload routines set inside a function (DriverEntry), with where: a tree may hold several drivers. */
  unloadRoutinesSetIn(definition: Node, file: string): readonly { readonly name: string; readonly role: SystemRole }[] {
    this.system ??= systemRoles(this.source.files);
    return [...this.system].filter(([, role]) => role.kind === 'unload' && role.site.file === file
      && role.site.node.startIndex >= definition.startIndex && role.site.node.endIndex <= definition.endIndex).map(([name, role]) => ({ name, role }));
  }

  /** How a function is used as a completion routine, when some IoSetCompletionRoutine names it. */
  completionRoutine(name: string): CompletionRoutineUse | undefined {
    let use = this.uses.get(name);
    if (use) return use.sites.length > 0 ? use : undefined;
    // A routine set in a function reaches the WSK calls of that function and of its callers.
    const setters = this.source.settersOf(name);
    const reaching = this.source.withCallers(setters);
    const sites = [...setters].flatMap((fn) => this.setSitesIn(fn)).filter((site) => routineOf(site.node) === name);
    const owned = sites.length === 0 ? [] : [...reaching].flatMap((fn) => this.ownedSetsIn(fn)).filter((set) => set.routine === name);
    const definition = this.source.definitionOf(name)?.definition;
    if (!definition) return undefined;
    use = { definition, owned: unique(owned), passedDown: owned.length > 0 && this.setOnPassedDown(name, reaching), sites };
    this.uses.set(name, use);
    return use.sites.length > 0 ? use : undefined;
  }

  /** Whether this IoSetCompletionRoutine[Ex] call sets a routine on an owned IRP that then reaches a WSK call. */
  ownedSetAt(site: SetSite, inFunction: string): OwnedSet | undefined {
    for (const fn of this.source.withCallers([inFunction])) {
      const found = this.ownedSetsIn(fn).find((set) => set.site.file === site.file && set.site.node.id === site.node.id);
      if (found) return found;
    }
    return undefined;
  }

  /** Whether a function is a dispatch routine: stored in `->MajorFunction[…]` or declared `DRIVER_DISPATCH`. */
  isDispatchRoutine(name: string): boolean {
    this.dispatch ??= dispatchRoutines(this.source.files);
    return this.dispatch.has(name);
  }

  /** The sets of routines on owned IRPs that the WSK calls of one function see. */
  private ownedSetsIn(name: string): readonly OwnedSet[] {
    const known = this.owned.get(name);
    if (known) return known;
    this.owned.set(name, []);
    const target = this.source.definitionOf(name);
    const found: OwnedSet[] = [];
    const calls = target ? this.source.callsIn(target.file, target.definition) : [];
    if (target && calls.length > 0) {
      const paths = this.source.pathsOf(target.file, target.definition);
      for (const call of paths.budgetExceeded ? [] : calls) {
        const param = paramWithRole(call.api, 'irp');
        const irp = param ? call.arg(param) : undefined;
        if (!irp) continue;
        for (const state of paths.statesBefore(call.node)) {
          const facts = state.factsOf(paths.valueOf(state, irp));
          const routine = facts.irpSetup?.routine;
          const owned = facts.irpSetup?.since !== undefined || (facts.object?.kind === 'irp' && facts.object.state === 'live' && facts.object.owned !== false);
          if (!routine || !owned) continue;
          const inner = innermost(routine.note, target.file.path);
          const reaches = { node: call.callee, message: `the IRP the routine is set on reaches ${call.api.name} here` };
          found.push({ set: routine.note, file: target.file.path, site: inner, reaches, ...(routine.name ? { routine: routine.name } : {}) });
        }
      }
    }
    const result = unique(found);
    this.owned.set(name, result);
    return result;
  }

  /** A dispatch routine (or a helper it calls) sets the routine on the IRP the dispatch routine was handed. */
  private setOnPassedDown(routine: string, reaching: ReadonlySet<string>): boolean {
    for (const name of reaching) {
      if (!this.isDispatchRoutine(name)) continue;
      const target = this.source.definitionOf(name);
      const irp = target ? parameterDeclarations(target.definition, target.file.path)[1]?.name : undefined;
      if (!target || !irp) continue;
      if (this.setsOnParameter(name, 1, routine, 0)) return true;
      const paths = this.source.pathsOf(target.file, target.definition);
      if (paths.routineSets.some((set) => set.path === irp && set.routine.name === routine)) return true;
    }
    return false;
  }

  /**
   * Whether a function sets the routine on the IRP its parameter `index` holds, itself or in a function it
   * hands that parameter to (as written, or a copy: `IoSetCompletionRoutine(Irp, Routine, …)`, `PassOn(Irp)`), a few
   * calls deep: the dispatch routine's own paths see no further than the helpers that are summarised.
   */
  private setsOnParameter(name: string, index: number, routine: string, depth: number): boolean {
    const target = this.source.definitionOf(name);
    const param = target ? parameterDeclarations(target.definition, target.file.path)[index]?.name : undefined;
    if (!target || !param) return false;
    // The parameter as written, or a copy of it (copies.ts).
    const copies = copiesIn(target.definition);
    const isParam = (node: Node) => throughCopies(stripCasts(node).text, copies) === param;
    for (const call of callExpressionsIn(target.definition)) {
      const callee = call?.childForFieldName('function');
      if (!call || callee?.type !== 'identifier') continue;
      const args = argumentsOf(call);
      const kernel = kernelFunction(callee.text);
      if (kernel?.irpSetup === 'setsCompletionRoutine') {
        const irp = args[kernel.params.findIndex((p) => p.name === 'Irp')];
        if (irp && isParam(irp) && routineOf(call) === routine) return true;
        continue;
      }
      if (depth >= 3 || kernel) continue;
      for (let i = 0; i < args.length; i++) {
        if (isParam(args[i]) && this.setsOnParameter(callee.text, i, routine, depth + 1)) return true;
      }
    }
    return false;
  }

  private setSitesIn(name: string): SetSite[] {
    const target = this.source.definitionOf(name);
    if (!target) return [];
    return setCalls(target.definition).map((node) => ({ file: target.file.path, node }));
  }
}

const SETTERS = KERNEL_FUNCTIONS.filter((fn) => fn.irpSetup === 'setsCompletionRoutine').map((fn) => fn.name);
const SETTER_WORD = new RegExp(`\\b(?:${SETTERS.join('|')})\\b`, 'g');

/** The IoSetCompletionRoutine[Ex] calls inside a definition. */
export function setCalls(definition: Node): Node[] {
  return callExpressionsIn(definition).filter((call) => isSetCall(call));
}

/** A file's IoSetCompletionRoutine[Ex] calls, with the function each is in (found by name in the text, kept while the file's analysis is). */
export function setCallsIn(file: { readonly view: string; readonly root: Node }): readonly { readonly call: Node; readonly inFunction: Node }[] {
  const known = setCallsByFile.get(file);
  if (known) return known;
  const found: { call: Node; inFunction: Node }[] = [];
  if (file.view.includes('IoSetCompletionRoutine')) {
    for (const match of file.view.matchAll(SETTER_WORD)) {
      const name = file.root.descendantForIndex(match.index ?? 0, (match.index ?? 0) + match[0].length);
      const call = name?.parent;
      if (!name || name.type !== 'identifier' || !call || !isSetCall(call) || call.childForFieldName('function')?.id !== name.id) continue;
      let definition: Node | null = call.parent;
      while (definition && definition.type !== 'function_definition') definition = definition.parent;
      if (definition) found.push({ call, inFunction: definition });
    }
  }
  setCallsByFile.set(file, found);
  return found;
}

const setCallsByFile = new WeakMap<object, readonly { readonly call: Node; readonly inFunction: Node }[]>();

function isSetCall(call: Node): boolean {
  const fn = call.type === 'call_expression' ? call.childForFieldName('function') : null;
  return fn?.type === 'identifier' && kernelFunction(fn.text)?.irpSetup === 'setsCompletionRoutine';
}

/** The routine an IoSetCompletionRoutine[Ex] call sets, when it names a function. */
export function routineOf(call: Node): string | undefined {
  const fn = call.childForFieldName('function');
  const kernel = fn ? kernelFunction(fn.text) : undefined;
  const index = kernel ? kernel.params.findIndex((p) => p.name === 'CompletionRoutine') : -1;
  const args = argumentsOf(call);
  return kernel && index >= 0 && args.length === kernel.params.length && args[index] ? functionNamed(args[index]) : undefined;
}

/** The step a note stands for at the end of its chain through helpers, as a set site. */
function innermost(note: Note, file: string): SetSite {
  let current = note;
  let where = note.file ?? file;
  while (current.via) {
    current = current.via;
    where = current.file ?? where;
  }
  // A note points at the callee's name: the site is its call.
  let node: Node | null = current.node;
  while (node && node.type !== 'call_expression') node = node.parent;
  return { file: where, node: node ?? current.node };
}

function unique(sets: readonly OwnedSet[]): OwnedSet[] {
  const seen = new Set<string>();
  return sets.filter((set) => {
    const key = `${set.file}#${set.set.node.id}#${set.site.file}#${set.site.node.id}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Functions stored in `X->MajorFunction[…]` or declared with the type DRIVER_DISPATCH. */
function dispatchRoutines(files: readonly ProgramFile[]): Set<string> {
  const names = new Set<string>();
  for (const file of files) for (const name of dispatchRoutinesIn(file)) names.add(name);
  return names;
}

const dispatchByFile = new WeakMap<object, readonly string[]>();

/** A file's dispatch routines (found by the words in its text, kept while the file's analysis is). */
function dispatchRoutinesIn(file: ProgramFile): readonly string[] {
  let names = dispatchByFile.get(file);
  if (names) return names;
  const found: string[] = [];
  for (const match of file.view.matchAll(/\b(?:MajorFunction|DRIVER_DISPATCH)\b/g)) {
    const word = file.root.descendantForIndex(match.index ?? 0, (match.index ?? 0) + match[0].length);
    if (!word) continue;
    if (word.text === 'MajorFunction') {
      // `X->MajorFunction[IRP_MJ_…] = Routine`
      const array = word.parent;
      const subscript = array?.parent;
      const assignment = subscript?.parent;
      if (array?.type !== 'field_expression' || subscript?.type !== 'subscript_expression' || assignment?.type !== 'assignment_expression') continue;
      if (assignment.childForFieldName('left')?.id !== subscript.id) continue;
      const right = assignment.childForFieldName('right');
      const name = right ? functionNamed(right) : undefined;
      if (name) found.push(name);
      continue;
    }
    // `DRIVER_DISPATCH Routine;`
    let declaration: Node | null = word.parent;
    while (declaration && declaration.type !== 'declaration' && declaration.type !== 'translation_unit') declaration = declaration.parent;
    if (declaration?.type !== 'declaration' || unparenthesize(declaration.childForFieldName('type') ?? declaration).text !== 'DRIVER_DISPATCH') continue;
    for (const declarator of declaration.childrenForFieldName('declarator')) if (declarator?.type === 'identifier') found.push(declarator.text);
  }
  names = found;
  dispatchByFile.set(file, names);
  return names;
}

const SYSTEM_WORDS = new RegExp(`\\b(?:${[...THREAD_STARTERS.keys(), ...START_FIELDS.keys(), ...UNLOAD_FIELDS].join('|')})\\b`, 'g');

/** Every function of the workspace the system calls as unload routine or start routine (the first registration of each). */
function systemRoles(files: readonly ProgramFile[]): Map<string, SystemRole> {
  const roles = new Map<string, SystemRole>();
  for (const file of files) {
    for (const { name, role } of systemRolesIn(file)) if (!roles.has(name)) roles.set(name, role);
  }
  return roles;
}

const systemByFile = new WeakMap<object, readonly { name: string; role: SystemRole }[]>();

/** A file's registrations of unload and start routines (found by the words in its text, kept while the file's analysis is). */
function systemRolesIn(file: ProgramFile): readonly { name: string; role: SystemRole }[] {
  let found = systemByFile.get(file);
  if (found) return found;
  const list: { name: string; role: SystemRole }[] = [];
  for (const match of file.view.matchAll(SYSTEM_WORDS)) {
    const word = file.root.descendantForIndex(match.index ?? 0, (match.index ?? 0) + match[0].length);
    if (!word || word.text !== match[0]) continue;
    const starter = THREAD_STARTERS.get(word.text);
    const call = word.parent;
    if (starter && word.type === 'identifier' && call?.type === 'call_expression' && call.childForFieldName('function')?.id === word.id) {
      const arg = argumentsOf(call)[starter.arg];
      const name = arg ? functionNamed(arg) : undefined;
      if (name) list.push({ name, role: { kind: starter.kind, site: { file: file.path, node: call }, how: word.text } });
      continue;
    }
    if (word.type !== 'field_identifier') continue;
    const kind = UNLOAD_FIELDS.includes(word.text) ? 'unload' : START_FIELDS.get(word.text);
    const routine = kind ? storedRoutine(word) : undefined;
    if (kind && routine) list.push({ name: routine.name, role: { kind, site: { file: file.path, node: routine.at }, how: word.text } });
  }
  found = list;
  systemByFile.set(file, found);
  return found;
}

/** The function stored into a field: `x->F = Routine;`, `x.F = Routine;`, or `.F = Routine` in an initializer. */
function storedRoutine(field: Node): { name: string; at: Node } | undefined {
  const parent = field.parent;
  if (parent?.type === 'field_expression') {
    const assignment = parent.parent;
    if (assignment?.type !== 'assignment_expression' || assignment.childForFieldName('left')?.id !== parent.id) return undefined;
    const right = assignment.childForFieldName('right');
    const name = right ? functionNamed(right) : undefined;
    return name ? { name, at: assignment } : undefined;
  }
  // `{ .EvtDriverUnload = Unload }`: field_designator inside an initializer_pair.
  const pair = parent?.type === 'field_designator' ? parent.parent : undefined;
  if (pair?.type !== 'initializer_pair') return undefined;
  const value = pair.childForFieldName('value');
  const name = value ? functionNamed(value) : undefined;
  return name ? { name, at: pair } : undefined;
}
