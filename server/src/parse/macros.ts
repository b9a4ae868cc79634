// Macro expansion for the analysis, and the map from the expanded text back to the source.
//
// tree-sitter parses a "view" of each file: the masked text with the uses of the macros that matter
// replaced by their expansion. A macro matters when its expansion reaches a name the analysis acts on
// (a WSK call or constant, a kernel routine it tracks, control flow such as `goto Exit`), when it is
// used inside the argument list of a WSK call (`SD_SIZE` standing for a size), or — a use of it — when
// it is handed a call or such a name (`TRACE(status = f(…))`). Everything else stays as written, so most
// of a file maps to itself and tree-sitter does the least work.

import type { Define, Undef } from './preprocess';
import { isNonCode, matchingParen } from './preprocess';
import { appendAll } from './arrays';
import { C_KEYWORDS } from './keywords';

/** Which definition of a name applies at an offset of a file. */
export class MacroEnv {
  private readonly byName = new Map<string, { offset: number; define: Define | undefined }[]>();

  /**
   * `entries` in source order; an included header's definitions come at the offset of its `#include`.
   * An `Undef` (or a define of `undefined`) ends the previous definition.
   */
  constructor(entries: Iterable<{ offset: number; entry: Define | Undef }>) {
    for (const { offset, entry } of entries) {
      const list = this.byName.get(entry.name) ?? [];
      list.push({ offset, define: 'body' in entry ? entry : undefined });
      this.byName.set(entry.name, list);
    }
    for (const list of this.byName.values()) list.sort((a, b) => a.offset - b.offset);
  }

  get size(): number {
    return this.byName.size;
  }

  names(): IterableIterator<string> {
    return this.byName.keys();
  }

  /** The last definition before `offset` (undefined when there is none or it was #undef'd). */
  lookup(name: string, offset: number): Define | undefined {
    const list = this.byName.get(name);
    if (!list) return undefined;
    let found: Define | undefined;
    for (const item of list) {
      if (item.offset >= offset) break;
      found = item.define;
    }
    return found;
  }

  /** Every definition of a name in the file, in order (without the #undefs). */
  definitions(name: string): Define[] {
    return (this.byName.get(name) ?? []).flatMap((item) => (item.define ? [item.define] : []));
  }

  /** The last definition anywhere in the file, for judging what a name may expand to. */
  latest(name: string): Define | undefined {
    const list = this.byName.get(name);
    return list?.[list.length - 1].define;
  }
}

export interface ExpansionPolicy {
  /** Names never expanded: the WSK names and the kernel names the analysis recognises. */
  neverExpand(name: string): boolean;
  /** Names whose presence in an expansion makes the macro matter. */
  interesting(name: string): boolean;
  /** Functions whose argument lists get every macro expanded. */
  argumentCallees: readonly string[];
  /** Applied to each expansion (the driver-macro masking). */
  mask(text: string): string;
  /**
   * Words the sources use for other words, where the context shows it: the WDK's excpt.h makes C's
   * `try {`, `except (`, `finally {` and `leave;` mean `__try`, `__except`, `__finally` and `__leave`.
   */
  keywordAliases?: readonly { readonly pattern: RegExp; readonly replacement: string; readonly after?: string }[];
}

/** One replaced macro use: view[viewStart, viewEnd) stands for source[useStart, useEnd). */
export interface Expansion {
  readonly viewStart: number;
  readonly viewEnd: number;
  readonly useStart: number;
  readonly useEnd: number;
  /** End of the macro's name at the use: findings inside the expansion are reported on the name. */
  readonly nameEnd: number;
  readonly name: string;
  /** A function-like macro's arguments at the use: source offsets (blanks trimmed), in order. */
  readonly args?: readonly MacroArgument[];
}

/** One argument of a macro use, and how often the macro's body puts it in as it is (not `#x`, not `x##y`). */
export interface MacroArgument {
  readonly start: number;
  readonly end: number;
  readonly substituted: number;
  /** The argument's code tokens once its own macros are expanded, when that changes them (`SD_SIZE`). */
  readonly expanded?: readonly string[];
}

/** Offsets between the view that tree-sitter parsed and the source the user sees. */
export class SourceMap {
  /** Expansions sorted by position. */
  constructor(readonly expansions: readonly Expansion[]) {}

