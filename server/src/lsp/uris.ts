// Documents are named by URI on the wire and by file path in the analysis (includes resolve against
// paths). A `file:` URI becomes its path; any other URI (`untitled:`, a remote scheme) stays as it is,
// so such a document is still analysed on its own.

import { fileURLToPath, pathToFileURL } from 'node:url';
import * as nodePath from 'node:path';

export function pathOfUri(uri: string): string {
  if (!uri.startsWith('file:')) return uri;
  try {
    return fileURLToPath(uri);
  } catch {
    // A file URI this platform cannot turn into a path (a UNC host on Linux): keep it as a name.
    return uri;
  }
}

export function uriOfPath(path: string): string {
  return nodePath.isAbsolute(path) ? pathToFileURL(path).href : path;
}
