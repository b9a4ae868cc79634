// From the PATHs on the command line to the texts the analysis reads: folders are searched recursively
// for C sources and headers, and every file is read as UTF-8 (or UTF-16 with a byte-order mark, as
// Visual Studio can save it). A file that cannot be used is reported and skipped; the run goes on.
// Headers that the files include with `#include "…"` but that were not given are read too, as a
// compiler would, so that `wsk-lint driver.c` sees the same macros as `wsk-lint .`. Files and folders
// matched by an `exclude` pattern are neither searched nor reported on (an excluded header that a file
// includes is still read for its macros).

import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Problem } from '../analysis/findings';
import { decodeSource } from '../parse/decode';
import type { Preprocessed } from '../parse/preprocess';
import { preprocess } from '../parse/preprocess';

export interface SourceFile {
  /** Absolute path. */
  readonly path: string;
  readonly text: string;
}

export interface Collected {
  /** The analysed roots: each folder PATH, and the folder of each file PATH (absolute, no duplicates). */
  readonly roots: readonly string[];
  /** Every file read, in path order, each once: these are analysed and reported on. */
  readonly files: readonly SourceFile[];
  /** Headers the files include (directly or not) that are not among them: context, never reported on. */
  readonly headers: readonly SourceFile[];
  /** PATHs and files that could not be used, with the reason. */
  readonly skipped: readonly Problem[];
  /** Folder PATHs that hold no C source or header. */
  readonly emptyFolders: readonly string[];
  /** File PATHs named on the command line that an `exclude` pattern leaves out. */
  readonly excluded: readonly string[];
}

export interface CollectOptions {
  readonly maxFileSize: number;
  /** Whether a file or folder is left out (`exclude`). */
  readonly isExcluded?: (file: string) => boolean;
  /** Sees every file read (given or included) once, with its preprocessed form, which is made anyway. */
  readonly inspect?: (file: SourceFile, pre: Preprocessed) => void;
}

const SOURCE_EXTENSION = /\.[ch]$/i;

/** The analysed roots of the PATHs (those that exist), as collectFiles finds them. */
export function rootsOf(paths: readonly string[], cwd: string): string[] {
  const roots = new Set<string>();
  for (const given of paths) {
    const absolute = path.resolve(cwd, given);
    const stat = fs.statSync(absolute, { throwIfNoEntry: false });
    if (stat?.isDirectory()) roots.add(absolute);
    else if (stat?.isFile()) roots.add(path.dirname(absolute));
  }
  return [...roots];
}

export function collectFiles(paths: readonly string[], cwd: string, options: CollectOptions): Collected {
  const { maxFileSize } = options;
  const isExcluded = options.isExcluded ?? (() => false);
  const roots = new Set<string>();
  /** Real path to the path first seen: a file named twice (or through a link) is read once. */
  const candidates = new Map<string, string>();
  const add = (file: string) => {
    const real = realPath(file);
    if (!candidates.has(real)) candidates.set(real, file);
  };
  const skipped: Problem[] = [];
  const emptyFolders: string[] = [];
  const excluded: string[] = [];

  for (const given of paths) {
    const absolute = path.resolve(cwd, given);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(absolute);
    } catch (error) {
      skipped.push({ file: absolute, message: ioReason(error) });
      continue;
    }
    if (stat.isDirectory()) {
      roots.add(absolute);
      const found: string[] = [];
      walk(absolute, found, skipped, isExcluded);
      if (found.length === 0) emptyFolders.push(absolute);
      for (const file of found) add(file);
    } else if (stat.isFile()) {
      // A file named on the command line is checked whatever its extension, as a compiler would.
      roots.add(path.dirname(absolute));
      if (isExcluded(absolute)) excluded.push(absolute);
      else add(absolute);
    } else {
      skipped.push({ file: absolute, message: 'not a regular file or folder' });
    }
  }

  const files: SourceFile[] = [];
  for (const file of [...candidates.values()].sort()) {
    const read = readSource(file, maxFileSize);
    if ('text' in read) files.push({ path: file, text: read.text });
    else skipped.push({ file, message: read.problem });
  }
  const headers = includedHeaders(files, [...roots], maxFileSize, skipped, options.inspect);
  return { roots: [...roots], files, headers, skipped, emptyFolders, excluded };
}

