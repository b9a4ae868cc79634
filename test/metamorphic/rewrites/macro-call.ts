// Makes a call through a macro: the call a statement makes as a whole, `status = f(a, b);`, becomes
// `status = MM_CALL(f(a, b));`, `MM_CALL(_x)` being `(_x)`, defined at the end of the driver's header
// (as driver code wraps calls in logging or tracing macros). The call is the same expression once
// expanded: the analysis must read it in the macro's expansion and report what it finds there at the
// macro's argument, on the same line.

import type { Program } from '../program';
import { lineOf } from '../program';
import type { RawSite } from '../sites';
import { calledBy } from '../syntax';
import type { RewriteKind } from './kind';
import { blockStatements, driverHeader, freshName } from './kind';

const NAME = 'MM_CALL';

export const macroCall: RewriteKind = {
  name: 'macro-call',
  sites(program: Program): RawSite[] {
    const define = `#define ${NAME}(_x) (_x)\n`;
    if (!program.files.some((file) => file.text.includes(define)) && freshName(program, NAME) !== NAME) return [];
    const sites: RawSite[] = [];
    for (const { path, text, fn, statement } of blockStatements(program)) {
      const call = calledBy(statement);
      const header = driverHeader(program, path);
      const headerText = header !== undefined ? program.text(header) : undefined;
      // A call already inside a macro's expansion, or with a line break (the macro's argument would span lines), is left.
      const span = call && !program.hasExpansion(path, statement) ? program.sourceSpan(path, call) : undefined;
      if (!call || !span || header === undefined || headerText === undefined || text.slice(span.start, span.end).includes('\n')) continue;
      const line = lineOf(text, span.start);
      sites.push({
        file: path,
        line,
        description: `make the call at line ${line} of ${fn.name} through ${NAME}`,
        edits: [
          ...(headerText.includes(define) ? [] : [{ file: header, start: headerText.length, end: headerText.length, text: `${headerText.endsWith('\n') ? '' : '\n'}${define}`, shared: true }]),
          { file: path, start: span.start, end: span.start, text: `${NAME}(` },
          { file: path, start: span.end, end: span.end, text: ')' },
        ],
        creates: [],
        moves: [],
        cures: [],
      });
    }
    return sites;
  },
};
