// Rewrites that remove the cause of a planted bug (a line of the driver marked `BUG WSKnnn` that the
// analysis reports): that finding must go, and every other stay. Only causes a rewrite can remove
// mechanically, each recipe written from the contract (docs/rules.md), not from the product's fixes:
// - an argument whose right value is a constant (a size, a NULL, SOL_SOCKET: WSK001, WSK002, WSK003,
//   WSK012) gets that constant;
// - a cached copy of a local that leaks at a return (WSK008) is released there first if it is still
//   held (`if (sd != NULL)`, for a copy initialised to NULL and cleared after each release);
// - a copy released twice where the second release is guarded by `if (sd != NULL)` (WSK009) is set to
//   NULL after its first release;
// - a copy released before the wait for its request (WSK010) is released after the wait that follows;
// - a set after a bind in the same function (WSK007) loses the bind (the call becomes STATUS_SUCCESS);
// - an IRP from IoAllocateIrp that reaches the call unchecked (WSK006) is checked around the call.

import type { Node } from '../../../server/src/parse/treeSitter';
import type { WskCall } from '../../../server/src/analysis/calls';
import type { Finding } from '../../../server/src/analysis/findings';
import type { FunctionSite, Program } from '../program';
import { lineOf } from '../program';
import type { Edit, Move, RawSite } from '../sites';
import { keepingLines, lineBreaks } from '../sites';
import { descendants, localsOf, statementsOf, within } from '../syntax';
import type { RewriteKind } from './kind';
import { cleanFunctions, codeFiles } from './kind';
import { waitBlock } from './wait';

const SD_SIZE = 'sizeof(PSECURITY_DESCRIPTOR)';

/** The right value of each constant argument, by operation (from the contract). */
const CONSTANT_ARGUMENTS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  set: { Level: 'SOL_SOCKET', InputSize: SD_SIZE, OutputSize: '0', OutputBuffer: 'NULL', OutputSizeReturned: 'NULL' },
  get: { Level: 'SOL_SOCKET', InputSize: '0', InputBuffer: 'NULL', OutputSize: SD_SIZE, OutputSizeReturned: 'NULL' },
  cache: { InputSize: SD_SIZE, OutputSize: SD_SIZE, OutputSizeReturned: 'NULL', Irp: 'NULL' },
  release: { InputSize: SD_SIZE, OutputSize: '0', OutputBuffer: 'NULL', OutputSizeReturned: 'NULL', Irp: 'NULL' },
};

/** Calls that need a bound socket or bind it. */
const BINDING = new Set(['WskBind', 'WskConnect', 'WskListen', 'WskSendTo']);

type Recipe = (program: Program, path: string, finding: Finding, fn: FunctionSite) => { edits: Edit[]; moves?: Move[]; what: string } | undefined;

const RECIPES: Readonly<Record<string, Recipe>> = {
  WSK001: constantArgument,
  WSK002: constantArgument,
  WSK003: constantArgument,
  WSK012: constantArgument,
  WSK008: releaseAtExit,
  WSK009: clearAfterFirstRelease,
  WSK010: releaseAfterWait,
  WSK007: removeBind,
  WSK006: checkIrp,
};

export const cureBug: RewriteKind = {
  name: 'cure',
  sites(program: Program): RawSite[] {
    const sites: RawSite[] = [];
    for (const path of codeFiles(program)) {
      const text = program.text(path) ?? '';
      const lines = text.split('\n');
      const functions = cleanFunctions(program, path);
      for (const finding of program.findings()) {
        const line = finding.start.line + 1;
        const recipe = RECIPES[finding.rule];
        if (finding.file !== path || !recipe || !lines[line - 1]?.includes(`BUG ${finding.rule}`)) continue;
        const fn = functions.find((f) => f.span.start <= finding.span.start && finding.span.start < f.span.end);
        const cure = fn && recipe(program, path, finding, fn);
        if (!fn || !cure) continue;
        sites.push({
          file: path,
          line,
          description: `cure the ${finding.rule} at line ${line} of ${fn.name}: ${cure.what}`,
          edits: cure.edits,
          creates: [],
          moves: cure.moves ?? [],
          cures: [{ rule: finding.rule, file: path, line }],
        });
      }
    }
    return sites;
  },
};

/** The WSK call one of whose arguments is exactly the finding's range, and that argument's index. */
function flaggedArgument(program: Program, path: string, finding: Finding): { call: WskCall; index: number } | undefined {
  for (const call of program.analysis(path)?.calls ?? []) {
    const index = call.args.findIndex((arg) => {
      const span = program.useSpan(path, arg);
      return span !== undefined && span.start === finding.span.start && span.end === finding.span.end;
    });
    if (index >= 0) return { call, index };
  }
  return undefined;
}

