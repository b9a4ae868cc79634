// The plan property: the CLI plans a large run before parsing it (cli/jobs.ts, analysis/split/): its
// workspace holds only the relevant functions' files and what they need, and reports on the others
// unparsed. Whatever the input, that workspace must report what one holding every file reports; the
// fuzzer checks it on every input (forcing the plan, which the CLI only makes for runs of 2 MB or more).

import type { Config } from '../../server/src/analysis/config';
import type { Finding } from '../../server/src/analysis/findings';
import { splitRun } from '../../server/src/analysis/split/partition';
import { scanSource } from '../../server/src/analysis/split/scan';
import { runJob } from '../../server/src/cli/analyse';
import { preprocess } from '../../server/src/parse/preprocess';
import { IncludeResolver } from '../../server/src/parse/sources/includes';
import type { FuzzFile, Violation } from './properties';

/** The findings of the planned workspace against `findings`, those of one workspace holding `files`. */
export async function plannedViolations(files: readonly FuzzFile[], roots: readonly string[], config: Config, findings: readonly Finding[]): Promise<Violation[]> {
  const paths = files.map((file) => file.path);
  const split = splitRun(
    files.map((file) => ({ path: file.path, size: file.text.length, analysed: true, facts: scanSource(preprocess(file.text)) })),
    { includes: IncludeResolver.of(paths, roots), wrappers: Object.keys(config.wrappers ?? {}), workers: 1, cores: 1 },
  );
  const [plan] = split.plans;
  const macrosOnly = new Set(plan.macrosOnly);
  const planned = await runJob({
    roots,
    buildFiles: [],
    files: plan.files.map((index) => ({ ...files[index], ...(macrosOnly.has(index) && { macrosOnly: true }) })),
    outside: paths,
    reported: [...paths].sort().map((path) => ({ path, rules: 0 })),
    ruleSettings: [config.rules],
    wrappers: config.wrappers,
  });
  const key = (finding: Finding) => `${finding.rule} ${finding.file}:${finding.span.start}-${finding.span.end} ${finding.message}`;
  const expected = new Set(findings.map(key));
  const found = new Set(planned.findings.map(key));
  const parsed = plan.files.length - plan.macrosOnly.length;
  const what = `(the plan parses ${parsed} of ${files.length} files)`;
  return [
    ...[...expected].filter((each) => !found.has(each)).map((each): Violation => ({ property: 'planned', rule: each.split(' ')[0], message: `the planned workspace lost ${each} ${what}` })),
    ...[...found].filter((each) => !expected.has(each)).map((each): Violation => ({ property: 'planned', rule: each.split(' ')[0], message: `the planned workspace reports ${each}, one holding every file does not ${what}` })),
  ];
}
