// How a fix writes the release of a cached descriptor copy (WSK008): with the project's own release
// helper or macro when one does exactly that release, else the raw WSK_RELEASE_SD call made with the
// client and dispatch of the call that cached the copy. A helper qualifies by its summary (it releases
// what one parameter holds on every path, and does nothing else the analysis follows); a macro by its
// expansion (a WSK_RELEASE_SD call whose descriptor is a parameter and whose other arguments are the
// contract's). Their other parameters are found by matching their client and dispatch against the
// cache call's, so `KpReleaseSd(devExt, &sd)` and `PF_RELEASE_SD(fwd, &sd)` come out right. Not a rule.

import { NOT_IN_EXPRESSIONS } from '../parse/keywords';
import type { Node } from '../parse/treeSitter';
import type { WskCall } from '../analysis/calls';
import type { RuleContext } from '../analysis/rule';
import { describe } from '../analysis/types';
import type { Operation } from '../wsk/api';
import { expectedText, operationsOf, paramWithRole } from '../wsk/api';

/** Helpers and macros tried at most (a workspace of generated code may define thousands). */
const MAX_CANDIDATES = 32;

export interface ReleaseStatement {
  /** The statement, without indentation: `KpReleaseSd(devExt, &sd);`. */
  readonly text: string;
  /** What releases: the helper's or macro's name, or WSK_RELEASE_SD. */
  readonly by: string;
}

/** The release of what `holder` holds, written where `at` is; undefined when the cache call does not tell how. */
export function releaseStatement(cache: WskCall, holder: string, at: Node, context: RuleContext): ReleaseStatement | undefined {
  const release = operationsOf(cache.api.name).find((op) => op.effect === 'releaseDescriptor');
  const clientParam = paramWithRole(cache.api, 'client');
  const clientArg = clientParam ? cache.arg(clientParam) : undefined;
  if (!release || !clientParam || !clientArg) return undefined;
  const callee = context.text(cache.node.childForFieldName('function') ?? cache.callee);
  const client = context.text(clientArg);
  const raw = cache.api.params.map((param) => {
    if (param.role === 'client') return client;
    if (param.role === 'controlCode') return release.controlCode;
    const contract = release.contract.args.find((a) => a.param === param.name);
    if (contract?.expect === 'descriptorAddress') return `&${holder}`;
    // A parameter without a contract, or one that need only be non-NULL, gets NULL.
    return (contract && expectedText(contract.expect)) ?? 'NULL';
  });
  const target = { callee: tokens(callee), client: tokens(client) };
  const statement = byHelper(cache, holder, target, at, context)
    ?? byMacro(cache, release, raw, holder, target, at, context)
    ?? { text: `${callee}(${raw.join(', ')});`, by: release.controlCode };
  // Code copied from a call that only parses where it stands (`u = typedef.h->…`, half-typed) is no
  // statement: a copied expression naming a keyword no expression holds would not read as one.
  return tokens(statement.text).some((token) => NOT_IN_EXPRESSIONS.has(token)) ? undefined : statement;
}

interface CacheCall {
  readonly callee: readonly string[];
  readonly client: readonly string[];
}

/**
 * A function of the workspace, named in this file or its headers, that releases what one parameter holds
 * on every path and does nothing else the analysis follows.
 */
