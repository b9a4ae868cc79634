// The first pass over a driver source, before tree-sitter sees it. One scan finds comments, strings,
// preprocessor directives and the WDK's annotation macros; the result is a "masked" text of exactly
// the same length (so every offset, line and column stays true) in which
// - SAL, calling-convention and other annotation macros (and their parenthesised arguments) are blanks,
// - dead `#if 0` groups (and the dead `#else` of `#if 1`) are blanks, so nothing in them is analysed,
// plus the directives that macro expansion needs (#define, #undef, #include).

export interface Define {
  readonly name: string;
  /** Parameter names of a function-like macro; undefined for an object-like one. */
  readonly params: readonly string[] | undefined;
  readonly variadic: boolean;
  /** Replacement text, comments removed, continuations joined. */
  readonly body: string;
  /** Offset of the `#` of the directive. */
  readonly offset: number;
  /** Offset of the macro name in the defining text. */
  readonly nameOffset: number;
}

export interface Undef {
  readonly name: string;
  readonly offset: number;
}

export interface Include {
  /** The path as written between the quotes or the angle brackets. */
  readonly path: string;
  /** `#include <…>`: searched in the include directories only, not next to the including file. */
  readonly angled: boolean;
  readonly offset: number;
}

export interface Preprocessed {
  readonly masked: string;
  readonly defines: readonly Define[];
  readonly undefs: readonly Undef[];
  readonly includes: readonly Include[];
  /**
   * Sorted, non-overlapping [start, end) pairs of text that is not code for the analysis: comments,
   * string and character literals, directive lines and dead groups.
   */
  readonly nonCode: Int32Array;
  /**
   * The IRQL annotations masking blanked (`_IRQL_requires_(DISPATCH_LEVEL)`, `__drv_minIRQL(…)`), with
   * their argument text: the analysis reads from them where a function runs, and the masked text no
   * longer holds them.
   */
  readonly irqlAnnotations: readonly IrqlAnnotation[];
  /**
   * Where a block comment or a literal starts that is never closed (it runs to the end of the file, or
   * of its line): tree-sitter reads on after it as code, this pass as part of it (nonCode).
   */
  readonly unterminated: readonly number[];
}

export interface IrqlAnnotation {
  readonly name: string;
  /** The text between the parentheses, blanks trimmed; empty when there are none. */
  readonly argument: string;
  /** Source offsets of the whole annotation. */
  readonly start: number;
  readonly end: number;
}

/** SAL names that speak of the IRQL (kept at masking, see Preprocessed.irqlAnnotations). */
const IRQL_ANNOTATION = /^(?:_IRQL_\w*|__drv_\w*IRQL\w*)$/;

/**
 * Annotation names blanked wherever they stand (they never take arguments): old-style parameter
 * markers, qualifiers tree-sitter-c does not know, and calling conventions / import-export decorations
 * of the WDK, Win32 and COM headers (`FLTAPI` of fltKernel.h, `PASCAL` of windef.h, the `__RPC_*` of
 * rpc.h, the legacy one-underscore MSVC keywords `_cdecl`, `_inline`, …).
 */
const BARE_ANNOTATIONS = [
  'IN', 'OUT', 'OPTIONAL', 'CONST', 'UNALIGNED', 'VOLATILE', 'RESTRICTED_POINTER', 'POINTER_32', 'POINTER_64',
  '__volatile', '__ptr32', '__ptr64', '__w64',
  'WSKAPI', 'NTAPI', 'NTSYSAPI', 'NTSYSCALLAPI', 'NTKERNELAPI', 'NTHALAPI', 'NTSTRSAFEAPI', 'NTSTRSAFEDDI',
  'NTAPI_INLINE', 'FASTCALL', 'FORCEINLINE', 'WINAPI', 'WINAPIV', 'APIENTRY', 'APIPRIVATE', 'CALLBACK', 'PASCAL',
  'STDAPICALLTYPE', 'STDAPIVCALLTYPE', 'STDMETHODCALLTYPE', 'STDMETHODVCALLTYPE', 'WDFAPI', 'FLTAPI',
  'SCSIPORT_API', 'STORPORT_API', '__RPC_API', '__RPC_USER', '__RPC_STUB', '__RPC_CALLEE', '__RPC_FAR',
  '_cdecl', '_stdcall', '_fastcall', '_inline',
  'EXTERN_C', 'EXTERN_C_START', 'EXTERN_C_END', 'INLINE', 'CFORCEINLINE', 'DECLSPEC_IMPORT', 'DECLSPEC_EXPORT',
  'DECLSPEC_NOINLINE', 'DECLSPEC_NORETURN', 'DECLSPEC_NOTHROW', 'DECLSPEC_SELECTANY', 'DECLSPEC_CACHEALIGN',
  'DECLSPEC_NOVTABLE', 'DECLSPEC_RESTRICT', 'DECLSPEC_GUARDNOCF', 'DECLSPEC_GUARD_SUPPRESS',
];

