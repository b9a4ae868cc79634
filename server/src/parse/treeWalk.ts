// The cursor walk that copyTree (syntaxTree.ts) makes over web-tree-sitter's tree, two ways.
//
// web-tree-sitter's TreeCursor keeps its state (four numbers) in JavaScript and writes it into the
// WebAssembly memory's transfer buffer before every read or move, then reads it back after a move:
// eight memory accesses through Emscripten's getValue/setValue around each call, most of the copy's time
// (on a 31 MB repository the copy took longer than the parse). The C side of each cursor call reads the
// cursor from that buffer, and a move writes the moved cursor back there (web-tree-sitter's
// lib/tree-sitter.c: unmarshal_cursor/marshal_cursor around ts_tree_cursor_*). So a walk that writes the
// cursor once and then calls the WebAssembly exports directly reads and moves the same cursor with no
// copying at all — as long as nothing else uses the buffer meanwhile: the walk is synchronous (the
// finalizers of web-tree-sitter's objects, which use the buffer too, run between tasks), and the one read
// that writes over the cursor (a node's hasError, which puts the node in the buffer) saves the cursor and
// puts it back. When the move ends, the cursor's state goes back into the TreeCursor, which
// frees it as usual.
//
// Checked against web-tree-sitter 0.27.2 (CHECKED_AGAINST; the test fails when the installed version
// differs, to have the walk checked again). Another version without these exports gets the TreeCursor
// walk, never a wrong tree.

import type { TreeCursor, Tree as WasmTree } from 'web-tree-sitter';

/** The web-tree-sitter version whose C side the exports walk was checked against. */
export const CHECKED_AGAINST = '0.27.2';

/** The reads and moves of a cursor that copyTree makes. */
export interface Walk {
  typeId(): number;
  /** The field the current node fills in its parent, 0 for none. */
  fieldId(): number;
  startIndex(): number;
  endIndex(): number;
  hasError(): boolean;
  isMissing(): boolean;
  gotoFirstChild(): boolean;
  gotoNextSibling(): boolean;
  gotoParent(): boolean;
  /** Frees the cursor. */
  delete(): void;
}

/** What the exports walk calls: the WebAssembly exports (each takes the tree's address), and getValue/setValue. */
interface Exports {
  _ts_tree_cursor_current_node_type_id_wasm(tree: number): number;
  _ts_tree_cursor_current_field_id_wasm(tree: number): number;
  _ts_tree_cursor_start_index_wasm(tree: number): number;
  _ts_tree_cursor_end_index_wasm(tree: number): number;
  _ts_tree_cursor_current_node_is_missing_wasm(tree: number): number;
  _ts_tree_cursor_goto_first_child_wasm(tree: number): number;
  _ts_tree_cursor_goto_next_sibling_wasm(tree: number): number;
  _ts_tree_cursor_goto_parent_wasm(tree: number): number;
  /** Puts the cursor's current node in the transfer buffer (over the cursor). */
  _ts_tree_cursor_current_node_wasm(tree: number): void;
  /** Whether the node in the transfer buffer has an error. */
  _ts_node_has_error_wasm(tree: number): number;
  getValue(address: number, type: 'i32'): number;
  setValue(address: number, value: number, type: 'i32'): void;
}

const EXPORTS: readonly (keyof Exports)[] = [
  '_ts_tree_cursor_current_node_type_id_wasm', '_ts_tree_cursor_current_field_id_wasm', '_ts_tree_cursor_start_index_wasm',
  '_ts_tree_cursor_end_index_wasm', '_ts_tree_cursor_current_node_is_missing_wasm', '_ts_tree_cursor_goto_first_child_wasm',
  '_ts_tree_cursor_goto_next_sibling_wasm', '_ts_tree_cursor_goto_parent_wasm', '_ts_tree_cursor_current_node_wasm',
  '_ts_node_has_error_wasm', 'getValue', 'setValue',
];

let found: Exports | undefined;
/** The address of web-tree-sitter's transfer buffer. */
let transferBuffer = 0;

/**
 * Takes web-tree-sitter's Emscripten module: the object given to `Parser.init`, which Emscripten fills
 * with the exports (`Module = moduleArg`). Called once, right after Parser.init. Without every export
 * the walk needs (another version; or an options object given to a second Parser.init, which reuses the
 * first module and leaves it empty), copies use the TreeCursor walk.
 */