  static identity = new SourceMap([]);

  get isIdentity(): boolean {
    return this.expansions.length === 0;
  }

  /** The expansion a view offset lies strictly inside, if any. */
  expansionAt(viewOffset: number): Expansion | undefined {
    const index = this.lastBefore(viewOffset, (e) => e.viewStart);
    const e = index >= 0 ? this.expansions[index] : undefined;
    return e && viewOffset < e.viewEnd ? e : undefined;
  }

  /** A view range in source offsets; a range inside one expansion becomes the macro's name. */
  toSource(start: number, end: number): { start: number; end: number; inExpansion: boolean } {
    if (this.isIdentity) return { start, end, inExpansion: false };
    const first = this.expansionAt(start);
    const last = end > start ? this.expansionAt(end - 1) : first;
    if (first && first === last) return { start: first.useStart, end: first.nameEnd, inExpansion: true };
    return {
      start: first ? first.useStart : this.shift(start),
      end: last ? last.useEnd : this.shift(end),
      inExpansion: first !== undefined || last !== undefined,
    };
  }

  /**
   * The source of a view range that lies inside one expansion and is exactly the text of one argument of
   * the use: that argument's source range, where an edit of the range belongs. Only when the argument is
   * put into the body once and its text appears once in the whole expansion (a macro that copies its
   * argument, or a body that spells the same tokens, would make the edit reach elsewhere).
   * `source`: the masked source text (what the view was expanded from).
   */
  argumentSource(start: number, end: number, view: string, source: string): { start: number; end: number } | undefined {
    const expansion = this.expansionAt(start);
    if (!expansion?.args || end > expansion.viewEnd || end <= start) return undefined;
    const expanded = codeTokens(view.slice(expansion.viewStart, expansion.viewEnd));
    let wanted = codeTokens(view.slice(start, end));
    for (let attempt = 0; attempt < 2 && wanted.length > 0; attempt++) {
      const matches = expansion.args.filter((arg) => arg.substituted === 1 && (sameTokens(codeTokens(source.slice(arg.start, arg.end)), wanted) || (arg.expanded !== undefined && sameTokens(arg.expanded, wanted))));
      if (matches.length === 1) return occurrences(expanded, wanted) === 1 ? { start: matches[0].start, end: matches[0].end } : undefined;
      if (matches.length > 1 || !isParenthesised(wanted)) return undefined;
      // The body wraps its parameter in parentheses, `(_psd)`: the argument is what they hold.
      wanted = wanted.slice(1, -1);
    }
    return undefined;
  }

  /** The expansion a view range is the whole of (its blank padding aside), if any: the use stands for the range. */
  wholeExpansion(start: number, end: number, view: string): Expansion | undefined {
    const expansion = this.expansionAt(start);
    if (!expansion || end > expansion.viewEnd) return undefined;
    const text = view.slice(expansion.viewStart, expansion.viewEnd);
    const from = expansion.viewStart + (text.length - text.trimStart().length);
    const to = expansion.viewEnd - (text.length - text.trimEnd().length);
    return start === from && end === to ? expansion : undefined;
  }

  /** A source offset in the view; undefined inside a macro use that was expanded. */
  toView(sourceOffset: number): number | undefined {
    let delta = 0;
    for (const e of this.expansions) {
      if (sourceOffset < e.useStart) break;
      if (sourceOffset < e.useEnd) return undefined;
      delta += (e.viewEnd - e.viewStart) - (e.useEnd - e.useStart);
    }
    return sourceOffset + delta;
  }

  /** A view offset outside expansions in the source. */
  private shift(viewOffset: number): number {
    const index = this.lastBefore(viewOffset, (e) => e.viewEnd);
    if (index < 0) return viewOffset;
    const e = this.expansions[index];
    return viewOffset - e.viewEnd + e.useEnd;
  }

  /** Index of the last expansion whose key is <= offset. */
  private lastBefore(offset: number, key: (e: Expansion) => number): number {
    let lo = 0;
    let hi = this.expansions.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (key(this.expansions[mid]) <= offset) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }
}

