// Every annotated fixture of every rule: its findings, and each finding's quick-fixes, exactly as
// annotated (test/support/annotations.ts); every quick-fix applied: the file parses as well as before,
// the finding goes, and every other finding stays as it was. And every rule's documentation examples.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { RULES } from '../../server/src/rules/index';
import type { Finding } from '../../server/src/analysis/findings';
import { readExpectations } from '../support/annotations';
import { applyEdits } from '../support/fixes';
import { TEST_ROOT, analyzeWithHeaders, compare, errorCount } from '../support/fixtures';

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

  test('has invalid and valid fixtures; where the rule fixes, a fix and a finding it leaves unfixed', () => {
    const texts = fixtures.flatMap((fixture) => read(fixture.files).map((f) => f.text));
    expect(texts.some((text) => text.startsWith('/* valid: no findings */'))).toBe(true);
    const own = texts.flatMap((text) => readExpectations(text).expectations).filter((e) => e.rule === rule.meta.id);
    expect(own.length).toBeGreaterThan(0);
    if (rule.meta.fix === 'none') return;
    expect(own.some((e) => (e.fixes?.length ?? 0) > 0), 'a finding annotated with its fix').toBe(true);
    expect(own.some((e) => e.fixes?.length === 0), 'a finding annotated `no fix`').toBe(true);
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

  const withFixes = fixtures.filter((fixture) => read(fixture.files).some((f) => readExpectations(f.text).expectations.some((e) => (e.fixes?.length ?? 0) > 0)));
  test.each(withFixes.map((fixture) => [fixture.name, fixture.files] as const))('quick-fixes of %s, each applied and analysed again', async (_name, files) => {
    const inputs = read(files);
    const before = await analyzeWithHeaders(inputs);
    const errorsBefore = new Map(inputs.map((input) => [input.path, errorCount(before.workspace, input.path)]));
    const findings = before.result.findings;
    before.workspace.dispose();
    const fixable = findings.filter((finding) => finding.fixes.length > 0);
    expect(fixable.length).toBeGreaterThan(0);
    for (const finding of fixable) {
      for (const fix of finding.fixes) {
        const label = `${fix.title} (${finding.rule} at line ${finding.start.line + 1})`;
        const fixed = inputs.map((input) => (input.path === finding.file ? { path: input.path, text: applyEdits(input.text, fix.edits) } : input));
        const after = await analyzeWithHeaders(fixed);
        try {
          expect(after.result.problems, label).toEqual([]);
          for (const input of fixed) expect(errorCount(after.workspace, input.path), `${label} adds no parse error`).toBeLessThanOrEqual(errorsBefore.get(input.path)!);
          const others = findings.filter((other) => other !== finding);
          expect(describeAll(after.result.findings, fixed), `${label}: the finding goes, the others stay`).toEqual(describeAll(others, inputs));
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

/**
 * Findings as comparable text: file, rule, the text they cover and their message, in order. Line
 * numbers in messages are left out, since a fix that adds lines moves what follows.
 */
function describeAll(findings: readonly Finding[], files: readonly { path: string; text: string }[]): string[] {
  const texts = new Map(files.map((file) => [file.path, file.text]));
  return findings
    .map((f) => `${path.basename(f.file)} ${f.rule} «${texts.get(f.file)?.slice(f.span.start, f.span.end)}» ${f.message.replace(/\bline \d+/g, 'line N')}`)
    .sort();
}
