// Wraps statements of a block in a one-iteration loop, `do { … } while (0);`, or in
// `__try { … } __finally { }`: each statement alone, each two that follow each other, and the rest
// of the block after its declarations. Both run the statements once, as before, whatever they do:
// - no declaration among them (its name would go out of scope), no case label;
// - for the loop: no `break` or `continue` that leaves them (it would leave the new loop);
// - for __try: no `__leave` of an outer __try, and no label (a goto may not jump into a __try).
// The words go on the first and last lines of the statements: no line moves. Sites that start or end
// at the same place nest whatever their order, since every opening and every closing reads the same.

import type { Node } from '../../../server/src/parse/treeSitter';
import type { Program } from '../program';
import { lineOf } from '../program';
import type { RawSite } from '../sites';
import { descendants, hasEscapingBreak, hasEscapingLeave, statementsOf } from '../syntax';
import type { RewriteKind } from './kind';
import { blocksOf, cleanFunctions, codeFiles } from './kind';

const NEVER_WRAPPED = new Set(['declaration', 'case_statement']);

function wrapKind(name: string, open: string, close: string, allowed: (statement: Node) => boolean, shape: string): RewriteKind {
  const wrappable = (statement: Node) => !NEVER_WRAPPED.has(statement.type) && allowed(statement);
  return {
    name,
    sites(program: Program): RawSite[] {
      const sites: RawSite[] = [];
      for (const path of codeFiles(program)) {
        const text = program.text(path) ?? '';
        for (const fn of cleanFunctions(program, path)) {
          for (const block of blocksOf(fn)) {
            const statements = statementsOf(block);
            const runs: Node[][] = statements.flatMap((statement, i) => [[statement], ...(i + 1 < statements.length ? [[statement, statements[i + 1]]] : [])]);
            const rest = statements.slice(statements.findIndex((statement) => statement.type !== 'declaration'));
            if (rest.length > 2) runs.push(rest);
            for (const run of runs) {
              if (!run.every(wrappable)) continue;
              const first = program.sourceSpan(path, run[0]);
              const last = program.sourceSpan(path, run[run.length - 1]);
              if (!first || !last) continue;
              const line = lineOf(text, first.start);
              const what = run.length === 1 ? `the ${run[0].type.replace(/_statement$/, '')} statement at line ${line}` : `lines ${line}-${lineOf(text, last.end)}`;
              sites.push({
                file: path,
                line,
                description: `wrap ${what} of ${fn.name} in ${shape}`,
                edits: [{ file: path, start: first.start, end: first.start, text: open }, { file: path, start: last.end, end: last.end, text: close }],
                creates: [],
                moves: [],
                cures: [],
              });
            }
          }
        }
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
  (statement) => statement.type !== 'labeled_statement' && !hasEscapingLeave(statement) && descendants(statement, ['labeled_statement']).length === 0,
  '__try { } __finally { }',
);