/** set, get, cache or release, from the call's request type and control code as the view spells them. */
function operationOf(call: WskCall): string | undefined {
  const arg = (name: string) => call.arg(name)?.text;
  if (call.api.name === 'WskControlSocket' && arg('ControlCode') === 'SO_WSK_SECURITY') return arg('RequestType') === 'WskSetOption' ? 'set' : arg('RequestType') === 'WskGetOption' ? 'get' : undefined;
  if (call.api.name === 'WskControlClient') return arg('ControlCode') === 'WSK_CACHE_SD' ? 'cache' : arg('ControlCode') === 'WSK_RELEASE_SD' ? 'release' : undefined;
  return undefined;
}

function constantArgument(program: Program, path: string, finding: Finding): ReturnType<Recipe> {
  const flagged = flaggedArgument(program, path, finding);
  const operation = flagged && operationOf(flagged.call);
  if (!flagged || !operation) return undefined;
  const parameter = flagged.call.api.params[flagged.index]?.name;
  const right = parameter ? CONSTANT_ARGUMENTS[operation][parameter] : undefined;
  const span = program.useSpan(path, flagged.call.args[flagged.index]);
  if (!right || !span) return undefined;
  return { edits: [{ file: path, start: span.start, end: span.end, text: right }], what: `${parameter} becomes ${right}` };
}

/**
 * The copy the function caches or reads back into a local (`&sd` as the OutputBuffer of a cache or a
 * get), initialised to NULL, and a WskControlClient call whose dispatch and client it can release with.
 */
function heldCopy(program: Program, path: string, fn: FunctionSite): { name: string; release: string } | undefined {
  const calls = (program.analysis(path)?.calls ?? []).filter((call) => call.inFunction?.id === fn.node.id);
  const names = new Set<string>();
  for (const call of calls) {
    const operation = operationOf(call);
    const out = call.arg('OutputBuffer')?.text;
    const name = /^&\s*([A-Za-z_]\w*)$/.exec(out ?? '')?.[1];
    if ((operation === 'cache' || operation === 'get') && name) names.add(name);
  }
  const [name] = names;
  const local = localsOf(fn.node).filter((l) => l.name === name);
  if (names.size !== 1 || local.length !== 1 || local[0].isParameter || local[0].declarator.childForFieldName('value')?.text !== 'NULL') return undefined;
  // A client call of the function, or else of the file, whose dispatch and client name no local.
  const localNames = new Set(localsOf(fn.node).map((l) => l.name));
  const clientCalls = (program.analysis(path)?.calls ?? []).filter((call) => call.api.name === 'WskControlClient' && !program.hasExpansion(path, call.node));
  for (const call of [...clientCalls.filter((c) => c.inFunction?.id === fn.node.id), ...clientCalls]) {
    const callee = call.node.childForFieldName('function')?.text;
    const client = call.arg('Client')?.text;
    if (!callee || !client) continue;
    const words = `${callee} ${client}`.match(/[A-Za-z_]\w*/g) ?? [];
    if (call.inFunction?.id !== fn.node.id && words.some((word) => localNames.has(word) || localsOf(call.inFunction ?? fn.node).some((l) => l.name === word))) continue;
    return { name, release: `${callee}(${client}, WSK_RELEASE_SD, ${SD_SIZE}, &${name}, 0, NULL, NULL, NULL);` };
  }
  return undefined;
}

