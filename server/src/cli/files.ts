// From the PATHs on the command line to the texts the analysis reads: folders are searched for C
// sources, headers and build files as the editor searches its folders (parse/sources/discovery.ts),
// and every file is decoded as the editor decodes it (parse/decode.ts: UTF-8, UTF-16 with a byte-order
// mark, or Windows-1252 with a note). A file that cannot be used is reported and skipped; the run goes
// on. Headers that the files include but that were not given are read too, found as the analysis finds
// them (parse/sources/includes.ts, with the include directories of the build files), as a compiler
// would, so that `wsk-lint driver.c` sees the same macros as `wsk-lint .`. Files and folders matched by
// an `exclude` pattern are neither searched nor reported on (an excluded header that a file includes is
// still read for its macros).

import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Problem } from '../analysis/findings';
import { decodeSource } from '../parse/decode';
import type { Preprocessed } from '../parse/preprocess';
import { preprocess } from '../parse/preprocess';
import type { BuildFile } from '../parse/sources/build';
import { BuildIncludes, isBuildFile } from '../parse/sources/build';
import { SourceDiscovery } from '../parse/sources/discovery';
import { IncludeResolver } from '../parse/sources/includes';

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
  /** The build files found (their include directories), in path order. */
  readonly buildFiles: readonly BuildFile[];
  /** PATHs and files that could not be used, with the reason. */
  readonly skipped: readonly Problem[];
  /** Files analysed although not as written (not UTF-8: read as Windows-1252), with how they were read. */
  readonly notes: readonly Problem[];
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

export function collectFiles(paths: readonly string[], cwd: string, options: CollectOptions): Collected {
  const { maxFileSize } = options;
  const isExcluded = options.isExcluded ?? (() => false);
  const discovery = new SourceDiscovery(fs, isExcluded);
  const roots = new Set<string>();
  const candidates: string[] = [];
  const buildPaths = new Set<string>();
  const skipped: Problem[] = [];
  const notes: Problem[] = [];
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
      let sources = 0;
      for (const found of discovery.folder(absolute)) {
        if (found.kind === 'unreadable') {
          skipped.push({ file: found.path, message: ioReason(found.error) });
          continue;
        }
        if (found.kind === 'source') sources++;
        if (found.again) continue;
        if (found.kind === 'build') buildPaths.add(found.path);
        else candidates.push(found.path);
      }
      if (sources === 0) emptyFolders.push(absolute);
    } else if (stat.isFile()) {
      // A file named on the command line is checked whatever its extension, as a compiler would; the
      // build files beside it say where its headers are.
      roots.add(path.dirname(absolute));
      for (const build of buildFilesBeside(absolute)) buildPaths.add(build);
      if (isExcluded(absolute)) excluded.push(absolute);
      else if (discovery.file(absolute)) candidates.push(absolute);
    } else {
      skipped.push({ file: absolute, message: 'not a regular file or folder' });
    }
  }

  /** Each file is read once: a file given and included too is reported (skipped or noted) once. */
  const texts = new Map<string, string | undefined>();
  const read = (file: string): string | undefined => {
    if (texts.has(file)) return texts.get(file);
    const result = readSource(file, maxFileSize);
    const text = 'text' in result ? result.text : undefined;
    if ('problem' in result) skipped.push({ file, message: result.problem });
    else if (result.note !== undefined) notes.push({ file, message: result.note });
    texts.set(file, text);
    return text;
  };
  const files: SourceFile[] = [];
  for (const file of candidates.sort()) {
    const text = read(file);
    if (text !== undefined) files.push({ path: file, text });
  }
  const buildFiles = readBuildFiles([...buildPaths].sort());
  const disk = { file: diskLookup(), folder: (folder: string) => fs.statSync(folder, { throwIfNoEntry: false })?.isDirectory() ?? false };
  const includes = IncludeResolver.of(files.map((file) => file.path), [...roots], BuildIncludes.read(buildFiles), disk);
  const headers = includedHeaders(files, includes, read, options.inspect);
  return { roots: [...roots], files, headers, buildFiles, skipped, notes, emptyFolders, excluded };
}

