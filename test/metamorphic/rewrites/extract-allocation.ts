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
import type { FunctionSite, Program } from '../program';
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
    for (const at of allocatingFunctions(program)) {
      for (const call of descendants(at.fn.node, ['call_expression'])) {
        const callee = call.childForFieldName('function');
        const args = call.childForFieldName('arguments')?.namedChildren.filter((arg): arg is Node => arg !== null && arg.type !== 'comment') ?? [];
        if (callee?.type !== 'identifier' || callee.text !== ALLOCATOR || args.length !== 2 || tooSmall(args[0])) continue;
        const span = program.sourceSpan(at.path, callee);
        if (!span || at.text.slice(span.start, span.end) !== ALLOCATOR) continue;
        sites.push(movedAllocation(program, at, span.start, {
          what: 'a helper that returns the IRP',
          head: ['PIRP', '(CCHAR StackSize, BOOLEAN ChargeQuota)'],
          body: [`    return ${ALLOCATOR}(StackSize, ChargeQuota);`],
          edit: (name) => ({ start: span.start, end: span.end, text: name }),
          facts: { call: ALLOCATOR },
        }));
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
    for (const at of allocatingFunctions(program)) {
      for (const block of blocksOf(at.fn)) {
        for (const statement of statementsOf(block)) {
          const form = assignedAllocation(statement);
          const span = form && program.sourceSpan(at.path, statement);
          if (!form || !span || at.text[span.end - 1] !== ';') continue;
          const targetText = program.sourceText(at.path, form.target);
          const targetSpan = program.sourceSpan(at.path, form.target);
          // `PIRP x`: the declaration up to its name.
          const declaration = form.declared && targetSpan ? at.text.slice(span.start, targetSpan.end) : undefined;
          const argTexts = form.args.map((arg) => program.sourceText(at.path, arg));
          if (targetText === undefined || (form.declared && declaration === undefined) || argTexts.some((arg) => arg === undefined)) continue;
          const original = at.text.slice(span.start, span.end);
          const replacement = (name: string) => {
            const call = `${name}(&(${targetText}), ${argTexts.join(', ')});`;
            return declaration !== undefined ? `${declaration} = NULL; ${call}` : call;
          };
          if (lineBreaks(replacement(ALLOCATOR)) > lineBreaks(original)) continue;
          sites.push(movedAllocation(program, at, span.start, {
            what: 'an init helper',
            head: ['NTSTATUS', '(PIRP *Irp, CCHAR StackSize, BOOLEAN ChargeQuota)'],
            body: [`    *Irp = ${ALLOCATOR}(StackSize, ChargeQuota);`, '    if (*Irp == NULL) {', '        return STATUS_INSUFFICIENT_RESOURCES;', '    }', '    return STATUS_SUCCESS;'],
            edit: (name) => ({ start: span.start, end: span.end, text: keepingLines(replacement(name), original) }),
            facts: { call: ALLOCATOR, form: form.declared ? 'declaration' : 'assignment' },
          }));
        }
      }
    }
    return sites;
  },
};

/** A clean function of a source file, with the directives above it (a new file of its folder copies them). */
interface Allocating {
  readonly path: string;
  readonly text: string;
  readonly fn: FunctionSite;
  readonly directives: readonly string[];
}

function* allocatingFunctions(program: Program): Generator<Allocating> {
  for (const path of codeFiles(program)) {
    const text = program.text(path) ?? '';
    if (!text.includes(ALLOCATOR)) continue;
    const directives = topLevelDirectives(program, path);
    for (const fn of cleanFunctions(program, path)) yield { path, text, fn, directives: directives.filter((d) => d.offset < fn.span.start).map((d) => d.text) };
  }
}

/**
 * The site that moves the allocation at `offset` into a new helper (`head`: its return type and
 * parameters; `body`: its statements), declared on the caller's first line; `edit` rewrites the
 * caller's text with the helper's name. Findings of the allocation's lines may move into the helper.
 */
function movedAllocation(program: Program, at: Allocating, offset: number, helper: { what: string; head: [string, string]; body: readonly string[]; edit: (name: string) => { start: number; end: number; text: string }; facts: Record<string, string> }): RawSite {
  const line = lineOf(at.text, offset);
  const name = freshName(program, `${at.fn.name}Mm${line}`);
  const helperPath = `${folderOf(at.path)}${name}.c`;
  const edit = helper.edit(name);
  const point = declarationPoint(program, at.path, at.fn.span.start);
  return {
    file: at.path,
    line,
    description: `move the ${ALLOCATOR} call at line ${line} of ${at.fn.name} into ${helper.what}, ${name} (${name}.c)`,
    facts: helper.facts,
    edits: [
      { file: at.path, start: point, end: point, text: `${helper.head[0]} ${name}${helper.head[1]}; ` },
      { file: at.path, ...edit },
    ],
    creates: [{ path: helperPath, text: generatedFile(`the ${ALLOCATOR} call of ${at.fn.name} (line ${line}), moved into ${helper.what}`, [...at.directives, '', helper.head[0], `${name}${helper.head[1]}`, '{', ...helper.body, '}', ''].join('\n')) }],
    moves: [{ file: at.path, function: at.fn.name, from: line, to: lineOf(at.text, edit.end), places: [{ file: at.path, function: at.fn.name, line }, { file: helperPath, function: name }] }],
    cures: [],
  };
}

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
