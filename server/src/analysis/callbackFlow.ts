// What one pointer parameter of an event callback goes through along the callback's paths: the
// locals that hold it (`ind = DataIndication`, until reassigned), whether a test of it (`!p`,
// `p == NULL`, `while (ind)`) came first, whether it was handed off (stored outside plain local
// variables, or given to a call) or given back with WskRelease, and which constant status the locals
// hold (`status = STATUS_PENDING; … return status;`). The path engine follows WSK objects; a callback's
// parameters are none, and what matters here is the order of a test and a dereference on each path.
//
// The answers: the first dereference on a path that had no test of the pointer (one per path: the path
// would have crashed there), the pointer's value stored into memory outside the function, and each
// return with the constant it returns and what the pointer had gone through on that path. A function
// whose paths do not fit the budget gives no answers (`complete` false).

import type { Node } from '../parse/treeSitter';
import type { Block, Cfg, Element } from './cfg';
import { calleeText, isNullConstant, normalizedCondition } from './paths/conditions';
import { accessPath, isOutsideStorage } from './access';
import { IdentifierIndex } from './identifierIndex';
import { stripCasts, unparenthesize } from './syntax';

export interface FlowOptions {
  /** The parameter followed. */
  readonly param: string;
  /** Locals and parameters of the function (storage anywhere else is outside it). */
  readonly isLocal: (name: string) => boolean;
  /** Calls that neither keep nor read through their arguments (`UNREFERENCED_PARAMETER`, assertions). */
  readonly isNoOp: (callee: string) => boolean;
  /** Calls that give the pointer back to WSK (WskRelease's DataIndication): the callee name and argument index. */
  readonly releases?: (call: Node) => number | undefined;
}

export interface FlowReturn {
  /** The return statement. */
  readonly node: Node;
  /** The returned expression. */
  readonly value: Node;
  /** The constant returned on this path (`STATUS_PENDING`, `0`), if known. */
  readonly constant?: string;
  /** The pointer was handed off on this path. */
  readonly handedOff: boolean;
  /** It was given to WskRelease on this path (where). */
  readonly released?: Node;
}

export interface CallbackFlow {
  readonly complete: boolean;
  /** First dereferences on paths with no test of the pointer before. */
  readonly untestedDereferences: readonly Node[];
  /** Assignments whose right side is the pointer itself, into storage outside the function (the right side). */
  readonly outsideStores: readonly Node[];
  readonly returns: readonly FlowReturn[];
}

interface State {
  readonly aliases: ReadonlySet<string>;
  readonly tested: boolean;
  /** What a test proved of the pointer on this path (a path that contradicts it is no path). */
  readonly nullness?: 'null' | 'nonNull';
  readonly handedOff: boolean;
  readonly released?: Node;
  /** Locals holding a constant (by name). */
  readonly constants: ReadonlyMap<string, string>;
  /** The constant of the expression being returned, set by a return's eval element. */
  readonly returning?: { readonly value: Node; readonly constant?: string };
}

const MAX_STATES_PER_BLOCK = 64;
const MAX_STEPS = 30_000;

/** Follows a pointer parameter through a callback's CFG. */
export function followParameter(cfg: Cfg, options: FlowOptions): CallbackFlow {
  return new Flow(cfg, options, returnedNames(cfg.definition)).run();
}

/** The variables some return statement returns: the only ones whose constants matter. */
function returnedNames(definition: Node): ReadonlySet<string> {
  const names = new Set<string>();
  for (const statement of definition.descendantsOfType('return_statement')) {
    const value = statement?.namedChildren.find((child) => child !== null && child.type !== 'comment');
    const core = value ? stripCasts(value) : undefined;
    if (core?.type === 'identifier') names.add(core.text);
  }
  return names;
}

class Flow {
  private readonly seen = new Map<number, Set<string>>();
  /** Per element (by node id): its effects. */
  private readonly effects = new Map<number, Node[]>();
  private readonly identifiers: IdentifierIndex;
  private readonly dereferences = new Map<number, Node>();
  private readonly stores = new Map<number, Node>();
  private readonly returns = new Map<string, FlowReturn>();
  private steps = 0;

  constructor(private readonly cfg: Cfg, private readonly options: FlowOptions, private readonly returned: ReadonlySet<string>) {
    this.identifiers = new IdentifierIndex(cfg.definition);
  }

