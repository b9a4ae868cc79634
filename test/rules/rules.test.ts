// Every annotated fixture of every rule, every rule's documentation examples, and every quick-fix
// applied: the finding goes, nothing new appears, the file parses as well as before.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { RULES } from '../../server/src/rules/index';
import { TEST_ROOT, analyzeWithHeaders, applyEdits, cFiles, compare, errorCount } from '../support/fixtures';

const RULES_DIR = path.join(TEST_ROOT, 'rules');

describe.each(RULES.map((rule) => [rule.meta.name, rule] as const))('%s', (name, rule) => {
  const fixtures = cFiles(path.join(RULES_DIR, name));

  test('has invalid and valid fixtures', () => {
    const texts = fixtures.map((file) => fs.readFileSync(file, 'utf8'));
    expect(texts.some((text) => text.startsWith('/* valid: no findings */'))).toBe(true);
    expect(texts.some((text) => text.includes(`^ ${rule.meta.id}`))).toBe(true);
  });

  test.each(fixtures.map((file) => [path.basename(file), file]))('fixture %s', async (_name, file) => {
    const text = fs.readFileSync(file, 'utf8');
    const { result, workspace } = await analyzeWithHeaders([{ path: file, text }]);
    try {
      expect(result.problems).toEqual([]);
      expect(compare(text, result.findings)).toEqual([]);
    } finally {
      workspace.dispose();
    }
  });

  test.each(fixtures.map((file) => [path.basename(file), file]))('quick-fixes of %s', async (_name, file) => {
    const text = fs.readFileSync(file, 'utf8');
    const before = await analyzeWithHeaders([{ path: file, text }]);
    const errorsBefore = errorCount(before.workspace, file);
    const countsBefore = countByRule(before.result.findings);
    before.workspace.dispose();
    for (const finding of before.result.findings) {
      for (const fix of finding.fixes) {
        const fixed = applyEdits(text, fix.edits);
        const after = await analyzeWithHeaders([{ path: file, text: fixed }]);
        try {
          const expected = { ...countsBefore, [finding.rule]: countsBefore[finding.rule] - 1 };
          if (expected[finding.rule] === 0) delete expected[finding.rule];
          expect(countByRule(after.result.findings), `${fix.title} at ${finding.start.line + 1}`).toEqual(expected);
          expect(errorCount(after.workspace, file), `${fix.title} adds no parse error`).toBeLessThanOrEqual(errorsBefore);
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
