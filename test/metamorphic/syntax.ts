// Questions the rewrites ask of tree-sitter-c trees and of source text: statements of a block, the
// locals of a function, what a piece of code uses, the names a file declares, identifier tokens.

import { declaratorName, declaratorsOf } from '../../server/src/analysis/syntax';
import type { Node } from '../../server/src/parse/treeSitter';

/** Statement node types of tree-sitter-c (a declaration counts: it may stand where a statement does). */
const STATEMENT_TYPES = new Set([
  'expression_statement', 'if_statement', 'for_statement', 'while_statement', 'do_statement', 'return_statement',
  'break_statement', 'continue_statement', 'goto_statement', 'compound_statement', 'labeled_statement',
  'switch_statement', 'case_statement', 'seh_try_statement', 'seh_leave_statement', 'declaration', 'attributed_statement',
]);

const LOOP_TYPES = new Set(['for_statement', 'while_statement', 'do_statement']);

/** The statements directly in a block (comments left out). */
export function statementsOf(block: Node): Node[] {
  return block.namedChildren.filter((child): child is Node => child !== null && STATEMENT_TYPES.has(child.type));
}

/** Every node of the given types under `node` (the node itself included). */
export function descendants(node: Node, types: readonly string[]): Node[] {
  const found = node.descendantsOfType([...types]).filter((n): n is Node => n !== null);
  return types.includes(node.type) && !found.some((n) => n.id === node.id) ? [node, ...found] : found;
}

/** Whether `inner` lies within `outer` (or is it). */
export function within(inner: Node, outer: Node): boolean {
  return inner.startIndex >= outer.startIndex && inner.endIndex <= outer.endIndex;
}

/**
 * Whether a statement holds a `break` or `continue` that leaves it (one not inside a loop or, for
 * break, a switch of its own): wrapped in a one-iteration loop, it would leave that loop instead.
 */
export function hasEscapingBreak(statement: Node): boolean {
  for (const jump of descendants(statement, ['break_statement', 'continue_statement'])) {
    let caught = false;
    for (let at = jump.parent; at && within(at, statement); at = at.parent) {
      if (LOOP_TYPES.has(at.type) || (jump.type === 'break_statement' && at.type === 'switch_statement')) {
        caught = true;
        break;
      }
    }
    if (!caught) return true;
  }
  return false;
}

/** Whether a statement holds a `__leave` of an enclosing `__try` (wrapped in a new `__try`, it would leave that). */
export function hasEscapingLeave(statement: Node): boolean {
  return descendants(statement, ['seh_leave_statement']).some((leave) => {
    for (let at = leave.parent; at && within(at, statement); at = at.parent) if (at.type === 'seh_try_statement') return false;
    return true;
  });
}

export interface Local {
  readonly name: string;
  /** The identifier of its declarator. */
  readonly identifier: Node;
  /** The whole declarator (`*p`, `a[4]`, `x = 0`). */
  readonly declarator: Node;
  /** The parameter_declaration or declaration. */
  readonly declaration: Node;
  readonly isParameter: boolean;
}

/** The parameters and local variables a function definition declares, in source order. */
export function localsOf(definition: Node): Local[] {
  const locals: Local[] = [];
  const declarator = definition.childForFieldName('declarator');
  const parameters = declarator ? descendants(declarator, ['parameter_list'])[0] : undefined;
  for (const parameter of parameters?.namedChildren ?? []) {
    if (parameter?.type !== 'parameter_declaration') continue;
    const inner = parameter.childForFieldName('declarator');
    const identifier = declaratorName(inner);
    if (inner && identifier?.type === 'identifier') locals.push({ name: identifier.text, identifier, declarator: inner, declaration: parameter, isParameter: true });
  }
  const body = definition.childForFieldName('body');
  if (!body) return locals;
  for (const declaration of descendants(body, ['declaration'])) {
    for (const inner of declaratorsOf(declaration)) {
      const identifier = declaratorName(inner);
      if (identifier?.type === 'identifier') locals.push({ name: identifier.text, identifier, declarator: inner, declaration, isParameter: false });
    }
  }
  return locals;
}

/** Whether a declaration carries a storage class (`static`, `extern`, `register`) or a type qualifier. */
export function hasSpecifier(declaration: Node, words: ReadonlySet<string>): boolean {
  return declaration.namedChildren.some((child) => child !== null && (child.type === 'storage_class_specifier' || child.type === 'type_qualifier') && words.has(child.text));
}

/** A declarator that is a plain name or pointers to one (`x`, `*x`, `**x`): no array, no function. */
export function isSimpleDeclarator(declarator: Node): boolean {
  let node: Node | null = declarator.type === 'init_declarator' ? declarator.childForFieldName('declarator') : declarator;
  while (node && node.type === 'pointer_declarator') node = node.childForFieldName('declarator');
  return node?.type === 'identifier';
}

/** The identifiers (not fields, not types) under a node, in order. */
export function identifiersIn(node: Node): Node[] {
  return descendants(node, ['identifier']);
}

/**
 * The names a file declares at file scope: functions, variables, types, tags, enumerators. (Macros
 * come from the preprocessor's defines.)
 */
export function fileScopeNames(root: Node): Set<string> {
  const names = new Set<string>();
  for (const child of root.namedChildren) {
    if (!child) continue;
    collectDeclared(child, names);
  }
  return names;
}

