// What every format shares: paths as the user typed them (relative to the current folder when inside
// it) and 1-based lines and columns. Columns count UTF-16 code units, as the analysis, LSP and editors
// do; an end column points just past the last character (SARIF's convention).

import * as path from 'node:path';
import type { Location } from '../../analysis/findings';

export interface Region {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

export function region(location: Location): Region {
  return {
    line: location.start.line + 1,
    column: location.start.character + 1,
    endLine: location.end.line + 1,
    endColumn: location.end.character + 1,
  };
}

/** `src/driver.c` for a file under the current folder, the absolute path otherwise. */
export function displayPath(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  return relative === '' || relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}
