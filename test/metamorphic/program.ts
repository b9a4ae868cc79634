// One version of a driver as the metamorphic checks see it: its files, parsed by the product's own
// front (a Workspace: masking, the headers' macros, tree-sitter), and its findings, each keyed by
// rule, file, function and line. The rewrites read the parsed views to find their sites and edit the
// source text; nodes are mapped back to source offsets through the view's source map, and a node that
// starts or ends inside a macro expansion has no source span (a rewrite skips it).

import { Workspace } from '../../server/src/analysis/workspace';
import type { FileAnalysis } from '../../server/src/analysis/workspace';
import type { Finding } from '../../server/src/analysis/findings';
import { functionDefinitions, functionName, parseErrorCount } from '../../server/src/analysis/syntax';
import type { Node } from '../../server/src/parse/treeSitter';
import { RULES } from '../../server/src/rules/index';

export interface SourceFile {
  readonly path: string;
  readonly text: string;
}

/** A finding as the checks compare it: its rule, where (1-based line) and in which function. */
export interface FindingKey {
  readonly rule: string;
  readonly file: string;
  /** The enclosing function definition's name; '' outside any function. */
  readonly function: string;
  readonly line: number;
}

export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A function definition of a file, with its source span. */
export interface FunctionSite {
  readonly name: string;
  readonly node: Node;
  readonly span: Span;
}

export class Program {
  private findingsCache: readonly Finding[] | undefined;
  private readonly functionsCache = new Map<string, FunctionSite[]>();

  private constructor(
    readonly files: readonly SourceFile[],
    private readonly workspace: Workspace,
    private readonly owned: boolean,
  ) {}

  /** `roots`: the workspace roots (where `#include <…>` is searched), as the analysis is run. */
  static async load(files: readonly SourceFile[], roots: readonly string[]): Promise<Program> {
    const workspace = await Workspace.create(roots);
    for (const file of files) workspace.setFile(file.path, file.text);
    return new Program(files, workspace, true);
  }

  /** A program over a workspace that holds exactly these files, analysed already (its findings given). */
  static over(files: readonly SourceFile[], workspace: Workspace, findings: readonly Finding[]): Program {
    const program = new Program(files, workspace, false);
    program.findingsCache = findings;
    return program;
  }

  /** Frees the workspace's trees (a workspace handed in stays its owner's). */
  dispose(): void {
    if (this.owned) this.workspace.dispose();
  }

  text(path: string): string | undefined {
    return this.files.find((file) => file.path === path)?.text;
  }

  /** The parsed file (view, tree, source map, WSK calls); undefined for a path not in the program. */
  analysis(path: string): FileAnalysis | undefined {
    return this.workspace.file(path);
  }

  /** Every finding of the product's rules. */
  findings(): readonly Finding[] {
    this.findingsCache ??= this.workspace.analyze(RULES).findings;
    return this.findingsCache;
  }

  /** The findings as the checks compare them. */
  findingKeys(): FindingKey[] {
    return this.findings().map((finding) => ({
      rule: finding.rule,
      file: finding.file,
      function: this.functionAt(finding.file, finding.span.start)?.name ?? '',
      line: finding.start.line + 1,
    }));
  }

  /** The function definitions of a file, with their names and source spans. */
  functions(path: string): FunctionSite[] {
    const cached = this.functionsCache.get(path);
    if (cached) return cached;
    const analysis = this.analysis(path);
    const found: FunctionSite[] = [];
    if (analysis) {
      for (const node of functionDefinitions(analysis.root)) {
        const name = functionName(node);
        const span = this.sourceSpan(path, node);
        if (name && span) found.push({ name, node, span });
      }
    }
    this.functionsCache.set(path, found);
    return found;
  }

  /** The function whose source span holds an offset. */
  functionAt(path: string, offset: number): FunctionSite | undefined {
    return this.functions(path).find((fn) => fn.span.start <= offset && offset < fn.span.end);
  }

  /**
   * A node's span in the source, or undefined when it starts or ends inside a macro expansion. A node
   * that starts or ends with a whole expansion (`VT_CHECK(status)` standing for an `if`) spans the
   * macro use.
   */
  sourceSpan(path: string, node: Node | Span): Span | undefined {
    const parsed = this.analysis(path)?.parsed;
    if (!parsed) return undefined;
    const view = 'startIndex' in node ? { start: node.startIndex, end: node.endIndex } : node;
    const blank = (from: number, to: number) => parsed.view.slice(from, to).trim() === '';
    const first = parsed.map.expansionAt(view.start);
    const last = view.end > view.start ? parsed.map.expansionAt(view.end - 1) : first;
    if (first && (!blank(first.viewStart, view.start) || (first === last && !blank(view.end, first.viewEnd)))) return undefined;
    if (last && !blank(view.end, last.viewEnd)) return undefined;
    const source = parsed.map.toSource(view.start, view.end);
    if (first && first === last) return { start: first.useStart, end: first.useEnd };
    return { start: source.start, end: source.end };
  }

  /**
   * The source a node stands for: its span, or, for a node that is exactly one macro use's expansion
   * (`SD_SIZE` standing for `sizeof(…)`), the use. Undefined for part of an expansion.
   */
  useSpan(path: string, node: Node): Span | undefined {
    const parsed = this.analysis(path)?.parsed;
    if (!parsed) return undefined;
    const expansion = parsed.map.expansions.find((e) => e.viewStart <= node.startIndex && node.endIndex <= e.viewEnd && parsed.view.slice(e.viewStart, e.viewEnd).trim() === node.text);
    return expansion ? { start: expansion.useStart, end: expansion.useEnd } : this.sourceSpan(path, node);
  }

  /** A node's source text, or undefined when it is not plain source (see sourceSpan). */
  sourceText(path: string, node: Node): string | undefined {
    const span = this.sourceSpan(path, node);
    const text = this.text(path);
    return span && text !== undefined ? text.slice(span.start, span.end) : undefined;
  }

  /** Whether a view range holds any macro expansion (its source text then differs from the view). */
  hasExpansion(path: string, node: Node): boolean {
    const parsed = this.analysis(path)?.parsed;
    if (!parsed) return true;
    return parsed.map.expansions.some((e) => e.viewEnd > node.startIndex && e.viewStart < node.endIndex);
  }

  /** ERROR and MISSING nodes of a file's tree (0 for a file that parses cleanly, without a walk). */
  parseErrors(path: string): number {
    const root = this.analysis(path)?.root;
    return root ? parseErrorCount(root) : 0;
  }

  /** Offsets of the file's comments, strings, directives and dead groups (sorted [start, end) pairs). */
  nonCode(path: string): Int32Array {
    return this.analysis(path)?.parsed.pre.nonCode ?? new Int32Array();
  }
}

/** The 1-based line of an offset (lines end at \n; the rewrites leave files with \r alone). */
export function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

export function formatKey(key: FindingKey): string {
  return `${key.rule} ${baseName(key.file)}:${key.line} in ${key.function || '(file scope)'}`;
}

export function baseName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}
