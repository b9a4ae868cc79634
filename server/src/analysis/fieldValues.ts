// What the fields of a local structure — or a local variable itself — may hold at a point of its
// function: for each field, the assignments and initialisers that reach the point on some path from the
// declaration (`ctl.EventMask = WSK_EVENT_RECEIVE;`, `WSK_EVENT_CALLBACK_CONTROL ctl = {
// &NPI_WSK_INTERFACE_ID, mask };`, `ULONG on = 1;`), a zero fill (`= {0}`, RtlZeroMemory, `static`),
// "never assigned" (declared without an initialiser), or unknown (its address went to code that may
// write it, the whole structure was assigned). A forward dataflow over the function's CFG, run only for
// the few variables a rule asks about; the one reader of what a local holds where a call takes its address.

import type { Node } from '../parse/treeSitter';
import type { Block, Cfg, Element } from './cfg';
import { cfgOf, predecessorsOf } from './reach';
import { perNode } from './nodeMemo';
import type { ValueReader } from './values';
import { declaratorName, unparenthesize } from './syntax';

export type FieldDefinition =
  /** Assigned or initialised with this expression. */
  | { readonly kind: 'value'; readonly node: Node }
  /** Zero-filled (the rest of an initialiser list, RtlZeroMemory, static storage). */
  | { readonly kind: 'zero'; readonly node: Node }
  /** Declared here without an initialiser and not assigned since. */
  | { readonly kind: 'unassigned'; readonly node: Node }
  | { readonly kind: 'unknown' };

type FieldState = Map<string, Map<string, FieldDefinition>>;

/** Routines that fill memory with zeros given its address first. */
const ZERO_FILLS = new Set(['RtlZeroMemory', 'RtlSecureZeroMemory', 'memset', 'RtlFillMemory', 'NdisZeroMemory']);

const UNKNOWN: FieldDefinition = { kind: 'unknown' };

/** The pseudo-field of a variable read whole (`ULONG on`), for `addressedDefinitions` without fields. */
export const WHOLE = '';

/**
 * What the local whose address a call's argument is (`&ctl`, `(PVOID)&on`) holds at the call: the
 * definitions of its `fields`, or — without fields — of the variable itself under WHOLE (a static one
 * is left out: it keeps what an earlier call left). The calls of `readOnly` (by id) only read what they
 * are given.
 */
export function addressedDefinitions(argument: Node, call: Node, definition: Node, fields: readonly string[] | undefined, values: ValueReader, readOnly: ReadonlySet<number>): { name: string; fields: ReadonlyMap<string, readonly FieldDefinition[]> } | undefined {
  const value = values.evaluate(argument);
  if (value.kind !== 'address' || value.of.type !== 'identifier') return undefined;
  const name = value.of.text;
  if (!fields) {
    let statement: Node | null = values.scopesAt(call)?.lookup(name, call.startIndex)?.declarator ?? null;
    while (statement && statement.type !== 'declaration') statement = statement.parent;
    if (statement?.namedChildren.some((child) => child?.type === 'storage_class_specifier')) return undefined;
  }
  const found = fieldDefinitionsAt(definition, name, fields ?? [WHOLE], call, values, readOnly);
  return found ? { name, fields: found } : undefined;
}

/** The one constant every definition gives (a zero fill is 0) as `read` reads it; undefined otherwise. */
export function constantOf(definitions: readonly FieldDefinition[] | undefined, read: (node: Node) => number | undefined): number | undefined {
  let constant: number | undefined;
  for (const definition of definitions ?? []) {
    const value = definition.kind === 'zero' ? 0 : definition.kind === 'value' ? read(definition.node) : undefined;
    if (value === undefined || (constant !== undefined && value !== constant)) return undefined;
    constant = value;
  }
  return constant;
}

/**
 * The definitions of `fields` of the local structure `name` that reach `at` (a node of `definition`).
 * `order`: the structure's fields in declaration order (for positional initialisers). `readOnly`: call
 * nodes (by id) that only read what they are given (the WSK call that takes the structure's address).
 * Undefined when `name` is not a local of the function, or the point is not found.
 */
