// What a local variable (or one field of a local structure) whose address a WSK call takes holds at
// that call, when the function gives it exactly one constant before the call and touches it nowhere
// else: `ULONG on = 1; … &on`, `ctl.EventMask = WSK_EVENT_RECEIVE | WSK_EVENT_DISCONNECT; … &ctl`.
// Anything else (two assignments, a helper given its address, a loop) is unknown.

import type { Node } from '../parse/treeSitter';
import type { WskCall } from '../analysis/calls';
import type { RuleContext } from '../analysis/rule';
import { isLoop, unparenthesize } from '../analysis/syntax';
import { parseInteger } from '../analysis/values';
import { EVENT_DISABLE, EVENT_MASKS } from '../wsk/events';

const NAMED: ReadonlyMap<string, number> = new Map([...EVENT_MASKS, EVENT_DISABLE].map((event) => [event.name, event.value]));

/** The constant a local variable holds when its address is a call's argument (`&on`). */
export function constantHeldBy(argument: Node, call: WskCall, context: RuleContext): number | undefined {
  const name = addressedLocal(argument, call, context);
  if (!name || !call.inFunction) return undefined;
  const sources: Node[] = [];
  for (const use of usesOf(call.inFunction, name)) {
    if (within(use, argument)) continue;
    const parent = use.parent;
    if (parent?.type === 'init_declarator' && parent.childForFieldName('declarator')?.id === use.id) {
      const value = parent.childForFieldName('value');
      if (value) sources.push(value);
      continue;
    }
    if (parent?.type === 'declaration') continue;
    if (parent?.type === 'assignment_expression' && parent.childForFieldName('left')?.id === use.id) {
      const right = parent.childForFieldName('right');
      if (parent.childForFieldName('operator')?.type !== '=' || !right) return undefined;
      sources.push(right);
      continue;
    }
    // A read is harmless; anything that may write it (its address elsewhere, ++) makes it unknown.
    if (parent?.type === 'pointer_expression' || parent?.type === 'update_expression') return undefined;
  }
  const source = single(sources, call);
  return source ? maskValue(source) : undefined;
}

/**
 * The constant one field of a local structure holds when its address is a call's argument (`&ctl`):
 * from its initializer (`members` gives the order of positional ones) or from one assignment.
 */
export function fieldConstantOf(argument: Node, field: string, members: readonly string[], call: WskCall, context: RuleContext): number | undefined {
  const name = addressedLocal(argument, call, context);
  if (!name || !call.inFunction) return undefined;
  const sources: Node[] = [];
  let lastWrite = -1;
  for (const use of usesOf(call.inFunction, name)) {
    if (within(use, call.node) || inSizeof(use)) continue;
    const parent = use.parent;
    if (parent?.type === 'init_declarator' && parent.childForFieldName('declarator')?.id === use.id) {
      const value = parent.childForFieldName('value');
      const member = value?.type === 'initializer_list' ? memberOf(value, field, members) : undefined;
      if (member === null) return undefined;
      if (member) sources.push(member);
      continue;
    }
    if (parent?.type === 'declaration') continue;
    if (parent?.type === 'field_expression' && parent.childForFieldName('operator')?.type === '.') {
      const assignment = parent.parent;
      if (assignment?.type === 'assignment_expression' && assignment.childForFieldName('left')?.id === parent.id) {
        if (parent.childForFieldName('field')?.text !== field) continue;
        const right = assignment.childForFieldName('right');
        if (assignment.childForFieldName('operator')?.type !== '=' || !right) return undefined;
        sources.push(right);
      }
      continue;
    }
    // The whole structure written or given away (`RtlZeroMemory(&ctl, …)`): fine before the field is set.
    lastWrite = Math.max(lastWrite, use.startIndex);
  }
  const source = single(sources, call);
  if (!source || lastWrite > source.startIndex) return undefined;
  return maskValue(source);
}

/** The one value source, when it comes before the call and outside any loop; its constant. */
function single(sources: readonly Node[], call: WskCall): Node | undefined {
  if (sources.length !== 1) return undefined;
  const [source] = sources;
  if (source.startIndex > call.node.startIndex) return undefined;
  for (let up = source.parent; up && up.type !== 'function_definition'; up = up.parent) {
    if (isLoop(up)) return undefined;
  }
  return maskValue(source) === undefined ? undefined : source;
}

/** An integer constant built of literals, TRUE/FALSE and the event names, with `|`. */
function maskValue(node: Node): number | undefined {
  const core = unparenthesize(node);
  if (core.type === 'number_literal') return parseInteger(core.text);
  if (core.type === 'true') return 1;
  if (core.type === 'false') return 0;
  if (core.type === 'identifier') return core.text === 'TRUE' ? 1 : core.text === 'FALSE' ? 0 : NAMED.get(core.text);
  if (core.type === 'cast_expression') {
    const value = core.childForFieldName('value');
    return value ? maskValue(value) : undefined;
  }
  if (core.type === 'binary_expression' && core.childForFieldName('operator')?.type === '|') {
    const left = core.childForFieldName('left');
    const right = core.childForFieldName('right');
    const a = left ? maskValue(left) : undefined;
    const b = right ? maskValue(right) : undefined;
    return a === undefined || b === undefined ? undefined : (a | b) >>> 0;
  }
  return undefined;
}

/** A member's value in an initializer list: by designator or position; null when the list is not readable. */
function memberOf(list: Node, field: string, members: readonly string[]): Node | undefined | null {
  let index = 0;
  for (const item of list.namedChildren) {
    if (!item || item.type === 'comment') continue;
    let value: Node | null = item;
    if (item.type === 'initializer_pair') {
      const designator = (item.childForFieldName('designator') ?? item.namedChild(0))?.text.replace(/^\./, '').trim();
      const position = designator ? members.indexOf(designator) : -1;
      if (position < 0) return null;
      index = position;
      value = item.childForFieldName('value');
    }
    if (members[index] === field) return value ?? null;
    index++;
  }
  return undefined;
}

/** The non-static local whose address the argument is. */
function addressedLocal(argument: Node, call: WskCall, context: RuleContext): string | undefined {
  const value = context.values.evaluate(argument);
  if (value.kind !== 'address' || value.of.type !== 'identifier' || !call.inFunction) return undefined;
  const name = value.of.text;
  const declaration = call.inFunction.descendantsOfType('declaration').find((d) => d?.childrenForFieldName('declarator').some((decl) => declaredName(decl) === name));
  if (!declaration || declaration.namedChildren.some((c) => c?.type === 'storage_class_specifier')) return undefined;
  return name;
}

function declaredName(declarator: Node | null): string | undefined {
  let node = declarator;
  while (node && node.type !== 'identifier') node = node.childForFieldName('declarator');
  return node?.text;
}

function usesOf(definition: Node, name: string): Node[] {
  return definition.descendantsOfType('identifier').filter((id): id is Node => id !== null && id.text === name);
}

function inSizeof(node: Node): boolean {
  for (let up = node.parent; up && up.type !== 'expression_statement' && up.type !== 'function_definition'; up = up.parent) {
    if (up.type === 'sizeof_expression') return true;
  }
  return false;
}

function within(inner: Node, outer: Node): boolean {
  return inner.startIndex >= outer.startIndex && inner.endIndex <= outer.endIndex;
}
