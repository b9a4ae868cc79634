// Moves a WSK call into a new helper function in a new file of the driver's folder:
//
//     status = Dispatch->WskBind(socket, (PSOCKADDR)&local, 0, irp);
// becomes
//     status = BindMm42(Dispatch, socket, &local, irp);
// with, in BindMm42.c (the includes and top-level macros of the caller's file copied),
//     NTSTATUS BindMm42(PWSK_PROVIDER_CONNECTION_DISPATCH Dispatch, PWSK_SOCKET socket, SOCKADDR_IN *local, PIRP irp)
//     { return Dispatch->WskBind(socket, (PSOCKADDR)local, 0, irp); }
//
// The helper's parameters carry what the call uses of the caller: its locals and parameters, by value,
// or by address where the call takes their address or assigns them (`&x` becomes `x`, `x` becomes
// `(*x)`). Everything else the call names must be visible from the new file: names of the driver's
// headers, macros defined at the top level of the caller's file, non-static globals of the caller's
// file (declared `extern` in the new file). Where that is not so (a static of the caller's file, a
// local array, a macro that names a local, a shadowed name), the call is left alone. The caller gets
// the helper's declaration on its first line; the call's lines are kept, blank after the first, and a
// finding on them may be reported at the helper's call or anywhere in the helper.

import type { Node } from '../../../server/src/parse/treeSitter';
import type { WskCall } from '../../../server/src/analysis/calls';
import { declaratorName, declaratorsOf } from '../../../server/src/analysis/syntax';
import type { FunctionSite, Program } from '../program';
import { lineOf } from '../program';
import type { RawSite } from '../sites';
import { keepingLines } from '../sites';
import type { Local } from '../syntax';
import { descendants, fileScopeNames, hasSpecifier, identifiersIn, isFieldToken, localsOf, tokens } from '../syntax';
import type { RewriteKind } from './kind';
import { cleanFunctions, codeFiles, declarationPoint, folderOf, freshName, generatedFile, topLevelDirectives } from './kind';

const STORAGE = new Set(['static', 'register', 'extern', 'auto']);

export const extractCall: RewriteKind = {
  name: 'extract-call',
  sites(program: Program): RawSite[] {
    const sites: RawSite[] = [];
    const headerNames = namesOfHeaders(program);
    const macros = macroDefinitions(program);
    for (const path of codeFiles(program)) {
      const analysis = program.analysis(path);
      if (!analysis) continue;
      const text = program.text(path) ?? '';
      const functions = cleanFunctions(program, path);
      const fileNames = fileScopeNames(analysis.root);
      const allDirectives = topLevelDirectives(program, path);
      const perLine = new Map<number, number>();
      for (const call of analysis.calls) {
        const fn = functions.find((f) => call.inFunction?.id === f.node.id);
        if (!fn) continue;
        const span = program.sourceSpan(path, call.node);
        if (!span) continue;
        const line = lineOf(text, span.start);
        const rank = perLine.get(line) ?? 0;
        perLine.set(line, rank + 1);
        // The new file sees what the function sees: the includes and macros above it.
        const directives = allDirectives.filter((d) => d.offset < fn.span.start);
        const copiedMacros = new Set(directives.flatMap((d) => (d.defines ? [d.defines] : [])));
        const plan = planHelper(program, path, fn, call, span, { headerNames, fileNames, macros, copiedMacros });
        if (!plan) continue;
        const name = freshName(program, `${fn.name}Mm${line}${rank > 0 ? `_${rank}` : ''}`);
        const helperPath = `${folderOf(path)}${name}.c`;
        const parameters = plan.parameters.length > 0 ? plan.parameters.map((p) => p.declaration).join(', ') : 'VOID';
        const helper = generatedFile(`the ${call.api.name} call of ${fn.name} (line ${line}), moved into a helper`, [
          ...directives.map((d) => d.text),
          ...plan.externs,
          '',
          'NTSTATUS',
          `${name}(${parameters})`,
          '{',
          `    return ${plan.body};`,
          '}',
          '',
        ].join('\n'));
        const callText = `${name}(${plan.parameters.map((p) => p.argument).join(', ')})`;
        const point = declarationPoint(program, path, fn.span.start);
        sites.push({
          file: path,
          line,
          description: `move the ${call.api.name} call at line ${line} of ${fn.name} into ${name} (${name}.c)`,
          facts: { call: call.api.name, ...(call.operation ? { effect: call.operation.effect } : {}), irp: irpShape(call), ...(setsUpIrp(fn.node) ? { setup: 'here', ...(takesAddress(call) ? { address: 'yes' } : {}) } : {}) },
          edits: [
            { file: path, start: point, end: point, text: `NTSTATUS ${name}(${parameters}); ` },
            { file: path, start: span.start, end: span.end, text: keepingLines(callText, text.slice(span.start, span.end)) },
          ],
          creates: [{ path: helperPath, text: helper }],
          moves: [{ file: path, function: fn.name, from: line, to: lineOf(text, span.end), places: [{ file: path, function: fn.name, line }, { file: helperPath, function: name }] }],
          cures: [],
        });
      }
    }
    return sites;
  },
};