  run(): CallbackFlow {
    if (this.cfg.truncated) return { complete: false, untestedDereferences: [], outsideStores: [], returns: [] };
    const start: State = { aliases: new Set([this.options.param]), tested: false, handedOff: false, constants: new Map() };
    const queue: { block: Block; state: State }[] = [{ block: this.cfg.entry, state: start }];
    while (queue.length > 0) {
      const { block, state } = queue.pop() as { block: Block; state: State };
      const key = stateKey(state);
      const known = this.seen.get(block.id) ?? new Set<string>();
      if (known.has(key)) continue;
      if (known.size >= MAX_STATES_PER_BLOCK || ++this.steps > MAX_STEPS) return { complete: false, untestedDereferences: [], outsideStores: [], returns: [] };
      known.add(key);
      this.seen.set(block.id, known);
      let current: State | undefined = state;
      for (const element of block.elements) {
        current = this.step(element, current);
        if (!current) break;
      }
      if (!current) continue;
      for (const edge of block.successors) {
        if (edge.exceptional) continue;
        const next = edge.condition ? this.assume(edge.condition.node, edge.condition.value, current) : current;
        if (next) queue.push({ block: edge.to, state: next });
      }
    }
    const byPosition = (a: Node, b: Node) => a.startIndex - b.startIndex;
    return {
      complete: true,
      untestedDereferences: [...this.dereferences.values()].sort(byPosition),
      outsideStores: [...this.stores.values()].sort(byPosition),
      returns: [...this.returns.values()],
    };
  }

  /** One element on one path; undefined when the path ends (a return's exit). */
  private step(element: Element, state: State): State | undefined {
    if (element.kind === 'exit') {
      if (element.node.type === 'return_statement' && state.returning) {
        const { value, constant } = state.returning;
        const item: FlowReturn = { node: element.node, value, ...(constant ? { constant } : {}), handedOff: state.handedOff, ...(state.released ? { released: state.released } : {}) };
        this.returns.set(`${element.node.id}#${constant ?? '?'}#${state.handedOff}#${state.released?.id ?? ''}`, item);
      }
      return undefined;
    }
    let next = this.dereference(element.node, state);
    if (element.kind === 'eval' && element.returned) {
      next = { ...next, returning: { value: element.node, ...(this.constantOf(element.node, next) ? { constant: this.constantOf(element.node, next) as string } : {}) } };
    }
    if (element.kind === 'assign') return this.assign(element.left, element.right, next);
    let effects = this.effects.get(element.node.id);
    if (!effects) {
      effects = effectsIn(element.node);
      this.effects.set(element.node.id, effects);
    }
    for (const node of effects) {
      if (node.type === 'assignment_expression') {
        const left = node.childForFieldName('left');
        const right = node.childForFieldName('right');
        if (!left || !right) continue;
        next = node.childForFieldName('operator')?.type === '=' ? this.assign(left, right, next) : this.forget(left, next);
      } else if (node.type === 'init_declarator') {
        const name = node.childForFieldName('declarator');
        const value = node.childForFieldName('value');
        if (name?.type === 'identifier' && value && value.type !== 'initializer_list') next = this.assign(name, value, next);
        else if (value) next = this.escapeIn(value, next);
      } else if (node.type === 'declaration') {
        // `PWSK_DATA_INDICATION ind;`: a new variable of that name holds nothing yet.
        for (const declarator of node.childrenForFieldName('declarator')) {
          if (declarator?.type === 'identifier') next = this.forget(declarator, next);
        }
      } else if (node.type === 'update_expression') {
        const argument = node.childForFieldName('argument');
        if (argument) next = this.forget(argument, next);
      } else if (node.type === 'call_expression') {
        next = this.call(node, next);
      }
    }
    return next;
  }

  /** A branch: a test of the pointer (or an alias); a comparison of a constant-holding local. */
  private assume(condition: Node, value: boolean, state: State): State | undefined {
    const { text, truthy } = normalizedCondition(condition, value);
    if (state.aliases.has(text)) {
      const nullness = truthy ? 'nonNull' : 'null';
      if (state.nullness && state.nullness !== nullness) return undefined;
      return { ...state, tested: true, nullness };
    }
    const core = unparenthesize(condition);
    const operator = core.type === 'binary_expression' ? core.childForFieldName('operator')?.type : undefined;
    if (operator !== '==' && operator !== '!=') return state;
    const left = core.childForFieldName('left');
    const right = core.childForFieldName('right');
    if (!left || !right) return state;
    const [variable, constant] = unparenthesize(left).type === 'identifier' && state.constants.has(unparenthesize(left).text) ? [left, right] : [right, left];
    const held = unparenthesize(variable).type === 'identifier' ? state.constants.get(unparenthesize(variable).text) : undefined;
    const other = constantText(constant);
    if (!held || !other) return state;
    const equal = held === other;
    // A path on which the comparison cannot come out this way is not a path.
    return (operator === '==') === value ? (equal ? state : undefined) : equal ? undefined : state;
  }