/**
 * The first words of SAL 2 annotation names, from sal.h, concurrencysal.h, driverspecs.h and
 * fltKernel.h (`_In_`, `_Inout_opt_`, `_IRQL_requires_max_`, `_Acquires_lock_`, `_Flt_CompletionContext_Outptr_`).
 * A list rather than any `_Xxx_` shape: drivers name struct tags and macros that way too
 * (`struct _TCP_HEADER_`, `#define _DRIVER_NAME_ "…"`), and those are code. The implementation layer
 * (`_Pre1_impl_`, `_SA_annotes…`) never appears in driver sources.
 */
const SAL_FIRST_WORDS = [
  'In', 'Out', 'Inout', 'Outptr', 'Outref', 'Deref', 'Ret', 'Pre', 'Post', 'Prepost', 'Field', 'Struct', 'Reserved',
  'Const', 'Null', 'NullNull', 'Notnull', 'Maybenull', 'Valid', 'Notvalid', 'Maybevalid', 'Notref', 'Literal',
  'Notliteral', 'Readable', 'Writable', 'Points', 'Printf', 'Scanf', 'Frees', 'Unreferenced', 'Inexpressible',
  'Curr', 'Old', 'Unchanged', 'When', 'At', 'Group', 'Success', 'Return', 'Result', 'On', 'Always', 'Satisfies',
  'Must', 'Check', 'Use', 'Strict', 'Enum', 'Landmark', 'Analysis', 'Raises', 'Maybe', 'Called', 'COM', 'Flt',
  'IRQL', 'Kernel', 'Function', 'Dispatch',
  'Acquires', 'Releases', 'Requires', 'Guarded', 'Write', 'Interlocked', 'Benign', 'No', 'Has', 'Create', 'Lock', 'Global',
];

/** SAL 1 (specstrings.h, concurrencysal.h) names after their `__`, each possibly followed by `_…`. */
const SAL1_WORDS = [
  'in', 'out', 'inout', 'deref', 'ecount', 'bcount', 'xcount', 'field', 'range', 'success', 'typefix', 'format_string',
  'nullterminated', 'nullnullterminated', 'reserved', 'checkReturn', 'notnull', 'maybenull', 'readonly', 'notreadonly',
  'maybereadonly', 'valid', 'notvalid', 'maybevalid', 'refparam', 'precond', 'postcond', 'exceptthat', 'on_failure',
  'fallthrough', 'nothrow', 'override', 'callback', 'control_entrypoint', 'data_entrypoint', 'analysis_assume',
  'analysis_noreturn', 'analysis_suppress_lock_checking', 'kernel_entry', 'kernel_driver', 'user_driver', 'user_code',
  'kernel_code', 'post', 'pre', 'acquires', 'releases', 'requires', 'guarded_by', 'write_guarded_by', 'has_lock_level',
  'has_lock_property', 'declare_lock_level', 'lock_level_order', 'no_competing_thread', 'function_ignore_lock_checking',
  'interlocked', 'blocksOn',
];

/**
 * Annotation shapes (may take a parenthesised argument list, which is blanked with them):
 * SAL 2 (`_In_`, `_IRQL_requires_max_(…)`, `_When_(…)`), `__drv_*`, SAL 1 (`__in`, `__out_bcount(n)`),
 * the RPC annotations of rpcsal.h (`__RPC__in`, `__RPC__out_ecount_full(n)`), `DECLSPEC_ALIGN(n)` and
 * the other `DECLSPEC_*`, `__declspec(…)`, `C_ASSERT(…)`, and the pragma operators `__pragma(…)` and
 * `_Pragma("…")`, which are compile-time only.
 */
