// The parser gives up on a file it cannot finish within 1 s + 2 s/MB (text that is not C, where
// tree-sitter's error recovery runs long): the file is reported and analysed as empty, the rest goes on.
// And what grows with a file's statements never goes through the stack.

import { expect, test } from 'vitest';
import { analyzeWithHeaders } from '../support/fixtures';
import { scanSource } from '../../server/src/analysis/split/scan';
import { preprocess } from '../../server/src/parse/preprocess';

test('a megabyte of statements inside a struct is given up, reported once, and the other files are analysed', async () => {
  const garbage = `typedef struct _E {\n${'x = 1; '.repeat(150_000)}\n} E;\n`;
  const other = `#include "wsk.h"
WSK_PROVIDER_NPI g_Npi;
VOID Release(PSECURITY_DESCRIPTOR Sd)
{
    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, 0, &Sd, 0, NULL, NULL, NULL);
}
`;
  const { result, workspace } = await analyzeWithHeaders([
    { path: '/virtual/garbage.h', text: garbage },
    { path: '/virtual/other.c', text: other },
  ]);
  workspace.dispose();
  expect(result.problems.map((p) => [p.file, p.message.replace(/\d+\.\d s/, 'N s')])).toEqual([
    ['/virtual/garbage.h', 'skipped: parsing took longer than N s, far more than C code of this size needs (is it C?)'],
  ]);
  expect(result.findings.map((f) => `${f.file}:${f.rule}`)).toEqual(['/virtual/other.c:WSK012']);
});

test('half a million statements and a brace too many: scanned for the plan without overflowing the stack', () => {
  // `push(...items)` passes each item as an argument: this many overflowed the stack (the fuzzer met
  // a hundred thousand in a worker thread, whose stack is smaller).
  const text = `${'x = 1; '.repeat(500_000)}\n}\n`;
  const facts = scanSource(preprocess(text));
  expect(facts.maybe.length).toBe(500_000);
  expect(facts.declarations).toEqual([]);
});