/**
 * The headers reached through `#include` from each file, resolved as the analysis resolves them for
 * that file, looked up on disk too (the file itself, or one whose name differs only in case). An
 * include that names no file is a system or generated header: it is not an error.
 */
function includedHeaders(files: readonly SourceFile[], includes: IncludeResolver, read: (file: string) => string | undefined, inspect: CollectOptions['inspect']): SourceFile[] {
  const preprocessed = new Map<string, Preprocessed>();
  const preprocessOf = (file: SourceFile): Preprocessed => {
    let pre = preprocessed.get(file.path);
    if (!pre) {
      pre = preprocess(file.text);
      preprocessed.set(file.path, pre);
      inspect?.(file, pre);
    }
    return pre;
  };
  const byPath = new Map<string, SourceFile | undefined>(files.map((file) => [file.path, file]));
  const headers: SourceFile[] = [];
  /** A header found on disk, read (once); undefined when it cannot be used. */
  const header = (found: string): SourceFile | undefined => {
    if (byPath.has(found)) return byPath.get(found);
    const text = read(found);
    const file = text === undefined ? undefined : { path: found, text };
    byPath.set(found, file);
    if (file) headers.push(file);
    return file;
  };
  // A file's includes resolve alike for every unit with the same include directories (see
  // IncludeResolver.resolve): resolved once per file and such set, not again for every unit reaching it.
  const resolvedFor = new Map<string, Map<string, readonly (string | undefined)[]>>();
  for (const unit of files) {
    const directories = includes.directoriesOf(unit.path).join('\0');
    let resolved = resolvedFor.get(directories);
    if (!resolved) resolvedFor.set(directories, (resolved = new Map()));
    const queue = [unit];
    const seen = new Set([unit.path]);
    while (queue.length > 0) {
      const next = queue.pop() as SourceFile;
      let found = resolved.get(next.path);
      if (!found) {
        found = preprocessOf(next).includes.map((include) => includes.resolve(include, next.path, unit.path));
        resolved.set(next.path, found);
      }
      for (const headerPath of found) {
        const file = headerPath === undefined || seen.has(headerPath) ? undefined : header(headerPath);
        if (!file) continue;
        seen.add(file.path);
        queue.push(file);
      }
    }
  }
  return headers;
}

/**
 * The file on disk at a path, or the one in its folder whose name differs only in case; undefined when
 * none. Each folder is listed once: an unresolved `<ntddk.h>` is looked for in the same folders by
 * every file.
 */
function diskLookup(): (file: string) => string | undefined {
  const folders = new Map<string, Map<string, string> | undefined>();
  return (file) => {
    const folder = path.dirname(file);
    let names = folders.get(folder);
    if (!folders.has(folder)) {
      try {
        const entries = fs.readdirSync(folder, { withFileTypes: true }).filter((entry) => !entry.isDirectory());
        // By its exact name, and by its name in lower case (the first of that spelling).
        names = new Map();
        for (const entry of entries) if (!names.has(entry.name.toLowerCase())) names.set(entry.name.toLowerCase(), entry.name);
        for (const entry of entries) names.set(entry.name, entry.name);
      } catch {
        names = undefined;
      }
      folders.set(folder, names);
    }
    const found = names?.get(path.basename(file)) ?? names?.get(path.basename(file).toLowerCase());
    return found === undefined ? undefined : path.join(folder, found);
  };
}

/** Reads and decodes one file, or says why it cannot be analysed. */
export function readSource(file: string, maxFileSize: number): ReturnType<typeof decodeSource> {
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

function buildFilesBeside(file: string): string[] {
  try {
    return fs.readdirSync(path.dirname(file), { withFileTypes: true })
      .filter((entry) => entry.isFile() && isBuildFile(entry.name))
      .map((entry) => path.join(path.dirname(file), entry.name));
  } catch {
    return [];
  }
}

/** The build files' texts; one that cannot be read is left out (headers are then found by name). */
function readBuildFiles(paths: readonly string[]): BuildFile[] {
  const read: BuildFile[] = [];
  for (const file of paths) {
    try {
      const text = file.toLowerCase().endsWith('.sln') ? '' : fs.readFileSync(file, 'utf8');
      read.push({ path: file, text });
    } catch {
      // unreadable: it tells nothing
    }
  }
  return read;
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
