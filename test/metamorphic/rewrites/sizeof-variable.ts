// Measures a variable instead of its type, and the other way round: `sizeof(T)` becomes `sizeof(v)` where
// the function declares a local or parameter v of type T (declared once, before, no array), and
// `sizeof(v)` or `sizeof v` becomes `sizeof(T)`, as drivers write both. The size is the same: the analysis
// must know a variable's size from its declaration wherever it reads a size.

import type { Program } from '../program';
import { lineOf } from '../program';
import type { RawSite } from '../sites';
import { declaredType, descendants, localsOf } from '../syntax';
import type { RewriteKind } from './kind';
import { functionBodies } from './kind';

export const sizeofVariable: RewriteKind = {
  name: 'sizeof-variable',
  sites(program: Program): RawSite[] {
    const sites: RawSite[] = [];
    for (const { path, text, fn, body } of functionBodies(program)) {
      const locals = localsOf(fn.node);
      for (const measure of descendants(body, ['sizeof_expression'])) {
        const operand = measure.namedChildren.find((child) => child !== null && child.type !== 'comment' && child.type !== 'sizeof');
        const inner = operand?.type === 'parenthesized_expression' || operand?.type === 'type_descriptor' ? operand : undefined;
        const typeText = inner ? inner.text.replace(/^\(|\)$/g, '').replace(/\s+/g, ' ').trim() : undefined;
        const span = inner ? program.sourceSpan(path, inner) : undefined;
        if (!typeText || !span || !/^\(/.test(text.slice(span.start, span.end))) continue;
        // The one variable of that type declared once before the measure.
        const candidates = locals.filter((local) => local.identifier.startIndex < measure.startIndex && declaredType(local.declaration, local.declarator) === typeText
          && locals.filter((other) => other.name === local.name).length === 1);
        const variable = candidates[0];
        if (!variable || variable.name === typeText) continue;
        const line = lineOf(text, span.start);
        sites.push({
          file: path,
          line,
          description: `measure ${variable.name} instead of ${typeText} at line ${line} of ${fn.name}`,
          edits: [{ file: path, start: span.start, end: span.end, text: `(${variable.name})` }],
          creates: [],
          moves: [],
          cures: [],
        });
      }
    }
    return sites;
  },
};

export const sizeofType: RewriteKind = {
  name: 'sizeof-type',
  sites(program: Program): RawSite[] {
    const sites: RawSite[] = [];
    for (const { path, text, fn, body } of functionBodies(program)) {
      const locals = localsOf(fn.node);
      for (const measure of descendants(body, ['sizeof_expression'])) {
        const operand = measure.namedChildren.find((child) => child !== null && child.type !== 'comment' && child.type !== 'sizeof');
        const name = operand?.type === 'parenthesized_expression' ? operand.namedChildren.find((child) => child !== null && child.type !== 'comment') : operand;
        if (!operand || name?.type !== 'identifier') continue;
        const declared = locals.filter((local) => local.name === name.text);
        const variable = declared.length === 1 && declared[0].identifier.startIndex < measure.startIndex ? declared[0] : undefined;
        const type = variable && declaredType(variable.declaration, variable.declarator);
        const span = program.sourceSpan(path, operand);
        if (!type || !span || text.slice(span.start, span.end).replace(/[()\s]/g, '') !== name.text) continue;
        const line = lineOf(text, span.start);
        sites.push({
          file: path,
          line,
          description: `measure ${type} instead of ${name.text} at line ${line} of ${fn.name}`,
          edits: [{ file: path, start: span.start, end: span.end, text: `(${type})` }],
          creates: [],
          moves: [],
          cures: [],
        });
      }
    }
    return sites;
  },
};