function releaseAtExit(program: Program, path: string, finding: Finding, fn: FunctionSite): ReturnType<Recipe> {
  const text = program.text(path) ?? '';
  const held = heldCopy(program, path, fn);
  if (!held) return undefined;
  // The copy must be the function's own: used only by WSK calls and compared, never handed on (a
  // helper or an assignment would make releasing it here wrong).
  const calls = (program.analysis(path)?.calls ?? []).filter((call) => call.inFunction?.id === fn.node.id);
  const declared = localsOf(fn.node).find((local) => local.name === held.name);
  const handedOn = descendants(fn.node, ['identifier']).some((use) => use.text === held.name && use.id !== declared?.identifier.id
    && !calls.some((call) => within(use, call.node))
    && !(use.parent?.type === 'binary_expression' && ['==', '!='].includes(use.parent.childForFieldName('operator')?.text ?? '')));
  if (handedOn) return undefined;
  // Every release already there clears the variable, so that the release added below sees only a copy still held.
  const edits: Edit[] = [];
  for (const call of calls) {
    if (operationOf(call) !== 'release' || bare(call.arg('InputBuffer')?.text) !== `&${held.name}`) continue;
    const statement = statementHolding(call.node);
    const span = statement && program.sourceSpan(path, statement);
    if (!span || text[span.end - 1] !== ';') return undefined;
    edits.push({ file: path, start: span.end, end: span.end, text: ` ${held.name} = NULL;` });
  }
  const guarded = `if (${held.name} != NULL) { ${held.release} }`;
  const line = finding.start.line + 1;
  const ret = descendants(fn.node, ['return_statement']).find((r) => {
    const span = program.sourceSpan(path, r);
    return span !== undefined && lineOf(text, span.start) === line;
  });
  const retSpan = ret && program.sourceSpan(path, ret);
  if (retSpan) {
    const original = text.slice(retSpan.start, retSpan.end);
    return { edits: [...edits, { file: path, start: retSpan.start, end: retSpan.end, text: `{ ${guarded} ${original} }` }], what: `release ${held.name} before the return (cleared after each release)` };
  }
  // The closing brace of a function that ends without a return.
  const close = fn.span.end - 1;
  if (text[close] !== '}' || lineOf(text, close) !== line) return undefined;
  return { edits: [...edits, { file: path, start: close, end: close, text: `${guarded} ` }], what: `release ${held.name} before the end (cleared after each release)` };
}

/** The statement of a block that holds a node. */
function statementHolding(node: Node): Node | undefined {
  for (let at: Node | null = node; at?.parent; at = at.parent) {
    if (at.parent.type === 'compound_statement' && statementsOf(at.parent).some((s) => s.id === at!.id)) return at;
  }
  return undefined;
}

/** The node of the analysed tree for a source range (a range in a macro use: the use's expansion). */
function nodeAt(program: Program, path: string, start: number, end: number): Node | undefined {
  const parsed = program.analysis(path)?.parsed;
  if (!parsed) return undefined;
  const use = (offset: number) => parsed.map.expansions.find((e) => e.useStart <= offset && offset < e.useEnd);
  let viewStart = parsed.map.toView(start) ?? use(start)?.viewStart;
  let viewEnd = parsed.map.toView(end) ?? use(Math.max(start, end - 1))?.viewEnd;
  if (viewStart === undefined || viewEnd === undefined) return undefined;
  // An expansion may begin and end with blanks: the node is what they hold.
  while (viewStart < viewEnd && /\s/.test(parsed.view[viewStart])) viewStart++;
  while (viewEnd > viewStart && /\s/.test(parsed.view[viewEnd - 1])) viewEnd--;
  return parsed.tree.rootNode.descendantForIndex(viewStart, viewEnd) ?? undefined;
}

function clearAfterFirstRelease(program: Program, path: string, finding: Finding, fn: FunctionSite): ReturnType<Recipe> {
  const text = program.text(path) ?? '';
  const first = finding.related[0];
  if (!first || first.file !== path) return undefined;
  const firstNode = nodeAt(program, path, first.span.start, first.span.end);
  const secondNode = nodeAt(program, path, finding.span.start, finding.span.end);
  if (!firstNode || !secondNode || !within(firstNode, fn.node)) return undefined;
  // The first release: a statement whose call takes `&name`.
  const statement = statementHolding(firstNode);
  const name = statement && /&\s*([A-Za-z_]\w*(?:\s*(?:->|\.)\s*[A-Za-z_]\w*)*)\s*[,)]/.exec(statement.text)?.[1].replace(/\s+/g, '');
  const span = statement && program.sourceSpan(path, statement);
  if (!statement || !name || !span || text[span.end - 1] !== ';') return undefined;
  // The second must be guarded by `if (name != NULL)`.
  let guarded = false;
  for (let at: Node | null = secondNode; at && within(at, fn.node); at = at.parent) {
    if (at.type === 'if_statement' && at.childForFieldName('condition')?.text.replace(/\s+/g, '') === `(${name}!=NULL)`) guarded = true;
  }
  if (!guarded) return undefined;
  return { edits: [{ file: path, start: span.end, end: span.end, text: ` ${name} = NULL;` }], what: `${name} is set to NULL after its first release (line ${lineOf(text, span.start)})` };
}

