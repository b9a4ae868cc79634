// Small questions about tree-sitter-c nodes that every analysis asks.

import type { Node } from '../parse/treeSitter';
import { perNode } from './nodeMemo';
import { appendAll } from '../parse/arrays';

/**
 * How deep the analyses follow nested syntax before they treat the rest as opaque: deeper nesting is
 * generated code or an attack, and the recursion must not follow the input into a stack overflow.
 */
export const MAX_SYNTAX_DEPTH = 256;

/** The declarator's name node: `*p`, `p[3]`, `p = 0`, `(*p)` all name `p`. */
export function declaratorName(declarator: Node | null): Node | null {
  let node = declarator;
  while (node) {
    switch (node.type) {
      case 'identifier':
      case 'field_identifier':
      case 'type_identifier':
        return node;
      case 'pointer_declarator':
      case 'array_declarator':
      case 'init_declarator':
      case 'function_declarator':
      case 'attributed_declarator':
        node = node.childForFieldName('declarator');
        break;
      case 'parenthesized_declarator':
        node = node.firstNamedChild;
        break;
      default:
        return null;
    }
  }
  return null;
}

/** The node with parentheses removed: `((x))` is `x`. */
export function unparenthesize(node: Node): Node {
  let current = node;
  while (current.type === 'parenthesized_expression' && current.namedChildCount === 1) {
    const inner = current.firstNamedChild;
    if (!inner || inner.type === 'comment') break;
    current = inner;
  }
  return current;
}

/** The expression under its casts and parentheses: `(PVOID)(x)` → `x`. */
export function stripCasts(expression: Node): Node {
  let node = unparenthesize(expression);
  while (node.type === 'cast_expression') {
    const value = node.childForFieldName('value');
    if (!value) break;
    node = unparenthesize(value);
  }
  return node;
}

/** Whether a statement repeats its body: a `for`, a `while`, or a `do` whose condition is not a constant false (`do { … } while (0)` runs once). */
export function isLoop(node: Node): boolean {
  if (node.type === 'for_statement' || node.type === 'while_statement') return true;
  return node.type === 'do_statement' && !/^\(\s*(?:0|FALSE|false)\s*\)$/.test(node.childForFieldName('condition')?.text ?? '');
}

/** The declarators of a declaration, field declaration or type definition. */
export function declaratorsOf(declaration: Node): Node[] {
  return declaration.childrenForFieldName('declarator').filter((d): d is Node => d !== null);
}

/** The function a node is in. */
export function enclosingFunction(node: Node): Node | null {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === 'function_definition') return current;
  }
  return null;
}

/** The name of a function definition. */
export function functionName(definition: Node): string | undefined {
  const declarator = functionDeclarator(definition);
  return declarator ? declaratorName(declarator)?.text : undefined;
}

/** The function_declarator of a definition or declaration (through pointers to the returned type). */
export function functionDeclarator(node: Node): Node | null {
  let current = node.childForFieldName('declarator');
  while (current) {
    if (current.type === 'function_declarator') return current;
    if (current.type === 'pointer_declarator' || current.type === 'attributed_declarator' || current.type === 'parenthesized_declarator') {
      current = current.childForFieldName('declarator') ?? current.firstNamedChild;
      continue;
    }
    return null;
  }
  return null;
}

/** The called name of a call: `f` in `f(x)`, the field `f` in `t->f(x)` or `((T)t)->f(x)`. */
export function calleeName(call: Node): Node | null {
  const fn = call.childForFieldName('function');
  if (!fn) return null;
  const target = unparenthesize(fn);
  if (target.type === 'identifier') return target;
  if (target.type === 'field_expression') return target.childForFieldName('field');
  return null;
}

/** The arguments of a call, comments left out (worked out once per call: see nodeMemo.ts). */
export const argumentsOf: (call: Node) => readonly Node[] = perNode((call) => {
  const list = call.childForFieldName('arguments');
  if (!list) return [];
  return list.namedChildren.filter((arg): arg is Node => arg !== null && arg.type !== 'comment');
});

/** Every call of a tree, in order (one search of the whole tree, remembered with it). */
export const callsOfTree: (root: Node) => readonly Node[] = perNode((root) => root.descendantsOfType('call_expression').filter((call): call is Node => call !== null));

/**
 * The calls inside a node, in order (found once per node: see nodeMemo.ts). A search of the node alone:
 * after an edit, the functions asked about are those the edit changed, not every function of the tree.
 */
export const callExpressionsIn: (node: Node) => readonly Node[] = perNode((node) => node.descendantsOfType('call_expression').filter((call): call is Node => call !== null));

/** Whether the subtree holds a parse error. */
export function hasError(node: Node): boolean {
  return node.hasError;
}

/** The nearest ancestor (or the node) of one of the given types. */
export function ancestorOfType(node: Node, types: ReadonlySet<string>): Node | null {
  for (let current: Node | null = node; current; current = current.parent) {
    if (types.has(current.type)) return current;
  }
  return null;
}

/**
 * The function definitions of a tree, in order, without searching inside them: their bodies hold most of
 * a file's nodes, and C has no nested functions (error recovery may make one; it counts as its outer).
 * Found once per tree (see nodeMemo.ts): the values, the editor's reuse and WSK025 each asked anew.
 */
export const functionDefinitions: (root: Node) => readonly Node[] = perNode(findFunctionDefinitions);

function findFunctionDefinitions(root: Node): Node[] {
  const found: Node[] = [];
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    if (node.type === 'function_definition') found.push(node);
    else for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
  }
  return found;
}

/** How many ERROR and MISSING nodes a subtree holds (an iterative walk: trees may be thousands of levels deep). */
export function parseErrorCount(root: Node): number {
  if (!root.hasError) return 0;
  let count = 0;
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    if (node.type === 'ERROR' || node.isMissing) count++;
    if (node.hasError) appendAll(stack, node.children);
  }
  return count;
}
