// Reading the C sources of the workspace folders from disk, with the same limits as the CLI: only
// `.c` and `.h` files, no `node_modules` or dot-folders, nothing over 5 MB, nothing binary or in an
// encoding other than UTF-8 (or UTF-16 with a byte-order mark). A file that cannot be used is reported
// and skipped, never fatal.

import * as fs from 'node:fs/promises';
import * as nodePath from 'node:path';

export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export const SOURCE_FILE = /\.[ch]$/i;

export type ReadResult = { readonly text: string } | { readonly problem: string };

/** Whether a folder's files are left out: dependencies and tool folders (`.git`, `.vscode`, …). */
export function isSkippedFolder(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}

/**
 * The `.c`/`.h` files under a folder, depth first, leaving out the files and folders `excluded` names
 * (a folder left out is not read at all). Symbolic links are not followed (no cycles).
 */
export async function* sourceFiles(root: string, excluded: (path: string) => boolean = () => false): AsyncGenerator<string> {
  let entries;
  try {
    entries = await fs.readdir(root, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const path = nodePath.join(root, entry.name);
    if (entry.isDirectory()) {
      if (isSkippedFolder(entry.name) || excluded(path)) continue;
      yield* sourceFiles(path, excluded);
    } else if (entry.isFile() && SOURCE_FILE.test(entry.name) && !excluded(path)) {
      yield path;
    }
  }
}

/** A source file's text, or why it cannot be used. */
export async function readSourceFile(path: string): Promise<ReadResult> {
  try {
    const stat = await fs.stat(path);
    if (stat.size > MAX_FILE_BYTES) return { problem: `skipped: larger than ${MAX_FILE_BYTES / (1024 * 1024)} MB` };
    return decodeSource(await fs.readFile(path));
  } catch (error) {
    return { problem: `unreadable: ${(error as Error).message}` };
  }
}

/**
 * UTF-8 text without its byte-order mark, or UTF-16LE with one (Visual Studio can save that), as
 * editors show it; binary data is refused. The CLI decodes files the same way.
 */
export function decodeSource(bytes: Uint8Array): ReadResult {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    try {
      return { text: new TextDecoder('utf-16le', { fatal: true }).decode(bytes) };
    } catch {
      return { problem: 'skipped: not valid UTF-16 although it starts with a UTF-16 byte-order mark' };
    }
  }
  if (bytes.includes(0)) return { problem: 'skipped: binary file' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { problem: 'skipped: not valid UTF-8' };
  }
}
