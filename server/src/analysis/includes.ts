// Where `#include "x.h"` leads: next to the including file, then under each workspace root, the file
// name compared without case (as on Windows). The workspace resolves includes so, and the split of a
// parallel run (split/graph.ts) must resolve them exactly alike.

import * as nodePath from 'node:path';

/** The files an include may name, in the order they are tried, lower-cased (keys of a case-blind lookup). */
export function includeCandidates(from: string, include: string, roots: readonly string[]): string[] {
  return [nodePath.dirname(from), ...roots].map((base) => nodePath.normalize(nodePath.join(base, include)).toLowerCase());
}
