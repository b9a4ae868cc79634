// Routes a status through a wait wrapper: the block
//
//     if (status == STATUS_PENDING) {
//         KeWaitForSingleObject(EVENT, Executive, KernelMode, FALSE, NULL);
//         status = IRP->IoStatus.Status;
//     }
//
// becomes `status = MmWaitIrp(IRP, EVENT, status);`, a function (defined in a new file of the
// driver, declared on the line of the function that calls it) that waits when the status is
// STATUS_PENDING and returns the IRP's final status; or `MM_WAIT_IRP(IRP, EVENT, status);`, a
// statement macro defined at the end of the driver's header. The IRP expression is evaluated before
// the wait instead of after: only plain names and field paths qualify, which a wait does not change.
// The block's lines are kept (blank): a finding inside it may be reported at the call, or (the
// function) anywhere in the wrapper.

import type { Node } from '../../../server/src/parse/treeSitter';
import type { Program } from '../program';
import { lineOf } from '../program';
import type { RawSite } from '../sites';
import { keepingLines } from '../sites';
import { descendants, localsOf, statementsOf } from '../syntax';
import type { RewriteKind } from './kind';
import { cleanFunctions, codeFiles, declarationPoint, driverHeader, folderOf, freshName, generatedFile } from './kind';

/** `x`, `a->b.c`, `(a)->b`: an lvalue without side effects. */
const PLAIN_PATH = /^\(?[A-Za-z_]\w*\)?(?:(?:->|\.)[A-Za-z_]\w*)*$/;

interface WaitBlock {
  readonly statement: Node;
  readonly status: string;
  readonly irp: string;
  readonly event: string;
}

/** An `if (S == STATUS_PENDING) { KeWaitForSingleObject(E, Executive, KernelMode, FALSE, NULL); S = I->IoStatus.Status; }`. */
export function waitBlock(program: Program, path: string, statement: Node): WaitBlock | undefined {
  if (statement.type !== 'if_statement' || statement.childForFieldName('alternative')) return undefined;
  if (program.hasExpansion(path, statement)) return undefined;
  const condition = statement.childForFieldName('condition')?.namedChildren.find((child) => child?.type !== 'comment');
  const body = statement.childForFieldName('consequence');
  if (condition?.type !== 'binary_expression' || condition.childForFieldName('operator')?.text !== '==' || body?.type !== 'compound_statement') return undefined;
  const [left, right] = [condition.childForFieldName('left')?.text, condition.childForFieldName('right')?.text];
  const status = right === 'STATUS_PENDING' ? left : left === 'STATUS_PENDING' ? right : undefined;
  if (!status || !PLAIN_PATH.test(status)) return undefined;
  const inner = statementsOf(body);
  if (inner.length !== 2 || body.namedChildren.some((child) => child?.type === 'comment')) return undefined;
  const wait = inner[0].type === 'expression_statement' ? inner[0].namedChildren[0] : null;
  if (wait?.type !== 'call_expression' || wait.childForFieldName('function')?.text !== 'KeWaitForSingleObject') return undefined;
  const args = wait.childForFieldName('arguments')?.namedChildren.filter((arg): arg is Node => arg !== null && arg.type !== 'comment') ?? [];
  if (args.length !== 5 || args.slice(1).map((arg) => arg.text).join(',') !== 'Executive,KernelMode,FALSE,NULL') return undefined;
  const store = inner[1].type === 'expression_statement' ? inner[1].namedChildren[0] : null;
  if (store?.type !== 'assignment_expression' || store.childForFieldName('operator')?.text !== '=' || store.childForFieldName('left')?.text !== status) return undefined;
  const irp = /^(.*?)\s*->\s*IoStatus\s*\.\s*Status$/.exec(store.childForFieldName('right')?.text ?? '')?.[1];
  if (!irp || !PLAIN_PATH.test(irp) || descendants(args[0], ['call_expression', 'assignment_expression', 'update_expression']).length > 0) return undefined;
  return { statement, status, irp, event: args[0].text };
}

