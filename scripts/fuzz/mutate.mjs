// Mutations of one C file. Light ones edit tokens, lines, bytes, brackets, macros and WSK call
// arguments; heavy ones add deep nesting, a line of about 1 MB, long or exploding macro chains, or
// grow the file past the size limit. Each takes (rng, text, context) and returns the new text; the
// context names the file and its siblings (for #include cycles), gives donor texts (for splicing)
// and makes WSK statements (for the inside of nests).
import { ALL_TOKENS, ARGUMENTS, BUFFERS, CONSTANTS, IDENTIFIERS, IRPS, KEYWORDS, LEVELS, REQUESTS, SIZES, CODES, SOCKETS, WSK_FUNCTIONS } from './vocabulary.mjs';

const MB = 1024 * 1024;
/** The per-file size limit the issue sets (5 MB); oversized inputs go past it. */
const SIZE_LIMIT = 5 * MB;

const TOKEN = /[A-Za-z_]\w*|0[xX][0-9a-fA-F]*|\d[\w.]*|"(?:\\.|[^"\\\n])*"?|'(?:\\.|[^'\\\n])*'?|\/\/[^\n]*|\/\*[\s\S]*?(?:\*\/|$)|\s+|[\s\S]/g;

export const LIGHT = {
  'token-delete': (rng, text) => editTokens(rng, text, (tokens, i) => tokens.splice(i, 1)),
  'token-duplicate': (rng, text) => editTokens(rng, text, (tokens, i) => tokens.splice(i, 0, tokens[i])),
  'token-swap': (rng, text) => editTokens(rng, text, (tokens, i, j) => ([tokens[i], tokens[j]] = [tokens[j], tokens[i]])),
  'token-replace': (rng, text) => editTokens(rng, text, (tokens, i) => (tokens[i] = rng.pick(ALL_TOKENS))),
  'line-delete': (rng, text) => editLines(rng, text, (lines, at, count) => lines.splice(at, count)),
  'line-duplicate': (rng, text) => editLines(rng, text, (lines, at, count) => lines.splice(at, 0, ...lines.slice(at, at + count))),
  'line-swap': (rng, text) => editLines(rng, text, (lines, at, count) => {
    const moved = lines.splice(at, count);
    lines.splice(rng.int(lines.length + 1), 0, ...moved);
  }),
  truncate: (rng, text) => text.slice(0, rng.int(text.length + 1)),
  'range-delete': (rng, text) => {
    const start = rng.int(text.length + 1);
    return text.slice(0, start) + text.slice(Math.min(text.length, start + rng.skewed(2000)));
  },
  'random-bytes': (rng, text) => {
    let result = text;
    for (let n = rng.range(1, 8); n > 0; n--) {
      const at = rng.int(result.length + 1);
      let inserted = '';
      for (let k = rng.range(1, 16); k > 0; k--) inserted += strangeCharacter(rng);
      result = result.slice(0, at) + inserted + result.slice(at);
    }
    return result;
  },
  unbalance: (rng, text) => {
    let result = text;
    for (let n = rng.range(1, 4); n > 0; n--) {
      if (rng.chance(0.5)) {
        const at = rng.int(result.length + 1);
        result = result.slice(0, at) + rng.pick(['{', '}', '(', ')', '[', ']', '"', "'", '/*', '*/', '\n#if 1\n', '\n#endif\n', '\\', '{{{', ')))', '\n}\n']) + result.slice(at);
      } else {
        const positions = [...result.matchAll(/[{}()[\]]/g)].map((m) => m.index);
        if (positions.length === 0) continue;
        const at = rng.pick(positions);
        result = result.slice(0, at) + result.slice(at + 1);
      }
    }
    return result;
  },
  'macro-soup': (rng, text, context) => {
    const lines = text.split('\n');
    for (let n = rng.range(1, 8); n > 0; n--) lines.splice(rng.int(lines.length + 1), 0, macroLine(rng, context));
    if (rng.chance(0.3)) {
      // A conditional group around existing lines, sometimes with an #else and sometimes never closed.
      const start = rng.int(lines.length + 1);
      const end = Math.min(lines.length, start + rng.skewed(60));
      if (rng.chance(0.8)) lines.splice(end, 0, '#endif');
      if (rng.chance(0.3)) lines.splice(start + rng.int(end - start + 1), 0, rng.pick(['#else', '#elif 1', '#elif defined(X)']));
      lines.splice(start, 0, rng.pick(['#if 0', '#if 1', '#ifdef DBG', '#ifndef X', '#if defined(A) && !B', '#if (', '#if']));
    }
    return lines.join('\n');
  },
  'exploding-macros': (rng, text) => {
    const depth = rng.range(8, 40);
    const defines = rng.chance(0.5)
      ? ['#define E0 x', ...Array.from({ length: depth }, (_, i) => `#define E${i + 1} E${i} E${i}`)]
      : ['#define P0(x) x x', ...Array.from({ length: Math.min(depth, 8) }, (_, i) => `#define P${i + 1}(x) P${i}(P${i}(x))`)];
    const use = defines[defines.length - 1].split(' ')[1].replace(/\(x\)$/, '(sd)');
    return useInText(rng, defines.join('\n'), use, text);
  },
  'wsk-arguments': (rng, text) => {
    const calls = [...text.matchAll(/\b(Wsk\w+|IoAllocateIrp|KeWaitForSingleObject)\s*\(/g)];
    if (calls.length === 0) return text;
    let result = text;
    for (let n = rng.range(1, 3); n > 0; n--) {
      const call = rng.pick([...result.matchAll(/\b(Wsk\w+|IoAllocateIrp|KeWaitForSingleObject)\s*\(/g)]);
      if (!call) break;
      result = mutateCall(rng, result, call.index, call[1], call.index + call[0].length);
    }
    return result;
  },
  splice: (rng, text, context) => {
    const donor = rng.pick(context.donors).split('\n');
    const start = rng.int(donor.length);
    const chunk = donor.slice(start, start + rng.skewed(40));
    const lines = text.split('\n');
    lines.splice(rng.int(lines.length + 1), 0, ...chunk);
    return lines.join('\n');
  },
  'line-endings': (rng, text) => rng.weighted([
    [3, () => text.replace(/\r?\n/g, '\r\n')],
    [2, () => text.replace(/\r?\n/g, '\r')],
    [3, () => text.replace(/\n/g, () => rng.pick(['\n', '\r\n', '\r', '\n\r', '\\\n']))],
  ])(),
};

export const HEAVY = {
  'deep-nesting': (rng, text, context) => {
    const depth = rng.weighted([[2, () => rng.range(100, 1000)], [5, () => rng.range(1000, 5000)], [1, () => rng.range(5000, 20000)]])();
    const inner = context.statement(rng);
    const [open, close] = rng.weighted([
      [3, ['{', '}']],
      [2, ['if (x) {', '}']],
      [1, ['if (x) { ', '} else { y++; }']],
      [1, ['while (x) {', '}']],
      [1, ['for (;;) {', '}']],
      [1, ['do {', '} while (x);']],
      [1, ['switch (x) { case 1: {', 'break; } }']],
      [1, ['__try {', '} __finally { }']],
      [1, ['__try {', '} __except (EXCEPTION_EXECUTE_HANDLER) { }']],
      [1, ['#if 1\n', '#endif\n']],
      [1, ['(', ')']],
      [1, ['f(', ')']],
      [1, ['!', '']],
      [1, ['a + ', '']],
      [1, ['x ? y : ', '']],
      [1, ['*', '']],
      [1, ['struct s { ', '} f;']],
    ]);
    const joiner = open.endsWith('\n') ? '' : rng.pick(['', ' ', '\n']);
    const expression = ['(', 'f(', '!', 'a + ', 'x ? y : ', '*'].includes(open);
    const core = expression ? `${open.repeat(depth)}${rng.pick(['sd', '1', 'irp', 'sizeof(PSECURITY_DESCRIPTOR)'])}${close.repeat(depth)}` : `${(open + joiner).repeat(depth)}\n${inner}\n${(close + joiner).repeat(rng.chance(0.15) ? rng.int(depth) : depth)}`;
    if (expression && rng.chance(0.5)) {
      // The nest as an argument of a WSK call.
      const call = rng.pick([...text.matchAll(/\bWsk\w+\s*\(/g)]);
      if (call) return text.slice(0, call.index + call[0].length) + core + ', ' + text.slice(call.index + call[0].length);
    }
    const statement = expression ? `x = ${core};` : core;
    return insertInFunction(rng, text, statement);
  },
  'long-line': (rng, text, context) => {
    const size = rng.weighted([[1, 64 * 1024], [2, 256 * 1024], [6, MB], [1, MB + rng.int(100_000)]]);
    const line = rng.weighted([
      [1, () => 'a'.repeat(size)],
      [2, () => `x = "${'A'.repeat(size)}";`],
      [1, () => `// ${'x'.repeat(size)}`],
      [1, () => `/* ${'*'.repeat(size)} */`],
      [2, () => `x = ${'a + '.repeat(size / 4)}a;`],
      [2, () => 'x = 1; '.repeat(size / 7)],
      [1, () => `f(${'1, '.repeat(size / 3)}1);`],
      [2, () => context.statement(rng).replace(/sizeof\(PSECURITY_DESCRIPTOR\)|NULL|&\w+/, () => `(0${' + 0'.repeat(size / 4)})`)],
      [1, () => `#define LONG_MACRO ${'1 + '.repeat(size / 4)}1`],
      [1, () => `${'{ '.repeat(size / 4)}${'} '.repeat(size / 4)}`],
      [1, () => ' \t'.repeat(size / 2)],
      [1, () => `${context.statement(rng)} `.repeat(Math.max(1, Math.floor(size / 150)))],
    ])();
    const lines = text.split('\n');
    if (line.startsWith('#define') || line.startsWith('a')) {
      lines.splice(rng.int(lines.length + 1), 0, line);
      return lines.join('\n');
    }
    return insertInFunction(rng, text, line);
  },
  'macro-chain': (rng, text) => {
    const length = Math.max(50, rng.skewed(5000));
    const kind = rng.pick(['object', 'function', 'growing', 'variadic']);
    const defines = [];
    let use;
    if (kind === 'object') {
      defines.push(`#define M0 ${rng.pick([...SIZES, ...BUFFERS, ...IRPS])}`);
      for (let i = 1; i <= length; i++) defines.push(`#define M${i} M${i - 1}`);
      use = `M${length}`;
    } else if (kind === 'function') {
      defines.push('#define F0(x) x');
      for (let i = 1; i <= length; i++) defines.push(`#define F${i}(x) F${i - 1}(x)`);
      use = `F${length}(${rng.pick([...SIZES, ...BUFFERS])})`;
    } else if (kind === 'growing') {
      defines.push('#define G0(x) x');
      for (let i = 1; i <= length; i++) defines.push(`#define G${i}(x) G${i - 1}((x))`);
      use = `G${length}(${rng.pick([...SIZES, ...BUFFERS])})`;
    } else {
      defines.push('#define V0(...) __VA_ARGS__');
      for (let i = 1; i <= length; i++) defines.push(`#define V${i}(a, ...) V${i - 1}(a, ##__VA_ARGS__)`);
      use = `V${length}(${rng.pick(SIZES)})`;
    }
    return useInText(rng, defines.join('\n'), use, text);
  },
  oversize: (rng, text) => {
    const target = SIZE_LIMIT + rng.int(MB) + 1;
    const unit = text.length > 0 ? `${text}\n` : 'int x;\n';
    return unit.repeat(Math.ceil(target / unit.length));
  },
};

/** Tokens for macro bodies. */
const ALL_TOKENS_SHORT = [...KEYWORDS, '{', '}', '(', ')', ';', ',', '&', '*', '#', '##', ...WSK_FUNCTIONS];

/** A preprocessor line of every shape: plain, self-referencing, mutually recursive, keyword- and WSK-redefining, broken. */
function macroLine(rng, context) {
  const name = () => rng.pick([...IDENTIFIERS, ...CONSTANTS, ...WSK_FUNCTIONS, 'X', 'A', 'B', 'F']);
  const body = () => Array.from({ length: rng.int(7) }, () => rng.pick([...ALL_TOKENS_SHORT, ...ARGUMENTS])).join(' ');
  return rng.weighted([
    [4, () => `#define ${name()} ${body()}`],
    [3, () => `#define ${name()}(${rng.pick(['a', 'a, b', '...', 'a, ...', ''])}) ${rng.pick(['a', '#a', 'a##b', '__VA_ARGS__', 'a(a)', body()])}`],
    [2, () => rng.pick(['#define X X', '#define X (X + 1)', '#define F(x) F(x) + F(x)', '#define A B\n#define B A', '#define WskControlSocket WskControlSocket', '#define F(x) F(F(x))', '#define CACHE_SD(a, b) CACHE_SD(b, a)'])],
    [2, () => rng.pick(['#define if while', '#define return goto Exit;', '#define sizeof(x) 4', '#define NULL 0', '#define NT_SUCCESS(s) 1', '#define STATUS_PENDING 0', '#define __try if (1)', '#define BEGIN {', '#define END }', '#define IF if (', '#define else', '#define goto', '#define case default:', '#define struct'])],
    [2, () => rng.pick(['#define WskControlSocket WskControlClient', '#define SO_WSK_SECURITY 0', '#define WskSetOption WskGetOption', '#define WSK_CACHE_SD WSK_RELEASE_SD', '#define SOL_SOCKET IPPROTO_TCP', '#define IoAllocateIrp(a, b) NULL', '#define KeWaitForSingleObject(...)', '#define PSECURITY_DESCRIPTOR SECURITY_DESCRIPTOR'])],
    [1, () => `#undef ${name()}`],
    [2, () => rng.pick(['#if 0', '#if 1', '#ifdef X', '#ifndef X', '#elif 1', '#else', '#endif', '#if X(', '#if defined', '#elif'])],
    [2, () => `#include ${rng.pick([`"${context.name}"`, ...context.siblings.map((s) => `"${s}"`), '<wsk.h>', '"wsk.h"', '"missing.h"', '', '"', '"../wsk.h"'])}`],
    [1, () => rng.pick(['#pragma warning(disable: 4201)', '#error stop', '#line 1 "x.c"', '#', '#define', '#define (', '#define X(', '#define X(a', '#define X(a, a) a', '##', '#define X \\', '#define M \\\n    x \\\n    y'])],
  ])();
}

function strangeCharacter(rng) {
  return rng.weighted([
    [3, () => '\0'],
    [3, () => rng.pick(['\uD800', '\uDBFF', '\uDC00', '\uDFFF'])],
    [1, () => rng.pick(['\uFFFE', '\uFFFF', '\uFEFF', '\u2028', '\u00A0', '\u200B'])],
    [2, () => rng.pick(['\r', '\x1b', '\x7f', '\t', '\v', '\f', '\\\n', '??/', '\x01'])],
    [2, () => String.fromCharCode(rng.int(256))],
    [2, () => String.fromCharCode(rng.int(0x10000))],
    [1, () => rng.pick(['😀', 'é', 'ß', '中', '\u0301'])],
  ])();
}

function editTokens(rng, text, edit) {
  const tokens = text.match(TOKEN) ?? [];
  const meaningful = [];
  tokens.forEach((token, index) => /^\s+$/.test(token) || meaningful.push(index));
  if (meaningful.length === 0) return text;
  for (let n = rng.skewed(6); n > 0; n--) {
    const i = rng.pick(meaningful);
    const j = rng.chance(0.5) ? rng.pick(meaningful) : Math.min(tokens.length - 1, i + rng.range(1, 4));
    if (i >= tokens.length || j >= tokens.length) continue;
    edit(tokens, i, j);
  }
  return tokens.join('');
}

function editLines(rng, text, edit) {
  const lines = text.split('\n');
  for (let n = rng.skewed(4); n > 0; n--) {
    if (lines.length === 0) break;
    edit(lines, rng.int(lines.length), rng.skewed(Math.min(30, lines.length)));
  }
  return lines.join('\n');
}

/** Replaces, drops, adds, swaps or wraps arguments of the call whose argument list opens at `open`. */
function mutateCall(rng, text, start, name, open) {
  const close = matchingParen(text, open);
  if (close < 0) return text;
  const args = splitArguments(text.slice(open, close));
  const i = rng.int(args.length);
  const pool = poolFor(name, i);
  rng.weighted([
    [6, () => (args[i] = ` ${rng.pick(pool)}`)],
    [1, () => args.splice(i, 1)],
    [1, () => args.splice(i, 0, ` ${rng.pick(ARGUMENTS)}`)],
    [1, () => { const j = rng.int(args.length); [args[i], args[j]] = [args[j], args[i]]; }],
    [1, () => (args[i] = ` (${args[i].trim()})`)],
    [1, () => (args[i] = ` (SIZE_T)(${args[i].trim()})`)],
    [1, () => (args[i] = ` ${args[i].trim()}${rng.pick([' + 0', ', 0', ' ? 1 : 0', '->x', '[0]', '()'])}`)],
  ])();
  const renamed = rng.chance(0.1) ? rng.pick(WSK_FUNCTIONS) : name;
  return `${text.slice(0, start)}${renamed}${text.slice(start + name.length, open)}${args.join(',').replace(/^ /, '')}${text.slice(close)}`;
}

/** Argument shapes by the parameter's role in WskControlSocket / WskControlClient. */
function poolFor(name, index) {
  const socketRoles = [SOCKETS, REQUESTS, CODES, LEVELS, SIZES, BUFFERS, SIZES, BUFFERS, BUFFERS, IRPS];
  const clientRoles = [['g_Npi.Client', 'Client', 'NULL'], CODES, SIZES, BUFFERS, SIZES, BUFFERS, BUFFERS, IRPS];
  const roles = name === 'WskControlSocket' ? socketRoles : name === 'WskControlClient' ? clientRoles : [];
  return roles[index] ?? ARGUMENTS;
}

function matchingParen(text, open) {
  let depth = 1;
  for (let i = open; i < text.length && i < open + 100_000; i++) {
    const c = text[i];
    if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
    else if (c === ';' && depth === 1) return -1;
  }
  return -1;
}

function splitArguments(list) {
  const args = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth--;
    else if (c === ',' && depth === 0) {
      args.push(list.slice(start, i));
      start = i + 1;
    }
  }
  args.push(list.slice(start));
  return args;
}

/** Puts the definitions at the top (or at a random line) and the use in an argument of a WSK call, or in a new statement. */
function useInText(rng, defines, use, text) {
  const lines = text.split('\n');
  const at = rng.chance(0.7) ? 0 : rng.int(lines.length + 1);
  lines.splice(at, 0, defines);
  const withDefines = lines.join('\n');
  const after = at === 0 ? defines.length : 0;
  const calls = [...withDefines.matchAll(/\bWsk(?:ControlSocket|ControlClient|Bind|SocketConnect)\s*\(/g)].filter((m) => m.index >= after);
  if (calls.length > 0 && rng.chance(0.7)) {
    const call = rng.pick(calls);
    const open = call.index + call[0].length;
    const close = matchingParen(withDefines, open);
    if (close > 0) {
      const args = splitArguments(withDefines.slice(open, close));
      args[rng.int(args.length)] = ` ${use}`;
      return withDefines.slice(0, open) + args.join(',').replace(/^ /, '') + withDefines.slice(close);
    }
  }
  return insertInFunction(rng, withDefines, `x = ${use};`);
}

/** Inserts a statement after a random line that looks like it is inside a function body (indented), else anywhere. */
function insertInFunction(rng, text, statement) {
  const lines = text.split('\n');
  const inside = [];
  lines.forEach((line, index) => /^[ \t]+\S.*[;{]\s*$/.test(line) && inside.push(index + 1));
  const at = inside.length > 0 && rng.chance(0.9) ? rng.pick(inside) : rng.int(lines.length + 1);
  lines.splice(at, 0, statement);
  return lines.join('\n');
}
