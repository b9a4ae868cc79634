// What a file names and declares, found by a cheap scan of its text (no parse), so that a run can be
// split into parts that worker threads analyse on their own (see partition.ts). The scan reads the
// preprocessed text (annotations blanked) and skips comments, literals, directive lines and dead
// `#if 0` groups; the identifiers of `#define` bodies count as named (and called), since a use of the
// macro names whatever its expansion names. Each file-scope statement that declares something keeps
// what it names and calls, so that a function can be judged (and followed) on its own body.
//
// Mistakes must fall on the safe side: naming or declaring too much only gives a worker some extra
// context to read, while a missed declaration could change a result. Braces are counted through
// `#if`/`#else` as the first branch holding code counts them (an `#if` that opens a function body in
// both branches is common). A `}` too many makes what was read as file scope since the last body
// closed only possible declarations; a `{` never closed makes nothing the scan found sure: every
// declaration it saw, at any depth, is a weak candidate, and every name before `(` counts as called.

import type { Include, Preprocessed } from '../../parse/preprocess';
import { DISPATCH_ANNOTATIONS } from '../../wsk/irql';
import { ALLOC_TEXT } from '../irql';
import { FOLLOWED_NAMES } from '../program';
import { appendAll } from '../../parse/arrays';

/** The kinds of file-scope names the analysis resolves across files (each to its first declaration). */
export type Kind = 'function' | 'typedef' | 'record' | 'global';

export interface SourceFacts {
  /** Its `#include` directives, in order. */
  readonly includes: readonly Include[];
  /** Every identifier it names. */
  readonly names: ReadonlySet<string>;
  /** Identifiers it calls (followed by `(` inside a body or an initializer). */
  readonly called: ReadonlySet<string>;
  /** Tags it writes after `struct` or `union`. */
  readonly tags: ReadonlySet<string>;
  /** The macros it defines, with the identifiers of their bodies (named wherever the macro is used). */
  readonly macros: ReadonlyMap<string, readonly string[]>;
  /** Those of its macros that may declare something where they are used (see mayDeclare). */
  readonly declaringMacros: ReadonlySet<string>;
  /** What it surely declares at file scope, each with the statement declaring it. */
  readonly declarations: readonly Declaration[];
  /** What it may declare, each with its statement: the other parenthesised words of a function's head. */
  readonly maybe: readonly Declaration[];
  /** What it may declare anywhere (its braces do not balance, so no statement can be told): the whole file counts. */
  readonly weak: ReadonlyMap<string, ReadonlySet<Kind>>;
  /** Its braces never balance: no statement can be told, the file is one piece. */
  readonly unbalanced: boolean;
  /** The file-scope statements that declare or invoke something (declarations point into it). */
  readonly statements: readonly StatementFacts[];
  /** What it names and calls outside the statements defining a function (macro bodies included). */
  readonly outside: { readonly names: ReadonlySet<string>; readonly called: ReadonlySet<string> };
  /**
   * Where it mentions a name that makes a function worth summarising (program.ts), comments and
   * strings included, as the program's test of a function's text counts them.
   */
  readonly mentions: readonly number[];
  /**
   * The parenthesised groups at file scope after a word (`NAME(…)`), with the identifiers inside and
   * their statement: a macro of the workspace used so may declare what it is given.
   */
  readonly invocations: readonly Invocation[];
  /** It holds a suppression comment (`wsk-lint-disable…`): one that silences nothing is reported, so it is parsed. */
  readonly suppresses: boolean;
  /**
   * The functions annotated as running at DISPATCH_LEVEL (`_IRQL_requires_(…)`, read before masking
   * blanked it, on a definition or a prototype): the annotation gives them a role, as a registration does.
   */
  readonly annotatedNames: readonly string[];
  /** The functions its `#pragma alloc_text(PAGE…, …)` lines make pageable (reported there when they have a role). */
  readonly pagedNames: readonly string[];
}

export interface Invocation {
  readonly name: string;
  readonly words: readonly string[];
  readonly start: number;
  readonly end: number;
  /** Its statement, in `statements`. */
  readonly statement: number;
}

export interface Declaration {
  readonly name: string;
  readonly kind: Kind;
  /** The statement (a function definition with its body, a typedef, a declaration), as offsets. */
  readonly start: number;
  readonly end: number;
  /** Its statement, in `statements`. */
  readonly statement: number;
}

