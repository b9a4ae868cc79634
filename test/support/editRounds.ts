// Random edits of a generated WDK-style client, each re-parsed incrementally as the editor does: the
// rounds the syntax-tree copy's tests walk through (a copy after an edit takes nodes of the one before).

import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Edit, Parser, Tree as WasmTree } from 'web-tree-sitter';
import { editBetween } from '../../server/src/parse/document';
import { preprocess } from '../../server/src/parse/preprocess';

/** A generated client of about `bytes`, masked as the analysis parses it. */
export function generatedClient(bytes: number): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wsk-lint-client-'));
  try {
    const generated = path.join(dir, 'client.c');
    execFileSync(process.execPath, [path.join(__dirname, '../bench/generate-large.cjs'), String(bytes), generated], { stdio: 'ignore' });
    return preprocess(fs.readFileSync(generated, 'utf8')).masked;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export interface EditRound {
  readonly round: number;
  /** The text after the edit, its incremental parse and the edit. */
  readonly after: string;
  readonly edited: WasmTree;
  readonly edit: Edit;
}

/**
 * `rounds` random edits (an insertion from `insertions` over a short random range) of `text`, parsed
 * from `wasm` onward, each following the one before (an edit that changes nothing is skipped). The
 * trees are freed as the rounds go on, the last when the rounds end.
 */
export function* editRounds(parser: Parser, text: string, wasm: WasmTree, seed: number, insertions: readonly string[], rounds = 30): Generator<EditRound> {
  let random = seed;
  const next = (n: number) => {
    random = (random * 1103515245 + 12345) % 2147483648;
    return random % n;
  };
  try {
    for (let round = 0; round < rounds; round++) {
      const start = next(text.length);
      const end = Math.min(text.length, start + next(3) * next(12));
      const after = text.slice(0, start) + insertions[next(insertions.length)] + text.slice(end);
      const edit = editBetween(text, after);
      if (!edit) continue;
      const old = wasm.copy();
      old.edit(edit);
      const edited = parser.parse(after, old) as WasmTree;
      old.delete();
      yield { round, after, edited, edit };
      wasm.delete();
      wasm = edited;
      text = after;
    }
  } finally {
    wasm.delete();
  }
}
