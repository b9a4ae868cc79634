// The README's rule table is generated from the rule files; this test fails when it is stale
// (`UPDATE_SNAPSHOTS=1 npx vitest run test/readme.test.ts` rewrites it). architecture.test.ts keeps
// the rule list, the rule files and their fixture folders in step.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { expect, test } from 'vitest';
import { RULES } from '../server/src/rules/index';
import { ruleTable } from '../server/src/rules/render';

const ROOT = path.resolve(__dirname, '..');
const README = path.join(ROOT, 'README.md');
const START = '<!-- rules:start -->';
const END = '<!-- rules:end -->';

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