/** A file-scope statement: where it stands, the identifiers it names and those it calls. */
export interface StatementFacts {
  readonly start: number;
  readonly end: number;
  readonly names: readonly string[];
  readonly called: readonly string[];
  /** It defines a function (or may: a function head a macro ends). */
  readonly definesFunction: boolean;
}

/** Words that can stand before `(…) {` without defining a function (`if (x) {`). */
const NOT_FUNCTIONS = new Set([
  'if', 'while', 'for', 'switch', 'return', 'sizeof', 'defined', '__except', 'except', 'catch', '_Generic',
  '__declspec', '__attribute__', '_Alignof', 'alignof', '__alignof', '__typeof__', 'typeof',
]);

export const IDENTIFIER = /[A-Za-z_]\w*/g;
const LITERAL = /"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'/g;
const CONDITIONAL = /^[ \t]*#[ \t]*(if|ifdef|ifndef|elif|elifdef|elifndef|else|endif)\b/gm;
const FOLLOWED = new RegExp(`\\b(?:${FOLLOWED_NAMES.join('|')})\\b`, 'g');

/** What a `{` opened. The braces of an `extern "C"` block do not count: what is inside is at file scope. */
type BraceKind = 'function' | 'record' | 'enum' | 'initializer' | 'linkage' | 'block';

/** The statement being read at one brace level. */
interface Statement {
  start: boolean;
  typedef: boolean;
  /** In the initializer of a declarator (`= NULL`, `= { … }`). */
  initializer: boolean;
  /** It defines a struct or union without a tag (`typedef struct { … } CTX;`: the record is known as CTX). */
  anonymousRecord: boolean;
  /** The words before its parenthesised groups at file scope. */
  openers: string[];
}

interface Brace {
  readonly kind: BraceKind;
  /** The statement the brace stands in, resumed when it closes. */
  readonly outer: Statement;
  /** The parentheses open around it in a body (`({ … })`, `F((S){ 0 })`), open again when it closes. */
  readonly parens?: readonly (string | undefined)[];
}

interface BraceState {
  readonly depth: number;
  readonly braces: readonly Brace[];
}

/** An open `#if`: the braces where it started, and those at the end of its first branch holding code. */
interface Conditional {
  readonly start: BraceState;
  chosen: BraceState | undefined;
  /** Whether the current branch (nested conditionals included) holds code. */
  hasCode: boolean;
}

/** The directives whose lines tree-sitter reads as the preprocessor does (any other is `#name args`). */
const KNOWN_DIRECTIVE = /^[ \t]*#[ \t]*(?:(?:define|undef|if|ifdef|ifndef|elif|elifdef|elifndef|else|endif|pragma|error|warning|line|region|endregion)\b|include(?:_next)?[ \t]*(?:"[^"\n]*"|<[^>\n]*>|[A-Za-z_]\w*)[ \t]*(?:\/\/[^\n]*|\/\*[^\n]*?\*\/[ \t]*)*$|$)/;

/**
 * A directive line that tree-sitter may end before the preprocessor does and read the rest of as code:
 * a lone carriage return in it (a line end to tree-sitter), an unknown directive, an #include followed
 * by more than its path. Never in a driver that compiles; often in half-typed or mangled text.
 */
