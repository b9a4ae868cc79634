// What outlives a Program across an edit inside one function (see Workspace.programView): the memory
// the next program may take over from it, and what a definition's text says, kept for as long as the
// definition is the same node.

import type { Node } from '../parse/treeSitter';
import type { WskCall } from './calls';
import type { Forward } from './forwarding';
import type { ProgramFile } from './program';
import type { ValueReader } from './values';

/** What a program found that the next one may take over (see Program.memory). */
export interface ProgramMemory {
  readonly files: readonly ProgramFile[];
  readonly functions: ReadonlyMap<string, { readonly file: ProgramFile; readonly definition: Node }>;
  readonly forwards: ReadonlyMap<string, readonly Forward[] | null>;
  readonly forwardsCut: ReadonlySet<string>;
  readonly relevant: ReadonlySet<string>;
}

/**
 * The memory of the program of the generation before, and how the one change since reads: an edit
 * inside the body of one function of `file` (its head and every other top-level node of every file the
 * same nodes as before: see Workspace.programView). Types, macros and declarations are then those of
 * the program before; the file's WSK calls and values were read again (its calls as new objects for
 * the edited function only: see Workspace.keptCalls).
 */
export interface Inherited {
  readonly memory: ProgramMemory;
  readonly file: string;
  readonly values: { readonly before: ValueReader; readonly now: ValueReader };
  readonly calls: readonly WskCall[];
}

/**
 * Whether a definition's text matches a pattern, remembered for as long as the definition is the same
 * node: a node an edit leaves alone moves to the next tree with the same text (see parse/syntaxTree.ts),
 * so each program after an edit reads only the edited function's text again. `names` has no `g` flag.
 */
export function definitionMatches(definition: Node, view: string, names: RegExp): boolean {
  let known = matchesByDefinition.get(definition);
  if (!known) {
    known = new Map();
    matchesByDefinition.set(definition, known);
  }
  let matches = known.get(names);
  if (matches === undefined) {
    matches = names.test(view.slice(definition.startIndex, definition.endIndex));
    known.set(names, matches);
  }
  return matches;
}

const matchesByDefinition = new WeakMap<Node, Map<RegExp, boolean>>();