const CONTROL_WORDS = new Set(['return', 'goto', 'break', 'continue', 'if', 'else', 'switch', 'case', 'while', 'for', 'do', '__leave', '__try', '__except', '__finally']);

/** Limits that keep a hostile macro from exploding the text. */
const MAX_DEPTH = 48;
const MAX_EXPANSION = 64 * 1024;
/**
 * How much all of a file's expansions may add to its text: past it, uses stay as written (as one too
 * large does). Each use is bounded, but a few hundred uses of a huge macro made a 6 KB source a 15 MB
 * view that took 15 s to parse (a fuzz input).
 */
function maxGrowth(length: number): number {
  return Math.max(1024 * 1024, 4 * length);
}

/**
 * Builds the view of a masked text: the uses of the macros that matter replaced by their expansion.
 */
export function expandMacros(masked: string, nonCode: Int32Array, env: MacroEnv, policy: ExpansionPolicy): { view: string; map: SourceMap } {
  const uses: { start: number; name: string; alias?: string }[] = [];
  for (const { pattern, replacement, after } of policy.keywordAliases ?? []) {
    pattern.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = pattern.exec(masked)) !== null) {
      if (after !== undefined && previousNonSpace(masked, m.index) !== after) continue;
      if (!isNonCode(nonCode, m.index)) uses.push({ start: m.index, name: m[0], alias: replacement });
    }
  }
  if (env.size === 0 && uses.length === 0) return { view: masked, map: SourceMap.identity };
  const expander = new Expander(env, policy);
  const relevant = [...env.names()].filter((name) => !policy.neverExpand(name) && expander.matters(name));
  if (relevant.length > 0) collectUses(masked, nonCode, new RegExp(`\\b(?:${relevant.join('|')})\\b`, 'g'), uses);
  for (const [start, end] of argumentRanges(masked, nonCode, policy.argumentCallees)) {
    const identifiers = /[A-Za-z_]\w*/g;
    identifiers.lastIndex = start;
    let m: RegExpExecArray | null;
    while ((m = identifiers.exec(masked)) !== null && m.index < end) {
      if (!policy.neverExpand(m[0]) && env.lookup(m[0], m.index) && !isNonCode(nonCode, m.index)) uses.push({ start: m.index, name: m[0] });
    }
  }
  collectWrapperUses(masked, nonCode, env, policy, new Set(relevant), uses);
  if (uses.length === 0) return { view: masked, map: SourceMap.identity };
  uses.sort((a, b) => a.start - b.start);

  const parts: string[] = [];
  const expansions: Expansion[] = [];
  let at = 0;
  let viewLength = 0;
  let growth = maxGrowth(masked.length);
  for (const use of uses) {
    if (use.start < at) continue; // inside the arguments of a use already expanded
    const define = use.alias === undefined ? env.lookup(use.name, use.start) : undefined;
    const expanded = use.alias !== undefined
      ? { text: use.alias, end: use.start + use.name.length }
      : define ? expander.expandUse(masked, use.start, use.name, define) : undefined;
    if (!expanded) continue;
    growth -= expanded.text.length - (expanded.end - use.start);
    if (growth < 0) break;
    const before = masked.slice(at, use.start);
    parts.push(before, expanded.text);
    viewLength += before.length;
    expansions.push({
      viewStart: viewLength,
      viewEnd: viewLength + expanded.text.length,
      useStart: use.start,
      useEnd: expanded.end,
      nameEnd: use.start + use.name.length,
      name: use.name,
      ...('args' in expanded && expanded.args ? { args: expanded.args } : {}),
    });
    viewLength += expanded.text.length;
    at = expanded.end;
  }
  if (expansions.length === 0) return { view: masked, map: SourceMap.identity };
  parts.push(masked.slice(at));
  return { view: parts.join(''), map: new SourceMap(expansions) };
}

/**
 * What a piece of code expands to when written at `offset` of a file whose macros are `env` (the text of
 * `MY_RELEASE_SD(a, b)` as the view would hold it), or undefined when the expansion is too large.
 */
export function expandText(text: string, env: MacroEnv, offset: number, policy: ExpansionPolicy): string | undefined {
  try {
    return policy.mask(new Expander(env, policy).rescanText(text, offset));
  } catch (error) {
    if (error instanceof ExpansionTooLarge) return undefined;
    throw error;
  }
}

