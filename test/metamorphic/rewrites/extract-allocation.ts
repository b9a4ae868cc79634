// Moves an IRP's allocation into a helper of a new file of the driver's folder, which returns it:
//
//     PIRP irp = IoAllocateIrp(1, FALSE);
// becomes
//     PIRP irp = ConnectMm42(1, FALSE);
// with, in ConnectMm42.c (the includes and top-level macros of the caller's file copied),
//     PIRP ConnectMm42(CCHAR StackSize, BOOLEAN ChargeQuota) { return IoAllocateIrp(StackSize, ChargeQuota); }
//
// The IRP is the caller's as before: NULL when the allocation failed (WSK006 where the caller does not
// test it), fresh, with no completion routine set (WSK017 until the caller sets one). Left alone: a
// StackSize that is a constant below 1 (WSK017 reports it at the allocation, which would sit in the
// helper), and an allocation inside a macro's use.

import type { Node } from '../../../server/src/parse/treeSitter';
import type { Program } from '../program';
import { lineOf } from '../program';
import type { RawSite } from '../sites';
import { descendants } from '../syntax';
import type { RewriteKind } from './kind';
import { cleanFunctions, codeFiles, declarationPoint, folderOf, freshName, generatedFile, topLevelDirectives } from './kind';

const ALLOCATOR = 'IoAllocateIrp';

export const extractAllocation: RewriteKind = {
  name: 'extract-allocation',
  sites(program: Program): RawSite[] {
    const sites: RawSite[] = [];
    for (const path of codeFiles(program)) {
      const text = program.text(path) ?? '';
      const allDirectives = topLevelDirectives(program, path);
      for (const fn of cleanFunctions(program, path)) {
        for (const call of descendants(fn.node, ['call_expression'])) {
          const callee = call.childForFieldName('function');
          const args = call.childForFieldName('arguments')?.namedChildren.filter((arg): arg is Node => arg !== null && arg.type !== 'comment') ?? [];
          if (callee?.type !== 'identifier' || callee.text !== ALLOCATOR || args.length !== 2 || tooSmall(args[0])) continue;
          const span = program.sourceSpan(path, callee);
          if (!span || text.slice(span.start, span.end) !== ALLOCATOR) continue;
          const line = lineOf(text, span.start);
          const name = freshName(program, `${fn.name}Mm${line}`);
          const helperPath = `${folderOf(path)}${name}.c`;
          const directives = allDirectives.filter((d) => d.offset < fn.span.start);
          const helper = generatedFile(`the ${ALLOCATOR} call of ${fn.name} (line ${line}), moved into a helper that returns the IRP`, [
            ...directives.map((d) => d.text),
            '',
            'PIRP',
            `${name}(CCHAR StackSize, BOOLEAN ChargeQuota)`,
            '{',
            `    return ${ALLOCATOR}(StackSize, ChargeQuota);`,
            '}',
            '',
          ].join('\n'));
          const point = declarationPoint(program, path, fn.span.start);
          sites.push({
            file: path,
            line,
            description: `move the ${ALLOCATOR} call at line ${line} of ${fn.name} into ${name} (${name}.c), which returns the IRP`,
            facts: { call: ALLOCATOR },
            edits: [
              { file: path, start: point, end: point, text: `PIRP ${name}(CCHAR StackSize, BOOLEAN ChargeQuota); ` },
              { file: path, start: span.start, end: span.end, text: name },
            ],
            creates: [{ path: helperPath, text: helper }],
            moves: [{ file: path, function: fn.name, from: line, to: line, places: [{ file: path, function: fn.name, line }, { file: helperPath, function: name }] }],
            cures: [],
          });
        }
      }
    }
    return sites;
  },
};

/** A StackSize written as a constant below 1 (`0`, `(CCHAR)0`). */
function tooSmall(size: Node): boolean {
  const digits = /^\(?\s*(?:\(\s*\w+\s*\)\s*)?(\d+)\s*\)?$/.exec(size.text);
  return digits !== null && Number(digits[1]) < 1;
}
