// Renames a parameter or local variable of a function, every use of it (SAL annotations and macro
// arguments included, since they are written in the function's text), to a name used nowhere else.
// Only where every word of that name in the function is that variable:
// - it is declared once in the function (no shadowing), as a parameter or in the body's outer block
//   before any other use of the word (an earlier use would be a global's);
// - no macro of the program mentions the name in its body (the macro would use the variable unseen);
// - no label, type or struct member declared in the function has that name (a field's use is a word
//   after `.` or `->`, and stays).

import type { Program } from '../program';
import { lineOf } from '../program';
import type { Edit, RawSite } from '../sites';
import { descendants, isFieldToken, localsOf, tokens } from '../syntax';
import type { RewriteKind } from './kind';
import { cleanFunctions, codeFiles, freshName } from './kind';

export const renameLocal: RewriteKind = {
  name: 'rename-local',
  sites(program: Program): RawSite[] {
    const sites: RawSite[] = [];
    const macroWords = wordsOfMacroBodies(program);
    for (const path of codeFiles(program)) {
      const text = program.text(path) ?? '';
      const nonCode = program.nonCode(path);
      for (const fn of cleanFunctions(program, path)) {
        const locals = localsOf(fn.node);
        const body = fn.node.childForFieldName('body');
        if (!body) continue;
        const bodySpan = program.sourceSpan(path, body);
        if (!bodySpan) continue;
        // Labels, types and the members of a struct declared in the function share no name with it.
        const members = descendants(fn.node, ['field_declaration']).flatMap((field) => descendants(field, ['field_identifier']));
        const otherNames = new Set([...descendants(fn.node, ['statement_identifier', 'type_identifier']), ...members].map((node) => node.text));
        const words = tokens(text, nonCode, fn.span.start, fn.span.end);
        for (const local of locals) {
          if (locals.filter((other) => other.name === local.name).length !== 1) continue;
          if (macroWords.has(local.name) || otherNames.has(local.name)) continue;
          const declared = program.sourceSpan(path, local.identifier);
          if (!declared) continue;
          if (!local.isParameter && local.declaration.parent?.id !== body.id) continue;
          const uses = words.filter((word) => word.name === local.name && !isFieldToken(text, word.offset, nonCode));
          // A local's first word in the body must be its declaration (a parameter's is in the head).
          const firstInBody = uses.find((word) => word.offset >= bodySpan.start);
          if (!local.isParameter && firstInBody?.offset !== declared.start) continue;
          if (!uses.some((word) => word.offset === declared.start)) continue;
          const renamed = freshName(program, `mm_${local.name}`);
          const edits: Edit[] = uses.map((word) => ({ file: path, start: word.offset, end: word.offset + local.name.length, text: renamed }));
          const line = lineOf(text, declared.start);
          sites.push({
            file: path,
            line,
            description: `rename ${local.isParameter ? 'parameter' : 'local'} ${local.name} of ${fn.name} to ${renamed}`,
            edits,
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

/** Every word of every macro body of the program (a macro may use a variable without naming it at the use). */
function wordsOfMacroBodies(program: Program): Set<string> {
  const words = new Set<string>();
  for (const file of program.files) {
    for (const define of program.analysis(file.path)?.parsed.pre.defines ?? []) {
      for (const word of define.body.match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? []) if (!define.params?.includes(word)) words.add(word);
    }
  }
  return words;
}
