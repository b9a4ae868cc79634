// What an argument expression means, as far as it can be known without running the code:
// `NULL`, `0`, `(PIRP)NULL` and integer literals; `sizeof` of a type or of an expression with a declared
// type; `&x` and the type of `x`; a variable, field or dereference and its declared type. Anything else
// is `unknown`, and unknown is never flagged.

import type { Node } from '../parse/treeSitter';
import type { CType } from './types';
import { UNKNOWN, pointerTo } from './types';
import type { TypeIndex } from './declarations';
import { FunctionScopes } from './declarations';
import type { Declaration } from './declarations';
import { MAX_SYNTAX_DEPTH, enclosingFunction, stripCasts, unparenthesize } from './syntax';

export type Value =
  /** An integer constant; `isNull` when it is a null pointer constant (`0`, `NULL`). */
  | { readonly kind: 'integer'; readonly value: number }
  | { readonly kind: 'sizeof'; readonly type: CType; readonly operand: Node }
  /** `&x`: `type` is the type of `x`. */
  | { readonly kind: 'address'; readonly of: Node; readonly type: CType }
  /** A variable, field, element or dereference, with its declared type. */
  | { readonly kind: 'object'; readonly node: Node; readonly type: CType }
  /** An identifier that names no variable: an enumerator or a constant from a header. */
  | { readonly kind: 'constant'; readonly name: string }
  | { readonly kind: 'string' }
  /** `type`: what the callee returns, when the workspace defines it. */
  | { readonly kind: 'call'; readonly callee: string | undefined; readonly type?: CType }
  | { readonly kind: 'unknown' };

export function isNullConstant(value: Value): boolean {
  return value.kind === 'integer' && value.value === 0;
}

/** Reads expressions of one file against the workspace's declarations. */
export class ValueReader {
  private readonly scopes = new Map<number, FunctionScopes>();
  private sortedFunctions: Node[] | undefined;

  /** `functions`: every function definition of the file (to find the one around a node by offset). */
  constructor(readonly file: string, readonly types: TypeIndex, private readonly functions?: () => Iterable<Node>) {}

