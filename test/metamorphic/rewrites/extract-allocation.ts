// Moves an IRP's allocation into a helper of a new file of the driver's folder: one that returns it
// (extract-allocation), or an init helper that leaves it in the caller's storage (init-allocation).
//
// extract-allocation:
//
//     PIRP irp = IoAllocateIrp(1, FALSE);
// becomes
//     PIRP irp = ConnectMm42(1, FALSE);
// with, in ConnectMm42.c (the includes and top-level macros of the caller's file copied),
//     PIRP ConnectMm42(CCHAR StackSize, BOOLEAN ChargeQuota) { return IoAllocateIrp(StackSize, ChargeQuota); }
//
// init-allocation, where the IRP is assigned (`x = IoAllocateIrp(…);`, `PIRP x = IoAllocateIrp(…);`):
//     irp = IoAllocateIrp(1, FALSE);
// becomes
//     ConnectMm42(&(irp), 1, FALSE);
// with ConnectMm42 checking the allocation and returning a status, which the caller ignores (its own
// NULL test of the IRP, or its lack, stays where it was):
//     NTSTATUS ConnectMm42(PIRP *Irp, CCHAR StackSize, BOOLEAN ChargeQuota)
//     { *Irp = IoAllocateIrp(StackSize, ChargeQuota); if (*Irp == NULL) { return STATUS_INSUFFICIENT_RESOURCES; } return STATUS_SUCCESS; }
//
// The IRP is the caller's as before: NULL when the allocation failed (WSK006 where the caller does not
// test it), fresh, with no completion routine set (WSK017 until the caller sets one). Left alone: a
// StackSize that is a constant below 1 (WSK017 reports it at the allocation, which would sit in the
// helper), and an allocation inside a macro's use.

import type { Node } from '../../../server/src/parse/treeSitter';
import type { Program } from '../program';
import { lineOf } from '../program';
import type { RawSite } from '../sites';
import { keepingLines, lineBreaks } from '../sites';
import { descendants, hasSpecifier, statementsOf } from '../syntax';
import type { RewriteKind } from './kind';
import { blocksOf, cleanFunctions, codeFiles, declarationPoint, folderOf, freshName, generatedFile, topLevelDirectives } from './kind';

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

export const initAllocation: RewriteKind = {
  name: 'init-allocation',
  sites(program: Program): RawSite[] {
    const sites: RawSite[] = [];
    for (const path of codeFiles(program)) {
      const text = program.text(path) ?? '';
      const allDirectives = topLevelDirectives(program, path);
      for (const fn of cleanFunctions(program, path)) {
        for (const block of blocksOf(fn)) {
          for (const statement of statementsOf(block)) {
            const form = assignedAllocation(statement);
            if (!form) continue;
            const span = program.sourceSpan(path, statement);
            const targetText = program.sourceText(path, form.target);
            const targetSpan = program.sourceSpan(path, form.target);
            // `PIRP x`: the declaration up to its name.
            const declaration = form.declared && span && targetSpan ? text.slice(span.start, targetSpan.end) : undefined;
            const argTexts = form.args.map((arg) => program.sourceText(path, arg));
            if (!span || targetText === undefined || (form.declared && declaration === undefined) || argTexts.some((arg) => arg === undefined) || text[span.end - 1] !== ';') continue;
            const line = lineOf(text, span.start);
            const name = freshName(program, `${fn.name}Mm${line}`);
            const helperPath = `${folderOf(path)}${name}.c`;
            const directives = allDirectives.filter((d) => d.offset < fn.span.start);
            const helper = generatedFile(`the ${ALLOCATOR} call of ${fn.name} (line ${line}), moved into an init helper`, [
              ...directives.map((d) => d.text),
              '',
              'NTSTATUS',
              `${name}(PIRP *Irp, CCHAR StackSize, BOOLEAN ChargeQuota)`,
              '{',
              `    *Irp = ${ALLOCATOR}(StackSize, ChargeQuota);`,
              '    if (*Irp == NULL) {',
              '        return STATUS_INSUFFICIENT_RESOURCES;',
              '    }',
              '    return STATUS_SUCCESS;',
              '}',
              '',
            ].join('\n'));
            const call = `${name}(&(${targetText}), ${argTexts.join(', ')});`;
            const original = text.slice(span.start, span.end);
            const replacement = declaration !== undefined ? `${declaration} = NULL; ${call}` : call;
            if (lineBreaks(replacement) > lineBreaks(original)) continue;
            const point = declarationPoint(program, path, fn.span.start);
            sites.push({
              file: path,
              line,
              description: `move the ${ALLOCATOR} call at line ${line} of ${fn.name} into the init helper ${name} (${name}.c)`,
              facts: { call: ALLOCATOR, form: form.declared ? 'declaration' : 'assignment' },
              edits: [
                { file: path, start: point, end: point, text: `NTSTATUS ${name}(PIRP *Irp, CCHAR StackSize, BOOLEAN ChargeQuota); ` },
                { file: path, start: span.start, end: span.end, text: keepingLines(replacement, original) },
              ],
              creates: [{ path: helperPath, text: helper }],
              moves: [{ file: path, function: fn.name, from: line, to: line + lineBreaks(original), places: [{ file: path, function: fn.name, line }, { file: helperPath, function: name }] }],
              cures: [],
            });
          }
        }
      }
    }
    return sites;
  },
};

/**
 * `x = IoAllocateIrp(a, b);` (any assignable target) or `PIRP x = IoAllocateIrp(a, b);` (one plain
 * declarator, not static): what is assigned, the allocator's arguments, and whether it is declared there.
 */
function assignedAllocation(statement: Node): { target: Node; args: Node[]; declared?: boolean } | undefined {
  const allocation = (value: Node | null | undefined): Node[] | undefined => {
    if (value?.type !== 'call_expression' || value.childForFieldName('function')?.text !== ALLOCATOR) return undefined;
    const args = value.childForFieldName('arguments')?.namedChildren.filter((arg): arg is Node => arg !== null && arg.type !== 'comment') ?? [];
    return args.length === 2 && !tooSmall(args[0]) ? args : undefined;
  };
  if (statement.type === 'expression_statement') {
    const expression = statement.namedChildren.find((child) => child !== null && child.type !== 'comment');
    if (expression?.type !== 'assignment_expression' || expression.childForFieldName('operator')?.type !== '=') return undefined;
    const target = expression.childForFieldName('left');
    const args = allocation(expression.childForFieldName('right'));
    return target && args ? { target, args } : undefined;
  }
  if (statement.type !== 'declaration' || hasSpecifier(statement, STORAGE)) return undefined;
  const declarators = statement.childrenForFieldName('declarator').filter((d): d is Node => d !== null);
  const [init] = declarators;
  if (declarators.length !== 1 || init.type !== 'init_declarator') return undefined;
  const target = init.childForFieldName('declarator');
  const args = allocation(init.childForFieldName('value'));
  if (target?.type !== 'identifier' || !args) return undefined;
  return { target, args, declared: true };
}

const STORAGE = new Set(['static', 'extern', 'register', 'const']);
