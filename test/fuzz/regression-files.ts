// The inputs the fuzzer found failing, kept under test/fuzz/regressions/: a `.c` file is a workspace of
// its own; a folder is one workspace of its files. The test headers (test/include/) are part of every
// workspace, as in the fuzzer. The first file carries a comment header saying which property failed, how
// the input was found and, when the input had one, the configuration:
//
//   /* fuzz regression: throws
//    * TypeError: Cannot read properties of undefined (reading 'type') (while analysing)
//    * found by: npm run fuzz -- --seed 1234 --input 56 (mutated test/corpus/kproxy: macro-soup)
//    * config: {"rules":{},"wrappers":{"MyBind":{"binds":0}}}
//    */
//
// A metamorphic input (its files rewritten before the checks, test/metamorphic/) names its rewrites on
// a line of their own, `* metamorphic: [{"kind":"extract-call","keys":[{"file":"probe.c","line":102,"index":0}]}]`,
// and keeps the header below the text, since the sites are named by line.

import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Config } from '../../server/src/analysis/config';
import type { Step } from '../metamorphic/check';
import type { FuzzInput } from './properties';

export const HEADER_START = '/* fuzz regression: ';

export interface RegressionHeader {
  readonly property: string;
  readonly detail: string;
  readonly foundBy: string;
  readonly config?: Config;
  readonly metamorphic?: readonly Step[];
}

export interface RegressionEntry {
  /** The file or folder name under the regressions folder. */
  readonly name: string;
  readonly files: readonly string[];
}

/** The comment header, ending with a newline. Comment terminators in the detail are defused. */
export function formatHeader(header: RegressionHeader): string {
  const line = (text: string) => text.replace(/\*\//g, '* /').replace(/[\r\n]+/g, ' ');
  const lines = [`${HEADER_START}${line(header.property)}`, ` * ${line(header.detail)}`, ` * found by: ${line(header.foundBy)}`];
  if (header.config) lines.push(` * config: ${line(JSON.stringify(header.config))}`);
  if (header.metamorphic) lines.push(` * metamorphic: ${line(JSON.stringify(header.metamorphic))}`);
  return `${lines.join('\n')}\n */\n`;
}

/** The property, configuration and rewrites a regression file's header names (the header may follow the text). */
export function readHeader(text: string): { property: string; config?: Config; metamorphic?: Step[] } | undefined {
  const start = text.indexOf(HEADER_START);
  if (start < 0) return undefined;
  const end = text.indexOf('*/', start);
  const comment = text.slice(start, end < 0 ? undefined : end);
  const property = comment.slice(HEADER_START.length).split('\n')[0].trim();
  const config = /^ \* config: (.*)$/m.exec(comment)?.[1];
  const metamorphic = /^ \* metamorphic: (.*)$/m.exec(comment)?.[1];
  return { property, ...(config ? { config: JSON.parse(config) as Config } : {}), ...(metamorphic ? { metamorphic: JSON.parse(metamorphic) as Step[] } : {}) };
}

export function listRegressions(dir: string): RegressionEntry[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry): RegressionEntry[] => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      const files = fs.readdirSync(full).filter((name) => /\.[ch]$/i.test(name)).sort().map((name) => path.join(full, name));
      return files.length > 0 ? [{ name: entry.name, files }] : [];
    }
    return /\.[ch]$/i.test(entry.name) ? [{ name: entry.name, files: [full] }] : [];
  }).sort((a, b) => (a.name < b.name ? -1 : 1));
}

/** A regression as the fuzzer analysed it: its files, the test headers, and the configuration of its header. */
export function readRegression(entry: RegressionEntry, includeDir: string): { input: FuzzInput; property: string | undefined } {
  const files = entry.files.map((file) => ({ path: file, text: fs.readFileSync(file, 'utf8') }));
  const headers = fs.readdirSync(includeDir).sort().map((name) => ({ path: path.join(includeDir, name), text: fs.readFileSync(path.join(includeDir, name), 'utf8') }));
  const header = files.map((file) => readHeader(file.text)).find((found) => found !== undefined);
  return {
    input: { files: [...headers, ...files], roots: [includeDir], ...(header?.config ? { config: header.config } : {}), ...(header?.metamorphic ? { metamorphic: { steps: header.metamorphic } } : {}) },
    property: header?.property,
  };
}
