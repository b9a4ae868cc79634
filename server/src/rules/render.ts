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
    `Severity: ${meta.severity}. Quick-fix: ${meta.fix === 'none' ? 'none' : `${meta.fix}${docs.fixWhen ? `, offered ${docs.fixWhen}` : ''}`}.`,
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
  const rows = rules.map((rule) => `| ${rule.meta.id} | ${rule.meta.name} | ${rule.meta.severity} | ${rule.meta.fix === 'none' ? 'none' : `${rule.meta.fix}: ${rule.docs.fixWhen ?? 'always'}`} | ${rule.docs.summary} |`);
  return ['| ID | name | severity | quick-fix: when it is offered | what it flags |', '|---|---|---|---|---|', ...rows].join('\n');
}

/** The longest first line of a message: what the Problems panel shows of it without cutting. */
export const FIRST_LINE_MAX = 100;

/**
 * A finding's message: a first line that names the problem, then the advice on the next line (the
 * Problems panel shows the first line, the hover shows both). `choices` are [first line, advice] pairs
 * from the most to the least detailed: the first whose first line fits in FIRST_LINE_MAX characters is
 * taken (the last one in any case), so that long names move to the advice instead of being cut.
 */
export function message(...choices: readonly (readonly [string, string])[]): string {
  const [first, advice] = choices.find(([line]) => line.length <= FIRST_LINE_MAX) ?? choices[choices.length - 1];
  return advice ? `${first}\n${advice}` : first;
}

/** `the input is …` as the start of a sentence: `The input is …`. */
export function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