  private assign(left: Node, right: Node, state: State): State {
    const target = unparenthesize(left);
    const source = stripCasts(right);
    let next = this.escapeIn(right, state, false);
    const holdsPointer = source.type === 'identifier' && state.aliases.has(source.text);
    if (target.type === 'identifier' && this.options.isLocal(target.text)) {
      const aliases = new Set(next.aliases);
      const constants = new Map(next.constants);
      aliases.delete(target.text);
      constants.delete(target.text);
      if (holdsPointer) aliases.add(target.text);
      const constant = constantText(right) ?? (source.type === 'identifier' ? next.constants.get(source.text) : undefined);
      if (constant && this.returned.has(target.text)) constants.set(target.text, constant);
      return { ...next, aliases, constants };
    }
    if (holdsPointer) {
      const path = accessPath(target);
      if (!path || isOutsideStorage(path, this.options.isLocal)) this.stores.set(right.id, right);
      // Kept anywhere but a plain local: the list is the driver's to give back later.
      next = { ...next, handedOff: true };
    } else if (this.identifiers.mentionsAny(right, next.aliases)) {
      // Something reached through it (`ind->Next`) kept anywhere but a plain local: part of the list is kept.
      next = { ...next, handedOff: true };
    }
    return next;
  }

  private forget(left: Node, state: State): State {
    const target = unparenthesize(left);
    if (target.type !== 'identifier' || (!state.aliases.has(target.text) && !state.constants.has(target.text))) return state;
    const aliases = new Set(state.aliases);
    const constants = new Map(state.constants);
    aliases.delete(target.text);
    constants.delete(target.text);
    return { ...state, aliases, constants };
  }

  /** A call: WskRelease gives the list back; any other call but a no-op is handed what it is given. */
  private call(call: Node, state: State): State {
    const callee = calleeText(call);
    const args = call.childForFieldName('arguments')?.namedChildren.filter((a): a is Node => a !== null && a.type !== 'comment') ?? [];
    const released = this.options.releases?.(call);
    if (released !== undefined) {
      const arg = args[released];
      const core = arg ? stripCasts(arg) : undefined;
      if (core?.type === 'identifier' && state.aliases.has(core.text)) return { ...state, released: call };
      return state;
    }
    if (callee && this.options.isNoOp(callee)) return state;
    let next = state;
    for (const arg of args) if (this.identifiers.mentionsAny(arg, next.aliases)) next = { ...next, handedOff: true };
    return next;
  }

  /** An initializer or right side that is not a plain alias but holds the pointer (`{ DataIndication }`) hands it off. */
  private escapeIn(value: Node, state: State, whole = true): State {
    if (state.handedOff) return state;
    const core = stripCasts(value);
    if (!whole && core.type === 'identifier') return state;
    if (core.type === 'initializer_list' && this.identifiers.mentionsAny(core, state.aliases)) return { ...state, handedOff: true };
    return state;
  }

  /** The first dereference of the untested pointer in an element: recorded, and the path counts as tested after it. */
  private dereference(node: Node, state: State): State {
    if (state.tested) return state;
    const found = firstDereference(node, this.identifiers.occurrences(node, state.aliases), state.aliases);
    if (!found) return state;
    this.dereferences.set(found.id, found);
    return { ...state, tested: true };
  }

  private constantOf(expression: Node, state: State): string | undefined {
    const core = stripCasts(expression);
    if (core.type === 'identifier' && state.constants.has(core.text)) return state.constants.get(core.text);
    return core.type === 'identifier' && this.options.isLocal(core.text) ? undefined : constantText(expression);
  }
}

/** A constant as written: a status or enumerator name (not a variable), or an integer literal. */
function constantText(expression: Node): string | undefined {
  const core = stripCasts(expression);
  if (isNullConstant(core)) return '0';
  if (core.type === 'number_literal') return core.text.replace(/[uUlL]+$/, '').toLowerCase();
  if (core.type === 'identifier' && /^(?:STATUS_[A-Z0-9_]+|WskInspect[A-Za-z]+)$/.test(core.text)) return core.text;
  return undefined;
}

function stateKey(state: State): string {
  return [
    [...state.aliases].sort().join(','),
    state.tested ? 't' : '',
    state.nullness ?? '',
    state.handedOff ? 'h' : '',
    state.released?.id ?? '',
    [...state.constants].map(([name, value]) => `${name}=${value}`).sort().join(','),
    state.returning ? `${state.returning.value.id}:${state.returning.constant ?? ''}` : '',
  ].join('|');
}

