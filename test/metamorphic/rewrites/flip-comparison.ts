// Writes an equality test with a constant the other ways C drivers write it: the constant first
// (`STATUS_PENDING == status`, `NULL != irp`), and a test against NULL or 0 as a negation
// (`irp == NULL` → `!(irp)`, `irp != NULL` → `!!(irp)`). Each has the value of the test it replaces, an
// int 0 or 1, wherever it stands; the order of `==`'s operands is C's to choose anyway. Only tests on
// one line, outside macros' uses, with a constant side: NULL, an integer, or a capitalised name
// (STATUS_PENDING, FALSE, WskSetOption is left alone: a variable may be capitalised too, but swapping
// two operands keeps the meaning whatever they are).

import type { Node } from '../../../server/src/parse/treeSitter';
import type { Program } from '../program';
import { lineOf } from '../program';
import type { RawSite } from '../sites';
import { descendants } from '../syntax';
import type { RewriteKind } from './kind';
import { cleanFunctions, codeFiles } from './kind';

export const flipComparison: RewriteKind = {
  name: 'flip-comparison',
  sites(program: Program): RawSite[] {
    const sites: RawSite[] = [];
    for (const path of codeFiles(program)) {
      const text = program.text(path) ?? '';
      for (const fn of cleanFunctions(program, path)) {
        for (const test of descendants(fn.node, ['binary_expression'])) {
          const operator = test.childForFieldName('operator')?.type;
          const left = test.childForFieldName('left');
          const right = test.childForFieldName('right');
          if ((operator !== '==' && operator !== '!=') || !left || !right || !constant(right) || constant(left)) continue;
          const span = program.sourceSpan(path, test);
          if (!span || text.slice(span.start, span.end) !== test.text || test.text.includes('\n')) continue;
          const line = lineOf(text, span.start);
          const edit = (replacement: string, what: string) => sites.push({
            file: path,
            line,
            description: `write ${test.text} at line ${line} of ${fn.name} ${what}`,
            edits: [{ file: path, start: span.start, end: span.end, text: replacement }],
            creates: [],
            moves: [],
            cures: [],
          });
          edit(`${right.text} ${operator} ${left.text}`, 'with the constant first');
          if (isZero(right)) edit(`${operator === '==' ? '!' : '!!'}(${left.text})`, 'as a negation');
        }
      }
    }
    return sites;
  },
};

/** NULL, an integer literal, or a capitalised name (a constant or an enumerator as drivers name them). */
function constant(node: Node): boolean {
  return node.type === 'null' || node.type === 'number_literal' || (node.type === 'identifier' && /^[A-Z][A-Z0-9_]*$/.test(node.text));
}

function isZero(node: Node): boolean {
  return node.text === 'NULL' || node.text === '0';
}
