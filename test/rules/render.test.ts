// A rule's documentation as Markdown (what `--explain`, the editor and SARIF show) and the README's
// rule table, for rules written here, and ruleById.

import { expect, test } from 'vitest';
import type { Rule } from '../../server/src/analysis/rule';
import { RULES, ruleById } from '../../server/src/rules/index';
import { ruleMarkdown, ruleTable } from '../../server/src/rules/render';

const docs = { summary: 'Flags a thing.', why: 'Because *it* matters.', invalid: 'int bad;\n\n', valid: 'int good;\n' };
const plain: Rule = { meta: { id: 'WSK901', name: 'plain-rule', severity: 'warning', fix: 'none' }, docs };
const fixing: Rule = { meta: { id: 'WSK902', name: 'fixing-rule', severity: 'error', fix: 'unsafe' }, docs: { ...docs, fixSafety: 'Check the result.' } };

test('the Markdown of a rule: title, summary, severity and fix, why, the examples, and the fix safety when there is one', () => {
  expect(ruleMarkdown(plain)).toBe(`# WSK901 plain-rule

Flags a thing.

Severity: warning. Quick-fix: none.

## Why is this bad?

Because *it* matters.

## Invalid

\`\`\`c
int bad;
\`\`\`

## Valid

\`\`\`c
int good;
\`\`\`
`);
  expect(ruleMarkdown(fixing)).toBe(ruleMarkdown(plain)
    .replace('# WSK901 plain-rule', '# WSK902 fixing-rule')
    .replace('Severity: warning. Quick-fix: none.', 'Severity: error. Quick-fix: unsafe.')
    .concat('\n## Fix safety\n\nCheck the result.\n'));
});

test('the README table: a header, then a row per rule in the order given', () => {
  expect(ruleTable([fixing, plain])).toBe([
    '| ID | name | severity | quick-fix: when it is offered | what it flags |',
    '|---|---|---|---|---|',
    '| WSK902 | fixing-rule | error | unsafe: always | Flags a thing. |',
    '| WSK901 | plain-rule | warning | none | Flags a thing. |',
  ].join('\n'));
});

test('ruleById finds a rule whatever the case of its ID, and nothing for an unknown one', () => {
  expect(ruleById('WSK007')?.meta.name).toBe('set-after-bind');
  expect(ruleById('wsk007')).toBe(RULES[6]);
  expect(ruleById('WSK999')).toBeUndefined();
});