function previousNonSpace(text: string, at: number): string | undefined {
  for (let i = at - 1; i >= 0; i--) if (!/\s/.test(text[i])) return text[i];
  return undefined;
}

function collectUses(text: string, nonCode: Int32Array, pattern: RegExp, into: { start: number; name: string }[]): void {
  let m: RegExpExecArray | null;
  while ((m = pattern.exec(text)) !== null) {
    if (!isNonCode(nonCode, m.index)) into.push({ start: m.index, name: m[0] });
  }
}

/**
 * Uses of function-like macros that matter by what they are handed: a macro that wraps its argument
 * (`TRACE_CALL(status = Dispatch->WskBind(…))`, `VERIFY(ReleaseSd(&sd))`) reaches no name the analysis
 * acts on itself, but left as written its argument would be read as the argument of an unknown function:
 * the value of a call in it (a WSK call's status, what a helper returns) lost, its IRP given away. Such a
 * use is expanded when its arguments make a call or name something that matters.
 */
function collectWrapperUses(text: string, nonCode: Int32Array, env: MacroEnv, policy: ExpansionPolicy, relevant: ReadonlySet<string>, into: { start: number; name: string }[]): void {
  const matters = (name: string) => policy.interesting(name) || relevant.has(name) || CONTROL_WORDS.has(name);
  const unparsable = unparsableMacros(env);
  const call = /\b([A-Za-z_]\w*)[ \t]*\(/g;
  // A use inside the arguments of one already taken is expanded with it: not scanned again (a deep
  // nest of uses would be scanned once per level).
  let covered = 0;
  let m: RegExpExecArray | null;
  while ((m = call.exec(text)) !== null) {
    const name = m[1];
    if (m.index < covered || relevant.has(name) || policy.neverExpand(name) || !env.lookup(name, m.index)?.params || unparsable(name) || isNonCode(nonCode, m.index)) continue;
    const open = m.index + m[0].length - 1;
    const close = matchingParen(text, open);
    // `F(…) {`: a function's head (a name a header also defines as a macro), not a use in code.
    if (/^\s*\{/.test(text.slice(close, close + 80))) continue;
    // An identifier that matters, or one called (`f(`, not a keyword's or a declarator's `void (*p)`), in
    // the arguments; none whose expansion tree-sitter cannot read.
    const inside = /([A-Za-z_]\w*)(\s*\((?!\s*\*))?/g;
    inside.lastIndex = open + 1;
    let wraps = false;
    let id: RegExpExecArray | null;
    while ((id = inside.exec(text)) !== null && id.index < close) {
      if (isNonCode(nonCode, id.index)) continue;
      if (unparsable(id[1])) {
        wraps = false;
        break;
      }
      wraps ||= (id[2] !== undefined && !C_KEYWORDS.has(id[1])) || matters(id[1]);
    }
    if (wraps) {
      into.push({ start: m.index, name });
      covered = close;
    }
  }
}

/**
 * The macros whose expansion tree-sitter cannot read, themselves or through the macros they use: GNU C's
 * `typeof` and statement expressions (`({ … })`). Left as written, a use of one is at worst an unknown
 * call; expanded, it would be a parse error in the function.
 */
function unparsableMacros(env: MacroEnv): (name: string) => boolean {
  const known = new Map<string, boolean>();
  const unparsable = (name: string, depth: number): boolean => {
    const memo = known.get(name);
    if (memo !== undefined) return memo;
    known.set(name, false); // a macro that uses itself is not expanded twice
    const body = env.latest(name)?.body;
    const result = body !== undefined && (GNU_ONLY.test(body) || (depth < MAX_DEPTH && [...body.matchAll(/[A-Za-z_]\w*/g)].some((word) => word[0] !== name && env.latest(word[0]) !== undefined && unparsable(word[0], depth + 1))));
    known.set(name, result);
    return result;
  };
  return (name) => unparsable(name, 0);
}

const GNU_ONLY = /\b(?:typeof|__typeof__|__typeof|__auto_type)\b|\(\s*\{/;

/** [open, close) of the argument lists of calls to the given names, found in the text. */
function argumentRanges(text: string, nonCode: Int32Array, callees: readonly string[]): [number, number][] {
  if (callees.length === 0) return [];
  const pattern = new RegExp(`\\b(?:${callees.join('|')})\\s*\\(`, 'g');
  const ranges: [number, number][] = [];
  let m: RegExpExecArray | null;
  while ((m = pattern.exec(text)) !== null) {
    if (isNonCode(nonCode, m.index)) continue;
    const open = m.index + m[0].length - 1;
    ranges.push([open, matchingParen(text, open)]);
  }
  return ranges;
}

// ---------------------------------------------------------------------------------------------------
// The expander: C's rules, simplified where drivers never go (no argument that runs past the use).

type Token = { kind: 'id' | 'num' | 'str' | 'punct' | 'space'; text: string };

const TOKEN = /([A-Za-z_]\w*)|(\.?\d(?:[eEpP][+-]|[\w.])*)|((?:[LuU]|u8)?"(?:[^"\\\n]|\\[\s\S])*"?|(?:[LuU])?'(?:[^'\\\n]|\\[\s\S])*'?)|(\/\*[\s\S]*?\*\/|\/\/[^\n]*|\s+)|(##|#|->|\+\+|--|<<=|>>=|<<|>>|<=|>=|==|!=|&&|\|\||[-+*/%&|^]=|\.\.\.|[\s\S])/g;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text)) !== null) {
    if (m[1] !== undefined) tokens.push({ kind: 'id', text: m[1] });
    else if (m[2] !== undefined) tokens.push({ kind: 'num', text: m[2] });
    else if (m[3] !== undefined) tokens.push({ kind: 'str', text: m[3] });
    else if (m[4] !== undefined) {
      if (tokens.length === 0 || tokens[tokens.length - 1].kind !== 'space') tokens.push({ kind: 'space', text: ' ' });
    } else tokens.push({ kind: 'punct', text: m[5] });
  }
  return tokens;
}

class ExpansionTooLarge extends Error {}

class Expander {
  private readonly mattersMemo = new Map<string, boolean>();
  private produced = 0;

  constructor(private readonly env: MacroEnv, private readonly policy: ExpansionPolicy) {}

  /** Whether a macro's expansion reaches an interesting name or control flow (any definition of it). */
  matters(name: string, seen = new Set<string>()): boolean {
    const memo = this.mattersMemo.get(name);
    if (memo !== undefined) return memo;
    if (seen.has(name)) return false;
    seen.add(name);
    const define = this.env.latest(name);
    let result = false;
    if (define) {
      for (const token of tokenize(define.body)) {
        if (token.kind !== 'id') continue;
        if (CONTROL_WORDS.has(token.text) || this.policy.interesting(token.text)) {
          result = true;
          break;
        }
        if (!this.policy.neverExpand(token.text) && this.env.latest(token.text) && this.matters(token.text, seen)) {
          result = true;
          break;
        }
      }
    }
    this.mattersMemo.set(name, result);
    return result;
  }

  /** Expands the use of `name` at `start`; undefined when it is not a use (a function-like macro without arguments) or too large. */
  expandUse(text: string, start: number, name: string, define: Define): { text: string; end: number; args?: MacroArgument[] } | undefined {
    // A body over the limit is never expanded: checked first, not re-tokenized at every use.
    if (define.body.length > MAX_EXPANSION) return undefined;
    let end = start + name.length;
    let args: string[] | undefined;
    let spans: MacroArgument[] | undefined;
    if (define.params) {
      let open = end;
      while (open < text.length && /\s/.test(text[open])) open++;
      if (text[open] !== '(') return undefined;
      end = matchingParen(text, open);
      args = splitArguments(text.slice(open + 1, end - 1));
    }
    if (define.params && args) spans = this.argumentSpans(args, end - 1 - args.join(',').length, start, define);
    this.produced = 0;
    try {
      // Arguments are expanded in the context of the use (C's rule), before the macro hides itself.
      const body = this.substitute(define, args, start, new Set(), 0);
      const expanded = this.rescan(body, start, new Set([name]), 0);
      return { text: this.policy.mask(` ${expanded} `), end, ...(spans ? { args: spans } : {}) };
    } catch (error) {
      if (error instanceof ExpansionTooLarge) return undefined;
      throw error;
    }
  }

  /** The arguments of a use, from `from` (just past its `(`): where each is, and what it becomes in the view. */
  private argumentSpans(args: readonly string[], from: number, at: number, define: Define): MacroArgument[] {
    const uses = plainUses(define);
    let offset = from;
    return args.map((arg, index) => {
      const lead = arg.length - arg.trimStart().length;
      const span = { start: offset + lead, end: offset + arg.trimEnd().length, substituted: uses[index] ?? 0 };
      offset += arg.length + 1;
      if (span.substituted !== 1) return span;
      // What the argument becomes in the view: C expands an argument's macros before putting it in.
      const own = codeTokens(arg);
      this.produced = 0;
      try {
        const expanded = codeTokens(this.rescan(tokenize(arg), at, new Set(), 1));
        return sameTokens(expanded, own) ? span : { ...span, expanded };
      } catch (error) {
        if (error instanceof ExpansionTooLarge) return span;
        throw error;
      }
    });
  }

  /** Every macro of a text expanded, as written at `at`. */
  rescanText(text: string, at: number): string {
    this.produced = 0;
    return this.rescan(tokenize(text), at, new Set(), 0);
  }

  private substitute(define: Define, args: string[] | undefined, at: number, hidden: Set<string>, depth: number): Token[] {
    // Before tokenizing: a body over the limit would be tokenized again at every use only to be dropped.
    if (define.body.length > MAX_EXPANSION) throw new ExpansionTooLarge();
    const body = tokenize(define.body);
    if (!define.params || !args) return body;
    const params = define.params;
    const argumentOf = (name: string): string | undefined => {
      const index = params.indexOf(name);
      if (index < 0) return undefined;
      if (define.variadic && index === params.length - 1) return args.slice(index).join(',');
      return args[index] ?? '';
    };
    const out: Token[] = [];
    for (let i = 0; i < body.length; i++) {
      const token = body[i];
      if (token.kind === 'punct' && token.text === '#' ) {
        const next = nextNonSpace(body, i);
        const arg = next >= 0 && body[next].kind === 'id' ? argumentOf(body[next].text) : undefined;
        if (arg !== undefined) {
          out.push({ kind: 'str', text: JSON.stringify(arg.trim().replace(/\s+/g, ' ')) });
          i = next;
          continue;
        }
      }
      if (token.kind === 'id') {
        const arg = argumentOf(token.text);
        if (arg !== undefined && define.variadic && token.text === params[params.length - 1] && arg.trim() === '') {
          // An empty `__VA_ARGS__` takes the comma before it along (as MSVC does, and GNU's `, ## __VA_ARGS__`).
          while (out.length > 0 && (out[out.length - 1].kind === 'space' || out[out.length - 1].text === '##')) out.pop();
          if (out.length > 0 && out[out.length - 1].text === ',') out.pop();
          continue;
        }
        if (arg !== undefined) {
          const pasted = isPasteNeighbour(body, i);
          appendAll(out, pasted ? tokenize(arg) : tokenize(this.rescan(tokenize(arg), at, hidden, depth + 1)));
          continue;
        }
      }
      out.push(token);
    }
    return paste(out);
  }

  private rescan(tokens: Token[], at: number, hidden: Set<string>, depth: number): string {
    if (depth > MAX_DEPTH) throw new ExpansionTooLarge();
    let out = '';
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i];
      const define = token.kind === 'id' && !hidden.has(token.text) && !this.policy.neverExpand(token.text)
        ? this.env.lookup(token.text, at)
        : undefined;
      if (!define) {
        out += token.text;
        // A body of plain tokens counts too: a megabyte-long define is no macro the analysis can use.
        if (out.length > MAX_EXPANSION) throw new ExpansionTooLarge();
        continue;
      }
      let args: string[] | undefined;
      if (define.params) {
        const open = nextNonSpace(tokens, i);
        if (open < 0 || tokens[open].text !== '(') {
          out += token.text;
          continue;
        }
        const close = closingToken(tokens, open);
        args = splitArguments(tokens.slice(open + 1, close).map((t) => t.text).join(''));
        i = close;
      }
      const inner = new Set(hidden).add(token.text);
      out += ` ${this.rescan(this.substitute(define, args, at, hidden, depth + 1), at, inner, depth + 1)} `;
      this.produced += out.length;
      if (this.produced > MAX_EXPANSION) throw new ExpansionTooLarge();
    }
    return out;
  }
}