function fieldDefinitionsAt(
  definition: Node,
  name: string,
  order: readonly string[],
  at: Node,
  values: ValueReader,
  readOnly: ReadonlySet<number>,
): ReadonlyMap<string, readonly FieldDefinition[]> | undefined {
  const declaration = values.scopesAt(at)?.lookup(name, at.startIndex);
  const body = definition.childForFieldName('body');
  if (!declaration || !body || declaration.declarator.startIndex < body.startIndex || declaration.declarator.endIndex > body.endIndex) return undefined;
  const declared = declaratorName(declaration.declarator);
  if (!declared) return undefined;
  const cfg = cfgOf(definition);
  if (cfg.truncated) return undefined;
  // One dataflow per structure, whatever the number of calls that ask about it.
  const key = `${declared.startIndex}:${order.join(',')}`;
  const flows = flowsOf(definition);
  let flow = flows.get(key);
  if (!flow) {
    flow = new FieldFlow(name, order, declared, readOnly);
    // Kept when it did not settle too: the next call about the same structure must not run it again.
    flow.solved = flow.solve(cfg);
    flows.set(key, flow);
  }
  return flow.solved ? flow.at(cfg, at) : undefined;
}

const flowsOf = perNode((_definition: Node) => new Map<string, FieldFlow>());

class FieldFlow {
  private readonly mention: RegExp;
  /** The variable itself is followed (its one field is WHOLE), not the fields of a structure. */
  private readonly whole: boolean;

  constructor(
    private readonly name: string,
    private readonly order: readonly string[],
    private readonly declared: Node,
    private readonly readOnly: ReadonlySet<number>,
  ) {
    // Before its declaration the structure holds nothing the analysis can name.
    this.entry = new Map(this.order.map((field) => [field, new Map([['?', UNKNOWN]])]));
    this.whole = order.length === 1 && order[0] === WHOLE;
    // MSVC allows `$` in identifiers.
    this.mention = new RegExp(`(?<![\\w$])${name.replace(/\$/g, '\\$')}(?![\\w$])`);
  }

  solved = false;
  private readonly outs = new Map<number, FieldState>();
  private predecessors: ReadonlyMap<number, readonly Block[]> = new Map();
  private readonly entry: FieldState;
  /** Whether a node's text names the variable, by node id: a block is applied again on every visit. */
  private readonly mentioned = new Map<number, boolean>();

  /** Runs the dataflow to its fixed point; false when it does not settle within its budget. */
  solve(cfg: Cfg): boolean {
    this.predecessors = predecessorsOf(cfg);
    // A queue read from `head` on: shift() is linear in the length, and a function may have thousands of blocks.
    const queue = [...cfg.blocks];
    let head = 0;
    const queued = new Set(queue.map((block) => block.id));
    let steps = 0;
    while (head < queue.length && steps++ < 200_000) {
      const block = queue[head++];
      queued.delete(block.id);
      // A block that never names the variable passes its state on: a lone predecessor's is shared
      // (states are not changed once stored).
      const touches = block.elements.some((element) => this.mentions(element.node));
      const state = this.inState(block, cfg, !touches);
      if (touches) for (const element of block.elements) this.apply(element, state);
      const previous = this.outs.get(block.id);
      if (previous && sameState(previous, state)) continue;
      this.outs.set(block.id, state);
      for (const edge of block.successors) {
        if (!queued.has(edge.to.id)) {
          queued.add(edge.to.id);
          queue.push(edge.to);
        }
      }
    }
    return head === queue.length;
  }

  /** What reaches `at`: the state at its block's start, then the elements before it. */
  at(cfg: Cfg, at: Node): ReadonlyMap<string, readonly FieldDefinition[]> | undefined {
    for (const block of cfg.blocks) {
      const index = block.elements.findIndex((element) => element.node.startIndex <= at.startIndex && at.endIndex <= element.node.endIndex);
      if (index < 0) continue;
      const state = this.inState(block, cfg);
      for (const element of block.elements.slice(0, index)) this.apply(element, state);
      this.scan(block.elements[index].node, state, at.startIndex);
      return new Map([...state].map(([field, definitions]) => [field, [...definitions.values()]]));
    }
    return undefined;
  }

