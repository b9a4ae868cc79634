// The syntax tree as plain JavaScript objects, copied from web-tree-sitter's tree in one cursor walk.
// Every read of a web-tree-sitter node crosses into WebAssembly (the node is written into its memory
// first, and a child or a list of them comes back as new objects): the analysis read the 2 MB bench
// file's tree 1.6 million times so, a third of its time. A copy costs about five crossings per node once
// (calls of web-tree-sitter's WebAssembly exports, not of its TreeCursor: treeWalk.ts);
// then a read is a field, a node is one object for as long as its tree lives (memos can be kept on it),
// and the subtree searches are loops over arrays. The copy answers the part of web-tree-sitter's Node
// API the analysis uses, the same way (test/parse/syntaxTree.test.ts compares every answer).

import type { Language, Tree as WasmTree } from 'web-tree-sitter';
import { walk } from './treeWalk';

/** A copied tree: its root, and the text that was parsed (nodes' texts are slices of it). */
export class Tree {
  /** Set once the copy is made. */
  rootNode!: Node;
  /** Every node in document order: a node's subtree is `nodes[node.order…node.last]`. */
  readonly nodes: Node[] = [];
  constructor(readonly source: string) {}
}

const NO_CHILDREN: readonly Node[] = Object.freeze([]);

/** Node's flags. */
const NAMED = 1;
const HAS_ERROR = 2;
const MISSING = 4;

/** One node of a copied tree: a visible node of tree-sitter's (named or anonymous). */
export class Node {
  /** Its children, named and anonymous, in order. */
  children: readonly Node[] = NO_CHILDREN;
  /** Its start and end offsets in the parsed text (UTF-16 code units, as web-tree-sitter counts). */
  startIndex = 0;
  endIndex = 0;
  /**
   * isNamed, hasError and isMissing as bits: one field instead of three (a field is 8 bytes on every
   * node: the CLI copies millions of them).
   */
  private flags: number;
  /** Its place in its tree's nodes, and its last descendant's (see Tree.nodes). */
  order = 0;
  last = 0;
  /**
   * Answers about this node remembered by the analysis (each memo has its slot), for as long as it
   * stays in its tree: a node lent to a newer copy starts afresh (its offsets moved).
   */
  memos: unknown[] | undefined = undefined;

  constructor(
    /** Its tree (a top-level node lent to a newer copy moves to it with its subtree: see copyTree). */
    public tree: Tree,
    /** Unique among the nodes of every tree of the process (memos key on it and its tree). */
    readonly id: number,
    readonly type: string,
    isNamed: boolean,
    /** The field this node fills in its parent (`declarator`, `body`…), or null. */
    public field: string | null,
    public parent: Node | null,
  ) {
    this.flags = isNamed ? NAMED : 0;
  }

  get isNamed(): boolean {
    return (this.flags & NAMED) !== 0;
  }

  /** Whether it is, or holds, an ERROR or a MISSING node. */
  get hasError(): boolean {
    return (this.flags & HAS_ERROR) !== 0;
  }

  get isMissing(): boolean {
    return (this.flags & MISSING) !== 0;
  }

  /** Set by copyTree (what the node holds is known once it is made). */
  setError(hasError: boolean, isMissing: boolean): void {
    this.flags = (this.flags & NAMED) | (hasError ? HAS_ERROR : 0) | (isMissing ? MISSING : 0);
  }

  get text(): string {
    return this.tree.source.slice(this.startIndex, this.endIndex);
  }

  get namedChildren(): Node[] {
    return this.children.filter(isNamed);
  }

  get namedChildCount(): number {
    let count = 0;
    for (const child of this.children) if (child.isNamed) count++;
    return count;
  }

  namedChild(index: number): Node | null {
    for (const child of this.children) {
      if (child.isNamed && index-- === 0) return child;
    }
    return null;
  }

  get firstNamedChild(): Node | null {
    return this.namedChild(0);
  }

  get lastChild(): Node | null {
    return this.children.length > 0 ? this.children[this.children.length - 1] : null;
  }

  get previousSibling(): Node | null {
    const siblings = this.parent?.children;
    if (!siblings) return null;
    const at = siblings.indexOf(this);
    return at > 0 ? siblings[at - 1] : null;
  }

  childForFieldName(field: string): Node | null {
    // An ERROR node has no fields of its own: its children's come from the hidden nodes recovery made
    // (the cursor sees them, web-tree-sitter's childForFieldName does not).
    if (this.type === 'ERROR') return null;
    // Indexed: a for…of here made an iterator per call (the analysis asks this of most nodes it reads).
    const children = this.children;
    for (let i = 0; i < children.length; i++) if (children[i].field === field) return children[i];
    return null;
  }