/**
 * How often the body of a function-like macro puts each parameter in as it is: not stringified (`#x`),
 * not pasted (`x##y`). A variadic macro's last parameter counts as never (it stands for several).
 */
function plainUses(define: Define): number[] {
  const params = define.params ?? [];
  const counts = params.map(() => 0);
  const body = tokenize(define.body);
  body.forEach((token, i) => {
    const index = token.kind === 'id' ? params.indexOf(token.text) : -1;
    if (index < 0 || (define.variadic && index === params.length - 1) || isPasteNeighbour(body, i)) return;
    const before = previousToken(body, i);
    if (before !== undefined && body[before].text === '#') return;
    counts[index]++;
  });
  return counts;
}

function previousToken(tokens: Token[], i: number): number | undefined {
  for (let j = i - 1; j >= 0; j--) if (tokens[j].kind !== 'space') return j;
  return undefined;
}

/** The tokens of a text that are code (no blanks or comments), as strings. */
function codeTokens(text: string): string[] {
  return tokenize(text).filter((token) => token.kind !== 'space').map((token) => token.text);
}

function sameTokens(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((token, i) => token === b[i]);
}

/** Whether the tokens are `( … )` with the two parentheses matching each other. */
function isParenthesised(tokens: readonly string[]): boolean {
  if (tokens[0] !== '(' || tokens[tokens.length - 1] !== ')') return false;
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i] === '(') depth++;
    else if (tokens[i] === ')' && --depth === 0) return i === tokens.length - 1;
  }
  return false;
}

