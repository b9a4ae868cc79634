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
// Every allocator the API table lists as the birth of an owned IRP is moved (IoAllocateIrpEx too), the
// helper taking the allocator's parameters. The IRP is the caller's as before: NULL when the allocation failed (WSK006 where the caller does not
// test it), fresh, with no completion routine set (WSK017 until the caller sets one). Left alone: a
// StackSize that is a constant below 1 (WSK017 reports it at the allocation, which would sit in the
// helper), and an allocation inside a macro's use.

import type { Node } from '../../../server/src/parse/treeSitter';
import type { FunctionSite, Program } from '../program';
import { lineOf } from '../program';
import type { RawSite } from '../sites';
import { keepingLines, lineBreaks } from '../sites';
import { descendants, hasSpecifier, statementsOf } from '../syntax';
import { kernelFunction, objectKind, paramIndex } from '../../../server/src/wsk/api';
import type { RewriteKind } from './kind';
import { blocksOf, cleanFunctions, codeFiles, declarationPoint, folderOf, freshName, generatedFile, topLevelDirectives } from './kind';

/**
 * The allocators of IRPs the caller owns, from the API table (the irp kind's owned births that are a
 * call's result), with their parameters as the WDK types them and where the StackSize is.
 */
interface Allocator {
  readonly name: string;
  readonly params: readonly string[];
  readonly stackSize: number;
}

/** The WDK's types of the allocators' parameters: the helper declares them (the table holds no types). */
const PARAM_TYPES: Readonly<Record<string, string>> = { DeviceObject: 'PDEVICE_OBJECT', StackSize: 'CCHAR', ChargeQuota: 'BOOLEAN' };

const ALLOCATORS: ReadonlyMap<string, Allocator> = new Map(objectKind('irp').births.flatMap((birth): [string, Allocator][] => {
  const fn = kernelFunction(birth.function);
  if (!birth.owned || !('result' in birth.place) || !fn || fn.params.some((param) => !PARAM_TYPES[param.name])) return [];
  return [[fn.name, { name: fn.name, params: fn.params.map((param) => param.name), stackSize: paramIndex(fn, 'StackSize') }]];
}));

/** The helper's parameters, declared, and the allocator's call in its terms. */
function declared(allocator: Allocator): string {
  return allocator.params.map((param) => `${PARAM_TYPES[param]} ${param}`).join(', ');
}

function call(allocator: Allocator): string {
  return `${allocator.name}(${allocator.params.join(', ')})`;
}

export const extractAllocation: RewriteKind = {
  name: 'extract-allocation',
  sites(program: Program): RawSite[] {
    const sites: RawSite[] = [];
    for (const at of allocatingFunctions(program)) {
      for (const node of descendants(at.fn.node, ['call_expression'])) {
        const callee = node.childForFieldName('function');
        const allocator = callee?.type === 'identifier' ? ALLOCATORS.get(callee.text) : undefined;
        if (!callee || !allocator || !allocated(allocator, node)) continue;
        const span = program.sourceSpan(at.path, callee);
        if (!span || at.text.slice(span.start, span.end) !== allocator.name) continue;
        sites.push(movedAllocation(program, at, span.start, {
          allocator,
          what: 'a helper that returns the IRP',
          head: ['PIRP', `(${declared(allocator)})`],
          body: [`    return ${call(allocator)};`],
          edit: (name) => ({ start: span.start, end: span.end, text: name }),
          facts: { call: allocator.name },
        }));
      }
    }
    return sites;
  },
};

/**
 * The arguments of a call of the allocator, unless its StackSize is a constant below 1 (WSK017 reports it
 * at the allocation, which would sit in the helper).
 */