function byHelper(cache: WskCall, holder: string, target: CacheCall, at: Node, context: RuleContext): ReleaseStatement | undefined {
  const helpers = [...context.descriptorHelpers()].sort((a, b) => (a.name < b.name ? -1 : 1)).slice(0, MAX_CANDIDATES * 4);
  for (const { name, params: declared, summary } of helpers) {
    if (summary.binds.length + summary.applies.length + summary.creates.length > 0 || summary.returns || summary.ends.length !== 1 || summary.ends[0].kind !== 'descriptor') continue;
    if (!context.isNamedHere(name)) continue;
    const params = declared.map((param) => param.name);
    const [effect] = summary.ends;
    const parameter = /^(\*?)\$(\d+)$/.exec(effect.path);
    if (effect.when !== 'always' || !parameter) continue;
    const args: (string | undefined)[] = params.map(() => undefined);
    args[Number(parameter[2])] = parameter[1] === '*' ? `&${holder}` : holder;
    if (args.some((arg) => arg === undefined)) {
      // The other parameters: what the helper's own release call makes of them must be the cache call's client and dispatch.
      const inner = effect.note && !effect.note.via ? callAround(effect.note.node) : undefined;
      const clientIndex = cache.api.params.findIndex((param) => param.role === 'client');
      const innerClient = inner?.childForFieldName('arguments')?.namedChildren[clientIndex];
      const innerCallee = inner?.childForFieldName('function');
      if (!innerClient || !innerCallee) continue;
      const holes = new Set(params.filter((_, index) => args[index] === undefined));
      const pattern = withoutHoleParentheses([...withoutName(tokens(innerCallee.text), cache.api.name), SEPARATOR, ...tokens(innerClient.text)], [...holes]);
      const bound = unify(pattern, [...withoutName(target.callee, cache.api.name), SEPARATOR, ...target.client], holes);
      if (!bound) continue;
      // Each is a variable in scope here of the parameter's type (a look-alike of another driver is not).
      const inScope = context.variablesInScope(at);
      declared.forEach((param, index) => {
        const value = unparenthesised(bound.get(param.name) ?? []);
        const variable = value?.length === 1 ? inScope.find((candidate) => candidate.declaration.name === value[0]) : undefined;
        if (args[index] === undefined && variable && param.type.kind !== 'unknown' && describe(variable.type) === describe(param.type)) args[index] = variable.declaration.name;
      });
      if (args.some((arg) => arg === undefined)) continue;
    }
    return { text: `${name}(${args.join(', ')});`, by: name };
  }
  return undefined;
}

