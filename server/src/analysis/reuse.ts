// An edit inside one function, answered without checking every function of the file again. The server
// analyses the edited document on each keystroke; in a large file nearly every function is unchanged
// and depends on nothing that changed, so what the last analysis found in it still stands, its offsets
// moved by the edit. This module holds the pure part: the edit between two texts, which functions it
// may affect, and moving the kept findings.
//
// What a function's findings depend on, besides its own text: the summaries of what it calls, the
// roles of the routines it sets or is set as (computed from the functions naming the routine and their
// callers), whether it is relevant to WSK (its callers and callees), the macros and types of the file,
// and workspace-wide facts (the descriptor fields released anywhere, the helpers a descriptor fix can
// call, whether a file names a function). So an edit is answered this way only when it leaves all of
// them alone for every function but those connected to the edited one by naming (in either direction,
// transitively, in the text the analysis reads: macros expanded): no line added or removed (messages
// quote line numbers), no preprocessor line touched, the same functions at the same places, the same
// names mentioned by the edited function (nor through a macro whose body names a function), nothing of
// the connected functions named in or naming another file, and no descriptor control code among them.
// Everything else is analysed whole, as before. A test (test/analysis/reuse.test.ts) compares both
// ways after random edits.

import type { Position } from '../parse/lines';
import { commonPrefix, commonSuffix } from '../parse/lines';
import type { Finding, Location, SkippedFunction } from './findings';

/** One function of an analysed file, as an analysis found it. */
export interface FunctionRun {
  /** Its source span in the text of that analysis. */
  readonly start: number;
  readonly end: number;
  /** What its WSK calls and its own checks reported (before suppressions and superseding). */
  readonly findings: readonly Finding[];
  /** Not fully analysed. */
  readonly skipped: readonly SkippedFunction[];
  /**
   * What its text names, once an edit asked: the functions of the file, and whether any function of
   * another file (its text and those names do not change while the run stands).
   */
  readonly names?: { readonly here: ReadonlySet<string>; readonly outside: boolean };
}

/** The last analysis of a file, function by function. */
export interface FileRun {
  readonly text: string;
  /** The rules and configuration it ran with. */
  readonly key: string;
  readonly functions: ReadonlyMap<string, FunctionRun>;
}

/** Where two texts differ: `[start, oldEnd)` of the old one became `[start, newEnd)` of the new one. */
export interface TextChange {
  readonly start: number;
  readonly oldEnd: number;
  readonly newEnd: number;
  /** The 0-based line of the change (the same in both: no line is added or removed). */
  readonly line: number;
}

/**
 * The change between two texts when it stays within one line that is not a preprocessor line (nor
 * continues one); undefined otherwise.
 */
export function lineChange(before: string, after: string): TextChange | undefined {
  const start = commonPrefix(before, after);
  const suffix = commonSuffix(before, after, Math.min(before.length, after.length) - start);
  const oldEnd = before.length - suffix;
  const newEnd = after.length - suffix;
  if (/[\r\n\\]/.test(before.slice(start, oldEnd)) || /[\r\n\\]/.test(after.slice(start, newEnd))) return undefined;
  for (const text of [before, after]) {
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    const lineEnd = text.indexOf('\n', start);
    const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
    const previous = text.slice(text.lastIndexOf('\n', lineStart - 2) + 1, Math.max(0, lineStart - 1));
    if (/^\s*#/.test(line) || /\\\r?$/.test(line) || (lineStart > 0 && /\\\r?$/.test(previous))) return undefined;
  }
  let line = 0;
  for (let i = before.indexOf('\n'); i >= 0 && i < start; i = before.indexOf('\n', i + 1)) line++;
  return { start, oldEnd, newEnd, line };
}

const IDENTIFIER = /[A-Za-z_]\w*/g;
const CALL_LIKE = /\b([A-Za-z_]\w*)\s*\(/g;

/** The identifiers of a text. */
export function identifiersIn(text: string): Set<string> {
  return new Set(text.match(IDENTIFIER) ?? []);
}

/** The names a text writes as calls (`Name (`): what `isNamedIn` looks for. */
export function callLikeNames(text: string): string {
  return [...new Set([...text.matchAll(CALL_LIKE)].map((match) => match[1]))].sort().join(' ');
}

/** The functions connected to `from` by naming, in either direction, transitively. */
export function connected(from: string, names: ReadonlyMap<string, ReadonlySet<string>>): Set<string> {
  const namedBy = new Map<string, string[]>();
  for (const [name, named] of names) {
    for (const other of named) {
      const list = namedBy.get(other);
      if (list) list.push(name);
      else namedBy.set(other, [name]);
    }
  }
  const found = new Set([from]);
  const queue = [from];
  while (queue.length > 0) {
    const name = queue.pop() as string;
    for (const next of [...(names.get(name) ?? []), ...(namedBy.get(name) ?? [])]) {
      if (found.has(next)) continue;
      found.add(next);
      queue.push(next);
    }
  }
  return found;
}

/** Moves what was found in the old text of `file` to where it is in the new one. */
export class Mover {
  private readonly delta: number;

  constructor(private readonly file: string, private readonly change: TextChange) {
    this.delta = change.newEnd - change.oldEnd;
  }

  finding(finding: Finding): Finding {
    return {
      ...finding,
      ...this.location(finding),
      related: finding.related.map((related) => ({ ...related, ...this.location(related) })),
      fixes: finding.fixes.map((fix) => ({ ...fix, edits: fix.edits.map((edit) => ({ ...edit, ...this.location(edit) })) })),
    };
  }

  skipped(skipped: SkippedFunction): SkippedFunction {
    return { ...skipped, ...this.location(skipped) };
  }

  private location(location: Location): Location {
    if (location.file !== this.file || this.delta === 0) return location;
    return {
      file: location.file,
      span: { start: this.offset(location.span.start), end: this.offset(location.span.end) },
      start: this.position(location.start, location.span.start),
      end: this.position(location.end, location.span.end),
    };
  }

  private offset(offset: number): number {
    return offset >= this.change.oldEnd ? offset + this.delta : offset;
  }

  private position(position: Position, offset: number): Position {
    return position.line === this.change.line && offset >= this.change.oldEnd ? { line: position.line, character: position.character + this.delta } : position;
  }
}
