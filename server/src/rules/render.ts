// A rule's documentation as Markdown, written once in the rule file and shown everywhere: the README
// table, SARIF help, `wsk-lint --explain`, and the editor.

import type { Rule } from '../analysis/rule';

export function ruleMarkdown(rule: Rule): string {
  const { meta, docs } = rule;
  const parts = [
    `# ${meta.id} ${meta.name}`,
    '',
    docs.summary,
    '',
    `Severity: ${meta.severity}. Quick-fix: ${meta.fix === 'none' ? 'none' : meta.fix}.`,
    '',
    '## Why is this bad?',
    '',
    docs.why,
    '',
    '## Invalid',
    '',
    '```c',
    docs.invalid.trimEnd(),
    '```',
    '',
    '## Valid',
    '',
    '```c',
    docs.valid.trimEnd(),
    '```',
  ];
  if (docs.fixSafety) parts.push('', '## Fix safety', '', docs.fixSafety);
  return `${parts.join('\n')}\n`;
}

/** The README's rule table (between the generated-section markers). */
export function ruleTable(rules: readonly Rule[]): string {
  const rows = rules.map((rule) => `| ${rule.meta.id} | ${rule.meta.name} | ${rule.meta.severity} | ${rule.meta.fix} | ${rule.docs.summary} |`);
  return ['| ID | name | severity | quick-fix | what it flags |', '|---|---|---|---|---|', ...rows].join('\n');
}