/** The assignments, declarations, updates and calls of an element, in evaluation order (inner first, roughly). */
function effectsIn(node: Node): Node[] {
  const found = node.descendantsOfType(['assignment_expression', 'init_declarator', 'declaration', 'update_expression', 'call_expression']).filter((n): n is Node => n !== null);
  if (['assignment_expression', 'init_declarator', 'declaration', 'update_expression', 'call_expression'].includes(node.type) && !found.some((n) => n.id === node.id)) found.unshift(node);
  // Calls before the assignment that takes their result: by end position.
  return found.sort((a, b) => a.endIndex - b.endIndex || b.startIndex - a.startIndex);
}

const ASSERTIONS = /^(?:NT_ASSERT|NT_ASSERTMSG|NT_ASSERTMSGW|ASSERT|ASSERTMSG|assert|_ASSERT|_ASSERTE)$/;

/**
 * The first dereference (`p->f`, `*p`, `p[i]`) of an alias in an expression that is not guarded
 * inside the expression (`p && p->f`, `p ? p->f : 0`), not under sizeof, not an address (`&p->f`)
 * and not inside an assertion (compiled out of free builds).
 */
function firstDereference(node: Node, occurrences: readonly Node[], aliases: ReadonlySet<string>): Node | undefined {
  let best: Node | undefined;
  for (const identifier of occurrences) {
    const access = dereferenceAt(identifier);
    if (!access || !within(access, node) || guarded(access, node, aliases)) continue;
    if (!best || access.startIndex < best.startIndex) best = access;
  }
  return best;
}

/** The dereferencing expression an identifier is the pointer of, if any. */
function dereferenceAt(identifier: Node): Node | undefined {
  let node = identifier;
  let parent = node.parent;
  while (parent && (parent.type === 'parenthesized_expression' || (parent.type === 'cast_expression' && parent.childForFieldName('value')?.id === node.id))) {
    node = parent;
    parent = node.parent;
  }
  if (!parent) return undefined;
  let access: Node | undefined;
  if (parent.type === 'field_expression' && parent.childForFieldName('operator')?.type === '->' && parent.childForFieldName('argument')?.id === node.id) access = parent;
  else if (parent.type === 'pointer_expression' && parent.childForFieldName('operator')?.type === '*') access = parent;
  else if (parent.type === 'subscript_expression' && parent.childForFieldName('argument')?.id === node.id) access = parent;
  if (!access) return undefined;
  // `&p->f` computes an address without reading; a member of it read later is (`(&p->f)->g` is rare).
  let outer = access;
  while (outer.parent && (outer.parent.type === 'field_expression' && outer.parent.childForFieldName('operator')?.type === '.' || outer.parent.type === 'parenthesized_expression')) outer = outer.parent;
  if (outer.parent?.type === 'pointer_expression' && outer.parent.childForFieldName('operator')?.type === '&') return undefined;
  for (let up: Node | null = access.parent; up; up = up.parent) {
    if (up.type === 'sizeof_expression' || up.type === 'alignof_expression' || up.type === 'offsetof_expression') return undefined;
    if (up.type === 'call_expression' && ASSERTIONS.test(calleeText(up) ?? '')) return undefined;
    if (up.type === 'function_definition' || up.type === 'expression_statement' || up.type === 'compound_statement') break;
  }
  return access;
}

/** Whether a dereference sits on the right of `&&`/`||`, or in a branch of `?:`, whose left tests an alias. */
function guarded(access: Node, element: Node, aliases: ReadonlySet<string>): boolean {
  let child = access;
  for (let up = access.parent; up && within(up, element); up = up.parent) {
    if (up.type === 'binary_expression' && /^(?:&&|\|\|)$/.test(up.childForFieldName('operator')?.type ?? '') && up.childForFieldName('right')?.id === child.id) {
      const left = up.childForFieldName('left');
      if (left && testsAlias(left, aliases)) return true;
    }
    if (up.type === 'conditional_expression' && up.childForFieldName('condition')?.id !== child.id) {
      const condition = up.childForFieldName('condition');
      if (condition && testsAlias(condition, aliases)) return true;
    }
    child = up;
  }
  return false;
}

function testsAlias(condition: Node, aliases: ReadonlySet<string>): boolean {
  const core = unparenthesize(condition);
  if (core.type === 'binary_expression' && /^(?:&&|\|\|)$/.test(core.childForFieldName('operator')?.type ?? '')) {
    const left = core.childForFieldName('left');
    const right = core.childForFieldName('right');
    return (left !== null && testsAlias(left, aliases)) || (right !== null && testsAlias(right, aliases));
  }
  return aliases.has(normalizedCondition(core, true).text);
}

function within(inner: Node, outer: Node): boolean {
  return inner.startIndex >= outer.startIndex && inner.endIndex <= outer.endIndex;
}
