// Turns an `if` without `else` inside out: `if (C) A` becomes `if (!(C)) { } else A`. The same code
// runs on the same paths; the analysis must read a negated test (of a call's status, a NULL test, a
// compound `a && b`) as it reads the test itself. The words go on the condition's line: no line moves.
// Left alone: an `if` with an `else` (its branches would swap lines), and a condition inside a
// macro's use.

import type { Program } from '../program';
import { lineOf } from '../program';
import type { RawSite } from '../sites';
import { descendants } from '../syntax';
import type { RewriteKind } from './kind';
import { cleanFunctions, codeFiles } from './kind';

export const negateCondition: RewriteKind = {
  name: 'negate-condition',
  sites(program: Program): RawSite[] {
    const sites: RawSite[] = [];
    for (const path of codeFiles(program)) {
      const text = program.text(path) ?? '';
      for (const fn of cleanFunctions(program, path)) {
        for (const statement of descendants(fn.node, ['if_statement'])) {
          const condition = statement.childForFieldName('condition');
          if (!condition || condition.type !== 'parenthesized_expression' || statement.childForFieldName('alternative')) continue;
          const span = program.sourceSpan(path, condition);
          const written = span && text.slice(span.start, span.end);
          if (!span || !written || written !== condition.text || !written.startsWith('(') || !written.endsWith(')')) continue;
          const line = lineOf(text, span.start);
          sites.push({
            file: path,
            line,
            description: `negate the condition of the if at line ${line} of ${fn.name}, its body under an else`,
            edits: [{ file: path, start: span.start, end: span.start + 1, text: '(!(' }, { file: path, start: span.end, end: span.end, text: ') { } else' }],
            creates: [],
            moves: [],
            cures: [],
          });
        }
      }
    }
    return sites;
  },
};
