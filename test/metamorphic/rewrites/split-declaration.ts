// Splits a local declaration from its initialisation: `T x = e;` becomes `T x; x = e;` (and
// `T a = 1, *b = &a;` becomes `T a, *b; a = 1; b = &a;`), the same values stored in the same order.
// Only declarations that stand as statements of a block, of plain names or pointers (an array or a
// brace initializer cannot be assigned), not static (initialised once), not const (not assignable).
// The assignments follow on the declaration's last line, each value with its own line breaks.

import type { Program } from '../program';
import { lineOf } from '../program';
import type { RawSite } from '../sites';
import { keepingLines, lineBreaks } from '../sites';
import { hasSpecifier, isSimpleDeclarator } from '../syntax';
import { declaratorName, declaratorsOf } from '../../../server/src/analysis/syntax';
import type { RewriteKind } from './kind';
import { blockStatements } from './kind';

const KEEP_TOGETHER = new Set(['static', 'extern', 'register', 'const', 'volatile', 'thread_local', '_Thread_local', '__thread']);

export const splitDeclaration: RewriteKind = {
  name: 'split-declaration',
  sites(program: Program): RawSite[] {
    const sites: RawSite[] = [];
    for (const { path, text, fn, statement: declaration } of blockStatements(program)) {
      if (declaration.type !== 'declaration' || hasSpecifier(declaration, KEEP_TOGETHER)) continue;
      const declarators = declaratorsOf(declaration);
      const initialised = declarators.filter((d) => d.type === 'init_declarator');
      if (initialised.length === 0 || !declarators.every(isSimpleDeclarator)) continue;
      const span = program.sourceSpan(path, declaration);
      if (!span) continue;
      // `x = e` → `x` inside the declaration's text; the assignments follow it.
      const removals: { start: number; end: number }[] = [];
      const assignments: string[] = [];
      for (const init of initialised) {
        const target = init.childForFieldName('declarator');
        const value = init.childForFieldName('value');
        const name = declaratorName(init)?.text;
        const targetSpan = target && program.sourceSpan(path, target);
        const initSpan = program.sourceSpan(path, init);
        const valueText = value && value.type !== 'initializer_list' ? program.sourceText(path, value) : undefined;
        if (!name || !targetSpan || !initSpan || valueText === undefined) break;
        removals.push({ start: targetSpan.end - span.start, end: initSpan.end - span.start });
        assignments.push(`${name} = ${valueText};`);
      }
      if (assignments.length !== initialised.length || text[span.end - 1] !== ';') continue;
      const original = text.slice(span.start, span.end);
      let declared = original;
      for (const removal of [...removals].reverse()) declared = declared.slice(0, removal.start) + declared.slice(removal.end);
      const replacement = `${declared} ${assignments.join(' ')}`;
      if (lineBreaks(replacement) > lineBreaks(original)) continue;
      const line = lineOf(text, span.start);
      sites.push({
        file: path,
        line,
        description: `split the declaration at line ${line} of ${fn.name} from its initialisation`,
        edits: [{ file: path, start: span.start, end: span.end, text: keepingLines(replacement, original) }],
        creates: [],
        // The values keep their order and their line breaks: a finding in one stays on its line,
        // unless a declarator spanned lines.
        moves: lineBreaks(original) === 0 ? [] : [{ file: path, function: fn.name, from: line, to: line + lineBreaks(original), places: range(line, line + lineBreaks(original)).map((l) => ({ file: path, function: fn.name, line: l })) }],
        cures: [],
      });
    }
    return sites;
  },
};

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
