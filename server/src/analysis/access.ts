// Access paths name the objects the path engine follows: `sd`, `ctx->Sd`, `Ctx->Socket`, `*Out`,
// `Sockets[i]`. Casts and parentheses do not change what an expression names; `(*p).f` is `p->f`.

import type { Node } from '../parse/treeSitter';
import { perNode } from './nodeMemo';
import { stripCasts, unparenthesize } from './syntax';
import { copiesAround, throughCopies } from './copies';

/** The pseudo-path that holds the value a return statement hands back, until the function exits. */
export const RETURNED = '$return';

/**
 * Links an access path may have (`a->b.c` has three). Real ones have a handful; the evaluator asks for
 * the path of every link of a chain, so a longer bound would cost its square on generated code.
 */
const MAX_ACCESS_LINKS = 24;

/** The access path an lvalue-like expression names, or undefined for anything else. */
export function accessPath(expression: Node): string | undefined {
  return rememberedPath(expression);
}

const rememberedPath = perNode((expression) => pathOf(expression, 0));

function pathOf(expression: Node, depth: number): string | undefined {
  if (depth > MAX_ACCESS_LINKS) return undefined;
  const node = stripCasts(expression);
  switch (node.type) {
    case 'identifier':
      return node.text;
    case 'field_expression': {
      const base = node.childForFieldName('argument');
      const field = node.childForFieldName('field');
      if (!base || !field) return undefined;
      const arrow = node.childForFieldName('operator')?.type === '->';
      const inner = stripCasts(base);
      // (*p).f is p->f; (&s)->f is s.f
      if (!arrow && inner.type === 'pointer_expression' && inner.childForFieldName('operator')?.type === '*') {
        const pointer = inner.childForFieldName('argument');
        const path = pointer ? pathOf(pointer, depth + 1) : undefined;
        return path ? `${path}->${field.text}` : undefined;
      }
      if (arrow && inner.type === 'pointer_expression' && inner.childForFieldName('operator')?.type === '&') {
        const object = inner.childForFieldName('argument');
        const path = object ? pathOf(object, depth + 1) : undefined;
        return path ? `${path}.${field.text}` : undefined;
      }
      const path = pathOf(base, depth + 1);
      return path ? `${path}${arrow ? '->' : '.'}${field.text}` : undefined;
    }
    case 'pointer_expression': {
      if (node.childForFieldName('operator')?.type !== '*') return undefined;
      const argument = node.childForFieldName('argument');
      const path = argument ? pathOf(argument, depth + 1) : undefined;
      return path ? `*${path}` : undefined;
    }
    case 'subscript_expression': {
      const base = node.childForFieldName('argument');
      const index = node.childForFieldName('index');
      const path = base ? pathOf(base, depth + 1) : undefined;
      const indexText = index ? stripCasts(index) : undefined;
      if (!path || !indexText || (indexText.type !== 'identifier' && indexText.type !== 'number_literal')) return undefined;
      return `${path}[${indexText.text}]`;
    }
    default:
      return undefined;
  }
}

/**
 * The path of `x` in `&x` (casts and parentheses around either removed), if the expression is one.
 * `(PVOID)&sd` parses as a bitwise and of `(PVOID)` and `sd`: `isTypeName` tells the cast apart.
 */
export function addressedPath(expression: Node, isTypeName: (name: string) => boolean): string | undefined {
  const node = stripCasts(expression);
  if (node.type === 'binary_expression' && node.childForFieldName('operator')?.type === '&') {
    const left = node.childForFieldName('left');
    const right = node.childForFieldName('right');
    const type = left && left.type === 'parenthesized_expression' ? unparenthesize(left) : undefined;
    if (right && type?.type === 'identifier' && isTypeName(type.text)) return accessPath(right);
    return undefined;
  }
  if (node.type !== 'pointer_expression' || node.childForFieldName('operator')?.type !== '&') return undefined;
  const argument = node.childForFieldName('argument');
  return argument ? accessPath(argument) : undefined;
}

/**
 * The object a pointer argument points to: `&sd` → `sd`, `Cached` → `*Cached` (the copy a
 * `PSECURITY_DESCRIPTOR *` parameter points to).
 */
export function pointeePath(expression: Node, isTypeName: (name: string) => boolean): string | undefined {
  const addressed = addressedPath(expression, isTypeName);
  if (addressed !== undefined) return addressed;
  const path = accessPath(expression);
  return path === undefined ? undefined : `*${path}`;
}

