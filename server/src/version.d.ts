/**
 * package.json's version, put in where the code names it: by esbuild when it bundles (scripts/build.mjs)
 * and by vitest for the tests (vitest.config.mts). The bundles read no file to know it.
 */
declare const WSK_LINT_VERSION: string;