  childrenForFieldName(field: string): Node[] {
    return this.children.filter((child) => child.field === field);
  }

  /**
   * The node and its descendants of the given types, in order. As web-tree-sitter's: a subtree that
   * ends at offset 0 (empty, at the start of the file) is not searched.
   */
  descendantsOfType(types: string | readonly string[]): Node[] {
    const tree = this.tree;
    // The analysis asks this of every function many times over (15,000 searches of the bench's 2 MB
    // file visit 3.6 million nodes): a subtree is a run of the tree's nodes in order, read in a loop
    // (twice as fast as a walk; a node that ends at 0 is empty at the start of the file, and so is
    // everything in it). A tree that lent its nodes to a newer copy has a stale order: it is walked.
    if (lent.has(tree) || tree.nodes[this.order] !== this) return this.walkOfType(types);
    const found: Node[] = [];
    const nodes = tree.nodes;
    if (typeof types === 'string') {
      for (let i = this.order; i <= this.last; i++) if (nodes[i].type === types && nodes[i].endIndex !== 0) found.push(nodes[i]);
    } else {
      for (let i = this.order; i <= this.last; i++) if (types.includes(nodes[i].type) && nodes[i].endIndex !== 0) found.push(nodes[i]);
    }
    return found;
  }

  /** descendantsOfType by walking the subtree. */
  private walkOfType(types: string | readonly string[]): Node[] {
    const wanted = typeof types === 'string' ? [types] : types;
    const found: Node[] = [];
    const stack: Node[] = [this];
    while (stack.length > 0) {
      const node = stack.pop() as Node;
      if (node.endIndex === 0) continue;
      if (wanted.includes(node.type)) found.push(node);
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
    }
    return found;
  }

  /**
   * The smallest node, named or anonymous, that spans `start`…`end` (as web-tree-sitter's; asked for no
   * width where a zero-width MISSING node sits, it may answer that node where web-tree-sitter, walking
   * hidden nodes too, answers a neighbour).
   */
  descendantForIndex(start: number, end = start): Node | null {
    if (start > end) return null;
    let node: Node = this;
    for (let descended = true; descended; ) {
      descended = false;
      const children = node.children;
      // Siblings do not overlap, so their ends only grow: the children that end before `end` (all
      // skipped below) are passed over by bisection — a file's root has thousands of them.
      let low = 0;
      for (let high = children.length; low < high; ) {
        const middle = (low + high) >>> 1;
        if (children[middle].endIndex < end) low = middle + 1;
        else high = middle;
      }
      for (let i = low; i < children.length; i++) {
        const child = children[i];
        if (child.endIndex < end) continue;
        const empty = child.startIndex === child.endIndex;
        if (empty ? child.endIndex < start : child.endIndex <= start) continue;
        if (start < child.startIndex) break;
        node = child;
        descended = true;
        break;
      }
    }
    return node;
  }
}

function isNamed(node: Node): boolean {
  return node.isNamed;
}


/** Ids given so far: each copy takes the next range (a number stays exact far past any process's nodes). */
let nextId = 1;

/**
 * What an earlier copy of the same file can lend a new one: its tree, and the edit between the two
 * texts (`[start, oldEnd)` of the old one became `[start, newEnd)` of the new one).
 */
export interface Donor {
  readonly tree: Tree;
  readonly start: number;
  readonly oldEnd: number;
  readonly newEnd: number;
}

/**
 * Copies a web-tree-sitter tree of `source`. With a donor (the file before an edit), a top-level node
 * the edit left alone (the same type at the same place, the edit outside it, no error in either) is
 * taken from the donor's copy, moved by the edit, instead of being copied again: in the editor an edit
 * copies the edited function, not the file. The donor's tree gives its nodes away (it is the previous
 * version of the file, disposed of once this one is parsed): a tree is lent once.
 */
