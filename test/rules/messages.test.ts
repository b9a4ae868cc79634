// What every finding says, read where users read it: the Problems panel shows a message's first line,
// the hover and the CLI all of it. So the first line names the problem in one sentence of at most 100
// characters, and the advice follows on the next line. Checked on every finding the project can make:
// each rule's fixtures and documentation examples, the example driver, and the evaluation corpus.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Finding } from '../../server/src/analysis/findings';
import { RULES } from '../../server/src/rules/index';
import { FIRST_LINE_MAX } from '../../server/src/rules/render';
import { ROOT } from '../support/build';
import { TEST_ROOT, analyzeWithHeaders } from '../support/fixtures';

/** The C files under a folder, each subfolder of test/rules/<rule>/ and each corpus driver as one workspace. */
function workspaces(): { name: string; files: string[] }[] {
  const cFiles = (folder: string) => fs.readdirSync(folder).filter((file) => /\.[ch]$/.test(file)).map((file) => path.join(folder, file));
  const found: { name: string; files: string[] }[] = [];
  for (const rule of RULES) {
    const folder = path.join(TEST_ROOT, 'rules', rule.meta.name);
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) found.push({ name: `rules/${rule.meta.name}/${entry.name}/`, files: cFiles(full) });
      else if (entry.name.endsWith('.c')) found.push({ name: `rules/${rule.meta.name}/${entry.name}`, files: [full] });
    }
  }
  const corpus = path.join(TEST_ROOT, 'corpus');
  for (const entry of fs.readdirSync(corpus, { withFileTypes: true })) {
    if (entry.isDirectory()) found.push({ name: `corpus/${entry.name}/`, files: cFiles(path.join(corpus, entry.name)) });
  }
  found.push({ name: 'examples/', files: cFiles(path.join(ROOT, 'examples')) });
  return found;
}

/** Why a message does not read as it should, if it does not. */
function problemOf(finding: Finding): string | undefined {
  const [first, ...rest] = finding.message.split('\n');
  if (first.length > FIRST_LINE_MAX) return `its first line has ${first.length} characters`;
  if (!/^\S.*[.)]$/.test(first) || /[.!?] [A-Z]/.test(first)) return 'its first line is not one sentence';
  if (rest.length !== 1 || rest[0].trim() === '') return 'no advice on a second line';
  return undefined;
}

describe('every message: a first line of one sentence of at most 100 characters, then the advice', () => {
  const seen = new Set<string>();

  test.each(workspaces().map((workspace) => [workspace.name, workspace.files] as const))('%s', async (_name, files) => {
    const inputs = files.map((file) => ({ path: file, text: fs.readFileSync(file, 'utf8') }));
    const { result, workspace } = await analyzeWithHeaders(inputs);
    try {
      const all = [...result.findings, ...result.suppressed];
      for (const finding of all) seen.add(finding.rule);
      const wrong = all.map((finding) => ({ finding, problem: problemOf(finding) })).filter((entry) => entry.problem !== undefined);
      expect(wrong.map(({ finding, problem }) => `${path.basename(finding.file)}:${finding.start.line + 1} ${finding.rule} (${problem}): ${JSON.stringify(finding.message)}`)).toEqual([]);
      for (const skipped of result.skippedFunctions) expect(skipped.message.split('\n')[0].length).toBeLessThanOrEqual(FIRST_LINE_MAX);
    } finally {
      workspace.dispose();
    }
  });

  test('the documentation examples too, and between them all every rule spoke', async () => {
    for (const rule of RULES) {
      const { result, workspace } = await analyzeWithHeaders([{ path: path.join(TEST_ROOT, 'rules', `${rule.meta.name}.invalid.c`), text: rule.docs.invalid }]);
      workspace.dispose();
      for (const finding of result.findings) {
        seen.add(finding.rule);
        expect(problemOf(finding), finding.message).toBeUndefined();
      }
    }
    expect([...seen].sort()).toEqual(RULES.map((rule) => rule.meta.id));
  });
});