/** Whether an argument other than the IRP is an address (`&value`, `(PSOCKADDR)&local`): memory the request may go on using. */
function takesAddress(call: WskCall): boolean {
  return call.args.some((arg) => arg !== call.arg('Irp') && /^(?:\([\w\s*]+\)\s*)?&/.test(arg.text));
}

/**
 * Whether a function sets up an IRP itself (allocates, reinitialises or gives it a completion routine,
 * or starts it NULL): WSK015 and WSK017 follow what it does with that IRP.
 */
function setsUpIrp(fn: Node): boolean {
  return /\b(?:IoAllocateIrp(?:Ex)?|IoReuseIrp|IoInitializeIrp|IoSetCompletionRoutine(?:Ex)?)\b|\bPIRP\s+\w+\s*=\s*NULL\b/.test(fn.text);
}

/** How the call names its IRP: `name` (a variable), `path` (through a field or an index), `other`, `none`. */
function irpShape(call: WskCall): string {
  const irp = call.arg('Irp')?.text;
  if (irp === undefined) return 'none';
  return /^[A-Za-z_]\w*$/.test(irp) ? 'name' : /^[A-Za-z_][\w\s.>\[\]-]*$/.test(irp) ? 'path' : 'other';
}

interface Parameter {
  /** `PIRP irp`, `PSECURITY_DESCRIPTOR *sd`. */
  readonly declaration: string;
  /** What the caller passes: `irp`, `&sd`. */
  readonly argument: string;
}

interface Visibility {
  /** Names the driver's headers declare or define. */
  readonly headerNames: ReadonlySet<string>;
  /** Names the caller's file declares at file scope. */
  readonly fileNames: ReadonlySet<string>;
  /** Every macro definition of the program: where it is and its body's words. */
  readonly macros: ReadonlyMap<string, readonly { file: string; words: readonly string[] }[]>;
  /** Macros of the caller's file the new file copies. */
  readonly copiedMacros: ReadonlySet<string>;
}

