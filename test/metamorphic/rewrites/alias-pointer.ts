// Reaches a field through a copy of the pointer: one `P->F` of a function whose parameter P is never
// assigned becomes `mm_P_n->F`, with `T mm_P_n = P;` declared first in the body (T: P's declared type).
// The copy holds P's value for the whole call, so every read and write through it is one through P: the
// analysis must key what it knows by the storage, not by the name written. The words go on the body's
// first line and the use's: no line moves.

import type { Program } from '../program';
import { lineOf } from '../program';
import type { RawSite } from '../sites';
import { declaredType, descendants, localsOf, writes } from '../syntax';
import type { RewriteKind } from './kind';
import { freshName, functionBodies } from './kind';

export const aliasPointer: RewriteKind = {
  name: 'alias-pointer',
  sites(program: Program): RawSite[] {
    const sites: RawSite[] = [];
    for (const { path, text, fn, body, open } of functionBodies(program)) {
      if (open === undefined) continue;
      const locals = localsOf(fn.node);
      let n = 0;
      for (const use of descendants(body, ['field_expression'])) {
        const base = use.childForFieldName('argument');
        if (use.childForFieldName('operator')?.type !== '->' || base?.type !== 'identifier') continue;
        // A parameter declared once (no local hides it), of a plain pointer type, never written.
        const declared = locals.filter((local) => local.name === base.text);
        const parameter = declared.length === 1 && declared[0].isParameter ? declared[0] : undefined;
        const type = parameter && declaredType(parameter.declaration, parameter.declarator);
        const span = program.sourceSpan(path, base);
        if (!parameter || !type || !span || text.slice(span.start, span.end) !== base.text || writes(body, base.text)) continue;
        const alias = freshName(program, `mm_${base.text}_${++n}`);
        const line = lineOf(text, span.start);
        sites.push({
          file: path,
          line,
          description: `reach ${use.text.replace(/\s+/g, ' ').slice(0, 40)} at line ${line} of ${fn.name} through a copy of ${base.text} (${alias})`,
          edits: [
            { file: path, start: open + 1, end: open + 1, text: ` ${type} ${alias} = ${base.text};` },
            { file: path, start: span.start, end: span.end, text: alias },
          ],
          creates: [],
          moves: [],
          cures: [],
        });
      }
    }
    return sites;
  },
};