/** A function-like macro, defined where the release goes, that expands to exactly this release. */
function byMacro(cache: WskCall, release: Operation, raw: readonly string[], holder: string, target: CacheCall, at: Node, context: RuleContext): ReleaseStatement | undefined {
  const apiName = cache.api.name;
  // A release macro names the release code itself (`AX_CLIENT_CONTROL(_a, WSK_RELEASE_SD, …)`): only those are expanded.
  const code = new RegExp(`\\b${release.controlCode}\\b`);
  const candidates = context.macrosAt(at).filter((macro) => macro.params.length > 0 && code.test(macro.body)).slice(0, MAX_CANDIDATES);
  for (const { name, params } of candidates) {
    const holes = params.map((_, index) => `__wsk_lint_argument_${index}`);
    const expansion = context.expandAt(at, `${name}(${holes.join(', ')})`);
    if (expansion === undefined || !expansion.includes(release.controlCode)) continue;
    const call = unparenthesised(tokens(expansion));
    const open = call.indexOf(apiName) + 1;
    if (open === 0 || call[open] !== '(' || closing(call, open) !== call.length - 1) continue;
    const args = splitTopLevel(call.slice(open + 1, -1));
    if (args.length !== cache.api.params.length) continue;
    const bound = new Map<string, string[]>();
    let fits = true;
    cache.api.params.forEach((param, index) => {
      const arg = unparenthesised(args[index]);
      const contract = release.contract.args.find((a) => a.param === param.name);
      if (param.role === 'client') return; // matched below, with the dispatch
      if (contract?.expect === 'descriptorAddress') {
        // `(_sd)` takes `&holder`; `&(_sd)` takes `holder`.
        const hole = arg.length === 1 ? arg[0] : arg.length === 2 && arg[0] === '&' ? arg[1] : undefined;
        if (hole === undefined || !holes.includes(hole)) fits = false;
        else bound.set(hole, tokens(arg.length === 1 ? `&${holder}` : holder));
        return;
      }
      if (!sameTokens(arg, unparenthesised(tokens(raw[index])))) fits = false;
    });
    if (!fits) continue;
    const clientIndex = cache.api.params.findIndex((param) => param.role === 'client');
    const pattern = withoutHoleParentheses([...call.slice(0, open - 1), SEPARATOR, ...unparenthesised(args[clientIndex])], holes);
    const rest = unify(pattern, [...withoutName(target.callee, apiName), SEPARATOR, ...target.client], new Set(holes), bound);
    if (!rest || holes.some((hole) => !rest.has(hole))) continue;
    return { text: `${name}(${holes.map((hole) => joined(operand(rest.get(hole) as string[]))).join(', ')});`, by: name };
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------
// Matching code against code, token by token, with holes (parameter names) that stand for expressions.

const SEPARATOR = '\u0000';
const TOKEN = /[A-Za-z_]\w*|\d[\w.]*|->|\+\+|--|&&|\|\||<<|>>|[<>=!]=|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|\S/g;

function tokens(text: string): string[] {
  return text.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, ' ').match(TOKEN) ?? [];
}

/** An argument as written: `(Agent)` as `Agent`, parentheses kept around anything but a name or a chain of fields. */
function operand(list: readonly string[]): readonly string[] {
  const inner = unparenthesised(list);
  return inner.every((token) => /^\w+$/.test(token) || token === '->' || token === '.') ? inner : list;
}

/** Tokens as code: a blank only between two words (`sizeof(PVOID)`, `ctx->Npi`, `&sd`). */
function joined(list: readonly string[]): string {
  return list.reduce((text, token) => (/\w$/.test(text) && /^\w/.test(token) ? `${text} ${token}` : text + token), '');
}

function sameTokens(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((token, i) => token === b[i]);
}

/** The dispatch expression of a callee, `Npi->Dispatch->` of `Npi->Dispatch->WskControlClient`. */
function withoutName(callee: readonly string[], name: string): string[] {
  return callee[callee.length - 1] === name ? callee.slice(0, -1) : [...callee];
}

/**
 * Binds the holes of `pattern` so that it reads as `text`, each hole standing for an operand (balanced
 * tokens, no top-level comma); a hole seen again must stand for the same tokens. A hole after `->` or `.`
 * is a field name, not a hole. Undefined when no binding makes them equal.
 */
function unify(pattern: readonly string[], text: readonly string[], holes: ReadonlySet<string>, bound = new Map<string, string[]>()): Map<string, string[]> | undefined {
  const match = (i: number, j: number, binding: Map<string, string[]>): Map<string, string[]> | undefined => {
    if (i === pattern.length) return j === text.length ? binding : undefined;
    const token = pattern[i];
    const isHole = holes.has(token) && pattern[i - 1] !== '->' && pattern[i - 1] !== '.';
    if (!isHole) return text[j] === token ? match(i + 1, j + 1, binding) : undefined;
    const known = binding.get(token);
    if (known) return sameTokens(text.slice(j, j + known.length), known) ? match(i + 1, j + known.length, binding) : undefined;
    for (let end = j + 1; end <= text.length; end++) {
      const operand = text.slice(j, end);
      if (!isOperand(operand)) continue;
      const found = match(i + 1, end, new Map(binding).set(token, operand));
      if (found) return found;
    }
    return undefined;
  };
  return match(0, 0, new Map(bound));
}

/** Balanced tokens with no comma, semicolon or separator outside brackets. */
function isOperand(operand: readonly string[]): boolean {
  let depth = 0;
  for (const token of operand) {
    if (token === '(' || token === '[') depth++;
    else if (token === ')' || token === ']') depth--;
    else if (depth === 0 && (token === ',' || token === ';' || token === SEPARATOR)) return false;
    if (depth < 0) return false;
  }
  return depth === 0;
}

/** `(_dx)->Npi` as `_dx->Npi`: a macro's parentheses around a parameter, which the code it stands for need not have. */
function withoutHoleParentheses(list: readonly string[], holes: readonly string[]): string[] {
  const result: string[] = [];
  for (let i = 0; i < list.length; i++) {
    if (list[i] === '(' && holes.includes(list[i + 1]) && list[i + 2] === ')') {
      result.push(list[i + 1]);
      i += 2;
    } else {
      result.push(list[i]);
    }
  }
  return result;
}

/** The tokens without the parentheses that enclose all of them. */
function unparenthesised(list: readonly string[]): string[] {
  let result = [...list];
  while (result.length >= 2 && result[0] === '(' && closing(result, 0) === result.length - 1) result = result.slice(1, -1);
  return result;
}

/** The index of the `)` that closes the `(` at `open`. */
function closing(list: readonly string[], open: number): number {
  let depth = 0;
  for (let i = open; i < list.length; i++) {
    if (list[i] === '(') depth++;
    else if (list[i] === ')' && --depth === 0) return i;
  }
  return -1;
}

function splitTopLevel(list: readonly string[]): string[][] {
  const parts: string[][] = [[]];
  let depth = 0;
  for (const token of list) {
    if (token === '(' || token === '[') depth++;
    else if (token === ')' || token === ']') depth--;
    if (token === ',' && depth === 0) parts.push([]);
    else parts[parts.length - 1].push(token);
  }
  return parts;
}

/** The call expression a callee node belongs to. */
function callAround(node: Node): Node | undefined {
  for (let current: Node | null = node; current; current = current.parent) {
    if (current.type === 'call_expression') return current;
    if (current.type.endsWith('statement')) return undefined;
  }
  return undefined;
}