/** The helper's parameters, body and extern declarations, or undefined when the call cannot move safely. */
function planHelper(program: Program, path: string, fn: FunctionSite, call: WskCall, span: { start: number; end: number }, visible: Visibility): { parameters: Parameter[]; body: string; externs: string[] } | undefined {
  const text = program.text(path) ?? '';
  const analysis = program.analysis(path);
  if (!analysis) return undefined;
  const locals = localsOf(fn.node);
  const localNames = new Set(locals.map((local) => local.name));
  const typesInFunction = new Set(descendants(fn.node, ['type_definition', 'struct_specifier', 'enum_specifier', 'union_specifier']).map((node) => declaratorName(declaratorsOf(node)[0] ?? null)?.text ?? node.childForFieldName('name')?.text ?? ''));
  const captured = new Map<string, Local>();
  const externs: string[] = [];
  const nonCode = program.nonCode(path);
  const words = tokens(text, nonCode, span.start, span.end).filter((word) => !isFieldToken(text, word.offset, nonCode));
  const checkWord = (name: string, depth = 0): boolean => {
    if (depth > 8) return false;
    if (localNames.has(name)) {
      const matching = locals.filter((local) => local.name === name);
      if (matching.length !== 1) return false;
      captured.set(name, matching[0]);
      return true;
    }
    const definitions = visible.macros.get(name);
    if (definitions) {
      // A macro of the caller's file must be one the new file copies; none may name a local unseen.
      if (definitions.some((d) => d.file === path) && !visible.copiedMacros.has(name)) return false;
      return definitions.every((d) => d.words.every((word) => !localNames.has(word) && (word === name || checkWord(word, depth + 1))));
    }
    if (typesInFunction.has(name)) return false;
    if (visible.fileNames.has(name) && !visible.headerNames.has(name)) return externOf(program, path, analysis.root, name, visible, externs);
    return true;
  };
  for (const word of words) if (!checkWord(word.name)) return undefined;

  // Locals whose address the call takes, or that it assigns, go by address.
  const byAddress = new Set<string>();
  const addressEdits: { start: number; end: number; text: string }[] = [];
  for (const identifier of identifiersIn(call.node)) {
    if (!captured.has(identifier.text)) continue;
    const use = usage(identifier);
    if (use.kind === 'value') continue;
    byAddress.add(identifier.text);
  }
  for (const name of byAddress) {
    const local = captured.get(name)!;
    if (!isScalarOrPointer(local)) return undefined;
    for (const identifier of identifiersIn(call.node).filter((node) => node.text === name)) {
      const use = usage(identifier);
      const target = use.kind === 'address' ? use.node : identifier;
      const targetSpan = program.sourceSpan(path, target);
      const identifierSpan = program.sourceSpan(path, identifier);
      if (!targetSpan || !identifierSpan || text.slice(identifierSpan.start, identifierSpan.end) !== name) return undefined;
      addressEdits.push({ start: targetSpan.start, end: targetSpan.end, text: use.kind === 'address' ? name : `(*${name})` });
    }
    // Every word of the name in the call's text must be one of the nodes edited (not inside a macro use).
    const spelled = words.filter((word) => word.name === name).length;
    if (spelled !== identifiersIn(call.node).filter((node) => node.text === name && program.sourceSpan(path, node)).length) return undefined;
  }
  for (const local of captured.values()) if (local.declarator.type === 'array_declarator' || descendants(local.declarator, ['array_declarator', 'function_declarator']).length > 0) return undefined;

  const parameters: Parameter[] = [];
  for (const local of [...captured.values()].sort((a, b) => a.identifier.startIndex - b.identifier.startIndex)) {
    const declaration = parameterDeclaration(program, path, local, byAddress.has(local.name), visible, typesInFunction);
    if (!declaration) return undefined;
    parameters.push({ declaration, argument: byAddress.has(local.name) ? `&${local.name}` : local.name });
  }
  let body = text.slice(span.start, span.end);
  for (const edit of addressEdits.sort((a, b) => b.start - a.start)) body = body.slice(0, edit.start - span.start) + edit.text + body.slice(edit.end - span.start);
  return { parameters, body, externs };
}

/**
 * How the call uses a local: its value; its address (`&x`: the node taking it); or anything else that
 * needs the variable itself (assigned, incremented, `&x.f`, or `(T)&x`, which tree-sitter reads as
 * a bitwise and when it does not know T for a type: `(T)&(*x)` is right either way).
 */
function usage(identifier: Node): { kind: 'value' } | { kind: 'address'; node: Node } | { kind: 'variable' } {
  let node = identifier;
  let parent = node.parent;
  let throughField = false;
  while (parent && (parent.type === 'parenthesized_expression' || (parent.type === 'field_expression' && parent.childForFieldName('operator')?.text === '.' && parent.childForFieldName('argument')?.id === node.id))) {
    if (parent.type === 'field_expression') throughField = true;
    node = parent;
    parent = node.parent;
  }
  if (parent?.type === 'pointer_expression' && parent.childForFieldName('operator')?.text === '&') return throughField ? { kind: 'variable' } : { kind: 'address', node: parent };
  if (parent?.type === 'binary_expression' && parent.childForFieldName('operator')?.text === '&' && parent.childForFieldName('right')?.id === node.id) return { kind: 'variable' };
  if ((parent?.type === 'assignment_expression' && parent.childForFieldName('left')?.id === node.id) || parent?.type === 'update_expression') return { kind: 'variable' };
  return { kind: 'value' };
}

/** A plain name or pointers to one: taking its address gives a pointer the helper can use as `*x`. */
function isScalarOrPointer(local: Local): boolean {
  return descendants(local.declarator, ['array_declarator', 'function_declarator', 'parenthesized_declarator']).length === 0;
}

