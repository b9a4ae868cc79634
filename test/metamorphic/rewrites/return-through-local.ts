// Returns a call's value through a local: `return f(…);` becomes `{ T mm_result = f(…); return mm_result; }`,
// T being the function's return type (the value is converted to it either way). The analysis must
// follow the returned value, not the shape of the return statement. The words go on the statement's
// first and last lines: no line moves.

import type { Program } from '../program';
import { lineOf } from '../program';
import type { RawSite } from '../sites';
import { calledBy } from '../syntax';
import type { RewriteKind } from './kind';
import { blockStatements, freshName } from './kind';

export const returnThroughLocal: RewriteKind = {
  name: 'return-through-local',
  sites(program: Program): RawSite[] {
    const sites: RawSite[] = [];
    for (const { path, text, fn, statement } of blockStatements(program)) {
      if (statement.type !== 'return_statement') continue;
      const call = calledBy(statement);
      const type = fn.node.childForFieldName('type');
      const declarator = fn.node.childForFieldName('declarator');
      const span = program.sourceSpan(path, statement);
      const callSpan = call ? program.sourceSpan(path, call) : undefined;
      // A plain return type (`NTSTATUS`, `PIRP` written as a name): not a pointer declarator, not a qualified or storage-classed one.
      if (!call || !type || declarator?.type !== 'function_declarator' || !/^[A-Za-z_]\w*$/.test(type.text) || type.text === 'void' || type.text === 'VOID' || !span || !callSpan) continue;
      if (fn.node.namedChildren.some((child) => child !== null && (child.type === 'type_qualifier' || child.type === 'storage_class_specifier') && child.text !== 'static')) continue;
      const local = freshName(program, 'mm_result');
      const line = lineOf(text, span.start);
      sites.push({
        file: path,
        line,
        description: `return the call at line ${line} of ${fn.name} through ${local}`,
        edits: [
          { file: path, start: span.start, end: callSpan.start, text: `{ ${type.text} ${local} = ` },
          { file: path, start: span.end, end: span.end, text: ` return ${local}; }` },
        ],
        creates: [],
        moves: [],
        cures: [],
      });
    }
    return sites;
  },
};