function waitSites(program: Program, replacement: (block: WaitBlock) => string, extra: (path: string, fnStart: number) => Pick<RawSite, 'edits' | 'creates'> | undefined, wrapper: (path: string) => { file: string; function: string } | undefined, shape: string): RawSite[] {
  const sites: RawSite[] = [];
  for (const path of codeFiles(program)) {
    const text = program.text(path) ?? '';
    for (const fn of cleanFunctions(program, path)) {
      // The wrapper's own wait stays: routed through itself, it would call itself for ever.
      if (fn.name === wrapper(path)?.function) continue;
      for (const statement of descendants(fn.node, ['if_statement'])) {
        const block = waitBlock(program, path, statement);
        const span = block && program.sourceSpan(path, statement);
        const added = block && extra(path, fn.span.start);
        if (!block || !span || !added) continue;
        const line = lineOf(text, span.start);
        const last = lineOf(text, span.end);
        const inWrapper = wrapper(path);
        sites.push({
          file: path,
          line,
          description: `route the status of the wait at line ${line} of ${fn.name} through ${shape}`,
          // A wait on a status the function was given is the body of a wait wrapper of the driver.
          facts: { status: localsOf(fn.node).some((local) => local.isParameter && local.name === block.status) ? 'parameter' : 'variable' },
          edits: [...added.edits, { file: path, start: span.start, end: span.end, text: keepingLines(replacement(block), text.slice(span.start, span.end)) }],
          creates: added.creates,
          moves: [{ file: path, function: fn.name, from: line, to: last, places: [{ file: path, function: fn.name, line }, ...(inWrapper ? [inWrapper] : [])] }],
          cures: [],
        });
      }
    }
  }
  return sites;
}

export const waitFunction: RewriteKind = {
  name: 'wait-function',
  sites(program: Program): RawSite[] {
    const name = existingWrapper(program) ?? freshName(program, 'MmWaitIrp');
    const prototype = `NTSTATUS ${name}(PIRP Irp, PVOID Event, NTSTATUS Status);`;
    const wrapperFile = (path: string) => `${folderOf(path)}mm_wait.c`;
    const definition = generatedFile('a wait wrapper', [
      '#include <ntddk.h>',
      '',
      'NTSTATUS',
      `${name}(PIRP Irp, PVOID Event, NTSTATUS Status)`,
      '{',
      '    if (Status == STATUS_PENDING) {',
      '        KeWaitForSingleObject(Event, Executive, KernelMode, FALSE, NULL);',
      '        Status = Irp->IoStatus.Status;',
      '    }',
      '    return Status;',
      '}',
      '',
    ].join('\n'));
    return waitSites(
      program,
      (block) => `${block.status} = ${name}(${block.irp}, ${block.event}, ${block.status});`,
      (path, fnStart) => ({
        edits: [{ file: path, start: declarationPoint(program, path, fnStart), end: declarationPoint(program, path, fnStart), text: `${prototype} `, shared: true }],
        creates: [{ path: wrapperFile(path), text: definition }],
      }),
      (path) => ({ file: wrapperFile(path), function: name }),
      name,
    );
  },
};

export const waitMacro: RewriteKind = {
  name: 'wait-macro',
  sites(program: Program): RawSite[] {
    const name = 'MM_WAIT_IRP';
    const define = `#define ${name}(_Irp, _Event, _Status) do { if ((_Status) == STATUS_PENDING) { KeWaitForSingleObject((_Event), Executive, KernelMode, FALSE, NULL); (_Status) = (_Irp)->IoStatus.Status; } } while (0)\n`;
    const defined = program.files.some((file) => file.text.includes(define));
    if (!defined && freshName(program, name) !== name) return [];
    return waitSites(
      program,
      (block) => `${name}(${block.irp}, ${block.event}, ${block.status});`,
      (path) => {
        const header = driverHeader(program, path);
        const text = header !== undefined ? program.text(header) : undefined;
        if (header === undefined || text === undefined) return undefined;
        if (text.includes(define)) return { edits: [], creates: [] };
        return { edits: [{ file: header, start: text.length, end: text.length, text: `${text.endsWith('\n') ? '' : '\n'}${define}`, shared: true }], creates: [] };
      },
      () => undefined,
      name,
    );
  },
};

/** The wrapper an earlier rewrite defined (the same kind applied twice shares it). */
function existingWrapper(program: Program): string | undefined {
  for (const file of program.files) {
    if (!file.path.endsWith('mm_wait.c')) continue;
    const name = /^(MmWaitIrp\d*)\(PIRP Irp/m.exec(file.text)?.[1];
    if (name) return name;
  }
  return undefined;
}