/**
 * The headers reached through `#include "…"` from the files, resolved as the analysis resolves them (next
 * to the including file, then under each root; the file name compared without case, as on Windows).
 * An include that names no file on disk is a system or generated header: it is not an error.
 */
function includedHeaders(files: readonly SourceFile[], roots: readonly string[], maxFileSize: number, skipped: Problem[], inspect: CollectOptions['inspect']): SourceFile[] {
  const known = new Set(files.map((file) => file.path.toLowerCase()));
  const headers: SourceFile[] = [];
  const queue = [...files];
  for (let index = 0; index < queue.length; index++) {
    const next = queue[index];
    const pre = preprocess(next.text);
    inspect?.(next, pre);
    for (const include of pre.includes) {
      const candidates = [path.dirname(next.path), ...roots].map((base) => path.resolve(base, include.path));
      const found = candidates.map(onDisk).find((file) => file !== undefined);
      if (!found || known.has(found.toLowerCase())) continue;
      known.add(found.toLowerCase());
      const read = readSource(found, maxFileSize);
      if ('problem' in read) {
        skipped.push({ file: found, message: read.problem });
        continue;
      }
      const header = { path: found, text: read.text };
      headers.push(header);
      queue.push(header);
    }
  }
  return headers;
}

/** The file itself, or the one in its folder whose name differs only in case; undefined when none. */
function onDisk(file: string): string | undefined {
  try {
    if (fs.statSync(file).isFile()) return file;
  } catch {
    // not under this exact name: look for another case below
  }
  try {
    const name = path.basename(file).toLowerCase();
    const match = fs.readdirSync(path.dirname(file), { withFileTypes: true }).find((entry) => entry.name.toLowerCase() === name && !entry.isDirectory());
    return match ? path.join(path.dirname(file), match.name) : undefined;
  } catch {
    return undefined;
  }
}

/** Reads and decodes one file, or says why it cannot be analysed. */
export function readSource(file: string, maxFileSize: number): { text: string } | { problem: string } {
  let bytes: Buffer;
  try {
    const size = fs.statSync(file).size;
    if (size > maxFileSize) return { problem: `larger than the limit of ${maxFileSize} bytes (${size} bytes; see --max-file-size)` };
    bytes = fs.readFileSync(file);
  } catch (error) {
    return { problem: ioReason(error) };
  }
  return decodeSource(bytes);
}

/**
 * Recursively adds the C files of a folder, skipping node_modules, dot-folders (.git, .vs, …) and
 * whatever is excluded.
 * Symbolic links to files are followed; links to folders are not (as git and ripgrep do), so a link
 * back up the tree cannot make the walk loop or report a file twice under two names.
 */
function walk(folder: string, into: string[], skipped: Problem[], isExcluded: (file: string) => boolean): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(folder, { withFileTypes: true });
  } catch (error) {
    skipped.push({ file: folder, message: ioReason(error) });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) {
      if (!entry.name.startsWith('.') && entry.name !== 'node_modules' && !isExcluded(full)) walk(full, into, skipped, isExcluded);
    } else if (SOURCE_EXTENSION.test(entry.name) && (entry.isFile() || (entry.isSymbolicLink() && isFile(full))) && !isExcluded(full)) {
      into.push(full);
    }
  }
}

function realPath(file: string): string {
  try {
    return fs.realpathSync(file);
  } catch {
    return file; // unreadable: reading it will say why
  }
}

function isFile(file: string): boolean {
  return fs.statSync(file, { throwIfNoEntry: false })?.isFile() ?? false;
}

/** A one-line reason for a failed file-system call. */
function ioReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT': return 'no such file or folder';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a folder';
    case 'ELOOP': return 'too many levels of symbolic links';
    default: return (error as Error).message;
  }
}
