// Which files of a folder are sources and build files, the same for the editor and the CLI: `.c` and
// `.h` files (any case), the build files that say where headers are (build.ts), searched recursively,
// leaving out dependencies and tool folders (`node_modules`, `.git`, `.vs`, …) and what the caller
// excludes. Links to files are followed; links to folders are not (as git and ripgrep do), so a link
// back up the tree cannot make the walk loop; a file reached twice (through a link, or a folder
// searched twice) counts once, under the path first met.
//
// The adapters hand in the file system (node:fs): this module decides, it does not read by itself.

import type * as fs from 'node:fs';
import * as nodePath from 'node:path';
import { isBuildFile } from './build';

export const SOURCE_FILE = /\.[ch]$/i;

/** The file system calls discovery makes, as node:fs offers them. */
export type FileSystem = Pick<typeof fs, 'readdirSync' | 'statSync' | 'realpathSync'>;

/** What the walk finds, in order: folders depth first, entries by name. */
export type Found =
  | {
      readonly kind: 'source' | 'build';
      readonly path: string;
      /** Found before (through a link, or in a folder searched before): not to be read again. */
      readonly again: boolean;
    }
  | { readonly kind: 'unreadable'; readonly path: string; readonly error: unknown };

/** Whether a folder's files are left out: dependencies and tool folders (`.git`, `.vscode`, …). */
export function isSkippedFolder(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}

export class SourceDiscovery {
  /** Real paths of the files found so far. */
  private readonly seen = new Set<string>();

  /** `excluded`: files and folders to leave out (a folder left out is not read at all). */
  constructor(private readonly fs: FileSystem, private readonly excluded: (path: string) => boolean = () => false) {}

  /** The sources and build files under a folder. */
  *folder(root: string): Generator<Found> {
    let entries: fs.Dirent[];
    try {
      entries = this.fs.readdirSync(root, { withFileTypes: true });
    } catch (error) {
      yield { kind: 'unreadable', path: root, error };
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = nodePath.join(root, entry.name);
      if (entry.isDirectory()) {
        if (!isSkippedFolder(entry.name) && !this.excluded(path)) yield* this.folder(path);
        continue;
      }
      const kind = SOURCE_FILE.test(entry.name) ? 'source' : isBuildFile(entry.name) ? 'build' : undefined;
      if (kind === undefined || !(entry.isFile() || (entry.isSymbolicLink() && this.isFile(path))) || this.excluded(path)) continue;
      yield { kind, path, again: !this.firstTime(path) };
    }
  }

  /** A file named by the user: taken whatever its extension, once. */
  file(path: string): boolean {
    return this.firstTime(path);
  }

  private firstTime(path: string): boolean {
    let real = path;
    try {
      real = this.fs.realpathSync(path);
    } catch {
      // unreadable: reading it will say why
    }
    if (this.seen.has(real)) return false;
    this.seen.add(real);
    return true;
  }

  private isFile(path: string): boolean {
    return this.fs.statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;
  }
}
