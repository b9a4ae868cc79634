// Adds a correct function that looks like the driver's code: a copy of one of its functions that has
// no finding, under a new name, at the end of the same file; or a known-correct idiom of the WSK
// contract (idioms.ts) at the end of the driver's first source file. Nothing may be reported in it,
// and nothing else may change: the expectation is the original's findings, and a finding in the new
// function is one no expected finding allows.

import type { Program } from '../program';
import { lineOf } from '../program';
import type { RawSite } from '../sites';
import { tokens } from '../syntax';
import { IDIOMS } from './idioms';
import type { RewriteKind } from './kind';
import { cleanFunctions, codeFiles, freshName } from './kind';

export const copyFunction: RewriteKind = {
  name: 'copy-function',
  sites(program: Program): RawSite[] {
    const sites: RawSite[] = [];
    const keys = program.findingKeys();
    for (const path of codeFiles(program)) {
      const text = program.text(path) ?? '';
      for (const fn of cleanFunctions(program, path)) {
        if (keys.some((key) => key.file === path && key.function === fn.name)) continue;
        const name = freshName(program, `${fn.name}Copy`);
        const nameTokens = tokens(text, program.nonCode(path), fn.span.start, fn.span.end).filter((word) => word.name === fn.name);
        // The first word of its name in the definition is the one its declarator declares (a recursive
        // call further down still calls the original).
        const declared = nameTokens[0];
        if (!declared) continue;
        const copy = text.slice(fn.span.start, declared.offset) + name + text.slice(declared.offset + fn.name.length, fn.span.end);
        const line = lineOf(text, fn.span.start);
        sites.push({
          file: path,
          line,
          description: `add ${name}, a copy of ${fn.name} (line ${line}), which has no finding`,
          edits: [{ file: path, start: text.length, end: text.length, text: `${text.endsWith('\n') ? '' : '\n'}\n${copy}\n` }],
          creates: [],
          moves: [],
          cures: [],
        });
      }
    }
    return sites;
  },
};

export const addIdiom: RewriteKind = {
  name: 'add-idiom',
  sites(program: Program): RawSite[] {
    const [path] = codeFiles(program);
    if (path === undefined) return [];
    const text = program.text(path) ?? '';
    const line = lineOf(text, text.length);
    return IDIOMS.map((idiom) => {
      const name = freshName(program, idiom.name);
      return {
        file: path,
        line,
        description: `add ${name}, a known-correct idiom (${idiom.summary})`,
        edits: [{ file: path, start: text.length, end: text.length, text: `${text.endsWith('\n') ? '' : '\n'}\n${idiom.text.replaceAll(idiom.name, name)}` }],
        creates: [],
        moves: [],
        cures: [],
      };
    });
  },
};
