// Locals that only ever hold a copy of a variable that never changes after it is set: `PIRP irp = Irp;`,
// `PMY_CONTEXT ctx = (PMY_CONTEXT)Context;`, `mm = dev` after `PDEV dev = g_Dev;`. Such a copy is its
// source wherever it holds a value, so a path through it (`ctx->Socket`) names the source's storage
// (`Context->Socket`): the path engine keeps that storage under one name, summaries write effects
// against the parameter, a caller's argument names its storage through it, a wrapper passes the
// parameter on through it.
//
// Sources are variables set once per call: a parameter never assigned, or a local whose one write is
// its initialiser at the top of the body with no label before it (no loop or backward goto can run it
// again). A copy made after that equals it from then on; a copy made in a loop of a source that a loop
// sets again would not (it holds last round's value until it is made again).

import type { Node } from '../parse/treeSitter';
import { parameterDeclarations } from './declarations';
import { perNode } from './nodeMemo';
import { declaratorName, enclosingFunction, stripCasts, unparenthesize } from './syntax';
import { VOID, builtinType, primitiveType } from './types';

/** The copies of a function, by local name: the source each copies (through other copies, if so). */
export const copiesIn: (definition: Node) => ReadonlyMap<string, string> = perNode((definition) => {
  const parameters = parameterDeclarations(definition, '');
  const params = new Set(parameters.map((p) => p.name));
  const declared = new Map<string, number>();
  const unsteady = new Set<string>();
  /** Variables declared as untyped pointers (`PVOID Context`): a cast of one to a typed pointer is a copy. */
  const untyped = new Set<string>();
  for (const { name, spec, declarator } of parameters) {
    declared.set(name, 1);
    if (isVoidPointer(spec, declarator)) untyped.add(name);
  }
  for (const declaration of definition.descendantsOfType('declaration')) {
    if (!declaration) continue;
    const isStatic = declaration.namedChildren.some((child) => child?.type === 'storage_class_specifier' && child.text === 'static');
    const spec = declaration.childForFieldName('type');
    for (const declarator of declaration.childrenForFieldName('declarator')) {
      const name = declarator ? declaratorName(declarator)?.text : undefined;
      if (!name || !declarator) continue;
      declared.set(name, (declared.get(name) ?? 0) + 1);
      if (isStatic) unsteady.add(name);
      if (spec && isVoidPointer(spec, declarator)) untyped.add(name);
    }
  }
  // Every write of each variable itself (not through it): assignments, increments, taking its address, initialisers.
  const writes = new Map<string, Node[]>();
  const wrote = (name: string | undefined, node: Node) => {
    if (name === undefined) return;
    const list = writes.get(name);
    if (list) list.push(node);
    else writes.set(name, [node]);
  };
  for (const node of definition.descendantsOfType(['assignment_expression', 'update_expression', 'pointer_expression', 'init_declarator'])) {
    if (!node) continue;
    if (node.type === 'init_declarator') {
      if (node.childForFieldName('value')) wrote(declaratorName(node)?.text, node);
      continue;
    }
    const target = node.type === 'assignment_expression' ? node.childForFieldName('left')
      : node.type === 'update_expression' ? node.childForFieldName('argument')
        : node.childForFieldName('operator')?.type === '&' ? node.childForFieldName('argument') : null;
    if (target) wrote(variableOf(target), node);
  }
  const steady = (name: string) => declared.get(name) === 1 && !unsteady.has(name);
  /**
   * The name a write copies: as it is, or cast from an untyped pointer (`(PCONN)Context`). A cast between
   * two typed pointers is a view of other fields (`pSizeInfo = (PSIZE_INFO)pInfo`): `->F` through the
   * two names is not one storage, so it is no copy.
   */
  const copiedBy = (write: Node): string | undefined => {
    const left = write.type === 'assignment_expression' ? write.childForFieldName('left') : null;
    const value = write.type === 'init_declarator' ? write.childForFieldName('value')
      : left && write.childForFieldName('operator')?.type === '=' && unparenthesize(left).type === 'identifier' ? write.childForFieldName('right') : null;
    const source = value ? stripCasts(value) : undefined;
    if (source?.type !== 'identifier') return undefined;
    return unparenthesize(value as Node).type !== 'cast_expression' || untyped.has(source.text) ? source.text : undefined;
  };
  // A local declared once and written once, or declared in several blocks and each time initialised
  // with the same name (a copy per block), copies that name.
  const copied = new Map<string, string>();
  for (const [name, list] of writes) {
    const count = declared.get(name) ?? 0;
    if (params.has(name) || unsteady.has(name) || !(count === 1 ? list.length === 1 : count === list.length && list.every((write) => write.type === 'init_declarator'))) continue;
    const sources = new Set(list.map(copiedBy));
    const [source] = sources;
    if (sources.size === 1 && source !== undefined && source !== name) copied.set(name, source);
  }
  const body = definition.childForFieldName('body');
  const firstLabel = body?.descendantsOfType('labeled_statement')[0]?.startIndex ?? Infinity;
  const isSource = (name: string) => {
    if (!steady(name)) return false;
    const list = writes.get(name);
    if (params.has(name)) return list === undefined;
    // The initialiser of a declaration that is a statement of the body itself, before any label.
    const declaration = list?.length === 1 && list[0].type === 'init_declarator' ? list[0].parent : null;
    return declaration?.type === 'declaration' && declaration.parent?.id === body?.id && declaration.startIndex < firstLabel;
  };
  const copies = new Map<string, string>();
  for (const name of copied.keys()) {
    // Through copies of copies to the last source on the way (a parameter, when there is one), a cycle
    // (`a = b; b = a;`) ending the walk.
    const seen = new Set<string>([name]);
    let found: string | undefined;
    for (let source = copied.get(name); source !== undefined && !seen.has(source); source = copied.get(source)) {
      seen.add(source);
      if (isSource(source)) found = source;
    }
    if (found !== undefined) copies.set(name, found);
  }
  return copies;
});

