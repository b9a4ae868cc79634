// Each rule's page, docs/rules/<ID>.md: the documentation `wsk-lint --explain` prints, published with
// the repository so that SARIF's helpUri (and the README) can link to it. The pages are generated from
// the rule files; this test fails when one is stale (`UPDATE_SNAPSHOTS=1 npx vitest run test/rule-pages.test.ts`
// rewrites them).

import * as fs from 'node:fs';
import * as path from 'node:path';
import { expect, test } from 'vitest';
import { rulePageUri } from '../server/src/cli/format/sarif';
import { RULES } from '../server/src/rules/index';
import { ruleMarkdown } from '../server/src/rules/render';

const ROOT = path.resolve(__dirname, '..');
const PAGES = path.join(ROOT, 'docs', 'rules');

test('docs/rules holds one page per rule, each the rule documentation as generated', () => {
  if (process.env.UPDATE_SNAPSHOTS) {
    fs.rmSync(PAGES, { recursive: true, force: true });
    fs.mkdirSync(PAGES, { recursive: true });
    for (const rule of RULES) fs.writeFileSync(path.join(PAGES, `${rule.meta.id}.md`), ruleMarkdown(rule));
  }
  expect(fs.readdirSync(PAGES).sort()).toEqual(RULES.map((rule) => `${rule.meta.id}.md`));
  for (const rule of RULES) {
    expect(fs.readFileSync(path.join(PAGES, `${rule.meta.id}.md`), 'utf8'), `${rule.meta.id}.md is stale`).toBe(ruleMarkdown(rule));
  }
});

test("SARIF's helpUri of a rule is its page under the project's homepage", () => {
  const { homepage } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { homepage: string };
  expect(homepage).toMatch(/^https:\/\//);
  expect(rulePageUri(homepage, 'WSK007')).toBe(`${homepage}/blob/main/docs/rules/WSK007.md`);
});

test('every rule with a fix says when it is offered (the README\'s fix column), and one without says nothing of it', () => {
  for (const rule of RULES) {
    if (rule.meta.fix === 'none') expect(rule.docs.fixWhen, rule.meta.id).toBeUndefined();
    else expect(rule.docs.fixWhen?.length ?? 0, rule.meta.id).toBeGreaterThan(10);
  }
});
