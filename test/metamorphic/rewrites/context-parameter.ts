// Takes a parameter as an untyped context, as callbacks and work items do: `F(PCONN Conn, …)` becomes
// `F(PVOID mm_Conn_ctx, …)` with `PCONN Conn = (PCONN)mm_Conn_ctx;` first in the body. Callers pass the
// same pointer (converted to PVOID and back), the body reads the same name: the analysis must follow
// the context through the cast copy. Only a pointer parameter of a plain type that the function never
// writes, in a function no file declares apart from its definition (a prototype would conflict). The
// words go on the parameter's and the body's first lines: no line moves.

import type { Program } from '../program';
import { lineOf } from '../program';
import type { RawSite } from '../sites';
import { declaredType, localsOf, writes } from '../syntax';
import type { RewriteKind } from './kind';
import { freshName, functionBodies } from './kind';

export const contextParameter: RewriteKind = {
  name: 'context-parameter',
  sites(program: Program): RawSite[] {
    const sites: RawSite[] = [];
    for (const { path, text, fn, body, open } of functionBodies(program)) {
      if (open === undefined || declaredElsewhere(program, fn.name)) continue;
      const locals = localsOf(fn.node);
      for (const parameter of locals.filter((local) => local.isParameter)) {
        const type = declaredType(parameter.declaration, parameter.declarator);
        const span = program.sourceSpan(path, parameter.declaration);
        if (!type || !type.includes('*') && !/^P[A-Z]/.test(type) || /^(?:P|LP)?VOID\b|^void\b/.test(type) || !span || locals.filter((local) => local.name === parameter.name).length !== 1 || writes(body, parameter.name)) continue;
        const context = freshName(program, `mm_${parameter.name}_ctx`);
        const line = lineOf(text, span.start);
        sites.push({
          file: path,
          line,
          description: `take ${parameter.name} of ${fn.name} as an untyped context (${context})`,
          edits: [
            { file: path, start: span.start, end: span.end, text: `PVOID ${context}` },
            { file: path, start: open + 1, end: open + 1, text: ` ${type} ${parameter.name} = (${type})${context};` },
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

/**
 * Whether some file declares the function apart from its definition: a prototype, type words (on its
 * line or the lines before) then `F(…);`; a call has none before it, or `=` or `return` (a call after
 * `else` counts too: the site is left, which is the safe side).
 */
function declaredElsewhere(program: Program, name: string): boolean {
  const prototype = new RegExp(`^[ \\t]*(?!return\\b)(?:[A-Za-z_]\\w*[\\s*]+)+${name}[ \\t]*\\([^;{}]*\\)[ \\t]*;`, 'm');
  return program.files.some((file) => prototype.test(file.text));
}