function allocated(allocator: Allocator, node: Node): Node[] | undefined {
  const args = node.childForFieldName('arguments')?.namedChildren.filter((arg): arg is Node => arg !== null && arg.type !== 'comment') ?? [];
  return args.length === allocator.params.length && !tooSmall(args[allocator.stackSize]) ? args : undefined;
}

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
          if (lineBreaks(replacement(form.allocator.name)) > lineBreaks(original)) continue;
          sites.push(movedAllocation(program, at, span.start, {
            allocator: form.allocator,
            what: 'an init helper',
            head: ['NTSTATUS', `(PIRP *Irp, ${declared(form.allocator)})`],
            body: [`    *Irp = ${call(form.allocator)};`, '    if (*Irp == NULL) {', '        return STATUS_INSUFFICIENT_RESOURCES;', '    }', '    return STATUS_SUCCESS;'],
            edit: (name) => ({ start: span.start, end: span.end, text: keepingLines(replacement(name), original) }),
            facts: { call: form.allocator.name, form: form.declared ? 'declaration' : 'assignment' },
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
    if (![...ALLOCATORS.keys()].some((name) => text.includes(name))) continue;
    const directives = topLevelDirectives(program, path);
    for (const fn of cleanFunctions(program, path)) yield { path, text, fn, directives: directives.filter((d) => d.offset < fn.span.start).map((d) => d.text) };
  }
}

/**
 * The site that moves the allocation at `offset` into a new helper (`head`: its return type and
 * parameters; `body`: its statements), declared on the caller's first line; `edit` rewrites the
 * caller's text with the helper's name. Findings of the allocation's lines may move into the helper.
 */
function movedAllocation(program: Program, at: Allocating, offset: number, helper: { allocator: Allocator; what: string; head: [string, string]; body: readonly string[]; edit: (name: string) => { start: number; end: number; text: string }; facts: Record<string, string> }): RawSite {
  const line = lineOf(at.text, offset);
  const name = freshName(program, `${at.fn.name}Mm${line}`);
  const helperPath = `${folderOf(at.path)}${name}.c`;
  const edit = helper.edit(name);
  const point = declarationPoint(program, at.path, at.fn.span.start);
  return {
    file: at.path,
    line,
    description: `move the ${helper.allocator.name} call at line ${line} of ${at.fn.name} into ${helper.what}, ${name} (${name}.c)`,
    facts: helper.facts,
    edits: [
      { file: at.path, start: point, end: point, text: `${helper.head[0]} ${name}${helper.head[1]}; ` },
      { file: at.path, ...edit },
    ],
    creates: [{ path: helperPath, text: generatedFile(`the ${helper.allocator.name} call of ${at.fn.name} (line ${line}), moved into ${helper.what}`, [...at.directives, '', helper.head[0], `${name}${helper.head[1]}`, '{', ...helper.body, '}', ''].join('\n')) }],
    moves: [{ file: at.path, function: at.fn.name, from: line, to: lineOf(at.text, edit.end), places: [{ file: at.path, function: at.fn.name, line }, { file: helperPath, function: name }] }],
    cures: [],
  };
}

/**
 * `x = IoAllocateIrp(a, b);` (any assignable target) or `PIRP x = IoAllocateIrp(a, b);` (one plain
 * declarator, not static): what is assigned, the allocator's arguments, and whether it is declared there.
 */
function assignedAllocation(statement: Node): { target: Node; args: Node[]; allocator: Allocator; declared?: boolean } | undefined {
  let allocator: Allocator | undefined;
  const allocation = (value: Node | null | undefined): Node[] | undefined => {
    allocator = value?.type === 'call_expression' ? ALLOCATORS.get(value.childForFieldName('function')?.text ?? '') : undefined;
    return allocator && value ? allocated(allocator, value) : undefined;
  };
  if (statement.type === 'expression_statement') {
    const expression = statement.namedChildren.find((child) => child !== null && child.type !== 'comment');
    if (expression?.type !== 'assignment_expression' || expression.childForFieldName('operator')?.type !== '=') return undefined;
    const target = expression.childForFieldName('left');
    const args = allocation(expression.childForFieldName('right'));
    return target && args && allocator ? { target, args, allocator } : undefined;
  }
  if (statement.type !== 'declaration' || hasSpecifier(statement, STORAGE)) return undefined;
  const declarators = statement.childrenForFieldName('declarator').filter((d): d is Node => d !== null);
  const [init] = declarators;
  if (declarators.length !== 1 || init.type !== 'init_declarator') return undefined;
  const target = init.childForFieldName('declarator');
  const args = allocation(init.childForFieldName('value'));
  if (target?.type !== 'identifier' || !args || !allocator) return undefined;
  return { target, args, allocator, declared: true };
}

const STORAGE = new Set(['static', 'extern', 'register', 'const']);
