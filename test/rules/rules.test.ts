// Every annotated fixture of every rule, every rule's documentation examples, and every quick-fix
// applied: the finding goes, nothing new appears, the file parses as well as before.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { RULES } from '../../server/src/rules/index';
import { TEST_ROOT, analyzeWithHeaders, applyEdits, compare, errorCount } from '../support/fixtures';

const RULES_DIR = path.join(TEST_ROOT, 'rules');

/** A rule's fixtures: each .c file alone, and each subfolder as one workspace of several files. */
function fixturesOf(folder: string): { name: string; files: string[] }[] {
  if (!fs.existsSync(folder)) return [];
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) {
      const files = fs.readdirSync(full).filter((f) => /\.[ch]$/.test(f)).map((f) => path.join(full, f));
      return [{ name: `${entry.name}/`, files }];
    }
    return entry.name.endsWith('.c') ? [{ name: entry.name, files: [full] }] : [];
  });
}

function read(files: readonly string[]): { path: string; text: string }[] {
  return files.map((file) => ({ path: file, text: fs.readFileSync(file, 'utf8') }));
}

describe.each(RULES.map((rule) => [rule.meta.name, rule] as const))('%s', (name, rule) => {
  const fixtures = fixturesOf(path.join(RULES_DIR, name));

  test('has invalid and valid fixtures', () => {
    const texts = fixtures.flatMap((fixture) => read(fixture.files).map((f) => f.text));
    expect(texts.some((text) => text.startsWith('/* valid: no findings */'))).toBe(true);
    expect(texts.some((text) => text.includes(`^ ${rule.meta.id}`))).toBe(true);
  });

  test.each(fixtures.map((fixture) => [fixture.name, fixture.files] as const))('fixture %s', async (_name, files) => {
    const inputs = read(files);
    const { result, workspace } = await analyzeWithHeaders(inputs);
    try {
      expect(result.problems).toEqual([]);
      for (const input of inputs) {
        expect(compare(input.text, result.findings.filter((f) => f.file === input.path)), path.basename(input.path)).toEqual([]);
      }
    } finally {
      workspace.dispose();
    }
  });

  test.each(fixtures.map((fixture) => [fixture.name, fixture.files] as const))('quick-fixes of %s', async (_name, files) => {
    const inputs = read(files);
    const before = await analyzeWithHeaders(inputs);
    const errorsBefore = inputs.map((input) => errorCount(before.workspace, input.path));
    const countsBefore = countByRule(before.result.findings);
    before.workspace.dispose();
    for (const finding of before.result.findings) {
      for (const fix of finding.fixes) {
        const fixed = inputs.map((input) => ({ path: input.path, text: applyEdits(input.text, fix.edits.filter((e) => e.file === input.path)) }));
        const after = await analyzeWithHeaders(fixed);
        try {
          const expected = { ...countsBefore, [finding.rule]: countsBefore[finding.rule] - 1 };
          if (expected[finding.rule] === 0) delete expected[finding.rule];
          expect(countByRule(after.result.findings), `${fix.title} at ${finding.start.line + 1}`).toEqual(expected);
          inputs.forEach((input, i) => expect(errorCount(after.workspace, input.path), `${fix.title} adds no parse error`).toBeLessThanOrEqual(errorsBefore[i]));
        } finally {
          after.workspace.dispose();
        }
      }
    }
  });

  test('documentation examples', async () => {
    const invalid = await analyzeWithHeaders([{ path: path.join(RULES_DIR, `${name}.invalid.c`), text: rule.docs.invalid }]);
    const valid = await analyzeWithHeaders([{ path: path.join(RULES_DIR, `${name}.valid.c`), text: rule.docs.valid }]);
    try {
      expect(invalid.result.findings.map((f) => f.rule)).toEqual([rule.meta.id]);
      expect(valid.result.findings).toEqual([]);
      expect(errorCount(invalid.workspace, path.join(RULES_DIR, `${name}.invalid.c`))).toBe(0);
      expect(errorCount(valid.workspace, path.join(RULES_DIR, `${name}.valid.c`))).toBe(0);
    } finally {
      invalid.workspace.dispose();
      valid.workspace.dispose();
    }
  });
});

function countByRule(findings: readonly { rule: string }[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const finding of findings) counts[finding.rule] = (counts[finding.rule] ?? 0) + 1;
  return counts;
}