/** How many times `needle` occurs as a run of whole tokens in `haystack`. */
function occurrences(haystack: readonly string[], needle: readonly string[]): number {
  let count = 0;
  for (let i = 0; i + needle.length <= haystack.length; i++) {
    if (needle.every((token, j) => haystack[i + j] === token)) count++;
  }
  return count;
}

function nextNonSpace(tokens: Token[], i: number): number {
  for (let j = i + 1; j < tokens.length; j++) if (tokens[j].kind !== 'space') return j;
  return -1;
}

function isPasteNeighbour(tokens: Token[], i: number): boolean {
  const next = nextNonSpace(tokens, i);
  if (next >= 0 && tokens[next].text === '##') return true;
  for (let j = i - 1; j >= 0; j--) {
    if (tokens[j].kind === 'space') continue;
    return tokens[j].text === '##';
  }
  return false;
}

function paste(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].text !== '##') {
      out.push(tokens[i]);
      continue;
    }
    while (out.length > 0 && out[out.length - 1].kind === 'space') out.pop();
    const next = nextNonSpace(tokens, i);
    const left = out.pop();
    const right = next >= 0 ? tokens[next] : undefined;
    out.push({ kind: 'id', text: (left?.text ?? '') + (right?.text ?? '') });
    if (next >= 0) i = next;
  }
  return out;
}

/** Index of the `)` that closes the `(` token at `open` (or the last token). */
function closingToken(tokens: Token[], open: number): number {
  let depth = 0;
  for (let i = open; i < tokens.length; i++) {
    if (tokens[i].text === '(') depth++;
    else if (tokens[i].text === ')' && --depth === 0) return i;
  }
  return tokens.length - 1;
}

/** Splits macro arguments at top-level commas (parentheses, brackets and literals respected). */
export function splitArguments(text: string): string[] {
  const args: string[] = [];
  let depth = 0;
  let current = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth--;
    else if (c === '"' || c === "'") {
      const quote = c;
      for (i++; i < text.length && text[i] !== quote; i++) if (text[i] === '\\') i++;
    } else if (c === ',' && depth === 0) {
      args.push(text.slice(current, i));
      current = i + 1;
    }
  }
  if (text.trim().length > 0 || args.length > 0) args.push(text.slice(current));
  return args;
}