const ANNOTATION_SHAPES = [
  `_(?:${SAL_FIRST_WORDS.join('|')})(?:_[A-Za-z0-9]+)*_`,
  '__drv_\\w+',
  `__(?:${SAL1_WORDS.join('|')})(?:_\\w+)?`,
  '__RPC__\\w+',
  'DECLSPEC_\\w+',
  '__declspec',
  'C_ASSERT',
  '__pragma',
  '_Pragma',
];

const MASK_NAME = `(?:${[...BARE_ANNOTATIONS, ...ANNOTATION_SHAPES].join('|')})`;

// Alternatives, in order: line comment, block comment, string, char literal, directive line (with
// continuations), annotation name. Groups tell which matched. A backslash continues a line before
// `\n` and before `\r\n` alike (Windows sources).
const SCANNER = new RegExp(
  [
    '(\\/\\/[^\\n]*)',
    '(\\/\\*[\\s\\S]*?(?:\\*\\/|$(?![\\s\\S])))',
    '((?:\\b[LuU]|\\bu8)?"(?:[^"\\\\\\n]|\\\\(?:\\r\\n|[\\s\\S]))*"?)',
    "((?:\\b[LuU])?'(?:[^'\\\\\\n]|\\\\(?:\\r\\n|[\\s\\S]))*'?)",
    '(^[ \\t]*#(?:[^\\n\\\\]|\\\\(?:\\r\\n|[\\s\\S]))*)',
    `\\b(${MASK_NAME})\\b`,
  ].join('|'),
  'gm',
);

const TAKES_NO_ARGUMENTS = new Set(BARE_ANNOTATIONS);

export function preprocess(text: string): Preprocessed {
  const blanks: number[] = [];
  const nonCode: number[] = [];
  const directives: { start: number; end: number }[] = [];
  const irqlAnnotations: IrqlAnnotation[] = [];
  const unterminated: number[] = [];
  SCANNER.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = SCANNER.exec(text)) !== null) {
    const start = match.index;
    const end = start + match[0].length;
    if (match[6] !== undefined) {
      let blankEnd = end;
      if (!TAKES_NO_ARGUMENTS.has(match[6])) {
        const open = skipBlanksOnLine(text, end);
        if (text.charCodeAt(open) === 40 /* ( */) {
          blankEnd = matchingParen(text, open);
          SCANNER.lastIndex = blankEnd;
        }
      }
      blanks.push(start, blankEnd);
      if (IRQL_ANNOTATION.test(match[6])) {
        const open = text.indexOf('(', end);
        const argument = blankEnd > end && open >= 0 && open < blankEnd ? text.slice(open + 1, blankEnd - 1).trim() : '';
        irqlAnnotations.push({ name: match[6], argument, start, end: blankEnd });
      }
      continue;
    }
    if (match[0].length === 0) {
      SCANNER.lastIndex++;
      continue;
    }
    if (match[5] !== undefined) directives.push({ start, end });
    else if (match[2] !== undefined ? !closedComment(match[2]) : match[1] === undefined && !closedLiteral(match[3] ?? match[4])) unterminated.push(start);
    nonCode.push(start, end);
  }

  const collected = readDirectives(text, directives, blanks);
  return {
    masked: blankRanges(text, blanks),
    defines: collected.defines,
    undefs: collected.undefs,
    includes: collected.includes,
    nonCode: mergeRanges(nonCode, collected.dead),
    irqlAnnotations,
    unterminated,
  };
}

/** A block comment that ends with its `*\/` (one left open runs to the end of the file). */
function closedComment(comment: string): boolean {
  return comment.length >= 4 && comment.endsWith('*/');
}

/** A string or character literal that ends with its own quote (not an escaped one). */
function closedLiteral(literal: string): boolean {
  const quote = literal[literal.length - 1];
  const open = literal.indexOf(quote === "'" ? "'" : '"');
  if (literal.length - open < 2 || (quote !== '"' && quote !== "'")) return false;
  let backslashes = 0;
  for (let i = literal.length - 2; i > open && literal[i] === '\\'; i--) backslashes++;
  return backslashes % 2 === 0;
}

