import type { Node } from '../parse/treeSitter';

/**
 * The identifiers of a function, found in one search and kept in source order, overall and by name:
 * the names a node holds, and where it names one of a few, are then range lookups instead of walks of
 * the node (a callback's `f(f(f(…ind…)))` would make the walks quadratic in the nesting: every call's
 * arguments hold all the calls inside). A non-empty identifier within a node's range is in that node;
 * empty (missing) identifiers, which a range cannot place and which name nothing, are left out.
 */
export class IdentifierIndex {
  private readonly all: Node[] = [];
  private readonly byName = new Map<string, Node[]>();

  constructor(private readonly root: Node) {
    for (const identifier of root.descendantsOfType('identifier')) {
      if (!identifier || identifier.startIndex === identifier.endIndex) continue;
      this.all.push(identifier);
      const list = this.byName.get(identifier.text);
      if (list) list.push(identifier);
      else this.byName.set(identifier.text, [identifier]);
    }
  }

  /** The names of the identifiers in a node, in source order (with repeats). */
  namesWithin(node: Node): string[] {
    return this.within(node, this.all, undefined).map((identifier) => identifier.text);
  }

  /** Whether a node holds an identifier with one of the names. */
  mentionsAny(node: Node, names: Iterable<string>): boolean {
    for (const name of names) if (this.within(node, this.byName.get(name) ?? [], name, true).length > 0) return true;
    return false;
  }

  /** The identifiers in a node with one of the names, grouped by name. */
  occurrences(node: Node, names: Iterable<string>): Node[] {
    return [...names].flatMap((name) => this.within(node, this.byName.get(name) ?? [], name));
  }

  /**
   * The identifiers of a list (in source order; those of `name`, or all when it is undefined) within a
   * node. A node outside the root is searched.
   */
  private within(node: Node, list: readonly Node[], name: string | undefined, firstOnly = false): Node[] {
    if (node.startIndex < this.root.startIndex || node.endIndex > this.root.endIndex) {
      return node.descendantsOfType('identifier').filter((identifier): identifier is Node => !!identifier && identifier.startIndex < identifier.endIndex && (name === undefined || identifier.text === name));
    }
    let low = 0;
    let high = list.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (list[middle].startIndex < node.startIndex) low = middle + 1;
      else high = middle;
    }
    const found: Node[] = [];
    for (let i = low; i < list.length && list[i].startIndex < node.endIndex; i++) {
      if (list[i].endIndex > node.endIndex) continue;
      found.push(list[i]);
      if (firstOnly) break;
    }
    return found;
  }
}
