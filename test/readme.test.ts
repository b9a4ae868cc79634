// The README's rule table is generated from the rule files; this test fails when it is stale
// (`UPDATE_SNAPSHOTS=1 npx vitest run test/readme.test.ts` rewrites it). It also keeps the rule list,
// the rule files and their fixture folders in step.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { expect, test } from 'vitest';
import { RULES } from '../server/src/rules/index';
import { ruleTable } from '../server/src/rules/render';

const ROOT = path.resolve(__dirname, '..');
const README = path.join(ROOT, 'README.md');
const START = '<!-- rules:start -->';
const END = '<!-- rules:end -->';
const HELPERS = ['index.ts', 'render.ts', 'argument-contract.ts', 'path-support.ts', 'release-statement.ts'];

test('the README rule table matches the rule files', () => {
  const text = fs.readFileSync(README, 'utf8');
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  expect(start).toBeGreaterThan(0);
  expect(end).toBeGreaterThan(start);
  const generated = `${text.slice(0, start + START.length)}\n${ruleTable(RULES)}\n${text.slice(end)}`;
  if (process.env.UPDATE_SNAPSHOTS) fs.writeFileSync(README, generated);
  expect(text).toBe(generated);
});

test('every rule has its file, named after it, and its fixture folder; nothing else is there', () => {
  const files = fs.readdirSync(path.join(ROOT, 'server/src/rules')).filter((name) => !HELPERS.includes(name)).sort();
  expect(files).toEqual(RULES.map((rule) => `${rule.meta.name}.ts`).sort());
  const folders = fs.readdirSync(path.join(ROOT, 'test/rules'), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
  expect(folders).toEqual(RULES.map((rule) => rule.meta.name).sort());
  expect(RULES.map((rule) => rule.meta.id)).toEqual([...RULES.map((rule) => rule.meta.id)].sort());
  for (const rule of RULES) {
    const source = fs.readFileSync(path.join(ROOT, 'server/src/rules', `${rule.meta.name}.ts`), 'utf8');
    expect(source).toContain(`id: '${rule.meta.id}', name: '${rule.meta.name}'`);
  }
});