/** Replaces every character of the given ranges except line breaks with a space. */
export function blankRanges(text: string, ranges: readonly number[]): string {
  if (ranges.length === 0) return text;
  const order = sortedPairs(ranges);
  const parts: string[] = [];
  let at = 0;
  for (let i = 0; i < order.length; i += 2) {
    const start = Math.max(order[i], at);
    const end = order[i + 1];
    if (end <= start) continue;
    parts.push(text.slice(at, start), blanked(text.slice(start, end)));
    at = end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/** Spaces to cut short blanks from (most ranges are a short comment, literal or word). */
const SPACES = ' '.repeat(256);

/** A piece of text with every character but line breaks turned into a space. */
function blanked(piece: string): string {
  if (piece.length <= SPACES.length && !/[\r\n]/.test(piece)) return SPACES.slice(0, piece.length);
  return piece.replace(/[^\r\n]/g, ' ');
}

/** Whether `offset` lies in a comment, literal, directive or dead group. */
export function isNonCode(nonCode: Int32Array, offset: number): boolean {
  let lo = 0;
  let hi = nonCode.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (offset < nonCode[mid * 2]) hi = mid - 1;
    else if (offset >= nonCode[mid * 2 + 1]) lo = mid + 1;
    else return true;
  }
  return false;
}

/** The offset just past the parenthesis that closes the one at `open` (strings and chars skipped). */
export function matchingParen(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 40) depth++;
    else if (c === 41) {
      depth--;
      if (depth === 0) return i + 1;
    } else if (c === 34 || c === 39) {
      i = skipQuoted(text, i);
    } else if (c === 47 && text.charCodeAt(i + 1) === 42) {
      const close = text.indexOf('*/', i + 2);
      i = close < 0 ? text.length : close + 1;
    } else if (c === 47 && text.charCodeAt(i + 1) === 47) {
      const newline = text.indexOf('\n', i);
      i = newline < 0 ? text.length : newline;
    }
  }
  return text.length;
}

function skipQuoted(text: string, open: number): number {
  const quote = text.charCodeAt(open);
  for (let i = open + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 92) i++;
    else if (c === quote || c === 10) return i;
  }
  return text.length;
}

function skipBlanksOnLine(text: string, at: number): number {
  while (at < text.length && (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9)) at++;
  return at;
}

// ---------------------------------------------------------------------------------------------------
// Directives

interface Conditional {
  /** Nested in a dead region: nothing here matters. */
  readonly inherited: boolean;
  /** Where the current branch's dead text began, or -1 when the current branch is live. */
  deadStart: number;
  /** A live branch has been kept, so the conditional stays in the text. */
  sawLive: boolean;
  /** A `1` branch was taken: every later branch is dead. */
  laterDead: boolean;
  /** The kept branch stands alone (`#if 1`, or the `#else` of `#if 0`): its `#endif` goes too. */
  unconditional: boolean;
}

