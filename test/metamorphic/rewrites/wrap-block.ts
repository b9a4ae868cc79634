// Wraps a statement of a block in a one-iteration loop, `do { … } while (0);`, or in
// `__try { … } __finally { }`. Both run the statement once, as before, whatever it does:
// - not a declaration (its name would go out of scope), a case label or a labelled statement;
// - for the loop: no `break` or `continue` that leaves the statement (it would leave the new loop);
// - for __try: no `__leave` of an outer __try, and no label inside (a goto may not jump into a __try).
// The words go on the statement's own first and last lines: no line moves.

import type { Node } from '../../../server/src/parse/treeSitter';
import type { Program } from '../program';
import { lineOf } from '../program';
import type { RawSite } from '../sites';
import { descendants, hasEscapingBreak, hasEscapingLeave } from '../syntax';
import type { RewriteKind } from './kind';
import { blockStatements } from './kind';

const NEVER_WRAPPED = new Set(['declaration', 'labeled_statement', 'case_statement']);

function wrapKind(name: string, open: string, close: string, allowed: (statement: Node) => boolean, shape: string): RewriteKind {
  return {
    name,
    sites(program: Program): RawSite[] {
      const sites: RawSite[] = [];
      for (const { path, text, fn, statement } of blockStatements(program)) {
        if (NEVER_WRAPPED.has(statement.type) || !allowed(statement)) continue;
        const span = program.sourceSpan(path, statement);
        if (!span) continue;
        const line = lineOf(text, span.start);
        sites.push({
          file: path,
          line,
          description: `wrap the ${statement.type.replace(/_statement$/, '')} statement at line ${line} of ${fn.name} in ${shape}`,
          edits: [{ file: path, start: span.start, end: span.start, text: open }, { file: path, start: span.end, end: span.end, text: close }],
          creates: [],
          moves: [],
          cures: [],
        });
      }
      return sites;
    },
  };
}

export const wrapDoWhile = wrapKind('wrap-do-while', 'do { ', ' } while (0);', (statement) => !hasEscapingBreak(statement), 'do { } while (0)');

export const wrapTryFinally = wrapKind(
  'wrap-try-finally',
  '__try { ',
  ' } __finally { }',
  (statement) => !hasEscapingLeave(statement) && descendants(statement, ['labeled_statement']).length === 0,
  '__try { } __finally { }',
);
