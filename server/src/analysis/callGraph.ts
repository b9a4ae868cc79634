// Who calls what, by name, across the workspace's functions, and what follows from it: the callers of a
// set of functions (transitively), and the functions whose text — or that of a function they call —
// names one of a set of routines (the cheap, textual test that decides which functions the program
// summarises). Calls through pointers are not here: only a callee written as a name.

import type { Node } from '../parse/treeSitter';
import type { ProgramFile } from './program';
import { definitionMatches } from './programMemory';
import { callExpressionsIn, functionName } from './syntax';

export interface Callee {
  readonly name: string;
  readonly count: number;
  readonly args: Node[];
  /** The call_expression. */
  readonly node: Node;
}

/** A function of the workspace by its name: the first definition of that name wins. */
export type Definitions = ReadonlyMap<string, { readonly file: ProgramFile; readonly definition: Node }>;

export class CallGraph {
  private forward: Map<string, Callee[]> | undefined;
  private reverse: Map<string, string[]> | undefined;
  /** For each pattern: the functions that match it, directly or through a function they call. */
  private readonly byPattern = new Map<RegExp, ReadonlySet<string>>();

  constructor(private readonly functions: Definitions) {}

  /** The calls each function makes by name (collected once; a file keeps its functions' lists while it does not change). */
  calls(): ReadonlyMap<string, readonly Callee[]> {
    return this.callsByName();
  }

  /** The functions a definition calls by name, with their arguments. */
  calleesOf(definition: Node): Callee[] {
    const name = functionName(definition);
    const known = name ? this.callsByName().get(name) : undefined;
    return known && this.functions.get(name as string)?.definition.id === definition.id ? known : calleesOf(definition);
  }

  /** These functions and their callers, transitively. */
  withCallers(names: Iterable<string>): Set<string> {
    const callers = this.callers();
    const found = new Set(names);
    const queue = [...found];
    while (queue.length > 0) {
      for (const caller of callers.get(queue.pop() as string) ?? []) {
        if (found.has(caller)) continue;
        found.add(caller);
        queue.push(caller);
      }
    }
    return found;
  }

  /** The functions whose text, or that of a function they call (transitively), matches `names` (no `g` flag). */
  mentioning(names: RegExp): ReadonlySet<string> {
    let set = this.byPattern.get(names);
    if (!set) {
      const matching: string[] = [];
      for (const [name, { file, definition }] of this.functions) if (definitionMatches(definition, file.view, names)) matching.push(name);
      set = this.withCallers(matching);
      this.byPattern.set(names, set);
    }
    return set;
  }

  private callsByName(): Map<string, Callee[]> {
    if (!this.forward) {
      this.forward = new Map();
      for (const [name, { file, definition }] of this.functions) {
        let callees = file.callees.get(definition.id);
        if (!callees) {
          callees = calleesOf(definition);
          file.callees.set(definition.id, callees);
        }
        this.forward.set(name, callees);
      }
    }
    return this.forward;
  }

  private callers(): Map<string, string[]> {
    if (this.reverse) return this.reverse;
    this.reverse = new Map();
    for (const [caller, callees] of this.callsByName()) {
      for (const callee of callees) {
        const list = this.reverse.get(callee.name);
        if (list) list.push(caller);
        else this.reverse.set(callee.name, [caller]);
      }
    }
    return this.reverse;
  }
}

/** The functions a definition calls by name, with their arguments. */
export function calleesOf(definition: Node): Callee[] {
  const result: Callee[] = [];
  for (const call of callExpressionsIn(definition)) {
    const fn = call.childForFieldName('function');
    if (!fn || fn.type !== 'identifier') continue;
    const args = call.childForFieldName('arguments')?.namedChildren.filter((a): a is Node => a !== null && a.type !== 'comment') ?? [];
    result.push({ name: fn.text, count: args.length, args, node: call });
  }
  return result;
}