/** `T x` (by value) or `T *x` (by address), from the local's own declaration. */
function parameterDeclaration(program: Program, path: string, local: Local, byAddress: boolean, visible: Visibility, typesInFunction: ReadonlySet<string>): string | undefined {
  const text = program.text(path) ?? '';
  const declarationSpan = program.sourceSpan(path, local.declaration);
  const first = declaratorsOf(local.declaration)[0] ?? local.declaration.childForFieldName('declarator');
  const firstSpan = first && program.sourceSpan(path, first);
  const inner = local.declarator.type === 'init_declarator' ? local.declarator.childForFieldName('declarator') : local.declarator;
  const declaratorSpan = inner && program.sourceSpan(path, inner);
  const nameSpan = program.sourceSpan(path, local.identifier);
  if (!declarationSpan || !firstSpan || !declaratorSpan || !nameSpan) return undefined;
  const typePart = text.slice(declarationSpan.start, firstSpan.start).replace(/\s+/g, ' ').trim();
  if (!typePart || hasSpecifier(local.declaration, new Set(['extern']))) return undefined;
  const typeWords = typePart.match(/[A-Za-z_]\w*/g) ?? [];
  if (typeWords.some((word) => typesInFunction.has(word) || (visible.fileNames.has(word) && !visible.headerNames.has(word)))) return undefined;
  const cleanType = typeWords.filter((word) => STORAGE.has(word)).reduce((type, word) => type.replace(new RegExp(`\\b${word}\\b\\s*`), ''), typePart);
  const declarator = text.slice(declaratorSpan.start, nameSpan.start) + (byAddress ? '*' : '') + text.slice(nameSpan.start, declaratorSpan.end);
  return `${cleanType} ${declarator.replace(/\s+/g, ' ').trim()}`;
}

/** Declares a non-static global of the caller's file `extern` in the new file; false for anything else. */
function externOf(program: Program, path: string, root: Node, name: string, visible: Visibility, externs: string[]): boolean {
  const text = program.text(path) ?? '';
  for (const declaration of root.namedChildren) {
    if (declaration?.type !== 'declaration' || hasSpecifier(declaration, new Set(['static', 'extern']))) continue;
    const declarator = declaratorsOf(declaration).find((d) => declaratorName(d)?.text === name);
    if (!declarator) continue;
    const inner = declarator.type === 'init_declarator' ? declarator.childForFieldName('declarator') : declarator;
    const declarationSpan = program.sourceSpan(path, declaration);
    const first = declaratorsOf(declaration)[0];
    const firstSpan = first && program.sourceSpan(path, first);
    const innerSpan = inner && program.sourceSpan(path, inner);
    if (!inner || !declarationSpan || !firstSpan || !innerSpan || descendants(inner, ['function_declarator']).length > 0) return false;
    const typePart = text.slice(declarationSpan.start, firstSpan.start).replace(/\s+/g, ' ').trim();
    const words = typePart.match(/[A-Za-z_]\w*/g) ?? [];
    if (words.some((word) => visible.fileNames.has(word) && !visible.headerNames.has(word))) return false;
    const extern = `extern ${typePart} ${text.slice(innerSpan.start, innerSpan.end).replace(/\s+/g, ' ')};`;
    if (!externs.includes(extern)) externs.push(extern);
    return true;
  }
  return false;
}

/** The names the program's headers declare at file scope or define as macros. */
function namesOfHeaders(program: Program): Set<string> {
  const names = new Set<string>();
  for (const file of program.files) {
    if (!/\.h$/i.test(file.path)) continue;
    const analysis = program.analysis(file.path);
    if (!analysis) continue;
    for (const name of fileScopeNames(analysis.root)) names.add(name);
    for (const define of analysis.parsed.pre.defines) names.add(define.name);
  }
  return names;
}

function macroDefinitions(program: Program): Map<string, { file: string; words: string[] }[]> {
  const macros = new Map<string, { file: string; words: string[] }[]>();
  for (const file of program.files) {
    for (const define of program.analysis(file.path)?.parsed.pre.defines ?? []) {
      const words = (define.body.match(/[A-Za-z_]\w*/g) ?? []).filter((word) => !define.params?.includes(word));
      macros.set(define.name, [...(macros.get(define.name) ?? []), { file: file.path, words }]);
    }
  }
  return macros;
}