/** The variable an access path starts from: `ctx` for `ctx->Sd`, `Out` for `*Out`. */
export function rootOf(path: string): string {
  return remembered(roots, path, () => /^\**([A-Za-z_]\w*)/.exec(path)?.[1] ?? path);
}

/** Every identifier an access path depends on (its root and its index variables). */
export function identifiersOf(path: string): readonly string[] {
  return remembered(identifiers, path, () => [...new Set(path.match(/[A-Za-z_]\w*/g) ?? [])]);
}

// The path engine asks these of the same few paths for every state on every edge.
const roots = new Map<string, string>();
const identifiers = new Map<string, readonly string[]>();

function remembered<T>(cache: Map<string, T>, path: string, compute: () => T): T {
  let result = cache.get(path);
  if (result === undefined) {
    if (cache.size >= 50_000) cache.clear();
    result = compute();
    cache.set(path, result);
  }
  return result;
}

/**
 * Whether `path` names a different object once `written` changes: `ctx->Sd` depends on `ctx`,
 * `Sockets[i]` depends on `i`, `*Out` depends on `Out`.
 */
export function dependsOn(path: string, written: string): boolean {
  if (path === written) return false;
  if (path.startsWith(`${written}->`) || path.startsWith(`${written}.`) || path.startsWith(`${written}[`)) return true;
  if (path.startsWith('*') && (path.slice(1) === written || dependsOn(path.slice(1), written))) return true;
  return path.includes(`[${written}]`);
}

/** Whether storing into this path hands the value to someone outside the function (field through a pointer, `*out`, a global). */
export function isOutsideStorage(path: string, isLocal: (name: string) => boolean): boolean {
  if (path.startsWith('*') || path.includes('->')) return true;
  return !isLocal(rootOf(path));
}

/** The variables a function assigns (`x = …`, `x++`, `&x` given away): the roots of what it writes. */
export function assignedNames(definition: Node): Set<string> {
  const names = new Set<string>();
  for (const node of definition.descendantsOfType(['assignment_expression', 'update_expression', 'pointer_expression'])) {
    if (!node) continue;
    const target = node.type === 'assignment_expression' ? node.childForFieldName('left') : node.type === 'update_expression' ? node.childForFieldName('argument') : node.childForFieldName('operator')?.type === '&' ? node.childForFieldName('argument') : null;
    const path = target ? accessPath(target) : undefined;
    if (path) names.add(rootOf(path));
  }
  return names;
}


/**
 * A callee path in the caller's terms, given the call's arguments: with `EpBind(ctx)`, `$0->Socket` is
 * `ctx->Socket`; with `ReleaseSd(&sd)`, `*$0` is `sd`. Undefined when the argument names no object.
 */
export function callerPath(calleePath: string, args: readonly Node[], isTypeName: (name: string) => boolean): string | undefined {
  // An element picked by a parameter (`Ctx->Monitors[$1]`) is the one the argument picks: a name or a number.
  let named = true;
  const path = calleePath.replace(/\[\$(\d+)\]/g, (_all, index: string) => {
    const arg = args[Number(index)];
    const core = arg ? stripCasts(arg) : undefined;
    if (core && (core.type === 'identifier' || core.type === 'number_literal')) return `[${core.text}]`;
    named = false;
    return '';
  });
  if (!named) return undefined;
  const match = /^(\**)\$(\d+)(.*)$/.exec(path);
  if (!match) return path; // a global
  const [, stars, index, rest] = match;
  const arg = args[Number(index)];
  if (!arg) return undefined;
  // A local that copies a variable names that variable's storage (copies.ts).
  const copies = copiesAround(arg);
  const addressedHere = addressedPath(arg, isTypeName);
  const addressed = addressedHere === undefined ? undefined : throughCopies(addressedHere, copies);
  if (addressed !== undefined) {
    // &x: *$0 is x, $0->F is x.F, $0 itself is an address (no object).
    if (stars.length > 0) return `${'*'.repeat(stars.length - 1)}${addressed}${rest}`;
    return rest.startsWith('->') ? `${addressed}.${rest.slice(2)}` : undefined;
  }
  const direct = accessPath(arg);
  return direct === undefined ? undefined : `${stars}${throughCopies(direct, copies)}${rest}`;
}
