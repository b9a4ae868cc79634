// What package.json says about the product, put in where the code names it: by esbuild when it bundles
// (scripts/build.mjs) and by vitest for the tests (vitest.config.mts). The bundles read no file for it.

/** package.json's `version`. */
declare const WSK_LINT_VERSION: string;

/** package.json's `homepage`: the project's page, under which docs/rules/<ID>.md documents each rule. */
declare const WSK_LINT_HOMEPAGE: string;