export function useModule(module: Record<string, unknown>): void {
  const init = module._ts_init;
  if (typeof init !== 'function' || !EXPORTS.every((name) => typeof module[name] === 'function')) return;
  // ts_init only writes the language versions in the buffer (web-tree-sitter read them in Parser.init)
  // and returns its address: calling it again is harmless.
  const address = init() as unknown;
  if (typeof address !== 'number' || address <= 0) return;
  transferBuffer = address;
  found = module as unknown as Exports;
}

/** Whether copies walk through the exports (false: through web-tree-sitter's TreeCursor). */
export function exportsWalkAvailable(): boolean {
  return found !== undefined;
}

/** A walk of `tree` from its root: through the exports where they were found, unless `useCursor`. */
export function walk(tree: WasmTree, useCursor = false): Walk {
  const cursor = tree.walk();
  return found && !useCursor ? new ExportsWalk(found, (tree as unknown as { 0: number })[0], cursor) : new CursorWalk(cursor);
}

/** web-tree-sitter's TreeCursor, as it is. */
class CursorWalk implements Walk {
  constructor(private readonly cursor: TreeCursor) {}
  typeId(): number {
    return this.cursor.nodeTypeId;
  }
  fieldId(): number {
    return this.cursor.currentFieldId;
  }
  startIndex(): number {
    return this.cursor.startIndex;
  }
  endIndex(): number {
    return this.cursor.endIndex;
  }
  hasError(): boolean {
    return this.cursor.currentNode.hasError;
  }
  isMissing(): boolean {
    return this.cursor.nodeIsMissing;
  }
  gotoFirstChild(): boolean {
    return this.cursor.gotoFirstChild();
  }
  gotoNextSibling(): boolean {
    return this.cursor.gotoNextSibling();
  }
  gotoParent(): boolean {
    return this.cursor.gotoParent();
  }
  delete(): void {
    this.cursor.delete();
  }
}

/** The same cursor, kept in the transfer buffer for the whole walk (see the top of the file). */
class ExportsWalk implements Walk {
  /** web-tree-sitter's TreeCursor's four handles (internal: not in its types). */
  private readonly handles: number[];
  constructor(private readonly wasm: Exports, private readonly tree: number, private readonly cursor: TreeCursor) {
    this.handles = (cursor as unknown as { handles: number[] }).handles;
    this.put(this.handles);
  }
  typeId(): number {
    return this.wasm._ts_tree_cursor_current_node_type_id_wasm(this.tree);
  }
  fieldId(): number {
    return this.wasm._ts_tree_cursor_current_field_id_wasm(this.tree);
  }
  startIndex(): number {
    return this.wasm._ts_tree_cursor_start_index_wasm(this.tree);
  }
  endIndex(): number {
    return this.wasm._ts_tree_cursor_end_index_wasm(this.tree);
  }
  hasError(): boolean {
    const cursor = this.take();
    this.wasm._ts_tree_cursor_current_node_wasm(this.tree);
    const hasError = this.wasm._ts_node_has_error_wasm(this.tree) === 1;
    this.put(cursor);
    return hasError;
  }
  isMissing(): boolean {
    return this.wasm._ts_tree_cursor_current_node_is_missing_wasm(this.tree) === 1;
  }
  gotoFirstChild(): boolean {
    return this.wasm._ts_tree_cursor_goto_first_child_wasm(this.tree) === 1;
  }
  gotoNextSibling(): boolean {
    return this.wasm._ts_tree_cursor_goto_next_sibling_wasm(this.tree) === 1;
  }
  gotoParent(): boolean {
    return this.wasm._ts_tree_cursor_goto_parent_wasm(this.tree) === 1;
  }
  delete(): void {
    // The moves may have reallocated the cursor's stack: the TreeCursor frees the cursor as it is now.
    const handles = this.take();
    for (let i = 0; i < 4; i++) this.handles[i] = handles[i];
    this.cursor.delete();
  }

  /** The cursor in the transfer buffer (web-tree-sitter's four handles). */
  private take(): number[] {
    const { getValue } = this.wasm;
    return [getValue(transferBuffer, 'i32'), getValue(transferBuffer + 4, 'i32'), getValue(transferBuffer + 8, 'i32'), getValue(transferBuffer + 12, 'i32')];
  }

  private put(handles: readonly number[]): void {
    for (let i = 0; i < 4; i++) this.wasm.setValue(transferBuffer + 4 * i, handles[i], 'i32');
  }
}
