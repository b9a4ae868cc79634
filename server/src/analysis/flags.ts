// The value of a flags expression built from known constants: `WSK_FLAG_WAITALL | WSK_FLAG_DRAIN`,
// `0x2`, `(ULONG)WSK_EVENT_RECEIVE + WSK_EVENT_DISABLE`. The names spelled are kept beside the value,
// since several WSK flags share a value (WSK_FLAG_NODELAY and WSK_FLAG_WAITALL are both 2). Anything
// else (a variable, a call, an unknown name) makes the whole expression unknown.

import type { Node } from '../parse/treeSitter';
import type { SocketCategory } from '../wsk/events';
import { CATEGORY_FLAGS } from '../wsk/events';
import { FLAG_CONSTANTS } from '../wsk/controls';
import { socketBirthOf } from '../wsk/api';
import type { ValueReader } from './values';
import { parseInteger } from './values';
import { MAX_SYNTAX_DEPTH, stripCasts } from './syntax';

export interface FlagValue {
  readonly value: number;
  /** The constant names spelled in the expression, in order. */
  readonly names: readonly string[];
}

/** The value of a constant flags expression, or undefined when some part of it is not a known constant. */
export function flagValue(expression: Node, values: ValueReader, constants: ReadonlyMap<string, number>, depth = 0): FlagValue | undefined {
  if (depth > MAX_SYNTAX_DEPTH) return undefined;
  const node = stripCasts(expression);
  switch (node.type) {
    case 'number_literal': {
      const value = parseInteger(node.text);
      return value === undefined ? undefined : { value, names: [] };
    }
    case 'null':
    case 'false':
      return { value: 0, names: [] };
    case 'true':
      return { value: 1, names: [] };
    case 'identifier': {
      if (node.text === 'NULL' || node.text === 'FALSE') return { value: 0, names: [] };
      if (node.text === 'TRUE') return { value: 1, names: [] };
      const value = constants.get(node.text);
      if (value === undefined || values.variableType(node) !== undefined) return undefined;
      return { value, names: [node.text] };
    }
    case 'binary_expression': {
      const operator = node.childForFieldName('operator')?.type;
      if (operator !== '|' && operator !== '+') return undefined;
      const left = node.childForFieldName('left');
      const right = node.childForFieldName('right');
      const a = left ? flagValue(left, values, constants, depth + 1) : undefined;
      const b = right ? flagValue(right, values, constants, depth + 1) : undefined;
      if (!a || !b) return undefined;
      // Unsigned 32-bit, as the WDK's ULONG flags.
      const value = operator === '|' ? (a.value | b.value) >>> 0 : (a.value + b.value) >>> 0;
      return { value, names: [...a.names, ...b.names] };
    }
    default:
      return undefined;
  }
}

/** The number of bits set. */
export function bitCount(value: number): number {
  let count = 0;
  for (let rest = value >>> 0; rest !== 0; rest >>>= 1) count += rest & 1;
  return count;
}

/**
 * The socket category a constant WskSocket Flags names: one category flag by name, or a value that is
 * exactly one category's (0 is the basic socket). Unknown for anything else.
 */
/**
 * The category of the socket a WSK call creates (the API table's mark on its birth): named, or read from
 * a constant Flags argument. Undefined when the call creates none or its Flags are unknown.
 */
export function createdSocketCategory(functionName: string, arg: (param: string) => Node | undefined, values: ValueReader): SocketCategory | undefined {
  const birth = socketBirthOf(functionName);
  if (!birth) return undefined;
  if (typeof birth.category === 'string') return birth.category;
  const flags = arg(birth.category.fromFlags);
  return flags ? socketCategoryOf(flags, values) : undefined;
}

export function socketCategoryOf(flags: Node, values: ValueReader): SocketCategory | undefined {
  const value = values.evaluate(flags);
  if (value.kind === 'constant') return CATEGORY_FLAGS.find((flag) => flag.name === value.name)?.category;
  const known = value.kind === 'integer' ? value.value : flagValue(flags, values, FLAG_CONSTANTS)?.value;
  return known === undefined ? undefined : CATEGORY_FLAGS.find((flag) => flag.value === known)?.category;
}
