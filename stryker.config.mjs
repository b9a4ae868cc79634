// `npm run mutate`: mutation testing of the analysis and the rules with StrykerJS (not run in CI: it
// takes the better part of an hour on two cores). Each mutant runs only the tests that cover it
// (perTest); vitest.mutate.config.mts leaves out the tests that spawn the bundled CLI or server.
// The report goes to out/mutation/; the incremental file in .cache/ lets a second run re-test only
// the mutants whose code or tests changed.

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutate.config.mts' },
  mutate: ['server/src/analysis/**/*.ts', 'server/src/rules/**/*.ts'],
  coverageAnalysis: 'perTest',
  // Mutants of module-level code (rule metadata and documentation, tables) run every test: slow, and
  // the documentation tests check them anyway.
  ignoreStatic: true,
  concurrency: 2,
  incremental: true,
  incrementalFile: '.cache/stryker/incremental.json',
  ignorePatterns: ['dist', 'out', '.cache', 'test/artifacts', 'test/editors', '*.vsix'],
  reporters: ['progress', 'clear-text', 'html', 'json'],
  htmlReporter: { fileName: 'out/mutation/index.html' },
  jsonReporter: { fileName: 'out/mutation/mutation.json' },
  clearTextReporter: { allowColor: false, logTests: false, maxTestsToLog: 0 },
  thresholds: { high: 90, low: 80, break: null },
  timeoutMS: 10000,
  tempDirName: '.stryker-tmp',
};
