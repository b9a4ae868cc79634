// One source file as the analysis sees it: its text, the masked and macro-expanded view that
// tree-sitter parsed, the map between the two, and the tree. Re-parsing a changed file reuses the old
// tree (tree-sitter's incremental parsing) with the edit computed between the two views.

import type { Parser } from './treeSitter';
import { Edit, copyTree, type Donor, type Point, type Tree, type WasmTree } from './treeSitter';
import { LineIndex, commonPrefix, commonSuffix } from './lines';
import type { Preprocessed } from './preprocess';
import { preprocess } from './preprocess';
import { SourceMap } from './macros';
import { performance } from 'node:perf_hooks';

export type ViewBuilder = (pre: Preprocessed) => { view: string; map: SourceMap };

export class ParsedFile {
  private disposed = false;
  private copied: Tree | undefined;

  private constructor(
    readonly path: string,
    readonly text: string,
    readonly pre: Preprocessed,
    readonly view: string,
    readonly map: SourceMap,
    /** web-tree-sitter's tree: kept for the next incremental parse. */
    private readonly wasmTree: WasmTree,
    readonly lines: LineIndex,
    /** The copy of the file before the edit, whose untouched functions the copy of this one takes. */
    private donor: Donor | undefined,
    /**
     * Whether web-tree-sitter's tree is kept after the copy, for the next incremental parse (the editor);
     * a CLI run parses each file once, and the tree would only hold memory beside its copy.
     */
    private readonly keepForEdits: boolean,
  ) {}

  /** The syntax tree, copied into plain objects on first use (see syntaxTree.ts). */
  get tree(): Tree {
    if (!this.copied) {
      this.copied = copyTree(this.wasmTree, this.view, this.donor);
      this.donor = undefined;
      if (!this.keepForEdits) this.wasmTree.delete();
    }
    return this.copied;
  }

  /**
   * Parses `text`; with `previous` (the same file before an edit) tree-sitter re-uses what did not change.
   * `buildView` expands the macros that matter (it knows the workspace's headers).
   */
  static parse(parser: Parser, path: string, text: string, buildView: ViewBuilder, previous?: ParsedFile, keepForEdits = true): ParsedFile {
    const pre = preprocess(text);
    const { view, map } = buildView(pre);
    // tree-sitter's error recovery can take very long on text that is not C (a megabyte of garbage on
    // one line): past a generous time, the parse is stopped and the file is given up. The time is wall
    // time (the parse runs in this thread), so a starved process (a loaded machine, a paused one) could
    // trip it on a file that parses in a millisecond: when the process used less than half the time on
    // the CPU, the parse is tried again (at most STARVED_RETRIES times).
    const limit = parseTimeLimit(view.length);
    let tree: WasmTree | null = null;
    let donor: Donor | undefined;
    for (let attempt = 0; ; attempt++) {
      const cpuBefore = process.cpuUsage();
      const deadline = performance.now() + limit;
      const options = { progressCallback: (() => performance.now() > deadline) as unknown as (state: unknown) => void };
      if (previous && !previous.disposed && previous.keepForEdits) {
        const old = previous.wasmTree.copy();
        const edit = editBetween(previous.view, view);
        if (edit) old.edit(edit);
        if (edit && previous.copied) donor = { tree: previous.copied, start: edit.startIndex, oldEnd: edit.oldEndIndex, newEnd: edit.newEndIndex };
        tree = parser.parse(view, old, options);
        old.delete();
      } else {
        tree = parser.parse(view, null, options);
      }
      if (tree) break;
      parser.reset();
      const cpu = process.cpuUsage(cpuBefore);
      const starved = (cpu.user + cpu.system) / 1000 < limit / 2;
      if (!starved || attempt >= STARVED_RETRIES) throw new ParseTimeout(path, limit);
    }
    return new ParsedFile(path, text, pre, view, map, tree, new LineIndex(text), donor, keepForEdits);
  }

  /** A stand-in for a file the parser gave up on: no code, so nothing is reported in it. */
  static empty(parser: Parser, path: string, text: string): ParsedFile {
    const pre = preprocess('');
    const tree = parser.parse('');
    if (!tree) throw new Error('tree-sitter cannot parse an empty text');
    return new ParsedFile(path, text, pre, '', SourceMap.identity, tree, new LineIndex(text), undefined, true);
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    if (this.keepForEdits || !this.copied) this.wasmTree.delete();
  }

  get isDisposed(): boolean {
    return this.disposed;
  }
}

/** The parser gave up on a file: it took longer than any C source of its size should. */
export class ParseTimeout extends Error {
  constructor(readonly path: string, readonly limitMs: number) {
    super(`parsing took longer than ${(limitMs / 1000).toFixed(1)} s, far more than C code of this size needs (is it C?)`);
  }
}

/** Parses tried again after a timeout while the process was starved of CPU time. */
const STARVED_RETRIES = 2;

/** One second, plus two per megabyte: a dozen times what a C file needs. */
function parseTimeLimit(length: number): number {
  return 1000 + (2000 * length) / 1_000_000;
}

/** The single edit that turns `before` into `after` (common prefix and suffix kept). */
export function editBetween(before: string, after: string): Edit | undefined {
  if (before === after) return undefined;
  const start = commonPrefix(before, after);
  const suffix = commonSuffix(before, after, Math.min(before.length, after.length) - start);
  const oldEnd = before.length - suffix;
  const newEnd = after.length - suffix;
  const startPosition = pointAt(before, start);
  return new Edit({
    startIndex: start,
    oldEndIndex: oldEnd,
    newEndIndex: newEnd,
    startPosition,
    oldEndPosition: pointAfter(before, start, oldEnd, startPosition),
    newEndPosition: pointAfter(after, start, newEnd, startPosition),
  });
}

function pointAt(text: string, offset: number): Point {
  let row = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    row++;
    lineStart = i + 1;
  }
  return { row, column: offset - lineStart };
}

function pointAfter(text: string, from: number, to: number, fromPoint: Point): Point {
  let row = fromPoint.row;
  let column = fromPoint.column;
  for (let i = from; i < to; i++) {
    if (text.charCodeAt(i) === 10) {
      row++;
      column = 0;
    } else {
      column++;
    }
  }
  return { row, column };
}