  /** The meet of the predecessors' states at a block's start; `share`: a lone one may be returned itself, not copied. */
  private inState(block: Block, cfg: Cfg, share = false): FieldState {
    // Branches that do not name the variable pass on the very same state: it is met once.
    const sources = new Set<FieldState>(block.id === cfg.entry.id ? [this.entry] : []);
    for (const predecessor of this.predecessors.get(block.id) ?? []) {
      const out = this.outs.get(predecessor.id);
      if (out) sources.add(out);
    }
    if (share && sources.size === 1) return sources.values().next().value as FieldState;
    const state: FieldState = new Map(this.order.map((field) => [field, new Map()]));
    for (const source of sources) {
      for (const [field, definitions] of source) for (const [key, definition] of definitions) state.get(field)?.set(key, definition);
    }
    return state;
  }

  private apply(element: Element, state: FieldState): void {
    switch (element.kind) {
      case 'opaque':
        if (this.mentions(element.node)) this.setAll(state, UNKNOWN);
        return;
      case 'declare':
        this.declare(element.node, state);
        return;
      case 'assign':
        this.scan(element.right, state);
        this.assign(element.left, element.right, '=', state);
        return;
      default:
        this.scan(element.node, state);
    }
  }

  private declare(node: Node, state: FieldState): void {
    if (node.startIndex > this.declared.startIndex || this.declared.endIndex > node.endIndex) {
      this.scan(node, state);
      return;
    }
    const isStatic = node.namedChildren.some((child) => child?.type === 'storage_class_specifier' && child.text === 'static');
    let declarator: Node | null = this.declared.parent;
    while (declarator && declarator.type !== 'init_declarator' && declarator.id !== node.id) declarator = declarator.parent;
    const value = declarator?.type === 'init_declarator' ? declarator.childForFieldName('value') : null;
    if (value) this.scan(value, state);
    if (!value) {
      this.setAll(state, isStatic ? { kind: 'zero', node } : { kind: 'unassigned', node: this.declared });
      return;
    }
    if (value.type !== 'initializer_list') {
      this.setAll(state, this.whole ? { kind: 'value', node: value } : UNKNOWN);
      return;
    }
    if (this.whole) {
      this.setAll(state, UNKNOWN);
      return;
    }
    // Every field the list does not name is zero.
    this.setAll(state, { kind: 'zero', node: value });
    let position = 0;
    for (const entry of value.namedChildren) {
      if (!entry || entry.type === 'comment') continue;
      if (entry.type === 'initializer_pair') {
        const designators = entry.childrenForFieldName('designator').filter((d): d is Node => d !== null);
        const field = designators.length === 1 && designators[0].type === 'field_designator' ? designators[0].namedChild(0)?.text : undefined;
        const initial = entry.childForFieldName('value');
        if (!field || !initial) {
          this.setAll(state, UNKNOWN);
          return;
        }
        this.set(state, field, { kind: 'value', node: initial });
        position = this.order.indexOf(field) + 1;
        continue;
      }
      const field = this.order[position++];
      if (field !== undefined) this.set(state, field, { kind: 'value', node: entry });
    }
  }

  /** The effects of an expression, in source order; `before`: only those that end before this offset. */
  private scan(node: Node, state: FieldState, before = Infinity): void {
    if (!this.mentions(node)) return;
    const stack: Node[] = [node];
    while (stack.length > 0) {
      const current = stack.pop() as Node;
      if (current.startIndex >= before) continue;
      const children = current.namedChildren.filter((child): child is Node => child !== null);
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
      if (current.endIndex > before) continue;
      switch (current.type) {
        case 'assignment_expression': {
          const left = current.childForFieldName('left');
          const right = current.childForFieldName('right');
          const operator = current.childForFieldName('operator')?.type ?? '=';
          if (left && right) this.assign(left, right, operator, state);
          break;
        }
        case 'update_expression': {
          const argument = current.childForFieldName('argument');
          const field = argument ? this.fieldOf(argument) : undefined;
          if (field === null) this.setAll(state, UNKNOWN);
          else if (field !== undefined) this.set(state, field, UNKNOWN);
          break;
        }
        case 'pointer_expression':
          if (current.childForFieldName('operator')?.type === '&' && this.isOurs(current.childForFieldName('argument'))) this.addressTaken(current, state);
          break;
      }
    }
  }