function collectDeclared(node: Node, names: Set<string>): void {
  switch (node.type) {
    case 'function_definition':
    case 'declaration':
    case 'type_definition': {
      for (const declarator of declaratorsOf(node)) {
        const name = declaratorName(declarator);
        if (name) names.add(name.text);
      }
      const type = node.childForFieldName('type');
      if (type) collectTags(type, names);
      return;
    }
    case 'struct_specifier':
    case 'union_specifier':
    case 'enum_specifier':
      collectTags(node, names);
      return;
    case 'expression_statement':
      // `struct X { … };` parses as a declaration; anything else at file scope is error recovery.
      return;
    default:
      // Preprocessor groups (#ifdef … #endif) hold declarations too.
      if (node.type.startsWith('preproc_')) for (const child of node.namedChildren) if (child) collectDeclared(child, names);
  }
}

function collectTags(type: Node, names: Set<string>): void {
  for (const spec of descendants(type, ['struct_specifier', 'union_specifier', 'enum_specifier'])) {
    const name = spec.childForFieldName('name');
    if (name) names.add(name.text);
  }
  for (const enumerator of descendants(type, ['enumerator'])) {
    const name = enumerator.childForFieldName('name');
    if (name) names.add(name.text);
  }
}

const IDENTIFIER = /[A-Za-z_][A-Za-z0-9_]*/g;

/** Identifier-shaped tokens of `text[start, end)` outside comments, strings and directives. */
export function tokens(text: string, nonCode: Int32Array, start = 0, end = text.length): { name: string; offset: number }[] {
  const found: { name: string; offset: number }[] = [];
  IDENTIFIER.lastIndex = start;
  let match: RegExpExecArray | null;
  while ((match = IDENTIFIER.exec(text)) !== null && match.index < end) {
    if (match.index + match[0].length > end) break;
    // A token glued to a number (`0x1F`, `10UL`) is no name.
    if (match.index > 0 && /[0-9.]/.test(text[match.index - 1]) && !/[A-Za-z0-9_]/.test(text[match.index - 2] ?? ' ')) continue;
    if (!inRanges(nonCode, match.index)) found.push({ name: match[0], offset: match.index });
  }
  return found;
}

/** Whether an offset lies in one of the sorted [start, end) pairs. */
export function inRanges(ranges: Int32Array, offset: number): boolean {
  return rangeStart(ranges, offset) !== undefined;
}

/** The start of the sorted [start, end) pair holding an offset, if one does. */
function rangeStart(ranges: Int32Array, offset: number): number | undefined {
  let lo = 0;
  let hi = ranges.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (offset < ranges[2 * mid]) hi = mid - 1;
    else if (offset >= ranges[2 * mid + 1]) lo = mid + 1;
    else return ranges[2 * mid];
  }
  return undefined;
}

/** Whether the token at `offset` is a field name (`.x`, `->x`) rather than a variable. */
export function isFieldToken(text: string, offset: number, nonCode: Int32Array): boolean {
  let i = offset - 1;
  for (;;) {
    while (i >= 0 && /\s/.test(text[i])) i--;
    // A comment before the word (an annotation line ending in `.`) is no member access.
    const comment = i >= 0 ? rangeStart(nonCode, i) : undefined;
    if (comment === undefined) break;
    i = comment - 1;
  }
  return text[i] === '.' || (text[i] === '>' && text[i - 1] === '-');
}

/** The call a statement makes as a whole: `f(…);`, `x = f(…);`, `return f(…);`. */
export function calledBy(statement: Node): Node | undefined {
  let expression: Node | null | undefined;
  if (statement.type === 'expression_statement') expression = statement.namedChildren.find((child) => child !== null && child.type !== 'comment');
  else if (statement.type === 'return_statement') expression = statement.namedChildren.find((child) => child !== null && child.type !== 'comment');
  if (expression?.type === 'assignment_expression' && expression.childForFieldName('operator')?.type === '=') expression = expression.childForFieldName('right');
  return expression?.type === 'call_expression' ? expression : undefined;
}

/** `T` or `T *…` for a plain declaration of a name (no qualifier, no storage class, no array). */
export function declaredType(declaration: Node, declarator: Node): string | undefined {
  const type = declaration.childForFieldName('type');
  const qualified = declaration.namedChildren.some((child) => child !== null && (child.type === 'storage_class_specifier' || child.type === 'type_qualifier'));
  if (!type || qualified || !isSimpleDeclarator(declarator) || !/^[A-Za-z_][\w ]*$/.test(type.text)) return undefined;
  let stars = 0;
  for (let node: Node | null = declarator.type === 'init_declarator' ? declarator.childForFieldName('declarator') : declarator; node?.type === 'pointer_declarator'; node = node.childForFieldName('declarator')) {
    if (node.namedChildren.some((child) => child?.type === 'type_qualifier')) return undefined;
    stars++;
  }
  return declaratorName(declarator) ? `${type.text}${stars > 0 ? ` ${'*'.repeat(stars)}` : ''}` : undefined;
}

/** Whether a statement assigns a name, changes it (`x++`) or takes its address. */
export function writes(statement: Node, name: string): boolean {
  return descendants(statement, ['assignment_expression', 'update_expression', 'pointer_expression']).some((node) => {
    const target = node.type === 'assignment_expression' ? node.childForFieldName('left')
      : node.type === 'update_expression' ? node.childForFieldName('argument')
      : node.childForFieldName('operator')?.type === '&' ? node.childForFieldName('argument') : null;
    return target?.type === 'identifier' && target.text === name;
  });
}
