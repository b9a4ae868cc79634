// MSBuild's canonical error format, which Visual Studio's Error List, MSBuild itself (an Exec task's
// output) and Azure DevOps read as diagnostics:
//   C:\src\driver\socket.c(12,9): error WSK001: InputSize must be …
//   C:\src\driver\socket.c(12,9): warning WSK006: …
// Paths are absolute, so that a double-click in the Error List opens the file whatever folder the build
// ran in. Related locations and unused suppressions follow as `note:` lines, which these tools show as
// plain output (their category is neither error nor warning). One line per message: a message's advice
// joins its first sentence.

import type { Finding, Location, UnusedSuppression } from '../../analysis/findings';
import { oneLine } from './text';
import { region } from './location';

export function formatMsbuild(findings: readonly Finding[], notes: readonly (UnusedSuppression | (Location & { message: string }))[] = []): string {
  const entries: { file: string; offset: number; lines: string[] }[] = [];
  for (const finding of findings) {
    const lines = [`${origin(finding)}: ${finding.severity === 'error' ? 'error' : 'warning'} ${finding.rule}: ${oneLine(finding.message)}`];
    for (const related of finding.related) lines.push(`  ${origin(related)}: note: ${oneLine(related.message)}`);
    entries.push({ file: finding.file, offset: finding.span.start, lines });
  }
  for (const note of notes) entries.push({ file: note.file, offset: note.span.start, lines: [`${origin(note)}: note: ${oneLine(note.message)}`] });
  entries.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.offset - b.offset));
  return entries.flatMap((entry) => entry.lines).map((line) => `${line}\n`).join('');
}

/** `C:\src\socket.c(12,9)`: the file as an absolute path, the 1-based line and UTF-16 column. */
function origin(location: Location): string {
  const at = region(location);
  return `${location.file}(${at.line},${at.column})`;
}
