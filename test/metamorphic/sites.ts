// A rewrite site: the text edits of one rewrite at one place, the files it creates, and what it does to
// the findings (where those of the lines it moves may now be reported; which finding it cures).
//
// Every rewrite keeps the lines of the files it edits where they were: an edit puts back as many line
// breaks as it removes (or appends at the end of a file), and new code goes on existing lines, at the
// end of a file or into new files. So a finding keeps its line unless it sat in the lines a site
// moves, and the expectation of a rewritten program is the original's findings, with those of moved
// lines allowed at the places the site names.

import { baseName } from './program';
import type { SourceFile } from './program';

export interface Edit {
  readonly file: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Made once however many sites make it (a declaration several sites need); else each site's own. */
  readonly shared?: boolean;
}

/** Where a finding may be reported after a move: a function of a file, on one line or on any. */
export interface Place {
  readonly file: string;
  readonly function: string;
  /** 1-based; undefined: any line of the function. */
  readonly line?: number;
}

/** Findings on lines [from, to] of a function (1-based) may be reported at any of `places` instead. */
export interface Move {
  readonly file: string;
  readonly function: string;
  readonly from: number;
  readonly to: number;
  readonly places: readonly Place[];
}

/** The finding of `rule` at `file`:`line` is gone once the site is applied (its cause is removed). */
export interface Cure {
  readonly rule: string;
  readonly file: string;
  readonly line: number;
}

/** Names a site stably: its kind, the base name of its file, its 1-based line, and its rank on that line. */
export interface SiteKey {
  readonly kind: string;
  readonly file: string;
  readonly line: number;
  readonly index: number;
}

export interface Site {
  readonly key: SiteKey;
  /** What the site does, for messages: "wrap the if at line 12 of Foo in do { } while (0)". */
  readonly description: string;
  readonly edits: readonly Edit[];
  readonly creates: readonly SourceFile[];
  readonly moves: readonly Move[];
  readonly cures: readonly Cure[];
  /** What the site rewrites, for telling classes of sites apart (known-failures.ts): `call: 'WskBind'`. */
  readonly facts?: Readonly<Record<string, string>>;
}

/** A site before its key is numbered: where it is and what it does. */
export type RawSite = Omit<Site, 'key'> & { readonly file: string; readonly line: number };

/** Numbers sites: the index tells apart sites of one kind that start on the same line. */
export function keyed(kind: string, raw: readonly RawSite[]): Site[] {
  const seen = new Map<string, number>();
  return raw.map(({ file, line, ...site }) => {
    const name = baseName(file);
    const at = `${name}:${line}`;
    const index = seen.get(at) ?? 0;
    seen.set(at, index + 1);
    return { ...site, key: { kind, file: name, line, index } };
  });
}

export function sameKey(a: SiteKey, b: SiteKey): boolean {
  return a.kind === b.kind && a.file === b.file && a.line === b.line && a.index === b.index;
}

export function formatSiteKey(key: SiteKey): string {
  return `${key.kind}@${key.file}:${key.line}${key.index > 0 ? `#${key.index}` : ''}`;
}

/**
 * Applies sites together, in order; a site whose edits overlap those of a site already taken, or that
 * would create a file that exists with other text, is left out. A shared edit two sites make (a
 * declaration both need) is made once; insertions at one offset keep the sites' order.
 */
export function applySites(files: readonly SourceFile[], sites: readonly Site[]): { files: SourceFile[]; applied: Site[] } {
  const taken: Edit[] = [];
  const created = new Map<string, string>();
  const applied: Site[] = [];
  const existing = new Map(files.map((file) => [file.path, file.text]));
  for (const site of sites) {
    const fresh = site.edits.filter((edit) => !(edit.shared && taken.some((other) => other.shared && sameEdit(edit, other))));
    if (fresh.some((edit) => taken.some((other) => overlaps(edit, other)))) continue;
    // A file another site (or an earlier rewrite) made with the same text is shared, as a wrapper is.
    const clash = (file: SourceFile) => (existing.get(file.path) ?? created.get(file.path) ?? file.text) !== file.text;
    if (site.creates.some(clash)) continue;
    taken.push(...fresh);
    for (const file of site.creates) if (!existing.has(file.path)) created.set(file.path, file.text);
    applied.push(site);
  }
  const result = files.map((file) => ({ path: file.path, text: applyEdits(file.text, taken.filter((edit) => edit.file === file.path), file.path) }));
  for (const [path, text] of created) result.push({ path, text });
  return { files: result, applied };
}

/** Applies non-overlapping edits to a text; insertions at one offset keep their order. */
export function applyEdits(text: string, edits: readonly Edit[], path = ''): string {
  const ordered = edits.map((edit, order) => ({ edit, order })).sort((a, b) => b.edit.start - a.edit.start || b.order - a.order);
  let result = text;
  for (const { edit } of ordered) {
    const replaced = text.slice(edit.start, edit.end);
    if (edit.start < text.length && lineBreaks(replaced) !== lineBreaks(edit.text)) {
      throw new Error(`an edit of ${path} at ${edit.start} changes the number of lines (${JSON.stringify(replaced)} -> ${JSON.stringify(edit.text)})`);
    }
    result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  }
  return result;
}

function sameEdit(a: Edit, b: Edit): boolean {
  return a.file === b.file && a.start === b.start && a.end === b.end && a.text === b.text;
}

/** Two edits of a file touch the same text (insertions at a boundary do not). */
function overlaps(a: Edit, b: Edit): boolean {
  if (a.file !== b.file) return false;
  if (a.start === a.end && b.start === b.end) return false;
  if (a.start === a.end) return a.start > b.start && a.start < b.end;
  if (b.start === b.end) return b.start > a.start && b.start < a.end;
  return a.start < b.end && b.start < a.end;
}

export function lineBreaks(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) count++;
  return count;
}

/** `text` followed by as many line breaks as `replaced` holds, so that the lines after it stay put. */
export function keepingLines(text: string, replaced: string): string {
  return text + '\n'.repeat(Math.max(0, lineBreaks(replaced) - lineBreaks(text)));
}