function readDirectives(text: string, directives: readonly { start: number; end: number }[], blanks: number[]) {
  const defines: Define[] = [];
  const undefs: Undef[] = [];
  const includes: Include[] = [];
  const dead: number[] = [];
  const stack: Conditional[] = [];
  const isDead = () => stack.length > 0 && (stack[stack.length - 1].inherited || stack[stack.length - 1].deadStart >= 0);

  const enterBranch = (top: Conditional, keyword: string, condition: string, start: number, end: number) => {
    const value = keyword === 'else' ? 'else' : constantCondition(condition);
    if (top.laterDead || value === 0) {
      top.deadStart = start;
      return;
    }
    top.deadStart = -1;
    if (!top.sawLive && keyword !== 'if') {
      // The first live branch follows dead ones: it opens the conditional, or stands alone.
      if (keyword === 'elif' && value !== 1) {
        const at = text.indexOf('elif', start);
        blanks.push(at, at + 2); // `#elif X` reads `#  if X`
      } else {
        blanks.push(start, end);
        top.unconditional = true;
      }
    } else if (!top.sawLive && value === 1) {
      blanks.push(start, end);
      top.unconditional = true;
    }
    if (value === 1) top.laterDead = true;
    top.sawLive = true;
  };

  for (const { start, end } of directives) {
    const line = stripComments(text.slice(start, end)).replace(/\\\r?\n/g, ' ');
    const head = /^\s*#\s*(\w+)\s*([\s\S]*)$/.exec(line);
    if (!head) continue;
    const [, keyword, rest] = head;
    const top = stack[stack.length - 1];
    switch (keyword) {
      case 'if': case 'ifdef': case 'ifndef': {
        const conditional: Conditional = { inherited: isDead(), deadStart: -1, sawLive: false, laterDead: false, unconditional: false };
        stack.push(conditional);
        if (!conditional.inherited) enterBranch(conditional, 'if', keyword === 'if' ? rest : 'defined', start, end);
        break;
      }
      case 'elif': case 'else':
        if (!top || top.inherited) break;
        if (top.deadStart >= 0) dead.push(top.deadStart, start);
        enterBranch(top, keyword, rest, start, end);
        break;
      case 'endif':
        stack.pop();
        if (!top || top.inherited) break;
        if (top.deadStart >= 0) dead.push(top.deadStart, top.sawLive && !top.unconditional ? start : end);
        else if (top.unconditional) blanks.push(start, end);
        break;
      default:
        if (isDead()) break;
        if (keyword === 'define') {
          const define = parseDefine(rest, start, text);
          if (define) defines.push(define);
        } else if (keyword === 'undef') {
          const name = /^\s*([A-Za-z_]\w*)/.exec(rest);
          if (name) undefs.push({ name: name[1], offset: start });
        } else if (keyword === 'include') {
          const named = /^\s*(?:"([^"]+)"|<([^>]+)>)/.exec(rest);
          if (named) includes.push({ path: (named[1] ?? named[2]).trim(), angled: named[1] === undefined, offset: start });
        }
    }
  }
  for (const top of stack) if (!top.inherited && top.deadStart >= 0) dead.push(top.deadStart, text.length);
  for (let i = 0; i < dead.length; i += 2) blanks.push(dead[i], dead[i + 1]);
  return { defines, undefs, includes, dead };
}

/** 0 or 1 for the literal conditions `0`, `1`, `(0)`, `(1)`; undefined for anything else. */
function constantCondition(condition: string): 0 | 1 | undefined {
  const trimmed = condition.trim().replace(/^\((.*)\)$/, '$1').trim();
  if (trimmed === '0') return 0;
  if (trimmed === '1') return 1;
  return undefined;
}

function parseDefine(rest: string, directiveStart: number, text: string): Define | undefined {
  const head = /^\s*([A-Za-z_]\w*)/.exec(rest);
  if (!head) return undefined;
  const name = head[1];
  const nameOffset = text.indexOf(name, directiveStart);
  const afterName = rest.slice(head[0].length);
  if (afterName.startsWith('(')) {
    const close = afterName.indexOf(')');
    if (close < 0) return undefined;
    const list = afterName.slice(1, close).split(',').map((p) => p.trim()).filter(Boolean);
    const variadic = list.length > 0 && list[list.length - 1].endsWith('...');
    const params = list.map((p) => (p === '...' ? '__VA_ARGS__' : p.replace(/\.\.\.$/, '').trim()));
    return { name, params, variadic, body: afterName.slice(close + 1).trim(), offset: directiveStart, nameOffset };
  }
  return { name, params: undefined, variadic: false, body: afterName.trim(), offset: directiveStart, nameOffset };
}

function stripComments(line: string): string {
  return line.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, ' ');
}

function sortedPairs(ranges: readonly number[]): number[] {
  const pairs: [number, number][] = [];
  for (let i = 0; i < ranges.length; i += 2) pairs.push([ranges[i], ranges[i + 1]]);
  pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return pairs.flat();
}

function mergeRanges(a: readonly number[], b: readonly number[]): Int32Array {
  const order = sortedPairs([...a, ...b]);
  const merged: number[] = [];
  for (let i = 0; i < order.length; i += 2) {
    const last = merged.length - 1;
    if (last > 0 && order[i] <= merged[last]) merged[last] = Math.max(merged[last], order[i + 1]);
    else merged.push(order[i], order[i + 1]);
  }
  return Int32Array.from(merged);
}

/** The masking alone, for text that is not a whole file (a macro's expansion). */
export function maskAnnotations(text: string): string {
  return preprocess(text).masked;
}
