// Which functions of a file an edit inside one of them may affect (reuse.ts says when an edit is
// answered function by function, and moves what is kept), and which definition an edit re-parsed when
// every other top-level node of the tree is the same node as before.

import type { Node } from '../parse/treeSitter';
import type { MacroEnv } from '../parse/macros';
import { ACCEPT_EVENT_CALLBACK, LISTEN_DISPATCH_TYPE } from '../wsk/api';
import { DESCRIPTOR_CODES } from './program';
import type { Program } from './program';
import { callLikeNames, connected, identifiersIn, lineChange } from './reuse';
import type { FileRun, TextChange } from './reuse';
import { functionSpans } from './runner';
import type { FunctionSpan } from './runner';
import type { FileAnalysis } from './workspace';

/**
 * When the only change since the file's last analysis is an edit inside one function that leaves
 * the rest alone (see reuse.ts): the definitions to analyse again (that function and those connected
 * to it by naming), with what the last analysis found in the others and how to move it.
 */
export function editScope(run: FileRun | undefined, key: string, text: string, analysis: FileAnalysis, program: Program, env: MacroEnv | undefined): Reuse | undefined {
  if (!run || run.key !== key) return undefined;
  const change = lineChange(run.text, text);
  const functions = change && functionSpans(analysis);
  if (!change || !functions || functions.length !== run.functions.size) return undefined;
  const delta = change.newEnd - change.oldEnd;
  let edited: FunctionSpan | undefined;
  for (const fn of functions) {
    let before: { start: number; end: number };
    if (fn.end <= change.start) before = fn;
    else if (fn.start >= change.newEnd) before = { start: fn.start - delta, end: fn.end - delta };
    else if (!edited && fn.start <= change.start && fn.end >= change.newEnd) {
      edited = fn;
      before = { start: fn.start, end: fn.end - delta };
    } else return undefined;
    const known = run.functions.get(fn.name);
    if (!known || known.start !== before.start || known.end !== before.end) return undefined;
  }
  if (!edited) return undefined;
  const oldText = run.text.slice(edited.start, edited.end - delta);
  const newText = text.slice(edited.start, edited.end);
  if (callLikeNames(oldText) !== callLikeNames(newText) || ACCEPT_REGISTRATION.test(oldText) || ACCEPT_REGISTRATION.test(newText)) return undefined;
  const here = new Set(functions.map((fn) => fn.name));
  const isFunction = (name: string) => here.has(name) || program.definitionOf(name) !== undefined || program.isSummarised(name);
  const namedFunctions = (text: string) => [...identifiersIn(text)].filter(isFunction).sort().join(' ');
  if (namedFunctions(oldText) !== namedFunctions(newText)) return undefined;
  // Nor through a macro (its text as written would not show it).
  const macros = new Set(env?.names() ?? []);
  const namesThroughMacro = (text: string) => [...identifiersIn(text)].some((name) => macros.has(name)
    && [...identifiersIn(env?.lookup(name, edited.start)?.body ?? '')].some((inner) => macros.has(inner) || isFunction(inner)));
  if (namesThroughMacro(oldText) || namesThroughMacro(newText)) return undefined;
  // What each function names, as the analysis reads it (macros expanded).
  const viewOf = (fn: FunctionSpan) => analysis.view.slice(fn.definition.startIndex, fn.definition.endIndex);
  const names = new Map<string, { here: ReadonlySet<string>; outside: boolean }>();
  for (const fn of functions) {
    const known = fn === edited ? undefined : run.functions.get(fn.name)?.names;
    if (known) {
      names.set(fn.name, known);
      continue;
    }
    const identifiers = [...identifiersIn(viewOf(fn))];
    names.set(fn.name, { here: new Set(identifiers.filter((name) => here.has(name))), outside: identifiers.some((name) => !here.has(name) && isFunction(name)) });
  }
  const group = connected(edited.name, new Map([...names].map(([name, named]) => [name, named.here])));
  for (const fn of functions) {
    if (group.has(fn.name) && (names.get(fn.name)?.outside || DESCRIPTOR_CODES.test(viewOf(fn)))) return undefined;
  }
  // A function of another file naming one of them could tie them to the others.
  const named = new RegExp(`\\b(?:${[...group].join('|')})\\b`);
  for (const file of program.files) {
    if (file.path === analysis.path || !named.test(file.view)) continue;
    for (const definition of file.declarations.functions.values()) if (named.test(file.view.slice(definition.startIndex, definition.endIndex))) return undefined;
  }
  const dirty = new Set(functions.filter((fn) => group.has(fn.name)).map((fn) => fn.definition.id));
  return { dirty, change, run, functions, names };
}

/** An edit answered function by function. */
export interface Reuse {
  readonly dirty: ReadonlySet<number>;
  readonly change: TextChange;
  readonly run: FileRun;
  readonly functions: readonly FunctionSpan[];
  /** What each function names (see FunctionRun.names). */
  readonly names: ReadonlyMap<string, { readonly here: ReadonlySet<string>; readonly outside: boolean }>;
}

/** Registering an accept callback gives it facts at entry: an edit near one is analysed whole. */
const ACCEPT_REGISTRATION = new RegExp(`\\b(?:${ACCEPT_EVENT_CALLBACK.name}|${LISTEN_DISPATCH_TYPE})\\b`);

/**
 * The function definition of a tree when it differs from the tree before only inside the body of that
 * function: every other top-level node is the same node (an edit leaves the nodes outside it to the new
 * tree: see parse/syntaxTree.ts), and the definition reads the same up to its body.
 */
export function editedDefinition(before: Node, now: Node): Node | undefined {
  const old = new Set(before.children);
  const kept = new Set(now.children);
  const added = now.children.filter((node) => !old.has(node));
  const removed = before.children.filter((node) => !kept.has(node));
  if (added.length !== 1 || removed.length !== 1) return undefined;
  const head = (definition: Node) => {
    const body = definition.type === 'function_definition' ? definition.childForFieldName('body') : null;
    return body && body.endIndex === definition.endIndex ? definition.text.slice(0, body.startIndex - definition.startIndex) : undefined;
  };
  const headNow = head(added[0]);
  return headNow !== undefined && headNow === head(removed[0]) ? added[0] : undefined;
}