function releaseAfterWait(program: Program, path: string, finding: Finding, fn: FunctionSite): ReturnType<Recipe> {
  const text = program.text(path) ?? '';
  const node = nodeAt(program, path, finding.span.start, finding.span.end);
  const release = node && statementHolding(node);
  const block = release?.parent;
  if (!release || !block || release.type !== 'expression_statement') return undefined;
  const statements = statementsOf(block);
  const at = statements.findIndex((s) => s.id === release.id);
  const next = statements[at + 1];
  const wait = next && (waitBlock(program, path, next) || callsWaitingHelper(program, next));
  const releaseSpan = program.sourceSpan(path, release);
  const waitSpan = next && program.sourceSpan(path, next);
  if (!wait || !releaseSpan || !waitSpan) return undefined;
  const original = text.slice(releaseSpan.start, releaseSpan.end);
  if (original.includes('//')) return undefined;
  const oneLine = original.replace(/\s*\n\s*/g, ' ');
  const from = lineOf(text, releaseSpan.start);
  const waitEnd = lineOf(text, waitSpan.end);
  return {
    edits: [
      { file: path, start: releaseSpan.start, end: releaseSpan.end, text: keepingLines('', original) },
      { file: path, start: waitSpan.end, end: waitSpan.end, text: ` ${oneLine}` },
    ],
    moves: [{ file: path, function: fn.name, from, to: from + lineBreaks(original), places: [{ file: path, function: fn.name, line: waitEnd }] }],
    what: `the release moves after the wait (line ${waitEnd})`,
  };
}

/** `status = Wait(…);` or `Wait(…);` where Wait is a function of the program that calls KeWaitForSingleObject. */
function callsWaitingHelper(program: Program, statement: Node): boolean {
  if (statement.type !== 'expression_statement') return false;
  let expression: Node | null | undefined = statement.namedChildren[0];
  if (expression?.type === 'assignment_expression') expression = expression.childForFieldName('right');
  const callee = expression?.type === 'call_expression' ? expression.childForFieldName('function')?.text : undefined;
  if (!callee) return false;
  return program.files.some((file) => program.functions(file.path).some((fn) => fn.name === callee
    && descendants(fn.node, ['call_expression']).some((call) => call.childForFieldName('function')?.text === 'KeWaitForSingleObject')));
}

function removeBind(program: Program, path: string, finding: Finding, fn: FunctionSite): ReturnType<Recipe> {
  const bound = finding.related[0];
  if (!bound || bound.file !== path) return undefined;
  const node = nodeAt(program, path, bound.span.start, bound.span.end);
  let call: Node | null | undefined = node;
  while (call && call.type !== 'call_expression') call = call.parent;
  if (!call || !within(call, fn.node)) return undefined;
  const wsk = program.analysis(path)?.calls.find((c) => c.node.id === call!.id);
  const callee = call.childForFieldName('function')?.text ?? '';
  const isHelper = program.files.some((file) => program.functions(file.path).some((f) => f.name === callee));
  if (!(wsk && BINDING.has(wsk.api.name)) && !isHelper) return undefined;
  const span = program.sourceSpan(path, call);
  if (!span) return undefined;
  return { edits: [{ file: path, start: span.start, end: span.end, text: keepingLines('STATUS_SUCCESS', text(program, path).slice(span.start, span.end)) }], what: `the ${wsk?.api.name ?? callee} call at line ${lineOf(text(program, path), span.start)} is removed` };
}

function checkIrp(program: Program, path: string, finding: Finding, fn: FunctionSite): ReturnType<Recipe> {
  const call = (program.analysis(path)?.calls ?? []).find((c) => c.inFunction?.id === fn.node.id && (() => {
    const span = program.sourceSpan(path, c.node);
    return span !== undefined && span.start <= finding.span.start && finding.span.end <= span.end;
  })());
  const irp = call?.arg('Irp')?.text;
  const statement = call && statementHolding(call.node);
  const span = statement && program.sourceSpan(path, statement);
  if (!irp || !/^[A-Za-z_]\w*(?:(?:->|\.)[A-Za-z_]\w*)*$/.test(irp) || statement?.type !== 'expression_statement' || !span) return undefined;
  const original = text(program, path).slice(span.start, span.end);
  return { edits: [{ file: path, start: span.start, end: span.end, text: `if (${irp} != NULL) { ${original} }` }], what: `the call is made only when ${irp} is not NULL` };
}

/** An expression's text without blanks and outer parentheses: `( &sd )` is `&sd`. */
function bare(expression: string | undefined): string | undefined {
  let result = expression?.replace(/\s+/g, '');
  while (result?.startsWith('(') && result.endsWith(')')) result = result.slice(1, -1);
  return result;
}

function text(program: Program, path: string): string {
  return program.text(path) ?? '';
}