/** A path with its root named by the source it copies: `ctx->Socket` → `Context->Socket`. */
export function throughCopies(path: string, copies: ReadonlyMap<string, string>): string {
  if (copies.size === 0) return path;
  const match = /^(\**)([A-Za-z_]\w*)/.exec(path);
  const source = match ? copies.get(match[2]) : undefined;
  return match && source !== undefined ? `${match[1]}${source}${path.slice(match[0].length)}` : path;
}

/** The variable a name stands for where it is written: its source when it is a copy, else itself. */
export function variableNamed(identifier: Node): string {
  return throughCopies(identifier.text, copiesAround(identifier));
}

/**
 * The copies of the function a node is in (none outside one). Asked for a call's arguments in every path
 * state that meets a helper's summary: the walk up to the function is made once per node.
 */
export const copiesAround: (node: Node) => ReadonlyMap<string, string> = perNode((node) => {
  const definition = enclosingFunction(node);
  return definition ? copiesIn(definition) : NONE;
});

const NONE: ReadonlyMap<string, string> = new Map();

/** `PVOID x`, `LPVOID x`, `void *x` (qualifiers aside): a pointer with no fields of its own (the WDK typedefs: types.ts). */
function isVoidPointer(spec: Node, declarator: Node): boolean {
  let stars = 0;
  for (let node: Node | null = declarator.type === 'init_declarator' ? declarator.childForFieldName('declarator') : declarator; node?.type === 'pointer_declarator'; node = node.childForFieldName('declarator')) stars++;
  const name = spec.text.replace(/\s+/g, ' ');
  const base = name === 'VOID' ? VOID : (builtinType(name) ?? primitiveType(name));
  const pointee = stars === 0 ? (base.kind === 'pointer' ? base.to : undefined) : stars === 1 ? base : undefined;
  return pointee?.kind === 'void';
}

/** The variable an assignment's target writes itself: `x`, `x.F`, `x[i]`; none for writes through it (`x->F`, `*x`). */
function variableOf(target: Node): string | undefined {
  let node: Node | null = unparenthesize(target);
  while (node) {
    if (node.type === 'identifier') return node.text;
    const inner: Node | null = (node.type === 'field_expression' && node.childForFieldName('operator')?.type === '.') || node.type === 'subscript_expression' ? node.childForFieldName('argument') : null;
    node = inner ? unparenthesize(inner) : null;
  }
  return undefined;
}