function malformedDirective(line: string): boolean {
  const text = line.endsWith('\r') ? line.slice(0, -1) : line;
  for (let i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', i + 1)) if (text.charCodeAt(i + 1) !== 10) return true;
  return !KNOWN_DIRECTIVE.test(text.replace(/\\\r?\n/g, ' ').split(/\r?\n/)[0]);
}

/** The name before the first `(` after an annotation (`_IRQL_requires_(…) VOID F(`, `VOID _IRQL_requires_(…) F(`). */
function annotatedName(masked: string, from: number): string | undefined {
  return /^[^;{}()]{0,400}?([A-Za-z_]\w*)\s*\(/.exec(masked.slice(from, from + 512))?.[1];
}

/** What the scan reads of a file's preprocessed form (plain data, cheap to hand to another thread). */
export type ScanInput = Pick<Preprocessed, 'masked' | 'defines' | 'includes' | 'nonCode' | 'irqlAnnotations' | 'unterminated'>;

export function scanSource(pre: ScanInput): SourceFacts {
  return new Scanner(pre).facts();
}

/** One pass over the tokens of a file, keeping the state that tells declarations apart. */
class Scanner {
  /** What the statements not defining a function name and call. */
  private readonly outsideNames = new Set<string>();
  private readonly outsideCalled = new Set<string>();
  /** What the file-scope statement being read names and calls. */
  private readonly statementNames = new Set<string>();
  private readonly statementCalled = new Set<string>();
  private readonly statements: StatementFacts[] = [];
  private readonly tags = new Set<string>();
  /** Words before `(` at file scope: calls only if the braces are not to be trusted. */
  private readonly calledAtTop = new Set<string>();
  private readonly declarations: Declaration[] = [];
  private readonly maybe: Declaration[] = [];
  private readonly invocations: Invocation[] = [];
  /** Candidates inside braces: they become weak ones only if the braces turn out not to balance. */
  private readonly nested = new Map<string, Set<Kind>>();

  /** What the file-scope statement being read declares, may declare and invokes, and where it started. */
  private pending: { name: string; kind: Kind }[] = [];
  private pendingMaybe: string[] = [];
  private pendingInvocations: { name: string; words: string[] }[] = [];
  private statementOffset = 0;
  /** The declarations from this index on were made after the last body closed at file scope. */
  private sureSince = 0;
  /** The file-scope group being read (`NAME(…)`). */
  private invocation: { name: string; words: string[] } | undefined;

  /**
   * An initializer's braces just closed at file scope. A word there cannot continue the declaration, and
   * tree-sitter reads it as a new one (`h = {0} F() { … }` is a definition of F): so does the scan.
   */
  private afterInitializer = false;
  /**
   * `NAME(a, b) int a; char *b;` so far: a K&R head, whose body `{` follows its parameters'
   * declarations (tree-sitter reads it as a definition of NAME).
   */
  private oldStyleHead: { name: string; declares: boolean } | undefined;

  private braces: Brace[] = [];
  /**
   * A directive line tree-sitter may read otherwise than the preprocessor (see malformedDirective), a
   * comment or literal never closed, or a `)` too many in a body (closeParen).
   */
  private malformed = false;
  /** Open braces, not counting `extern "C"` blocks. */
  private depth = 0;
  private readonly conditionals: Conditional[] = [];
  /** The innermost open #if (kept apart: reading past the end of an empty array is slow). */
  private conditional: Conditional | undefined;
  private statement: Statement = freshStatement();
  /**
   * The open parentheses, each with the word right before it when that word could be a declarator
   * ('' for another word, such as `if` in a body; undefined for no word).
   */
  private readonly parens: (string | undefined)[] = [];
  /** What the parenthesis that the previous token closed had before it (as in `parens`). */
  private closedAfter: string | undefined;
  /** The last three tokens, words as `w` (for `(*Name)` and `(Name)`), and the last word. */
  private last1 = '';
  private last2 = '';
  private last3 = '';
  private lastWord = '';
  /** The word right after `struct`/`union`/`enum` (a tag, not a declarator), and that keyword. */
  private tag: string | undefined;
  private tagKeyword = '';
  /**
   * A parenthesised group just closed at file scope, decided by the token after it: `(*Name)` declares
   * Name; in a typedef, `(Name)(` declares Name, and `NAME(…)` followed by anything else declares NAME.
   */
  private group: { inner: string | undefined; star: boolean; opener: string | undefined; typedef: boolean } | undefined;

  constructor(private readonly pre: ScanInput) {}

  facts(): SourceFacts {
    this.scan();
    const unbalanced = this.braces.length > 0 || this.malformed;
    const macros = new Map<string, string[]>();
    const declaringMacros = new Set<string>();
    for (const define of this.pre.defines) {
      const body = define.body.replace(LITERAL, ' ').match(IDENTIFIER) ?? [];
      macros.set(define.name, [...(macros.get(define.name) ?? []), ...body]);
      if (mayDeclare(define.body, define.params ?? [])) declaringMacros.add(define.name);
      for (const name of body) {
        this.outsideNames.add(name);
        this.outsideCalled.add(name);
      }
    }
    const statements = this.statements;
    const outside = { names: this.outsideNames, called: this.outsideCalled };
    const calledAtTop = this.calledAtTop;
    // The whole file's names and calls are seldom needed: made on first use.
    const whole = (from: ReadonlySet<string>, pick: (statement: StatementFacts) => readonly string[]) => {
      const all = new Set(from);
      for (const statement of statements) if (statement.definesFunction) for (const name of pick(statement)) all.add(name);
      return all;
    };
    let names: ReadonlySet<string> | undefined;
    let called: ReadonlySet<string> | undefined;
    let weak: ReadonlyMap<string, ReadonlySet<Kind>> = new Map();
    if (unbalanced) {
      weak = this.nested;
      for (const { name, kind } of [...this.declarations, ...this.maybe]) add(this.nested, name, kind);
    }
    return {
      includes: this.pre.includes,
      get names() {
        names ??= whole(outside.names, (statement) => statement.names);
        return names;
      },
      get called() {
        called ??= whole(unbalanced ? new Set([...outside.called, ...calledAtTop]) : outside.called, (statement) => statement.called);
        return called;
      },
      tags: this.tags,
      macros,
      declaringMacros,
      invocations: this.invocations,
      unbalanced,
      statements,
      outside,
      mentions: [...this.pre.masked.matchAll(FOLLOWED)].map((match) => match.index),
      suppresses: this.pre.masked.includes('wsk-lint-disable'),
      annotatedNames: this.pre.irqlAnnotations.filter((annotation) => DISPATCH_ANNOTATIONS.includes(annotation.name)).flatMap((annotation) => annotatedName(this.pre.masked, annotation.end) ?? []),
      pagedNames: this.pre.masked.includes('alloc_text') ? [...this.pre.masked.matchAll(ALLOC_TEXT)].flatMap((match) => match[2].match(IDENTIFIER) ?? []) : [],
      declarations: unbalanced ? [] : this.declarations,
      maybe: unbalanced ? [] : this.maybe,
      weak,
    };
  }

  /** Tokens: identifiers, numbers (so that `0x10UL` names nothing) and single punctuation characters. */
  private scan(): void {
    const text = this.pre.masked;
    const nonCode = this.pre.nonCode;
    let range = 0;
    let next = 0;
    /** Inside a malformed directive line, or after a comment or literal never closed, read as code up to here. */
    let codeUntil = 0;
    const length = text.length;
    const unterminated = this.pre.unterminated;
    let open = 0;
    while (next < length) {
      const at = next;
      const code = text.charCodeAt(at);
      if (code <= 32) {
        next++;
        continue;
      }
      while (range < nonCode.length && nonCode[range + 1] <= at) range += 2;
      if (at >= codeUntil && range < nonCode.length && nonCode[range] <= at) {
        const end = nonCode[range + 1];
        // tree-sitter reads on after a comment or a literal left open: so does the scan, the file one piece.
        while (open < unterminated.length && unterminated[open] < at) open++;
        if (open < unterminated.length && unterminated[open] < end) {
          if (unterminated[open] === at) {
            this.malformed = true;
            codeUntil = end;
            next = at + 1;
            continue;
          }
          next = unterminated[open];
          continue;
        }
        if (code === 35 /* # */) {
          const skipped = text.slice(nonCode[range], end);
          if (malformedDirective(skipped)) {
            // tree-sitter may end such a line early and read the rest as code: its words count as code,
            // and the file is one piece (as when its braces do not balance).
            this.malformed = true;
            codeUntil = end;
            next = at + 1;
            continue;
          }
          CONDITIONAL.lastIndex = 0;
          for (let found = CONDITIONAL.exec(skipped); found; found = CONDITIONAL.exec(skipped)) this.directive(found[1]);
        }
        next = end;
        continue;
      }
      if (isWordStart(code) || isDigit(code)) {
        next++;
        while (next < length && isWordPart(text.charCodeAt(next))) next++;
        if (isDigit(code)) this.token('0', at);
        else this.word(text.slice(at, next), at);
      } else {
        next++;
        this.token(text[at], at);
      }
    }
    // A file-scope statement the file leaves open (`d NAME` at its end) is a declaration to tree-sitter,
    // which supplies the missing `;`: so does the scan.
    if (length > 0 && this.depth === 0 && this.parens.length === 0 && this.last1 === 'w') this.token(';', length - 1);
    this.flush(text.length);
  }

  private word(word: string, at: number): void {
    this.beforeToken('w');
    if (this.oldStyleHead) this.oldStyleHead.declares = true;
    if (this.afterInitializer) {
      this.afterInitializer = false;
      this.statement = freshStatement();
      this.flush(at);
    }
    this.statementNames.add(word);
    this.invocation?.words.push(word);
    const statement = this.statement;
    if (statement.start) {
      statement.typedef = word === 'typedef';
      if (this.depth === 0 && this.pending.length === 0 && this.pendingInvocations.length === 0) this.statementOffset = at;
    }
    statement.start = false;
    const afterKeyword = this.last1 === 'w' && (this.lastWord === 'struct' || this.lastWord === 'union' || this.lastWord === 'enum');
    this.tag = afterKeyword ? word : undefined;
    this.tagKeyword = afterKeyword ? this.lastWord : '';
    if (afterKeyword && this.tagKeyword !== 'enum') this.tags.add(word);
    this.lastWord = word;
    this.shift('w');
  }

  private token(token: string, at: number): void {
    const closed = this.beforeToken(token);
    this.afterInitializer = false;
    const oldStyleHead = this.oldStyleHead;
    // A K&R head lasts through its parameters' declarations, parenthesised declarators included (`int (*f)();`).
    const inHead = token === ';' || token === ',' || token === '*' || token === '[' || token === ']' || (oldStyleHead?.declares === true && (token === '(' || (token === ')' && this.parens.length > 0)));
    if (!inHead) this.oldStyleHead = undefined;
    const afterWord = this.last1 === 'w' ? this.lastWord : undefined;
    const declarator = afterWord !== undefined && afterWord !== this.tag && this.parens.length === 0 && !this.statement.initializer ? afterWord : undefined;
    switch (token) {
      case '(':
        this.openParen(afterWord, declarator);
        break;
      case ')':
        this.closeParen();
        break;
      case '{':
        this.openBrace(afterWord, closed, this.last1 === ';' && oldStyleHead?.declares ? oldStyleHead.name : undefined, at);
        break;
      case '}':
        this.closeBrace(at);
        break;
      case '=':
        if (declarator !== undefined) this.declareDeclarator(declarator);
        if (this.parens.length === 0) this.statement.initializer = true;
        break;
      case ',': case ';': case '[':
        if (declarator !== undefined) this.declareDeclarator(declarator);
        if (token === ',' && this.parens.length === 0) this.statement.initializer = false;
        if (token === ';' && this.parens.length === 0) {
          this.statement = freshStatement();
          if (this.depth === 0) this.flush(at + 1);
        }
        break;
      default:
        break;
    }
    this.shift(token);
  }

  /** What every token does first: mark its #if branch as holding code, and decide a group just closed. */
  private beforeToken(token: string): string | undefined {
    if (this.conditional) this.conditional.hasCode = true;
    const closed = this.closedAfter;
    this.closedAfter = undefined;
    const group = this.group;
    if (group) {
      if (group.inner !== undefined && (group.star || token === '(')) this.declareDeclarator(group.inner, group.typedef);
      else if (group.typedef && group.opener !== undefined) this.declareDeclarator(group.opener, true);
      this.group = undefined;
    }
    return closed;
  }

  private openParen(afterWord: string | undefined, declarator: string | undefined): void {
    if (afterWord !== undefined && !NOT_FUNCTIONS.has(afterWord)) (this.depth > 0 || this.statement.initializer ? this.statementCalled : this.calledAtTop).add(afterWord);
    if (afterWord !== undefined && this.depth === 0 && this.parens.length === 0) {
      this.invocation = { name: afterWord, words: [] };
      if (!NOT_FUNCTIONS.has(afterWord)) this.statement.openers.push(afterWord);
    }
    this.parens.push(declarator ?? (afterWord === undefined ? undefined : ''));
  }

  private closeParen(): void {
    // A `)` that closes nothing in a body: tree-sitter's recovery may end the body there and read what
    // follows as file scope (`R{) … F(){ … }}` defines F), so the file is read as braces that do not balance.
    if (this.parens.length === 0 && this.depth > 0) this.malformed = true;
    if (this.parens.length === 0 && this.depth === 0) {
      // A `)` that closes nothing: tree-sitter's recovery may still read the statement's head as a
      // function's, with the block after it as the body (`F(P p) x); { … }`): its words before `(` may
      // be defined here (so for a `}` too many: closeBrace).
      appendAll(this.pendingMaybe, this.statement.openers);
    }
    const opener = this.parens.pop();
    if (opener && this.parens.length === 0 && this.depth === 0 && !this.statement.initializer && !NOT_FUNCTIONS.has(opener) && !this.oldStyleHead?.declares) this.oldStyleHead = { name: opener, declares: false };
    if (this.invocation && this.parens.length === 0) {
      this.pendingInvocations.push(this.invocation);
      this.invocation = undefined;
    }
    if (this.parens.length === 0 && !this.statement.initializer) {
      const star = this.last1 === 'w' && this.last2 === '*' && this.last3 === '(';
      const inner = star || (this.last1 === 'w' && this.last2 === '(') ? this.lastWord : undefined;
      this.group = { inner, star, opener: opener || undefined, typedef: this.statement.typedef };
    }
    this.closedAfter = opener;
  }

  private openBrace(afterWord: string | undefined, closed: string | undefined, oldStyleHead: string | undefined, at: number): void {
    const statement = this.statement;
    let kind: BraceKind = 'block';
    if (oldStyleHead !== undefined && this.depth === 0 && this.pending.length === 0) {
      // The head's statement ended at its last parameter declaration: the body is a statement of its own.
      kind = 'function';
      this.statementOffset = at;
      this.declare(oldStyleHead, 'function');
    } else if (closed && !NOT_FUNCTIONS.has(closed) && this.parens.length === 0 && !statement.initializer) {
      kind = 'function';
      this.declare(closed, 'function');
      if (this.depth === 0) appendAll(this.pendingMaybe, statement.openers.filter((opener) => opener !== closed));
    } else if (afterWord === 'extern') {
      kind = 'linkage';
    } else if (afterWord !== undefined && afterWord === this.tag) {
      kind = this.tagKeyword === 'enum' ? 'enum' : 'record';
      if (kind === 'record') this.declare(afterWord, 'record');
    } else if (afterWord === 'struct' || afterWord === 'union') {
      kind = 'record';
      statement.anonymousRecord = true;
    } else if (afterWord === 'enum') {
      kind = 'enum';
    } else if (statement.initializer) {
      kind = 'initializer';
    } else if (this.depth === 0 && statement.openers.length > 0) {
      // `NTSTATUS Foo(VOID) MY_ANNOTATION {`: a function body whose head a macro ends.
      kind = 'function';
      appendAll(this.pendingMaybe, statement.openers);
    }
    this.braces.push({ kind, outer: { ...statement }, ...(this.depth > 0 && this.parens.length > 0 ? { parens: [...this.parens] } : {}) });
    if (kind !== 'linkage') this.depth++;
    this.parens.length = 0;
    this.statement = freshStatement();
  }

  private closeBrace(at: number): void {
    const brace = this.braces.pop();
    if (brace === undefined) {
      // A `}` too many (a `{` is missing, or lost in an #if): what was taken for file scope since the
      // last body closed was inside a body, so it is only what may be declared. The statement it
      // interrupts may still be a function's head to tree-sitter's recovery (`F(P p)} { … }`).
      appendAll(this.pendingMaybe, this.statement.openers);
      this.flush(at);
      appendAll(this.maybe, this.declarations.splice(this.sureSince));
    } else if (brace.kind !== 'linkage') {
      this.depth--;
    }
    this.parens.length = 0;
    if (brace?.parens && this.depth > 0) this.parens.push(...brace.parens);
    // A body or a block ends its statement; a struct, an enum or an initializer does not (`} CTX, *PCTX;`).
    if (brace && (brace.kind === 'record' || brace.kind === 'enum' || brace.kind === 'initializer')) {
      this.statement = { ...brace.outer };
      this.afterInitializer = brace.kind === 'initializer' && this.depth === 0;
      return;
    }
    this.statement = freshStatement();
    if (this.depth === 0) {
      this.flush(at + 1);
      this.sureSince = this.declarations.length;
    }
  }

  /** `#if`, `#else`, `#endif`: each branch starts from the braces at the `#if`; the first holding code wins. */
  private directive(kind: string): void {
    const top = this.conditional;
    if (kind === 'if' || kind === 'ifdef' || kind === 'ifndef') {
      this.conditionals.push({ start: this.snapshot(), chosen: undefined, hasCode: false });
    } else if (!top) {
      return; // an #else or #endif without its #if: nothing to restore
    } else if (kind === 'endif') {
      this.conditionals.pop();
      if (!top.chosen && top.hasCode) top.chosen = this.snapshot();
      if (top.chosen) this.restore(top.chosen);
      const outer = this.conditionals.length > 0 ? this.conditionals[this.conditionals.length - 1] : undefined;
      if (outer && top.chosen) outer.hasCode = true;
    } else {
      if (!top.chosen && top.hasCode) top.chosen = this.snapshot();
      this.restore(top.start);
      top.hasCode = false;
    }
    this.conditional = this.conditionals.length > 0 ? this.conditionals[this.conditionals.length - 1] : undefined;
  }

  private declare(name: string, kind: Kind): void {
    if (this.depth === 0) this.pending.push({ name, kind });
    else add(this.nested, name, kind);
  }

  private declareDeclarator(name: string, typedef = this.statement.typedef): void {
    this.declare(name, typedef ? 'typedef' : 'global');
    if (typedef && this.statement.anonymousRecord) this.declare(name, 'record');
  }

  /**
   * A file-scope statement ended just before `end`: what it declares spans it. It is kept with what it
   * names and calls when it declares or invokes something; what a statement not defining a function
   * names also counts outside the functions.
   */
  private flush(end: number): void {
    const start = this.statementOffset;
    const definesFunction = this.pendingMaybe.length > 0 || this.pending.some((declared) => declared.kind === 'function');
    const statement = this.statements.length;
    if (this.pending.length > 0 || this.pendingMaybe.length > 0 || this.pendingInvocations.length > 0) {
      this.statements.push({ start, end, names: [...this.statementNames], called: [...this.statementCalled], definesFunction });
    }
    if (!definesFunction) {
      for (const name of this.statementNames) this.outsideNames.add(name);
      for (const name of this.statementCalled) this.outsideCalled.add(name);
    }
    this.statementNames.clear();
    this.statementCalled.clear();
    for (const { name, kind } of this.pending) this.declarations.push({ name, kind, start, end, statement });
    for (const name of this.pendingMaybe) this.maybe.push({ name, kind: 'function', start, end, statement });
    for (const { name, words } of this.pendingInvocations) this.invocations.push({ name, words, start, end, statement });
    this.pending = [];
    this.pendingMaybe = [];
    this.pendingInvocations = [];
  }

  private snapshot(): BraceState {
    return { depth: this.depth, braces: [...this.braces] };
  }

  private restore(state: BraceState): void {
    this.depth = state.depth;
    this.braces = [...state.braces];
  }

  private shift(token: string): void {
    this.last3 = this.last2;
    this.last2 = this.last1;
    this.last1 = token;
  }
}

function isWordStart(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 95;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isWordPart(code: number): boolean {
  return isWordStart(code) || isDigit(code);
}

/**
 * Whether a macro's body can declare something: a body or a statement of its own, a typedef or a
 * record, pasted names, or a parameter where a declarator stands (`PVOID name`, `*name`). A macro
 * that only computes or annotates (`#define PAGED __declspec(code_seg("PAGE"))`) cannot.
 */
function mayDeclare(body: string, params: readonly string[]): boolean {
  if (/[{;]|##|\b(?:typedef|struct|union|enum)\b/.test(body)) return true;
  if (params.length === 0) return false;
  const parameters = new Set(params);
  for (const match of body.matchAll(IDENTIFIER)) {
    if (!parameters.has(match[0])) continue;
    const before = /([\w*])\s*$/.exec(body.slice(Math.max(0, match.index - 40), match.index));
    if (before) return true;
  }
  return false;
}

function freshStatement(): Statement {
  return { start: true, typedef: false, initializer: false, anonymousRecord: false, openers: [] };
}

function add(into: Map<string, Set<Kind>>, name: string, kind: Kind): void {
  const kinds = into.get(name);
  if (kinds) kinds.add(kind);
  else into.set(name, new Set([kind]));
}
