// Reading the C sources and build files of the workspace folders from disk, with the same limits as
// the CLI: the files discovery finds (parse/sources/discovery.ts: `.c` and `.h` files, no
// `node_modules` or dot-folders, links to folders not followed), nothing over the size limit
// (`wskLint.maxFileSize`), nothing binary; sources decoded as the CLI decodes them (parse/decode.ts,
// Windows-1252 with a note for bytes that are not UTF-8). A file that cannot be used is reported and
// skipped, never fatal.

import * as fs from 'node:fs/promises';
import type { BuildFile } from '../parse/sources/build';
import { decodeSource as decodeBytes } from '../parse/decode';

export type ReadResult = { readonly text: string; readonly note?: string } | { readonly problem: string };

/** A source file's text, or why it cannot be used (`maxBytes`: the size limit). */
export async function readSourceFile(path: string, maxBytes: number): Promise<ReadResult> {
  try {
    // The size is checked before reading (a huge file is never loaded) and after (it may have grown).
    const stat = await fs.stat(path);
    if (stat.size > maxBytes) return { problem: tooLarge(maxBytes) };
    const bytes = await fs.readFile(path);
    return bytes.length > maxBytes ? { problem: tooLarge(maxBytes) } : decodeSource(bytes);
  } catch (error) {
    return { problem: `unreadable: ${(error as Error).message}` };
  }
}

/**
 * Why an open document is not analysed, if its text is over the limit (counted in UTF-8 bytes, as on
 * disk). The reason is the same as for the file on disk and does not depend on the size, so that it is
 * logged once however many edits the document gets.
 */
export function textOverLimit(text: string, maxBytes: number): string | undefined {
  // A UTF-16 unit is 1 to 3 UTF-8 bytes: most texts are decided without counting.
  if (text.length * 3 <= maxBytes) return undefined;
  return text.length > maxBytes || Buffer.byteLength(text, 'utf8') > maxBytes ? tooLarge(maxBytes) : undefined;
}

function tooLarge(maxBytes: number): string {
  return `skipped: larger than the limit of ${formatBytes(maxBytes)} (wskLint.maxFileSize)`;
}

/** 5242880 -> "5 MB", 524288 -> "512 KB", 800000 -> "800000 bytes": exact, as the user set it. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MB`;
  if (bytes >= 1024 && bytes % 1024 === 0) return `${bytes / 1024} KB`;
  return `${bytes} bytes`;
}

/**
 * A file's bytes decoded as the CLI decodes them (parse/decode.ts), a refusal worded as the server logs
 * every file it leaves out.
 */
export function decodeSource(bytes: Uint8Array): ReadResult {
  const decoded = decodeBytes(bytes);
  return 'problem' in decoded ? { problem: `skipped: ${decoded.problem}` } : decoded;
}

/** The build files' texts (a `.sln` tells only where it is); one that cannot be read is left out. */
export async function readBuildFiles(paths: readonly string[]): Promise<BuildFile[]> {
  const read = await Promise.all(paths.map(async (path) => {
    try {
      return { path, text: /\.sln$/i.test(path) ? '' : await fs.readFile(path, 'utf8') };
    } catch {
      return undefined;
    }
  }));
  return read.filter((file): file is BuildFile => file !== undefined);
}