  /**
   * The function definition around a node. By offset among the file's functions when they are known:
   * tree-sitter nodes have no parent pointers, so walking up is slow in deeply nested code.
   */
  functionAt(node: Node): Node | null {
    if (node.type === 'function_definition') return node;
    if (!this.functions) return enclosingFunction(node);
    this.sortedFunctions ??= [...this.functions()].sort((a, b) => a.startIndex - b.startIndex);
    const list = this.sortedFunctions;
    let lo = 0;
    let hi = list.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].startIndex <= node.startIndex) lo = mid + 1;
      else hi = mid - 1;
    }
    // The innermost definition that starts before the node and contains it.
    for (let i = lo - 1; i >= 0 && lo - 1 - i < 64; i--) {
      if (node.endIndex <= list[i].endIndex) return list[i];
    }
    return null;
  }

  /** The locals and parameters of the function around a node (collected once per function). */
  scopesAt(node: Node): FunctionScopes | undefined {
    const definition = this.functionAt(node);
    if (!definition) return undefined;
    let scopes = this.scopes.get(definition.id);
    if (!scopes) {
      scopes = new FunctionScopes(definition, this.file);
      this.scopes.set(definition.id, scopes);
    }
    return scopes;
  }

  /** The declaration of the variable an identifier names: a local or parameter, else a global. */
  declarationOf(identifier: Node): Declaration | undefined {
    return this.scopesAt(identifier)?.lookup(identifier.text, identifier.startIndex) ?? this.types.global(identifier.text, this.file);
  }

  evaluate(expression: Node): Value {
    const node = stripCasts(expression);
    switch (node.type) {
      case 'null':
        return { kind: 'integer', value: 0 };
      case 'number_literal': {
        const value = parseInteger(node.text);
        return value === undefined ? { kind: 'unknown' } : { kind: 'integer', value };
      }
      case 'true': return { kind: 'integer', value: 1 };
      case 'false': return { kind: 'integer', value: 0 };
      case 'string_literal':
      case 'concatenated_string':
        return { kind: 'string' };
      case 'identifier': {
        if (node.text === 'NULL') return { kind: 'integer', value: 0 };
        const type = this.variableType(node);
        return type ? { kind: 'object', node, type } : { kind: 'constant', name: node.text };
      }
      case 'sizeof_expression':
        return { kind: 'sizeof', type: this.sizeofOperandType(node), operand: node };
      case 'pointer_expression': {
        const argument = node.childForFieldName('argument');
        if (!argument) return { kind: 'unknown' };
        if (node.childForFieldName('operator')?.type === '&') {
          return { kind: 'address', of: unparenthesize(argument), type: this.typeOf(argument) };
        }
        return { kind: 'object', node, type: this.typeOf(node) };
      }
      case 'binary_expression': {
        const cast = this.ambiguousCast(node);
        if (cast?.operator === '&') return { kind: 'address', of: unparenthesize(cast.operand), type: this.typeOf(cast.operand) };
        if (cast?.operator === '*') return { kind: 'object', node, type: elementOf(this.typeOf(cast.operand)) };
        return { kind: 'unknown' };
      }
      case 'field_expression':
      case 'subscript_expression':
        return { kind: 'object', node, type: this.typeOf(node) };
      case 'call_expression': {
        const fn = node.childForFieldName('function');
        const callee = fn?.type === 'identifier' ? fn.text : undefined;
        const definition = callee !== undefined ? this.types.functionDefinition(callee) : undefined;
        return { kind: 'call', callee, ...(definition ? { type: this.types.returnType(definition) } : {}) };
      }
      default:
        return { kind: 'unknown' };
    }
  }

  /** The declared type of an expression, or unknown. */
  typeOf(expression: Node, depth = 0): CType {
    if (depth > MAX_SYNTAX_DEPTH) return UNKNOWN;
    const node = unparenthesize(expression);
    switch (node.type) {
      case 'cast_expression': {
        const descriptor = node.childForFieldName('type');
        return descriptor ? this.descriptorType(descriptor) : UNKNOWN;
      }
      case 'identifier':
        return this.variableType(node) ?? UNKNOWN;
      case 'field_expression': {
        const base = node.childForFieldName('argument');
        if (!base) return UNKNOWN;
        let record = this.typeOf(base, depth + 1);
        if (node.childForFieldName('operator')?.type === '->') record = record.kind === 'pointer' ? record.to : UNKNOWN;
        const field = node.childForFieldName('field');
        return field ? this.types.fieldType(record, field.text) : UNKNOWN;
      }
      case 'pointer_expression': {
        const argument = node.childForFieldName('argument');
        if (!argument) return UNKNOWN;
        const inner = this.typeOf(argument, depth + 1);
        if (node.childForFieldName('operator')?.type === '&') return pointerTo(inner);
        return elementOf(inner);
      }
      case 'subscript_expression': {
        const argument = node.childForFieldName('argument');
        return argument ? elementOf(this.typeOf(argument, depth + 1)) : UNKNOWN;
      }
      case 'binary_expression': {
        const cast = this.ambiguousCast(node);
        if (!cast) return UNKNOWN;
        const operand = this.typeOf(cast.operand, depth + 1);
        return cast.operator === '&' ? pointerTo(operand) : elementOf(operand);
      }
      default:
        return UNKNOWN;
    }
  }

  /** The type of a variable (local, parameter, global) named by an identifier, or undefined for a non-variable. */
  variableType(identifier: Node): CType | undefined {
    const declaration = this.declarationOf(identifier);
    return declaration ? this.types.typeOf(declaration.spec, declaration.declarator) : undefined;
  }

  /** The type that `sizeof` measures. */
  sizeofOperandType(sizeofNode: Node): CType {
    const descriptor = sizeofNode.childForFieldName('type');
    if (descriptor) return this.descriptorType(descriptor);
    const value = sizeofNode.childForFieldName('value');
    if (!value) return UNKNOWN;
    const operand = unparenthesize(value);
    // `sizeof(NAME)` parses as an expression; NAME may be a type.
    if (operand.type === 'identifier' && this.variableType(operand) === undefined) return this.types.named(operand.text);
    return this.typeOf(operand);
  }

  private descriptorType(descriptor: Node): CType {
    const spec = descriptor.childForFieldName('type');
    return spec ? this.types.typeOf(spec, descriptor.childForFieldName('declarator')) : UNKNOWN;
  }


  /**
   * `(PVOID)&sd` parses as `(PVOID) & sd` — a bitwise and — because tree-sitter cannot know that PVOID
   * is a type. When the parenthesised left side is a type name and no variable, it is a cast of the
   * unary `&sd` (or `*p`): the operator and its operand are returned.
   */
  private ambiguousCast(node: Node): { operator: '&' | '*'; operand: Node } | undefined {
    const operator = node.childForFieldName('operator')?.type;
    if (operator !== '&' && operator !== '*') return undefined;
    const left = node.childForFieldName('left');
    const right = node.childForFieldName('right');
    if (!left || !right || left.type !== 'parenthesized_expression') return undefined;
    const inner = unparenthesize(left);
    if (inner.type !== 'identifier' || this.variableType(inner) !== undefined || !this.types.isTypeName(inner.text)) return undefined;
    return { operator, operand: right };
  }
}

function elementOf(type: CType): CType {
  if (type.kind === 'pointer') return type.to;
  if (type.kind === 'array') return type.of;
  return UNKNOWN;
}

/** The value of a C integer literal (`0`, `0x10`, `8u`, `010`, `1i64`), or undefined. */
export function parseInteger(text: string): number | undefined {
  const digits = text.replace(/(?:[uU](?:ll|LL|l|L|i64)?|(?:ll|LL|l|L)[uU]?|i64|I64|ui64)$/, '');
  if (/^0[xX][0-9a-fA-F]+$/.test(digits)) return parseInt(digits.slice(2), 16);
  if (/^0[bB][01]+$/.test(digits)) return parseInt(digits.slice(2), 2);
  if (/^0[0-7]*$/.test(digits)) return parseInt(digits, 8);
  if (/^[1-9][0-9]*$/.test(digits)) return parseInt(digits, 10);
  return undefined;
}