export function copyTree(wasm: WasmTree, source: string, donor?: Donor, options: CopyOptions = {}): Tree {
  const tree = new Tree(source);
  const { types, fields } = wasm.language;
  const named = namedTypes(wasm.language);
  const cursor = walk(wasm, options.cursorWalk);
  const visit = (parent: Node | null): Node => {
    const typeId = cursor.typeId();
    const fieldId = cursor.fieldId();
    const node = new Node(tree, nextId++, typeId === ERROR_TYPE_ID ? 'ERROR' : types[typeId] || 'ERROR', named[typeId] ?? true, fieldId ? fields[fieldId] ?? null : null, parent);
    // Read for every node: a node's span is not its children's (a hidden newline ends a preprocessor line).
    node.startIndex = cursor.startIndex();
    node.endIndex = cursor.endIndex();
    node.order = node.last = tree.nodes.length;
    tree.nodes.push(node);
    // An error can hide in a node the cursor does not show (a MISSING newline ending a directive), so
    // hasError is asked, though only inside a node that has one (none at all in a tree without errors).
    if (parent ? parent.hasError : true) {
      const hasError = cursor.hasError();
      node.setError(hasError, node.startIndex === node.endIndex && cursor.isMissing());
    }
    return node;
  };
  const lender = donor && !lent.has(donor.tree) ? new Lender(donor, tree) : undefined;
  if (donor) lent.add(donor.tree);
  try {
    const root = visit(null);
    /** The inner nodes entered and not yet left. */
    const open: Node[] = [];
    /**
     * Their children so far, each node's after its parent's (`open[i]`'s from `starts[i]`): a node's
     * array is made once its children are all known, at its size (built by push, arrays of two or three
     * children took room for seventeen, which the garbage collector copied as the tree grew).
     */
    const pending: Node[] = [];
    const starts: number[] = [];
    let pendingCount = 0;
    let node = root;
    /** Whether `node` came from the donor, children and all. */
    let lentNode = false;
    const arrive = (parent: Node): Node => {
      const fresh = visit(parent);
      const taken = parent === root && lender ? lender.take(fresh) : fresh;
      lentNode = taken !== fresh;
      return taken;
    };
    for (;;) {
      if (!lentNode && cursor.gotoFirstChild()) {
        open.push(node);
        starts.push(pendingCount);
        node = arrive(node);
        pending[pendingCount++] = node;
        continue;
      }
      for (;;) {
        const top = open[open.length - 1];
        if (!top) {
          tree.rootNode = root;
          return tree;
        }
        if (cursor.gotoNextSibling()) {
          node = arrive(top);
          pending[pendingCount++] = node;
          break;
        }
        cursor.gotoParent();
        open.pop();
        const start = starts.pop() as number;
        top.children = pending.slice(start, pendingCount);
        pendingCount = start;
        top.last = tree.nodes.length - 1;
      }
    }
  } finally {
    cursor.delete();
  }
}

export interface CopyOptions {
  /** Walk with web-tree-sitter's TreeCursor even where the faster walk is available (to compare the two). */
  readonly cursorWalk?: boolean;
}

/** Trees that lent their nodes to a newer copy (their nodes now belong to it). */
const lent = new WeakSet<Tree>();

/** Finds, for each top-level node of a new copy in turn, the donor's node it can take instead. */
class Lender {
  private next = 0;
  private readonly old: readonly Node[];
  private readonly shift: number;

  constructor(private readonly donor: Donor, private readonly tree: Tree) {
    this.old = donor.tree.rootNode.children;
    this.shift = donor.newEnd - donor.oldEnd;
  }

  /** The donor's node for `fresh` (a top-level node just visited, in order), moved into the new tree; or `fresh`. */
  take(fresh: Node): Node {
    if (fresh.hasError) return fresh;
    while (this.next < this.old.length) {
      const old = this.old[this.next];
      const before = old.endIndex < this.donor.start;
      const after = old.startIndex > this.donor.oldEnd;
      const shift = after ? this.shift : 0;
      if ((!before && !after) || old.startIndex + shift < fresh.startIndex) {
        this.next++;
        continue;
      }
      if (old.startIndex + shift > fresh.startIndex) return fresh;
      this.next++;
      if (old.type !== fresh.type || old.endIndex + shift !== fresh.endIndex || old.hasError || this.donor.tree.nodes[old.order] !== old) return fresh;
      old.parent = fresh.parent;
      old.field = fresh.field;
      // The old subtree takes the fresh node's place in the new tree's order (fresh was the last node).
      // It is a run of the donor's nodes in order (the donor lent nothing before): read as a run, each
      // node's order and last move by the same amount.
      const nodes = this.tree.nodes;
      nodes.length = fresh.order;
      const from = this.donor.tree.nodes;
      const first = old.order;
      const last = old.last;
      const moved = fresh.order - first;
      for (let i = first; i <= last; i++) {
        const node = from[i];
        node.tree = this.tree;
        node.memos = undefined;
        node.startIndex += shift;
        node.endIndex += shift;
        node.order += moved;
        node.last += moved;
        nodes.push(node);
      }
      return old;
    }
    return fresh;
  }
}

/** tree-sitter's symbol for ERROR nodes (not in the language's list of types). */
const ERROR_TYPE_ID = 65535;

const namedByLanguage = new WeakMap<Language, boolean[]>();

/** Whether each of the language's types is named (asked once per type, not once per node). */
function namedTypes(language: Language): boolean[] {
  let named = namedByLanguage.get(language);
  if (!named) {
    named = language.types.map((_, id) => language.nodeTypeIsNamed(id));
    namedByLanguage.set(language, named);
  }
  return named;
}
