// Two rewrites of a call's whole-name argument. alias-argument passes a copy instead of a variable: a
// statement whose call takes a local or a parameter `x` as a whole argument, `status = f(a, x);`, becomes
// `{ T mm_x_alias = x; status = f(a, mm_x_alias); }`, T being x's declared type. The call gets the same value; the copy dies with the block. The analysis must
// follow the value, not the name. Only where x is a plain name or pointer (no array: its copy would be
// a pointer), declared without qualifiers or storage class, and the statement neither writes x nor
// takes its address; the statement is a call, an assignment of one, or a return of one. The words go on
// the statement's first and last lines: no line moves.

import type { Node } from '../../../server/src/parse/treeSitter';
import type { Program } from '../program';
import { lineOf } from '../program';
import type { RawSite } from '../sites';
import { calledBy, declaredType, descendants, localsOf, writes } from '../syntax';
import type { RewriteKind } from './kind';
import { blockStatements, freshName, functionBodies } from './kind';

export const aliasArgument: RewriteKind = {
  name: 'alias-argument',
  sites(program: Program): RawSite[] {
    const sites: RawSite[] = [];
    for (const { path, text, fn, statement } of blockStatements(program)) {
      const call = calledBy(statement);
      const args = call?.childForFieldName('arguments')?.namedChildren.filter((arg): arg is Node => arg !== null && arg.type !== 'comment') ?? [];
      if (!call || args.length === 0) continue;
      const span = program.sourceSpan(path, statement);
      if (!span || !text.slice(span.start, span.end).endsWith(';')) continue;
      const locals = localsOf(fn.node);
      for (const arg of args) {
        if (arg.type !== 'identifier') continue;
        // Declared once in the function: which of two declarations is in scope is not this rewrite's to find out.
        const declared = locals.filter((candidate) => candidate.name === arg.text);
        const local = declared.length === 1 && declared[0].identifier.startIndex < arg.startIndex ? declared[0] : undefined;
        const type = local && declaredType(local.declaration, local.declarator);
        const argSpan = program.sourceSpan(path, arg);
        if (!local || !type || !argSpan || text.slice(argSpan.start, argSpan.end) !== arg.text || writes(statement, arg.text)) continue;
        const alias = freshName(program, `mm_${arg.text}_alias`);
        const line = lineOf(text, span.start);
        sites.push({
          file: path,
          line,
          description: `pass a copy of ${arg.text} (${alias}) to the call at line ${line} of ${fn.name}`,
          edits: [
            { file: path, start: span.start, end: span.start, text: `{ ${type} ${alias} = ${arg.text}; ` },
            { file: path, start: argSpan.start, end: argSpan.end, text: alias },
            { file: path, start: span.end, end: span.end, text: ' }' },
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
 * Casts an argument to its own type: `f(a, x)` → `f(a, ((T)x))`, T being x's declared type, wherever a
 * call takes a local or a parameter as a whole argument. The call gets the same value: the analysis
 * must see through casts and parentheses wherever it reads an argument.
 */
export const castArgument: RewriteKind = {
  name: 'cast-argument',
  sites(program: Program): RawSite[] {
    const sites: RawSite[] = [];
    for (const { path, text, fn, body } of functionBodies(program)) {
      const locals = localsOf(fn.node);
      for (const call of descendants(body, ['call_expression'])) {
        for (const arg of call.childForFieldName('arguments')?.namedChildren ?? []) {
          if (arg?.type !== 'identifier') continue;
          const declared = locals.filter((candidate) => candidate.name === arg.text);
          const local = declared.length === 1 && declared[0].identifier.startIndex < arg.startIndex ? declared[0] : undefined;
          const type = local && declaredType(local.declaration, local.declarator);
          const argSpan = program.sourceSpan(path, arg);
          if (!type || !argSpan || text.slice(argSpan.start, argSpan.end) !== arg.text) continue;
          const line = lineOf(text, argSpan.start);
          sites.push({
            file: path,
            line,
            description: `cast ${arg.text} to ${type} in the call at line ${line} of ${fn.name}`,
            edits: [{ file: path, start: argSpan.start, end: argSpan.end, text: `((${type})${arg.text})` }],
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
