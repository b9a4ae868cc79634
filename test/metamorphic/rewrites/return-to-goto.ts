// Turns an early `return e;` into `{ status = e; goto MmExit; }`, with `MmExit: return status;` put
// before the function's closing brace: the same value leaves at once. `status` is a local of the
// function's outer block declared with exactly the return type (it is dead after the goto), else a new
// local `mmResult` declared on the body's first line. A void function gets `goto MmExit;` and
// `MmExit: return;`. Only where the function's shape allows: its body ends in a return (a non-void
// function that may fall off its end would change), its return type is a plain name (and pointers),
// and the return is not inside a __finally (a goto may not leave one).
// A finding at the return may now be reported at the label's return: both lines are allowed.

import type { Node } from '../../../server/src/parse/treeSitter';
import type { FunctionSite, Program } from '../program';
import { lineOf } from '../program';
import type { RawSite } from '../sites';
import { keepingLines } from '../sites';
import { descendants, localsOf, statementsOf, within } from '../syntax';
import type { RewriteKind } from './kind';
import { cleanFunctions, codeFiles, freshName } from './kind';

export const returnToGoto: RewriteKind = {
  name: 'return-to-goto',
  sites(program: Program): RawSite[] {
    const sites: RawSite[] = [];
    const label = freshName(program, 'MmExit');
    for (const path of codeFiles(program)) {
      const text = program.text(path) ?? '';
      for (const fn of cleanFunctions(program, path)) {
        const shape = functionShape(program, path, fn);
        if (!shape) continue;
        const { body, returnType, closeBrace } = shape;
        const statements = statementsOf(body);
        const last = statements[statements.length - 1];
        const early = descendants(body, ['return_statement']).filter((r) => r.id !== last?.id && !descendants(body, ['seh_finally_clause']).some((clause) => within(r, clause)));
        if (early.length === 0) continue;
        const isVoid = returnType === undefined;
        const result = isVoid ? undefined : (reusableResult(program, path, fn, body, returnType, early) ?? freshName(program, 'mmResult'));
        const declare = !isVoid && !localsOf(fn.node).some((local) => local.name === result);
        const bodySpan = program.sourceSpan(path, body);
        if (!bodySpan || text[closeBrace] !== '}') continue;
        const closeLine = lineOf(text, closeBrace);
        const shared = [
          { file: path, start: closeBrace, end: closeBrace, text: `${label}: return${result ? ` ${result}` : ''}; `, shared: true },
          ...(declare ? [{ file: path, start: bodySpan.start + 1, end: bodySpan.start + 1, text: ` ${returnType} ${result};`, shared: true }] : []),
        ];
        for (const ret of early) {
          const span = program.sourceSpan(path, ret);
          const value = ret.namedChildren.find((child) => child !== null && child.type !== 'comment');
          const valueText = value ? program.sourceText(path, value) : '';
          if (!span || valueText === undefined || (isVoid !== !value)) continue;
          const original = text.slice(span.start, span.end);
          const replacement = isVoid || valueText === result ? `goto ${label};` : `{ ${result} = ${valueText}; goto ${label}; }`;
          const line = lineOf(text, span.start);
          const lastLine = lineOf(text, span.end);
          sites.push({
            file: path,
            line,
            description: `turn the return at line ${line} of ${fn.name} into a goto ${label}`,
            edits: [...shared, { file: path, start: span.start, end: span.end, text: keepingLines(replacement, original) }],
            creates: [],
            moves: [{ file: path, function: fn.name, from: line, to: lastLine, places: [{ file: path, function: fn.name, line }, { file: path, function: fn.name, line: closeLine }] }],
            cures: [],
          });
        }
      }
    }
    return sites;
  },
};

/** The body, the return type's text (undefined for void) and the source offset of the closing brace. */
function functionShape(program: Program, path: string, fn: FunctionSite): { body: Node; returnType: string | undefined; closeBrace: number } | undefined {
  const body = fn.node.childForFieldName('body');
  const type = fn.node.childForFieldName('type');
  const declarator = fn.node.childForFieldName('declarator');
  if (!body || !type || !declarator) return undefined;
  if (fn.node.namedChildren.some((child) => child?.type === 'type_qualifier')) return undefined;
  let stars = 0;
  let at: Node | null = declarator;
  while (at?.type === 'pointer_declarator') {
    if (at.namedChildren.some((child) => child?.type === 'type_qualifier')) return undefined;
    stars++;
    at = at.childForFieldName('declarator');
  }
  if (at?.type !== 'function_declarator') return undefined;
  const typeText = program.sourceText(path, type);
  const bodySpan = program.sourceSpan(path, body);
  if (!typeText || !bodySpan || !/^\w+$/.test(typeText)) return undefined;
  const isVoid = stars === 0 && (typeText === 'void' || typeText === 'VOID');
  const statements = statementsOf(body);
  const last = statements[statements.length - 1];
  // A non-void function must end in a return, else it may fall off its end.
  if (!isVoid && last?.type !== 'return_statement') return undefined;
  return { body, returnType: isVoid ? undefined : `${typeText}${stars > 0 ? ` ${'*'.repeat(stars)}` : ''}`, closeBrace: bodySpan.end - 1 };
}

/** A local of the outer block declared once, as a plain name of exactly the return type, before every early return. */
function reusableResult(program: Program, path: string, fn: FunctionSite, body: Node, returnType: string, early: readonly Node[]): string | undefined {
  const locals = localsOf(fn.node);
  for (const local of locals) {
    if (local.isParameter || local.declaration.parent?.id !== body.id || local.declarator.type !== 'identifier') continue;
    if (locals.filter((other) => other.name === local.name).length !== 1) continue;
    if (early.some((ret) => ret.startIndex < local.declaration.endIndex)) continue;
    const type = local.declaration.childForFieldName('type');
    if (type && program.sourceText(path, type) === returnType) return local.name;
  }
  return undefined;
}