  private assign(left: Node, right: Node, operator: string, state: FieldState): void {
    const field = this.fieldOf(left);
    if (field === null) this.setAll(state, UNKNOWN);
    else if (field !== undefined) this.set(state, field, operator === '=' ? { kind: 'value', node: right } : UNKNOWN);
  }

  /** `&ctl` given to a call: a zero fill, a call that only reads it, or anything that may write it. */
  private addressTaken(address: Node, state: FieldState): void {
    let current: Node | null = address.parent;
    while (current && (current.type === 'parenthesized_expression' || current.type === 'cast_expression')) current = current.parent;
    const call = current?.type === 'argument_list' ? current.parent : null;
    if (call?.type === 'call_expression') {
      if (this.readOnly.has(call.id)) return;
      const callee = call.childForFieldName('function');
      const args = current?.namedChildren.filter((child): child is Node => child !== null && child.type !== 'comment') ?? [];
      const first = args[0] && args[0].startIndex <= address.startIndex && address.endIndex <= args[0].endIndex;
      if (first && callee?.type === 'identifier' && ZERO_FILLS.has(callee.text)) {
        const filler = callee.text === 'memset' || callee.text === 'RtlFillMemory' ? args[callee.text === 'memset' ? 1 : 2] : undefined;
        if (!filler || /^0+[uUlL]*$/.test(filler.text)) {
          this.setAll(state, { kind: 'zero', node: call });
          return;
        }
      }
    }
    this.setAll(state, UNKNOWN);
  }

  /** The field of ours an lvalue names (`ctl.EventMask`), null for the whole structure, undefined for others. */
  private fieldOf(lvalue: Node): string | null | undefined {
    const node = unparenthesize(lvalue);
    if (node.type === 'identifier') return node.text !== this.name ? undefined : this.whole ? WHOLE : null;
    if (this.whole) return this.isOurs(node) ? null : undefined;
    if (node.type !== 'field_expression' || node.childForFieldName('operator')?.type !== '.') return undefined;
    const base = node.childForFieldName('argument');
    if (!base || unparenthesize(base).type !== 'identifier' || unparenthesize(base).text !== this.name) return undefined;
    return node.childForFieldName('field')?.text;
  }

  /** `ctl` or `ctl.Field…`. */
  private isOurs(node: Node | null): boolean {
    let current = node ? unparenthesize(node) : null;
    while (current && current.type === 'field_expression' && current.childForFieldName('operator')?.type === '.') {
      const base = current.childForFieldName('argument');
      current = base ? unparenthesize(base) : null;
    }
    return current?.type === 'identifier' && current.text === this.name;
  }

  private mentions(node: Node): boolean {
    let mentions = this.mentioned.get(node.id);
    if (mentions === undefined) {
      mentions = this.mention.test(node.text);
      this.mentioned.set(node.id, mentions);
    }
    return mentions;
  }

  private set(state: FieldState, field: string, definition: FieldDefinition): void {
    if (!state.has(field)) return;
    state.set(field, new Map([[keyOf(definition), definition]]));
  }

  private setAll(state: FieldState, definition: FieldDefinition): void {
    for (const field of state.keys()) state.set(field, new Map([[keyOf(definition), definition]]));
  }
}

function keyOf(definition: FieldDefinition): string {
  return definition.kind === 'unknown' ? '?' : `${definition.kind}:${definition.node.id}`;
}

function sameState(a: FieldState, b: FieldState): boolean {
  for (const [field, definitions] of a) {
    const other = b.get(field);
    if (!other || other.size !== definitions.size) return false;
    for (const key of definitions.keys()) if (!other.has(key)) return false;
  }
  return true;
}
